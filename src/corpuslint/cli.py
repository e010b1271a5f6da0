"""The command line: a thin typer app over the plugin registry, the configuration and the runner."""
from __future__ import annotations

import gc
from pathlib import Path
from typing import Optional

import typer

from corpuslint import __version__, checkcmd
from corpuslint.checkcmd import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS  # noqa: F401 - part of this module's API
from corpuslint.checkcmd import setup as _setup
from corpuslint.errors import CorpuslintError

app = typer.Typer(
    name="corpuslint",
    help="Find the rot in text corpora: machine-translation garble, scraping boilerplate, "
         "missing attribution, misquotes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _fail(message: str) -> typer.Exit:
    typer.echo(f"corpuslint: error: {message}", err=True)
    return typer.Exit(EXIT_ERROR)


def _version(value: bool) -> None:
    if not value:
        return
    typer.echo(f"corpuslint {__version__}")
    try:
        from corpuslint import plugins

        registry = plugins.load()
    except CorpuslintError as exc:
        raise _fail(str(exc))
    for info in registry.plugins:
        if info.distribution:
            typer.echo(f"  plugin {info.name}: {info.distribution} {info.version} ({info.module})")
    raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show the version and the plugins loaded, then exit."),
) -> None:
    """corpuslint: lint text corpora."""


@app.command()
def check(
    paths: list[str] = typer.Argument(None, help="Files, directories (recursive) or globs. Default: '.'."),
    select: Optional[str] = typer.Option(None, help="Only these rule codes or prefixes, comma-separated (BP,MT001)."),
    ignore: Optional[str] = typer.Option(None, help="Also ignore these codes or prefixes."),
    extend_select: Optional[str] = typer.Option(None, help="Enable these codes or prefixes on top of the selection."),
    output_format: str = typer.Option("text", "--format", help="text, json, sarif or github (or a plugin's format)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    fail_on: Optional[str] = typer.Option(None, help="Lowest severity that makes the exit code 1: error, warning, info."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: CPU count)."),
    config: Optional[Path] = typer.Option(None, "--config", help="Use this config file instead of searching."),
    isolated: bool = typer.Option(False, help="Ignore every configuration file."),
    fix: bool = typer.Option(False, "--fix", help="Apply safe fixes to the files."),
    unsafe_fixes: bool = typer.Option(False, "--unsafe-fixes", help="With --fix or --diff, apply unsafe fixes too."),
    diff: bool = typer.Option(False, "--diff", help="Print the fixes as a unified diff; change no file."),
    statistics: bool = typer.Option(False, "--statistics", help="Print counts per rule instead of the findings."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print findings only, no summary."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Tracebacks of crashing rules, and timings."),
) -> None:
    """Check files and report findings like compiler warnings."""
    # The body is typer-free (checkcmd), so that plain `check` command lines skip typer.
    checkcmd.check(paths, select, ignore, extend_select, output_format, output, fail_on, jobs, config, isolated,
                   fix, unsafe_fixes, diff, statistics, quiet, verbose)


@app.command("rules")
def rules_cmd(
    config: Optional[Path] = typer.Option(None, "--config", help="Use this config file instead of searching."),
    isolated: bool = typer.Option(False, help="Ignore every configuration file."),
    output_format: str = typer.Option("text", "--format", help="text or json."),
) -> None:
    """List every rule: code, name, plugin, default severity, and whether it is enabled."""
    if output_format not in ("text", "json"):
        raise _fail(f"--format: unknown format '{output_format}' (choose from json, text)")
    try:
        registry, cfg = _setup(config, isolated)
    except CorpuslintError as exc:
        raise _fail(str(exc))
    rows = [(c, cls.name, cls.plugin, cls.severity.value, cfg.is_enabled(c, cls.enabled_by_default(cfg.settings)), cls.summary)
            for c, cls in registry.rules.items()]
    if output_format == "json":
        import json

        typer.echo(json.dumps([dict(zip(("code", "name", "plugin", "severity", "enabled", "summary"), r)) for r in rows], indent=2))
        return
    widths = [max(len(str(r[i])) for r in rows + [("CODE", "NAME", "PLUGIN", "SEVERITY")]) for i in range(4)]
    header = ("CODE", "NAME", "PLUGIN", "SEVERITY", "ENABLED", "SUMMARY")
    for r in [header] + [(a, b, c, d, "yes" if e else "no", s) for a, b, c, d, e, s in rows]:
        typer.echo("  ".join(str(x).ljust(w) for x, w in zip(r[:4], widths)) + f"  {r[4]:<7}  {r[5]}".rstrip())


@app.command("rule")
def rule_cmd(code: str = typer.Argument(..., help="A rule code, e.g. CL002, or a rule name.")) -> None:
    """Print a rule's full documentation."""
    try:
        from corpuslint import plugins

        registry = plugins.load()
    except CorpuslintError as exc:
        raise _fail(str(exc))
    wanted = code.strip()
    cls = registry.rules.get(wanted.upper()) or next((c for c in registry.rules.values() if c.name == wanted), None)
    if cls is None:
        import difflib

        close = difflib.get_close_matches(wanted.upper(), list(registry.rules), n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise _fail(f"unknown rule '{code}'{hint}; `corpuslint rules` lists them")
    fixable = "" if not cls.options else "\n\n## Options\n" + "\n".join(
        f"- `{k}` (default `{v!r}`)" for k, v in cls.options.items())
    typer.echo(f"# {cls.name} ({cls.code})\n\n"
               f"Summary: {cls.summary}\nPlugin: {cls.plugin}\nDefault severity: {cls.severity.value}"
               f"{'' if cls.default_enabled else ' (off unless selected)'}\n\n"
               f"{cls.documentation()}{fixable}")


@app.command("sources")
def sources_cmd(
    paths: list[str] = typer.Argument(None, help="Files, directories or globs. Default: '.'."),
    output_format: str = typer.Option("text", "--format", help="text or json."),
    config: Optional[Path] = typer.Option(None, "--config", help="Use this config file instead of searching."),
    isolated: bool = typer.Option(False, help="Ignore every configuration file."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: CPU count)."),
) -> None:
    """Print each derived document's source, how it was found, and the evidence."""
    if output_format not in ("text", "json"):
        raise _fail(f"--format: unknown format '{output_format}' (choose from json, text)")
    try:
        registry, cfg = _setup(config, isolated)
        from corpuslint.runner import Runner

        runner = Runner(registry, cfg, jobs=jobs)
        links = runner.resolve_sources(paths or ["."])
    except CorpuslintError as exc:
        raise _fail(str(exc))
    if output_format == "json":
        import json
        from dataclasses import asdict

        typer.echo(json.dumps([asdict(link) for link in links], indent=2))
        return
    for link in links:
        missing = "" if link.exists else " (missing)"
        typer.echo(f"{link.derived} <- {link.source}{missing}  [{link.how}] {link.evidence}".rstrip())


def run() -> None:
    """The typer app (every command, help and errors); ``checkcmd.main`` comes here for all
    but plain ``check`` command lines."""
    gc.disable()  # until the plugins are loaded (_setup): imports make objects, not garbage
    checkcmd.guarded(app)

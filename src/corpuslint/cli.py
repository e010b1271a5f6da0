"""The command line: a thin typer app over the plugin registry, the configuration and the runner."""
from __future__ import annotations

import gc
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Optional

import typer

from corpuslint import __version__
from corpuslint.errors import CorpuslintError, UsageError

app = typer.Typer(
    name="corpuslint",
    help="Find the rot in text corpora: machine-translation garble, scraping boilerplate, "
         "missing attribution, misquotes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _fail(message: str) -> typer.Exit:
    typer.echo(f"corpuslint: error: {message}", err=True)
    return typer.Exit(EXIT_ERROR)


def _codes(value: Optional[str]) -> Optional[list[str]]:
    if value is None:
        return None
    return [c.strip() for c in value.split(",") if c.strip()]


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


def _setup(config_path: Optional[Path], isolated: bool, select=None, ignore=None, extend_select=None, fail_on=None):
    from corpuslint import config as config_mod
    from corpuslint import plugins

    registry = plugins.load()
    path, table = config_mod.load(config_path, isolated=isolated)
    config = config_mod.build(path, table, registry.rules, registry.settings)
    codes = list(registry.rules)
    for option, values in (("--select", select), ("--ignore", ignore), ("--extend-select", extend_select)):
        for sel in values or ():
            config_mod.check_selector(sel, codes, option)
    try:
        config = config.with_overrides(select=select, ignore=ignore, extend_select=extend_select, fail_on=fail_on)
    except ValueError as exc:
        raise UsageError(f"--fail-on: {exc}") from None
    # Start-up (imports, plugins) made many objects and hardly any garbage: keep them out of
    # the collector's way, and let it run again for what the run itself makes.
    gc.freeze()
    gc.enable()
    return registry, config


def _progress_bar():
    """A progress callback drawing on stderr, or None when nobody is watching a terminal."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        return None, lambda: None
    from rich.console import Console
    from rich.progress import Progress

    progress = Progress(transient=True, console=Console(stderr=True))
    state: dict = {}

    def tick(done: int, total: int, label: str) -> None:
        if total < 50:
            return
        if label not in state:
            if not state:
                progress.start()
            state[label] = progress.add_task(label, total=total)
        progress.update(state[label], completed=done)

    return tick, progress.stop


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
    import time

    started = time.perf_counter()
    try:
        registry, cfg = _setup(config, isolated, _codes(select), _codes(ignore), _codes(extend_select), fail_on)
        if output_format not in registry.formats:
            raise UsageError(f"--format: unknown format '{output_format}' (choose from {', '.join(sorted(registry.formats))})")
        from corpuslint.runner import Runner

        tick, stop = _progress_bar() if not quiet else (None, lambda: None)
        runner = Runner(registry, cfg, jobs=jobs, verbose=verbose, progress=tick)
        try:
            result = runner.run(paths or ["."])
        finally:
            stop()
        fixed = 0
        if fix or diff:
            fixed, result = _apply_fixes(runner, result.inputs, result, unsafe_fixes, write=not diff)
        report = "" if statistics else registry.formats[output_format](result.findings, registry.rules)
        if statistics:
            report = _statistics(result.findings, output_format)
        if output is not None:
            try:
                output.write_text(report, encoding="utf-8")
            except OSError as exc:
                raise UsageError(f"{output}: cannot write report: {exc.strerror or exc}") from None
        elif report:
            sys.stdout.write(report)
    except CorpuslintError as exc:
        raise _fail(str(exc))
    except KeyboardInterrupt:
        raise _fail("interrupted")
    if not quiet:
        _summary(result, fixed, fix or diff, unsafe_fixes, time.perf_counter() - started, verbose, dry=diff)
    failing = [f for f in result.findings if f.severity.rank >= cfg.fail_on.rank]
    raise typer.Exit(EXIT_FINDINGS if failing else EXIT_CLEAN)


def _apply_fixes(runner, files, result, unsafe: bool, write: bool):
    from corpuslint import fixes

    total = 0
    by_shown = {shown: path for path, shown in files}
    for _ in range(10):  # a fix may uncover another; stop when a pass changes nothing
        planned = fixes.plan(result.findings, unsafe)
        changed = 0
        for shown, found in sorted(planned.items()):
            count, patch = fixes.fix_file(Path(by_shown.get(shown, shown)), shown, found, write=write)
            changed += count
            if not write and patch:
                sys.stdout.write(patch)
        total += changed
        if not write or not changed:
            break
        result = runner.run_files(files)
    return total, result


def _statistics(findings, output_format: str) -> str:
    counts = Counter((f.code, f.name) for f in findings)
    fixable = Counter(f.code for f in findings if f.fix is not None and f.fix.safe)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if output_format == "json":
        import json

        return json.dumps([{"code": c, "name": n, "count": k, "fixable": fixable[c]} for (c, n), k in rows], indent=2) + "\n"
    width = max((len(str(k)) for _, k in rows), default=1)
    return "".join(f"{k:>{width}}  {c}  {'[*]' if fixable[c] else '   '} {n}\n" for (c, n), k in rows)


def _summary(result, fixed: int, fixing: bool, unsafe: bool, elapsed: float, verbose: bool,
             dry: bool = False) -> None:
    by_level = Counter(f.severity.value for f in result.findings)
    n = len(result.findings)
    parts = ", ".join(f"{by_level[l]} {l}" for l in ("error", "warning", "info") if by_level[l])
    docs = f"{result.documents} document{'s' if result.documents != 1 else ''}"
    if n:
        typer.echo(f"Found {n} finding{'s' if n != 1 else ''} ({parts}) in {docs}.", err=True)
    else:
        typer.echo(f"All checks passed ({docs}).", err=True)
    if fixed:
        # --diff writes nothing: say what --fix would do, as ruff does.
        verb = "Would fix" if dry else "Fixed"
        typer.echo(f"{verb} {fixed} finding{'s' if fixed != 1 else ''}.", err=True)
    elif not fixing:
        safe = sum(1 for f in result.findings if f.fix is not None and f.fix.safe)
        unsafe_n = sum(1 for f in result.findings if f.fix is not None and not f.fix.safe)
        if safe:
            typer.echo(f"[*] {safe} fixable with --fix.", err=True)
        if unsafe_n:
            typer.echo(f"{unsafe_n} more fixable with --fix --unsafe-fixes.", err=True)
    if verbose:
        typer.echo(f"Checked {result.files} files in {elapsed:.2f}s.", err=True)


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
    """Console-script entry point: never a traceback for errors people can fix."""
    gc.disable()  # until the plugins are loaded (_setup): imports make objects, not garbage
    try:
        app()
    except CorpuslintError as exc:  # pragma: no cover - commands catch these themselves
        typer.echo(f"corpuslint: error: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except Exception as exc:  # a bug in corpuslint: say so in one line, traceback on request
        if {"--verbose", "-v"} & set(sys.argv):
            import traceback

            traceback.print_exc()
        typer.echo(f"corpuslint: internal error: {type(exc).__name__}: {exc} (--verbose shows the traceback)", err=True)
        sys.exit(EXIT_ERROR)
    finally:
        # The process ends here: its teardown need not visit every object (a third of a
        # pre-commit run's time otherwise). Exit handlers still run; output is flushed.
        gc.freeze()
        gc.enable()

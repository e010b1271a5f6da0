"""`corpuslint check` without typer: the command itself, and the entry point that runs it
straight away for plain command lines (the pre-commit case).

Importing typer (and the click it carries) is a tenth of a pre-commit run. ``main`` parses
the usual ``check`` command lines itself (long and short options the command declares,
``--opt=value``, ``--``) and hands anything else -- ``--help``, an unknown or malformed
option, another command -- to the typer app in :mod:`corpuslint.cli`, which defines the
same options and reports errors as before.
"""
from __future__ import annotations

import gc
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Optional

from corpuslint.errors import CorpuslintError, UsageError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

# The options of `check` as cli.check declares them: option -> (parameter, converter).
_VALUES: dict[str, tuple[str, Callable[[str], Any]]] = {
    "--select": ("select", str), "--ignore": ("ignore", str), "--extend-select": ("extend_select", str),
    "--format": ("output_format", str), "--output": ("output", Path), "-o": ("output", Path),
    "--fail-on": ("fail_on", str), "--jobs": ("jobs", int), "-j": ("jobs", int), "--config": ("config", Path),
}
_FLAGS: dict[str, tuple[str, bool]] = {
    "--isolated": ("isolated", True), "--no-isolated": ("isolated", False), "--fix": ("fix", True),
    "--unsafe-fixes": ("unsafe_fixes", True), "--diff": ("diff", True), "--statistics": ("statistics", True),
    "--quiet": ("quiet", True), "-q": ("quiet", True), "--verbose": ("verbose", True), "-v": ("verbose", True),
}
DEFAULTS: dict[str, Any] = {
    "paths": None, "select": None, "ignore": None, "extend_select": None, "output_format": "text", "output": None,
    "fail_on": None, "jobs": None, "config": None, "isolated": False, "fix": False, "unsafe_fixes": False,
    "diff": False, "statistics": False, "quiet": False, "verbose": False,
}


def parse_check_args(argv: list[str]) -> dict[str, Any] | None:
    """The parameters of ``check`` for the arguments after ``check``, or None when typer
    should parse them (help, unknown or malformed options, values that look like options)."""
    params = dict(DEFAULTS)
    paths: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        i += 1
        if arg == "--":
            paths.extend(argv[i:])
            break
        if not arg.startswith("-") or arg == "-":
            paths.append(arg)
            continue
        name, eq, value = arg.partition("=")
        if name in _FLAGS and not eq:
            key, on = _FLAGS[name]
            params[key] = on
        elif name in _VALUES:
            if eq and not name.startswith("--"):
                return None  # "-j=2": let click decide what that means
            if not eq:
                if i >= len(argv) or argv[i].startswith("-"):
                    return None
                value = argv[i]
                i += 1
            key, convert = _VALUES[name]
            try:
                params[key] = convert(value)
            except ValueError:
                return None
        else:
            return None
    if params["jobs"] is not None and params["jobs"] < 1:
        return None
    params["paths"] = paths or None
    return params


def main() -> None:
    """Console-script entry point (and ``python -m corpuslint``)."""
    gc.disable()  # until the plugins are loaded: imports make objects, not garbage
    argv = sys.argv[1:]
    params = parse_check_args(argv[1:]) if argv[:1] == ["check"] else None
    if params is None:
        from corpuslint.cli import run

        run()
        return
    guarded(lambda: check(**params))


def guarded(command: Callable[[], None]) -> None:
    """Run a command: never a traceback for errors people can fix; when it is over, the
    process ends without its teardown visiting every object."""
    try:
        command()
    except CorpuslintError as exc:  # pragma: no cover - commands catch these themselves
        echo(f"corpuslint: error: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except Exception as exc:  # a bug in corpuslint: say so in one line, traceback on request
        if {"--verbose", "-v"} & set(sys.argv):
            import traceback

            traceback.print_exc()
        echo(f"corpuslint: internal error: {type(exc).__name__}: {exc} (--verbose shows the traceback)", err=True)
        sys.exit(EXIT_ERROR)
    finally:
        # A third of a pre-commit run's time otherwise. Exit handlers still run; output is flushed.
        gc.freeze()
        gc.enable()


def echo(message: str, err: bool = False) -> None:
    """A line on stdout or stderr, flushed (what typer.echo does with plain text)."""
    stream = sys.stderr if err else sys.stdout
    stream.write(message + "\n")
    stream.flush()


def fail(message: str) -> SystemExit:
    echo(f"corpuslint: error: {message}", err=True)
    return SystemExit(EXIT_ERROR)


def codes(value: Optional[str]) -> Optional[list[str]]:
    if value is None:
        return None
    return [c.strip() for c in value.split(",") if c.strip()]


def setup(config_path: Optional[Path], isolated: bool, select=None, ignore=None, extend_select=None, fail_on=None):
    from corpuslint import config as config_mod
    from corpuslint import plugins

    registry = plugins.load()
    path, table = config_mod.load(config_path, isolated=isolated)
    config = config_mod.build(path, table, registry.rules, registry.settings)
    rule_codes = list(registry.rules)
    for option, values in (("--select", select), ("--ignore", ignore), ("--extend-select", extend_select)):
        for sel in values or ():
            config_mod.check_selector(sel, rule_codes, option)
    try:
        config = config.with_overrides(select=select, ignore=ignore, extend_select=extend_select, fail_on=fail_on)
    except ValueError as exc:
        raise UsageError(f"--fail-on: {exc}") from None
    # Start-up (imports, plugins) made many objects and hardly any garbage: keep them out of
    # the collector's way, and let it run again for what the run itself makes.
    gc.freeze()
    gc.enable()
    return registry, config


def progress_bar():
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


def check(paths: Optional[list[str]], select: Optional[str], ignore: Optional[str], extend_select: Optional[str],
          output_format: str, output: Optional[Path], fail_on: Optional[str], jobs: Optional[int],
          config: Optional[Path], isolated: bool, fix: bool, unsafe_fixes: bool, diff: bool, statistics: bool,
          quiet: bool, verbose: bool) -> None:
    """Check files and report findings like compiler warnings; ends with SystemExit (0, 1 or 2)."""
    import time

    started = time.perf_counter()
    try:
        registry, cfg = setup(config, isolated, codes(select), codes(ignore), codes(extend_select), fail_on)
        if output_format not in registry.formats:
            raise UsageError(f"--format: unknown format '{output_format}' (choose from {', '.join(sorted(registry.formats))})")
        from corpuslint.runner import Runner

        tick, stop = progress_bar() if not quiet else (None, lambda: None)
        runner = Runner(registry, cfg, jobs=jobs, verbose=verbose, progress=tick)
        try:
            result = runner.run(paths or ["."])
        finally:
            stop()
        fixed = 0
        if fix or diff:
            fixed, result = apply_fixes(runner, result.inputs, result, unsafe_fixes, write=not diff)
        report = "" if statistics else registry.formats[output_format](result.findings, registry.rules)
        if statistics:
            report = statistics_report(result.findings, output_format)
        if output is not None:
            try:
                output.write_text(report, encoding="utf-8")
            except OSError as exc:
                raise UsageError(f"{output}: cannot write report: {exc.strerror or exc}") from None
        elif report:
            sys.stdout.write(report)
    except CorpuslintError as exc:
        raise fail(str(exc))
    except KeyboardInterrupt:
        raise fail("interrupted")
    if not quiet:
        summary(result, fixed, fix or diff, unsafe_fixes, time.perf_counter() - started, verbose, dry=diff)
    failing = [f for f in result.findings if f.severity.rank >= cfg.fail_on.rank]
    sys.stdout.flush()
    raise SystemExit(EXIT_FINDINGS if failing else EXIT_CLEAN)


def apply_fixes(runner, files, result, unsafe: bool, write: bool):
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


def statistics_report(findings, output_format: str) -> str:
    counts = Counter((f.code, f.name) for f in findings)
    fixable = Counter(f.code for f in findings if f.fix is not None and f.fix.safe)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if output_format == "json":
        import json

        return json.dumps([{"code": c, "name": n, "count": k, "fixable": fixable[c]} for (c, n), k in rows], indent=2) + "\n"
    width = max((len(str(k)) for _, k in rows), default=1)
    return "".join(f"{k:>{width}}  {c}  {'[*]' if fixable[c] else '   '} {n}\n" for (c, n), k in rows)


def summary(result, fixed: int, fixing: bool, unsafe: bool, elapsed: float, verbose: bool,
            dry: bool = False) -> None:
    by_level = Counter(f.severity.value for f in result.findings)
    n = len(result.findings)
    parts = ", ".join(f"{by_level[l]} {l}" for l in ("error", "warning", "info") if by_level[l])
    docs = f"{result.documents} document{'s' if result.documents != 1 else ''}"
    if n:
        echo(f"Found {n} finding{'s' if n != 1 else ''} ({parts}) in {docs}.", err=True)
    else:
        echo(f"All checks passed ({docs}).", err=True)
    if fixed:
        # --diff writes nothing: say what --fix would do, as ruff does.
        verb = "Would fix" if dry else "Fixed"
        echo(f"{verb} {fixed} finding{'s' if fixed != 1 else ''}.", err=True)
    elif not fixing:
        safe = sum(1 for f in result.findings if f.fix is not None and f.fix.safe)
        unsafe_n = sum(1 for f in result.findings if f.fix is not None and not f.fix.safe)
        if safe:
            echo(f"[*] {safe} fixable with --fix.", err=True)
        if unsafe_n:
            echo(f"{unsafe_n} more fixable with --fix --unsafe-fixes.", err=True)
    if verbose:
        echo(f"Checked {result.files} files in {elapsed:.2f}s.", err=True)

"""Plain `check` command lines run without importing typer, with the parameters typer would give."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from corpuslint import checkcmd
from corpuslint.cli import app

PLAIN = [
    [],
    ["."],
    ["a.txt", "b.md", "corpus/"],
    ["--isolated", "--select", "CL,MT001", "x.txt"],
    ["--select=BP", "--ignore=BP003", "--extend-select", "QT", "--format", "json", "-o", "out.json"],
    ["--fail-on", "error", "--jobs", "3", "--config", "c.toml", "--no-isolated", "--fix", "--unsafe-fixes"],
    ["-j", "2", "-q", "-v", "--diff", "--statistics", "--output=r.txt", "d1", "d2"],
    ["--quiet", "--verbose", "--isolated", "--format=sarif", "--", "--not-an-option.txt", "-"],
    ["--select", "A", "--select", "B", "x"],  # the last one wins, as in click
    ["-", "x"],
]
ODD = [
    ["--help"], ["--select"], ["--jobs", "0"], ["--jobs", "two"], ["-j2", "x"], ["-qv", "x"], ["--unknown", "x"],
    ["--isolated=yes"], ["--select", "-x"], ["-j=2"], ["--version"],
]


def typer_params(argv: list[str]) -> dict:
    group = typer.main.get_command(app)
    ctx = group.make_context("corpuslint", ["check", *argv], resilient_parsing=False)
    command = group.get_command(ctx, "check")
    sub = command.make_context("check", list(argv), parent=ctx)
    params = dict(sub.params)
    params["paths"] = list(params["paths"]) or None if params["paths"] is not None else None
    for key in ("output", "config"):  # typer turns these into Path before calling the command
        if params[key] is not None:
            params[key] = Path(params[key])
    return params


@pytest.mark.parametrize("argv", PLAIN)
def test_plain_command_lines_parse_as_typer_parses_them(argv):
    assert checkcmd.parse_check_args(argv) == typer_params(argv)


@pytest.mark.parametrize("argv", ODD)
def test_anything_else_goes_to_typer(argv):
    assert checkcmd.parse_check_args(argv) is None


def test_the_defaults_are_the_commands_defaults():
    assert typer_params([]) == checkcmd.DEFAULTS


def test_a_plain_check_does_not_import_typer(tmp_path):
    (tmp_path / "a.txt").write_text("A clean line.\n")
    code = ("import sys\nfrom corpuslint.checkcmd import main\nsys.argv = ['corpuslint', 'check', '--isolated', "
            "'--select', 'CL', 'a.txt']\ntry:\n    main()\nexcept SystemExit as e:\n    code = e.code\n"
            "print(code, 'typer' in sys.modules, 'click' in sys.modules)")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parent))
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert out.stdout.split()[-3:] == ["0", "False", "False"], out.stderr

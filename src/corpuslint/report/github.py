"""GitHub Actions workflow commands: annotations on the pull request's files."""
from __future__ import annotations

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def format(findings, rules) -> str:
    out = []
    for f in findings:
        props = (f"file={_escape_property(f.path)},line={f.line},col={f.column},"
                 f"endLine={f.end_line},endColumn={f.end_column},title={_escape_property(f.code + ' ' + f.name)}")
        out.append(f"::{_LEVEL[f.severity.value]} {props}::{_escape_data(f.message)} [{f.code}]\n")
    return "".join(out)

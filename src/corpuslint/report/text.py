"""gcc-style text: ``path:line:col: severity: message [CODE]``, one finding a line."""
from __future__ import annotations


def location(f) -> str:
    path = f"{f.path}#{f.record}" if f.record is not None else f.path
    return f"{path}:{f.line}:{f.column}"


def format(findings, rules) -> str:
    return "".join(f"{location(f)}: {f.severity.value}: {f.message} [{f.code}]\n" for f in findings)

"""JSON: an array of finding objects, with fixes and related locations where present."""
from __future__ import annotations


def finding_dict(f) -> dict:
    d = {
        "path": f.path, "line": f.line, "column": f.column,
        "end_line": f.end_line, "end_column": f.end_column,
        "code": f.code, "name": f.name, "severity": f.severity.value, "message": f.message,
    }
    if f.record is not None:
        d["record"] = f.record
    if f.fix is not None:
        d["fix"] = {
            "applicability": "safe" if f.fix.safe else "unsafe",
            "message": f.fix.message,
            "edits": [
                {"content": e.content, "location": {"line": a.line, "column": a.column},
                 "end_location": {"line": b.line, "column": b.column}}
                for e, (a, b) in zip(f.fix.edits, f.edit_positions)
            ],
        }
    if f.related:
        d["related"] = [{"path": r.path, "line": r.line, "column": r.column, "message": r.message} for r in f.related]
    if f.data:
        d["data"] = f.data
    return d


def format(findings, rules) -> str:
    import json  # here, not at the top: every run loads the formats, few print JSON

    return json.dumps([finding_dict(f) for f in findings], indent=2, ensure_ascii=False) + "\n"

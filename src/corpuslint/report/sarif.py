"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers."""
from __future__ import annotations

from pathlib import Path

from corpuslint import __version__

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _region(line, column, end_line=None, end_column=None) -> dict:
    region = {"startLine": line, "startColumn": column}
    if end_line is not None:
        region["endLine"] = end_line
        # SARIF regions may not be empty-and-backwards; a zero-width span ends where it starts.
        region["endColumn"] = max(end_column, column) if end_line == line else end_column
    return region


def _location(path, region, message=None) -> dict:
    loc = {"physicalLocation": {"artifactLocation": {"uri": path, "uriBaseId": "%SRCROOT%"}, "region": region}}
    if message:
        loc["message"] = {"text": message}
    return loc


def _rule_descriptor(cls) -> dict:
    doc = cls.documentation()
    return {
        "id": cls.code,
        "name": cls.name,
        "shortDescription": {"text": cls.summary},
        "fullDescription": {"text": doc.split("\n\n")[0] if doc else cls.summary},
        "help": {"text": doc or cls.summary, "markdown": doc or cls.summary},
        "defaultConfiguration": {"level": _LEVEL[cls.severity.value]},
        "properties": {"plugin": cls.plugin},
    }


def format(findings, rules) -> str:
    used = sorted({f.code for f in findings} | {c for c in rules if not c.startswith("CL")})
    descriptors = [_rule_descriptor(rules[c]) for c in used if c in rules]
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    results = []
    for f in findings:
        result = {
            "ruleId": f.code,
            "level": _LEVEL[f.severity.value],
            "message": {"text": f.message},
            "locations": [_location(f.path, _region(f.line, f.column, f.end_line, f.end_column))],
        }
        if f.code in index:
            result["ruleIndex"] = index[f.code]
        if f.related:
            result["relatedLocations"] = [
                {"id": i, **_location(r.path, _region(r.line, r.column, r.end_line, r.end_column), r.message)}
                for i, r in enumerate(f.related)
            ]
        if f.fix is not None and f.fix.edits:
            result["fixes"] = [{
                "description": {"text": f.fix.message or "fix"},
                "artifactChanges": [{
                    "artifactLocation": {"uri": f.path, "uriBaseId": "%SRCROOT%"},
                    "replacements": [
                        {"deletedRegion": _region(a.line, a.column, b.line, b.column),
                         "insertedContent": {"text": e.content}}
                        for e, (a, b) in zip(f.fix.edits, f.edit_positions)
                    ],
                }],
            }]
        results.append(result)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "corpuslint",
                "version": __version__,
                "informationUri": "https://pypi.org/project/corpuslint/",
                "rules": descriptors,
            }},
            "columnKind": "unicodeCodePoints",
            # Paths are relative to the working directory; SARIF wants that base absolute.
            "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().as_uri() + "/"}},
            "results": results,
        }],
    }
    import json  # here, not at the top: every run loads the formats, few print JSON

    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"

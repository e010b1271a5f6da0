"""Every QT rule is documented, and its documented examples behave as documented."""
from __future__ import annotations

import re

import pytest

import corpuslint_quotes
from corpuslint_quotes.rules import RULES
from corpuslint.testing import documented_example

SECTIONS = ["## What it does", "## Why is this bad?", "## Example"]


block = documented_example


def test_plugin_provides_the_three_rules():
    assert [r.code for r in corpuslint_quotes.corpuslint_rules()] == ["QT001", "QT002", "QT003"]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_documented(rule):
    doc = rule.documentation()
    for section in SECTIONS:
        assert section in doc
    assert re.fullmatch(r"[a-z]+(-[a-z]+)+", rule.name)
    assert rule.uses_source
    if rule.code == "QT001":
        assert "## Fix safety" in doc


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_documented_examples(lint, rule):
    doc = rule.documentation()
    files = {"originals/talk.txt": block(doc, "Source")}
    config = {"sources": {"derived/*.txt": "originals/{stem}.txt"}}
    bad = lint({**files, "derived/talk.txt": block(doc, "Bad:")}, select=[rule.code], config=config,
               paths=["derived/talk.txt"])
    assert [f.code for f in bad] == [rule.code]
    good = lint({**files, "derived/talk.txt": block(doc, "Good:")}, select=[rule.code], config=config,
                paths=["derived/talk.txt"])
    assert good == []

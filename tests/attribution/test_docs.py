"""Every AT rule is documented, and its documented Bad and Good examples behave as documented."""
from __future__ import annotations

import re

import pytest

import corpuslint_attribution
from corpuslint_attribution.unattributed import QuotationWithoutSpeaker
from corpuslint_attribution.uncredited import UncreditedCopy
from corpuslint.testing import documented_example

RULES = [QuotationWithoutSpeaker, UncreditedCopy]


block = documented_example


def test_plugin_provides_both_rules():
    assert [r.code for r in corpuslint_attribution.corpuslint_rules()] == ["AT001", "AT002"]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_documented(rule):
    doc = rule.documentation()
    for section in ("## What it does", "## Why is this bad?", "## Example", "## Options"):
        assert section in doc
    assert re.fullmatch(r"[a-z]+(-[a-z]+)+", rule.name)
    for option in rule.options:
        assert f"``{option}``" in doc, f"option {option} is not documented"


def test_at001_documented_examples(lint):
    doc = QuotationWithoutSpeaker.documentation()
    bad = lint({"story.txt": block(doc, "Bad:")}, select=["AT001"])
    assert [f.code for f in bad] == ["AT001"]
    assert lint({"story.txt": block(doc, "Good:")}, select=["AT001"]) == []


def test_at002_documented_examples(lint):
    doc = UncreditedCopy.documentation()
    # The source the examples copy: the Bad text, published by the outlet the Good one credits.
    source = "---\npublisher: The Valley Courier\n---\n" + block(doc, "Bad:")
    config = {"sources": {"discover": False, "copies/*.txt": "originals/{stem}.md"}}
    bad = lint({"originals/mill.md": source, "copies/mill.txt": block(doc, "Bad:")},
               select=["AT002"], config=config, paths=["copies/mill.txt"])
    assert [(f.code, f.line) for f in bad] == [("AT002", 1)]
    good = lint({"originals/mill.md": source, "copies/mill.txt": block(doc, "Good:")},
                select=["AT002"], config=config, paths=["copies/mill.txt"])
    assert good == []

"""Every MT rule is documented, and its documented Bad and Good examples behave as documented."""
from __future__ import annotations

import re

import pytest

import corpuslint_mt
from corpuslint_mt.rules import RULES
from corpuslint.testing import documented_example


block = documented_example


def test_plugin_provides_every_rule_with_unique_codes():
    codes = [r.code for r in corpuslint_mt.corpuslint_rules()]
    assert codes[0] == "MT001" and len(set(codes)) == len(codes) == 11
    assert all(re.fullmatch(r"MT\d{3}", c) for c in codes)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_documented(rule):
    doc = rule.documentation()
    for section in ("## What it does", "## Why is this bad?", "## Example"):
        assert section in doc
    assert re.fullmatch(r"[a-z]+(-[a-z]+)+", rule.name)
    assert rule.summary and not rule.summary.endswith(".")
    for option in rule.options:
        assert f"``{option}``" in doc, f"option {option} is not documented"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_documented_bad_example_is_found(rule, lint):
    found = lint({"bad.txt": block(rule.documentation(), "Bad:")}, select=[rule.code])
    assert rule.code in [f.code for f in found]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_documented_good_example_is_clean(rule, lint):
    found = lint({"good.txt": block(rule.documentation(), "Good:")}, select=[rule.code])
    assert found == []


@pytest.mark.parametrize("rule", [r for r in RULES if "## Fix safety" in r.documentation()], ids=lambda r: r.code)
def test_documented_fix_turns_bad_into_good(rule, lint):
    doc = rule.documentation()
    fixed = lint.fix({"bad.txt": block(doc, "Bad:")}, unsafe=True, select=[rule.code])
    assert fixed["bad.txt"].decode() == block(doc, "Good:")

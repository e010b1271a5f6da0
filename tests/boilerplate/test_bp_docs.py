"""Every BP rule is documented, and its documented Bad and Good examples behave as documented."""
from __future__ import annotations

import re

import pytest

import corpuslint_boilerplate
from corpuslint.testing import documented_example

RULES = corpuslint_boilerplate.corpuslint_rules()


block = documented_example


def test_plugin_provides_the_family_in_code_order():
    codes = [r.code for r in RULES]
    assert codes == sorted(codes) == [f"BP{n:03d}" for n in range(1, 18)]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_documented(rule):
    doc = rule.documentation()
    for section in ("## What it does", "## Why is this bad?", "## Example", "## Fix safety"):
        assert section in doc, f"{rule.code} lacks {section}"
    assert re.fullmatch(r"[a-z]+(-[a-z]+)+", rule.name)
    assert rule.severity.value == "warning"
    for option in rule.options:
        assert f"`{option}`" in doc, f"{rule.code}: option {option} is not documented"


@pytest.mark.parametrize("rule", [r for r in RULES if r.code != "BP008"], ids=lambda r: r.code)
def test_documented_examples(lint, rule):
    doc = rule.documentation()
    bad = lint({"bad.txt": block(doc, "Bad:")}, select=[rule.code])
    assert bad and {f.code for f in bad} == {rule.code}
    assert lint({"good.txt": block(doc, "Good:")}, select=[rule.code]) == []


WORDS = ["apples", "bridges", "clocks", "dragons", "engines", "ferries"]


def test_bp008_documented_examples_across_five_documents(lint):
    doc = corpuslint_boilerplate.recurring.RecurringLine.documentation()
    bad, good = block(doc, "Bad:"), block(doc, "Good:")
    footer = bad.split("\n\n")[-1]
    files = {f"site/{w}.txt": f"A story about {w} and nothing else.\n\n{footer}" for w in WORDS[:5]}
    found = lint(files, select=["BP008"])
    assert [(f.path, f.line) for f in found] == [(f"site/{w}.txt", 3) for w in WORDS[:5]]
    assert lint({"good.txt": good}, select=["BP008"]) == []


def test_plugin_import_loads_no_lexicon():
    from corpuslint_boilerplate import lexicon

    lexicon.patterns.cache_clear()
    corpuslint_boilerplate.corpuslint_rules()
    assert lexicon.patterns.cache_info().currsize == 0

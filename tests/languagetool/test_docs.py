"""Each LT rule's documented Bad example is found (by its rule) and its Good example is not."""

import pytest

from corpuslint.testing import documented_example as example
from corpuslint_languagetool.rules import RULES


@pytest.mark.parametrize("cls", RULES, ids=lambda c: c.code)
def test_documented_examples(cls, lint, lt_server, lt_config):
    for section in ("## What it does", "## Why is this bad?", "## Example"):
        assert section in cls.documentation()
    if cls.code == "LT900":
        lt_server.mode = "garbage"
    bad = lint({"bad.txt": example(cls, "Bad")}, select=[cls.code], config=lt_config(lt_server.url))
    assert cls.code in {f.code for f in bad}
    lt_server.mode = "ok"
    good = lint({"good.txt": example(cls, "Good")}, select=[cls.code], config=lt_config(lt_server.url))
    assert good == []

"""Each LT rule's documented Bad example is found (by its rule) and its Good example is not."""
import re

import pytest

from corpuslint_languagetool.rules import RULES


def example(cls, label: str) -> str:
    doc = cls.documentation()
    m = re.search(rf"^{label}:\n\n((?:    .*\n?|\n)+)", doc, re.MULTILINE)
    assert m, f"{cls.code} has no {label} example"
    return "\n".join(line[4:] for line in m.group(1).strip("\n").splitlines()) + "\n"


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

"""Meta-tests: every hook and rule is documented, every rule is tested, the public API is what the README promises."""
import inspect
import re
from pathlib import Path

import pytest

import corpuslint
from corpuslint import hookspecs, plugins

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text()
REGISTRY = plugins.load()
HOOKS = [name for name, fn in inspect.getmembers(hookspecs, inspect.isfunction) if name.startswith("corpuslint_")]


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_documented_in_its_spec_and_the_readme(hook):
    doc = inspect.getdoc(getattr(hookspecs, hook)) or ""
    assert len(doc) > 80, f"{hook} needs a docstring saying what it receives and returns"
    assert f"`{hook}(" in README, f"README's hook table lacks {hook}"


def test_firstresult_hooks_say_so():
    for hook in HOOKS:
        opts = getattr(getattr(hookspecs, hook), "corpuslint_spec", {})
        if opts.get("firstresult"):
            assert "first non-None result" in inspect.getdoc(getattr(hookspecs, hook))


@pytest.mark.parametrize("code", list(REGISTRY.rules))
def test_every_rule_is_documented(code):
    cls = REGISTRY.rules[code]
    doc = cls.documentation()
    for section in ("## What it does", "## Why is this bad?", "## Example"):
        assert section in doc, f"{code}: documentation lacks '{section}'"
    assert cls.summary and cls.summary == cls.summary.strip() and not cls.summary.endswith(".")


@pytest.mark.parametrize("code", [c for c in REGISTRY.rules])
def test_every_rule_is_named_in_a_test(code):
    tests = "\n".join(p.read_text(errors="replace") for p in (REPO / "tests").rglob("test_*.py"))
    assert code in tests, f"no test mentions {code}"


def test_public_api_is_small_and_explicit():
    assert set(corpuslint.__all__) == {
        "Context", "Document", "Edit", "Finding", "Fix", "Line", "Quotation", "ReadError", "Related",
        "Rule", "SetupError", "Severity", "Span", "__version__", "hookimpl"}
    for name in corpuslint.__all__:
        if name != "__version__":
            assert f"**`{name}`**" in README or f"`{name}`" in README, f"README does not document {name}"


def test_readme_starts_with_the_two_commands_and_ci_runs_the_second():
    commands = re.findall(r"^    (python3 -m venv .*)$", README, re.MULTILINE)[:2]
    assert "corpuslint check examples/corpus" in commands[0]
    assert "pytest" in commands[1]
    assert commands[1] in (REPO / ".ci" / "run").read_text()

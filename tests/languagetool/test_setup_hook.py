"""The core hooks the LT rules rely on: Rule.setup (SetupError ends the run) and Rule.enabled_by_default."""
import pytest

import corpuslint
from corpuslint import SetupError
from corpuslint.errors import PluginError


class NeedsServer(corpuslint.Rule):
    """Test rule."""

    code = "TSU001"
    name = "needs-server"
    summary = "a rule whose setup needs a server"
    calls: list[str] = []

    @classmethod
    def enabled_by_default(cls, settings):
        return bool(settings.get("tsu", {}).get("server"))

    def setup(self, ctx):
        NeedsServer.calls.append("setup")
        if ctx.settings("tsu")["server"] == "down":
            raise SetupError("server down is down")

    def check(self, doc, ctx):
        NeedsServer.calls.append("check")
        return []


class BrokenSetup(corpuslint.Rule):
    """Test rule."""

    code = "TSU002"
    name = "broken-setup"
    summary = "a rule whose setup has a bug"
    default_enabled = False

    def setup(self, ctx):
        raise ZeroDivisionError("oops")

    def check(self, doc, ctx):
        return []


class plugin:
    @staticmethod
    @corpuslint.hookimpl
    def corpuslint_rules():
        return [NeedsServer, BrokenSetup]

    @staticmethod
    @corpuslint.hookimpl
    def corpuslint_settings():
        return {"tsu": {"server": ""}}


@pytest.fixture(autouse=True)
def fresh_calls():
    NeedsServer.calls.clear()


def test_setup_error_ends_the_run_before_any_check(lint):
    with pytest.raises(SetupError, match="server down is down"):
        lint({"a.txt": "text\n"}, plugins=[plugin], config={"tsu": {"server": "down"}})
    assert NeedsServer.calls == ["setup"]


def test_setup_runs_once_then_checks(lint):
    lint({"a.txt": "text\n", "b.txt": "more\n"}, plugins=[plugin], config={"tsu": {"server": "up"}})
    assert NeedsServer.calls == ["setup", "check", "check"]


def test_rule_off_by_settings_is_not_set_up(lint):
    lint({"a.txt": "text\n"}, plugins=[plugin])
    assert NeedsServer.calls == []


def test_a_bug_in_setup_names_the_rule(lint):
    with pytest.raises(PluginError, match=r"rule TSU002 \(broken-setup.*failed to set up: ZeroDivisionError: oops"):
        lint({"a.txt": "text\n"}, plugins=[plugin], select=["TSU002"])

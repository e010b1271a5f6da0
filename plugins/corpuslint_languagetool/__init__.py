"""corpuslint rule plugin: LanguageTool grammar and style checks (codes LT...), through language-tool-python.

Importing this module imports neither language-tool-python nor anything that talks to a
server: that happens in the rules' setup, and only when an LT rule is enabled.
"""
from __future__ import annotations

from typing import Any

import corpuslint

from corpuslint_languagetool.settings import DEFAULTS, SECTION, Settings, is_configured

__all__ = ["LanguageToolUnavailable", "connect", "is_configured", "match_density"]


def __getattr__(name: str) -> Any:
    # Loaded when another plugin first asks for them: a run without LanguageTool never
    # imports the client, the matches or their sqlite cache.
    if name == "LanguageToolUnavailable":
        from corpuslint_languagetool.client import LanguageToolUnavailable

        return LanguageToolUnavailable
    if name == "match_density":
        from corpuslint_languagetool.density import match_density

        return match_density
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def connect(settings: dict[str, Any] | None) -> None:
    """Check once per process that the configured LanguageTool answers (for another rule's
    ``setup``); raises :class:`corpuslint.SetupError` naming the server or what is missing."""
    from corpuslint_languagetool import client

    client.connect(Settings.parse(settings))


@corpuslint.hookimpl
def corpuslint_rules():
    from corpuslint_languagetool.rules import RULES

    return list(RULES)


@corpuslint.hookimpl
def corpuslint_settings():
    return {SECTION: {k: (list(v) if isinstance(v, list) else v) for k, v in DEFAULTS.items()}}

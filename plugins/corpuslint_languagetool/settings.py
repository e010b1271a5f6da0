"""The ``[languagetool]`` configuration section: defaults, validation, and the cache key of a setup."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from corpuslint import SetupError

SECTION = "languagetool"

#: Declared through ``corpuslint_settings``; the core checks value types against these.
DEFAULTS: dict[str, Any] = {
    # URL of a LanguageTool server the user runs, e.g. "http://localhost:8081". Never a public
    # API by default: text leaves the machine only to a server named here.
    "server": "",
    # Let language-tool-python download (first use, needs internet) and start a local
    # LanguageTool; needs Java 17 or newer.
    "local": False,
    "language": "en-US",
    "disabled-rules": [],
    "enabled-categories": [],
    # Seconds to wait for one answer (language-tool-python retries a failed check once).
    "timeout": 30.0,
    # Where answers are cached; empty: $CORPUSLINT_CACHE_DIR, else ~/.cache/corpuslint.
    "cache-dir": "",
}


def is_configured(section: dict[str, Any] | None) -> bool:
    """True when the section names a server or asks for a local LanguageTool."""
    section = section or {}
    return bool(str(section.get("server") or "").strip()) or section.get("local") is True


@dataclass(frozen=True)
class Settings:
    """A validated ``[languagetool]`` section."""

    server: str
    local: bool
    language: str
    disabled_rules: tuple[str, ...]
    enabled_categories: tuple[str, ...]
    timeout: float
    cache_dir: str

    @classmethod
    def parse(cls, section: dict[str, Any] | None) -> Settings:
        """Validate a section (defaults filled in); SetupError names the bad key. Rules call
        this per document: the result is remembered per distinct section."""
        frozen = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in (section or {}).items()))
        return _parse(frozen)

    @classmethod
    def _validate(cls, section: dict[str, Any]) -> Settings:
        raw = {**DEFAULTS, **section}
        server = str(raw["server"] or "").strip()
        local = raw["local"] is True
        if server and local:
            raise SetupError("[languagetool]: set either server = \"http://host:port\" or local = true, not both")
        for key in ("disabled-rules", "enabled-categories"):
            value = raw[key]
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) and v.strip() for v in value):
                raise SetupError(f"[languagetool]: {key} must be a list of LanguageTool ids, got {value!r}")
        try:
            timeout = float(raw["timeout"])
        except (TypeError, ValueError):
            timeout = 0.0
        if not timeout > 0:
            raise SetupError(f"[languagetool]: timeout must be a positive number of seconds, got {raw['timeout']!r}")
        language = str(raw["language"] or "").strip()
        if not language:
            raise SetupError("[languagetool]: language must name a language, such as \"en-US\"")
        return cls(server, local, language,
                   tuple(sorted({v.strip() for v in raw["disabled-rules"]})),
                   tuple(sorted({v.strip() for v in raw["enabled-categories"]})),
                   timeout, str(raw["cache-dir"] or ""))

    @property
    def configured(self) -> bool:
        return bool(self.server) or self.local

    @property
    def where(self) -> str:
        """The LanguageTool these settings talk to, for messages."""
        return f"LanguageTool server {self.server}" if self.server else "the local LanguageTool"

    @property
    def client_key(self) -> tuple:
        """What a client depends on (one client per distinct key, per process)."""
        return (self.server, self.local, self.language, self.disabled_rules, self.enabled_categories, self.timeout)

    @functools.cached_property
    def answer_key(self) -> str:
        """What LanguageTool's answer depends on, besides the text: part of every cache key."""
        import hashlib
        import json

        blob = json.dumps([self.server.rstrip("/") if self.server else "local", self.language,
                           self.disabled_rules, self.enabled_categories])
        return hashlib.blake2b(blob.encode("utf-8"), digest_size=16).hexdigest()


@functools.lru_cache(maxsize=16)
def _parse(frozen: tuple) -> Settings:
    return Settings._validate({k: list(v) if isinstance(v, tuple) else v for k, v in frozen})

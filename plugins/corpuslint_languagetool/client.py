"""The language-tool-python client, created once per process, with errors turned into one clear line."""
from __future__ import annotations

from typing import Any

from corpuslint import SetupError

from corpuslint_languagetool.settings import Settings

#: Clients by :attr:`Settings.client_key`. Created in the main process by the rules' setup,
#: inherited by forked workers; a worker that has none connects itself.
_CLIENTS: dict[tuple, Any] = {}


class LanguageToolUnavailable(Exception):
    """LanguageTool did not answer a check (timeout, lost connection, not LanguageTool's API)."""


#: Why connecting failed, by client key: asked again, the answer comes at once (a rule that
#: only reads the density, such as MT001, asks once per document). A new run forgets them.
_FAILED: dict[tuple, str] = {}


def connect(settings: Settings) -> Any:
    """The language_tool_python client for these settings, connected (or started) once per
    process. Raises SetupError, one line naming the server or what is missing."""
    client = _CLIENTS.get(settings.client_key)
    if client is None:
        if settings.client_key in _FAILED:
            raise SetupError(_FAILED[settings.client_key])
        try:
            client = _CLIENTS[settings.client_key] = _make(settings)
        except SetupError as exc:
            _FAILED[settings.client_key] = str(exc)
            raise
    return client


def forget_failures(settings: Settings) -> None:
    _FAILED.pop(settings.client_key, None)


def check(settings: Settings, text: str) -> list[Any]:
    """LanguageTool's matches (``language_tool_python.Match``) for ``text``; raises
    LanguageToolUnavailable naming the server when no usable answer comes."""
    client = connect(settings)
    try:
        return client.check(text)
    except Exception as exc:  # requests, JSON and shape errors all mean "no usable answer"
        raise LanguageToolUnavailable(f"{settings.where}: {_reason(exc, settings)}") from exc


def _make(settings: Settings) -> Any:
    if not settings.configured:
        raise SetupError(
            "LanguageTool is not configured: LT rules need a [languagetool] section with "
            "server = \"http://host:port\" (a LanguageTool server you run) or local = true")
    import shutil

    if settings.local and shutil.which("java") is None:
        raise SetupError(
            "[languagetool] local = true needs Java 17 or newer, and no 'java' was found on PATH: "
            "install Java, or set server = \"http://host:port\" to use a LanguageTool server you run")
    try:
        import language_tool_python
    except ImportError:
        raise SetupError("LT rules need language-tool-python: pip install 'corpuslint[languagetool]'") from None

    class Client(language_tool_python.LanguageTool):
        """The stock client, with the request timeout from the settings instead of 300 s."""

        def __init__(self, timeout: float, **kwargs: Any) -> None:
            self._TIMEOUT = timeout  # read by every request the client makes
            super().__init__(**kwargs)

    try:
        if settings.server:
            client = Client(settings.timeout, language=settings.language, remote_server=settings.server)
        else:
            client = Client(settings.timeout, language=settings.language)
    except ValueError as exc:
        if "language" not in str(exc):  # LanguageTag's "unsupported language: ..." is the one meant here
            raise SetupError(f"{settings.where}: {_reason(exc, settings)}") from None
        raise SetupError(f"{settings.where} does not support language {settings.language!r} ({exc}); "
                         f"fix [languagetool] language") from None
    except Exception as exc:
        if settings.server:
            raise SetupError(f"{settings.where}: {_reason(exc, settings)}; "
                             f"start it, or fix [languagetool] server") from None
        raise SetupError(f"the local LanguageTool could not be started: {_reason(exc, settings)} "
                         f"(local = true downloads LanguageTool on first use, which needs internet, "
                         f"and runs it with Java 17 or newer)") from None
    client.disabled_rules = set(settings.disabled_rules)
    client.enabled_categories = set(settings.enabled_categories)
    return client


def _reason(exc: BaseException, settings: Settings) -> str:
    """Why a request failed, in a few words (the library's messages embed whole responses)."""
    import requests

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, requests.Timeout):
            return f"no answer within {settings.timeout:g} s (timeout)"
        if isinstance(seen, requests.ConnectionError):
            return f"cannot connect{_elsewhere(seen, settings)} (connection refused or host unreachable)"
        seen = seen.__cause__ or seen.__context__
    if isinstance(exc, (ModuleNotFoundError, SystemError)):  # the library's Java checks
        return str(exc)
    if isinstance(exc, (KeyError, TypeError, AttributeError, IndexError)):
        return f"the answer is not a LanguageTool result ({type(exc).__name__}: {exc})"
    text = " ".join(str(exc).split())
    if len(text) > 160:
        text = text[:157] + "..."
    if type(exc).__name__ == "LanguageToolError":  # invalid JSON: the library passes the body on
        return f"the answer is not a LanguageTool result: {text!r}"
    return f"{type(exc).__name__}: {text}"


def _elsewhere(exc: Any, settings: Settings) -> str:
    """' to HOST' when a request went somewhere other than the configured server (a download)."""
    import urllib.parse

    url = getattr(getattr(exc, "request", None), "url", None) or ""
    host = urllib.parse.urlsplit(url).netloc
    if not host or (settings.server and host == urllib.parse.urlsplit(settings.server).netloc):
        return ""
    return f" to {host}"

"""A small LanguageTool server for the tests: LanguageTool's HTTP API on 127.0.0.1, with a few checks of its own.

It answers ``GET /v2/languages`` and ``POST /v2/check`` (form-encoded ``text``,
``language``, ``disabledRules``, ``enabledCategories``) in LanguageTool's JSON format, with
offsets counted in UTF-16 code units as LanguageTool (a Java program) counts them. Its checks
are deterministic and run on the text it receives, so every match comes from real text:

- a word repeated (``the the``): ``ENGLISH_WORD_REPEAT_RULE``, category ``MISC``;
- ``a`` before a vowel (``a elephant``): ``EN_A_VS_AN``, category ``MISC``;
- a few misspellings (``recieve``): ``MORFOLOGIK_RULE_EN_US``, category ``TYPOS``;
- a space before ``, . ! ?``: ``COMMA_PARENTHESIS_WHITESPACE``, category ``TYPOGRAPHY``;
- a few redundant phrases (``end result``): ``REDUNDANCY_PHRASE``, category ``REDUNDANCY``.

``mode`` makes it misbehave: ``"sleep"`` (checks answer after ``delay`` seconds),
``"garbage"`` (HTML instead of JSON), ``"bad-shape"`` (JSON that is not LanguageTool's).
Every request is recorded in ``requests``.
"""
from __future__ import annotations

import json
import re
import socket
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

LANGUAGES = [
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
]
MISSPELLINGS = {"recieve": "receive", "teh": "the", "wich": "which", "seperate": "separate"}
REDUNDANT = {"end result": "result", "free gift": "gift", "past history": "history"}


def _rule(rule_id, description, issue_type, category_id, category_name):
    return {"id": rule_id, "description": description, "issueType": issue_type,
            "category": {"id": category_id, "name": category_name}}


def find_matches(text: str, disabled: set[str]) -> list[tuple[int, int, str, str, list[str], dict]]:
    """(start, end, message, short message, replacements, rule) in Python character offsets."""
    found = []
    for m in re.finditer(r"\b(\w+)(\s+)(\1)\b", text, re.IGNORECASE):
        found.append((m.start(), m.end(), "Possible typo: you repeated a word.", "Word repetition",
                      [m.group(1)], _rule("ENGLISH_WORD_REPEAT_RULE", "Word repetition (e.g. 'will will')",
                                          "duplication", "MISC", "Miscellaneous")))
    for m in re.finditer(r"\b([Aa])(\s+)([AEIOUaeiou]\w*)", text):
        word = m.group(1) + "n"
        found.append((m.start(1), m.end(1), f"Use “{word}” instead of ‘{m.group(1)}’ if the following "
                      "word starts with a vowel sound.", "Wrong article", [word, "the"],
                      _rule("EN_A_VS_AN", "Use of 'a' vs. 'an'", "misspelling", "MISC", "Miscellaneous")))
    for m in re.finditer(r"\w+", text):
        good = MISSPELLINGS.get(m.group().lower())
        if good:
            found.append((m.start(), m.end(), "Possible spelling mistake found.", "Spelling mistake",
                          [good], _rule("MORFOLOGIK_RULE_EN_US", "Possible spelling mistake",
                                        "misspelling", "TYPOS", "Possible Typo")))
    for m in re.finditer(r"(?<=\w)([ \t]+)([,.!?])", text):
        found.append((m.start(), m.end(), "Don’t put a space before the full stop or comma.", "",
                      [m.group(2)], _rule("COMMA_PARENTHESIS_WHITESPACE", "Use of whitespace before comma and before/after parentheses",
                                          "whitespace", "TYPOGRAPHY", "Typography")))
    for phrase, better in REDUNDANT.items():
        for m in re.finditer(r"\b" + phrase + r"\b", text, re.IGNORECASE):
            found.append((m.start(), m.end(), f"This phrase is redundant. Consider using “{better}”.",
                          "Redundant phrase", [better], _rule("REDUNDANCY_PHRASE", "Redundant phrase",
                                                              "style", "REDUNDANCY", "Redundant Phrases")))
    return sorted(f for f in found if f[5]["id"] not in disabled)


def utf16(text: str, i: int) -> int:
    """LanguageTool's offsets count UTF-16 code units: a character outside the BMP counts two."""
    return len(text[:i].encode("utf-16-le")) // 2


def check_response(text: str, language: str, disabled: set[str]) -> dict:
    matches = []
    for start, end, message, short, replacements, rule in find_matches(text, disabled):
        c0, c1 = max(0, start - 40), min(len(text), end + 40)
        sent0 = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
        sent1 = min([i for i in (text.find(".", end), text.find("\n", end)) if i >= 0] or [len(text)])
        matches.append({
            "message": message, "shortMessage": short,
            "replacements": [{"value": r} for r in replacements],
            "offset": utf16(text, start), "length": utf16(text, end) - utf16(text, start),
            "context": {"text": text[c0:c1], "offset": utf16(text, start) - utf16(text, c0),
                        "length": utf16(text, end) - utf16(text, start)},
            "sentence": text[sent0:sent1 + 1].strip(),
            "type": {"typeName": "Other"},
            "rule": rule,
            "ignoreForIncompleteSentence": False, "contextForSureMatch": 0,
        })
    name = next((lang["name"] for lang in LANGUAGES if lang["longCode"] == language), language)
    return {
        "software": {"name": "LanguageTool", "version": "6.6-test", "buildDate": "2026-01-01 00:00:00 +0000",
                     "apiVersion": 1, "premium": False, "status": ""},
        "warnings": {"incompleteResults": False},
        "language": {"name": name, "code": language,
                     "detectedLanguage": {"name": name, "code": language, "confidence": 0.99}},
        "matches": matches,
    }


class FakeLanguageTool:
    """The server, running in a thread; ``url`` is what ``[languagetool] server`` names."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.mode = "ok"
        self.delay = 2.0
        #: Answer this many checks, then garbage (a server that breaks down mid-run).
        self.good_checks: int | None = None
        owner = self

        class Handler(BaseHTTPRequestHandler):
            disable_nagle_algorithm = True  # headers and body leave at once, as from a real server

            def log_message(self, *args):  # keep pytest's output clean
                pass

            def do_GET(self):
                url = urllib.parse.urlsplit(self.path)
                params = dict(urllib.parse.parse_qsl(url.query))
                owner.requests.append((url.path, params))
                if url.path == "/v2/languages":
                    if owner.mode == "garbage-everywhere":
                        return self._send(200, b"<html><body>Welcome to nginx!</body></html>", "text/html")
                    return self._send(200, json.dumps(LANGUAGES).encode(), "application/json")
                if url.path == "/v2/check":
                    return self._check(params)
                self._send(404, b"Not found", "text/plain")

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8")
                params = dict(urllib.parse.parse_qsl(body, keep_blank_values=True))
                path = urllib.parse.urlsplit(self.path).path
                owner.requests.append((path, params))
                if path == "/v2/check":
                    return self._check(params)
                self._send(404, b"Not found", "text/plain")

            def _check(self, params):
                if owner.good_checks is not None and len(owner.checks) > owner.good_checks:
                    return self._send(503, b"Service Unavailable", "text/plain")
                if owner.mode == "sleep":
                    time.sleep(owner.delay)
                if owner.mode in ("garbage", "garbage-everywhere"):
                    return self._send(200, b"<html><body>502 Bad Gateway</body></html>", "text/html")
                if owner.mode == "bad-shape":
                    return self._send(200, json.dumps({"matches": [{"offset": "x"}]}).encode(), "application/json")
                if "text" not in params or "language" not in params:
                    return self._send(400, b"Error: Missing 'text' or 'language' parameter", "text/plain")
                disabled = set(filter(None, params.get("disabledRules", "").split(",")))
                answer = check_response(params["text"], params["language"], disabled)
                self._send(200, json.dumps(answer).encode(), "application/json")

            def _send(self, status, body, kind):
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", kind + "; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout tests)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def checks(self) -> list[dict[str, str]]:
        """The parameters of every /v2/check request so far."""
        return [params for path, params in self.requests if path == "/v2/check"]

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def lt_server():
    with FakeLanguageTool() as server:
        yield server


@pytest.fixture
def dead_url():
    """The URL of a port on 127.0.0.1 where nothing listens."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture(autouse=True)
def lt_cache(tmp_path, monkeypatch):
    """Every test gets its own answer cache, never the user's."""
    folder = tmp_path / "lt-cache"
    monkeypatch.setenv("CORPUSLINT_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def lt_config():
    """``lt_config(url, **options)``: a configuration table naming the server, as ``.corpuslint.toml`` would."""
    def make(url: str, **extra) -> dict:
        return {"languagetool": {"server": url, "timeout": 5.0, **extra}}
    return make

"""Credit to a source: credit lines, agency bylines, and mentions of the source's author, publisher, title or URL."""
from __future__ import annotations

import functools
import re
from typing import Any
from urllib.parse import urlparse

# Phrases that credit another text, wherever they stand.
_CREDIT_PHRASES = re.compile(
    r"""\bsources?\s*:
    | ^\W*sources?\b[^\n]{0,40}?(?:https?://|www\.)
    | \b(?:originally|first)\s+(?:published|appeared|posted|ran|printed|aired)\b
    | \b(?:contributed|contributing)\s+(?:to|reporting\s+to)\s+this\s+(?:report|story|article|piece)\b
    | \b(?:additional\s+)?reporting\s+by\b
    | \b(?:adapted|excerpted|reprinted|republished|translated|condensed|abridged|syndicated)\s+(?:with\s+permission\s+)?(?:from|by)\b
    | \bwith\s+permission\s+(?:from|of)\b
    | \bcourtesy\s+of\b
    | \bh/t\b | \bhat\s+tip\b
    | \bcredit\s*:
    | \breproduced\s+(?:with\s+permission\s+)?from\b
    | \bthis\s+(?:article|story|post|piece)\s+(?:is|was)\s+(?:from|by)\b
    """,
    re.IGNORECASE | re.VERBOSE | re.MULTILINE,
)
# "via X" credits a source at the start of a line, after a dash or in parentheses
# ("via Reuters"), not in running prose ("said via email").
_VIA = re.compile(r"(?:^|[(\[—–]|\s-)\s*via\s+\S", re.IGNORECASE | re.MULTILINE)
# A dateline with an agency: "WASHINGTON (AP) —", "Paris, May 3 (Reuters) -".
_DATELINE = re.compile(r"^[^\n()]{0,60}\(([A-Z][\w.&-]{1,20}(?:\s[A-Z][\w.&-]*){0,2})\)\s*[—–-]", re.MULTILINE)
_BYLINE = re.compile(r"^\s*(?:By|BY|Written by|Story by|Text by)\s+(.{3,80}?)\s*$", re.MULTILINE)
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
# A date line ("March 19, 2025") is no headline.
_DATE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}")

_NAME_FIELDS = ("author", "authors", "byline", "creator", "creators", "writer", "by", "reporter")
_PUBLISHER_FIELDS = ("publisher", "site", "site_name", "sitename", "outlet", "source_name", "organization",
                     "organisation", "agency", "publication", "newspaper", "website", "brand")
_TITLE_FIELDS = ("title", "headline")
_URL_FIELDS = ("url", "canonical", "canonical_url", "link", "permalink", "href")


@functools.cache
def agencies() -> frozenset[str]:
    """News agencies whose name alone in parentheses is a byline ("(AP)")."""
    from importlib import resources  # here: importing it costs a pre-commit run ~10 ms

    text = resources.files("corpuslint_attribution").joinpath("data", "agencies.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def credit_line(text: str) -> str | None:
    """The first credit line or agency byline in ``text`` (a generic credit), or None."""
    for pattern in (_CREDIT_PHRASES, _VIA):
        m = pattern.search(text)
        if m:
            return _line_of(text, m.start())
    m = _DATELINE.search(text)
    if m:
        return _line_of(text, m.start())
    for m in re.finditer(r"\(([^()\n]{2,24})\)|[—–-]\s*([A-Z][\w.&-]+(?:\s[A-Z][\w.&-]+)?)\s*$", text, re.MULTILINE):
        name = (m.group(1) or m.group(2) or "").strip().lower()
        if name in agencies():
            return _line_of(text, m.start())
    return None


def _line_of(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start:end if end >= 0 else len(text)].strip()


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [v for item in value for v in _strings(item)]
    if isinstance(value, dict):
        return [v for key in ("name", "title", "url") for v in _strings(value.get(key))]
    return []


def _names(value: str) -> list[str]:
    """People in a byline string: "Jane Roe and John Doe, Staff Writers" -> both names."""
    value = re.sub(r"^\s*(?:by|written by)\s+", "", value, flags=re.IGNORECASE)
    parts = re.split(r"\s*(?:,|;|&|\band\b|\|)\s*", value)
    return [p.strip() for p in parts if len(_WORD.findall(p)) >= 1 and p.strip()[:1].isupper()]


def source_terms(source) -> list[tuple[str, str]]:
    """What naming the source looks like: ``(kind, words)`` pairs from its metadata and byline."""
    meta = source.metadata or {}
    terms: list[tuple[str, str]] = []
    for key in _NAME_FIELDS:
        for value in _strings(meta.get(key)):
            terms.extend(("author", n) for n in _names(value))
    for key in _PUBLISHER_FIELDS:
        terms.extend(("publisher", v) for v in _strings(meta.get(key)))
    for key in _TITLE_FIELDS:
        terms.extend(("title", v) for v in _strings(meta.get(key)))
    for key in _URL_FIELDS:
        for v in _strings(meta.get(key)):
            terms.append(("url", v))
            host = urlparse(v if "://" in v else "https://" + v).hostname or ""
            host = host.removeprefix("www.")
            if "." in host:
                terms.append(("url", host))
    body = source.body
    head = body[:600]
    m = _BYLINE.search(head)
    if m:
        terms.extend(("author", n) for n in _names(m.group(1)))
    m = _DATELINE.search(head)
    if m:
        terms.append(("publisher", m.group(1)))
    # A wire story names its agency in a byline at the top or a credit at the bottom
    # ("The Associated Press", "(AP)"): naming that agency credits it. Agencies quoted in the
    # middle of the story are not its publisher.
    ends = body[:600] + "\n" + body[-800:]
    for agency in agencies():
        if re.search(rf"\({re.escape(agency)}\)", body, re.IGNORECASE) or (
                len(agency) > 3 and re.search(rf"\b{re.escape(agency)}\b", ends, re.IGNORECASE)):
            terms.append(("publisher", agency.upper() if len(agency) <= 3 else agency))
    if not any(kind == "title" for kind, _ in terms):
        # A plain-text document's title: its first headline-like line (3 to 20 words, no
        # final full stop) among the first few; scraped pages start with menu words.
        for line in body.strip().split("\n")[:5]:
            line = line.strip()
            if (3 <= len(_WORD.findall(line)) <= 20 and not line.endswith((".", ",", ";", ":"))
                    and not _DATE.search(line)):
                terms.append(("title", line))
                break
    return [(k, v.strip()) for k, v in terms if v and v.strip()]


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    return " ".join(_WORD.findall(text.casefold()))


def mentions(text: str, kind: str, term: str) -> bool:
    """Whether ``text`` names ``term`` (an author's full name or surname, a publisher, a title, a URL)."""
    if kind == "url":
        return term.casefold() in text.casefold()
    words = _norm(term)
    if not words:
        return False
    if f" {words} " in f" {_norm(text)} ":
        return True
    if kind == "author":
        surname = term.split()[-1]
        # A surname alone counts when it is long enough not to be a common word by chance,
        # and stands capitalised in the text.
        return (len(words.split()) > 1 and len(surname) >= 4 and surname[:1].isupper()
                and re.search(rf"\b{re.escape(surname)}\b", text) is not None)
    return False


def credited(derived, source) -> str | None:
    """How ``derived`` credits ``source`` (a short description), or None when it does not."""
    body = derived.body
    line = credit_line(body)
    if line is not None:
        return f"credit line {line[:60]!r}"
    first, _, rest = body.strip().partition("\n")
    for kind, term in source_terms(source):
        # A copy that reuses the source's headline as its own does not credit it by that.
        text = rest if kind == "title" and _norm(first).startswith(_norm(term)) else body
        if mentions(text, kind, term):
            return f"names the source's {kind} {term!r}"
    return None

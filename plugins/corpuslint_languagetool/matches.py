"""A document's LanguageTool matches: cached paragraphs reused, the others sent in a few batched requests."""
from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from corpuslint import Document

from corpuslint_languagetool import client
from corpuslint_languagetool.client import LanguageToolUnavailable
from corpuslint_languagetool.settings import Settings

if TYPE_CHECKING:
    from corpuslint_languagetool.cache import AnswerCache

#: Characters per request: LanguageTool servers limit a check's size (the public one to
#: 20,000 characters, self-hosted ones by ``maxTextLength``), and smaller requests time out less.
BATCH_CHARS = 15_000
#: Paragraphs of one request are joined with a blank line, which LanguageTool reads as a
#: paragraph break, so no match runs from one paragraph into the next.
JOINT = "\n\n"
#: After this many failed requests in a row, the rest of the run stops asking (each document
#: is still reported as not checked), instead of waiting out every timeout again.
MAX_FAILURES = 3


@dataclass(frozen=True)
class LTMatch:
    """One LanguageTool match at ``doc.text[start:end]``."""

    start: int
    end: int
    rule_id: str
    category: str
    issue_type: str
    message: str
    replacements: tuple[str, ...]


# One document is asked about by up to four LT rules and by MT001, one after another:
# remember the last answer (or failure) so LanguageTool and the cache are asked once.
_LAST: dict[str, object] = {}
# Failed requests in a row, and the last failure, per LanguageTool (client key).
_FAILURES: dict[tuple, tuple[int, str]] = {}


def new_run(settings: Settings) -> None:
    """A new run asks again, even where the last run (in this process) got no answer."""
    client.forget_failures(settings)
    _FAILURES.pop(settings.client_key, None)
    _LAST.clear()


def paragraph_key(settings: Settings, text: str) -> str:
    return hashlib.blake2b(f"{settings.answer_key}\0{text}".encode("utf-8", "surrogatepass"),
                           digest_size=20).hexdigest()


def document_matches(doc: Document, settings: Settings) -> list[LTMatch]:
    """Every match in ``doc``'s paragraphs, in text order.

    Raises LanguageToolUnavailable when LanguageTool did not answer for this document; the
    failure is remembered too, so the other rules asking about the same document do not
    wait for LanguageTool again.
    """
    memo_key = (settings.answer_key, doc.digest, doc.body_start)
    if _LAST.get("key") == memo_key:
        if "failure" in _LAST:
            raise LanguageToolUnavailable(_LAST["failure"])
        return _LAST["matches"]  # type: ignore[return-value]
    _LAST.clear()
    try:
        found = _fetch(doc, settings)
    except LanguageToolUnavailable as exc:
        _LAST.update(key=memo_key, failure=str(exc))
        raise
    _LAST.update(key=memo_key, matches=found)
    return found


def _fetch(doc: Document, settings: Settings) -> list[LTMatch]:
    paragraphs = [p for p in doc.paragraphs if p.text.strip()]
    keys = [paragraph_key(settings, p.text) for p in paragraphs]
    from corpuslint_languagetool import cache as cache_mod  # sqlite3: only when LT runs

    store = cache_mod.open_cache(settings.cache_dir)
    answers = store.get_many(sorted(set(keys)))
    missing: dict[str, str] = {}
    for key, p in zip(keys, paragraphs):
        if key not in answers:
            missing.setdefault(key, p.text)
    if missing:
        answers.update(_ask(settings, missing, store))
    out = []
    for key, p in zip(keys, paragraphs):
        for m in answers[key]:
            start = p.start + m["o"]
            out.append(LTMatch(start, start + m["l"], m["r"], m["c"], m["t"], m["m"], tuple(m["s"])))
    return out


def _ask(settings: Settings, texts: dict[str, str], store: "AnswerCache") -> dict[str, list]:
    """Ask LanguageTool about paragraphs ({key: text}) in batches, storing each batch's
    answers as they come (a later failure keeps them); {key: stored matches}."""
    from corpuslint_languagetool.cache import stored_match

    answers: dict[str, list] = {}
    for batch in _batches(list(texts.items())):
        fresh: dict[str, list] = {}
        joined = JOINT.join(text for _, text in batch)
        failed, last = _FAILURES.get(settings.client_key, (0, ""))
        if failed >= MAX_FAILURES:
            raise LanguageToolUnavailable(f"{last}; stopped asking after {MAX_FAILURES} failed requests in a row")
        try:
            matches = client.check(settings, joined)
        except LanguageToolUnavailable as exc:
            _FAILURES[settings.client_key] = (failed + 1, str(exc))
            raise
        _FAILURES.pop(settings.client_key, None)
        starts, at = [], 0
        for key, text in batch:
            starts.append(at)
            fresh[key] = []
            at += len(text) + len(JOINT)
        for m in matches:
            if m.offset < 0:
                continue
            i = _paragraph_of(starts, m.offset)
            key, text = batch[i]
            if m.offset - starts[i] < len(text):  # a match on the joint itself belongs to no paragraph
                fresh[key].append(stored_match(m, starts[i], len(text)))
        store.put_many(fresh)
        answers.update(fresh)
    return answers


def _batches(items: list[tuple[str, str]]):
    batch: list[tuple[str, str]] = []
    size = 0
    for item in items:
        if batch and size + len(item[1]) > BATCH_CHARS:
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += len(item[1]) + len(JOINT)
    if batch:
        yield batch


def _paragraph_of(starts: list[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)

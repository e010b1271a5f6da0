"""Plain-text structure: front matter, paragraphs, sentences and quotation marks, as offsets."""
from __future__ import annotations

import re
from typing import Any, NamedTuple

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def front_matter(text: str) -> tuple[dict[str, Any], int, str | None]:
    """(fields, offset where the body starts, error or None) of a ``---`` YAML front matter block."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0, None
    import yaml  # only documents that have front matter pay for the import

    try:
        data = yaml.safe_load(m.group(1) or "")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return {}, m.end(), f"front matter is not valid YAML{where}: {problem}"
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return {}, m.end(), "front matter is not a mapping of keys to values"
    return {str(k): v for k, v in data.items()}, m.end(), None


_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")


def paragraph_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Spans of blank-line separated blocks, stripped of surrounding whitespace."""
    spans = []
    pos = start
    for m in _BLANK_LINES.finditer(text, start):
        _add_stripped(text, pos, m.start(), spans)
        pos = m.end()
    _add_stripped(text, pos, len(text), spans)
    return spans


def _add_stripped(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a < b:
        out.append((a, b))


# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st jr sr gen col lt sgt capt cmdr adm rep sen gov pres rev hon
    vs etc e.g i.e cf al approx no nos fig inc co corp ltd bros dept est univ assn
    jan feb mar apr jun jul aug sep sept oct nov dec mt ft op vol pp ed eds""".split()
)
_SENTENCE_END = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s)|\n""")
_OPENER = re.compile(r"""\s*["'“‘(\[]*[A-Z0-9À-ÖØ-Þ]""")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans in one paragraph. Heuristic, abbreviation-aware; line breaks end
    a sentence unless the line looks hard-wrapped (long and not ended by punctuation)."""
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if m.group() == "\n":
            line_start = text.rfind("\n", 0, m.start()) + 1
            if m.start() - line_start >= 50 and text[m.start() - 1 : m.start()].isalnum() | (text[m.start() - 1 : m.start()] in ",;:-–"):
                continue
            end = m.start()
        else:
            if not _OPENER.match(text, end):
                continue
            if m.group().startswith(".") and _is_abbreviation(text, m.start() + 1):
                continue
        _add_stripped(text, start, end, spans)
        start = end
    _add_stripped(text, start, len(text), spans)
    return spans


def _is_abbreviation(text: str, dot_end: int) -> bool:
    w = _WORD_BEFORE.search(text, max(0, dot_end - 12), dot_end)
    if not w:
        return False
    word = w.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. Smith"
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        return True  # "U.S." "e.g."
    return word.lower().lstrip(".") in _ABBREVIATIONS


class QuoteSpan(NamedTuple):
    start: int
    end: int
    open_at: int
    close_at: int | None


_OPEN_MARKS = "“«„"
_CLOSE_MARKS = "”»"


def quotation_spans(text: str) -> list[QuoteSpan]:
    """Double-quoted passages in one paragraph, including unclosed ones (``close_at`` None).

    Curly marks and guillemets have a direction; a straight ``"`` opens when it stands
    before a word and closes when it stands after one.
    """
    out: list[QuoteSpan] = []
    open_at: int | None = None
    n = len(text)
    for i, ch in enumerate(text):
        if ch == '"':
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < n else " "
            opens_word = (before.isspace() or before in "([—–-/") and not after.isspace()
            if open_at is not None and not opens_word:
                out.append(_closed(text, open_at, i))
                open_at = None
            elif open_at is not None:
                out.append(_unclosed(text, open_at, i))
                open_at = i
            elif not (before.isalnum() and (after.isspace() or after in ".,;:!?")):
                open_at = i
        elif ch in _OPEN_MARKS:
            if open_at == i - 1 and text[open_at] == ch:
                open_at = i  # a doubled mark (`““`) opens one quotation
                continue
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < n else " "
            if open_at is not None and not before.isspace() and (after.isspace() or after in ".,;:!?)"):
                # An opening mark typed where the closing one belongs: `“best in town“ and`.
                out.append(_closed(text, open_at, i))
                open_at = None
                continue
            if open_at is not None:
                out.append(_unclosed(text, open_at, i))
            open_at = i
        elif ch in _CLOSE_MARKS and open_at is not None:
            out.append(_closed(text, open_at, i))
            open_at = None
    if open_at is not None:
        out.append(_unclosed(text, open_at, n))
    return out


def _closed(text: str, open_at: int, close_at: int) -> QuoteSpan:
    return QuoteSpan(open_at + 1, close_at, open_at, close_at)


def _unclosed(text: str, open_at: int, stop: int) -> QuoteSpan:
    end = stop
    while end > open_at + 1 and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(open_at + 1, end, open_at, None)


def first_non_space(text: str) -> int:
    return len(text) - len(text.lstrip())

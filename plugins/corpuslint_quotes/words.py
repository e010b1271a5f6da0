"""Word tokens with character offsets, for quotations (with elisions and brackets) and whole texts."""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple

# A word: letters/digits, with inner apostrophes (don't, O'Neill) or, for numbers, inner
# separators (1,000  3.5  10:30). Punctuation and quotation marks are never words, which makes
# edge punctuation and mark style (straight or curly) invisible to the comparison.
_WORD = re.compile(r"\d+(?:[.,:]\d+)*(?:[^\W_]+)?|[^\W_]+(?:['’][^\W_]+)*")
# In a whole text a word may hold an editor's bracket ("[W]e", "govern[ment]"): one word.
_TEXT_WORD = re.compile(r"(?:[^\W_]+\[[^\W_]{1,12}\][^\W_]*|\[[^\W_]{1,3}\][^\W_]+)(?:['’][^\W_]+)*|" + _WORD.pattern)
_ELISION = re.compile(r"\.\s?\.\s?\.|…")
_BRACKET = re.compile(r"\[[^\]\n]{0,120}\]")
_CUT = "\x02"   # stands for an elision


class Token(NamedTuple):
    """One word: its comparison form and where it stands in the document text."""

    norm: str
    start: int
    end: int


def norm(word: str) -> str:
    """Comparison form of a word: case, apostrophe style and inner brackets do not count."""
    word = word.lower().replace("’", "'")
    return word.replace("[", "").replace("]", "") if "[" in word else word


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Every word of ``text``, with offsets shifted by ``offset``."""
    return [Token(norm(m.group()), offset + m.start(), offset + m.end()) for m in _TEXT_WORD.finditer(text)]


class QuotedWords(NamedTuple):
    """The words of one quotation, split into fragments at elisions.

    ``bracketed[f][i]`` is true when word ``i`` of fragment ``f`` stands inside an editor's
    ``[brackets]``: such words may stand for other source words, or for none.
    """

    fragments: list[list[Token]]
    bracketed: list[list[bool]]

    @property
    def words(self) -> list[Token]:
        return [t for frag in self.fragments for t in frag]


def quoted_words(text: str, offset: int = 0) -> QuotedWords:
    """Words of a quotation's text, with the editor's marks (elisions, brackets) recognised.

    A bracket inside a word (``[T]he``, ``govern[ment]``) only loses its bracket characters;
    the words of a bracket standing alone (``[the senator]``, ``[sic]``) are flagged as
    bracketed. ``[...]`` is an elision.
    """
    chars: list[str] = []
    offs: list[int] = []
    flags: list[bool] = []
    pos = 0
    for m in _BRACKET.finditer(text):
        _copy(text, pos, m.start(), offset, chars, offs, flags, False)
        inner = m.group()[1:-1]
        attached = (m.start() > 0 and text[m.start() - 1].isalnum()) or (m.end() < len(text) and text[m.end()].isalnum())
        if _ELISION.fullmatch(inner.strip()):
            chars.append(_CUT), offs.append(offset + m.start()), flags.append(False)
        elif attached and inner.strip() and " " not in inner.strip():
            _copy(text, m.start() + 1, m.end() - 1, offset, chars, offs, flags, False)
        else:
            chars.append(" "), offs.append(offset + m.start()), flags.append(False)
            _copy(text, m.start() + 1, m.end() - 1, offset, chars, offs, flags, True)
            chars.append(" "), offs.append(offset + m.end() - 1), flags.append(False)
        pos = m.end()
    _copy(text, pos, len(text), offset, chars, offs, flags, False)
    clean = _ELISION.sub(lambda m: _CUT * len(m.group()), "".join(chars))

    fragments: list[list[Token]] = [[]]
    bracketed: list[list[bool]] = [[]]
    for m in re.finditer(f"{_WORD.pattern}|{_CUT}+", clean):
        g = m.group()
        if g[0] == _CUT:
            if fragments[-1]:
                fragments.append([]), bracketed.append([])
        else:
            fragments[-1].append(Token(norm(g), offs[m.start()], offs[m.end() - 1] + 1))
            bracketed[-1].append(any(flags[m.start():m.end()]))
    if not fragments[-1] and len(fragments) > 1:
        fragments.pop(), bracketed.pop()
    return QuotedWords(fragments, bracketed)


def _copy(text: str, a: int, b: int, offset: int, chars: list[str], offs: list[int], flags: list[bool],
          flag: bool) -> None:
    chars.extend(text[a:b])
    offs.extend(range(offset + a, offset + b))
    flags.extend([flag] * (b - a))


class Segments:
    """Where a text's stretches of one kind change: paragraph breaks and quotation marks.

    Two words are in the same segment when no paragraph break or quotation mark stands
    between them; the source's quotations are then whole segments.
    """

    def __init__(self, boundaries: list[int]) -> None:
        self.bounds = sorted(set(boundaries))

    def of(self, offset: int) -> int:
        return bisect.bisect_right(self.bounds, offset)


def quote_end(doc, q) -> int:
    """Where a quotation's words end. A quotation never closed is taken to end with its line:
    an unbalanced mark must not swallow the rest of the paragraph."""
    if q.close_at is not None:
        return q.close_at
    nl = doc.text.find("\n", q.open_at, q.end)
    end = q.end if nl < 0 else nl
    while end > q.start and doc.text[end - 1].isspace():
        end -= 1
    return end


def segments(doc) -> Segments:
    """Segments of a corpuslint Document's body."""
    bounds = [p.start for p in doc.paragraphs]
    for q in doc.quotations:
        bounds.append(q.open_at)
        bounds.append(quote_end(doc, q))
    return Segments(bounds)


_SINGLE = re.compile(r"(?<![^\s(\[—–-])[‘'](?=[^\W_])([^\n]*?[^\s‘'])[’'](?=[\s.,;:!?)\]—–-]|$)")


def single_quoted(doc) -> list:
    """Passages in single quotation marks (‘…’ or '…', the British style), as Quotations.

    An apostrophe at the end of a word ("the students' union") may end a passage early;
    the passages serve to find quoted words, never to report on them.
    """
    from corpuslint import Quotation

    out = []
    for p in doc.paragraphs:
        for m in _SINGLE.finditer(p.text):
            a = p.start + m.start()
            out.append(Quotation(a + 1, p.start + m.end() - 1, m.group(1), a, p.start + m.end() - 1))
    return out


def quoted_mask(doc, toks: list[Token]) -> list[bool]:
    """For each token of ``doc``, whether it stands inside quotation marks (double or single)."""
    spans = sorted([(q.open_at, quote_end(doc, q)) for q in doc.quotations]
                   + [(q.open_at, q.close_at) for q in single_quoted(doc)])
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [a for a, _ in merged]
    out = []
    for t in toks:
        i = bisect.bisect_right(starts, t.start) - 1
        out.append(i >= 0 and merged[i][0] <= t.start < merged[i][1])
    return out


# Function words: a match made only of these says nothing about where words came from.
FUNCTION_WORDS = frozenset(
    """a an the and or but if then than that this these those there here of to in on at by for
    from with without into onto about as is are was were be been being am do does did done have
    has had having will would shall should can could may might must not no nor so too very it
    its it's he she they them their his her him we us our you your i me my mine what which who
    whom whose when where why how all any some such only also just more most other said says
    say one s t""".split()
)

"""A document's words, names and sentence boundaries as the MT detectors need them (one pass, cached)."""
from __future__ import annotations

import re
from collections import Counter
from functools import cached_property
from itertools import filterfalse
from typing import NamedTuple

from corpuslint import Document

#: A word: letters, with internal apostrophes (``don't``, ``Merkel's``).
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Text that is not prose and must never be judged as words: URLs, domains, e-mail addresses,
# hashtags, @handles, file paths and snake_case identifiers. Found from a rare anchor character
# (fast), then judged on the whole whitespace-delimited chunk around it.
_TLD = re.compile(r"\.(?:com|org|net|gov|edu|mil|int|co|uk|io|info|biz|tv|me|ly|ng|in|au|ca|de|fr|es|it|nl|ru|ua|eu|us)\b")
_ANCHOR = re.compile(r"[@#/\\_]|www\.|" + _TLD.pattern)
_PROTECTED_CHUNK = re.compile(
    r"""(?:https?://|ftp://|www\.)\S+"""             # URLs
    r"""|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"""              # e-mail addresses
    r"""|[#@][^\W_][\w.-]*"""                       # hashtags, handles, @domains
    r"""|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}(?:/\S*)?"""   # domains
    r"""|\S*[_/\\]\S*[_/\\]\S*|\w+_\w+"""             # paths and identifiers
)
# Punctuation that never belongs to a word (apostrophes and hyphens do, inside words).
_PUNCT_TO_SPACE = str.maketrans({c: " " for c in "\"“”‘()[]{}<>.,;:!?*…–—/\\|"})
_EDGE = "\"'“”‘’()[]{}<>.,;:!?*…-–—/\\|"
_EDGE_PUNCT = "\"'“”‘’()[]{}<>.,;:!?"


#: A word outside the spelling dictionary still counts as English above this Zipf frequency.
UNKNOWN_MAX_ZIPF = 3.5
_HONORIFICS = frozenset("Mr Mrs Ms Dr Prof Sir Lady Lord President Minister Judge".split())
_SENTENCE_START_BEFORE = frozenset(".!?:;…\n")
_OPENERS = frozenset(" \t\"“‘'([«„*-–—•")


def mask(text: str) -> str:
    """``text`` with protected spans (URLs, e-mails, hashtags, handles...) blanked, offsets kept."""
    if not any(c in text for c in "@#/\\_") and "www." not in text and not _TLD.search(text):
        return text  # the common case, decided by fast scans in C
    pieces, last = [], 0
    for m in _ANCHOR.finditer(text):
        if m.start() < last:
            continue
        a = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        b = len(text)
        for sep in (" ", "\n", "\t"):
            k = text.find(sep, m.end())
            if k != -1 and k < b:
                b = k
        while a < b and text[a] in _EDGE_PUNCT:
            a += 1
        while b > a and text[b - 1] in _EDGE_PUNCT:
            b -= 1
        if a < last or not _PROTECTED_CHUNK.fullmatch(text, a, b):
            continue
        pieces.append(text[last:a])
        pieces.append(" " * (b - a))
        last = b
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _continues_word(text: str, i: int) -> bool:
    """True when a word does not end before ``text[i]`` (a letter, digit, or "'s")."""
    if i >= len(text):
        return False
    c = text[i]
    return c.isalnum() or (c in "'’" and i + 1 < len(text) and text[i + 1].isalpha())


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c in "'’_"


class Quote(NamedTuple):
    """A quotation: ``open_at`` and ``close_at`` are the marks' offsets (None: never closed)."""

    open_at: int
    close_at: int | None
    line_end: int


_QUOTE_MARK = re.compile('["“”«»„]')


class Text:
    """Words and positions of one document, computed lazily and shared by every MT detector."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.start = doc.body_start
        self.masked = mask(doc.text)
        self._occurrences: dict[str, list[tuple[int, int]]] = {}
        self._titles: dict[int, bool] = {}

    @cached_property
    def counts(self) -> dict[str, int]:
        """How often each word form occurs in the body (case kept)."""
        # Punctuation to spaces, split and count: all in C. Only chunks that are not plain
        # letters (hyphenated, with apostrophes or digits) are looked at in Python.
        counts = Counter(self.masked[self.start:].translate(_PUNCT_TO_SPACE).split())
        for chunk in list(filterfalse(str.isalpha, counts)):
            n = counts.pop(chunk)
            for w in WORD.findall(chunk):
                counts[w] += n
        return counts

    @cached_property
    def unknown(self) -> set[str]:
        """Lower-cased words of the document that are not English words."""
        from corpuslint_mt.lexicon import load

        # Not in symspellpy's spelling dictionary, and rare in wordfreq's web text (which also
        # holds frequent slips such as "onthe" or "informa").
        zipf = load().zipf
        return {w for w in self.not_in_dictionary if zipf[w] < UNKNOWN_MAX_ZIPF}

    @cached_property
    def not_in_dictionary(self) -> set[str]:
        """Lower-cased words of the document that symspellpy's English dictionary lacks."""
        from corpuslint_mt.lexicon import load

        unigram = load().unigram
        return {w for w in set(map(str.lower, self.counts)) if unigram[w] is None}

    def forms_of(self, low: str) -> list[str]:
        """The forms of lower-case ``low`` the document uses: lower, Capitalised, UPPER."""
        counts = self.counts
        return [f for f in dict.fromkeys((low, low[:1].upper() + low[1:], low.upper())) if f in counts]

    def lower_count(self, word: str) -> int:
        """Occurrences of ``word`` in any of its casings (lower, Capitalised, UPPER)."""
        get = self.counts.get
        low = word.lower()
        title = low[:1].upper() + low[1:]
        upper = low.upper()
        n = get(low, 0)
        if title != low:
            n += get(title, 0)
        if upper != title:
            n += get(upper, 0)
        return n

    def occurrences(self, word: str) -> list[tuple[int, int]]:
        """Spans of ``word`` as a whole word (exact case) in the body."""
        found = self._occurrences.get(word)
        if found is None:
            text, n, found = self.masked, len(word), []
            i = text.find(word, self.start)
            while i != -1:
                if (i == 0 or not _is_word_char(text[i - 1])) and not _continues_word(text, i + n):
                    found.append((i, i + n))
                i = text.find(word, i + n)
            self._occurrences[word] = found
        return found

    def in_title(self, pos: int) -> bool:
        """True when ``pos`` is on a headline-like line (most words capitalised, or all capitals)."""
        text = self.masked
        start = text.rfind("\n", 0, pos) + 1
        found = self._titles.get(start)
        if found is None:
            end = text.find("\n", pos)
            line = text[start:end if end != -1 else len(text)]
            words = [w for w in WORD.findall(line) if len(w) > 3]
            caps = sum(1 for w in words if w[0].isupper())
            found = bool(words) and len(line) <= 200 and (caps >= max(2, 0.6 * len(words)) or line.isupper())
            self._titles[start] = found
        return found

    def paragraph_end(self, pos: int) -> int:
        """Where the paragraph holding ``pos`` ends: at a blank line, or at a line break unless
        the line looks hard-wrapped (long, and not ended by sentence punctuation)."""
        text = self.masked
        line_start = text.rfind("\n", 0, pos) + 1
        while True:
            j = text.find("\n", pos)
            if j == -1:
                return len(text)
            line = text[line_start:j].rstrip()
            wrapped = len(line) >= 50 and (line[-1:].isalnum() or line[-1:] in ",;-–")
            if not wrapped or text[j + 1:j + 2] in ("\n", ""):
                return j
            pos = line_start = j + 1

    def quotations(self) -> list[Quote]:
        """Double-quoted passages per line-paragraph, found from the quote marks alone (fast).

        Same reading of straight and curly marks as ``Document.quotations``; a paragraph here
        also ends at a line break that is not hard wrapping, since many corpora keep one
        paragraph per line without blank lines.
        """
        out: list[Quote] = []
        text = self.masked
        open_at: int | None = None
        line_end = -1
        for m in _QUOTE_MARK.finditer(text, self.start):
            i, ch = m.start(), m.group()
            if i > line_end:
                if open_at is not None:
                    out.append(Quote(open_at, None, line_end))
                    open_at = None
                line_end = self.paragraph_end(i)
            if ch == '"':
                before = text[i - 1] if i else " "
                after = text[i + 1] if i + 1 < len(text) else " "
                opens_word = (before.isspace() or before in "([—–-/") and not after.isspace()
                if open_at is not None and not opens_word:
                    out.append(Quote(open_at, i, line_end))
                    open_at = None
                elif open_at is not None:
                    out.append(Quote(open_at, None, line_end))
                    open_at = i
                elif not (before.isalnum() and (after.isspace() or after in ".,;:!?")):
                    open_at = i
            elif ch in "“«„":
                if open_at is not None:
                    out.append(Quote(open_at, None, line_end))
                open_at = i
            elif open_at is not None:
                out.append(Quote(open_at, i, line_end))
                open_at = None
        if open_at is not None:
            out.append(Quote(open_at, None, line_end))
        return out

    def sentence_initial(self, pos: int) -> bool:
        """True when the word at ``pos`` starts a sentence, line or quotation."""
        text = self.masked
        i = pos - 1
        while i >= self.start and text[i] in _OPENERS:
            i -= 1
        return i < self.start or text[i] in _SENTENCE_START_BEFORE

    def mid_sentence_count(self, word: str) -> int:
        """How often ``word`` (exact case) occurs where its capital is not explained by position."""
        return sum(1 for a, _ in self.occurrences(word)
                   if not self.sentence_initial(a) and not self.in_title(a))

    def standalone_name_count(self, word: str, determiners: frozenset[str] = frozenset(),
                              numbered: bool = True) -> tuple[int, int]:
        """Mid-sentence occurrences of capitalised ``word`` not next to another capitalised word
        (nor before a number, unless ``numbered``), and how many of those follow one of
        ``determiners``."""
        n = det = 0
        for a, b in self.occurrences(word):
            if self.sentence_initial(a) or self.in_title(a):
                continue
            prev, nxt = self.previous_word(a), self.next_word(b)
            if prev is not None and prev[2][0].isupper() and prev[2] not in _HONORIFICS:
                continue
            if nxt is not None and nxt[2][0].isupper():
                continue
            if not numbered and self.masked[b:b + 2].strip()[:1].isdigit():
                continue  # "Channel 4", "Terminal 5": a numbered thing, not a name
            n += 1
            if prev is not None and prev[2].lower() in determiners:
                det += 1
        return n, det

    def previous_word(self, pos: int) -> tuple[int, int, str] | None:
        """The word just before ``pos`` on the same line, separated only by spaces."""
        i = pos - 1
        text = self.masked
        while i >= self.start and text[i] in " \t":
            i -= 1
        if i < self.start or i == pos - 1 or not (text[i].isalpha()):
            return None
        j = i
        while j > self.start and (text[j - 1].isalpha() or text[j - 1] in "'’"):
            j -= 1
        return j, i + 1, text[j:i + 1]

    def next_word(self, pos: int) -> tuple[int, int, str] | None:
        """The word just after ``pos`` on the same line, separated only by spaces."""
        m = _NEXT.match(self.masked, pos)
        return (m.start(1), m.end(1), m.group(1)) if m else None


_NEXT = re.compile(r"[ \t]+(" + WORD.pattern + r")")

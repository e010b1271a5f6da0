"""Quotation-level alignment: the source passage each quotation comes from, and the word-level differences."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from corpuslint_quotes import words
from corpuslint_quotes.words import Token


class TextIndex:
    """A text's words, with an inverted index (word -> positions) and their segments."""

    def __init__(self, toks: list[Token], segs: list[int], key=lambda t: t.norm) -> None:
        self.toks = toks
        self.keys = [key(t) for t in toks]
        self.segs = segs
        self.where: dict[str, list[int]] = defaultdict(list)
        for i, k in enumerate(self.keys):
            self.where[k].append(i)

    def __len__(self) -> int:
        return len(self.toks)

    def candidates(self, keys: list[str], lo: int = 0, hi: int | None = None, top: int = 5,
                   band: int = 3) -> list[int]:
        """Start positions where ``keys`` most likely align (votes along diagonals, smoothed)."""
        hi = len(self.toks) if hi is None else hi
        # Frequent words ("the") vote everywhere and only slow the count: let the rarer words
        # of the quotation vote, unless it has too few of them.
        hits = [(i, self.where[k]) for i, k in enumerate(keys) if k in self.where]
        rare = [(i, ps) for i, ps in hits if len(ps) <= 12]
        if len(rare) >= min(3, len(hits)):
            hits = rare
        votes: Counter[int] = Counter()
        for i, ps in hits:
            for p in ps:
                if lo <= p < hi:
                    votes[p - i] += 1
        if not votes:
            return []
        # Votes on the exact diagonal count most (a verbatim run); nearby ones count too, so
        # that a word added or dropped does not split the vote.
        score: Counter[int] = Counter()
        for d, v in votes.items():
            score[d] += 2 * v
            for e in range(d - band, d + band + 1):
                score[e] += v
        best = sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))
        out: list[int] = []
        for d, _ in best:
            if all(abs(d - o) > band for o in out):
                out.append(d)
            if len(out) == top:
                break
        return out


def source_index(src) -> TextIndex:
    """Index of a source Document's body."""
    toks = words.tokens(src.body, src.body_start)
    segs = words.segments(src)
    return TextIndex(toks, [segs.of(t.start) for t in toks])


@dataclass
class Diff:
    """One difference between a quotation and its source passage.

    ``kind`` is ``changed``, ``added`` (words the source does not have), ``dropped`` (source
    words left out), ``spliced`` (words taken from another, separate passage) or
    ``unsourced`` (a fragment between elisions found nowhere in the source).
    ``here`` / ``there`` are token ranges in the quotation fragment / the source index.
    """

    kind: str
    here: tuple[int, int]
    there: tuple[int, int]
    other: tuple[int, int] | None = None   # the other passage of a splice (source token range)


@dataclass
class FragmentMatch:
    toks: list[Token]
    window: tuple[int, int]          # source token range [start, end)
    matched: int                     # words equal to the source, in order
    longest: int                     # longest run of equal words
    diffs: list[Diff] = field(default_factory=list)
    excused: int = 0                 # bracketed words that stand for no source words


@dataclass
class QuoteMatch:
    """How one quotation of the document lines up with the source."""

    quote: object                    # corpuslint Quotation
    fragments: list[FragmentMatch]
    nwords: int

    @property
    def matched(self) -> int:
        return sum(f.matched for f in self.fragments) + sum(
            d.here[1] - d.here[0] for f in self.fragments for d in f.diffs if d.kind == "spliced")

    @property
    def coverage(self) -> float:
        return self.matched / self.nwords if self.nwords else 0.0

    @property
    def longest(self) -> int:
        return max((f.longest for f in self.fragments), default=0)

    @property
    def diffs(self) -> list[tuple[FragmentMatch, Diff]]:
        return [(f, d) for f in self.fragments for d in f.diffs]


def _best_window(index: TextIndex, keys: list[str], lo: int = 0, hi: int | None = None):
    """(start, end, matched, longest, blocks) of the source window that best matches ``keys``."""
    n = len(keys)
    best = None
    for d in index.candidates(keys, lo, hi):
        a = max(lo, d - 4)
        b = min(len(index) if hi is None else hi, d + n + 4)
        if a >= b:
            continue
        sm = SequenceMatcher(None, keys, index.keys[a:b], autojunk=False)
        blocks = [blk for blk in sm.get_matching_blocks() if blk.size]
        # A word or two matched far from the rest ("the" of another sentence) is a stray.
        while len(blocks) > 1 and blocks[0].size <= 2 and _gap(blocks[0], blocks[1]) >= 4:
            blocks.pop(0)
        while len(blocks) > 1 and blocks[-1].size <= 2 and _gap(blocks[-2], blocks[-1]) >= 4:
            blocks.pop()
        if not blocks:
            continue
        matched = sum(blk.size for blk in blocks)
        longest = max(blk.size for blk in blocks)
        start = a + blocks[0].b
        end = a + blocks[-1].b + blocks[-1].size
        # Most words in order, then the longest verbatim run, then the tightest window.
        if best is None or (matched, longest, start - end) > (best[2], best[3], best[0] - best[1]):
            best = (start, end, matched, longest, blocks)
    return best


def _gap(x, y) -> int:
    """Words between two matching blocks, on the side where they are farther apart."""
    return max(y.a - (x.a + x.size), y.b - (x.b + x.size))


def _extend(index: TextIndex, start: int, end: int, before: int, after: int) -> tuple[int, int]:
    """Widen a window by up to ``before``/``after`` words, without leaving its segment."""
    seg_a, seg_b = index.segs[start], index.segs[end - 1]
    while before and start > 0 and index.segs[start - 1] == seg_a:
        start, before = start - 1, before - 1
    while after and end < len(index) and index.segs[end] == seg_b:
        end, after = end + 1, after - 1
    return start, end


def match_fragment(index: TextIndex, toks: list[Token], bracketed: list[bool], lo: int = 0) -> FragmentMatch | None:
    """Align one elision-free run of quoted words with its best source window, and diff them."""
    # The editor's [bracketed] words do not help to find the passage ("in" of "[in 2016]"
    # would pull the window astray): they take part only in the final word diff.
    keys = [t.norm if not b else "\x00" for t, b in zip(toks, bracketed)]
    # After an elision, prefer the passage that follows the previous part, unless another
    # passage holds more of the words (the previous part may have matched too late).
    found = _best_window(index, keys, lo) if lo else None
    anywhere = _best_window(index, keys)
    if anywhere is not None and (found is None or anywhere[2] > found[2]):
        found = anywhere
    if found is None:
        return None
    start, end, _, _, blocks = found
    n = len(keys)
    lead = blocks[0].a
    trail = n - (blocks[-1].a + blocks[-1].size)
    # Three or more words before the first / after the last equal word that stand elsewhere
    # in the source: a second passage joined on. Fewer, or found nowhere: probably changed
    # words, paired with the neighbouring source words (same segment).
    splices: list[Diff] = []
    first, last = 0, n
    other = _elsewhere(index, keys[n - trail:], (start, end)) if trail >= 3 else None
    if other is not None:
        splices.append(Diff("spliced", (n - trail, n), (end, end), other))
        last, trail = n - trail, 0
    other = _elsewhere(index, keys[:lead], (start, end)) if lead >= 3 else None
    if other is not None:
        splices.append(Diff("spliced", (0, lead), (start, start), other))
        first, lead = lead, 0
    start, end = _extend(index, start, end, lead, trail)
    # Bracketed words may repeat a source word ("[the] crossing") or stand for none ("take
    # [the campaign] the concerns"): diff both ways, keep the reading with fewer differences.
    real = [t.norm for t in toks]
    readings = [_diff(real, bracketed, first, last, index, start, end),
                _diff(keys, bracketed, first, last, index, start, end)]
    fm = min(readings, key=lambda f: sum(d.here[1] - d.here[0] + d.there[1] - d.there[0] for d in f.diffs))
    fm.toks = toks
    for d in fm.diffs:
        if d.kind in ("added", "changed") and d.here[1] - d.here[0] >= 3:
            other = _elsewhere(index, keys[d.here[0]:d.here[1]], fm.window)
            if other is not None:
                d.kind, d.other = "spliced", other
    fm.diffs = sorted(fm.diffs + splices, key=lambda d: d.here)
    return fm


def _diff(keys, bracketed, first, last, index, start, end) -> FragmentMatch:
    """Word differences between ``keys[first:last]`` and the source window ``start..end``."""
    n = len(keys)
    ops = SequenceMatcher(None, keys[first:last], index.keys[start:end], autojunk=False).get_opcodes()
    matched = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    longest = max((i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal"), default=0)
    fm = FragmentMatch([], (start, end), matched, longest)
    for tag, i1, i2, j1, j2 in ops:
        i1, i2 = i1 + first, i2 + first
        if tag == "equal":
            continue
        if tag in ("replace", "delete") and all(bracketed[i1:i2]):
            fm.excused += i2 - i1   # the editor's [words], standing for source words or for none
            continue
        if tag == "insert" and ((i1 > 0 and bracketed[i1 - 1]) or (i1 < n and bracketed[i1])):
            continue                # source words the editor's [words] replace
        kind = {"replace": "changed", "delete": "added", "insert": "dropped"}[tag]
        fm.diffs.append(Diff(kind, (i1, i2), (start + j1, start + j2)))
    return fm


def _elsewhere(index: TextIndex, keys: list[str], window: tuple[int, int]) -> tuple[int, int] | None:
    """Where else in the source ``keys`` stand, almost verbatim, outside ``window``; None if nowhere."""
    found = _best_window(index, keys)
    if found is None:
        return None
    start, end, matched, longest, _ = found
    outside = end <= window[0] or start >= window[1]
    return (start, end) if outside and matched >= 0.8 * len(keys) and longest >= 3 else None


def match_quotation(doc, index: TextIndex, quote) -> QuoteMatch:
    """Align every fragment of a quotation (fragments are separated by elisions)."""
    qw = words.quoted_words(doc.text[quote.start:words.quote_end(doc, quote)], quote.start)
    frags: list[FragmentMatch] = []
    lo = 0
    for toks, bracketed in zip(qw.fragments, qw.bracketed):
        if all(bracketed):
            continue   # only the editor's words ("[Sanders] ... he said"): nothing to compare
        fm = match_fragment(index, toks, bracketed, lo)
        if fm is None or fm.matched < 0.5 * len(toks):
            # Words found nowhere in the source (an elision may join any passages, so a
            # fragment is judged on its own).
            fm = FragmentMatch(toks, (0, 0), 0, 0, [Diff("unsourced", (0, len(toks)), (0, 0))])
        else:
            lo = fm.window[1]
        frags.append(fm)
    return QuoteMatch(quote, frags, sum(len(f.toks) - f.excused for f in frags))


# One document is checked by QT001 and QT003 in turn: align it once.
_CACHE: dict[tuple, list[QuoteMatch]] = {}


def match_document(doc, src) -> list[QuoteMatch]:
    """Every quotation of ``doc`` aligned with ``src`` (cached for the last few pairs)."""
    key = (doc.id, doc.digest, src.id, src.digest)
    if key not in _CACHE:
        if len(_CACHE) > 8:
            _CACHE.clear()
        index = index_of(src)
        _CACHE[key] = [match_quotation(doc, index, q) for q in doc.quotations]
    return _CACHE[key]


_INDEXES: dict[tuple, TextIndex] = {}


def index_of(src) -> TextIndex:
    """The source's word index, kept for the next document derived from the same source."""
    key = (src.id, src.digest)
    if key not in _INDEXES:
        if len(_INDEXES) > 256:
            _INDEXES.clear()
        _INDEXES[key] = source_index(src)
    return _INDEXES[key]

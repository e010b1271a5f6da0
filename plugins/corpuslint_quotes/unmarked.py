"""Words the source quotes that the document uses as plain prose (quotation marks lost)."""
from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from corpuslint_quotes import words
from corpuslint_quotes.align import TextIndex


def stem(t: words.Token) -> str:
    """A crude stem, so that a translation's ``negotiating`` still meets ``negotiation``."""
    w = t.norm
    if len(w) > 3 and w.endswith("s"):
        w = w[:-1]
    return w[:5]


@dataclass(frozen=True)
class Unmarked:
    """Prose words ``start..end`` of the document match source quotation ``source_quote``."""

    start: int
    end: int
    source_quote: object   # corpuslint Quotation of the source
    matched: int
    quote_words: int


def prose_index(doc) -> TextIndex:
    """The document's words outside quotation marks; a segment ends at every quotation or paragraph."""
    toks = words.tokens(doc.body, doc.body_start)
    mask = words.quoted_mask(doc, toks)
    segs = words.segments(doc)
    keep = [(t, segs.of(t.start)) for t, quoted in zip(toks, mask) if not quoted]
    return TextIndex([t for t, _ in keep], [s for _, s in keep], key=stem)


_SOURCE_PROSE: dict[tuple, TextIndex] = {}


def _source_prose(src) -> TextIndex:
    """The source's prose index, kept for the next document derived from the same source."""
    key = (src.id, src.digest)
    if key not in _SOURCE_PROSE:
        if len(_SOURCE_PROSE) > 256:
            _SOURCE_PROSE.clear()
        _SOURCE_PROSE[key] = prose_index(src)
    return _SOURCE_PROSE[key]


def find_unmarked(doc, src, *, min_words: int = 5, min_density: float = 0.6) -> list[Unmarked]:
    """Source quotations of ``min_words`` or more whose words recur, in order, in ``doc``'s prose."""
    prose = prose_index(doc)
    if not len(prose):
        return []
    src_prose = _source_prose(src)
    found: list[Unmarked] = []
    for q in list(src.quotations) + words.single_quoted(src):
        qtoks = words.tokens(src.text[q.start:words.quote_end(src, q)], q.start)
        if len(qtoks) < min_words:
            continue
        keys = [stem(t) for t in qtoks]
        best = None
        for d in prose.candidates(keys):
            a, b = max(0, d - 5), min(len(prose), d + len(keys) + 5)
            for run in _runs(keys, prose, a, b):
                if best is None or run[0] > best[0]:
                    best = run
        if best is None:
            continue
        matched, content, (i1, i2), (j1, j2) = best
        density = matched / max(i2 - i1, j2 - j1)
        # A quotation of just ``min_words`` words may lose one of them to rewording.
        need = min(min_words, len(keys) - 1) if len(keys) <= min_words else min_words
        enough = matched >= need and (matched >= 0.5 * len(keys) or matched >= 2 * min_words)
        if enough and density >= min_density and content >= 2 and not _also_prose(src_prose, prose, j1, j2):
            found.append(Unmarked(prose.toks[j1].start, prose.toks[j2 - 1].end, q, matched, len(keys)))
    return _dedupe(found)


def _runs(keys: list[str], prose: TextIndex, a: int, b: int):
    """Clusters of equal words (gaps of at most 3 words, one prose segment): (matched, content
    words matched, quote range, prose range)."""
    blocks = [blk for blk in SequenceMatcher(None, keys, prose.keys[a:b], autojunk=False).get_matching_blocks()
              if blk.size]
    cluster: list = []
    for blk in blocks + [None]:
        if cluster and (blk is None or blk.a - (cluster[-1].a + cluster[-1].size) > 3
                        or blk.b - (cluster[-1].b + cluster[-1].size) > 3
                        or prose.segs[a + blk.b] != prose.segs[a + cluster[-1].b]):
            first, last = cluster[0], cluster[-1]
            matched = sum(c.size for c in cluster)
            content = sum(1 for c in cluster for k in range(c.size)
                          if prose.toks[a + c.b + k].norm not in words.FUNCTION_WORDS)
            yield matched, content, (first.a, last.a + last.size), (a + first.b, a + last.b + last.size)
            cluster = []
        if blk is not None:
            cluster.append(blk)


def _also_prose(src_prose: TextIndex, prose: TextIndex, j1: int, j2: int) -> bool:
    """Whether the source itself has these words outside quotation marks (a headline that
    repeats a quotation, say): then the document lost no marks."""
    keys = prose.keys[j1:j2]
    for d in src_prose.candidates(keys, top=3):
        a, b = max(0, d - 5), min(len(src_prose), d + len(keys) + 5)
        sm = SequenceMatcher(None, keys, src_prose.keys[a:b], autojunk=False)
        if sum(blk.size for blk in sm.get_matching_blocks()) >= 0.8 * len(keys):
            return True
    return False


def _dedupe(found: list[Unmarked]) -> list[Unmarked]:
    """One finding per stretch of prose: the source quotation that matches it best."""
    out: list[Unmarked] = []
    for u in sorted(found, key=lambda u: (-u.matched, u.start)):
        if all(u.end <= o.start or u.start >= o.end for o in out):
            out.append(u)
    return sorted(out, key=lambda u: u.start)

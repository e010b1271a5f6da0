"""Source discovery: per-document fingerprints, a rare-word candidate search, sentence alignment, direction."""
from __future__ import annotations

import bisect
import functools
import gc
import math
import re
import zlib
from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, NamedTuple

if TYPE_CHECKING:
    from corpuslint.document import Document, Span

# Function words carry no evidence of copying: every English text has them.
_STOP = frozenset("""
a about above after again against all almost also although am among an and another any are
around as at away back be became because become been before being below between both but by
can could did do does doing done down during each either else even ever every few for from
further get gets got had has have having he her here hers herself him himself his how however
i if in into is it its itself just least less like made make many may me might more most much
must my myself neither no nor not now of off often on once one only onto or other others our
ours ourselves out over own per quite rather same say said says she should since so some still
such than that the their theirs them themselves then there these they this those though through
thus to too toward towards under until up upon us very was we well were what whatever when
where whether which while who whom whose why will with within without would yet you your yours
yourself yourselves
""".split())
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_QUOTED, _NAME = 1, 2  # flag bits kept in the two low bits of each term hash
_PREFIX = 5  # truncation stemming: "negotiate", "negotiating", "negotiations" -> "negot"


def _stem(word: str) -> str | None:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if any(c.isdigit() for c in w):
        return w.replace(",", "")
    w = w.replace(".", "").replace("-", "")
    if len(w) < 3 or w in _STOP:
        return None
    return w[:_PREFIX]


_HASHES: dict[str, int] = {}  # word -> term hash (0: not a content word); words repeat a lot


def _term(word: str) -> int:
    h = _HASHES.get(word)
    if h is None:
        st = _stem(word)
        h = 0 if st is None else (zlib.crc32(st.encode("utf-8", "surrogatepass")) & 0xFFFFFFFC) or 4
        if len(_HASHES) < 500_000:
            _HASHES[word] = h
    return h


def sentence_terms(doc: Document, spans=None) -> list[dict[int, int]]:
    """For each sentence, its content terms: ``{hash: flags}`` (flags: quoted, name or number).

    A term is quoted when every occurrence in the sentence lies inside quotation marks.
    """
    spans = doc.sentences if spans is None else spans
    quotes = [(q.start, q.end) for q in doc.quotations]
    qk, nq = 0, len(quotes)
    text = doc.text
    out = []
    for s in spans:
        terms: dict[int, int] = {}
        first = True
        for m in _WORD.finditer(text, s.start, s.end):
            word = m.group()
            initial, first = first, False
            h = _term(word)
            if not h:
                continue
            pos = m.start()
            while qk < nq and quotes[qk][1] <= pos:
                qk += 1
            quoted = _QUOTED if qk < nq and quotes[qk][0] <= pos else 0
            c = word[0]
            name = _NAME if c.isdigit() or (c.isupper() and not initial) else 0
            old = terms.get(h)
            terms[h] = (quoted | name) if old is None else ((old & quoted) | (old & _NAME) | name)
        out.append(terms)
    return out


# -- what phase 1 keeps per document ---------------------------------------------------------
_CREDIT = re.compile(
    r"^\W*(?:sources?|via|credits?|originally (?:published|appeared)|republished|adapted from|"
    r"translated from|this (?:article|story) (?:was|first))\b|contributed to this (?:report|article|story)|"
    r"^\W*https?://\S+\W*$", re.IGNORECASE)
_DATE_KEYS = ("date", "published", "pubdate", "created", "time")


@dataclass
class Fingerprint:
    """What discovery needs of one document, small and picklable: term hashes per sentence."""

    terms: array  # hashes (with flag bits) of every sentence, concatenated
    ends: array  # end index in ``terms`` of each sentence
    date: str = ""
    credit: str = ""  # the document's credit lines, lower-cased (empty when none)
    names: tuple[str, ...] = ()  # how others may credit this document: url, title, author, publisher

    def sentences(self) -> list[dict[int, int]]:
        out, start = [], 0
        terms = self.terms
        for end in self.ends:
            out.append({terms[k] & ~3: terms[k] & 3 for k in range(start, end)})
            start = end
        return out


# Discovery needs sentences and quotations only roughly, and for every document of the corpus:
# two regular expressions are much faster than the full structure of Document.
_BOUNDARY = re.compile(r"""[.!?…]+["'”’)\]]*\s+|\n""")
_QUOTE = re.compile(r"""["“„«]([^"“”„«»\n]{1,2000}?)["”»“]""")


def _boundaries(text: str, start: int) -> list[int]:
    """Ends of rough sentences: after . ! ? and at line breaks, except inside a hard-wrapped
    paragraph (a long line that stops on a letter, digit or comma)."""
    out = []
    for m in _BOUNDARY.finditer(text, start):
        if m.group() == "\n":
            a = m.start()
            line_start = text.rfind("\n", 0, a) + 1
            if a - line_start >= 50 and a > 0 and (text[a - 1].isalnum() or text[a - 1] in ",;:-–"):
                continue
        out.append(m.end())
    return out


def _rough_terms(text: str, start: int) -> list[dict[int, int]]:
    bounds = _boundaries(text, start)
    bounds.append(len(text) + 1)
    quotes = [(m.start(1), m.end(1)) for m in _QUOTE.finditer(text, start)]
    nq = len(quotes)
    out: list[dict[int, int]] = []
    terms: dict[int, int] = {}
    bi, qk, first = 0, 0, True
    nb = bounds[0]
    term = _term
    for m in _WORD.finditer(text, start):
        pos = m.start()
        if pos >= nb:
            if terms:
                out.append(terms)
                terms = {}
            first = True
            while bounds[bi] <= pos:
                bi += 1
            nb = bounds[bi]
        word = m.group()
        initial, first = first, False
        h = term(word)
        if not h:
            continue
        while qk < nq and quotes[qk][1] <= pos:
            qk += 1
        quoted = _QUOTED if qk < nq and quotes[qk][0] <= pos else 0
        c = word[0]
        flags = quoted | (_NAME if c.isdigit() or (c.isupper() and not initial) else 0)
        old = terms.get(h)
        terms[h] = flags if old is None else ((old & flags & _QUOTED) | ((old | flags) & _NAME))
    if terms:
        out.append(terms)
    return out


def fingerprint(doc: Document) -> Fingerprint:
    """The phase-1 fingerprint of ``doc`` (computed in a worker)."""
    terms, ends = array("I"), array("I")
    for sentence in _rough_terms(doc.text, doc.body_start):
        terms.extend(h | f for h, f in sentence.items())
        ends.append(len(terms))
    meta = doc.metadata or {}
    date = next((str(meta[k]) for k in _DATE_KEYS if meta.get(k)), "")
    lines = [ln.strip() for ln in doc.body.split("\n") if ln.strip()]
    edge = lines[:3] + lines[-6:] if len(lines) > 9 else lines
    credit = " | ".join(ln for ln in edge if len(ln) < 300 and _CREDIT.search(ln)).lower()
    names = tuple(str(meta[k]).strip().lower() for k in ("url", "title", "author", "publisher", "site")
                  if isinstance(meta.get(k), (str, int)) and len(str(meta[k]).strip()) >= 4)
    return Fingerprint(terms, ends, date, credit, names)


# -- verification: aligning sentences in order --------------------------------------------------
class Match(NamedTuple):
    i: int  # sentence of the derived document
    j: int  # first sentence of the source window
    score: float


_MIN_TERMS = 4  # shorter sentences (headings, datelines) prove nothing


class Indexed:
    """A document's sentence terms with their inverted index (built once, used in many pairs)."""

    __slots__ = ("sentences", "postings", "quoted", "_reversed")

    def __init__(self, sentences: list[dict[int, int]]) -> None:
        self.sentences = sentences
        postings: dict[int, list[int]] = defaultdict(list)
        quoted: dict[int, set[int]] = defaultdict(set)
        for j, sent in enumerate(sentences):
            for h, f in sent.items():
                postings[h].append(j)
                if f & _QUOTED:
                    quoted[h].add(j)
        self.postings = dict(postings)
        self.quoted = dict(quoted)
        self._reversed: Indexed | None = None

    def reversed(self) -> Indexed:
        """The document read backwards (built once: a document is checked in several pairs)."""
        if self._reversed is None:
            self._reversed = Indexed(self.sentences[::-1])
        return self._reversed


def window_matches(a: list[dict[int, int]] | Indexed, b: list[dict[int, int]] | Indexed,
                   idf: dict[int, float] | None, *, window: int = 3, top: int = 3, min_score: float = 0.2,
                   skip_shared_quotes: bool = True, specific: bool = True) -> dict[int, list[Match]]:
    """For each countable sentence of ``a``, the best windows of ``window`` sentences of ``b``.

    The score is the weighted share of the sentence's terms found in the window (at most 1):
    a paraphrase keeps names, numbers and many content words, in the same sentence or its
    neighbours. A term weighs ``idf[h]`` (1 when ``idf`` is None), names and numbers 1.5
    times as much. With ``specific``, a term weighs less the more sentences of either
    document hold it: the story's recurring names say "same topic", a term found once on
    each side says "this sentence comes from that one". Terms quoted on both sides are left
    out when ``skip_shared_quotes``: two articles quoting one public statement are not copies.
    """
    a = a if isinstance(a, Indexed) else Indexed(a)
    b = b if isinstance(b, Indexed) else Indexed(b)
    b_post, b_quoted, a_post = b.postings, b.quoted, a.postings
    sqrt = math.sqrt
    out: dict[int, list[Match]] = {}
    for i, sent in enumerate(a.sentences):
        if len(sent) < _MIN_TERMS:
            continue
        total = 0.0
        acc: dict[int, float] = defaultdict(float)
        for h, f in sent.items():
            plist = b_post.get(h)
            w = idf[h] if idf is not None else 1.0
            if f & _NAME:
                w *= 1.5
            if specific:
                w /= sqrt(len(a_post[h]) * (len(plist) if plist else 1))
            total += w
            if not plist:
                continue
            if skip_shared_quotes and f & _QUOTED and h in b_quoted:
                skip = b_quoted[h]
                for j in plist:
                    if j not in skip:
                        acc[j] += w
            else:
                for j in plist:
                    acc[j] += w
        if not acc:
            out[i] = []
            continue
        scores: dict[int, float] = defaultdict(float)
        for j, v in acc.items():  # a window starting at j - k holds sentence j
            for start in range(max(0, j - window + 1), j + 1):
                scores[start] += v
        limit = min_score * total
        best = sorted(((v, j) for j, v in scores.items() if v >= limit), reverse=True)[:top]
        out[i] = [Match(i, j, min(1.0, v / total)) for v, j in best]
    return out


def in_order(matches: dict[int, list[Match]]) -> list[Match]:
    """The longest chain of matches with derived sentences increasing and source windows not
    decreasing (patience sorting): the derived document follows its source in order."""
    points = sorted((m for ms in matches.values() for m in ms), key=lambda m: (m.i, -m.j))
    tails: list[int] = []  # smallest last j of a chain of each length
    ends: list[int] = []  # index in points of that chain's last match
    back: list[int] = []
    for k, m in enumerate(points):
        pos = bisect.bisect_right(tails, m.j)
        # one match per derived sentence: points of the same i come in decreasing j, so a
        # later one cannot extend a chain ending at the same i
        if pos == len(tails):
            tails.append(m.j)
            ends.append(k)
        else:
            tails[pos] = m.j
            ends[pos] = k
        back.append(ends[pos - 1] if pos else -1)
    chain = []
    k = ends[-1] if ends else -1
    while k >= 0:
        chain.append(points[k])
        k = back[k]
    return chain[::-1]


@dataclass
class PairEvidence:
    share: float  # share of the derived document's countable sentences aligned in order
    aligned: int
    countable: int
    lost_quotes: int  # aligned terms quoted in the source, plain in the derived document
    coverage: float  # mean share of an aligned sentence's terms found in its source window
    best_share: float = 0.0  # the share when each sentence may use only its best window

    @property
    def strength(self) -> float:
        return self.share * self.coverage


def verify(a: list[dict[int, int]] | Indexed, b: list[dict[int, int]] | Indexed, idf: dict[int, float] | None,
           min_score: float = 0.2, top: int = 3) -> PairEvidence:
    """How much of ``a`` follows ``b`` sentence by sentence (``top`` windows tried per sentence)."""
    a = a if isinstance(a, Indexed) else Indexed(a)
    b = b if isinstance(b, Indexed) else Indexed(b)
    matches = window_matches(a, b, idf, min_score=min_score, top=top)
    countable = len(matches)
    chain = in_order(matches)
    lost = 0
    covered = 0.0
    for m in chain:
        covered += m.score
        window: dict[int, int] = {}
        for sent in b.sentences[m.j:m.j + 3]:
            for h, f in sent.items():
                window[h] = window.get(h, _QUOTED) & f  # quoted only if quoted wherever it occurs
        lost += sum(1 for h, f in a.sentences[m.i].items() if not f & _QUOTED and window.get(h, 0) & _QUOTED)
    n = len(chain)
    best_only = len(in_order({i: ms[:1] for i, ms in matches.items()}))
    return PairEvidence(n / countable if countable else 0.0, n, countable, lost, covered / n if n else 0.0,
                        best_only / countable if countable else 0.0)


# -- fluency: a cue of last resort for the direction -------------------------------------------
_PLAIN_WORD = re.compile(r"(?<![\w'’\-])[a-z]{3,}(?![\w'’\-])")


@functools.cache
def _known_words() -> frozenset[str] | dict[str, float]:
    """A general English word list (wordfreq's), loaded on first use: only when a discovered
    pair is left undecided by every other cue."""
    try:
        import wordfreq
    except ImportError:  # pragma: no cover - a declared dependency
        return frozenset()
    return wordfreq.get_frequency_dict("en", wordlist="best")


def unknown_words(text: str) -> tuple[int, int]:
    """(lower-case words of 3+ letters that a general English word list does not know, all
    such words). Machine translation and round trips through it leave words glued together
    or split apart, untranslated and garbled; edited writing has few such words. Names and
    numbers are left out (capitals, digits)."""
    known = _known_words()
    words = _PLAIN_WORD.findall(text)
    return sum(1 for w in words if w not in known), len(words)


# -- the corpus-wide search -----------------------------------------------------------------------
@dataclass
class Found:
    """A discovered relation: ``derived`` follows ``source``; ``direction`` says why (or ``""``)."""

    derived: str
    source: str
    share: float
    aligned: int
    countable: int
    direction: str  # the cues that decided it, or "" when undecided
    strength: float = 0.0  # share x coverage: which of several candidate sources fits best


@dataclass
class Discovery:
    """Phase-1 accumulator in the main process: fingerprints in, source relations out."""

    min_shared: float = 0.4
    #: Mean share of an aligned sentence's (weighted) terms found in its source window:
    #: same-topic writing aligns many sentences loosely, copies and paraphrases closely.
    min_coverage: float = 0.35
    #: How much larger the aligned share must be than against the source read backwards.
    min_order: float = 0.2
    rare_df: int = 12  # terms in at most this many documents are all indexed
    rare_terms: int = 24  # and at least this many of each document's rarest terms
    max_df: int = 60  # terms in more documents than this never suggest a pair
    per_doc: int = 6  # candidate pairs verified per document, best first
    pair_budget: float = 1.0  # candidate pairs verified per document of the corpus, at most
    min_rare: float = 0.3  # share of a document's probe terms a candidate source must hold
    #: Documents that follow both of a pair (and one of them clearly more closely) before
    #: that one counts as the original: at least this many, and twice as many as the other way.
    min_third: int = 3
    #: Fluency decides a pair no other cue decides: the document with at least this many more
    #: unknown words (and at least twice the rate of the other) is the copy.
    min_unknown: int = 3
    #: Gives the text of a document by its id, for the fluency cue (None: no fluency cue).
    text_of: Callable[[str], str | None] | None = None
    #: Scores how garbled a text reads (a plugin's ``corpuslint_fluency``; None: none installed).
    #: The copy is the document scoring at least ``min_garble`` more than the other, and
    #: at least twice as much.
    garble_of: Callable[[str], float | None] | None = None
    min_garble: float = 1.0
    ids: list[str] = field(default_factory=list)
    prints: list[Fingerprint] = field(default_factory=list)
    df: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    _idf: dict[int, float] = field(default_factory=dict, repr=False)
    _unknown: dict[int, tuple[int, int] | None] = field(default_factory=dict, repr=False)
    _garble: dict[int, float | None] = field(default_factory=dict, repr=False)

    def add(self, doc_id: str, fp: Fingerprint) -> None:
        self.ids.append(doc_id)
        if len(self.ids) % 1000 == 0:
            # Fingerprints live until the end of phase 1: move them out of the cyclic
            # collector's sight, or each collection rescans all of them (quadratic time).
            gc.freeze()
        self.prints.append(fp)
        df = self.df
        for h in set(t & ~3 for t in fp.terms):
            df[h] += 1

    @property
    def idf(self) -> dict[int, float]:
        """Rarer terms weigh more: the inverse document frequency of every term."""
        if len(self._idf) != len(self.df):
            n = len(self.ids)
            self._idf = {h: math.log(1.0 + n / c) for h, c in self.df.items()}
        return self._idf

    # candidates ------------------------------------------------------------------------
    def candidates(self) -> list[tuple[int, int]]:
        """Pairs of documents where one holds many of the other's rarest terms (names,
        numbers, unusual words).

        Each document probes with its terms found in 2 to ``rare_df`` documents, and at
        least its ``rare_terms`` rarest terms found elsewhere (in at most ``max_df``
        documents); a document that holds ``min_rare`` of them is a candidate source. A copy
        or an excerpt holds nearly all of them, a paraphrase many. Rare terms have short
        posting lists, so the work grows with the corpus, not with its square.
        """
        df, cap, k, rare = self.df, self.max_df, self.rare_terms, self.rare_df
        probes: list[list[int]] = []
        wanted: set[int] = set()
        for fp in self.prints:
            counts = sorted((df[h], h) for h in {t & ~3 for t in fp.terms} if 2 <= df[h] <= cap)
            chosen = [h for c, h in counts if c <= rare]
            if len(chosen) < k:
                chosen = [h for _, h in counts[:k]]
            probes.append(chosen)
            wanted.update(chosen)
        postings: dict[int, list[int]] = defaultdict(list)
        for d, fp in enumerate(self.prints):
            for h in {t & ~3 for t in fp.terms}:
                if h in wanted:
                    postings[h].append(d)
        ranked: dict[tuple[int, int], float] = {}
        for d, chosen in enumerate(probes):
            held: dict[int, int] = defaultdict(int)
            for h in chosen:
                for e in postings[h]:
                    held[e] += 1
            held.pop(d, None)
            need = max(3, self.min_rare * len(chosen))
            best = sorted(((c, e) for e, c in held.items() if c >= need), reverse=True)[: self.per_doc]
            for c, e in best:
                key = (min(d, e), max(d, e))
                ranked[key] = max(ranked.get(key, 0.0), c / len(chosen))
        # A budget linear in the corpus: the more documents on one topic, the more pairs pass
        # the bar by topic alone; verify the best-supported ones.
        budget = max(500, int(self.pair_budget * len(self.prints)))
        best_pairs = sorted(ranked, key=lambda k: (-ranked[k], k))[:budget]
        return sorted(best_pairs)

    # the whole search -------------------------------------------------------------------------
    def run(self, skip: set[str] = frozenset()) -> list[Found]:
        """Every derived document's best source among the corpus, decided or not."""
        # The cyclic garbage collector would rescan every fingerprint again and again while
        # verification allocates its short-lived dicts: a quarter of the time at 8,000
        # documents, growing faster than the corpus. Nothing here makes reference cycles.
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self._run(skip)
        finally:
            if enabled:
                gc.enable()

    def _run(self, skip: set[str]) -> list[Found]:
        relations: list[Found] = []
        idf = self.idf
        cache: dict[int, Indexed] = {}  # pairs come sorted: a document recurs soon

        def sentences(d: int) -> Indexed:
            if d not in cache:
                if len(cache) >= 256:
                    del cache[next(iter(cache))]
                cache[d] = Indexed(self.prints[d].sentences())
            return cache[d]

        pairs: list[tuple[int, int, PairEvidence, PairEvidence]] = []
        fit: dict[tuple[int, int], float] = {}  # (derived, source) -> strength, for pairs that fit
        for a, b in self.candidates():
            sa, sb = sentences(a), sentences(b)
            ab = verify(sa, sb, idf)  # a derived from b?
            ba = verify(sb, sa, idf)
            if not (self._fits(ab) or self._fits(ba)):
                continue
            # Chance: documents on one topic align some sentences whatever their order. The
            # best-window alignment against the source read backwards estimates how many; a
            # derived document must follow its source in order clearly better than that.
            if self._fits(ab) and not self._ordered(ab, sa, sb):
                ab.share = 0.0
            if self._fits(ba) and not self._ordered(ba, sb, sa):
                ba.share = 0.0
            if not (self._fits(ab) or self._fits(ba)):
                continue
            pairs.append((a, b, ab, ba))
            if self._fits(ab):
                fit[a, b] = ab.strength
            if self._fits(ba):
                fit[b, a] = ba.strength
        followers: dict[int, dict[int, float]] = defaultdict(dict)  # source -> {derived: strength}
        for (d, s), v in fit.items():
            followers[s][d] = v
        for a, b, ab, ba in pairs:
            found = self._direction(a, b, ab, ba, self._third_documents(a, b, followers))
            if found is not None:
                relations.append(found)
        return self._choose(relations, skip)

    def _third_documents(self, a: int, b: int, followers: dict[int, dict[int, float]]) -> int:
        """> 0 when the other documents that follow both ``a`` and ``b`` mostly follow ``b``
        more closely (< 0: ``a``). Copies of one original each keep different parts of it and
        word it differently: each matches the original better than it matches a sibling, and
        a sibling that copied nearly everything still loses a few words to paraphrase."""
        votes_a = votes_b = 0
        fa, fb = followers.get(a, {}), followers.get(b, {})
        for c in (fa.keys() & fb.keys()) - {a, b}:
            # Near ties abstain: a verbatim copy matches third documents as well as its original.
            if fb[c] > 1.03 * fa[c]:
                votes_b += 1
            elif fa[c] > 1.03 * fb[c]:
                votes_a += 1
        if votes_b >= self.min_third and votes_b >= 2 * votes_a:
            return 1
        if votes_a >= self.min_third and votes_a >= 2 * votes_b:
            return -1
        return 0

    def _ordered(self, e: PairEvidence, a: Indexed, b: Indexed) -> bool:
        return e.best_share - verify(a, b.reversed(), self.idf, top=1).share >= self.min_order

    def _fits(self, e: PairEvidence) -> bool:
        return e.share >= self.min_shared and e.coverage >= self.min_coverage

    def _direction(self, a: int, b: int, ab: PairEvidence, ba: PairEvidence, third: int = 0) -> Found | None:
        """Which of ``a`` and ``b`` is the original; "" when the cues disagree or are absent."""
        fa, fb = self.prints[a], self.prints[b]
        votes, why = 0, []  # > 0: a derives from b

        def vote(n: int, reason: str) -> None:
            nonlocal votes
            votes += n
            why.append(reason)

        if fa.date and fb.date and fa.date != fb.date:
            vote(10 if fa.date > fb.date else -10, "dates")
        named_a = any(name in fa.credit for name in fb.names)
        named_b = any(name in fb.credit for name in fa.names)
        if named_a != named_b:
            vote(6 if named_a else -6, "credit names the source")
        elif bool(fa.credit) != bool(fb.credit):
            vote(2 if fa.credit else -2, "credit line")
        if third:
            vote(2 * third, "third documents follow it")
        if ab.lost_quotes >= 3 and ab.lost_quotes >= 3 * ba.lost_quotes:
            vote(1, "quotation marks lost")
        elif ba.lost_quotes >= 3 and ba.lost_quotes >= 3 * ab.lost_quotes:
            vote(-1, "quotation marks lost")
        # Copies drop more than they add: the document contained in the other is the copy
        # (fewer of its sentences, or fewer of each sentence's words, are missing there).
        if abs(ab.share - ba.share) >= 0.2:
            vote(1 if ab.share > ba.share else -1, "contained in the other")
        elif abs(ab.coverage - ba.coverage) >= 0.05:
            vote(1 if ab.coverage > ba.coverage else -1, "its words contained in the other")
        if votes == 0:
            fluency = self._fluency(a, b)
            if fluency:
                vote(fluency, "the other reads more fluently")
        reason = ", ".join(why)

        def found(d: int, s: int, e: PairEvidence, why: str) -> Found:
            return Found(self.ids[d], self.ids[s], e.share, e.aligned, e.countable, why, e.strength)

        if votes > 0 and self._fits(ab):
            return found(a, b, ab, reason)
        if votes < 0 and self._fits(ba):
            return found(b, a, ba, reason)
        if votes == 0:
            return found(a, b, ab, "") if ab.strength >= ba.strength else found(b, a, ba, "")
        return None  # the likely copy shares too little with the likely original

    def _unknown_words(self, d: int) -> tuple[int, int] | None:
        if d not in self._unknown:
            text = self.text_of(self.ids[d]) if self.text_of is not None else None
            self._unknown[d] = unknown_words(text) if text else None
        return self._unknown[d]

    def _fluency(self, a: int, b: int) -> int:
        """1 when ``a`` reads clearly less fluently than ``b`` (more words no English word list
        knows: a garbled or machine-translated copy), -1 the other way round, 0 otherwise."""
        if self.text_of is None:
            return 0
        ua, ub = self._unknown_words(a), self._unknown_words(b)
        if not ua or not ub or not ua[1] or not ub[1]:
            return 0
        rate_a, rate_b = ua[0] / ua[1], ub[0] / ub[1]
        if ua[0] - ub[0] >= self.min_unknown and rate_a >= 2 * rate_b:
            return 1
        if ub[0] - ua[0] >= self.min_unknown and rate_b >= 2 * rate_a:
            return -1
        # Then a plugin's judgement of the whole text (MT001's garble score: glued words, a/an
        # slips, lower-cased names, foreign function words, odd word choices).
        ga, gb = self._garble_score(a), self._garble_score(b)
        if ga is None or gb is None:
            return 0
        if ga - gb >= self.min_garble and ga >= 2 * gb:
            return 1
        if gb - ga >= self.min_garble and gb >= 2 * ga:
            return -1
        return 0

    def _garble_score(self, d: int) -> float | None:
        if self.garble_of is None:
            return None
        if d not in self._garble:
            text = self.text_of(self.ids[d]) if self.text_of is not None else None
            self._garble[d] = self.garble_of(text) if text else None
        return self._garble[d]

    @staticmethod
    def _choose(relations: list[Found], skip: set[str]) -> list[Found]:
        """One source per derived document (the best aligned); undecided pairs only when no
        decided relation explains them."""
        # Siblings (two copies of one original) fit each other almost as well as the original
        # does: among the candidates within 10% of the best fit, prefer one that derives from
        # nothing, then the one that more documents derive from.
        options: dict[str, list[Found]] = defaultdict(list)
        fan_in: dict[str, int] = defaultdict(int)
        for f in relations:
            if f.direction and f.derived not in skip:
                options[f.derived].append(f)
                fan_in[f.source] += 1
        decided: dict[str, Found] = {}
        for d, fs in options.items():
            top = max(f.strength for f in fs)
            near = [f for f in fs if f.strength >= 0.9 * top]
            decided[d] = min(near, key=lambda f: (-fan_in[f.source], f.source in options, -f.strength, f.source))
        out = list(decided.values())
        linked = set(decided) | {f.source for f in decided.values()}
        for f in relations:
            if f.direction:
                continue
            if f.derived in decided or f.source in decided or f.derived in skip or f.source in skip:
                continue
            if f.derived in linked and f.source in linked:
                continue
            out.append(f)
        return sorted(out, key=lambda f: (f.derived, f.source))


# -- public alignment -----------------------------------------------------------------------------
def align(derived: Document, source: Document, min_score: float = 0.3) -> list[tuple[Span, Span, float]]:
    """Align the sentences of ``derived`` with those of ``source``, in order.

    Returns ``(derived_sentence, source_sentence, score)`` triples sorted by the derived
    sentence, where each element is a :class:`corpuslint.document.Span` and ``score`` in
    [0, 1] is the weighted share of the derived sentence's content words (names and numbers
    count more) found in the source sentence. Sentences are paired in order (a monotone
    alignment maximising the total score); a source sentence may pair with two derived
    sentences (a split), a derived sentence with at most one source sentence. Quoted words
    count like any others, so a quotation that lost its marks still aligns.
    """
    ds, ss = derived.sentences, source.sentences
    a, b = sentence_terms(derived, ds), sentence_terms(source, ss)
    matches = window_matches(a, b, None, window=1, top=4, min_score=min_score,
                             skip_shared_quotes=False, specific=False)
    points = sorted((m for ms in matches.values() for m in ms), key=lambda m: (m.i, m.j))
    # Weighted longest chain with i strictly and j weakly increasing (points are few).
    best: list[float] = []
    prev: list[int] = []
    for k, p in enumerate(points):
        top, arg = 0.0, -1
        for q in range(k):
            r = points[q]
            if r.i < p.i and r.j <= p.j and best[q] > top:
                top, arg = best[q], q
        best.append(top + p.score)
        prev.append(arg)
    if not best:
        return []
    k = max(range(len(best)), key=best.__getitem__)
    chain = []
    while k >= 0:
        chain.append(points[k])
        k = prev[k]
    return [(ds[m.i], ss[m.j], round(m.score, 3)) for m in reversed(chain)]

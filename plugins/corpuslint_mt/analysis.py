"""One document's MT signals, computed once and shared by every MT rule that checks it."""
from __future__ import annotations

from corpuslint import Document

from corpuslint_mt import grammar, names, quotes, words
from corpuslint_mt import signals as S
from corpuslint_mt.lexicon import Lexicon, load
from corpuslint_mt.text import Text

# Which detectors produce each kind of signal.
_DETECTORS = {
    S.GLUED: (words.glued_words,),
    S.SPLIT: (words.split_words,),
    S.NAME_CASE: (names.name_casing,),
    S.NAME_SPELLING: (words.glued_words, names.name_spelling),
    S.FOREIGN: (grammar.foreign_words,),
    S.ARTICLE: (grammar.articles,),
    S.POSSESSIVE: (names.possessives,),
    S.HYPHEN: (grammar.hyphen_spacing,),
    S.QUOTE_OPEN: (quotes.quotations,),
    S.QUOTE_SWAP: (quotes.quotations,),
}
KINDS = tuple(_DETECTORS)
#: Documents where fewer of the words are English words are another language: no MT signal.
#: (English news: 0.80-0.99; French, Spanish or German prose: 0.25-0.35.)
ENGLISH_MIN_SHARE = 0.6


class Analysis:
    """The text of one document and the signals of the detectors asked for so far."""

    def __init__(self, doc: Document, lex: Lexicon | None = None) -> None:
        self.doc = doc
        self.lex = lex or load()
        self.text = Text(doc)
        self._done: dict[object, list[S.Signal]] = {}
        self._english: bool | None = None

    def signals(self, *kinds: str) -> list[S.Signal]:
        """Signals of the given kinds (all kinds when none is given), in text order, deduplicated."""
        kinds = kinds or KINDS
        if not self.english:
            return []  # another language: its words are not English artefacts
        out: dict[tuple[str, int, int], S.Signal] = {}
        for kind in kinds:
            for det in _DETECTORS[kind]:
                found = self._done.get(det)
                if found is None:
                    found = self._done[det] = det(self.text, self.lex)
                for s in found:
                    if s.kind == kind:
                        out.setdefault((s.kind, s.start, s.end), s)
        return sorted(out.values(), key=lambda s: (s.start, s.end, s.kind))


    @property
    def english(self) -> bool:
        """True when most of the document's words are English words (it is English prose)."""
        if self._english is None:
            text = self.text
            total = sum(text.counts.values())
            foreign = sum(map(text.lower_count, text.not_in_dictionary))
            self._english = total < 20 or total - foreign >= ENGLISH_MIN_SHARE * total
        return self._english


# Rules check one document after another in the same process: the last document's analysis
# is kept so that the second, third... MT rule reuses it instead of starting again.
_last: list = [None, None]


def analyse(doc: Document) -> Analysis:
    """The (shared) analysis of ``doc``; loads the language data on first use."""
    if _last[0] is doc:
        return _last[1]
    found = Analysis(doc)
    _last[0], _last[1] = doc, found
    return found

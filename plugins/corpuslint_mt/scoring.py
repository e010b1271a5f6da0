"""The garble score: per-line signals, fluency and LanguageTool density combined per sentence and per document."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from corpuslint import Document

from corpuslint_mt import signals as S
from corpuslint_mt.analysis import Analysis, analyse
from corpuslint_mt.lexicon import Lexicon

#: Weight of each artefact in the scores (an occurrence of the kind counts this much).
#: Article slips and unclosed quotation marks also occur in careful human writing: they weigh less.
WEIGHTS: dict[str, float] = {
    S.GLUED: 1.0, S.SPLIT: 1.0, S.NAME_CASE: 1.0, S.NAME_SPELLING: 1.0, S.FOREIGN: 1.0,
    S.ARTICLE: 0.5, S.POSSESSIVE: 1.0, S.HYPHEN: 0.5, S.QUOTE_OPEN: 0.5, S.QUOTE_SWAP: 1.0,
}
#: Words added to a document's length when artefacts are turned into a rate, so that one slip
#: in a short text does not look like a garbled one.
LENGTH_PRIOR = 500
#: The document score at or above which MT001 reports the document.
THRESHOLD = 2.5
#: Sentence-level weights of the lexical features, chosen on MLQE-PE dev (benchmarks/mt_mlqe.py
#: --tune; each feature's own AUROC is printed there): the rarest content word (odd lexical
#: choices), repeated words, the share of function words (neural MT pads with "of the"), commas
#: per word, lower-case words English does not know, and unseen bigrams among frequent words
#: (the bigram language model: near chance on neural MT, kept with a small weight for the
#: word-for-word literal translations it does catch). LanguageTool's matches per word, when
#: configured, and the artefacts of the per-line rules add to the same sum.
FEATURE_WEIGHTS: dict[str, float] = {
    "artefacts": 1.0,
    "rare_word": 3.0,
    "repetition": 9.5,
    "function_words": 8.0,
    "commas": 6.8,
    "unknown_words": 15.6,
    "unseen_bigrams": 0.5,
    "languagetool": 10.0,
}
#: The document score adds this weight times the mean lexical sentence score above the level
#: of clean news, capped at DOC_LEXICAL_CAP: fluency alone never reports a document.
DOC_LEXICAL_WEIGHT = 2.0
DOC_LEXICAL_BASELINE = 5.5
DOC_LEXICAL_CAP = 1.5
DOC_LEXICAL_MIN_SENTENCES = 10
# Two words are "frequent" (eligible for the bigram test) above this log10 probability.
_FREQUENT_LOGP = -6.0
_PUNCT = str.maketrans({c: " " for c in "\"“”‘’()[]{}<>,;:!?*…–—/\\|."})


@dataclass(frozen=True)
class SentenceScore:
    """The garble score of one sentence (``doc.text[start:end]``) and what it is made of."""

    start: int
    end: int
    line: int
    score: float
    features: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "line": self.line, "score": round(self.score, 4),
                "features": {k: round(v, 4) for k, v in self.features.items()}}


@dataclass(frozen=True)
class DocumentScore:
    """The garble score of a document: ``score`` is compared with :data:`THRESHOLD`.

    ``counts`` gives the artefacts found by kind, ``words`` the document's length,
    ``sentences`` the per-sentence scores (empty when they were not computed), and
    ``languagetool`` whether LanguageTool's match density was part of the score.
    """

    score: float
    artefact_score: float
    lexical_score: float
    words: int
    counts: dict[str, int]
    sentences: tuple[SentenceScore, ...] = ()
    languagetool: bool = False

    @property
    def garbled(self) -> bool:
        return self.score >= THRESHOLD


def score(doc: Document | str, settings: dict[str, Any] | None = None, *, sentences: bool = True,
          threshold: float = THRESHOLD) -> DocumentScore:
    """The garble score of ``doc`` (a Document or a plain string), per document and per sentence.

    ``settings`` is the ``[languagetool]`` configuration section: when LanguageTool is
    configured there, its match density per sentence is part of the score.
    With ``sentences=False`` the sentence breakdown is computed only when the document
    could reach ``threshold`` (fast path for linting).
    """
    if isinstance(doc, str):
        doc = Document(doc)
    a = analyse(doc)
    found = a.signals()
    counts: dict[str, int] = {}
    for s in found:
        counts[s.kind] = counts.get(s.kind, 0) + 1
    words = sum(a.text.counts.values())
    artefacts = sum(WEIGHTS[s.kind] for s in found)
    artefact_score = 1000.0 * artefacts / (words + LENGTH_PRIOR)
    if not sentences and artefact_score + DOC_LEXICAL_CAP < threshold and not _lt_configured(settings):
        return DocumentScore(artefact_score, artefact_score, 0.0, words, counts)
    density = _lt_density(doc, settings)
    per_sentence = _sentence_scores(a, found, density)
    lexical = 0.0
    if per_sentence:
        mean = sum(s.score - s.features.get("artefacts", 0.0) * FEATURE_WEIGHTS["artefacts"]
                   for s in per_sentence) / len(per_sentence)
        # a mean over a handful of sentences is noise: it counts fully from ten sentences on
        trust = min(1.0, len(per_sentence) / DOC_LEXICAL_MIN_SENTENCES)
        lexical = trust * min(DOC_LEXICAL_CAP, DOC_LEXICAL_WEIGHT * max(0.0, mean - DOC_LEXICAL_BASELINE))
    return DocumentScore(artefact_score + lexical, artefact_score, lexical, words, counts,
                         tuple(per_sentence), density is not None)


def sentence_features(text: str, lex: Lexicon) -> dict[str, float]:
    """The lexical features of one sentence (no artefacts, no LanguageTool), each about 0 to 1."""
    raw = text.split()
    toks = text.lower().translate(_PUNCT).split()
    n = len(toks)
    if n == 0:
        return dict.fromkeys(("rare_word", "repetition", "function_words", "commas", "unknown_words",
                              "unseen_bigrams"), 0.0)
    unigram, bigram, zipf, common = lex.unigram, lex.bigram, lex.zipf, lex.function_words
    eligible = unseen = 0
    for x, y in zip(raw, raw[1:]):
        if not (x[-1:].isalnum() and y[:1].isalnum()):
            continue  # punctuation between the words: not a bigram
        x, y = x.lower().strip("\"'“‘("), y.lower().strip("\"'”’)")
        # Table lookups: unigram[w] is None for a non-word, bigram[k] a bool, zipf[w] 0.0 when absent.
        px, py = unigram[x], unigram[y]
        if px is not None and py is not None and px > _FREQUENT_LOGP and py > _FREQUENT_LOGP:
            eligible += 1
            if not bigram[f"{x} {y}"]:
                unseen += 1
    alpha = [w for w in toks if w.isalpha()]
    content = [zipf[w] for w in alpha if w not in common]
    lower_unknown = sum(1 for w in text.translate(_PUNCT).split() if w.isalpha() and w.islower() and not zipf[w])
    return {
        "rare_word": max(0.0, 5.0 - min(content)) / 5.0 if content else 0.0,
        "repetition": (len(alpha) - len(set(alpha))) / len(alpha) if alpha else 0.0,
        "function_words": sum(1 for w in toks if w in common) / n,
        "commas": text.count(",") / n,
        "unknown_words": lower_unknown / n,
        "unseen_bigrams": unseen / eligible if eligible else 0.0,
    }


def _sentence_scores(a: Analysis, found: list[S.Signal], density: list[float] | None) -> list[SentenceScore]:
    doc, lex = a.doc, a.lex
    sents = doc.sentences
    starts = [s.start for s in sents]
    artefacts = [0.0] * len(sents)
    for s in found:
        i = bisect.bisect_right(starts, s.start) - 1
        if i >= 0:
            artefacts[i] += WEIGHTS[s.kind]
    out = []
    for i, sent in enumerate(sents):
        feats = sentence_features(sent.text, lex)
        feats["artefacts"] = artefacts[i]
        if density is not None and i < len(density):
            feats["languagetool"] = density[i]
        total = sum(FEATURE_WEIGHTS[k] * v for k, v in feats.items())
        out.append(SentenceScore(sent.start, sent.end, doc.position(sent.start).line, total, feats))
    return out


def _lt_configured(settings: dict[str, Any] | None) -> bool:
    return bool(settings) and bool(settings.get("server") or settings.get("local"))


def _lt_density(doc: Document, settings: dict[str, Any] | None) -> list[float] | None:
    """LanguageTool's matches per word per sentence, or None (not installed, not configured, or failing)."""
    if not _lt_configured(settings):
        return None
    try:
        from corpuslint_languagetool import match_density
    except ImportError:
        return None
    try:
        density = match_density(doc, settings)
    except Exception:  # LanguageTool down: the LT rules report it; the score goes on without it
        return None
    return list(density) if density is not None else None

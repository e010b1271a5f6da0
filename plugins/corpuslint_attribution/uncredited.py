"""AT002 uncredited-copy: a document that copies or paraphrases much of its source without crediting it."""
from __future__ import annotations

import re
from collections.abc import Iterator

import corpuslint

from corpuslint_attribution import credit

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def copied_share(derived: corpuslint.Document, source: corpuslint.Document,
                 min_sentence_score: float) -> tuple[float, float, int, int]:
    """(aligned share, verbatim share, aligned sentences, sentences) of ``derived`` against ``source``.

    The aligned share weighs each sentence of the derived document that aligns, in order, with
    a source sentence (``corpuslint.sources.align``; at least ``min_sentence_score`` of its
    content words found there) by its words and by that score: the share of the document's
    words that its source accounts for. Copies and sentence-by-sentence paraphrases both
    align. The verbatim share is the share of its word trigrams found in the source: copying
    word for word.
    """
    from corpuslint.sources import align  # the core's aligner; loaded only when AT002 runs

    sentences = derived.sentences
    total = sum(len(_WORD.findall(s.text)) for s in sentences)
    if not total:
        return 0.0, 0.0, 0, 0
    pairs = align(derived, source, min_score=min_sentence_score)
    aligned = sum(score * len(_WORD.findall(d.text)) for d, _, score in pairs)
    grams = _trigrams(derived.body)
    source_grams = set(_trigrams(source.body))
    verbatim = sum(g in source_grams for g in grams) / len(grams) if grams else 0.0
    return aligned / total, verbatim, len(pairs), len(sentences)


def _trigrams(text: str) -> list[tuple[str, str, str]]:
    words = [w.casefold().replace("’", "'") for w in _WORD.findall(text)]
    return list(zip(words, words[1:], words[2:]))


class UncreditedCopy(corpuslint.Rule):
    """A document that copies or paraphrases a large share of its source and never credits it.

    ## What it does
    For a document with a known source (from the `[sources]` table, `source:` metadata or
    discovery), aligns its sentences with the source's and measures how much of it was taken:
    the *aligned share* (its words in sentences that align, in order, with a source sentence,
    each weighted by the share of its content words found there; copies and paraphrases both
    align) and the *verbatim share* (its word trigrams found in the source). When the
    evidence, aligned share + 2 × verbatim share, reaches ``min-evidence`` (word-for-word
    copying counts double: independent texts on one topic share words, rarely phrases),
    the document must credit its source: name the source's author, publisher, title or URL
    (from the source's metadata or its byline), or carry a credit line (`Source: ...`,
    `via ...`, `originally published by/in ...`, `... contributed to this report`, an agency
    byline such as `(AP)`). One finding per document, at its first line, naming the source
    and the share copied.

    ## Why is this bad?
    Uncredited copies pass someone else's reporting off as original. In a corpus they also
    count one text twice while hiding where it came from, and whatever is wrong in the
    source (errors, bias, licence terms) travels with it unseen.

    ## Example
    Bad:

        A fire closed the old mill on the river road on Monday night.
        Firefighters from three towns fought the blaze until dawn.
        Nobody was hurt, but the roof of the main hall collapsed.
        The owners said they would rebuild the mill within a year.

    Good:

        A fire closed the old mill on the river road on Monday night.
        Firefighters from three towns fought the blaze until dawn.
        Nobody was hurt, but the roof of the main hall collapsed.
        The owners said they would rebuild the mill within a year.
        Source: The Valley Courier.

    (with a source document, e.g. from `[sources]`, that the examples copy; its metadata
    names the publisher ``The Valley Courier``.)

    ## Options
    - ``min-evidence`` (default 0.4): aligned share + 2 × verbatim share from which a
      document counts as a copy.
    - ``min-sentence-score`` (default 0.3): share of a sentence's content words that must be
      found in a source sentence for the two to align.
    - ``min-words`` (default 30): shorter documents are not checked.
    """

    code = "AT002"
    name = "uncredited-copy"
    summary = "document copies a large share of its source without crediting it"
    uses_source = True
    options = {"min-evidence": 0.4, "min-sentence-score": 0.3, "min-words": 30}

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        source = ctx.source(doc)
        if source is None or not doc.lines:
            return
        if len(_WORD.findall(doc.body)) < int(ctx.options.get("min-words", 30)):
            return
        share, verbatim, aligned, sentences = copied_share(
            doc, source, float(ctx.options.get("min-sentence-score", 0.3)))
        evidence = min(1.0, share + 2 * verbatim)
        if evidence < float(ctx.options.get("min-evidence", 0.4)):
            return
        if credit.credited(doc, source) is not None:
            return
        first = next((line for line in doc.lines if line.text.strip()), doc.lines[0])
        yield self.finding(
            doc, first.start, first.end,
            f"{share:.0%} of this document is copied or paraphrased from its source {source.path} "
            f"({aligned} of {sentences} sentences aligned, {verbatim:.0%} word for word) with no credit: "
            f"no mention of the source's author, publisher, title or URL, and no credit line "
            f"(Source: ..., via ..., (AP))",
            related=[source.related(source.body_start, source.body_start, "the source")],
            data={"source": source.path, "share": round(share, 3), "verbatim": round(verbatim, 3)},
        )

"""The QT rules: quotations of a document checked against the words of its source document."""
from __future__ import annotations

from collections.abc import Iterator

import corpuslint
from corpuslint_quotes import align, unmarked, words

_MARKS = '"“”«»„'


def _flat(text: str, limit: int = 14) -> str:
    """One line of at most ``limit`` words (the middle elided)."""
    ws = text.split()
    if len(ws) > limit:
        ws = ws[: limit // 2] + ["…"] + ws[-(limit // 2):]
    return " ".join(ws)


def _slice(doc, toks, i: int, j: int) -> str:
    return doc.text[toks[i].start:toks[j - 1].end] if j > i else ""


class MisquotedSource(corpuslint.Rule):
    """A quotation whose words differ from the passage of the source it quotes.

    ## What it does
    Aligns each quotation of a document with the best-matching passage of its source
    document (found from the `[sources]` table, `source:` metadata or discovery) and compares
    them word by word. The message shows the difference, e.g.
    `source: "in my view" / here: "in my opinion"`, and points at the source passage.
    Words changed, added, left out, and two separate passages joined into one quotation are
    reported. These are not misquotes: straight or curly marks, `...` or `…` elisions,
    `[bracketed]` insertions, the capitalisation of a word, and punctuation at the edges.
    Quotations shorter than `min-words` words are not checked.

    ## Why is this bad?
    Quotation marks promise the speaker's exact words. A reworded quotation (often the
    trace of a translation round trip, or of careless copying) puts words in someone's mouth.

    ## Example
    Source (`originals/talk.txt`):

        "In my view, the bridge must close before winter," the mayor said.

    Bad:

        The mayor said: "In my opinion, the bridge must close before winter."

    Good:

        The mayor said: "in my view, the bridge must close [soon] ..."

    ## Fix safety
    The fix restores the source's wording inside the quotation. It is unsafe: the source
    may be the one in error, and the sentence around the quotation may need rewording too.
    Splices and words found nowhere in the source get no fix.
    """

    code = "QT001"
    name = "misquoted-source"
    summary = "quotation differs from the words of the source"
    uses_source = True
    options = {"min-words": 3, "min-coverage": 0.6}

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        src = ctx.source(doc)
        if src is None:
            return
        index = align.index_of(src)
        for qm in align.match_document(doc, src):
            if (qm.nwords < ctx.options["min-words"] or qm.coverage < ctx.options["min-coverage"]
                    or qm.longest < 2 or not qm.diffs):
                continue
            yield self._finding(doc, src, index, qm)

    def _finding(self, doc, src, index, qm) -> corpuslint.Finding:
        parts, edits, related = [], [], []
        fixable = True
        for fm, d in qm.diffs:
            toks, stoks = fm.toks, index.toks
            if d.kind == "unsourced":
                parts.append(f'not in source: "{_flat(_slice(doc, toks, *d.here))}"')
                fixable = False
                continue
            if d.kind == "spliced":
                pair = [_flat(_slice(src, stoks, *fm.window)), _flat(_slice(src, stoks, *d.other))]
                if d.here[0] == 0:
                    pair.reverse()   # in the order the quotation joins them
                parts.append('joins separate passages of the source: "{}" and "{}"'.format(*pair))
                related.append(src.related(stoks[d.other[0]].start, stoks[d.other[1] - 1].end,
                                           "the other passage joined into this quotation"))
                fixable = False
                continue
            (i1, i2), (j1, j2) = d.here, d.there
            left = right = 0
            while (left < 2 and i1 - left > 0 and j1 - left > fm.window[0]
                   and toks[i1 - left - 1].norm == index.keys[j1 - left - 1]):
                left += 1
            while (right < 2 and i2 + right < len(toks) and j2 + right < fm.window[1]
                   and toks[i2 + right].norm == index.keys[j2 + right]):
                right += 1
            there = _slice(src, stoks, j1 - left, j2 + right)
            here = _slice(doc, toks, i1 - left, i2 + right)
            parts.append(f'source: "{_flat(there)}" / here: "{_flat(here)}"')
            edit = self._edit(src, toks, stoks, d)
            if edit is None:
                fixable = False
            else:
                edits.append(edit)
        windows = [fm.window for fm in qm.fragments if fm.window[1] > fm.window[0]]
        a, b = min(w[0] for w in windows), max(w[1] for w in windows)
        related.insert(0, src.related(index.toks[a].start, index.toks[b - 1].end, "the quoted passage in the source"))
        fix = None
        if fixable and edits:
            fix = corpuslint.Fix(tuple(sorted(edits, key=lambda e: e.start)), safe=False,
                                 message="restore the source's wording")
        q = qm.quote
        return self.finding(doc, q.start, words.quote_end(doc, q),
                            "quotation differs from the source: " + "; ".join(parts), fix=fix, related=related,
                            data={"source": src.path, "diffs": [d.kind for _, d in qm.diffs]})

    @staticmethod
    def _edit(src, toks, stoks, d) -> corpuslint.Edit | None:
        (i1, i2), (j1, j2) = d.here, d.there
        wording = src.text[stoks[j1].start:stoks[j2 - 1].end] if j2 > j1 else ""
        if any(m in wording for m in _MARKS) or "\n" in wording:
            return None  # the source passage crosses a quotation or a line: no clean repair
        if d.kind == "changed":
            return corpuslint.Edit(toks[i1].start, toks[i2 - 1].end, wording)
        if d.kind == "added":
            if i2 < len(toks):
                return corpuslint.Edit(toks[i1].start, toks[i2].start, "")
            return corpuslint.Edit(toks[i1 - 1].end, toks[i2 - 1].end, "") if i1 > 0 else None
        if d.kind == "dropped":
            if i1 < len(toks):
                return corpuslint.Edit(toks[i1].start, toks[i1].start, wording + " ")
            return corpuslint.Edit(toks[-1].end, toks[-1].end, " " + wording)
        return None


class UnmarkedQuotation(corpuslint.Rule):
    """Words the source puts in quotation marks appear in the document as plain prose.

    ## What it does
    Looks for each quotation of the source document (of `min-words` words or more) in the
    document's text outside quotation marks. Words that follow the quotation in order, with
    a little rewording allowed (a translation's `negotiation` for `negotiating`, a word
    dropped or added), are reported with a pointer to the source's quotation.

    ## Why is this bad?
    Without its marks a speaker's words read as the writer's own: the quotation is lost, and
    so is its attribution. Machine translation and careless rewriting often drop the marks.

    ## Example
    Source (`originals/talk.txt`):

        "We will not reopen the old bridge until the engineers say it is safe," the mayor said.

    Bad:

        The mayor said the city will not reopen the old bridge until the engineers say it is safe.

    Good:

        The mayor said the city "will not reopen the old bridge until the engineers say it is safe."
    """

    code = "QT002"
    name = "unmarked-quotation"
    summary = "words quoted in the source appear without quotation marks"
    uses_source = True
    options = {"min-words": 5, "min-density": 0.6}

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        src = ctx.source(doc)
        if src is None:
            return
        for u in unmarked.find_unmarked(doc, src, min_words=ctx.options["min-words"],
                                        min_density=ctx.options["min-density"]):
            q = u.source_quote
            yield self.finding(
                doc, u.start, u.end,
                f'words quoted in the source appear here without quotation marks: "{_flat(doc.text[u.start:u.end])}"',
                related=[src.related(q.start, words.quote_end(src, q), "the quotation in the source")],
                data={"source": src.path, "matched": u.matched, "quote_words": u.quote_words})


class QuotationNotInSource(corpuslint.Rule):
    """The document quotes words that its source does not contain.

    ## What it does
    Reports a quotation of `min-words` words or more when less than half of its words
    line up with any passage of the document's source. Only documents with a known source
    are checked.

    ## Why is this bad?
    In a document derived from a source (a translation, a rewrite, a summary) a quotation
    the source does not hold was added from elsewhere, or is invented. It may be fine (a
    second interview), hence the severity `info`: check where the words come from.

    ## Example
    Source (`originals/talk.txt`):

        "In my view, the bridge must close before winter," the mayor said.

    Bad:

        The mayor added that "nobody in the council wanted this outcome."

    Good:

        The mayor said: "In my view, the bridge must close before winter."
    """

    code = "QT003"
    name = "quotation-not-in-source"
    summary = "quotation not found in the source document"
    severity = corpuslint.Severity.INFO
    uses_source = True
    options = {"min-words": 4, "max-coverage": 0.5}

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        src = ctx.source(doc)
        if src is None:
            return
        for qm in align.match_document(doc, src):
            if qm.nwords >= ctx.options["min-words"] and qm.coverage < ctx.options["max-coverage"]:
                q = qm.quote
                yield self.finding(
                    doc, q.start, words.quote_end(doc, q),
                    f'quotation not found in the source {src.path}: "{_flat(doc.text[q.start:words.quote_end(doc, q)])}" '
                    f"(at best {qm.matched} of its {qm.nwords} words line up)",
                    data={"source": src.path, "matched": qm.matched, "words": qm.nwords})


RULES = [MisquotedSource, UnmarkedQuotation, QuotationNotInSource]

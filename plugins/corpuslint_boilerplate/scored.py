"""BP014: lines a small logistic scorer of line quality (form of the line and of its neighbours) calls noise."""
from __future__ import annotations

from collections.abc import Iterator

import corpuslint

from corpuslint_boilerplate import quality
from corpuslint_boilerplate.lines import flag_lines, is_byline, quote, rows, words


def line_scores(doc: corpuslint.Document) -> tuple[list[float], list[bool]]:
    """Noise probability of each of the document's non-blank lines (same order as ``rows(doc)``),
    and whether each is a whole sentence of prose (never flagged)."""
    rs = rows(doc)
    word_counts, stop_counts = words(doc)
    own = [quality.own_features(r.tidy, n, stops) for r, n, stops in zip(rs, word_counts, stop_counts)]
    starts = [quality.first_word(r.tidy) for r in rs]
    return quality.probabilities(own, starts), [quality.is_prose(o) for o in own]


class LowQualityLine(corpuslint.Rule):
    """A line whose form, and the form of the lines around it, is that of page furniture, not text.

    ## What it does
    Scores each line with two small logistic regressions, the way boilerplate classifiers
    such as jusText and trafilatura judge text blocks by their form and their neighbours, and
    flags lines whose noise probability reaches `threshold` (default 0.94, chosen for
    precision). The first stage reads 17 features of the line alone: its length in words,
    its share of English function words, whether it ends a sentence or with a colon, its
    shares of punctuation, digits, capitals and non-ASCII letters, how many words are
    capitalised, a leading bullet or bar, a `|`, a web address, a lower-case start, a short
    `Label: value` shape. The second stage adds the context: whether the lines before and
    after end sentences, their length and function-word share, the same over three lines on
    each side and over the whole document, the first stage's score of the neighbours, the
    window and the document, the first and last line, and whether the line starts like its
    neighbour (a run of list items). The heaviest weights: a high share of punctuation, a `|`
    and non-ASCII letters push towards noise; words in the line, and a document whose lines
    end sentences and use function words, push towards text. Bylines and whole sentences of
    prose (six words or more, function words among them, a sentence ending) are never
    flagged. The weights (`quality.py`) were fitted by `benchmarks/bp_train_scorer.py` on web
    documents labelled line by line and checked by leave-documents-out cross-validation.
    The rule is off unless selected (`--select BP014`, or the `BP` prefix): its findings are
    precise, but few on pages unlike those it was fitted on.

    ## Why is this bad?
    Menus, link lists, forum scaffolding (`Joined:`, `Posts: 1354`), tag rows and table
    cells are the page around the text; they carry no sentences and crowd out the content.

    ## Example
    Bad:

        Home | About | Contact
        Tags: garden, roses, pruning
        Posts: 1354 | Joined: 03/12/2009
        Reply | Quote | Report
        Share | Tweet | Email

    Good:

        Pruning roses in late winter

        Most roses flower on new wood, so a hard cut in late winter, before the buds swell,
        gives the plant the whole season to grow the stems that will carry this year's blooms.

    ## Fix safety
    Safe: the fix deletes the line and the blank line it leaves.
    """

    code = "BP014"
    name = "low-quality-line"
    summary = "line scored as page furniture by its form and its neighbours' (learned line-quality scorer)"
    options = {"threshold": 0.94}
    # Off unless selected: cross-validated, it adds too little recall to the family for the
    # precision it costs on some pages (see the README's figures).
    default_enabled = False

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        threshold = ctx.options.get("threshold", self.options["threshold"])
        rs = rows(doc)
        if not rs:
            return
        hits = []
        for row, p, prose in zip(rs, *line_scores(doc)):
            if p >= threshold and not prose and not is_byline(row.tidy):
                hits.append((row, f"line looks like page furniture (noise score {p:.2f}): {quote(row.tidy)}", {}))
        yield from flag_lines(self, doc, hits)

"""BP014: lines a small logistic scorer of line quality (form, neighbours, place in the document) calls noise."""
from __future__ import annotations

import re
from collections.abc import Iterator

import corpuslint

from corpuslint_boilerplate import quality
from corpuslint_boilerplate.lines import (article_page, flag_lines, is_byline, quote, quoted_line, rows, tidy_texts,
                                          words)


def line_scores(doc: corpuslint.Document) -> tuple[list[int], list[float]]:
    """Positions in ``rows(doc)`` of the lines BP014 scores (all but whole sentences of prose)
    and the noise probability of each."""
    if article_page(doc):  # an article: not scored, and no need to count its words
        return [], []
    texts = tidy_texts(doc)
    word_counts, stop_counts = words(doc)
    return quality.scores(texts, word_counts, stop_counts)


def _glued_label(text: str) -> bool:
    """True when BP004 finds a label glued to the text after it ("LocalJune 3, 2025"): its
    unsafe fix deletes the label and keeps the rest, which a safe deletion of the whole line
    here would take away."""
    from corpuslint_boilerplate import navigation

    if len(text) > 400 or not navigation._CAMEL.search(text):
        return False
    return any(navigation._pattern(kind, ()).search(text) for kind in ("glued", "shouting"))


# A review's rating near its top ("★★★★☆") is the review's, as BP012 has it.
_RATING_ROWS = 8
_STARS = re.compile(r"[★☆½ ]{3,12}")


class LowQualityLine(corpuslint.Rule):
    """A line whose form, and the form of the lines around it, is that of page furniture, not text.

    ## What it does
    Scores each line with two small logistic regressions, the way
    boilerplate classifiers such as jusText and trafilatura judge text blocks by their form,
    their neighbours and their place on the page, and flags lines whose noise probability
    reaches `threshold` (default 0.98, chosen for precision). The first stage reads 17
    features of the line alone: its length in words, its share of English function words,
    whether it ends a sentence or with a colon, its shares of punctuation, digits, capitals
    and non-ASCII letters, how many words are capitalised, a leading bullet or bar, a `|`, a
    web address, a lower-case start, a short `Label: value` shape. The second stage adds the
    neighbours (their sentence endings, length, function words and first-stage score, over
    one and three lines on each side) and the structure of the document: how much of it is
    prose, whether the line stands above the first or below the last line of prose (header
    and footer), how far it is from prose, the run of non-prose lines it belongs to (length,
    mean length of its lines, shares of sentence endings, capitals, digits, `Label: value`
    lines, lines starting alike, touching the top or bottom), and how many other lines of the
    page share its first word, first two words or last word (a template repeated down the
    page: `Posted in ...`, `Tags: ...`, `... | 3 Pages`). The heaviest weights: a document with
    little prose, long runs of non-prose lines at the page's edge, repeated templates and
    punctuation push towards noise; a long document rich in prose, and words in the line,
    push towards text. Never scored: whole sentences of prose (six words or more, function
    words among them, a sentence ending), lines of a paragraph wrapped across lines, a short
    capitalised line right above prose or first in the document (a headline or heading), and
    any page whose characters stand 80% in sentences (an article). Never flagged: bylines,
    lines of dialogue or quotation (a line opening with a quotation mark that closes in it),
    a review's star rating among the first eight lines,
    and lines where BP004 finds a label glued to the text after it (its unsafe fix keeps
    that text). The weights (`quality.py`) were fitted by `benchmarks/bp_train_scorer.py` on
    web documents labelled line by line and checked by leave-documents-out cross-validation
    (precision 0.95 at the default threshold, recall 0.27 of the noise on its own).

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
    summary = "line scored as page furniture by its form, its neighbours and its place on the page (learned scorer)"
    options = {"threshold": 0.98}

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        threshold = ctx.options.get("threshold", self.options["threshold"])
        rs = rows(doc)
        if not rs:
            return
        hits = []
        for k, p in zip(*line_scores(doc)):
            row = rs[k]
            if (p >= threshold and not is_byline(row.tidy) and not quoted_line(row.tidy)
                    and not (row.index < _RATING_ROWS and _STARS.fullmatch(row.tidy))
                    and not _glued_label(row.line.text)):
                hits.append((row, f"line looks like page furniture (noise score {p:.2f}): {quote(row.tidy)}", {}))
        yield from flag_lines(self, doc, hits)

"""BP016: a page that says it has nothing to show (an empty search, an error, content removed or withheld)."""
from __future__ import annotations

from collections.abc import Iterator

import corpuslint

from corpuslint_boilerplate import lexicon
from corpuslint_boilerplate.lines import flag_lines, quote, rows


class EmptyPage(corpuslint.Rule):
    """A page that says it has nothing to show: an empty search, an error, content gone or withheld.

    ## What it does
    Looks for the lines with which a web site says that there is nothing here: `No results
    found`, `Your search returned no matches`, `Page not found`, `404 - page not found`,
    `This item is no longer available`, `Sold out`, `This video is not available in your
    country`, `You must be logged in to view this page`, `There are no comments yet`, `Your
    cart is empty`. Patterns live in `data/empty_pages.txt`; `extra-patterns` adds your own
    (regular expressions matching a whole line, case-insensitive: `[rules.BP016]
    extra-patterns = [...]`). Only lines of fewer than `max-words` words (default 20) are tried.

    When such a line stands among the first `head-lines` lines (default 5), above every
    sentence of running text, in a document that is not an article page (less than 80% of
    its characters in whole sentences), the
    notice is the page's title: the scraper fetched an error or empty page, and everything
    in it (the menus, the search tips, the "you may also like" list) is page furniture. The
    whole document gets one finding covering every line, with no fix. Anywhere else (an
    article with `Be the first to comment` under it) only the notice line is flagged, and
    only when it is not itself a sentence of prose (six words or more, English function words
    among them, a sentence ending): there, "The video was removed after complaints, a
    spokesman said." is the article's own sentence.

    ## Why is this bad?
    An error or empty page is not a document: kept in a corpus, it teaches a model that
    "Sorry, no results were found" is how a text begins, and it counts as one more article
    in every statistic of the corpus.

    ## Example
    Bad:

        No results found for "harbour ferry"
        Try your search again using different words.
        Home
        Shop
        Gift cards
        Contact us

    Good:

        Harbour ferry timetable
        The harbour ferry leaves the quay every hour from seven in the morning.

    ## Fix safety
    A notice line inside an article: safe, the fix deletes the line. A whole empty page:
    no fix, the remedy is to drop the file or fetch the page again, a decision for a person.
    """

    code = "BP016"
    name = "empty-page"
    summary = "page that says it has nothing to show (no search results, an error, content removed)"
    options = {"extra-patterns": [], "head-lines": 5, "max-words": 20}

    def setup(self, ctx: corpuslint.Context) -> None:
        lexicon.extra_patterns(self, ctx)

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        rs = rows(doc)
        max_words = ctx.options.get("max-words", 20)
        tried = [(k, row) for k, row in enumerate(rs) if len(row.tidy) <= 300 and row.key.count(" ") < max_words]
        if not tried:
            return
        matcher = lexicon.whole_line("empty_pages", lexicon.extra_patterns(self, ctx))
        hits = [(k, row) for (k, row), hit in zip(tried, matcher.fullmatch_all([row.tidy for _, row in tried])) if hit]
        if not hits:
            return
        # Here: only documents with a notice pay for these.
        from corpuslint_boilerplate.lines import words
        from corpuslint_boilerplate.quality import prose_line, prose_page

        k, row = hits[0]
        texts = [r.tidy for r in rs]
        counts, stops = words(doc)
        # The page's title: near the top, above every sentence of running text.
        heads_page = k < ctx.options.get("head-lines", 5) and not any(map(prose_line, texts[:k], counts[:k], stops[:k]))
        if heads_page and not prose_page(texts):
            first, last = rs[0].line, rs[-1].line
            yield self.finding(doc, first.start, last.end,
                               f"the page says it has nothing to show ({quote(row.tidy)}, line {row.line.number}): "
                               f"an empty search, an error or removed content, not a document",
                               data={"lines": len(rs)})
            return
        # Elsewhere a notice goes alone, and only when it is not a sentence of prose: "The video
        # was removed after complaints, a spokesman said." is the article's own sentence.
        alone = [(r, f"empty-page notice {quote(r.tidy)}", {}) for k, r in hits if not prose_line(texts[k], counts[k], stops[k])]
        yield from flag_lines(self, doc, alone)

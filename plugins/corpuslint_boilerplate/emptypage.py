"""BP016: a page that says it has nothing to show (an empty search, an error, content removed or withheld)."""
from __future__ import annotations

from collections.abc import Iterator

import corpuslint

from corpuslint_boilerplate import lexicon
from corpuslint_boilerplate.lines import article_page, ends_sentence, flag_lines, quote, rows, tidy_texts, words


class EmptyPage(corpuslint.Rule):
    """A page that says it has nothing to show: an empty search, an error, content gone or withheld.

    ## What it does
    Looks for the lines with which a web site says that there is nothing here: `No results
    found`, `Your search returned no matches`, `Page not found`, `404 - page not found`,
    `This item is no longer available`, `Sold out`, `This video is not available in your
    country`, `You must be logged in to view this page`, `There are no comments yet`, `Your
    cart is empty`. Patterns live in `data/empty_pages.txt`; `extra-patterns` adds your own
    (regular expressions matching a whole line, case-insensitive: `[rules.BP016]
    extra-patterns = [...]`). Only lines of at most `max-words` words (default 20) are tried.

    When such a line stands among the first `head-lines` lines (default 5), above every
    sentence of running text, in a document that is not an article page (less than 80% of
    its characters in whole sentences, and less than half in sentences of prose below the
    notice: a page telling a story under `Members only` wears a badge), the notice is the
    page's title: the scraper fetched an error or empty page, and everything in it (the
    menus, the search tips, the "you may also like" list) is page furniture. The whole document gets one finding covering every
    line, with no fix. Anywhere else (an article with `Be the first to comment` under it)
    only the notice line is flagged, and only when it is not itself a sentence of prose (six
    words or more, English function words among them, a sentence ending): there, "The video
    was removed after complaints, a spokesman said." is the article's own sentence.

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
        from corpuslint_boilerplate.quality import prose_line

        rs = rows(doc)
        if not rs:
            return
        texts = tidy_texts(doc)
        article = article_page(doc)
        max_words = ctx.options.get("max-words", 20)
        # On an article page a line shaped like a sentence (six words or more, a sentence
        # ending) is never a finding (see below): not tried, and no function words counted.
        tried = [k for k, t in enumerate(texts) if len(t) <= 300 and t.count(" ") < max_words
                 and not (article and t.count(" ") >= 5 and ends_sentence(t))]
        if not tried:
            return
        matcher = lexicon.whole_line("empty_pages", lexicon.extra_patterns(self, ctx))
        hits = [k for k, hit in zip(tried, matcher.fullmatch_all([texts[k] for k in tried])) if hit]
        if not hits:
            return
        counts, stops = words(doc)  # only documents with a notice pay for these
        prose = list(map(prose_line, texts, counts, stops))
        k = hits[0]
        # The page's title: near the top, above every sentence of running text.
        # Not a page that goes on to tell a story: with half its characters in sentences of
        # prose below the notice, it is an article under a badge ("Members only"), not an empty page.
        if (not article and k < ctx.options.get("head-lines", 5) and not any(prose[:k])
                and 2 * sum(len(texts[i]) for i in range(k + 1, len(texts)) if prose[i]) < sum(map(len, texts))):
            first, last = rs[0].line, rs[-1].line
            yield self.finding(doc, first.start, last.end,
                               f"the page says it has nothing to show ({quote(texts[k])}, line {rs[k].line.number}): "
                               f"an empty search, an error or removed content, not a document",
                               data={"lines": len(rs)})
            return
        # Elsewhere a notice goes alone, and only when it is not a sentence of prose: "The video
        # was removed after complaints, a spokesman said." is the article's own sentence.
        yield from flag_lines(self, doc, [(rs[k], f"empty-page notice {quote(texts[k])}", {}) for k in hits if not prose[k]])

"""BP015: a document that is a page shell (menus, links, listings) with no sentence of running text."""
from __future__ import annotations

from collections.abc import Iterator

import corpuslint

from corpuslint_boilerplate.lines import ends_sentence, rows, words


class PageShell(corpuslint.Rule):
    """A document with no sentence of running text whose lines are all short: a scraped page shell.

    ## What it does
    Flags the whole document, once, when none of its lines is a sentence of prose (at least
    `prose-words` words, a share of English function words of at least `prose-stopwords`, and
    a sentence ending) and its lines are short on average (at most `max-mean-chars`
    characters). Such a file holds only what surrounds an article on a web page: a menu, a
    list of links, a product grid, a search result page, a forum index. Documents of fewer
    than `min-lines` non-blank lines are too small to judge. The finding covers every line,
    so a per-line report counts each of them as boilerplate.

    Schedules, line-ups and recipes with long lines are left alone, as are short documents
    and any document with one real sentence in it: a page with an article is judged line by
    line by the other BP rules. So are poems and songs: short lines, two thirds of them or
    more with a function word, whose words are at least `verse-stopwords` (default 0.3)
    English function words, where menus, links and listings have few.

    ## Why is this bad?
    The scraper kept the frame of the page and lost the text (or there never was any). The
    file adds nothing but noise to a corpus of articles, and no single line of it looks
    wrong enough on its own to be flagged by the other rules.

    ## Example
    Bad:

        Home
        Forums
        Latest posts
        Members
        Log in
        Register

    Good:

        Home

        The ferry timetable changes on Monday, when the winter service begins and the last
        crossing of the day leaves the island an hour earlier than in summer.

    ## Fix safety
    No fix: the remedy is to drop the file or scrape the page again, a decision for a person.
    """

    code = "BP015"
    name = "page-shell"
    summary = "document with no sentence of running text, only short lines (menus, links, listings)"
    options = {"min-lines": 3, "max-mean-chars": 40, "prose-words": 8, "prose-stopwords": 0.3, "verse-stopwords": 0.3}

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        opts = {**self.options, **ctx.options}
        rs = rows(doc)
        if len(rs) < opts["min-lines"]:
            return
        chars = sum(len(r.tidy) for r in rs)
        if chars > opts["max-mean-chars"] * len(rs):
            return
        min_words, min_share = opts["prose-words"], opts["prose-stopwords"]
        counts, stop_counts = words(doc)
        for row, n, stops in zip(rs, counts, stop_counts):
            if n >= min_words and stops >= min_share * n and ends_sentence(row.tidy):
                return  # one sentence of prose: an article page, judged line by line
        if (sum(stop_counts) >= opts["verse-stopwords"] * sum(counts)
                and 3 * sum(1 for stops in stop_counts if stops) >= 2 * len(rs)):
            return  # short lines full of function words: a poem or a song, not menus and links
        first, last = rs[0].line, rs[-1].line
        yield self.finding(doc, first.start, last.end,
                           f"no sentence of running text in {len(rs)} lines averaging "
                           f"{chars / len(rs):.0f} characters: a page shell (menu, links, listing)",
                           data={"lines": len(rs)})

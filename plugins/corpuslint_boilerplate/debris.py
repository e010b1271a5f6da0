"""BP012: lines with no words at all, left from table borders, separators and empty cells."""
from __future__ import annotations

import re
from collections.abc import Iterator

import corpuslint

from corpuslint_boilerplate.lines import flag_lines, quote, rows

_WORDLESS = re.compile(r"[\W_]*")  # no letter and no digit
_SCENE_BREAK = re.compile(r"[\s*#~•·⁂]+")  # "* * *" between parts of a story is the story's own
_THEMATIC_BREAK = re.compile(r"\s*(?:-{3,}|\*{3,}|_{3,})\s*")  # Markdown horizontal rules
# Markup the extraction left: HTML tags, wiki files, categories and templates, BBCode.
_MARKUP = re.compile(r"</?[A-Za-z][^<>]{0,300}>|<!--.*?-->|\[\[(?:Category|Image|File|Media):[^\]]*\]\]"
                     r"|\{\{[^{}]*\}\}|\[/?(?:img|url|quote|b|i|u|size|color|center)[^\]]*\]", re.IGNORECASE)
# A table row flattened by the scraper: "|Keyword||Count||Density|" (two or more cells, the first filled).
_TABLE_ROW = re.compile(r"\|[^|\n]*[^\W_][^|\n]*\|\|.*")
# An A-Z index of a site: single letters (or "0-9", "#") with spaces or bars between them.
_LETTER_INDEX = re.compile(r"(?:(?:[^\W\d_]|0-9|#)(?: ?[|·•/,-] ?| )){4,}(?:[^\W\d_]|#)")


# Stars alone, the rating a review gives at its top (a product grid's stars come with counts).
_RATING = re.compile(r"[★☆✩✭⭐]{1,5}½?")
_TOP_ROWS = 8


class LayoutDebris(corpuslint.Rule):
    """A line with no words (table borders, separators, leftover markup) or a flattened table row.

    ## What it does
    Flags lines that hold no letter and no digit, such as `||`, `| |`, `_________` or
    `=====`, which are what is left of a page's tables and dividers after the markup was
    stripped, and a site's A-Z index (`A B C D E F`, `A | B | C | D`). Typographic scene
    breaks (`* * *`), a review's rating of stars alone among the first lines (`★★★★☆`) and,
    in Markdown files, horizontal rules (`---`) are left alone: they belong to the text. Lines that are only markup the extraction
    left behind (`<br style="clear:both;"/>`, `[[Category:Boats]]`, `{{stub}}`) count as wordless
    too. With `table-rows` (default true) it also
    flags table rows flattened to one line of cells, `|Keyword||Count||Density|`, the form
    scrapers such as OSCAR's give to data tables, specification sheets and link lists.

    ## Why is this bad?
    The line carries nothing and breaks paragraphs apart; in a corpus it is pure noise.

    ## Example
    Bad:

        Joined: March 2004
        ||
        I have the same problem with my printer.

    Good:

        Joined: March 2004
        I have the same problem with my printer.

    ## Fix safety
    Safe: the fix deletes the line and the blank line it leaves.
    """

    code = "BP012"
    name = "layout-debris"
    summary = "line with no words (table border, separator, leftover markup) or a flattened table row"
    options = {"table-rows": True}

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        markdown = doc.path.endswith((".md", ".markdown"))
        tables = ctx.options.get("table-rows", True)
        hits = []
        for k, row in enumerate(rows(doc)):
            text = row.line.text
            if _WORDLESS.fullmatch(text):
                if _SCENE_BREAK.fullmatch(text) or markdown and _THEMATIC_BREAK.fullmatch(text):
                    continue
                if k < _TOP_ROWS and _RATING.fullmatch(text.strip()):
                    continue  # a review's rating under its headline: "★★★★☆"
                message = f"line with no words {quote(text.strip())}"
            elif ("<" in text or "[[" in text or "{{" in text or "[/" in text) and _MARKUP.search(text) \
                    and _WORDLESS.fullmatch(_MARKUP.sub("", text)):
                message = f"markup left in the text {quote(text.strip())}"
            elif tables and _TABLE_ROW.fullmatch(text.strip()):
                message = f"table row flattened to text {quote(text.strip())}"
            elif row.tidy[1:2] in (" ", "|", "·", "•", "/", ",", "-") and len(row.tidy) <= 160 \
                    and _LETTER_INDEX.fullmatch(row.tidy):
                message = f"index of letters {quote(row.tidy)}"
            else:
                continue
            hits.append((row, message, {}))
        yield from flag_lines(self, doc, hits)

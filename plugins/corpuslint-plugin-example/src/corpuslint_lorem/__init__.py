"""An example corpuslint plugin: one rule that finds placeholder text. Copy this distribution to start your own."""
import re
from collections.abc import Iterator

import corpuslint


class LoremIpsum(corpuslint.Rule):
    """Placeholder text left in a document.

    ## What it does
    Finds "lorem ipsum", the filler text of page templates.

    ## Why is this bad?
    A document that still holds filler was scraped from a template, or never finished.

    ## Example
    Bad:

        Lorem ipsum dolor sit amet.

    Good:

        The council met on Tuesday.
    """

    code = "LOR001"
    name = "lorem-ipsum"
    summary = "placeholder text left in a document"

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        for m in re.finditer(r"lorem ipsum", doc.text, re.IGNORECASE):
            yield self.finding(doc, m.start(), m.end(), "placeholder text 'lorem ipsum'")


@corpuslint.hookimpl
def corpuslint_rules():
    return [LoremIpsum]

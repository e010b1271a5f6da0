"""A test plugin: rule SRC001 reports, on each document, the source ``ctx.source`` gives it."""
from __future__ import annotations

from corpuslint import Rule, hookimpl


class ShowSource(Rule):
    """## What it does
    Reports each document's source (tests only).

    ## Why is this bad?
    It is not; it shows what phase 1 resolved.

    ## Example
    Bad:

        anything

    Good:

        anything
    """

    code = "SRC001"
    name = "show-source"
    summary = "shows the document's source"
    uses_source = True

    def check(self, doc, ctx):
        source = ctx.source(doc)
        info = ctx.source_info(doc)
        if source is not None:
            yield self.finding(doc, 0, 0, f"source={source.path} how={info.how}")


@hookimpl
def corpuslint_rules():
    return [ShowSource]

"""Rules used by the core's tests: a fixable marker rule, a crashing rule, and a corpus-wide rule."""
import re

import corpuslint


class FixmeMarker(corpuslint.Rule):
    """A FIXME left in a document.

    ## What it does
    Finds `FIXME` markers.

    ## Why is this bad?
    Unfinished text.

    ## Example
    Bad:

        Text FIXME here.

    Good:

        Text here.
    """

    code = "TST001"
    name = "fixme-marker"
    summary = "a FIXME marker left in a document"
    options = {"word": "FIXME", "min-count": 1}

    def check(self, doc, ctx):
        word = ctx.options["word"]
        hits = list(re.finditer(rf" ?\b{re.escape(word)}\b", doc.text))
        if len(hits) < ctx.options["min-count"]:
            return
        for m in hits:
            yield self.finding(doc, m.start(), m.end(), f"marker '{word}'",
                               fix=corpuslint.Fix.delete(m.start(), m.end(), message="remove marker"))


class Crashes(corpuslint.Rule):
    """Raises on documents that mention 'boom'."""

    code = "TST002"
    name = "crashes"
    summary = "a rule with a bug"

    def check(self, doc, ctx):
        if "boom" in doc.text:
            raise ZeroDivisionError("division by zero")
        return []


class SharedFirstLine(corpuslint.Rule):
    """First lines shared by several documents (a corpus-wide rule)."""

    code = "TST003"
    name = "shared-first-line"
    summary = "a first line that other documents share"
    severity = corpuslint.Severity.INFO

    def __init__(self):
        self.counts = {}

    def collect(self, doc, ctx):
        return doc.lines[0].text if doc.lines else None

    def absorb(self, value):
        self.counts[value] = self.counts.get(value, 0) + 1

    def check(self, doc, ctx):
        first = doc.lines[0]
        n = self.counts.get(first.text, 0)
        if n > 1:
            yield self.finding(doc, first.start, first.end, f"first line shared by {n} of {ctx.corpus_size} documents")


class UsesSource(corpuslint.Rule):
    """Reports the source of each derived document."""

    code = "TST004"
    name = "names-source"
    summary = "names the source of a derived document"
    severity = corpuslint.Severity.INFO
    uses_source = True

    def check(self, doc, ctx):
        src = ctx.source(doc)
        if src is not None:
            yield self.finding(doc, 0, 0, f"source is {src.path}", related=[src.related(0, 5, "here")])


class BritishSpelling(corpuslint.Rule):
    """'colour' where the house style says 'color' (an unsafe fix: it may be a quotation)."""

    code = "TST005"
    name = "british-spelling"
    summary = "british spelling"

    def check(self, doc, ctx):
        for m in re.finditer(r"colour", doc.text):
            yield self.finding(doc, m.start(), m.end(), "spelling 'colour'",
                               fix=corpuslint.Fix.replace(m.start(), m.end(), "color"))


@corpuslint.hookimpl
def corpuslint_rules():
    return [FixmeMarker, Crashes, SharedFirstLine, UsesSource, BritishSpelling]


#: How the CLI tests install this module as a plugin (see conftest.make_plugin_path).
ENTRY_POINTS = {"sample": "core_sample_plugin"}

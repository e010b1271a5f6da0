"""BP008: lines that recur across many documents of the corpus (a site's footer, a menu on every page)."""
from __future__ import annotations

import math
import re
from array import array
from collections.abc import Iterator
from typing import Any

import corpuslint

from corpuslint_boilerplate.lines import corpus_key, flag_lines, is_byline, norm_key, quote, rows, stable_hash, tidy
from corpuslint_boilerplate.sketch import CountMinSketch

_LETTER = re.compile(r"[^\W\d_]")
_EXACT_LIMIT = 50_000  # distinct lines counted exactly before the sketch takes over (~5 MB)
_QUOTE_OPENERS = "\"'“‘«„"


class RecurringLine(corpuslint.Rule):
    """A line that recurs in many documents of the corpus: a site's footer, menu or slogan.

    ## What it does
    Counts, for every line, how many documents of the run contain it (compared in lower case,
    ignoring punctuation, numbers folded so `Posts: 334` and `Posts: 12` count as one), and
    flags the lines found in at least `min-documents` documents (default 5) and at least
    `min-share` of all documents (default 0, i.e. only the count matters). Lines that open
    with a quotation mark, bylines, and lines longer than `max-chars` (default 200: whole
    paragraphs, which recur when an article is syndicated, not as a template) are not counted.

    The count runs in the runner's corpus phase over 64-bit hashes: exactly, in a table, while
    the corpus has fewer than 50,000 distinct lines (a pre-commit run, a small corpus), then in
    a count-min sketch of `sketch-width` x 4 16-bit counters (default 2^20, 8 MB whatever the
    corpus size). The sketch never under-counts; it over-counts only when the corpus has far
    more distinct lines than `sketch-width`, so widen it for corpora of tens of millions of lines.

    ## Why is this bad?
    Text that every page of a site carries is the site's template, not its content; repeated
    across thousands of documents it dominates what a model learns.

    ## Example
    Bad:

        The mayor opened the new bridge.

        Example Gazette, 1 Main Street, Springfield

    Good:

        The mayor opened the new bridge.

    (The bad line is flagged when five or more documents of the corpus contain it.)

    ## Fix safety
    Safe: the fix deletes the line and the blank line it leaves.
    """

    code = "BP008"
    name = "recurring-line"
    summary = "line that recurs across many documents of the corpus"
    options = {"min-documents": 5, "min-share": 0.0, "max-chars": 200, "sketch-width": 1 << 20}

    def __init__(self) -> None:
        self._sketch: CountMinSketch | None = None
        self._exact: dict[int, int] = {}  # hash -> documents, until it outgrows _EXACT_LIMIT
        self._width = self.options["sketch-width"]
        self._threshold = math.inf

    def collect(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Any:
        # Each document counts a line once; the width travels with the value so that absorb,
        # which gets no context, sizes the sketch as configured. Phase 1 needs only the keys,
        # so it hashes them straight from the raw lines (the same keys check makes from rows).
        hashes = set()
        max_chars = ctx.options.get("max-chars", 200)
        body = doc.text[doc.body_start:]
        # Keys and hashes by line, left on the document for phase 2 when the runner keeps it
        # (see lines.rows and check): norm_key of the stripped line is the rows' key. Line i of
        # the body is doc.lines[i] when the body starts a line (front matter ends with one).
        keys: dict[int, str] | None = {} if not doc.body_start or doc.text[doc.body_start - 1] == "\n" else None
        line_hashes: dict[int, int] = {}
        for i, text in enumerate(body.split("\n")):
            if len(text) > max_chars:
                continue
            text = text.strip()
            if not text:
                continue
            key = norm_key(text)
            if keys is not None:
                keys[i] = key
            if text[0] in _QUOTE_OPENERS or (len(text) <= 160 and is_byline(tidy(text))):
                continue
            key = corpus_key(key)
            if key and _LETTER.search(key):
                h = line_hashes[i] = stable_hash(key)
                hashes.add(h)
        if keys is not None:
            doc.__dict__["_bp_keys"] = keys
            doc.__dict__["_bp_line_hashes"] = line_hashes
        return ctx.options.get("sketch-width", self._width), array("Q", sorted(hashes))

    def absorb(self, value: Any) -> None:
        width, hashes = value
        if self._sketch is None:
            exact = self._exact
            for h in hashes:
                exact[h] = exact.get(h, 0) + 1
            if len(exact) <= _EXACT_LIMIT:
                return
            # Too many distinct lines to count exactly in bounded memory: move to the sketch.
            self._sketch = CountMinSketch(width)
            for h, n in exact.items():
                self._sketch.add_many(h, n)
            self._exact = {}
            return
        add = self._sketch.add
        for h in hashes:
            add(h)

    def prepare(self, ctx: corpuslint.Context) -> None:
        share = float(ctx.options.get("min-share", 0.0))
        self._threshold = max(int(ctx.options.get("min-documents", 5)), math.ceil(share * ctx.corpus_size), 2)

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        sketch = self._sketch
        if sketch is None and not self._exact:
            return
        estimate = sketch.estimate if sketch is not None else self._exact.get
        max_chars, threshold = ctx.options.get("max-chars", 200), self._threshold
        hits = []
        # The hashes phase 1 made, when it kept the document: a line it did not hash is one
        # the tests below turn down whatever its count.
        known = doc.__dict__.get("_bp_line_hashes")
        for row in rows(doc):
            if len(row.line.text) > max_chars:
                continue
            if known is not None:
                h = known.get(row.index)
                n = (estimate(h) or 0) if h is not None else 0
                key = row.key
            else:
                key = corpus_key(row.key)
                n = (estimate(stable_hash(key)) or 0) if key else 0
            # Only a line found often enough is asked whether it takes part in the count at all (as
            # collect does: not a quoted reply, which recurs by chance, nor a byline, which recurs
            # by authorship; some letter): most lines are not, and those tests cost more than the hash.
            if n >= threshold and (row.tidy[:1] not in _QUOTE_OPENERS and not is_byline(row.tidy)
                                   and _LETTER.search(key)):
                hits.append((row, f"line found in {n} documents of the corpus: {quote(row.tidy)}",
                             {"data": {"documents": n}}))
        yield from flag_lines(self, doc, hits)

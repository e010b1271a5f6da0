"""BP003: share, like and comment counters, and lone numbers left from page widgets."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import corpuslint

from corpuslint_boilerplate import lexicon
from corpuslint_boilerplate.lines import flag_lines, quote, rows

_LETTER = re.compile(r"[^\W\d_]")
_TOP_ROWS = 5  # "under a title": the first lines of a document
_NUMBER = r"\d{1,3}(?:[,.\s]\d{3})*(?:\.\d+)?\s?[kKmM]?\+?|\d+(?:\.\d+)?\s?[kKmM]\+?|\d{1,9}"
# A count before its noun: a fraction only with a multiple ("1.2k shares"); "4.3 Share" is a
# numbered section of a manual.
_COUNT = r"\d{1,3}(?:[,.\s]\d{3})*\s?[kKmM]?\+?|\d+(?:\.\d+)?\s?[kKmM]\+?|\d{1,9}"


@functools.cache
def _counter_line(extra: tuple[str, ...]) -> re.Pattern[str]:
    nouns = "|".join(sorted(lexicon.patterns("counters"), key=len, reverse=True))
    n = f"(?:{_NUMBER})"
    item = (rf"(?:(?:{_COUNT}|no|zero)\s*(?:{nouns})|(?:{nouns})\s*(?:[:(\[]\s*{n}\s*[)\]]?|{n})|{n}"
            + "".join(f"|(?:{p})" for p in extra) + ")")
    # One counter, or several in a row ("12 comments · 3 shares"), or a number alone; or a
    # widget line of data/counter_lines.txt ("Rated 5 out of 5", "3 of 4 people found this helpful").
    whole = "|".join(f"(?:{p})" for p in lexicon.patterns("counter_lines"))
    return re.compile(rf"{item}(?:\s*[|·•,/-]?\s*{item})*|{whole}", re.IGNORECASE)


_DIGIT = re.compile(r"\d")
# Symbols and pictographs (arrows, stars, hearts, emoji), not currency signs or punctuation.
_REACTIONS = re.compile(r"(?:[\u2190-\u2bff\U0001f000-\U0001faff]\ufe0f? ?\d[\d,.]*[kKmM]? ?){2,}")


def _is_prompt(key: str) -> bool:
    """A short line (a key) naming one of the counters' nouns: a share, like or comment button."""
    words = key.split(" ")
    if len(words) > 8:
        return False
    nouns = _nouns()
    return any(w in nouns for w in words)


@functools.cache
def _nouns() -> frozenset[str]:
    """The counters' nouns as plain words ("shares?" gives "share" and "shares")."""
    out = set()
    for p in lexicon.patterns("counters"):
        out.add(p.replace("?", ""))
        if p.endswith("s?"):
            out.add(p[:-2])
    return frozenset(w for w in out if w.isalpha())


def _may_count(text: str) -> bool:
    start = text[:4].lower()
    return start.startswith(("no", "zero")) or _DIGIT.search(text) is not None


class EngagementCounter(corpuslint.Rule):
    """A share, like or comment counter, or a lone number left by a page widget.

    ## What it does
    Flags lines that are only counters: `Comments (14)`, `1.2k shares`, `12 comments · 3 likes`,
    and bare numbers (`0`, `27`) among the first five lines of a document, next to another
    counter, or next to a short share, like or comment prompt (`Share this report`; elsewhere
    further down a bare number is more likely a figure of the article). The nouns a counter may carry live in `data/counters.txt`;
    `extra-patterns` adds regular expressions for one counter item.

    ## Why is this bad?
    The numbers were the share and comment buttons under a title. As text they mean nothing
    and sit between the headline and the story.

    ## Example
    Bad:

        Council votes to close the library

        0

        14 comments

        The council voted on Tuesday to close the library.

    Good:

        Council votes to close the library

        The council voted on Tuesday to close the library.

    ## Fix safety
    Safe: the fix deletes the line and the blank line it leaves.
    """

    code = "BP003"
    name = "engagement-counter"
    summary = "share, like or comment counter, or a lone number"
    options = {"extra-patterns": []}

    def setup(self, ctx: corpuslint.Context) -> None:
        lexicon.extra_patterns(self, ctx)

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        extra = lexicon.extra_patterns(self, ctx)
        rs = rows(doc)
        # Every shipped counter form holds a digit or starts with "no"/"zero" ("No comments"):
        # lines without either never need the pattern, which is compiled on first need.
        maybe = [0 < len(r.tidy) <= 80 and (bool(extra) or _may_count(r.tidy)) for r in rs]
        if not any(maybe):
            return
        pattern = _counter_line(extra)
        # "4 comments:" heads the comments: its colon is no reason to keep it.
        hits = [m and bool(pattern.fullmatch(r.tidy.rstrip(":"))) for m, r in zip(maybe, rs)]
        # A slide counter ("3 / 8") is not a bare number, wherever it stands, nor a row of
        # reactions counted by their symbols ("👍 56 🎉 31 ❤ 12").
        bare = [h and not _LETTER.search(r.tidy) and "/" not in r.tidy and not _REACTIONS.fullmatch(r.tidy)
                for h, r in zip(hits, rs)]
        out = []
        for k, row in enumerate(rs):
            if not hits[k]:
                continue
            # A bare number is a counter under a title or beside another counter; further down
            # it is a table figure or an attendance, which the article owns.
            # Or next to a share, like or comment prompt ("Share this report" / "148"): its count.
            if bare[k] and k >= _TOP_ROWS and not ((k > 0 and hits[k - 1]) or (k + 1 < len(rs) and hits[k + 1])
                                                   or (k > 0 and _is_prompt(rs[k - 1].key))
                                                   or (k + 1 < len(rs) and _is_prompt(rs[k + 1].key))):
                continue
            out.append((row, f"counter {quote(row.tidy)}", {}))
        yield from flag_lines(self, doc, out)

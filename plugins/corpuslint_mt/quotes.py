"""Quotation marks left open in a paragraph, or put around the attribution instead of the words."""
from __future__ import annotations

import re

from corpuslint_mt.lexicon import Lexicon
from corpuslint_mt.signals import QUOTE_OPEN, QUOTE_SWAP, Signal
from corpuslint_mt.text import Text

SPEECH_VERBS = ("said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "explained",
                "noted", "notes", "wrote", "writes", "insisted", "argued", "stated", "declared",
                "warned", "replied", "continued", "recalled", "concluded")


def quotations(t: Text, lex: Lexicon) -> list[Signal]:
    """Opening marks never closed in their paragraph, and marks swapped around a speech verb."""
    out: list[Signal] = []
    quotes = t.quotations()
    text = t.masked
    for i, q in enumerate(quotes):
        if q.close_at is None:
            following = quotes[i + 1] if i + 1 < len(quotes) else None
            if following is not None and following.open_at <= q.line_end:
                continue  # a new quotation opens on the same line: a paragraph break was lost
            nxt = text[q.line_end:q.line_end + 80].lstrip()
            if nxt[:1] in ('"', "“", "«", "„"):
                continue  # English style: the quotation runs on into the next paragraph
            out.append(Signal(QUOTE_OPEN, q.open_at, q.open_at + 1, "quotation mark opened and never closed in its paragraph"))
        elif _SWAPPED.match(text, q.open_at + 1, q.close_at):
            inner = text[q.open_at + 1:q.close_at].strip()
            out.append(Signal(QUOTE_SWAP, q.open_at, q.close_at + 1,
                              f"quotation marks around the attribution '{inner}' instead of the quoted words"))
    return out


_SWAPPED = re.compile(r"\s*(?:" + "|".join(SPEECH_VERBS) + r")\s+(?:[A-Z][\w.'’-]*\s*){1,4},?\s*$")

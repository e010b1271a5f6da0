"""Signals: one artefact of garbled translation at an exact span, and the kinds of artefact."""
from __future__ import annotations

from dataclasses import dataclass

# Kinds of signal, one per per-line rule.
GLUED = "glued-words"
SPLIT = "split-word"
NAME_CASE = "name-casing"
NAME_SPELLING = "name-spelling"
FOREIGN = "foreign-word"
ARTICLE = "article-agreement"
POSSESSIVE = "broken-possessive"
HYPHEN = "hyphen-spacing"
QUOTE_OPEN = "unclosed-quotation"
QUOTE_SWAP = "swapped-quotation-marks"


@dataclass(frozen=True)
class Signal:
    """One artefact at ``doc.text[start:end]``; ``replacement`` is a suggested fix, if any."""

    kind: str
    start: int
    end: int
    message: str
    replacement: str | None = None

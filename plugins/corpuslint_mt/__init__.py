"""corpuslint rule plugin: garbled machine translation (codes MT...).

Python API: ``corpuslint_mt.score(doc)`` returns the :class:`DocumentScore` (document and
per-sentence garble scores) that rule MT001 reports. Language data loads on first use, never
at import.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import corpuslint

if TYPE_CHECKING:
    from corpuslint_mt.scoring import DocumentScore, SentenceScore

__all__ = ["DocumentScore", "SentenceScore", "score"]


def score(doc: corpuslint.Document | str, settings: dict[str, Any] | None = None) -> DocumentScore:
    """The garble score of ``doc`` (a Document or a string): ``.score`` for the document,
    ``.sentences`` for each sentence of ``doc.sentences``, ``.counts`` for the artefacts by kind.

    ``settings``: the ``[languagetool]`` configuration section; when LanguageTool is configured
    there, its matches per word are part of the score.
    """
    from corpuslint_mt import scoring

    return scoring.score(doc, settings, sentences=True)


def __getattr__(name: str) -> Any:
    if name in ("DocumentScore", "SentenceScore"):
        from corpuslint_mt import scoring

        return getattr(scoring, name)
    raise AttributeError(name)


@corpuslint.hookimpl
def corpuslint_fluency(text: str) -> float:
    # MT001's document score: source discovery asks which of two near-copies reads as garbled.
    from corpuslint_mt import scoring

    return scoring.score(text, None, sentences=False).score


@corpuslint.hookimpl
def corpuslint_rules():
    from corpuslint_mt.rules import RULES

    return list(RULES)

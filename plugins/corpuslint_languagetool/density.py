"""LanguageTool's match density per sentence, one of the signals of MT001's garble score."""
from __future__ import annotations

import re
from typing import Any

from corpuslint import Document

from corpuslint_languagetool.matches import document_matches
from corpuslint_languagetool.settings import Settings, is_configured

_WORD = re.compile(r"\w+(?:['’]\w+)*")


def match_density(doc: Document, settings: dict[str, Any] | None) -> list[float] | None:
    """LanguageTool matches per word, for each sentence of ``doc.sentences`` (same order).

    ``settings`` is the ``[languagetool]`` section (``ctx.settings("languagetool")``).
    Returns None when LanguageTool is not configured there. A match counts for the sentence
    its first character is in; a sentence without words counts as one word. Every category
    counts (spelling too: glued words are misspellings). Uses the same per-paragraph cache
    as the LT rules. Raises :class:`corpuslint.SetupError` when LanguageTool cannot be
    reached at all, and ``LanguageToolUnavailable`` when it did not answer for this document.
    """
    if not is_configured(settings):
        return None
    sentences = doc.sentences
    counts = [0] * len(sentences)
    if sentences:
        import bisect

        starts = [s.start for s in sentences]
        for m in document_matches(doc, Settings.parse(settings)):
            i = bisect.bisect_right(starts, m.start) - 1
            if i >= 0 and m.start < sentences[i].end:
                counts[i] += 1
    return [n / max(1, len(_WORD.findall(s.text))) for n, s in zip(counts, sentences)]

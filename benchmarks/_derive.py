"""Real news articles and derived copies of them (near copies, edited paraphrases, excerpts) for source benchmarks."""
from __future__ import annotations

import csv
import random
import re
import sys

from _data import data_dir

_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def news_articles() -> list[str]:
    """BBC articles, then CNN/DailyMail articles (texts only, in a fixed order)."""
    out = []
    for path in sorted(data_dir("news-bbc", "bbc").rglob("*.txt")):
        if path.name.lower() == "readme.txt":
            continue
        out.append(path.read_bytes().decode("utf-8", "replace"))
    csv.field_size_limit(sys.maxsize)
    with open(data_dir("news-cnndm", "cnn_dailymail_validation_subset.csv"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            text = row["article"]
            sents = _SENT.split(text)  # CNN rows are one line: give them paragraphs of 3 sentences
            out.append("\n\n".join(" ".join(sents[i:i + 3]) for i in range(0, len(sents), 3)) + "\n")
    return out


def sentences(text: str) -> list[str]:
    return [s for p in text.split("\n") for s in _SENT.split(p.strip()) if s.strip()]


_MARKS = set("\"“”«»")


def _edit_words(sentence: str, rng: random.Random, drop: float, swap: float) -> str:
    """Drop and swap words, never one carrying a quotation mark (quotations stay balanced)."""
    words = sentence.split()
    fixed = [bool(_MARKS & set(w)) for w in words]
    keep = [k for k, w in enumerate(words) if fixed[k] or rng.random() >= drop or len(words) < 6]
    words, fixed = [words[k] for k in keep], [fixed[k] for k in keep]
    for k in range(len(words) - 1):
        if rng.random() < swap and not fixed[k] and not fixed[k + 1]:
            words[k], words[k + 1] = words[k + 1], words[k]
    return " ".join(words)


def derive(text: str, kind: str, rng: random.Random) -> str:
    """A document derived from ``text``: ``copy`` (light edits, credit line), ``paraphrase``
    (words dropped and moved in every sentence, neighbouring sentences merged), ``excerpt``
    (the first half to two thirds, lightly edited)."""
    sents = sentences(text)
    if kind == "copy":
        out = [_edit_words(s, rng, 0.03, 0.0) for s in sents if rng.random() > 0.1]
        return "\n\n".join(out) + "\n\nSource: the original publisher\n"
    if kind == "paraphrase":
        out, k = [], 0
        while k < len(sents):
            if k + 1 < len(sents) and rng.random() < 0.3:
                merged = sents[k].rstrip(".") + ", and " + sents[k + 1][:1].lower() + sents[k + 1][1:]
                out.append(_edit_words(merged, rng, 0.3, 0.15))
                k += 2
            else:
                out.append(_edit_words(sents[k], rng, 0.3, 0.15))
                k += 1
        return "\n\n".join(out) + "\n"
    cut = max(2, int(len(sents) * rng.uniform(0.5, 0.67)))
    return "\n\n".join(_edit_words(s, rng, 0.05, 0.0) for s in sents[:cut]) + "\n"

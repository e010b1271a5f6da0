"""Shared helpers of the MT benchmarks: the clean news articles, and the MT rules run on a text."""
from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import data_dir  # noqa: E402

LINE_CODES = tuple(f"MT{n:03d}" for n in range(2, 12))


def news_articles() -> Iterator[tuple[str, str]]:
    """(id, text) of every article of news-bbc (2,225) and news-cnndm (1,000)."""
    for path in sorted(data_dir("news-bbc", "bbc").glob("*/*.txt")):
        yield f"bbc/{path.parent.name}/{path.name}", path.read_bytes().decode("utf-8", errors="replace")
    csv.field_size_limit(sys.maxsize)
    with open(data_dir("news-cnndm", "cnn_dailymail_validation_subset.csv"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            yield f"cnndm/{row['id']}", row["article"]


def words(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalpha() for c in w))


class MTLinter:
    """The real MT rules (through the runner's per-document call) on texts held in memory."""

    def __init__(self, codes=("MT",), settings: dict | None = None) -> None:
        from corpuslint import Context
        from corpuslint_mt.rules import RULES

        self.rules = [cls() for cls in RULES if any(cls.code.startswith(c) for c in codes)]
        self.contexts = {r.code: Context(dict(r.options), None, settings or {}) for r in self.rules}

    def __call__(self, text: str, path: str = "doc.txt"):
        from corpuslint import Document
        from corpuslint.runner import check_document

        doc = Document(text, path)
        found = check_document(doc, self.rules, self.contexts)
        crashed = [f for f in found if f.code.startswith("CL")]
        if crashed:
            raise RuntimeError(crashed[0].message)
        return sorted(found, key=lambda f: (f.start, f.code))

"""MT on clean human news (news-bbc + news-cnndm, 3,225 documents): how often MT001 fires, the rate
of per-line MT findings, and the twenty most frequent flagged tokens so a person can judge them.

Run: ``.venv/bin/python benchmarks/mt_clean.py``.
Targets (issue 4): MT001 on at most 1% of documents; per-line findings under 1 per 2,000 words.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _mt import LINE_CODES, MTLinter, news_articles, words  # noqa: E402


def main() -> None:
    lint = MTLinter()
    docs = total_words = flagged = 0
    per_code: Counter = Counter()
    tokens: Counter = Counter()
    by_source: Counter = Counter()
    scores = []
    start = time.perf_counter()
    for doc_id, text in news_articles():
        docs += 1
        total_words += words(text)
        found = lint(text, doc_id)
        for f in found:
            if f.code == "MT001":
                flagged += 1
                by_source[doc_id.split("/")[0]] += 1
                scores.append((f.data["score"], doc_id))
            else:
                per_code[f.code] += 1
                tokens[f"{f.code} {text[f.start:f.end]!r}"] += 1
    lines = sum(per_code.values())
    print(f"== MT on clean news: {docs} documents (news-bbc + news-cnndm), {total_words} words")
    print(f"MT001 fires on {flagged} documents = {flagged / docs:.2%} (target <= 1%) "
          f"[bbc {by_source['bbc']}, cnndm {by_source['cnndm']}]")
    print(f"per-line MT findings: {lines} = {2000 * lines / total_words:.3f} per 2,000 words "
          f"(target < 1), {1000 * lines / total_words:.3f} per 1,000 words")
    print("by rule: " + ", ".join(f"{c} {per_code[c]}" for c in LINE_CODES if per_code[c]))
    print("\ntwenty most frequent flagged tokens:")
    for tok, n in tokens.most_common(20):
        print(f"  {n:>3}  {tok}")
    if scores:
        print("\nhighest-scoring documents:")
        for score, doc_id in sorted(scores, reverse=True)[:10]:
            print(f"  {score:6.2f}  {doc_id}")
    print(f"\n({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()

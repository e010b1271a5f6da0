"""BP speed: documents/s and MB/s of the BP family alone over news-bbc on one core, peak memory, and
the memory of the corpus-wide line count (BP008) as the corpus grows.

Run: ``.venv/bin/python benchmarks/bp_speed.py [--repeat 3]``.
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tracemalloc
from array import array
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bp import run_bp  # noqa: E402
from _data import data_dir  # noqa: E402


def throughput(repeat: int) -> None:
    root = data_dir("news-bbc", "bbc")
    files = sorted(root.glob("*/*.txt"))
    size = sum(p.stat().st_size for p in files)
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run_bp(root, jobs=1)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"== BP family on news-bbc, one core (--jobs 1, best of {repeat}), reading files included")
    print(f"{result.documents} documents, {size / 1e6:.2f} MB in {best:.2f} s: "
          f"{result.documents / best:.0f} documents/s, {size / 1e6 / best:.2f} MB/s (target >= 5 MB/s)")
    print(f"peak memory of the process (max RSS): {peak_mb:.0f} MB")


def line_count_memory(docs: int, lines_per_doc: int) -> None:
    """Memory BP008's corpus phase keeps, measured with tracemalloc while absorbing synthetic documents."""
    from corpuslint_boilerplate.recurring import RecurringLine

    rng = random.Random(0)
    rule = RecurringLine()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    marks = {}
    for i in range(1, docs + 1):
        # Most lines unique, a few shared by every page of a site.
        hashes = [rng.getrandbits(64) for _ in range(lines_per_doc - 2)] + [i % 50, 1000 + i % 7]
        rule.absorb((1 << 20, array("Q", sorted(set(hashes)))))
        if i in (docs // 10, docs // 2, docs):
            marks[i] = (tracemalloc.get_traced_memory()[0] - base) / 1e6
    tracemalloc.stop()
    print(f"\n== BP008 corpus-phase memory (count-min sketch, {lines_per_doc} lines/document)")
    for n, mb in marks.items():
        print(f"after {n:>7} documents: {mb:6.1f} MB held")
    print(f"memory does not grow with the corpus: {rule._sketch.nbytes / 1e6:.1f} MB of counters "
          f"whatever the number of documents (target <= 50 MB per million documents)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sketch-docs", type=int, default=100_000)
    args = ap.parse_args()
    throughput(args.repeat)
    line_count_memory(args.sketch_docs, 20)


if __name__ == "__main__":
    main()

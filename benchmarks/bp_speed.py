"""BP speed: documents/s and MB/s of the BP family alone over news-bbc on one core, peak memory, and
the memory of the corpus-wide line count (BP008) as the corpus grows.

Run: ``.venv/bin/python benchmarks/bp_speed.py [--repeat 3]``.
"""
from __future__ import annotations

import argparse
import os
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


def _timed(root: Path, select: tuple[str, ...]) -> tuple[float, float, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = run_bp(root, jobs=1, select=select)
    return time.perf_counter() - wall, time.process_time() - cpu, result


def throughput(repeat: int) -> None:
    root = data_dir("news-bbc", "bbc")
    files = sorted(root.glob("*/*.txt"))
    mb = sum(p.stat().st_size for p in files) / 1e6
    _timed(root, ("BP012",))  # warm up: imports, lexicons, file cache
    # The default family (BP014 included); BP014, the learned scorer, is also timed on its own below.
    import corpuslint_boilerplate

    family = tuple(r.code for r in corpuslint_boilerplate.corpuslint_rules() if r.default_enabled)
    runs = [_timed(root, family) for _ in range(repeat)]
    wall = min(r[0] for r in runs)
    cpu = min(r[1] for r in runs)
    docs = runs[0][2].documents
    base_wall, base_cpu, _ = min((_timed(root, ("CL999",)) for _ in range(repeat)), key=lambda r: r[1])
    bp14_cpu = min(_timed(root, ("BP014",))[1] for _ in range(repeat))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"== BP family (default: {', '.join(family)}) on news-bbc, one core (--jobs 1, best of {repeat}), reading files included")
    print(f"{docs} documents, {mb:.2f} MB")
    print(f"wall clock: {wall:.2f} s = {docs / wall:.0f} documents/s, {mb / wall:.2f} MB/s (target >= 5 MB/s)")
    print(f"CPU time:   {cpu:.2f} s = {docs / cpu:.0f} documents/s, {mb / cpu:.2f} MB/s "
          f"(the machine's load inflates wall clock; CPU time is the process's own work)")
    print(f"of which the runner alone (reading, no rule): {base_cpu:.2f} s CPU; BP rules: "
          f"{cpu - base_cpu:.2f} s CPU = {mb / max(1e-9, cpu - base_cpu):.2f} MB/s")
    print(f"BP014 alone, runner included: {bp14_cpu:.2f} s CPU")
    print(f"load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
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
    if rule._sketch is None:  # fewer distinct lines than the exact-count limit: no sketch yet
        print(f"{len(rule._exact)} distinct lines counted exactly (the sketch takes over past 50,000)")
        return
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

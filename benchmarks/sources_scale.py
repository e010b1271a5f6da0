"""Speed and recall of source discovery on 1,000-8,000 news documents with planted derived copies.

Usage: python benchmarks/sources_scale.py [--sizes 1000,2000,4000,8000] [--jobs 1]

Each corpus holds 40% original articles (BBC and CNN/DailyMail, shuffled once) and, for them, 1.5 derived
documents on average (near copies with a credit line, edited paraphrases, excerpts). The
benchmark times `corpuslint sources DIR --format json -j JOBS` (the fastest of --repeat runs:
shared machines are noisy) and prints wall and CPU seconds,
the ratio of CPU time to the previous size, peak memory (max RSS of the child), recall of the planted pairs (source
and direction right), planted pairs found with the direction undecided, and other pairs
(unplanted: e.g. the BBC set's own duplicate articles). Then it times `sources.align` on
planted pairs.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import REPO  # noqa: E402
from _derive import derive, news_articles  # noqa: E402

KINDS = ("copy", "paraphrase", "excerpt")


def build(root: Path, size: int, articles: list[str], seed: int = 7) -> dict[str, str]:
    """Write a corpus of ``size`` documents; return {derived file: its source file}."""
    rng = random.Random(seed)
    n_orig = int(size * 0.4)
    if n_orig > len(articles):
        sys.exit(f"only {len(articles)} articles available for {n_orig} originals")
    planted: dict[str, str] = {}
    written = 0
    for k in range(n_orig):
        (root / "orig").mkdir(exist_ok=True)
        src = f"orig/{k:05d}.txt"
        (root / src).write_text(articles[k], encoding="utf-8")
        written += 1
    k = 0
    while written < size:
        kind = KINDS[k % 3]
        src = f"orig/{(k * 7919) % n_orig:05d}.txt"
        name = f"derived/{k:05d}-{kind}.txt"
        (root / "derived").mkdir(exist_ok=True)
        (root / name).write_text(derive((root / src).read_text(encoding="utf-8"), kind, rng), encoding="utf-8")
        planted[name] = src
        written += 1
        k += 1
    return planted


def run(root: Path, jobs: int) -> tuple[float, float, float, list[dict]]:
    """Wall seconds, CPU seconds (user + system) and peak MB of one `corpuslint sources` run."""
    cmd = [str(REPO / ".venv" / "bin" / "corpuslint"), "sources", ".", "--format", "json", "--isolated", "-j", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True)
    dt = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(proc.stderr)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak_mb = after.ru_maxrss / 1024  # the largest child so far: sizes grow, so this run's
    return dt, cpu, peak_mb, json.loads(proc.stdout)


def score(links: list[dict], planted: dict[str, str]) -> tuple[float, int, int]:
    found = {(x["derived"], x["source"]): x for x in links}
    right = sum(1 for d, s in planted.items() if found.get((d, s), {}).get("decided"))
    undecided = sum(1 for d, s in planted.items()
                    if ((d, s) in found and not found[(d, s)]["decided"]) or (s, d) in found)
    other = sum(1 for (d, s) in found if planted.get(d) != s and planted.get(s) != d)
    return right / max(1, len(planted)), undecided, other


def time_align(root: Path, planted: dict[str, str], n: int = 200) -> float:
    sys.path.insert(0, str(REPO / "src"))
    from corpuslint.document import Document
    from corpuslint.sources import align

    pairs = list(planted.items())[:n]
    docs = [(Document((root / d).read_text(encoding="utf-8"), d), Document((root / s).read_text(encoding="utf-8"), s))
            for d, s in pairs]
    for a, b in docs:  # sentence splitting is the document's, shared with every rule: not timed
        a.sentences, a.quotations, b.sentences, b.quotations
    t = time.perf_counter()
    for a, b in docs:
        align(a, b)
    return (time.perf_counter() - t) / max(1, len(docs)) * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,2000,4000,8000")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=2, help="runs per size; the fastest (CPU) is kept")
    args = ap.parse_args()
    articles = news_articles()
    random.Random(1).shuffle(articles)  # every size gets the same mix of BBC sections and CNN
    print(f"articles available: {len(articles)}; jobs={args.jobs}")
    print(f"{'docs':>6} {'wall s':>7} {'cpu s':>7} {'ratio':>6} {'peak MB':>8} {'recall':>7} {'undecided':>9} {'other':>6}")
    prev = None
    last_root = None
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            root = Path(tmp) / str(size)
            root.mkdir()
            planted = build(root, size, articles)
            dt, cpu, peak, links = min((run(root, args.jobs) for _ in range(args.repeat)), key=lambda r: r[1])
            recall, undecided, other = score(links, planted)
            ratio = f"{cpu / prev:.2f}" if prev else "-"  # CPU time: the machine may be shared
            print(f"{size:>6} {dt:>7.2f} {cpu:>7.2f} {ratio:>6} {peak:>8.0f} {recall:>7.3f} {undecided:>9} {other:>6}",
                  flush=True)
            prev = cpu
            last_root, last_planted = root, planted
        if last_root is not None:
            print(f"align(): {time_align(last_root, last_planted):.1f} ms per derived/source pair (mean of 200)")


if __name__ == "__main__":
    main()

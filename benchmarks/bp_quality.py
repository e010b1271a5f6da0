"""BP quality: line-level noise detection on turku-oscar-line-quality-en, false positives on news-bbc, the seed 003 check.

Run: ``.venv/bin/python benchmarks/bp_quality.py [--splits dev,test] [--no-bbc] [--no-seed]``.
Tuning uses train and dev only; test is reported, never tuned on.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bp import flagged_lines, run_bp  # noqa: E402
from _data import data_dir, prf, seeds_dir  # noqa: E402


def mcc(tp: int, fp: int, fn: int, tn: int) -> float:
    d = math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
    return (tp * tn - fp * fn) / d if d else 0.0


def scores(pairs) -> tuple[float, float, float, float]:
    """P, R, F1, MCC of the noise class from (predicted_noise, is_noise) pairs."""
    tp = sum(1 for p, y in pairs if p and y)
    fp = sum(1 for p, y in pairs if p and not y)
    fn = sum(1 for p, y in pairs if not p and y)
    tn = sum(1 for p, y in pairs if not p and not y)
    return (*prf(tp, fp, fn), mcc(tp, fp, fn, tn))


_END = re.compile(r"""[.!?]["'”’)\]]*\s*$""")


def heuristic(line: str) -> bool:
    """The trivial baseline: fewer than 4 words, more than 30% punctuation, or no sentence ending."""
    s = line.strip()
    if len(s.split()) < 4:
        return True
    punct = sum(1 for c in s if not c.isalnum() and not c.isspace())
    if punct > 0.3 * len(s):
        return True
    return not _END.search(s)


def oscar(split: str, verbose: bool = False) -> None:
    docs = json.loads((data_dir("turku-oscar-line-quality-en") / f"{split}.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for i, d in enumerate(docs):
            (root / f"{i:03d}.txt").write_text("\n".join(d["text"]) + "\n", encoding="utf-8")
        result = run_bp(root)
    # The default family (every BP rule, BP014 included), and the family without the learned BP014.
    flagged = flagged_lines([f for f in result.findings if f.code != "BP014"])
    flagged_all = flagged_lines(result.findings)
    by_code = Counter()
    rule_hits: dict[str, list[bool]] = {}
    pairs, every, heur, keys, pairs_all = [], [], [], [], []
    # The splits share some documents: report test also on the documents tuning never saw.
    unique = None
    if split == "test":
        seen = {"\n".join(d["text"]) for other in ("train", "dev") for d in json.loads(
            (data_dir("turku-oscar-line-quality-en") / f"{other}.json").read_text(encoding="utf-8"))}
        unique = {i for i, d in enumerate(docs) if "\n".join(d["text"]) not in seen}
    for i, d in enumerate(docs):
        hits = flagged.get(f"{i:03d}.txt", set())
        hits_all = flagged_all.get(f"{i:03d}.txt", set())
        for n, (text, label) in enumerate(zip(d["text"], d["labels"]), 1):
            noise = label == "0"
            if not text.strip():
                continue
            pairs.append((n in hits, noise))
            pairs_all.append((n in hits_all, noise))
            keys.append(i)
            every.append((True, noise))
            heur.append((heuristic(text), noise))
            if verbose and (n in hits) != noise:
                print(f"  {'FP' if not noise else 'FN'} {i:03d}:{n}: {text[:110]!r}")
    for f in result.findings:
        if f.code.startswith("BP"):
            by_code[f.code] += 1
            doc = docs[int(f.path[:3])]
            rule_hits.setdefault(f.code, []).append(doc["labels"][f.line - 1] == "0")
    print(f"\n== turku-oscar-line-quality-en / {split}: {len(docs)} documents, {len(pairs)} lines, "
          f"{sum(y for _, y in pairs)} noise")
    print(f"{'':28}{'P':>7}{'R':>7}{'F1':>7}{'MCC':>7}")
    rows = [("BP family (default)", pairs_all), ("  without BP014", pairs),
            ("baseline: all noise", every), ("baseline: heuristic", heur)]
    if unique is not None and len(unique) < len(docs):
        rows.append((f"BP, {len(unique)} docs not in train/dev", [pr for pr, k in zip(pairs_all, keys) if k in unique]))
        rows.append(("  without BP014, same docs", [pr for pr, k in zip(pairs, keys) if k in unique]))
        rows.append((f"  heuristic, same {len(unique)} docs", [pr for pr, k in zip(heur, keys) if k in unique]))
    for name, ps in rows:
        p, r, f1, m = scores(ps)
        print(f"{name:28}{p:7.3f}{r:7.3f}{f1:7.3f}{m:7.3f}")
    print("per rule (findings, precision on lines):",
          ", ".join(f"{c} {len(v)} {sum(v) / len(v):.2f}" for c, v in sorted(rule_hits.items())))


def bbc() -> None:
    root = data_dir("news-bbc", "bbc")
    result = run_bp(root, jobs=2)
    flagged = flagged_lines(result.findings)  # the default family
    flagged_all = flagged_lines([f for f in result.findings if f.code != "BP014"])  # without BP014
    total = hit = hit_all = 0
    texts: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    for path in sorted(root.glob("*/*.txt")):
        shown = path.relative_to(root).as_posix()
        lines = path.read_bytes().decode("utf-8", "replace").split("\n")
        nums = flagged.get(shown, set())
        nums_all = flagged_all.get(shown, set())
        for n, line in enumerate(lines, 1):
            if line.strip():
                total += 1
                hit_all += n in nums_all
                if n in nums:
                    hit += 1
                    texts[line.strip()[:100]] += 1
    for f in result.findings:
        if f.code.startswith("BP"):
            codes[f.code] += 1
    print(f"\n== news-bbc: {result.documents} documents, {total} non-blank lines, "
          f"{hit} flagged = {100 * hit / max(1, total):.2f}% (target <= 0.5%); "
          f"without BP014 {hit_all} = {100 * hit_all / max(1, total):.2f}%")
    print("findings by rule:", ", ".join(f"{c} {n}" for c, n in sorted(codes.items())))
    print("ten most-flagged line texts:")
    for text, n in texts.most_common(10):
        print(f"  {n:4d}  {text!r}")


# Seed 003's scraped lines, by line number, as ../shared/seeds/README.md describes them.
SEED_003 = {
    1: "ad slot label", 2: "navigation word glued to the date", 4: "teaser cut mid-sentence, repeated later in full",
    **{n: "photo caption (first copy)" for n in range(7, 24, 2)},
    **{n: "photo caption (second copy, agency glued on)" for n in range(8, 25, 2)},
    62: "newsletter sign-up (first)", 107: "newsletter sign-up (second)",
    100: "advertisement marker", 106: "advertisement marker", 102: "newsroom contact footer",
    104: "newsroom contact footer",
}


def seed() -> None:
    path = seeds_dir() / "003_dc1cf30969426d2b.txt"
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / path.name
        target.write_bytes(path.read_bytes())
        result = run_bp(Path(tmp))
    hits = flagged_lines(result.findings).get(path.name, set())
    lines = path.read_text(encoding="utf-8").split("\n")
    print("\n== seed 003 (every BP rule): scraped lines listed in seeds/README.md")
    for n in sorted(SEED_003):
        print(f"  line {n:3d} {'FLAGGED' if n in hits else 'missed '}  {SEED_003[n]}: {lines[n - 1][:60]!r}")
    missed = [n for n in SEED_003 if n not in hits]
    body = [n for n in sorted(hits) if n not in SEED_003]
    print(f"scraped lines flagged: {len(SEED_003) - len(missed)}/{len(SEED_003)}; "
          f"other lines flagged (article body, byline): {body or 'none'}")
    for n in body:
        print(f"  line {n}: {lines[n - 1][:80]!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--splits", default="dev,test")
    ap.add_argument("--verbose", action="store_true", help="print each wrong line (train/dev only, please)")
    ap.add_argument("--no-bbc", action="store_true")
    ap.add_argument("--no-seed", action="store_true")
    args = ap.parse_args()
    for split in args.splits.split(","):
        oscar(split, verbose=args.verbose and split != "test")
    if not args.no_bbc:
        bbc()
    if not args.no_seed:
        seed()


if __name__ == "__main__":
    main()

"""AT002 on the Clough-Stevenson corpus: reused answers (cut, light, heavy) against independent ones (non).

Usage: python benchmarks/at_clough.py [--mode config|discovery|both]

``config`` maps each answer to its task's Wikipedia source with a ``[sources]`` table (one
glob per task); ``discovery`` lets corpuslint find sources itself (``[sources] discover``).
Prints P/R/F1 at the shipped thresholds, recall per level, the AUROC of the evidence score,
and how often adding a credit line to a flagged answer removes the finding.
"""
from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "plugins"))

from _data import data_dir, prf  # noqa: E402

from corpuslint import Document  # noqa: E402
from corpuslint.testing import Linter  # noqa: E402
from corpuslint_attribution.uncredited import UncreditedCopy, copied_share  # noqa: E402

LEVELS = ("cut", "light", "heavy", "non")
# Credit lines of several kinds, added at the end of a copy (the title is the source's first words).
CREDITS = {
    "source-line": "\n\nSource: Wikipedia, \"{title}\".\n",
    "adapted-from": "\n\nAdapted from the Wikipedia article \"{title}\".\n",
    "via": "\n\n(via Wikipedia)\n",
}


def read(path: Path) -> str:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def auroc(pos: list[float], neg: list[float]) -> float:
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg)) if pos and neg else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=("config", "discovery", "both"), default="both")
    args = ap.parse_args()
    root = data_dir("clough-stevenson-plagiarism")
    with open(root / "file_information.csv", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["Category"] in LEVELS]
    files = {r["File"]: read(root / "texts" / r["File"]) for r in rows}
    origs = {t: read(root / "texts" / f"orig_task{t}.txt") for t in "abcde"}
    files.update({f"orig_task{t}.txt": text for t, text in origs.items()})
    answers = [r["File"] for r in rows]
    level = {r["File"]: r["Category"] for r in rows}
    task = {r["File"]: r["Task"] for r in rows}
    mapping = {"sources": {"discover": False, **{f"g*_task{t}.txt": f"orig_task{t}.txt" for t in "abcde"}}}
    opts = UncreditedCopy.options
    print(f"Clough-Stevenson: {len(answers)} answers ({dict(Counter(level.values()))}); "
          f"AT002 min-evidence={opts['min-evidence']} min-sentence-score={opts['min-sentence-score']}")

    # The evidence score per answer against its task's source, for AUROC and per-level means.
    scores = {}
    for name in answers:
        d, s = Document(files[name], name), Document(origs[task[name]], f"orig_task{task[name]}.txt")
        share, verbatim, _, _ = copied_share(d, s, opts["min-sentence-score"])
        scores[name] = min(1.0, share + 2 * verbatim)
    pos = [scores[a] for a in answers if level[a] != "non"]
    neg = [scores[a] for a in answers if level[a] == "non"]
    print(f"evidence score AUROC reused vs non: {auroc(pos, neg):.3f}; mean per level: "
          + ", ".join(f"{lv} {sum(scores[a] for a in answers if level[a] == lv) / max(1, sum(level[a] == lv for a in answers)):.2f}"
                      for lv in LEVELS))

    modes = ("config", "discovery") if args.mode == "both" else (args.mode,)
    for mode in modes:
        with tempfile.TemporaryDirectory() as tmp:
            lint = Linter(Path(tmp))
            config = mapping if mode == "config" else {"sources": {"discover": True}}
            t0 = time.perf_counter()
            found = lint(files, select=["AT002"], config=config, paths=list(files))
            elapsed = time.perf_counter() - t0
            flagged = {f.path for f in found if f.code == "AT002"}
            linked = ""
            if mode == "discovery":
                # What discovery linked: AT002 can only judge answers that got a source.
                out = subprocess.run([sys.executable, "-m", "corpuslint", "sources", "--format", "json", "--isolated",
                                      "."], cwd=tmp, capture_output=True, text=True, check=False).stdout
                links = {row["derived"]: row["source"] for row in json.loads(out or "[]")}
                reused = [a for a in answers if level[a] != "non"]
                linked = (f"  discovery linked {sum(a in links for a in reused)}/{len(reused)} reused answers "
                      f"({sum(links.get(a) == f'orig_task{task[a]}.txt' for a in reused)} to their task's source, "
                      f"the others to another answer) and {sum(a in links for a in answers if level[a] == 'non')}"
                      f"/{len(answers) - len(reused)} independent ones")
            tp = sum(1 for a in answers if a in flagged and level[a] != "non")
            fp = sum(1 for a in answers if a in flagged and level[a] == "non")
            fn = sum(1 for a in answers if a not in flagged and level[a] != "non")
            p, r, f1 = prf(tp, fp, fn)
            print(f"\n[{mode}] P={p:.3f} R={r:.3f} F1={f1:.3f} (tp={tp} fp={fp} fn={fn}); {elapsed:.1f} s")
            if linked:
                print(linked)
            for lv in LEVELS:
                n = sum(level[a] == lv for a in answers)
                k = sum(1 for a in answers if level[a] == lv and a in flagged)
                what = "recall" if lv != "non" else "flagged (false positives)"
                print(f"  {lv:6s} {what}: {k}/{n} = {k / n:.3f}")
            others = sorted(f.path for f in found if f.path not in level)
            if others:
                p2, r2, f2 = prf(tp, fp + len(others), fn)
                print(f"  also flagged: the source documents {others} (their sources were discovered the wrong "
                      f"way round); counting them as false positives: P={p2:.3f} R={r2:.3f} F1={f2:.3f}")
            # Credit-awareness: each flagged reused answer, with a credit line added, must pass.
            copies = [a for a in answers if a in flagged and level[a] != "non"]
            for style, template in CREDITS.items():
                credited = {a: files[a].rstrip("\n") + template.format(title=" ".join(origs[task[a]].split()[:4]))
                            for a in copies}
                again = lint({**files, **credited}, select=["AT002"], config=config, paths=list(files))
                still = {f.path for f in again} & set(copies)
                print(f"  credit line '{style}': finding removed on {len(copies) - len(still)}/{len(copies)} flagged copies")


if __name__ == "__main__":
    main()

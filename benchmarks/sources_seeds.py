"""Discovery quality: the seed documents (expected pairs) and the Clough-Stevenson answers (reuse vs non-reuse).

Usage: python benchmarks/sources_seeds.py

Seeds: `corpuslint sources` on ../shared/seeds must find 000 -> 003 and 002 -> 003 and nothing else.
Clough-Stevenson (all 100 files, decoded as UTF-8 with a cp1252 fallback into a temporary folder):
for each answer (positives: cut, light, heavy; negatives: non) it prints precision, recall and F1
of three readings of the discovered links, and recall per level:
- `from-orig`: the answer is linked to its task's Wikipedia source, in the right direction;
- `orig-any`: the answer and its source are linked in either direction or undecided;
- `any-source`: the answer gets any source at all (what a source-based rule such as AT002 sees).
"""
from __future__ import annotations

import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import REPO, data_dir, prf, seeds_dir  # noqa: E402

EXPECTED = {("000", "003"), ("002", "003")}


def sources(folder: Path) -> list[dict]:
    cmd = [str(REPO / ".venv" / "bin" / "corpuslint"), "sources", ".", "--format", "json", "--isolated"]
    proc = subprocess.run(cmd, cwd=folder, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(proc.stderr)
    return json.loads(proc.stdout)


def seeds() -> None:
    links = sources(seeds_dir())
    found = {(Path(x["derived"]).name[:3], Path(x["source"]).name[:3]) for x in links}
    print("seeds: found", sorted(f"{d} -> {s}" for d, s in found))
    for x in links:
        print(f"  {x['derived']} <- {x['source']}  {x['evidence']}")
    print(f"seeds: expected pairs found {len(found & EXPECTED)}/{len(EXPECTED)}, unexpected {len(found - EXPECTED)}"
          f" -> {'PASS' if found == EXPECTED else 'FAIL'}")


def clough() -> None:
    base = data_dir("clough-stevenson-plagiarism")
    info = list(csv.DictReader(open(base / "file_information.csv", encoding="utf-8")))
    with tempfile.TemporaryDirectory() as tmp:
        for row in info:
            raw = (base / "texts" / row["File"]).read_bytes()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("cp1252")
            (Path(tmp) / row["File"]).write_text(text.replace("\r\n", "\n").replace("\r", "\n"), encoding="utf-8")
        links = sources(Path(tmp))
    readings = {
        "from-orig": lambda f, o: any(x["derived"] == f and x["source"] == o and x["decided"] for x in links),
        "orig-any": lambda f, o: any({x["derived"], x["source"]} == {f, o} for x in links),
        "any-source": lambda f, o: any(x["derived"] == f for x in links),
    }
    answers = [r for r in info if r["Category"] != "orig"]
    print(f"clough-stevenson: {len(answers)} answers, {len(links)} links")
    for name, hit in readings.items():
        tp = fp = fn = 0
        per: dict[str, list[int]] = {}
        for r in answers:
            got = hit(r["File"], f"orig_task{r['Task']}.txt")
            pos = r["Category"] != "non"
            tp += got and pos
            fp += got and not pos
            fn += pos and not got
            per.setdefault(r["Category"], []).append(int(got))
        p, rec, f1 = prf(tp, fp, fn)
        levels = "  ".join(f"{c} {sum(v)}/{len(v)}" for c, v in sorted(per.items()))
        print(f"  {name:<10} P={p:.3f} R={rec:.3f} F1={f1:.3f}   flagged per level: {levels}")


if __name__ == "__main__":
    seeds()
    clough()

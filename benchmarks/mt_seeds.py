"""MT on the five seed documents: MT001 must report 000 and none of the others, and the artefacts
of 000 named in the issue (glued words, the lower-cased 'kyiv', 'de', 'an truck', "Trumps'")
must be found at their positions.

Run: ``.venv/bin/python benchmarks/mt_seeds.py``.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import seeds_dir  # noqa: E402
from _mt import MTLinter  # noqa: E402

import corpuslint_mt  # noqa: E402

GARBLED = "000_1a0b2bdbb563f32f.txt"
# What a reader sees in 000 (the list): each must be covered by an MT finding.
EXPECTED = [r"Theu\.s\.", r"thantwo", r"Evenhockey", r"Zelenskyyyforabout", r"\bkyiv\b", r"(?<=kyiv )de\b",
            r"an truck", r"Trumps'", r"one -hour"]


def main() -> None:
    lint = MTLinter()
    ok = True
    print("== MT on the seed documents")
    for path in sorted(seeds_dir().glob("0*.txt")):
        text = path.read_text(encoding="utf-8")
        found = lint(text, path.name)
        doc = [f for f in found if f.code == "MT001"]
        value = corpuslint_mt.score(text).score
        want = path.name == GARBLED
        status = "ok" if bool(doc) == want else "WRONG"
        ok &= bool(doc) == want
        print(f"{path.name}: MT001 {'reported' if doc else 'not reported'} (score {value:.2f}), "
              f"{len(found) - len(doc)} per-line findings  [{status}]")
        if want:
            print("  expected artefacts:")
            for pattern in EXPECTED:
                spans = [m.span() for m in re.finditer(pattern, text)]
                hits = sum(1 for a, b in spans if any(f.start < b and f.end > a and f.code != "MT001" for f in found))
                print(f"    {pattern!r:28} {hits}/{len(spans)} occurrences found")
            print("  findings:")
            for f in found:
                if f.code != "MT001":
                    print(f"    {f.line}:{f.column} {f.code} {f.message}")
    print("\nMT001 seeds check:", "PASS" if ok else "FAIL")


if __name__ == "__main__":
    main()

"""QT rules on the five seed documents, sources found by discovery: prints each document's QT findings.

Usage: python benchmarks/qt_seeds.py

Expected (issue 5): QT001 reports the reworded quotation in 000 (`in my opinion` where the
source says `in my view`), QT002 reports quotations of 000 that lost their marks, and the
documents with no source here (001, 004, and the original 003) get no QT finding.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import seeds_dir  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="qt-seeds-") as tmp:
        root = Path(tmp)
        for path in sorted(seeds_dir().glob("*.txt")):
            shutil.copy(path, root / path.name)
        proc = subprocess.run([sys.executable, "-m", "corpuslint", "check", "--select", "QT", "--format", "json", "."],
                              cwd=root, capture_output=True, text=True)
        if proc.returncode not in (0, 1):
            sys.exit(f"corpuslint failed ({proc.returncode}):\n{proc.stderr}")
        findings = json.loads(proc.stdout)
    per_doc = Counter((f["path"][:3], f["code"]) for f in findings)
    print("QT findings per seed document (sources by discovery):")
    for doc in ("000", "001", "002", "003", "004"):
        counts = ", ".join(f"{code} {n}" for (d, code), n in sorted(per_doc.items()) if d == doc) or "none"
        print(f"  {doc}: {counts}")
    reworded = [f for f in findings if f["code"] == "QT001" and "in my opinion" in f["message"]
                and "in my view" in f["message"]]
    print(f"\nQT001 on the reworded quotation ('in my view' -> 'in my opinion') in 000: "
          f"{'reported' if reworded and reworded[0]['path'].startswith('000') else 'NOT reported'}")
    for f in reworded[:1]:
        print(f"  {f['path']}:{f['line']}: {f['message']}")
    unmarked = [f for f in findings if f["code"] == "QT002" and f["path"].startswith("000")]
    print(f"QT002 in 000: {len(unmarked)} stretches of prose that the source quotes")
    for f in unmarked:
        print(f"  {f['path'][:3]}:{f['line']}: {f['message'][:150]}")
    quiet = all(not d.startswith(("001", "003", "004")) for d, _ in per_doc)
    print(f"\nno QT finding on 001, 003, 004: {'yes' if quiet else 'NO'}")


if __name__ == "__main__":
    main()

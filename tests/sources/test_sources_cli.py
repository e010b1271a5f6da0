"""`corpuslint sources` prints each derived document's source, how it was found and the evidence."""
from __future__ import annotations

import json
import subprocess
import sys

from fixtures import COPY, INDEPENDENT, ORIGINAL, PARAPHRASE


def run(cwd, *args):
    return subprocess.run([sys.executable, "-m", "corpuslint", "sources", *args, "--isolated"],
                          cwd=cwd, capture_output=True, text=True, timeout=120)


def corpus(tmp_path):
    for name, text in {"gazette.txt": ORIGINAL, "reprint.txt": COPY, "rewrite.txt": PARAPHRASE,
                       "feature.txt": INDEPENDENT}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_text_output_names_source_how_and_evidence(tmp_path):
    proc = run(corpus(tmp_path), ".")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("reprint.txt <- gazette.txt  [discovered] 100% of sentences aligned (9/9)")
    assert "direction: credit line" in lines[0]
    assert lines[1].startswith("rewrite.txt <- gazette.txt  [discovered] ")


def test_json_output_has_share_and_decided(tmp_path):
    proc = run(corpus(tmp_path), ".", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    links = json.loads(proc.stdout)
    assert [(x["derived"], x["source"], x["how"], x["decided"]) for x in links] == [
        ("reprint.txt", "gazette.txt", "discovered", True), ("rewrite.txt", "gazette.txt", "discovered", True)]
    assert all(0.4 <= x["share"] <= 1.0 and "sentences aligned" in x["evidence"] for x in links)


def test_paths_limit_the_corpus(tmp_path):
    proc = run(corpus(tmp_path), "gazette.txt", "feature.txt")
    assert proc.returncode == 0 and proc.stdout == ""


def test_config_links_are_listed_with_missing_sources(tmp_path):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "a.txt").write_text(COPY, encoding="utf-8")
    (tmp_path / ".corpuslint.toml").write_text('[sources]\n"t/*.txt" = "o/{stem}.txt"\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "corpuslint", "sources", "t"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("t/a.txt <- o/a.txt (missing)  [config]")

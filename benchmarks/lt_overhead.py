"""LT speed: the LT family over news-bbc, first run (every paragraph asked) and re-run (all from the cache).

Without ``--server`` it measures corpuslint's own cost around LanguageTool (batching, HTTP
through language-tool-python, the SQLite cache, findings) against the tests' instant
LanguageTool-API server (tests/languagetool/conftest.py), whose few checks stand in for
LanguageTool's; LanguageTool's own checking time comes on top. With ``--server URL`` (a real
LanguageTool you run) it measures the real thing and the findings per 1,000 words.

Run: ``.venv/bin/python benchmarks/lt_overhead.py [--server http://localhost:8081] [--limit 500] [--jobs 1]``.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import REPO, data_dir  # noqa: E402


def stand_in_server():
    spec = importlib.util.spec_from_file_location("lt_api_server", REPO / "tests" / "languagetool" / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.FakeLanguageTool()


def lint(files: list[Path], root: Path, server: str, jobs: int, cache: str):
    from corpuslint import config as config_mod
    from corpuslint import plugins, readers
    from corpuslint.runner import Runner

    registry = plugins.load(None, entry_points=True)
    config = {"languagetool": {"server": server, "timeout": 60.0, "cache-dir": cache}}
    cfg = config_mod.build(None, config, registry.rules, registry.settings, cwd=root)
    cfg = cfg.with_overrides(select=["LT"], ignore=[])
    runner = Runner(registry, cfg, jobs=jobs, cwd=root)
    return runner.run_files([(p, readers.display_path(p, root)) for p in files])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", help="a real LanguageTool server (default: the tests' stand-in)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()

    root = data_dir("news-bbc", "bbc")
    files = sorted(root.glob("*/*.txt"))
    if args.limit:
        files = files[:args.limit]
    size = sum(p.stat().st_size for p in files)
    words = sum(len(re.findall(r"\w+", p.read_text(encoding="utf-8", errors="replace"))) for p in files)

    stand_in = None
    server = args.server
    if not server:
        stand_in = stand_in_server().__enter__()
        server = stand_in.url
    what = f"LanguageTool server {args.server}" if args.server else "the tests' instant stand-in server"
    try:
        with tempfile.TemporaryDirectory() as cache:
            print(f"== LT family on news-bbc ({len(files)} documents, {size / 1e6:.2f} MB, {words} words), "
                  f"--jobs {args.jobs}, {what}")
            for label in ("first run (every paragraph asked)", "re-run (every paragraph from the cache)"):
                asked = len(stand_in.checks) if stand_in else 0
                start = time.perf_counter()
                result = lint(files, root, server, args.jobs, cache)
                elapsed = time.perf_counter() - start
                requests = f", {len(stand_in.checks) - asked} check requests" if stand_in else ""
                print(f"{label}: {elapsed:.2f} s, {size / 1e6 / elapsed:.2f} MB/s, "
                      f"{len(files) / elapsed:.0f} documents/s{requests}")
            counts = Counter(f.code for f in result.findings)
            per_k = ", ".join(f"{code} {n / words * 1000:.2f}" for code, n in sorted(counts.items()))
            print(f"findings per 1,000 words: {per_k or 'none'}"
                  + ("" if args.server else " (stand-in checks, not LanguageTool's)"))
    finally:
        if stand_in is not None:
            stand_in.__exit__(None, None, None)


if __name__ == "__main__":
    os.environ.setdefault("CORPUSLINT_CACHE_DIR", tempfile.mkdtemp(prefix="lt-bench-"))
    main()

"""MT speed: the MT family alone over news-bbc on one core (MB/s, files read by the real runner),
and how long the language data takes to load, from the disk cache and when built afresh.

Run: ``.venv/bin/python benchmarks/mt_speed.py [--repeat 3] [--build]``.
Targets (issue 4): at least 2 MB/s on one core; language data loaded in under 1 s.
CPU time of the process is reported next to wall time: on a shared machine wall time also
counts other programs' turns.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import data_dir  # noqa: E402


def run_mt(root: Path, select=("MT",)):
    from corpuslint import config as config_mod
    from corpuslint import plugins
    from corpuslint.runner import Runner

    registry = plugins.load(None, entry_points=True)
    old = Path.cwd()
    os.chdir(root)
    try:
        cfg = config_mod.build(None, {}, registry.rules, registry.settings, cwd=root)
        cfg = cfg.with_overrides(select=list(select), ignore=[])
        return Runner(registry, cfg, jobs=1, cwd=root).run(["."])
    finally:
        os.chdir(old)


LOAD = "import time; t = time.perf_counter(); from corpuslint_mt import lexicon; lexicon.load(); " \
       "print(time.perf_counter() - t)"


def load_time(cache: str | None) -> float:
    env = dict(os.environ)
    if cache is not None:
        env["CORPUSLINT_CACHE_DIR"] = cache
    out = subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True, env=env, check=True)
    return float(out.stdout.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--build", action="store_true", help="also time building the data without a cache")
    args = ap.parse_args()
    root = data_dir("news-bbc", "bbc")
    files = sorted(root.glob("*/*.txt"))
    size = sum(p.stat().st_size for p in files)
    from corpuslint_mt import lexicon

    lexicon.load()  # the data is loaded once per process: time the rules, not the loading
    best_wall = best_cpu = None
    for _ in range(args.repeat):
        w, c = time.perf_counter(), time.process_time()
        result = run_mt(root)
        w, c = time.perf_counter() - w, time.process_time() - c
        best_wall = w if best_wall is None else min(best_wall, w)
        best_cpu = c if best_cpu is None else min(best_cpu, c)
    mb = size / 1e6
    print(f"== MT family (MT001-MT011) on news-bbc, one core (--jobs 1, best of {args.repeat}), reading files included")
    print(f"{result.documents} documents, {mb:.2f} MB: wall {best_wall:.2f} s = {mb / best_wall:.2f} MB/s, "
          f"CPU {best_cpu:.2f} s = {mb / best_cpu:.2f} MB/s (target >= 2 MB/s); {len(result.findings)} findings")
    cached = sorted(load_time(None) for _ in range(3))
    print(f"\nlanguage data load from the disk cache ({lexicon.cache_path().name}): "
          f"median {cached[1]:.2f} s of 3 fresh processes (target < 1 s)")
    if args.build:
        with tempfile.TemporaryDirectory() as tmp:
            print(f"building it afresh (first run after installing): {load_time(tmp):.2f} s")


if __name__ == "__main__":
    main()

"""Shared helpers of the BP benchmarks: run the real runner with the BP family on a folder of files."""
from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def run_bp(root: Path, *, jobs: int = 1, config: dict | None = None, select=("BP",)):
    """Lint every text file under ``root`` with the BP rules; return the runner's result."""
    from corpuslint import config as config_mod
    from corpuslint import plugins
    from corpuslint.runner import Runner

    registry = plugins.load(None, entry_points=True)
    old = Path.cwd()
    os.chdir(root)
    try:
        cfg = config_mod.build(None, dict(config or {}), registry.rules, registry.settings, cwd=root)
        cfg = cfg.with_overrides(select=list(select), ignore=[])
        runner = Runner(registry, cfg, jobs=jobs, cwd=root)
        return runner.run(["."])
    finally:
        os.chdir(old)


def flagged_lines(findings) -> dict[str, set[int]]:
    """{path: line numbers covered by a BP finding}."""
    out: dict[str, set[int]] = {}
    for f in findings:
        if f.code.startswith("BP"):
            out.setdefault(f.path, set()).update(range(f.line, f.end_line + 1))
    return out

"""Helpers for the core's tests: run the real CLI in a subprocess, with optional extra plugins."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # so tests can import core_sample_plugin


def make_plugin_path(root: Path, entry_points: dict[str, str], dist: str = "corpuslint-test-plugins") -> Path:
    """A folder with a real ``.dist-info`` declaring ``corpuslint`` entry points (as pip would write it)."""
    site = root / "site"
    info = site / f"{dist.replace('-', '_')}-1.0.dist-info"
    info.mkdir(parents=True, exist_ok=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        "[corpuslint]\n" + "".join(f"{k} = {v}\n" for k, v in entry_points.items()))
    return site


@pytest.fixture
def cli(tmp_path, tmp_path_factory):
    """Run ``corpuslint ARGS`` in ``tmp_path`` (or ``cwd``); returns the CompletedProcess."""

    def run(*args: str, cwd: Path | None = None, plugins: dict[str, str] | None = None, env: dict | None = None,
            input: str | None = None):
        environ = {k: v for k, v in os.environ.items() if k != "CI"}
        environ.update(env or {})
        paths = [str(HERE)]
        if plugins:
            paths.insert(0, str(make_plugin_path(tmp_path_factory.mktemp("plugin-env"), plugins)))
        environ["PYTHONPATH"] = os.pathsep.join(paths + [environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)
        return subprocess.run([sys.executable, "-m", "corpuslint", *args], cwd=cwd or tmp_path,
                              capture_output=True, text=True, env=environ, input=input, timeout=120)

    return run




"""Where the benchmarks find the evaluation data: ``$CORPUSLINT_DATA`` or ``../shared/data`` beside the repository."""
from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def data_dir(*parts: str) -> Path:
    """The data folder (or a folder inside it); exits with a clear message when it is absent."""
    base = Path(os.environ.get("CORPUSLINT_DATA", REPO.parent / "shared" / "data"))
    path = base.joinpath(*parts)
    if not path.exists():
        sys.exit(f"benchmark data not found: {path}\n"
                 f"Set CORPUSLINT_DATA to the folder holding the evaluation data sets "
                 f"(default: ../shared/data beside the repository).")
    return path


def seeds_dir() -> Path:
    """The five seed documents: ``$CORPUSLINT_SEEDS`` or ``../shared/seeds``."""
    path = Path(os.environ.get("CORPUSLINT_SEEDS", REPO.parent / "shared" / "seeds"))
    if not path.exists():
        sys.exit(f"seed documents not found: {path}\nSet CORPUSLINT_SEEDS to their folder.")
    return path


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)

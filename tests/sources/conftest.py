"""Helpers for the sources tests: a rule that reports what ``ctx.source`` returns."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

"""Fixtures for the QT tests: lint a document derived from the invented story in qt_story.py."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # so tests can import qt_story

from qt_story import FRAME, SOURCE, SOURCES  # noqa: E402


@pytest.fixture
def qlint(lint):
    """``qlint(body, select)``: lint ``derived/ferry.txt`` (FRAME around ``body``) against the story."""

    def run(body: str, select=("QT",), *, source: str | None = SOURCE, config=SOURCES):
        files = {"derived/ferry.txt": FRAME.format(body=body)}
        if source is not None:
            files["originals/ferry.txt"] = source
        return lint(files, select=list(select), config=config, paths=["derived/ferry.txt"])

    run.lint = lint
    return run

"""LanguageTool's answers cached on disk per paragraph (content hash), so a re-run does not ask again."""
from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

#: Bump when the stored form of a match changes: old entries are then simply not found.
FORMAT = 1
FILE_NAME = f"languagetool-v{FORMAT}.sqlite3"


def cache_dir(configured: str = "") -> Path:
    """``[languagetool] cache-dir``, else ``$CORPUSLINT_CACHE_DIR``, else the user's cache folder."""
    if configured:
        return Path(configured).expanduser()
    env = os.environ.get("CORPUSLINT_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "corpuslint"


class AnswerCache:
    """A key -> list-of-matches store in SQLite, safe to share between worker processes.

    Each process opens its own connection (a connection must not cross a fork). When the
    folder cannot be written, answers are kept in memory for this process only.
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE_NAME
        self._pid = -1
        self._db: sqlite3.Connection | None = None
        self._memory: dict[str, list] = {}

    def _conn(self) -> sqlite3.Connection | None:
        if self._pid != os.getpid():
            self._pid, self._db = os.getpid(), None
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._db = _retry(self._open)
            except (OSError, sqlite3.Error):
                self._db = None  # unwritable cache: fall back to memory, never fail the run
        return self._db

    def get_many(self, keys: list[str]) -> dict[str, list]:
        found = {k: self._memory[k] for k in keys if k in self._memory}
        db = self._conn()
        wanted = [k for k in keys if k not in found]
        if db is None or not wanted:
            return found
        try:
            for i in range(0, len(wanted), 500):  # SQLite limits the number of parameters
                chunk = wanted[i:i + 500]
                rows = db.execute(f"SELECT key, matches FROM answers WHERE key IN ({','.join('?' * len(chunk))})",
                                  chunk).fetchall()
                found.update((k, json.loads(v)) for k, v in rows)
        except (sqlite3.Error, ValueError):
            pass  # a damaged cache only costs a new request
        return found

    def put_many(self, answers: dict[str, list]) -> None:
        if not answers:
            return
        db = self._conn()
        if db is None:
            self._memory.update(answers)
            return
        rows = [(k, json.dumps(v, ensure_ascii=False, separators=(",", ":"))) for k, v in answers.items()]

        def write() -> None:
            with db:
                db.execute("BEGIN IMMEDIATE")  # take the write lock now: the busy timeout then applies
                db.executemany("INSERT OR REPLACE INTO answers (key, matches) VALUES (?, ?)", rows)

        try:
            _retry(write)
        except sqlite3.Error:
            self._memory.update(answers)

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # a cache: losing the last answers on power loss is fine
            db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, matches TEXT NOT NULL)")
        except sqlite3.Error:
            db.close()
            raise
        return db


def _retry(action, attempts: int = 8):
    """Worker processes open a new cache file at the same moment: switching it to WAL takes a
    lock that SQLite's busy timeout does not wait for, so "database is locked" is retried."""
    for attempt in range(attempts):
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.02 * (attempt + 1))


_CACHES: dict[Path, AnswerCache] = {}


def open_cache(configured: str = "") -> AnswerCache:
    """The cache for a folder, one object per process."""
    folder = cache_dir(configured)
    cache = _CACHES.get(folder)
    if cache is None:
        cache = _CACHES[folder] = AnswerCache(folder)
    return cache


def stored_match(match: Any, paragraph_offset: int, paragraph_length: int) -> dict[str, Any]:
    """A language_tool_python Match as cached: offsets relative to its paragraph."""
    start = match.offset - paragraph_offset
    end = min(start + max(0, match.error_length), paragraph_length)
    return {"o": start, "l": max(0, end - start), "r": match.rule_id, "c": match.category,
            "t": match.rule_issue_type, "m": match.message, "s": list(match.replacements[:5])}

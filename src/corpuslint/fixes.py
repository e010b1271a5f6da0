"""Applying fixes: non-overlapping edits, written atomically in the file's own encoding and line endings."""
from __future__ import annotations

import difflib
import os
import tempfile
from collections import defaultdict
from pathlib import Path

from corpuslint.document import Document
from corpuslint.findings import Finding


def applicable(findings: list[Finding], unsafe: bool) -> list[Finding]:
    return [f for f in findings if f.fix is not None and f.fix.edits and (f.fix.safe or unsafe)]


def apply_edits(text: str, findings: list[Finding]) -> tuple[str, int]:
    """Apply each finding's fix unless it overlaps one already taken (deferred to the next pass)."""
    taken: list[tuple[int, int]] = []
    chosen = []
    for f in sorted(findings, key=lambda f: (min(e.start for e in f.fix.edits), f.code)):
        spans = [(e.start, e.end) for e in f.fix.edits]
        if any(a < tb and ta < b or (a == b == ta == tb) for a, b in spans for ta, tb in taken):
            continue
        taken.extend(spans)
        chosen.append(f)
    edits = sorted((e for f in chosen for e in f.fix.edits), key=lambda e: (e.start, e.end), reverse=True)
    for e in edits:
        text = text[: e.start] + e.content + text[e.end:]
    return text, len(chosen)


def encode(doc: Document, text: str) -> bytes:
    """The file bytes for ``text`` in the document's original form (BOM, CRLF)."""
    if doc.newline != "\n":
        text = text.replace("\n", doc.newline)
    data = text.encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if doc.bom else data


def write_atomic(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder and rename: never a half-written file."""
    mode = path.stat().st_mode & 0o7777
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def plan(findings: list[Finding], unsafe: bool) -> dict[str, list[Finding]]:
    """Fixable findings by path, for documents that are whole files (not records)."""
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for f in applicable(findings, unsafe):
        if f.record is None:
            by_path[f.path].append(f)
    return dict(by_path)


def fix_file(path: Path, shown: str, findings: list[Finding], *, write: bool) -> tuple[int, str]:
    """Apply fixes to one file. Returns (fixes applied, unified diff). Skips stale findings."""
    from corpuslint.readers import read_text_file

    doc = read_text_file(path, shown)
    current = [f for f in findings if f.digest in ("", doc.digest)]
    new_text, count = apply_edits(doc.text, current)
    if count == 0 or new_text == doc.text:
        return 0, ""
    diff = "".join(difflib.unified_diff(
        doc.text.splitlines(keepends=True), new_text.splitlines(keepends=True),
        fromfile=f"a/{shown}", tofile=f"b/{shown}"))
    if write:
        write_atomic(path, encode(doc, new_text))
    return count, diff

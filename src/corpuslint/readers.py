"""From paths to documents: walking folders and globs, decoding files, turning bad files into CL findings."""
from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

from corpuslint.document import Document
from corpuslint.errors import ReadError, UsageError
from corpuslint.findings import Finding

#: Extensions read when walking a directory (explicitly named files are read whatever their name).
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
_BOM = b"\xef\xbb\xbf"


def display_path(path: Path | str, cwd: Path | str) -> str:
    """The path as reports show it: relative to the working directory when below it."""
    # abspath, not resolve: a symlink is reported under its own name (and no syscalls per file)
    return relative_posix(str(path), os.path.abspath(cwd))


def relative_posix(path: str, base_abs: str) -> str:
    """``path`` relative to the absolute folder ``base_abs`` in ``/`` form, or as given when outside it."""
    full = os.path.abspath(path)
    prefix = base_abs.rstrip(os.sep) + os.sep
    rel = full[len(prefix):] if full.startswith(prefix) else (path if full != base_abs else ".")
    return rel.replace(os.sep, "/") if os.sep != "/" else rel


def iter_files(targets: list[str], config, cwd: Path, suffixes=TEXT_SUFFIXES) -> Iterator[Path]:
    """Files named by ``targets`` (files, directories walked recursively, globs), sorted, excluded ones left out."""
    seen: set[str] = set()
    for target in targets:
        path = Path(target)
        if path.is_file():
            candidates = [path] if not config.is_excluded(path) else []
        elif path.is_dir():
            candidates = _walk(path, config, suffixes)
        elif glob.has_magic(target):
            candidates = []
            for m in sorted(glob.glob(target, recursive=True)):
                if os.path.isdir(m):
                    candidates.extend(_walk(Path(m), config, suffixes))
                elif os.path.isfile(m) and not config.is_excluded(m):
                    candidates.append(Path(m))
        else:
            raise UsageError(f"{target}: no such file or directory")
        for c in candidates:
            key = os.path.abspath(c)
            if key not in seen:
                seen.add(key)
                yield c


def _walk(root: Path, config, suffixes) -> list[Path]:
    """Files under ``root`` with a text suffix; excluded folders are not entered."""
    if config.is_excluded(root):
        return []
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(n for n in dirnames if not config.is_excluded(os.path.join(dirpath, n)))
        out.extend(Path(dirpath, n) for n in sorted(filenames)
                   if n.lower().endswith(suffixes) and not config.is_excluded(os.path.join(dirpath, n)))
    return out


def read_text_file(path: Path, shown: str) -> Document:
    """Decode a UTF-8 text file into a Document; raise ReadError for anything else.

    A UTF-8 BOM and consistent CRLF line endings are remembered on the document so that
    fixes write the file back in the same form.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from None
    bom = raw.startswith(_BOM)
    if bom:
        raw = raw[len(_BOM):]
    nul = raw.find(b"\x00", 0, 8192)
    if nul != -1:
        raise ReadError("binary file (contains NUL bytes); only UTF-8 text is checked", nul, "CL003")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + (len(_BOM) if bom else 0)
        raise ReadError(
            f"not valid UTF-8: byte 0x{raw[exc.start]:02x} at byte offset {offset}", offset, "CL002"
        ) from None
    newline = "\n"
    if "\r\n" in text and text.count("\r\n") == text.count("\n"):
        newline = "\r\n"
        text = text.replace("\r\n", "\n")
    return Document(text, shown, newline=newline, bom=bom)


def read(path: Path, shown: str, pm=None) -> tuple[list[Document], list[Finding]]:
    """Documents of one file, or the CL findings explaining why there are none."""
    from corpuslint import core_rules

    try:
        docs = None
        if pm is not None:
            docs = pm.hook.corpuslint_read(path=path, display_path=shown)
        if docs is None:
            docs = [read_text_file(path, shown)]
    except ReadError as exc:
        return [], [core_rules.file_finding(path, shown, exc)]
    findings = []
    for doc in docs:
        if not doc.text.strip():
            findings.append(core_rules.EmptyFile.at_start(doc))
    return [d for d in docs if d.text.strip()], findings


def position_of_byte(path: Path, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset in a file."""
    try:
        raw = path.read_bytes()[:offset]
    except OSError:
        return 1, 1
    line = raw.count(b"\n") + 1
    last = raw[raw.rfind(b"\n") + 1:]
    return line, len(last.decode("utf-8", "replace")) + 1



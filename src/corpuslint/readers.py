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
    for path, _ in find_files(targets, config, cwd, suffixes):
        yield Path(path)


def find_files(targets: list[str], config, cwd: Path | str, suffixes=TEXT_SUFFIXES) -> list[tuple[str, str]]:
    """``(path, shown)`` of the files named by ``targets``, as a list: see :func:`walk_files`."""
    return list(walk_files(targets, config, cwd, suffixes))


def walk_files(targets: list[str], config, cwd: Path | str, suffixes=TEXT_SUFFIXES) -> Iterator[tuple[str, str]]:
    """``(path, shown)`` of the files named by ``targets`` (files, directories walked
    recursively, globs), in order, excluded ones left out; ``shown`` is :func:`display_path`.
    Folder by folder, as they are listed: a run starts checking before the walk ends.

    Paths stay strings: the pre-commit case and corpora of many small files spend most of
    discovery on per-file objects and syscalls otherwise (a directory is listed once, with
    os.scandir, and each file costs a few string operations and two regex matches).
    """
    cwd_abs = os.path.abspath(cwd)
    found = _walk_targets(targets, config, suffixes, cwd_abs)
    if len(targets) > 1 or any(glob.has_magic(t) for t in targets):  # one walk never repeats a file
        seen: set[str] = set()
        for item in found:
            key = os.path.abspath(item[0])
            if key not in seen:
                seen.add(key)
                yield item
    else:
        yield from found


def _walk_targets(targets: list[str], config, suffixes, cwd_abs: str) -> Iterator[tuple[str, str]]:
    for target in targets:
        if os.path.isfile(target):
            path = str(Path(target))  # the same spelling as before: "./a.txt" -> "a.txt"
            if not config.is_excluded(path):
                yield path, relative_posix(path, cwd_abs)
        elif os.path.isdir(target):
            yield from _walk(str(Path(target)), config, suffixes, cwd_abs)
        elif glob.has_magic(target):
            for m in sorted(glob.glob(target, recursive=True)):
                m = str(Path(m))
                if os.path.isdir(m):
                    yield from _walk(m, config, suffixes, cwd_abs)
                elif os.path.isfile(m) and not config.is_excluded(m):
                    yield m, relative_posix(m, cwd_abs)
        else:
            raise UsageError(f"{target}: no such file or directory")


def _walk(root: str, config, suffixes, cwd_abs: str) -> Iterator[tuple[str, str]]:
    """The files under ``root`` with a text suffix, folder by folder; excluded folders are not entered.

    The same files, in the same order, as ``os.walk`` (top-down, sorted, symlinked folders
    listed but not entered, unlistable folders skipped) filtered by ``config.is_excluded``.
    """
    if config.is_excluded(root):
        return
    whole, name_set, whole_re, name_re = config._file_exclusions
    stack = [root]
    while stack:
        top = stack.pop()
        try:
            with os.scandir(top) as it:
                entries = list(it)
        except OSError:
            continue
        dirs, files = [], []
        for e in entries:
            try:
                is_dir = e.is_dir()
            except OSError:
                is_dir = False
            (dirs if is_dir else files).append(e)
        # A file's path relative to the config root, and as shown, is its folder's plus its
        # name; the folder itself passed is_excluded, so of the name-wise patterns only the
        # file name is left to test.
        base = "" if top == "." else os.path.join(top, "")  # as pathlib spells it: "a.txt", not "./a.txt"
        probe = base + "x"
        rel_prefix = config._relative(probe)[:-1]
        shown_prefix = relative_posix(probe, cwd_abs)[:-1]
        out = []
        for name in sorted(e.name for e in files):
            if not name.lower().endswith(suffixes):
                continue
            rel = rel_prefix + name
            if rel in whole or name in name_set or (whole_re is not None and whole_re.match(rel)) \
                    or (name_re is not None and name_re.match(name)):
                continue
            out.append((base + name, shown_prefix + name))
        yield from out
        subdirs = []
        for name in sorted(e.name for e in dirs):
            path = base + name
            if not config.is_excluded(path):
                subdirs.append((name, path))
        by_name = {e.name: e for e in dirs}
        for name, path in reversed(subdirs):  # a stack: the first folder is walked next
            try:
                if by_name[name].is_symlink():
                    continue  # listed by os.walk, not entered (followlinks=False)
            except OSError:
                pass
            stack.append(path)


def read_text_file(path: Path | str, shown: str) -> Document:
    """Decode a UTF-8 text file into a Document; raise ReadError for anything else.

    A UTF-8 BOM and consistent CRLF line endings are remembered on the document so that
    fixes write the file back in the same form.
    """
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
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


def read(path: Path | str, shown: str, pm=None) -> tuple[list[Document], list[Finding]]:
    """Documents of one file, or the CL findings explaining why there are none."""
    from corpuslint import core_rules

    try:
        docs = None
        if pm is not None and pm.hook.corpuslint_read.get_hookimpls():
            docs = pm.hook.corpuslint_read(path=Path(path), display_path=shown)
        if docs is None:
            docs = [read_text_file(path, shown)]
    except ReadError as exc:
        return [], [core_rules.file_finding(path, shown, exc)]
    findings = []
    for doc in docs:
        if not doc.text.strip():
            findings.append(core_rules.EmptyFile.at_start(doc))
    return [d for d in docs if d.text.strip()], findings


def position_of_byte(path: Path | str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset in a file."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(offset)
    except OSError:
        return 1, 1
    line = raw.count(b"\n") + 1
    last = raw[raw.rfind(b"\n") + 1:]
    return line, len(last.decode("utf-8", "replace")) + 1



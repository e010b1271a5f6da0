"""Lexicons: regular expressions kept in data files, loaded lazily once per process, extendable from config."""
from __future__ import annotations

import functools
import re
from importlib import resources


@functools.cache
def patterns(name: str) -> tuple[str, ...]:
    """The patterns of ``data/<name>.txt`` (comments and blank lines left out)."""
    text = resources.files(__package__).joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    return tuple(p.strip() for p in text.splitlines() if p.strip() and not p.lstrip().startswith("#"))


@functools.cache
def whole_line(name: str, extra: tuple[str, ...] = ()) -> re.Pattern[str]:
    """One case-insensitive regex matching a whole tidied line against any pattern of the lexicon
    plus ``extra`` ones (from a rule's ``extra-patterns`` option)."""
    alternatives = [*patterns(name), *extra]
    for p in extra:
        try:
            re.compile(p)
        except re.error as exc:
            raise ValueError(f"extra-patterns: {p!r} is not a valid regular expression: {exc}") from None
    return re.compile("|".join(f"(?:{p})" for p in alternatives), re.IGNORECASE)


@functools.cache
def words(name: str) -> frozenset[str]:
    """A word list (one entry a line), lower-cased."""
    return frozenset(p.lower() for p in patterns(name))

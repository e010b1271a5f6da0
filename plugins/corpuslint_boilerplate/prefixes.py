"""Required beginnings of a regular expression's matches, read from Python's own regex parser."""
from __future__ import annotations

import functools
import re

try:  # Python 3.11+: the parser the re module itself uses
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - older Pythons: no filtering, same answers
    _c = _parser = None

_MAX_CLASS = 12  # a character class of more characters ends the prefix
_MAX_SET = 64  # more beginnings than this: not worth a test


@functools.cache  # a pattern sits in several first-letter buckets: parse it once
def prefixes(pattern: str, size: int = 3) -> frozenset[str] | None:
    """Lower-case ASCII strings of at most ``size`` characters such that every match of
    ``pattern`` (case-insensitive) whose first ``size`` characters are ASCII starts, in lower
    case, with one of them. None when no such set is plain to see (a leading ``\\w``, ``.``, a
    long class) or it would be too large: then every line must try the pattern."""
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(pattern, re.IGNORECASE)
    except re.error:
        return None
    found = _sequence(list(parsed), size)
    if found is None or any(not s for s, _ in found):
        return None
    return frozenset(s for s, _ in found)


def _sequence(items: list, size: int) -> set[tuple[str, bool]] | None:
    """(beginning, open) pairs for a sequence of parsed items; ``open`` means the beginning is
    all the sequence matched so far, so what follows may extend it."""
    current = {("", True)}
    for op, av in items:
        if not any(is_open and len(s) < size for s, is_open in current):
            break
        step = _item(op, av, size)
        if step is None:
            return None
        following = set()
        for s, is_open in current:
            if not is_open or len(s) >= size:
                following.add((s, False))
                continue
            for t, t_open in step:
                u = s + t
                following.add((u[:size], t_open and len(u) < size))
        current = following
        if len(current) > _MAX_SET:
            return None
    return current


def _item(op, av, size: int) -> set[tuple[str, bool]] | None:
    """The (beginning, open) pairs of one parsed item. A beginning is cut short (open False)
    wherever the item is not plainly a few known ASCII characters: always a safe answer."""
    if op is _c.LITERAL:
        c = chr(av)
        if c.isascii():
            return {(c.lower(), True)}
        # Only a line whose beginning is not ASCII can match here, and such lines are never
        # filtered: no beginning. Unless case folding lets an ASCII letter match ("K", Kelvin).
        return {("", False)} if _folds_to_ascii(c) else set()
    if op is _c.IN:
        chars = _class_chars(av)
        return {(c, True) for c in chars} if chars else {("", False)}
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {("", True)}  # zero width; ignoring a condition only lets more lines through
    if op is _c.SUBPATTERN:
        return _sequence(list(av[3]), size)
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av), size)
    if op is _c.BRANCH:
        out: set[tuple[str, bool]] = set()
        for alternative in av[1]:
            part = _sequence(list(alternative), size)
            if part is None:
                return None
            out |= part
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, body = av
        inner = _sequence(list(body), size)
        if inner is None:
            return None
        out = {(s, False) for s, _ in inner}  # a second repetition may follow: cut after the first
        if low == 0:
            out.add(("", True))  # or no repetition at all
        return out
    return {("", False)}  # anything else (., \w, back references...): the beginning ends here


@functools.cache
def _folds_to_ascii(c: str) -> bool:
    """True when the case-insensitive ``c`` matches some ASCII character."""
    pattern = re.compile(re.escape(c), re.IGNORECASE)
    return any(pattern.fullmatch(chr(a)) for a in range(128))


def _class_chars(av) -> set[str] | None:
    """The lower-case ASCII characters a small character class matches, or None."""
    chars: set[str] = set()
    for op, value in av:
        if op is _c.LITERAL:
            chars.add(chr(value))
        elif op is _c.RANGE:
            low, high = value
            if high - low >= _MAX_CLASS:
                return None
            chars.update(chr(x) for x in range(low, high + 1))
        elif op is _c.CATEGORY and value is _c.CATEGORY_DIGIT:
            chars.update("0123456789")  # the ASCII digits; other digits are not ASCII
        else:
            return None  # negation, \w, \s...: too wide to list
    if not all(c.isascii() for c in chars):
        return None
    chars = {c.lower() for c in chars}
    return chars if len(chars) <= _MAX_CLASS else None

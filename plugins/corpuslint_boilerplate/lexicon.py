"""Lexicons: regular expressions kept in data files, loaded lazily once per process, extendable from config."""
from __future__ import annotations

import functools
import re
from pathlib import Path

import corpuslint

from corpuslint_boilerplate.prefixes import prefixes

_DATA = Path(__file__).parent / "data"


@functools.cache
def patterns(name: str) -> tuple[str, ...]:
    """The patterns of ``data/<name>.txt`` (comments and blank lines left out)."""
    # A path beside the module, not importlib.resources: that import alone cost a pre-commit
    # run more than reading every lexicon (the package is always installed as files).
    text = (_DATA / f"{name}.txt").read_text(encoding="utf-8")
    return tuple(p.strip() for p in text.splitlines() if p.strip() and not p.lstrip().startswith("#"))


class LineMatcher:
    """Matches a whole line against many patterns. Patterns of the form ``.*X.*`` become one
    ``search`` for X: trying each of them at the start of a long line would rescan it every time."""

    def __init__(self, patterns: list[str]) -> None:
        # A line matches a pattern when it matches one of its top-level alternatives: split them,
        # so that an ".*X.*" alternative is searched once instead of retried at every position
        # inside a union of anchored ones (the slowest case by far).
        patterns = [alt for p in patterns for alt in _top_level_split(p) if alt]
        anchored = [p for p in patterns if not _is_contains(p)]
        contains = [p[2:-2] for p in patterns if _is_contains(p)]
        # Anchored patterns are grouped by the letters they can start with, so a line tries only
        # the patterns its first character allows (plus those that may start anywhere).
        buckets: dict[str, list[str]] = {}
        anywhere: list[str] = []
        for p in anchored:
            starts = _first_chars(p)
            if starts is None:
                anywhere.append(p)
            else:
                for c in starts:
                    buckets.setdefault(c, []).append(p)
        self._anywhere_patterns = anywhere
        # Compiled on first use: a process that checks one file (pre-commit) meets few initials,
        # and compiling every bucket up front cost more than checking the file.
        self._bucket_patterns = {c: [*ps, *anywhere] for c, ps in buckets.items()}
        self._buckets: dict[str, re.Pattern[str] | None] = {}
        self._starts: dict[str, tuple[str, ...] | None] = {}  # the beginnings each bucket's matches have
        self._seen: dict[str, int] = {}  # lines a bucket met before its beginnings were read
        self._singles: dict[str, list[list]] = {}  # per bucket: [plain beginnings, pattern, compiled or None]
        self._has_contains = bool(contains)
        # Every match of a "contains" pattern holds one of its words: test those first, cheaply.
        # The words the whole pattern requires are rarer than its leading ones ("corrections",
        # not "for"), so fewer lines get past the test.
        words = [set(req) if (req := _required_words(p)) else _literal_words(p) for p in contains]
        self._triggers = tuple(sorted(set().union(*words))) if words and all(words) else None
        # The triggers in families, each under its shortest member found in all the others
        # ("comment" under "comments", "subscribe" under "subscribers"): one scan of the
        # document for the family's probe, most often absent, answers for all of them.
        self._families: list[tuple[str, tuple[str, ...]]] = []
        for w in sorted(self._triggers or (), key=len):
            for probe, members in self._families:
                if probe in w:
                    members.append(w)
                    break
            else:
                self._families.append((w, [w]))
        self._families = [(probe, tuple(members)) for probe, members in self._families]
        # Each "contains" pattern is searched on its own, and only in lines holding a word one
        # of which every one of its matches holds: one union searched at every position of a
        # long line costs more than all the substring tests together.
        # Each is compiled the first time a line holds one of its words (most runs: never).
        self._parts: list[list] = [[_required_words(p), p, None] for p in contains]

    @functools.cached_property
    def _parts_by_word(self) -> dict[str, list[int]]:
        """For each word a contains pattern needs, the patterns (their indices) that need it."""
        out: dict[str, list[int]] = {}
        for i, (needed, _, _) in enumerate(self._parts):
            for w in needed or ():
                out.setdefault(w, []).append(i)
        return out

    @functools.cached_property
    def _anywhere(self) -> re.Pattern[str] | None:
        return _union(self._anywhere_patterns)

    def fullmatch(self, text: str) -> bool:
        if self._anchored(text):
            return True
        if not self._has_contains:
            return False
        lower = text.lower()
        if self._triggers is not None and not any(map(lower.__contains__, self._triggers)):
            return False
        return self._contains(text, lower, self._parts)

    def fullmatch_all(self, texts: list[str]) -> list[bool]:
        """:meth:`fullmatch` of each text (the lines of one document). The trigger words are
        looked for once in all the lines together: most documents hold none of them, and then
        no line tries a contains pattern; otherwise the lines try only the words present."""
        out = self._anchored_all(texts)
        if not self._has_contains or all(out):
            return out
        parts, present = self._parts, None
        if self._triggers is not None:
            # One lower() of the whole document (no trigger word holds a line break: each is
            # found in one line); the lines are lowered one by one only if a word is there.
            joined = _lowered(texts)
            present = [w for probe, members in self._families if probe in joined
                       for w in members if w is probe or w in joined]
            if not present:
                return out
            by_word = self._parts_by_word
            chosen = {i for w in present for i in by_word.get(w, ())}
            parts = [part for i, part in enumerate(parts) if i in chosen or part[0] is None]
        lowers = [t.lower() for t in texts]
        for i, lower in enumerate(lowers):
            if not out[i] and (present is None or any(map(lower.__contains__, present))):
                out[i] = self._contains(texts[i], lower, parts)
        return out

    def _anchored_all(self, texts: list[str]) -> list[bool]:
        """:meth:`_anchored` of each text. Most lines of a document start with none of their
        bucket's beginnings once those are read: they are turned down here, without a call."""
        starts_of, anchored, out = self._starts.get, self._anchored, []
        for text in texts:
            head = text[:_HEAD]
            if head.isascii():
                low = head.lower()
                starts = starts_of(low[:1])
                if starts.__class__ is tuple and not low.startswith(starts):
                    out.append(False)
                    continue
            out.append(anchored(text))
        return out

    def _anchored(self, text: str) -> bool:
        initial = text[:1].lower()
        if initial not in self._bucket_patterns:
            regex = self._anywhere
            return regex is not None and regex.fullmatch(text) is not None
        starts = self._starts.get(initial, _UNREAD)
        if starts is _UNREAD:
            seen = self._seen[initial] = self._seen.get(initial, 0) + 1
            if seen < _LATER:
                # Until a bucket has met _LATER lines, its patterns are tried one by one, each
                # compiled the first time a line has its plain beginning: a one-file run
                # (pre-commit) compiles a few patterns instead of the union of every bucket it
                # meets, which cost more than the rest of such a run.
                return self._one_by_one(initial, text)
            # A line that starts with none of the bucket's beginnings needs no regex: trying a
            # union of dozens of patterns costs far more than one startswith. Reading the
            # beginnings parses every pattern of the bucket, so it waits as long.
            starts = self._starts[initial] = _starts(self._bucket_patterns[initial], initial)
        if starts.__class__ is tuple:
            head = text[:_HEAD]
            if head.isascii() and not head.lower().startswith(starts):
                return False
        regex = self._buckets.get(initial)
        if regex is None:
            regex = self._buckets[initial] = _union(self._bucket_patterns[initial])
        return regex is not None and regex.fullmatch(text) is not None

    def _one_by_one(self, initial: str, text: str) -> bool:
        singles = self._singles.get(initial)
        if singles is None:
            singles = self._singles[initial] = [[_literal_heads(p), p, None] for p in self._bucket_patterns[initial]]
        head = text[:_LITERAL_HEAD]
        # Under IGNORECASE a few letters outside ASCII match ASCII ones ("ſ" matches "s"):
        # such a line is tried against every pattern.
        head = head.lower() if head.isascii() else ""
        for single in singles:
            if not head or head.startswith(single[0]):
                regex = single[2]
                if regex is None:
                    regex = single[2] = re.compile(single[1], re.IGNORECASE)
                if regex.fullmatch(text):
                    return True
        return False

    @staticmethod
    def _contains(text: str, lower: str, parts: list[list]) -> bool:
        for part in parts:
            needed, source, regex = part
            if needed is None or any(map(lower.__contains__, needed)):
                if regex is None:
                    regex = part[2] = re.compile(source, re.IGNORECASE)
                if regex.search(text):
                    return True
        return False


_LAST_LOWERED: list = [None, ""]  # the texts last lowered, and their lines joined in lower case


def _lowered(texts: list[str]) -> str:
    """The texts joined by line breaks, in lower case: the lexicon rules pass one shared list
    per document (lines.short_rows), which is then lowered once, not once per lexicon."""
    if _LAST_LOWERED[0] is not texts:
        _LAST_LOWERED[:] = [texts, "\n".join(texts).lower()]
    return _LAST_LOWERED[1]


_LEADING_WORDS = re.compile(r"\\b(?:\(([a-z' |?]+)\)|([a-z']+))[ \\]")


def _literal_words(pattern: str) -> set[str]:
    """Words one of which every match of ``pattern`` contains: the alternatives of a leading
    ``\\b(a|b)`` or ``\\bword``, else every letter run of three or more (escapes removed)."""
    m = _LEADING_WORDS.match(pattern)
    if m:
        alternatives = (m.group(1) or m.group(2)).split("|")
        words = {a.replace("?", "").split(" ")[0] for a in alternatives}
        if all(len(w) >= 2 for w in words):
            return words
    return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", re.sub(r"\\.", " ", pattern))}


# A group of plain marks, no letter, digit, space or regex syntax: "(»|›|>>|→)".
_SYMBOLS = re.compile(r"[^\w\s\\()\[\]{}.*+?^$|]+(?:\|[^\w\s\\()\[\]{}.*+?^$|]+)*")


# A group of plain words in which a letter or space may be optional: "(log ?in|register)".
_OPTIONAL_LETTERS = re.compile(r"(?:[A-Za-z ]\??)+(?:\|(?:[A-Za-z ]\??)+)*")


def _spellings(branch: str) -> list[str]:
    """Every text a branch of plain letters with optional ones ("log ?in") matches."""
    out = [""]
    for i, c in enumerate(branch):
        if c == "?":
            continue
        if branch[i + 1:i + 2] == "?":
            out = [*out, *(x + c for x in out)]
        else:
            out = [x + c for x in out]
    return out


def _required_words(pattern: str) -> tuple[str, ...] | None:
    """Words or phrases (lower case, four letters or more) one of which every match of
    ``pattern`` holds, read from its top level only: a run of plain letters and single spaces
    (``all rights reserved``), or each branch of a group of plain words that is not optional
    (``(published|reproduced)``, ``(sign up|log in)``); the rarest such choice is taken (none
    of function words only, then the longest); or, better, one
    of the marks of a group of plain marks that is not optional (``(»|›|>>)``). Classes,
    escapes, optional letters and other groups are never trusted. None when there are none."""
    runs, groups, marks, run, i, n = [], [], [], "", 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c.isalpha() and c.isascii():
            if i + 1 < n and pattern[i + 1] in "?*{":
                runs.append(run.strip())  # an optional letter ends the run and is not part of it
                run, i = "", i + 2
                continue
            run += c
            i += 1
            continue
        if c == " " and run and i + 1 < n and pattern[i + 1].isascii() and pattern[i + 1].isalpha():
            run += c  # a phrase of plain words is one run: "all rights reserved", rarer than its words
            i += 1
            continue
        runs.append(run.strip())
        run = ""
        if c == "\\":
            i += 2
        elif c == "[":
            end = pattern.find("]", i + 2)
            i = (end if end >= 0 else n) + 1
        elif c == "(":
            close = _closing(pattern, i)
            if close is None:
                return None
            inner = pattern[i + 1:close]
            optional = close + 1 < n and pattern[close + 1] in "?*{"
            if not optional and re.fullmatch(r"[A-Za-z ]+(?:\|[A-Za-z ]+)*", inner):
                # Each branch whole ("sign up", not "sign": that is in "design" and "signal").
                groups.append(tuple(b.strip().lower() for b in inner.split("|")))
            elif not optional and _OPTIONAL_LETTERS.fullmatch(inner):
                # "(log ?in|sign ?up)": each branch spelt every way, whole ("log in", "login"),
                # far rarer than its longest word alone ("log" is in "technology").
                groups.append(tuple(w.lower() for b in inner.split("|") for w in _spellings(b)))
            elif not optional and _SYMBOLS.fullmatch(inner):
                marks.append(tuple(inner.split("|")))
            i = close + 1
        elif c == "|":
            return None  # an alternation at the top level: nothing is common for sure
        else:
            i += 1
    runs.append(run.strip())
    if marks:  # marks such as "»" or "©" are far rarer in text than any word: the best test
        return min(marks, key=len)
    options = [(r.lower(),) for r in runs] + groups
    options = [o for o in options if o and min(map(len, o)) >= 4]
    # The rarest: none made of function words only ("have", "may not be" are on most lines),
    # then the longest.
    common = words("stopwords_en")
    plain = lambda o: not any(all(w in common for w in phrase.split(" ")) for phrase in o)  # noqa: E731
    return max(options, key=lambda o: (plain(o), min(map(len, o)), -len(o))) if options else None


_LITERAL_HEAD = 12  # longest plain beginning compared by _one_by_one
_QUANTIFIERS = frozenset("?*+{")
_META = frozenset(".^$*+?{}[]\\|()")


def _literal_head(pattern: str) -> str:
    """The plain text (lower case, ASCII, at most _LITERAL_HEAD characters) every match of
    ``pattern`` starts with: its characters up to the first one with regex syntax or a
    quantifier after it. "" when it starts with syntax. A plain scan of the pattern's text, not
    :func:`prefixes` (Python's regex parser): parsing is most of what compiling costs, and this
    serves the one-file runs that must not pay it."""
    out = []
    for i, c in enumerate(pattern[:_LITERAL_HEAD]):
        if c in _META or not c.isascii() or pattern[i + 1:i + 2] in _QUANTIFIERS:
            break
        out.append(c.lower())
    return "".join(out)


def _literal_heads(pattern: str) -> tuple[str, ...]:
    """Plain beginnings (see :func:`_literal_head`) one of which every match of ``pattern``
    starts with. A leading group gives one per alternative ("(share|tweet) this" gives "share"
    and "tweet"), and if it is optional ("(the )?story") those of what follows it too. ("",)
    when nothing is sure."""
    if not pattern.startswith("(") or pattern.startswith("(?"):
        return (_literal_head(pattern),)
    close = _closing(pattern, 0)
    if close is None:
        return ("",)
    heads = tuple(_literal_head(alt) for alt in _top_level_split(pattern[1:close]))
    quantifier = pattern[close + 1:close + 2]
    if quantifier in ("?", "*") and pattern[close + 2:close + 3] not in _QUANTIFIERS:
        heads += _literal_heads(pattern[close + 2:])
    elif quantifier in _QUANTIFIERS:
        return ("",)
    return ("",) if "" in heads else heads


_HEAD = 5  # characters of a line compared with the beginnings of a bucket's patterns
_LATER = 50  # a bucket's beginnings are read when it meets its 50th line
_UNREAD = object()


def _starts(patterns: list[str], initial: str) -> tuple[str, ...] | None:
    """The lower-case beginnings (up to _HEAD characters, starting with ``initial``) one of
    which every match of one of ``patterns`` that starts with ``initial`` has when its
    beginning is ASCII; None when some pattern has none."""
    out: set[str] = set()
    for p in patterns:
        found = prefixes(p, _HEAD)
        if found is None:
            return None
        out |= found
    return tuple(sorted(s for s in out if s.startswith(initial)))


def _union(patterns: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


def _first_chars(pattern: str) -> set[str] | None:
    """The lower-case characters a match of ``pattern`` must start with, or None when that is not
    plain to see (a leading class, an optional group, an escape...)."""
    alternatives = _top_level_split(pattern)
    out: set[str] = set()
    for alt in alternatives:
        if alt[:1].isalnum():
            if alt[1:2] in ("?", "*", "{"):
                return None
            out.add(alt[0].lower())
        elif alt.startswith("(") and not alt.startswith("(?"):
            close = _closing(alt, 0)
            if close is None:
                return None
            inner = _first_chars(alt[1:close])
            if inner is None:
                return None
            out |= inner
            quantifier = alt[close + 1:close + 2]
            if quantifier in ("?", "*"):  # an optional group: the rest may start the match
                rest = _first_chars(alt[close + 2:]) if alt[close + 2:] else None
                if rest is None:
                    return None
                out |= rest
            elif quantifier == "{":
                return None
        else:
            return None
    return out


# The tokens of a pattern's own syntax that the scans below need: an escape (skipped), a
# character class (skipped; group 1 is None when it is never closed) and a group or an
# alternation mark. A class runs from "[" past its first character to the next "]" (so "[]a]"
# is one class). One regex scan costs a tenth of walking the pattern character by character.
_SYNTAX = re.compile(r"\\.?|\[.?[^\]]*(\])?|[()|]", re.DOTALL)


def _syntax(pattern: str, start: int = 0):
    """(position, character, depth) of each group mark and alternation bar of the pattern's own
    syntax from ``start``: escapes and character classes are skipped (an unclosed class ends
    the scan), and ``depth`` is the number of groups open after the character."""
    depth = 0
    for m in _SYNTAX.finditer(pattern, start):
        c = pattern[m.start()]
        if c == "\\":
            continue
        if c == "[":
            if m.group(1) is None:
                return
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        yield m.start(), c, depth


def _closing(text: str, start: int) -> int | None:
    """Where the group opening at ``start`` closes (None: it does not)."""
    return next((i for i, c, depth in _syntax(text, start) if c == ")" and depth == 0), None)


def _top_level_split(pattern: str) -> list[str]:
    parts, start = [], 0
    for i, c, depth in _syntax(pattern):
        if c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _is_contains(p: str) -> bool:
    inner = p[2:-2]
    return (p.startswith(".*") and p.endswith(".*") and not p.endswith("\\.*") and bool(inner)
            and ".*" not in inner)  # ".*A.*|.*B.*" stays anchored: stripped, it would rescan the line


def extra_patterns(rule: corpuslint.Rule, ctx: corpuslint.Context) -> tuple[str, ...]:
    """The rule's ``extra-patterns`` option; a pattern that is not a valid regular expression
    ends the run (exit 2) with one line naming the rule and the option."""
    extra = tuple(str(p) for p in ctx.options.get("extra-patterns", ()) if p)
    for p in extra:
        try:
            re.compile(p)
        except re.error as exc:
            raise corpuslint.SetupError(
                f"[rules.{rule.code}] extra-patterns: {p!r} is not a valid regular expression: {exc}") from None
    return extra


@functools.cache
def whole_line(name: str, extra: tuple[str, ...] = ()) -> LineMatcher:
    """A case-insensitive matcher of a whole tidied line against any pattern of the lexicon
    plus ``extra`` ones (from a rule's ``extra-patterns`` option, checked by :func:`extra_patterns`)."""
    return LineMatcher([*patterns(name), *extra])


@functools.cache
def words(name: str) -> frozenset[str]:
    """A word list (one entry a line), lower-cased."""
    return frozenset(p.lower() for p in patterns(name))

"""Menus and lists of links set one entry a line (BP004): a site's menu, a table of contents,
an archive's months. No line of them says what it is; the run of lines does."""
from __future__ import annotations

import re

from corpuslint_boilerplate.lines import Row, ends_sentence

# "November 2023", "October 2023 (4)"; a blog's archive widget also counts its years and
# months, behind a disclosure triangle: "► 2019 (14)", "▼ March (3)".
_ARCHIVE_MONTH = re.compile(r"(?:[►▼▶▸▾] ?)?(?:(?:January|February|March|April|May|June|July|August|September|October|November"
                            r"|December) \d{4}(?: \(\d+\))?|(?:January|February|March|April|May|June|July|August"
                            r"|September|October|November|December|(?:19|20)\d\d) \(\d+\))")
_NUMBERING = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.?|[ivx]{1,4}\.) ")


# What a row found here is part of (the words go into the finding's message).
MENU = "an entry of a menu set one item a line"
CONTENTS = "an entry of the page's table of contents"
ARCHIVE = "a month of an archive's list"


def one_entry_a_line(rs: list[Row], is_label: list[bool]) -> list[tuple[Row, str]]:
    """The rows of menus and link lists set one entry a line, each with what it is part of
    (MENU, CONTENTS or ARCHIVE)."""
    out = [(r, MENU) for r in _menus(rs, is_label)]
    out += [(r, CONTENTS) for r in _with_header(rs, _contents(rs))]
    out += [(r, ARCHIVE) for r in _with_header(rs, _archive(rs))]
    return out


def _with_header(rs: list[Row], listed: list[Row]) -> list[Row]:
    """The rows of lists, each with the short line right above it that names it ("Contents",
    "Archives", "From the archive"): at most four words, no figures, no sentence."""
    if not listed:
        return listed
    position = {id(r): k for k, r in enumerate(rs)}
    taken = {id(r) for r in listed}
    out = list(listed)
    for r in listed:
        k = position[id(r)]
        if k > 0 and id(rs[k - 1]) not in taken and rs[k - 1].index == r.index - 1:
            head = rs[k - 1].tidy
            if (len(head) <= 30 and head.count(" ") <= 3 and not any(c.isdigit() for c in head)
                    and not ends_sentence(head)):
                out.append(rs[k - 1])
                taken.add(id(rs[k - 1]))
    return out


def _runs(rs: list[Row], member: list[bool], least: int = 3):
    """(first, last) positions of each run of ``least`` or more members on adjacent lines."""
    k = 0
    while k < len(rs):
        if not member[k]:
            k += 1
            continue
        j = k
        while j + 1 < len(rs) and member[j + 1] and rs[j + 1].index == rs[j].index + 1:
            j += 1
        if j - k + 1 >= least:
            yield k, j
        k = j + 1


def _menu_item(text: str) -> bool:
    """Shaped like one entry of a menu: at most four words, capitalised, no figures, no
    sentence ending or colon ("Boilers & Heating", "Who We Are", "Give Online")."""
    return (len(text) <= 32 and text.count(" ") <= 3 and text[:1].isupper() and text[-1:] not in ".!?:;,"
            and not any(c.isdigit() for c in text) and ", " not in text)


def _menus(rs: list[Row], is_label: list[bool]) -> list[Row]:
    """The rows of menus set one entry a line: three entries or more on adjacent lines holding
    two known labels ("Home", "Contact"), or holding one and standing above the page's first
    sentence of prose, or four or more holding one below its last sentence (where a shop's
    grid puts a product's name under its buttons); or, labels or not, four entries or more
    heading the page (within its first two lines) above its first sentence of prose, with a
    line between (a title, a breadcrumb), which is where a site puts its menu ("Episodes /
    Guests / Merch / Shop"): an article opens with a headline and text, not four short names
    in a row. Not a list the text introduces
    with a colon ("Our sections:"), nor one of prose."""
    out = _top_menu(rs)
    if sum(is_label) == 0:
        return out
    items = [_menu_item(r.tidy) or (label and len(r.tidy) <= 32) for r, label in zip(rs, is_label)]
    runs = [(k, j) for k, j in _runs(rs, items) if any(is_label[k:j + 1])
            and not (k > 0 and rs[k - 1].index == rs[k].index - 1 and rs[k - 1].tidy.endswith(":"))]
    if not runs:
        return out
    # Sentences of prose: eight words or more and a sentence ending (function words need not be counted).
    prose = [k for k, r in enumerate(rs) if _prose(r.tidy)]
    first, last = (prose[0], prose[-1]) if prose else (len(rs), -1)
    taken = {id(r) for r in out}
    for k, j in runs:
        labels = sum(is_label[k:j + 1])
        if labels >= 2 or j < first or (j - k >= 3 and k > last):
            out.extend(r for r in rs[k:j + 1] if id(r) not in taken)
    return out


def _prose(text: str) -> bool:
    """A sentence of prose, for where a menu stands: eight words or more and a sentence ending."""
    return text.count(" ") >= 7 and ends_sentence(text)


_TOP_ROWS = 2  # a site's menu starts on the page's first line, or below the site's name


def _top_menu(rs: list[Row]) -> list[Row]:
    """Four menu entries or more on adjacent lines, starting within the page's first two
    lines and ending above its first sentence of prose, not right above it."""
    n = 0  # the lines above the first sentence of prose (most pages: one or two)
    for r in rs:
        if n == 40 or _prose(r.tidy):
            break
        n += 1
    else:
        return []  # no prose at all: BP015's page shell, not a menu above an article
    if n < 5:  # four entries and a line between them and the text
        return []
    head = [_menu_item(r.tidy) for r in rs[:n]]
    for k, j in _runs(rs[:n], head, least=4):
        # Right above the text, short lines are its heading and a list it opens with ("Walks
        # of the week / Amber Ridge / Bell Hollow / Cairn Top"); a menu has a title between.
        return list(rs[k:j + 1]) if k < _TOP_ROWS and j + 1 < len(head) else []
    return []


def _contents(rs: list[Row]) -> list[Row]:
    """A table of contents: three short lines or more on adjacent lines, no sentence or
    `Label: value` among them, that each stand again further down the page, once, in the same
    order and apart from each other, as its headings, most with their section's text right
    below them ("Installation / Requirements / Basic
    usage" below "On this page", then each heading above its section; a leading "2", "2." or
    "2.1" does not count). The headings below stay; the list above goes. Only the page's own
    navigation is one: entries numbered where the headings are not (`1 Biography` above
    `Biography`), or a list under a navigation header (`On this page`, `Contents [hide]`); a
    guide restating its outline word for word (`Contents`, `1. Choosing a pot` above the
    heading `1. Choosing a pot`) is the text's. A block repeated whole (a forum member's
    details under every post, a product's specifications) is not one."""
    # Short, no colon, no full stop (a heading may ask a question: "Is beekeeping for you?").
    short = [len(r.tidy) <= 60 and r.tidy.count(" ") <= 8 and ":" not in r.tidy and r.tidy[-1:] not in ".!…" for r in rs]
    if sum(short) < 6:  # three in the list and three below, at least
        return []
    keys = [(_NUMBERING.sub("", r.tidy, count=1) if r.tidy[:1].isdigit() or r.tidy[:1] in "ivx" else r.tidy).lower()
            if ok else "" for r, ok in zip(rs, short)]
    out: list[Row] = []
    for k, j in _split_at_repeats(_runs(rs, short), keys):
        below: dict[str, list[int]] = {}
        for i in range(j + 1, len(rs)):
            if short[i]:
                below.setdefault(keys[i], []).append(i)
        again = [len(below.get(keys[i], ())) == 1 for i in range(len(rs))]
        for a, b in _runs(rs[k:j + 1], again[k:j + 1]):  # the entries found below, on adjacent lines
            places = [below[keys[i]][0] for i in range(k + a, k + b + 1)]
            # Headings: most of them have their section's text right below, not another short line.
            texts_below = sum(1 for x in places if x + 1 < len(rs) and not short[x + 1])
            if not (all(y - x >= 2 for x, y in zip(places, places[1:])) and 2 * texts_below >= len(places)):
                continue
            # A guide restating its own outline ("Contents", then "1. Choosing a pot" above
            # "1. Choosing a pot") is the text's; the page's navigation numbers links that the
            # headings do not carry ("1 Biography" above "Biography"), or sits under a
            # navigation header ("On this page", "Contents [hide]").
            start = k + a
            renumbered = any(rs[i].tidy.lower() != rs[below[keys[i]][0]].tidy.lower() for i in range(start, k + b + 1))
            head = rs[start - 1].tidy.lower() if start > 0 and rs[start - 1].index == rs[start].index - 1 else ""
            if renumbered or head.startswith(_NAVIGATION_HEADS):
                out.extend(rs[start:k + b + 1])
    return out


_NAVIGATION_HEADS = ("on this page", "in this article", "in this section", "jump to", "page contents",
                     "contents [", "contents (", "skip to")


def _split_at_repeats(runs, keys: list[str]):
    """The runs, each cut before the first line that repeats one of its earlier lines: the
    first heading right below its table of contents ("7. Glossary", then "1. Why keep bees")."""
    for k, j in runs:
        seen: set[str] = set()
        for i in range(k, j + 1):
            if keys[i] in seen:
                if i - 1 >= k + 2:
                    yield k, i - 1
                k = i  # the rest of the run is judged on its own
                seen = set()
            seen.add(keys[i])
        if j >= k + 2:
            yield k, j


def _archive(rs: list[Row]) -> list[Row]:
    """An archive's list of months, three or more on adjacent lines ("November 2023",
    "October 2023 (4)"), or of years and months with their counts ("► 2019 (14)", "▼ March (3)")."""
    months = [len(r.tidy) <= 26 and r.tidy[:1] in "JFMASOND12►▼▶▸▾" and bool(_ARCHIVE_MONTH.fullmatch(r.tidy)) for r in rs]
    if sum(months) < 3:
        return []
    return [r for k, j in _runs(rs, months) for r in rs[k:j + 1]]

"""BP006 and BP007: lines repeated inside one document, and teasers that are cut-off copies of a later paragraph."""
from __future__ import annotations

import re
from collections.abc import Iterator

import corpuslint

from corpuslint_boilerplate.lines import ends_sentence, flag_lines, norm_key, quote, rows, words

# How much a near-exact copy may add at its end (an agency name glued on, "more", a date).
_MAX_TAIL_WORDS = 3
_PROSE_DISTANCE = 3  # a sentence repeated within three lines is a scraped duplicate (summary, alt text)
# How far below its full line a cut copy ending in an ellipsis is still a snippet of it.
_SNIPPET_DISTANCE = 6
# A caption copy with an agency glued after its closing parenthesis: "...(AP Photo)ASSOCIATED PRESS".
_CREDIT_GLUE = re.compile(r"\)[A-Z][A-Z .]+$")
_TEASER_END = re.compile(r"(?:\s*(?:\.{2,}|…|\[\s*(?:\.{3}|…)\s*\])\s*(?:(?:read |see |view )?more\W*|continue reading\W*)?"
                         r"|\s+(?:read |see |view )?more\s*(?:»|›|>+|→)?)$", re.IGNORECASE)


def _first_words(key: str, n: int = 4) -> str:
    """The first ``n`` words of a key."""
    end = -1
    for _ in range(n):
        end = key.find(" ", end + 1)
        if end < 0:
            return key
    return key[:end]


def _cuts(key: str, nwords: int) -> list[int]:
    """Lengths of the key without its last 1-3 words, keeping at least six words."""
    out, end = [], len(key)
    for _ in range(min(_MAX_TAIL_WORDS, nwords - 6)):
        end = key.rfind(" ", 0, end)
        out.append(end)
    return out


def _continues(full: str, cut: str) -> bool:
    """``full`` (a key) goes on from ``cut`` by more than a few words: from its start, or after a
    leading time stamp; the cut may fall inside a word ("two people famil")."""
    at = full.find(cut)
    if at < 0 or (at and (full[at - 1] != " " or full[:at].count(" ") > 3 or not full[:1].isdigit())):
        return False
    end = at + len(cut)
    more = full.count(" ", end)
    # Cut inside a word, it is a truncated copy however little is left of the paragraph.
    return more > _MAX_TAIL_WORDS or (end < len(full) and full[end] != " " and more >= 1)


def _may_end_teaser(text: str) -> bool:
    """Cheap test that :data:`_TEASER_END` can match: the line ends with an ellipsis or a bracket,
    or with "more" or "reading" before closing marks. Most lines end a sentence with one full stop."""
    if text.endswith(("..", "…", "]")):
        return True
    end = len(text)
    while end and not (text[end - 1].isalnum() or text[end - 1] == "_"):  # the \W* after the word
        end -= 1
    word = text[max(0, end - 7):end].lower()
    return word.endswith("more") or word == "reading"


def _is_prose(text: str) -> bool:
    """A sentence of ten words or more (a copy with an agency glued after a caption is not prose)."""
    return (text.count(" ") >= 9 and ends_sentence(text)
            and not (text[-1:].isupper() and _CREDIT_GLUE.search(text)))


def _stanza(rs, k: int) -> list:
    """The rows on the lines adjacent to row ``k`` (no blank line between), ``k``'s own left out."""
    a = b = k
    while a > 0 and rs[a - 1].index == rs[a].index - 1:
        a -= 1
    while b + 1 < len(rs) and rs[b + 1].index == rs[b].index + 1:
        b += 1
    return rs[a:k] + rs[k + 1:b + 1]


def _refrain(doc, rs, k: int) -> bool:
    """Row ``k`` stands in a stanza of verse: two other lines or more beside it, none longer
    than fourteen words, one of them broken mid-sentence (ending with a comma, or starting in
    lower case)."""
    others = _stanza(rs, k)
    if not (2 <= len(others) <= 12 and all(r.tidy.count(" ") < 14 for r in others)):
        return False
    # A line broken mid-sentence beside it, or a page of such short lines (a song's outro
    # echoing its last line: "Like the sea wants to tell me" twice).
    return any(r.tidy[-1:] in ",;" or r.tidy[:1].islower() for r in others) or _verse_page(doc, rs)


def _verse_page(doc, rs) -> bool:
    """A song or a poem: four lines in five of the page short (under fourteen words), none a
    long paragraph, no figures, and most of them worded as sentences are (three words or more,
    a quarter of them function words: "I woke before the ferry horn"), where a price table's
    or a menu's short lines hold figures and few function words."""
    if not all(len(r.tidy) <= 200 and not any(c.isdigit() for c in r.tidy) for r in rs):
        return False
    if 5 * sum(1 for r in rs if r.tidy.count(" ") < 14) < 4 * len(rs):
        return False
    counts, stops = words(doc)
    return 2 * sum(1 for n, f in zip(counts, stops) if n >= 3 and 4 * f >= n) >= len(rs)


# A line of code: an assignment (spaced, as code is written, not a query string's
# "key=value") or a call. A style sheet's "text-align: left;" is left markup, and a copy.
_CODE = re.compile(r"[\w.\[\]'\"]+ (?:[-+*/]?=|==) \S|[\w.]+\(.*\);?$")
# A credit under each entry of a listing is the listing's, not a record's field.
_CREDIT_LABELS = frozenset(("source", "sources", "credit", "credits", "photo", "image", "via", "from", "copyright"))
_FIELD = re.compile(r"([A-Z][\w'-]*(?: [\w'-]+){0,2}): ")


def _field_of_records(rs, k: int) -> bool:
    """Row ``k`` is a field of records set alike ("Overnight: Glencoe village." under one day of
    an itinerary and the next): shaped `Label: value`, the label (three words at most) heading
    another line of the document with another value (not a credit: `Source: ...`)."""
    m = _FIELD.match(rs[k].tidy)
    if m is None or m.group(1).lower() in _CREDIT_LABELS:
        return False
    head, key = m.group(0), rs[k].key
    return any(r.tidy.startswith(head) and r.key != key for r in rs)


class RepeatedLine(corpuslint.Rule):
    """A line that repeats an earlier line of the same document, exactly or nearly.

    ## What it does
    Flags the second and later copies of a line (compared in lower case, ignoring punctuation
    and spacing; a copy may also add up to three words at its end, as when an agency name
    was glued to a repeated photo caption). Lines shorter than `min-words` words or `min-chars`
    characters are left alone, so that short list items that happen to recur are not flagged.
    Only a copy within `max-distance` lines (default 10; 0 for any distance) of the first is
    flagged, only a lone copy (two or more lines copied together, such as a quoted post or a
    list shown twice, are copied content), never a field label ending in a colon, and a
    sentence of prose (ten words or more) only when its copy follows within three lines (further
    down, repeated prose is a quotation), nor a heading whose first copy is an entry of a
    table of contents above (BP004 takes the list; the heading is the text's), nor a refrain
    (the copy and its first each in a stanza of verse: short lines, one broken mid-sentence),
    nor a line of code (an assignment, a call), nor a field of records set alike
    (`Overnight: Glencoe.` under two days of an itinerary, the label heading another line
    with another value). Also flagged: a line that holds its own text twice, glued by a lost
    line break (a caption from the image's alt text and its label: `On set, 11.On set, 11.`,
    maybe a credit after it); its fix deletes the line.

    ## Why is this bad?
    Scrapers copy a page's repeated blocks (a caption from the image's alt text and again
    from its label, a menu at top and bottom, a pull quote) and the copy weighs twice in the
    corpus.

    ## Example
    Bad:

        You have no saved searches yet.

        The shop opens at nine every morning.

        You have no saved searches yet.

    Good:

        You have no saved searches yet.

        The shop opens at nine every morning.

    ## Fix safety
    Safe: the fix deletes the later copy (and the blank line it leaves); the first copy stays.
    """

    code = "BP006"
    name = "repeated-line"
    summary = "line repeated in the same document"
    options = {"min-words": 2, "min-chars": 12, "max-distance": 10}

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        rs = rows(doc)
        copy_of = self._copies(rs, ctx.options.get("min-words", 2), ctx.options.get("min-chars", 12))
        max_distance = ctx.options.get("max-distance", 10)
        originals = {orig for orig in copy_of if orig is not None}
        copied = originals.__contains__
        hits = []
        for k, orig in enumerate(copy_of):
            if orig is None or (max_distance and k - orig > max_distance) or rs[k].tidy.endswith(":"):
                continue
            if k - orig > _PROSE_DISTANCE and _is_prose(rs[k].tidy):
                continue  # prose repeated further down is quotation (a reply quoting a post)
            # Two or more lines copied together (a quoted post, a list shown twice) are copied
            # content, not page furniture: only lone copies are flagged.
            if (k > 0 and orig > 0 and copy_of[k - 1] == orig - 1) or \
                    (k + 1 < len(rs) and copy_of[k + 1] is not None and copy_of[k + 1] == orig + 1):
                continue
            # A heading whose first copy is an entry of a table of contents above (its
            # neighbours copied further down too, its own section's text right below it): the
            # list above is the page's furniture (BP004), the heading is the text's.
            if ((orig > 0 and copied(orig - 1)) or copied(orig + 1)) and k + 1 < len(rs) and len(rs[k + 1].tidy) >= 60:
                continue
            if _CODE.match(rs[k].tidy):
                continue  # a line of code shown again in a tutorial
            if _refrain(doc, rs, k) and _refrain(doc, rs, orig):
                continue  # a poem's or a song's refrain
            if _field_of_records(rs, k):
                continue
            row, first = rs[k], rs[orig].line
            hits.append((row, f"line repeats line {first.number}: {quote(row.tidy)}",
                         {"related": [doc.related(first.start, first.end, "first copy")]}))
        # A line that holds its own text twice, glued by a lost line break, maybe with a credit
        # after the second copy ("Rachel on set, 11.Rachel on set, 11. MOONJAR PICTURES").
        listed = {h[0].index for h in hits}
        for row in rs:
            t = row.tidy
            if len(t) >= 40 and row.index not in listed and (j := t.find(t[:20], 20)) > 0 and len(t) - 2 * j <= 60 \
                    and t.startswith(t[:j], j) and t[j - 1:j] in ".!?)”\"":
                hits.append((row, f"line holds its own text twice: {quote(t)}", {}))
        hits.sort(key=lambda hit: hit[0].index)
        yield from flag_lines(self, doc, hits, "delete the repeated line")

    @staticmethod
    def _copies(rs, min_words: int, min_chars: int) -> list[int | None]:
        """For each row, the row it copies (exactly or with a short tail added), or None."""
        first: dict[str, int] = {}      # key -> row number of its first occurrence
        first_lengths: set[int] = set()  # lengths of those keys
        # Each first occurrence without its last 1-3 words, indexed by length only: the text of a
        # head is looked at when a later key has that length, instead of slicing and hashing
        # every head of every long line (most lines are neither copies nor copied).
        heads: dict[int, list[int]] = {}  # length of a head -> rows having a head that long
        out: list[int | None] = []
        keys = [row.key for row in rs]
        for k, key in enumerate(keys):
            nwords = key.count(" ") + 1
            earlier = None
            if len(key) >= min_chars and nwords >= min_words:
                earlier = first.get(key)
                if earlier is None:  # an earlier line is this one plus a short tail
                    for j in heads.get(len(key), ()):
                        if keys[j].startswith(key):
                            earlier = j
                            break
                cuts = _cuts(key, nwords)
                if earlier is None:
                    for cut in cuts:  # this line is an earlier one plus a short tail
                        if cut in first_lengths and (hit := first.get(key[:cut])) is not None:
                            earlier = hit
                            break
                if earlier is None:
                    first[key] = k
                    first_lengths.add(len(key))
                    for cut in cuts:
                        heads.setdefault(cut, []).append(k)
            out.append(earlier)
        return out


class TruncatedTeaser(corpuslint.Rule):
    """A teaser line that is the cut-off beginning of a later paragraph.

    ## What it does
    Flags a line of at least `min-words` words that stops mid-sentence (or with an ellipsis
    or "more") when a later line of the document starts with the same words and goes on.
    The earlier, partial copy is the teaser; the later full paragraph is kept. A line cut
    with an explicit ellipsis or "more" is also flagged when the full line stands up to six
    lines above it: a search result or listing that shows an entry, then its cut copy. A
    line that the next one carries on (it starts in lower case) is a hard-wrapped paragraph,
    not a teaser. The cut may fall inside a word, and the full line may start with a time stamp
    (a live blog's entry).

    ## Why is this bad?
    Pages show the first words of the story as a teaser or summary above it. Scraped, the
    reader meets the same sentence twice, the first time cut off.

    ## Example
    Bad:

        The river rose two metres overnight and forced

        The river rose two metres overnight and forced hundreds of families from their homes.

    Good:

        The river rose two metres overnight and forced hundreds of families from their homes.

    ## Fix safety
    Safe: the fix deletes the teaser line (and the blank line it leaves).
    """

    code = "BP007"
    name = "truncated-teaser"
    summary = "teaser line that is a cut-off copy of a later paragraph"
    options = {"min-words": 5}

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        min_words = ctx.options.get("min-words", 5)
        rs = rows(doc)
        keys = [r.key for r in rs]
        by_start: dict[str, list[int]] | None = None  # built when a first line needs it
        hits = []
        for k, row in enumerate(rs):
            text = row.tidy
            m = _TEASER_END.search(text, max(0, len(text) - 40)) if _may_end_teaser(text) else None
            if m:
                text = text[: m.start()]
                key = norm_key(text)
            elif ends_sentence(text):
                continue
            else:
                key = row.key  # the line is not cut: its key is the row's
            if len(text) < 30 or key.count(" ") + 1 < min_words:
                continue
            if not m and k + 1 < len(rs) and rs[k + 1].index == row.index + 1 and rs[k + 1].tidy[:1].islower():
                continue  # the next line carries it on: a hard-wrapped paragraph, not a teaser
            if by_start is None:
                by_start = {}
                for j, other in enumerate(keys):
                    by_start.setdefault(_first_words(other), []).append(j)
                    # A live blog's entry starts with its time ("17 32 gmt the fire service ..."):
                    # a teaser copies the entry after it.
                    if other[:1].isdigit():
                        rest = other
                        for _ in range(3):
                            rest = rest.partition(" ")[2]
                            if rest.count(" ") >= 3:
                                by_start.setdefault(_first_words(rest), []).append(j)
            # A line cut with an explicit ellipsis or "more" is also a snippet of a full line a
            # few lines above it (a result list shows the entry, then its cut copy); further
            # down, a cut copy is a reply quoting the start of a post. A line that merely
            # stops is a teaser only above its paragraph.
            for later in by_start.get(_first_words(key), ()):
                if ((later > k or (m and k - _SNIPPET_DISTANCE <= later < k)) and _continues(keys[later], key)):
                    full = rs[later].line
                    hits.append((row, f"{'teaser' if later > k else 'snippet'} cut off from line {full.number}: "
                                      f"{quote(row.tidy)}",
                                 {"related": [doc.related(full.start, full.end, "the full paragraph")]}))
                    break
        yield from flag_lines(self, doc, hits, "delete the teaser")

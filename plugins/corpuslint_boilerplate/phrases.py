"""Rules that recognise a whole line by a lexicon: ads, calls to action, teasers, site notices."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

import corpuslint

from corpuslint_boilerplate import lexicon
from corpuslint_boilerplate.lines import (GLUE_POINT, WIDE_GAP, ends_sentence, flag_lines, is_byline, prose_sentence,
                                          quote, quoted_line, short_rows, tidy, title_shaped, words)


class PhraseRule(corpuslint.Rule):
    """Base: flags each line that a pattern of ``lexicon_name`` matches as a whole."""

    lexicon_name: ClassVar[str] = ""
    what: ClassVar[str] = ""
    options = {"extra-patterns": [], "max-chars": 300}

    def setup(self, ctx: corpuslint.Context) -> None:
        lexicon.extra_patterns(self, ctx)

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        matcher = lexicon.whole_line(self.lexicon_name, lexicon.extra_patterns(self, ctx))
        limit = ctx.options.get("max-chars", 300)
        rs, texts = short_rows(doc, limit)
        hits = [(row, f"{self.what} {quote(row.tidy)}", {}) for k, (row, hit) in enumerate(zip(rs, _with_link_rows(matcher, texts, rs)))
                if hit and not _mention(matcher, row.tidy) and not self.keeps(row.tidy, k)]
        yield from flag_lines(self, doc, hits)

    def keeps(self, text: str, k: int) -> bool:
        """True for a line the lexicon matches that is the article's all the same (``k``: its
        position among the document's non-blank lines)."""
        return False


_ITEM_SEPARATORS = (" | ", " · ", " • ", " / ")


def _link_row(text: str) -> list[str] | None:
    """The items of a row of links set between bars, dots or spaced slashes ("Reprints &
    Permissions | Corrections", "Hysbyseb / Advertisement"): two to eight, each short and none
    a sentence; None for any other line."""
    for sep in _ITEM_SEPARATORS:
        if sep in text:
            items = text.split(sep)
            return items if _short_items(items) else None
    return None


def _short_items(items: list[str]) -> bool:
    """Two to eight items, each short (forty characters, seven words at most) and none a sentence."""
    return 2 <= len(items) <= 8 and all(0 < len(i) <= 40 and i.count(" ") <= 6 and i[-1:] not in ".!?" for i in items)


# Where a lost line break glued two lines: "ADVERTISEMENTStory continues below", "...todaySign up".
_GLUED_PIECE = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")


def _glued_pieces(text: str) -> list[str] | None:
    """The two or three lines a lost line break glued into one, each of two letters or more."""
    pieces = GLUE_POINT.split(text)
    if not 2 <= len(pieces) <= 3 or any(len(p) < 2 for p in pieces):
        return None
    # Each piece before a break is a phrase or a label in capitals: a single word glued to the
    # next is a name ("PlayStation 3", "YouTube"), not two lines.
    if not all(" " in p or p.isupper() for p in pieces[:-1]):
        return None
    return pieces


_LAST_PIECES: list = [None, []]


def _pieces_of(texts: list[str], rs) -> list[tuple[int, list[str]]]:
    """(line, items) of the lines made of several: glued by lost line breaks, links between
    bars or dots, or buttons that stood apart, their gaps left as runs of spaces ("Log in
    Get the app"). Worked out once per document: the lexicon rules share its list of lines."""
    if _LAST_PIECES[0] is not texts:
        joined = lexicon._lowered(texts)  # the document's lines in one string
        out = [(k, items) for k, t in enumerate(texts) if len(t) <= 100 and _GLUED_PIECE.search(t)
               and (items := _glued_pieces(t))]
        if " | " in joined or " · " in joined or " • " in joined or " / " in joined:
            out += [(k, items) for k, t in enumerate(texts) if ("|" in t or "·" in t or "•" in t or " / " in t)
                    and (items := _link_row(t))]
        listed = {k for k, _ in out}
        out += [(k, items) for k, r in enumerate(rs) if k not in listed and ("   " in r.line.text or "\t" in r.line.text)
                and (items := _spaced_items(r.line.text))]
        _LAST_PIECES[:] = [texts, out]
    return _LAST_PIECES[1]


def _spaced_items(raw: str) -> list[str] | None:
    """The items of a row of buttons or links apart by runs of spaces (as _link_row's); None
    for any other line."""
    items = [tidy(i) for i in WIDE_GAP.split(raw.strip()) if i.strip()]
    return items if _short_items(items) else None


def _with_link_rows(matcher: lexicon.LineMatcher, texts: list[str], rs) -> list[bool]:
    """Which lines the lexicon matches whole, the rows of links one of whose items it matches
    (a row that holds a known button or footer link is the page's, whatever its other links
    say: "Corrections and clarifications | Submit a news tip | Report an error"), and lines
    that lost line breaks glued together one of whose pieces it matches
    ("ADVERTISEMENTStory continues below"), and rows of buttons apart by runs of spaces one
    of which it matches ("Candidate sign-in   Log in")."""
    hits = matcher.fullmatch_all(texts)
    rows_of_links = [(k, items) for k, items in _pieces_of(texts, rs) if not hits[k]]
    if rows_of_links:
        matched = iter(matcher.fullmatch_all([i for _, items in rows_of_links for i in items]))
        for k, items in rows_of_links:
            hits[k] = any([next(matched) for _ in items]) or hits[k]  # a list: every item's answer is taken
    return hits


# A quotation inside a line: "...with only the line "All rights reserved" left at the bottom".
_QUOTED = re.compile(r"\"[^\"]{1,120}\"|“[^”]{1,120}”|‘[^’]{1,120}’|'[^']{1,120}'(?!\w)")


def _mention(matcher: lexicon.LineMatcher, text: str) -> bool:
    """True when a sentence of twelve words or more matches only through what it quotes: it
    tells of the phrase ("...with only the line "All rights reserved" left"), it is not the
    site's notice itself."""
    if text.count(" ") < 11 or not any(q in text for q in "\"“‘'"):
        return False
    bare = _QUOTED.sub("…", text)
    return bare != text and not matcher.fullmatch(bare)


class AdvertisementMarker(PhraseRule):
    """A line left where an advertisement or promoted content was.

    ## What it does
    Flags lines such as `Advertisement`, `Sponsored content`, `Story continues below`,
    `Promoted stories` or `Recommended by`: the labels of ad slots and content-recommendation
    widgets that a scraper copied as text. Patterns live in `data/advertising.txt`; add your own
    with `[rules.BP001] extra-patterns = ["..."]`. Options: `extra-patterns` (regular expressions
    matching a whole line, case-insensitive) and `max-chars` (default 300: longer lines are
    never matched).

    ## Why is this bad?
    The marker is not part of the article: it breaks the text between two paragraphs, and a
    model trained on it learns to write "Advertisement" in the middle of a story.

    ## Example
    Bad:

        The council met on Tuesday.

        Advertisement

        It voted to close the library.

    Good:

        The council met on Tuesday.

        It voted to close the library.

    ## Fix safety
    Safe: the fix deletes the line and the blank line it leaves.
    """

    code = "BP001"
    name = "advertisement-marker"
    summary = "advertisement or promoted-content marker left in the text"
    lexicon_name = "advertising"
    what = "advertisement marker"


class CallToAction(PhraseRule):
    """A call to action of the web page: sign up, subscribe, log in, follow, share, click here.

    ## What it does
    Flags lines that address the site's visitor rather than tell the story: newsletter
    sign-ups, subscribe and log-in prompts, app downloads, "follow us on", "share this",
    "click here", "report a correction" and contact-the-newsroom footers, and the author box
    below an article: its header (`About the author`, or `About Jess` above a line about
    Jess) and the biography right below it (`Jess writes about ...`, at most two lines that
    name the author and say what they do); with no header, a biography among the page's
    last lines that starts with the byline's name (`Ananya Rao covers civic affairs ...`),
    or one right below a card with the same name (`Rhiannon Tully · Journalist`), which goes
    too. Also a form's fields marked required (`Comment *`), its boxes and buttons drawn
    in brackets (`Postcode   [ Look up ]`), and an e-mail address alone on its line. Like
    every lexicon rule (BP001, BP002, BP009, BP010), it also reads a row of links between
    bars or dots, or of buttons apart by runs of spaces, item by item (`Reprints &
    Permissions | Corrections`, `Candidate sign-in   Log in`: one known item makes the row
    the page's) and a line that lost line breaks piece by piece (`ADVERTISEMENTStory
    continues below`). Patterns live in
    `data/calls_to_action.txt`; extend them with `[rules.BP002] extra-patterns = [...]`. Options: `extra-patterns` (regular expressions
    matching a whole line, case-insensitive) and `max-chars` (default 300: longer lines are
    never matched).

    ## Why is this bad?
    These lines were buttons and forms on the page. In a corpus they are noise that repeats
    in every document of a site.

    ## Example
    Bad:

        Prices rose for the third month in a row.

        Sign up for our daily newsletter

    Good:

        Prices rose for the third month in a row.

        Analysts expect them to fall in spring.

    ## Fix safety
    Safe: the fix deletes the line and the blank line it leaves.
    """

    code = "BP002"
    name = "call-to-action"
    summary = "call to action of the web page (sign up, subscribe, follow, share, click here)"
    lexicon_name = "calls_to_action"
    what = "call to action"

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        matcher = lexicon.whole_line(self.lexicon_name, lexicon.extra_patterns(self, ctx))
        rs, texts = short_rows(doc, ctx.options.get("max-chars", 300))
        found = {k for k, hit in enumerate(_with_link_rows(matcher, texts, rs)) if hit and not _mention(matcher, texts[k])}
        # A form's field, its required mark kept on the raw line ("Comment *", "Email address *").
        found |= {k for k, t in enumerate(texts) if len(t) <= 30 and rs[k].line.text.rstrip().endswith("*")
                  and _FORM_FIELD.fullmatch(t)}
        # An e-mail address alone on its line: a contact line of the site or of its writer
        # (not the end of a sentence wrapped onto it: "... Trouble? Contact" above it).
        found |= {k for k, t in enumerate(texts) if "@" in t and " " not in t and _EMAIL.fullmatch(t)
                  and not (k and texts[k - 1].count(" ") >= 4 and texts[k - 1][-1:].isalpha())}
        # A form's box and button drawn in brackets: "Postcode   [ Look up ]", "Your email [ Join ]".
        found |= {k for k, t in enumerate(texts) if len(t) <= 80 and t.endswith(" ]") and _BRACKET_BUTTON.fullmatch(t)}
        # A feedback question's answers on lines of their own below it: "Yes", "No".
        found |= {j for k in list(found) if texts[k].endswith("?") for j in (k + 1, k + 2)
                  if j < len(texts) and texts[j].lower() in ("yes", "no") and rs[j].index - rs[k].index <= 2}
        hits = [(rs[k], f"{self.what} {quote(texts[k])}", {}) for k in sorted(found)]
        boxes = _author_box(rs, texts, found) if any(t.startswith(("About", "Author", "ABOUT", "Meet")) for t in texts) else []
        boxes += _author_bio(rs, texts, found | set(boxes))
        hits += [(rs[k], f"author box {quote(texts[k])}", {}) for k in boxes]
        hits.sort(key=lambda hit: hit[0].index)
        yield from flag_lines(self, doc, hits)


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# An author box's header, and what a biography says of its subject near its start.
_AUTHOR_HEADER = re.compile(r"(?:about|meet) (?:the )?(?:authors?|writers?|reporters?|contributors?|editors?)|author(?:'s)? (?:bio|biography|profile)|about (?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})",
                            re.IGNORECASE)
_BIO = re.compile(r"(?:\w+[\w'’.-]* ){0,3}?(?:is|was|has|writes|wrote|covers|covered|reports|reported|edits|joined|lives|teaches|works|leads|runs)\b")


def _author_box(rs, texts: list[str], found: set[int]) -> list[int]:
    """The author box's header and biography: a header line ("About the author", or "About
    Jess" right above a line naming Jess) and the one or two lines right below it that start
    by naming someone and saying what they do."""
    out: list[int] = []
    for k, t in enumerate(texts[:-1]):
        m = _AUTHOR_HEADER.fullmatch(t.rstrip(":"))
        if m is None or rs[k + 1].index != rs[k].index + 1:
            continue
        name = m.group("name")
        if name in ("Me", "me") and texts[k + 1].startswith(("I'm ", "I am ", "Hi, I'm ", "Hello, I'm ", "Hi! I'm ")):
            if k not in found:
                out.append(k)  # "About me" above "I'm Niamh, a backend developer ...": a blog's sidebar
        elif name is not None:  # "About Jess": only above a line about Jess, and not "About Town"
            if name.split()[0] in ("Us", "This", "The", "Our", "Me") or not texts[k + 1].startswith(name.split()[0] + " "):
                continue
            if k not in found:
                out.append(k)
        elif k not in found:
            out.append(k)
        for j in range(k + 1, min(k + 3, len(texts))):
            bio = texts[j]
            if j in found or not bio[:1].isupper() or bio.count(" ") > 60 or not (
                    _BIO.match(bio) or (name in ("Me", "me") and bio.startswith(("I", "Hi", "Hello")))):
                break
            out.append(j)
    return out


_BRACKET_BUTTON = re.compile(r"[^\[\]]{0,50}\[ [\w'’ !.-]{2,24} \]")
_FORM_FIELD = re.compile(r"(?:your )?(?:full |first |last |display |user ?)?(?:name|e-?mail(?: address)?|comments?|website|url|"
                         r"message|phone(?: number)?|telephone|surname|subject|password|username|postcode|zip code|"
                         r"country|company|reply|review|title|rating)", re.IGNORECASE)
# A name alone or with a role or outlet ("Rhiannon Tully · Journalist"); the byline's name.
_NAME_CARD = re.compile(r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})(?: ?[·|,–—] ?[\w&'’ .-]{2,40})?")
_BYLINE_NAME = re.compile(r"(?:by|written by|words by|story by|reporting by) (?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})"
                          r"|(?P<card>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) ?[·|] ", re.IGNORECASE)
_TAIL_ROWS = 12  # where an author's biography stands: the end of the page


def _author_bio(rs, texts: list[str], found: set[int]) -> list[int]:
    """An author's biography at the end of the page, with no header: a line near the end that
    starts with the byline's name (or its first name) and says what the author does
    ("Ananya Ramaswamy covers civic affairs ..."), or any such line right below a card with the
    same name ("Rhiannon Tully · Journalist" over "Rhiannon covers agriculture ..."), which
    goes too."""
    names: set[str] = set()
    for t in texts[:_TAIL_ROWS]:
        m = _BYLINE_NAME.match(t) if len(t) <= 80 else None
        if m and (name := m.group("name") or m.group("card")) and name[:1].isupper():
            names.update((name, name.split(" ")[0]))
    out: list[int] = []
    for k in range(max(1, len(texts) - _TAIL_ROWS), len(texts)):
        bio = texts[k]
        if k in found or bio.count(" ") > 60:
            continue
        first = bio.split(" ", 1)[0]
        above = texts[k - 1]
        card = (_NAME_CARD.fullmatch(above) if len(above) <= 80 and above.startswith(first)
                and rs[k - 1].index == rs[k].index - 1 else None)
        if card and (bio.startswith(card.group("name") + " ") or first == card.group("name").split(" ")[0]):
            if _BIO.match(bio):
                if k - 1 not in found and k - 1 not in out:
                    out.append(k - 1)
                out.append(k)
        elif first in names and any(bio.startswith(name + " ") for name in names) and _BIO.match(bio):
            out.append(k)
    return out


class LinkTeaser(PhraseRule):
    """A teaser for a video, an audio player or related links.

    ## What it does
    Flags lines such as `Watch: ...`, `Read more: ...`, `Related Topics`, `Listen to this
    article`, `More on this story` and `Up next`: the labels of video players and of link lists
    beside the article, and links to a file that give its type and size (`Annual report 2024
    (PDF, 2.3MB)`). Below a list's header (a few words alone on their line, such as
    `Most read`, `Related articles` or `More from Travel`), the titles it lists are flagged
    too: the lines shaped like headlines right below it (no full stop, at most 16 words and
    120 characters), up to `max-items` of them (default 10). A title right above a sentence
    of prose is the article's own section heading and ends the list. Below the last sentence
    of a page with three or more, a header in the site's own words (`Most thumbed this week`:
    five words at most, no figures) counts too when two lines shaped like stories' titles
    follow it (four words or more, under a third of them function words, no sentence, no
    `Name, Job`, no score or time): not a results list, a contact block or a poem. Patterns live in
    `data/teasers.txt`; extend them with `[rules.BP009] extra-patterns = [...]`. Options:
    `extra-patterns` (regular expressions matching a whole line, case-insensitive),
    `max-chars` (default 300: longer lines are never matched) and `max-items`.

    ## Why is this bad?
    The teaser points at another page; without the link it is a stray headline in the
    middle of this one.

    ## Example
    Bad:

        The storm reached the coast at dawn.

        Watch: Waves batter the harbour wall
        Most read
        Council approves new cycle lanes
        Ferry fares to rise in spring

    Good:

        The storm reached the coast at dawn.

        Waves battered the harbour wall for an hour.

    ## Fix safety
    Safe: the fix deletes the line and the blank line it leaves.
    """

    code = "BP009"
    name = "link-teaser"
    summary = "video, audio or related-link teaser"
    lexicon_name = "teasers"
    what = "link teaser"
    options = {**PhraseRule.options, "max-items": 10}

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        matcher = lexicon.whole_line(self.lexicon_name, lexicon.extra_patterns(self, ctx))
        rs, texts = short_rows(doc, ctx.options.get("max-chars", 300))
        found = [k for k, hit in enumerate(_with_link_rows(matcher, texts, rs)) if hit and not _mention(matcher, texts[k])]
        # Clock times alone on their lines, three or more: a live page's entries, not a video's length.
        clocks = [k for k in found if _CLOCK.fullmatch(texts[k])]
        if len(clocks) >= 3:
            found = [k for k in found if k not in set(clocks)]
        # A link to a file, its type and size or pages in brackets: "Annual report 2024 (PDF, 2.3MB)".
        # A few substring tests of the document: a lexicon pattern would need its file types as trigger words.
        joined = lexicon._lowered(texts)
        if ("b)" in joined and ("kb)" in joined or "mb)" in joined or "gb)" in joined or "ib)" in joined)
                or "p.)" in joined or "pp)" in joined or "pages)" in joined):
            taken = set(found)
            found = sorted(taken | {k for k, t in enumerate(texts) if k not in taken and t.count(" ") < 25
                                    and _FILE_LINK.search(t)})
        hits = [(rs[k], f"{self.what} {quote(texts[k])}", {}) for k in found]
        if "..." in joined or "…" in joined:
            taken = set(found)
            cut = [k for k in _cut_titles(texts) if k not in taken]
            hits += [(rs[k], f"{self.what} (a title cut short) {quote(texts[k])}", {}) for k in cut]
            found = sorted(taken | set(cut))
        listed = _other_listings(rs, texts, set(found))
        hits += [(rs[k], f"{self.what} (a listing under {quote(texts[head], 30)}) {quote(texts[k])}", {})
                 for k, head in listed]
        heads = _tail_headers(doc, rs, texts, set(found))
        hits += [(rs[k], f"{self.what} (a header of links below the article) {quote(texts[k])}", {}) for k in heads]
        items = _list_items(doc, rs, texts, sorted({*found, *heads}), ctx.options.get("max-items", 10))
        hits += [(rs[k], f"{self.what} (a link under {quote(texts[head], 30)}) {quote(texts[k])}", {})
                 for k, head in items]
        hits.sort(key=lambda hit: hit[0].index)
        yield from flag_lines(self, doc, hits)


# What a header of other listings says: more, other, similar, nearby ones ("Other plumbers near
# Holmfirth", "Homes like this nearby", "More chef roles around York", "People also bought").
_OTHERS = re.compile(r"\b(?:more|other|others|similar|related|nearby|near|around|like this|also|too|recently viewed"
                     r"|you may|you might|you'll|you will|goes well with|goes with|pairs well with|frequently bought"
                     r"|complete the)\b", re.IGNORECASE)
# A listing's row: parts apart by a spaced dash, a bar or a dot, or a price, a distance or a rating at its end.
_LISTING_ROW = re.compile(r".+(?: [—–|·] | - ).+|.*(?:[€$£¥₹] ?\d[\d,.]*|\d(?:[.,]\d)? ?(?:km|miles?)|[★☆]+ ?[\d.]*)$")


def _other_listings(rs, texts: list[str], taken: set[int]) -> list[tuple[int, int]]:
    """(row, header) of listings of other pages under a header naming them as such, in the
    lower half of the page: a short line (eight words at most, no figures, no full stop) that
    says "more", "other", "similar", "nearby", "like this", "also"..., then two rows or more
    on the lines right below it, each short (sixteen words at most, no full stop) and shaped
    as a listing's row (parts apart by a spaced dash, a bar or a dot; or a price, a distance
    or a rating at its end): "Other plumbers near Holmfirth" over "Valley Heat Ltd — 2.1
    miles — ★★★★★ 5.0". A menu of dishes under "Desserts" names no others: it stays."""
    out: list[tuple[int, int]] = []
    for k in range(len(texts) // 2, len(texts) - 2):
        t = texts[k]
        if k in taken or t.count(" ") > 7 or t.endswith(".") or any(c.isdigit() for c in t) or not _OTHERS.search(t):
            continue
        j = k + 1
        while (j < len(texts) and rs[j].index == rs[j - 1].index + 1 and texts[j].count(" ") < 16
               and not texts[j].endswith(".") and _LISTING_ROW.fullmatch(texts[j])):
            j += 1
        if j - k >= 3:
            out += [(k, k)] + [(i, k) for i in range(k + 1, j)]
    return out


# Words a phrase does not end with: a line cut after one was cut short ("... in the Face of...").
_OPEN_ENDED = frozenset(("a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or",
                         "as", "into", "about", "is", "are", "was", "were", "that", "than", "its", "their", "our"))
_CUT_END = re.compile(r"[\w,'’](?:\.{3}|…)$")


def _cut_titles(texts: list[str]) -> list[int]:
    """Lines that are another page's title or summary cut short by an ellipsis, as link lists
    show them ("Boreal Forest Provides Hope in the Face of...", "- Global Personal Protective..."):
    fifteen words at most, the ellipsis right after a word, and written as a title (two thirds
    of the words of four letters or more capitalised) or cut after a word no phrase ends with
    ("of", "the", "and"). Not the first line (a headline may trail off: "Rivals of the £400
    Apple..."), a quotation trailing off, nor a line the next one carries on."""
    out = []
    for k, t in enumerate(texts):
        if k == 0 or not (t.endswith(("...", "…")) and t.count(" ") < 15 and _CUT_END.search(t)) or quoted_line(t):
            continue
        nxt = texts[k + 1] if k + 1 < len(texts) else ""
        if nxt[:1].islower() or nxt.startswith(("...", "…")):
            continue
        words = t.rstrip(".…").split()
        long = [w for w in words if len(w) >= 4]
        titled = len(words) >= 3 and long and 3 * sum(w[:1].isupper() for w in long) >= 2 * len(long)
        if titled or (len(words) >= 3 and words[-1].lower() in _OPEN_ENDED):
            out.append(k)
    return out


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
_FILE_TYPES = r"pdf|docx?|xlsx?|pptx?|csv|zip|epub|odt|rtf|mp3|mp4|wav|jpe?g|png|gif|tiff?|ics"
_FILE_LINK = re.compile(rf"\((?:(?:{_FILE_TYPES})(?:,| -| –|;)? ?)?\d[\d.,]* ?[kmg]i?b\)\W*$"
                        rf"|\((?:{_FILE_TYPES})(?:,| -| –|;)? ?\d+ ?(?:pp?\.?|pages)\)\W*$",
                        re.IGNORECASE)
# Words and nothing else, a closing colon at most: "Most read", "More from Travel", "Related:".
_HEADER_SHAPE = re.compile(r"[^\W\d_][^\W\d_ &'’-]*(?: [^\W\d_&'’-][^\W\d_&'’-]*| &)*:?")


def _story_title(text: str, n: int, stops: int) -> bool:
    """Shaped like a linked story's title: a title (lines.title_shaped) of four words or more,
    under a third of them function words, no sentence ending, no comma-separated name and job
    ("Gareth Olumide, Communications Manager"), no score or time, no price at its end (a
    menu's dish)."""
    return (n >= 4 and title_shaped(text, n) and 3 * stops < n and not ends_sentence(text)
            and text[-1:] not in ":;," and ", " not in text[:40] and not _SCORE.search(text)
            and not _PRICED.search(text))


_PRICED = re.compile(r"[€$£¥₹] ?\d[\d,.]*$")  # a dish or a product and its price: a menu, not a story


_MINUTE = re.compile(r"\d{1,3}(?:\+\d{1,2})?['’] ")  # a match's minute: "14' GOAL", "90+2' Sent off"
_SCORE = re.compile(r"\d\s?[-–:]\s?\d")  # a result or a time: "Harlow Rovers 3-2 Denton Town"


def _tail_headers(doc: corpuslint.Document, rs, texts: list[str], taken: set[int]) -> list[int]:
    """Headers of link lists below an article's last sentence, in whatever words the site chose
    ("Most thumbed this week", "Everyone's Talking About"): in a page with three sentences of
    prose or more, a short line of words alone (five at most, no figures) right above two
    lines or more shaped like stories' titles."""
    # Most pages have no short line of words alone in their lower half: looked for cheaply
    # first, the words are counted only for a page with a candidate header.
    candidates = [k for k in range(len(texts) // 2, len(texts) - 2)
                  if k not in taken and texts[k].count(" ") <= 4 and texts[k][-1:] not in ".!?"
                  and not any(c.isdigit() for c in texts[k]) and _HEADER_SHAPE.fullmatch(texts[k])]
    if not candidates:
        return []
    counts, stops = words(doc)
    prose = [k for k, (t, n, f) in enumerate(zip(texts, counts, stops)) if prose_sentence(t, n, f)]
    if len(prose) < 3:
        return []
    # (Titles seldom end in a figure; a scorecard's rows under a team's name all do: "C. Lowe
    # c Hurst b Akhtar 12".)
    return [k for k in candidates if k > prose[-1] and all(
        rs[j].index == rs[j - 1].index + 1 and _story_title(texts[j], counts[j], stops[j])
        and not texts[j][-1:].isdigit() for j in (k + 1, k + 2))]


def _list_items(doc: corpuslint.Document, rs, texts: list[str], found: list[int], limit: int) -> list[tuple[int, int]]:
    """(item, header) of the titles listed under a header of links ("Most read", "Related
    articles", "More from Travel"): the lines right below it shaped like headlines, until
    one is not, at most ``limit`` of them. A title right above a sentence of prose is the
    article's own section heading, and ends the list."""

    out: list[tuple[int, int]] = []
    taken = set(found)
    for head in found:
        t = texts[head]
        # A header of five words at most, naming no title itself ("Watch: Waves batter ...").
        if t.count(" ") > 4 or not _HEADER_SHAPE.fullmatch(t):
            continue
        k = head + 1
        while k < len(rs) and k - head <= limit and k not in taken and rs[k].index == rs[k - 1].index + 1:
            item = texts[k]
            if len(item) > 120 or item.count(" ") > 15 or item.endswith(".") or is_byline(item) or _MINUTE.match(item):
                break  # (a match's minute by minute, "14' GOAL ...", is the report's own)
            below = texts[k + 1] if k + 1 < len(rs) else ""
            if below.count(" ") >= 7 and ends_sentence(below) and not below.endswith(("…", "...")) and "©" not in below:
                break  # a heading above prose: the article goes on
            out.append((k, head))
            k += 1
    return out


class SiteNotice(PhraseRule):
    """A notice of the web site: cookies, copyright, terms and privacy links, update stamps.

    ## What it does
    Flags cookie banners, copyright and "all rights reserved" lines, rows of footer links
    (`Privacy Policy | Terms of Use`), "last updated" stamps, "back to top" links and page
    counters. The article's own date line stays (`Published 22 January 2025`, a date with at
    most its writer's name; not a stamp with a clock time, an update or a user's handle), and
    so does a byline among the first five lines that a notice's pattern would take (`By Dana
    Lee | Reviewed by Sam Obi, CFP`, `Designed by Winifred Calloway`: a person credited, not a
    site's maker or a review stamp at the foot). Patterns live in `data/notices.txt`; extend them with
    `[rules.BP010] extra-patterns = [...]`. Options: `extra-patterns` (regular expressions
    matching a whole line, case-insensitive) and `max-chars` (default 300: longer lines are
    never matched).

    ## Why is this bad?
    These lines belong to the site's frame, not to the document; they repeat across every page
    of the site.

    ## Example
    Bad:

        The museum reopens in May.

        © 2024 Example Media Group. All rights reserved.

    Good:

        The museum reopens in May.

        Tickets go on sale next week.

    ## Fix safety
    Safe: the fix deletes the line and the blank line it leaves.
    """

    code = "BP010"
    name = "site-notice"
    summary = "cookie, copyright, terms or last-updated notice of the web site"
    lexicon_name = "notices"
    what = "site notice"

    def keeps(self, text: str, k: int) -> bool:
        # "Published 22 January 2025", "Posted on 3 April 2025 by Ines Valdrake": the article's
        # own date line, a date and maybe its writer's name (not "Published in The Gazette, ...",
        # the print edition's note). A stamp with a clock time, an
        # update, or a user name ("Posted on March 3, 2022 by admin") is the site's and goes.
        # Near the top, "Designed by Winifred Calloway" or "Reviewed by Tomasz Wren, Technology
        # Editor" credits the article's maker: a byline, not the site's credits or review stamp.
        return bool(_DATE_LINE.fullmatch(text)) or (k < _BYLINE_ROWS and (
            bool(_CREDIT_BYLINE.fullmatch(text)) or (text[:3].lower() == "by " and is_byline(text))))


_BYLINE_ROWS = 5
# A person's name after the verb: two or three capitalised words, none a company's ("Digital",
# "Studio", "Media"...), maybe a comma and their job.
_CREDIT_BYLINE = re.compile(
    r"(?:reviewed|designed|written|photographed|illustrated|edited|tested|compiled) by "
    r"(?!.*\b(?:Digital|Studio|Studios|Media|Web|Websites?|Design|Designs|Ltd|Limited|Inc|Agency|Co|Creative|Labs?|Group)\b)"
    r"(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})(?:, [\w&' -]{2,50})?", re.IGNORECASE)
_DATE_LINE = re.compile(
    r"(?:first )?(?:published|posted)(?: on)?:? "
    r"(?!.*(?:updat|ago\b|yesterday|today|\||·|\d{1,2}[:.]\d{2}))"  # no update, no relative time, no clock
    # not where it was printed: "Published in The Quay Gazette, October 6th, 2024"
    r"(?!in (?-i:[A-Z])(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d))"
    r"(?=.*(?:\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))"  # a date
    r"(?!.*\bby (?-i:[^A-Z]))"  # a writer's name, not a user's handle
    r".{4,60}", re.IGNORECASE)

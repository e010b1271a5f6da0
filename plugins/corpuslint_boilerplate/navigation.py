"""BP004: navigation and section labels, alone, as breadcrumbs, or glued to the next word."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import corpuslint

from corpuslint_boilerplate import lexicon, menus
from corpuslint_boilerplate.content import FIRST_ROWS, headline_rows
from corpuslint_boilerplate.lines import (GLUE_POINT, WIDE_GAP, WIRE_AGENCIES, ends_sentence, flag_lines, is_byline,
                                          quote, rows, tidy_texts, words)

# The words a date starts with; a label glued to one of them, or to a stamp's verb, lost a line break.
_DATES = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
_MONTHS = _DATES + "|Updated|Published|Posted"
# Words a button starts with: an all-caps label glued to one of them lost its line break.
_BUTTON_WORDS = ("Sign|Subscribe|Log|Login|Register|Join|Read|Click|Watch|Listen|Download|Share|Follow|Get|Shop|Buy|"
                 "Search|Menu|Home|More|Skip|Sections|Topics|Updated|Published|Posted")
# Any glued label shows a lower-case or capital letter directly before a capital and a lower-case
# letter ("dM", "ESi"): lines without one skip the costly label patterns.
# Written capital first (the lookbehind then checks the letter or dot before it) so that the search
# jumps from capital to capital instead of trying the pattern at every character.
_CAMEL = re.compile(r"[A-Z](?<=[a-zA-Z.][A-Z])[a-z]")
# A short label ending in a link arrow: "Conservation »", "Next page ›".
_ARROWS = ("»", "›", "→", ">>")
# A label glued to a day: "Reviews18 May".
_DAY_GLUE = re.compile(rf"[a-z]\d{{1,2}} (?:{_DATES})")
_LEAD_ARROWS = (">>", "»", "›", "<<", "«", "‹", "←")
_DROPDOWNS = ("▾", "▼", "⌄", "⏷")
_ARROW_LINK = re.compile(r"(?:[\w&'’,.:-]+ ){0,8}[\w&'’,.-]+\s*(?:»|›|→|>>)")
_WORD_START = re.compile(r"[\w.]+")
# An A-Z index link: "Health A–Z", "Conditions A-Z", "A to Z of services".
_A_TO_Z = re.compile(r"(?:[\w&'’-]+ ){0,2}A ?(?:[–-]|to) ?Z(?: index| of [\w ]{1,30})?")
_SEPARATORS = r"\s*[|/>»›•·:,–-]\s*"


@functools.cache
def _pattern(kind: str, extra: tuple[str, ...]) -> re.Pattern[str]:
    """One of the label patterns, compiled on first use: each is a union of every label, and a
    one-file run (pre-commit) rarely meets a line that needs the breadcrumb or glued forms."""
    labels = sorted({*lexicon.patterns("navigation"), *extra}, key=len, reverse=True)
    label = "|".join(re.escape(x) for x in labels)
    if kind == "crumbs":
        # A label, then crumbs after a strong separator (> » ›) that need not be labels
        # themselves ("World » Asia-Pacific", "News > Local > Harbour Road closure"), or two
        # or more after a spaced slash ("Football / Harland League / Match Reports").
        return re.compile(rf"(?:{label})(?:{_SEPARATORS}(?:{label}))+|(?:{label})(?:\s+(?:{label})){{2,}}"
                          rf"|(?:{label})(?:\s*[>»›]\s*[\w&'’.-]+(?: [\w&'’.-]+){{0,4}}){{1,5}}"
                          rf"|(?:{label})(?: / [\w&'’.-]+(?: [\w&'’.-]+){{0,3}}){{2,5}}",
                          re.IGNORECASE)
    if kind == "caps_glued":  # three labels or more run together in capitals
        return re.compile(rf"(?:{label}){{3,}}", re.IGNORECASE)
    if kind == "lead_glued":  # a short line starting with a label glued to a name: "NewsEastmoor"
        return re.compile(rf"((?:{label}))(?=[A-Z][a-z]{{2,}}\b)")
    if kind == "menu_bar":  # a site's name, then three labels or more: "EPB News | Sport | Weather | Radio"
        # (the last one maybe glued to a word: "... | SportLive")
        return re.compile(rf"[\w&'’.-]+(?: [\w&'’.-]+){{0,2}}(?:\s*[|·•]\s*(?:{label})){{3,}}(?-i:[A-Z][a-z]+)?",
                          re.IGNORECASE)
    if kind == "trail":  # any crumbs, two strong separators or more: "KRVX 9 › Weather › Calder County"
        return re.compile(r"[\w&'’.,()–-]+(?: [\w&'’.,()–-]+){0,4}(?:\s*(?:›|»| > |‹| < )\s*[\w&'’.,()–-]+(?: [\w&'’.,()–-]+){0,4}){2,5}")
    if kind == "single":
        return re.compile(rf"(?:{label})(?: (?:news|section|desk|headlines|pages?))?:?", re.IGNORECASE)
    if kind == "glued":  # case-sensitive: "WorldMarch 19", "HomeNewsWorldPolitics", "MENUSearchSubscribe",
        # "PoliticsBy Jane Doe" (a section label glued to the byline, which stays)
        return re.compile(rf"(?<![\w.])((?:[A-Z]{{2,}}(?=[A-Z][a-z]))?(?:{label}){{2,}})(?![\w])"
                          rf"|(?<![\w.])((?:{label})+?)(?=(?:{label}|{_MONTHS}|{WIRE_AGENCIES})(?![a-z])|By [A-Z])")
    if kind == "date_glued":  # any capitalised word glued to a date: "CitiesJuly 3, 2026", "AppellateJune 9"
        return re.compile(rf"(?<![\w.])((?:[A-Z][a-z]+ (?:& )?){{0,2}}[A-Z][a-z]{{2,}})"
                          rf"(?=(?:{_DATES})\.? \d{{1,2}}\b|\d{{1,2}} (?:{_DATES})\b)")  # "Reviews18 May 2025" too
    # "shouting": an all-caps label glued to a button ("FREESign up", "MENUSearch")
    return re.compile(rf"(?<![\w])([A-Z]{{2,}})(?=(?:{_BUTTON_WORDS})(?:\b|[A-Z]))")


_CRUMB = r"[A-Z][\w&'’.,()–-]*(?: [\w&'’.,()–-]+){0,4}"
_TWO_CRUMBS = re.compile(rf"{_CRUMB}\s*[›»]\s*{_CRUMB}")
_TOP_CRUMB_ROWS = 6
_SHORT_CRUMBS = re.compile(r"[A-Z][\w&'’-]*(?: [A-Z&][\w&'’-]*){0,2} > [A-Z][\w&'’-]*(?: [A-Z&][\w&'’-]*){0,2}")
_MENU_WORD = re.compile(r"[A-Z][\w'’&-]*|&")


def _spaced_menu(text: str, single: re.Pattern[str]) -> bool:
    """A menu's entries run together with single spaces: every word capitalised (or "&"), no
    punctuation, and two or more of the words, or of the pairs of words, known labels
    ("Destinations Europe Asia South America Gear Guides About Me")."""
    words = text.split(" ")
    if not all(_MENU_WORD.fullmatch(w) for w in words):
        return False
    labels, i = 0, 0
    while i < len(words) and labels < 2:
        if i + 1 < len(words) and single.fullmatch(f"{words[i]} {words[i + 1]}"):
            labels, i = labels + 1, i + 2
        else:
            labels, i = labels + bool(single.fullmatch(words[i])), i + 1
    return labels >= 2


def _section_label(doc, rs) -> int | None:
    """The row of the section's name the page sets right above the article's headline
    ("Agriculture", "Local News", "Celebs"): one to three capitalised words, no figures, no
    punctuation, not the page's first line and not right below a sentence of prose; the
    headline found as BP011 finds it (above the byline or the first sentence of prose)."""
    # Most pages have no such line near their top: looked for before the headline is.
    candidates = [k for k in range(1, min(len(rs), FIRST_ROWS)) if _section_shaped(rs[k].tidy)]
    if len(rs) < 4 or not candidates:
        return None
    texts = tidy_texts(doc)
    head = headline_rows(texts, *words(doc), [r.line.text for r in rs])
    c = min(head) - 1 if head else -1
    if c not in candidates:
        return None
    above = texts[c - 1]
    return None if (above.count(" ") >= 7 and ends_sentence(above)) else c


def _section_shaped(text: str) -> bool:
    """One to three capitalised words, no figures, no punctuation: "Local News", "Celebs"."""
    return len(text) <= 30 and text.count(" ") <= 2 and text != "&" and all(_MENU_WORD.fullmatch(w) for w in text.split(" "))


_TITLE_SMALL_WORDS = frozenset(("a", "an", "and", "&", "at", "for", "in", "of", "on", "the", "to", "with"))


def _slash_trail(text: str) -> bool:
    """Three to seven crumbs apart by spaced slashes, each of one to four words written as a
    title: capitalised or figures, small words between ("Python for Data Beginners")."""
    crumbs = text.split(" / ")
    return len(crumbs) <= 7 and all(
        0 < len(words := c.split(" ")) <= 4 and c[:1].isupper()
        and all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_SMALL_WORDS for w in words)
        for c in crumbs)


_NAME_PREFIX = re.compile(r"(?:Mc|Mac|O'|De|Di|La|Le|Van|Von)(?=[A-Z])")


_BUTTON_MARK = re.compile(r"[^\w\s\"'“‘(]")


def _spaced_row(raw: str) -> bool:
    """A row of menu items or buttons that stood apart, their gaps left as runs of spaces:
    "Visit   Exhibitions   Collections   Shop" (three items or more of at most four words,
    capitalised, no figures but counts: "Wishlist (0)", "Star 612"), or "♡ Save   ↗ Share"
    (two or more, each led by a symbol)."""
    text = raw.strip()
    if len(text) > 160 or not WIDE_GAP.search(text):
        # Two spaces apart will do for four items or more ("Home  Budgeting  Debt  Shop").
        if "  " not in text or len(text) > 160:
            return False
        items = [i.strip() for i in text.split("  ") if i.strip()]
        if len(items) < 4:
            return False
    else:
        items = [i.strip() for i in WIDE_GAP.split(text) if i.strip()]
    if len(items) < 2 or any(i.count(" ") > (4 if _BUTTON_MARK.match(i) else 3) or len(i) > 32 or i[-1:] in ".!?"
                             for i in items):
        return False
    if all(_BUTTON_MARK.match(i) for i in items) and any(_LETTERS.search(i) for i in items):
        return True  # "▶ Play episode   ⬇ Download", "♡ Save   ↗ Share", "💬 214   🔁 Share"
    if len(items) >= 3 and items[0][:1].isupper() and all(len(i) == 1 for i in items[1:]):
        return True  # a share button and its icons' letters: "Share  f  X  ✉"
    # No figures but a share count among share buttons ("WhatsApp   ✉   148 shares"), or a
    # label's count ("Basket (0)", "Fork 41").
    counted = [i for i in items if _SHARE_COUNT.fullmatch(i)]
    rest = [i for i in items if i not in counted]
    return (len(items) >= 3 and not any(c.isdigit() for i in rest for c in i)
            and all(i[:1].isupper() or i[1:2].isupper() or (_BUTTON_MARK.match(i) and len(i) <= 2) for i in rest))


_LETTERS = re.compile(r"[^\W\d_]{2}")
# A count among the buttons: "148 shares", or a label and its count ("Basket (0)", "Fork 41",
# "Pull requests 2", "Bag · £0.00").
_SHARE_COUNT = re.compile(r"\d[\d,.]*[kKmM]? (?:shares?|likes?|comments?|reactions?)"
                          r"|[A-Z][\w'’-]*(?: [\w'’-]+)? (?:\(\d[\d,.]*\)|\d[\d,.]*[kKmM]?|· [£$€]\d[\d,.]*|[★☆] ?\d[\d,.]*[kKmM]?)")


def _gap_cells(raw: str) -> int:
    return len([i for i in WIDE_GAP.split(raw.strip()) if i.strip()])


def _bar_cells(raw: str) -> int:
    return raw.count(" | ") + 1


def _table_row(rs, k: int, cells=_gap_cells) -> bool:
    """True when the row above or below has as many cells (two or more), split the same
    way, and one of the two holds a figure: a table's header or row ("Account type	Provider
    Rate" above "Easy saver	Harbour Mutual	4.1%"), not a menu standing alone or above another."""
    n = cells(rs[k].line.text)
    # A table holds figures somewhere in the two rows; two menus stacked hold none.
    return n >= 2 and any(0 <= j < len(rs) and rs[j].index == rs[k].index + (j - k) and cells(rs[j].line.text) == n
                          and any(c.isdigit() for c in rs[j].line.text + rs[k].line.text)
                          for j in (k - 1, k + 1))


def _masthead(text: str) -> bool:
    """A site's name: one to four capitalised words, no figures, nothing of a sentence."""
    words = text.split(" ")
    return (len(words) <= 4 and len(text) <= 40 and all(w[:1].isupper() or w in ("&", "of", "the", "and") for w in words)
            and not any(c.isdigit() for c in text) and not ends_sentence(text) and ":" not in text)


def _motto(text: str) -> bool:
    """A site's name or motto: short, no sentence ending, no figures ("A welcoming parish church
    in the heart of the village", "Brassworks Junction - the forum for railway modellers")."""
    return (len(text) <= 70 and text.count(" ") <= 10 and not ends_sentence(text)
            and not any(c.isdigit() for c in text) and not is_byline(text))


def _glued_menu(text: str, label=None) -> bool:
    """A short line of capitalised words glued into each other: three places at least where a
    word runs into the next with no space ("StudyResearchAbout usNews"), at most five spaces, no
    sentence ending ("McDonald", "iPhone" and "YouTube TV" do not come near). Two places are
    enough when one of the pieces is a section label (``label``, a compiled pattern of lone
    labels): "Food & DrinkRecipesSeasonal", where "PlayStation YouTube" names no section."""
    if len(text) > 100 or text.count(" ") > 10 or ends_sentence(text) or not text[:1].isupper():
        return False
    cleaned = _NAME_PREFIX.sub("", text)
    words = cleaned.split(" ")
    # The parts glued on (not a word's own start) are capitalised words of two letters or more.
    glued = [p for w in words for p in GLUE_POINT.split(w)[1:]]
    if not all(len(p) >= 2 for p in glued):
        return False
    # A long one ("On this pageWhat it isSymptomsTriggers...") may have more spaces.
    if len(glued) >= 3 if len(words) <= 6 else len(glued) >= 5:
        return True
    return (label is not None and len(glued) == 2 and len(words) <= 6
            and any(label.fullmatch(piece.strip()) for piece in GLUE_POINT.split(cleaned)))


@functools.cache
def _first_words(extra: tuple[str, ...]) -> frozenset[str]:
    """Lower-cased first words of the labels: a breadcrumb starts with one of them."""
    return frozenset(_first_word(x) for x in (*lexicon.patterns("navigation"), *extra))


def _first_word(text: str) -> str:
    m = _WORD_START.match(text)
    return m.group().lower() if m else ""


class NavigationLabel(corpuslint.Rule):
    """A navigation or section label of the web page, alone, as a breadcrumb, or glued to text.

    ## What it does
    Flags the page's navigation left in the text:

    - breadcrumbs and menu rows of site-section labels (`Home > News > World`, `News | Sport |
      Weather`); after a label and a `>`, `»` or `›` the crumbs need not be labels
      (`World » Asia-Pacific`), nor after two spaced slashes (`Football / Harland League /
      Match Reports`); a site's name may lead three labels or more (`EPB News | Sport |
      Weather`); any short line with two `›`, `»` or ` > ` or more is a trail of crumbs
      (`KRVX 9 › Weather › Calder County`), and so are two capitalised crumbs apart by
      one `›` or `»` (`Treatments › Children's Dentistry`; in the first six lines also `>`:
      `Laptops > Reviews`) and four or more apart by spaced
      slashes (`Courses / Python Basics / Module 2 / Lesson 4`; near the top, three led by a
      known label: `Shop / Bread / Sourdough`); three short links or more between dots are a row
      of links (`Death notices · Lottery numbers · What's on`; never a line with figures); in
      the first or last two lines, three between bars (`Essays | Archive | About`) or a
      menu run together with single spaces, every word capitalised and two known labels
      among them (`Home About Us Services Reviews Contact`);
    - a lone label (`Politics`, `Topics`, `Local News`, `Metro Section`) in the first or last
      two lines of a document or among other labels;
    - navigation furniture that is never text wherever it stands (`Main menu`, `You are here:
      Home > News`, `Accessibility statement`, `Health A–Z`; `data/navigation_furniture.txt`);
    - short link lines starting or ending with an arrow (`>> 7 cheap flights to book now`,
      `Conservation »`, `← Older post`, `The new ferry is here. See the photos →`), and
      drop-down labels (`Edition: UK ▾`);
    - menus and button rows whose items stood apart on the page, their gaps left as runs of
      spaces or tabs (`Visit   Exhibitions   Collections   Shop`, `♡ Save   ↗ Share`), unless
      the row above or below has as many cells and one of the two holds a figure (a table's
      header or row; two menus stacked hold none); and the site's name
      alone on the first line right above a menu flagged here (`Tolland Museums`);
    - menus set one entry a line: short capitalised entries on adjacent lines, three or more
      holding two known labels (`Home`, `Contact`; any case), or one above the page's first
      sentence, or four or more holding one below its last; not a list after a colon; and
      the site's name and motto on the two lines above such a menu;
    - a page's table of contents: short lines on adjacent lines that each stand again below,
      once, in order and apart, as headings with their text, numbered where the headings are
      not (`1 Biography` above `Biography`) or under a navigation header (`On this page`,
      `Contents [hide]`), with the line naming the list above it; a guide's own outline,
      repeated word for word by its headings, stays; an archive's months (`March 2025`,
      three or more);
    - menu items glued into each other, whatever their words (three places or more where a
      capitalised word runs into the next: `CelebsTVRoyalsShowbizFashionBeauty`, `ShopOur
      StoryWholesaleJournalFind Us`; two places when one piece is a section label: `Food &
      DrinkRecipesSeasonal`; in capitals, known labels: `FASHIONBEAUTYCULTURE`);
    - labels glued to the next word by a lost line break (`WorldMarch 19, 2025`,
      `HomeNewsWorldPolitics`, `BusinessReuters`, `...FREESign up today!`, `LIVEUpdated 10:32
      GMT`; in a line of one or two words a label glued to a name, `NewsEastmoor`; any
      capitalised word glued to a date, `CitiesJuly 3, 2026`): only the label is flagged,
      and in `PoliticsBy Jane Doe` the byline stays.

    The labels live in `data/navigation.txt`; `extra-patterns` adds labels (plain words, not
    regular expressions).

    ## Why is this bad?
    Menus and breadcrumbs are the page's frame. Glued to a word they also corrupt it: a model
    sees "WorldMarch" as a word.

    ## Example
    Bad:

        Home > News > World

        WorldMarch 19, 2025

        The two leaders spoke for two hours.

    Good:

        March 19, 2025

        The two leaders spoke for two hours.

    ## Fix safety
    Label lines are deleted with the blank line they leave (safe). For a label glued to other
    text the fix deletes only the label and keeps the text; it is unsafe because the glued
    word might be a name that merely looks like a label.
    """

    code = "BP004"
    name = "navigation-label"
    summary = "navigation or section label, breadcrumb, or label glued to the next word"
    options = {"extra-patterns": []}

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        extra = tuple(str(p) for p in ctx.options.get("extra-patterns", ()) if p)
        firsts = _first_words(extra)
        rs = rows(doc)
        single = _pattern("single", extra) if any(len(r.tidy) <= 40 for r in rs) else None
        is_label = [len(r.tidy) <= 40 and bool(single.fullmatch(r.tidy)) for r in rs]
        short = [r for r in rs if len(r.tidy) <= 200]
        furniture = {r.index for r, hit in zip(short, lexicon.whole_line("navigation_furniture").fullmatch_all(
            [r.tidy for r in short])) if hit}
        hits, glued_findings = [], []
        last = len(rs) - 1
        for k, row in enumerate(rs):
            t = row.tidy
            # A sentence of more than six words is never a breadcrumb: skip the long alternations.
            whole = len(t) <= 200 and not (t[-1:] in ".!?" and t.count(" ") > 5) and bool(
                _pattern("crumbs", extra).fullmatch(t) if _first_word(t) in firsts
                else " " not in t and _pattern("glued", extra).fullmatch(t))
            # Most lines are sentences, and a sentence is none of the shapes below.
            if not whole and len(t) <= 200 and t[-1:] not in ".!?\"”":
                whole = (("|" in t or "·" in t or "•" in t) and t.count("|") + t.count("·") + t.count("•") >= 3
                         and bool(_pattern("menu_bar", extra).fullmatch(t)))
                # Menu items glued into one another ("CelebsTVRoyalsShowbizFashionBeauty",
                # "ShopOur StoryWholesaleJournalFind Us"), whatever their words.
                whole = whole or (len(t) <= 100 and _CAMEL.search(t) is not None
                                  and _glued_menu(t, _pattern("single", extra)))
                # Or apart, the gaps between its items left as runs of spaces.
                whole = whole or (("  " in row.line.text or "\t" in row.line.text) and _spaced_row(row.line.text)
                                  and not _table_row(rs, k))
                # Four short links or more between bars, whatever their words: "Football |
                # Transfers | Live scores | Tables" (no figures, no sentence).
                whole = whole or (t.count(" | ") >= 3 and len(t) <= 120 and not any(c.isdigit() for c in t)
                                  and all(p.count(" ") < 4 and (p[:1].isupper() or p[1:2].isupper()) for p in t.split(" | "))
                                  and not _table_row(rs, k, _bar_cells))
                # At the page's top or foot, three will do ("Essays | Archive | About"), and a
                # menu may run its entries together with single spaces ("Home About Us
                # Services Reviews Contact"): every word capitalised, two known labels among them.
                edge = k < 2 or k >= last - 1
                whole = whole or (edge and t.count(" | ") == 2 and len(t) <= 80 and not any(c.isdigit() for c in t)
                                  and all(p.count(" ") < 3 and p[:1].isupper() for p in t.split(" | ")))
                whole = whole or (edge and 3 <= t.count(" ") <= 11 and _spaced_menu(t, _pattern("single", extra)))
                # Or in capitals, where no glue shows: "FASHIONBEAUTYCULTUREWELLNESS"
                whole = whole or (len(t) >= 12 and " " not in t and t.isupper()
                                  and bool(_pattern("caps_glued", extra).fullmatch(t)))
                whole = whole or (("›" in t or "»" in t or " > " in t or "‹" in t or " < " in t) and len(t) <= 120
                                  and bool(_pattern("trail", extra).fullmatch(t)))
                # Two capitalised crumbs apart by a breadcrumb's arrow ("Treatments › Children's
                # Dentistry"), or four or more by spaced slashes ("Courses / Python Basics /
                # Module 2 / Lesson 4"): prose writes neither.
                whole = whole or (("›" in t or "»" in t) and len(t) <= 80 and bool(_TWO_CRUMBS.fullmatch(t)))
                # Near the top, two short crumbs apart by " > " ("Laptops > Reviews"; not a bar:
                # "Jo Marsh | Harbourtown" is a byline, "Recordings | College Archives" a title).
                whole = whole or (k < _TOP_CRUMB_ROWS and len(t) <= 40 and " > " in t and bool(_SHORT_CRUMBS.fullmatch(t)))
                whole = whole or ((t.count(" / ") >= 3 or (k < _TOP_CRUMB_ROWS and t.count(" / ") == 2 and single is not None
                                                          and single.fullmatch(t.split(" / ", 1)[0])))
                                  and len(t) <= 100 and _slash_trail(t))
                # A row of short links between dots: "Death notices · Lottery numbers · What's on"
                # (no figures: "Serves 8 · Prep 40 minutes · Bake 45 minutes" is a recipe's own)
                whole = whole or (len(t) <= 120 and (t.count(" · ") >= 2 or t.count(" • ") >= 2)
                                  and not any(c.isdigit() for c in t)
                                  and all(0 < p.count(" ") < 5 or " " not in p.strip()
                                          for p in t.replace(" • ", " · ").split(" · ")))
            lone = is_label[k] and (k < 2 or k >= last - 1 or is_label[k - 1] or (k < last and is_label[k + 1]))
            lone = lone or row.index in furniture  # "Main menu", "You are here: ...": never text, wherever they stand
            lone = lone or ("Z" in t and len(t) <= 50 and bool(_A_TO_Z.fullmatch(t)))
            # An arrow link ends with its arrow: most lines need not try the pattern.
            lone = lone or (t.endswith(_ARROWS) and (bool(_ARROW_LINK.fullmatch(t)) or (
                len(t) <= 120 and ". " in t and bool(_ARROW_LINK.fullmatch(t.rsplit(". ", 1)[1])))))
            # A drop-down's label: "Docs version: 2.4 (latest) ▾", "Edition: UK ▼"
            lone = lone or (t.endswith(_DROPDOWNS) and len(t) <= 60 and not ends_sentence(t.rstrip("".join(_DROPDOWNS) + " ")))
            # Or starts with one (">> 7 cheap flights", "« Previous page"), which tidy may strip:
            # read the raw line. Not a sentence, and not a quotation between guillemets (French
            # «...», German »...«).
            raw = row.line.text
            # (Between « and » with a wide gap inside, it is a post's "previous / next" links.)
            lone = lone or (raw.lstrip().startswith(_LEAD_ARROWS)
                            and (not ("«" in raw and "»" in raw) or WIDE_GAP.search(raw.strip()))
                            and t.count(" ") < 15 and not ends_sentence(t))
            if whole or lone:
                hits.append((row, f"navigation label {quote(t)}", {}))
                continue
            text = row.line.text
            if len(text) <= 400 and (_CAMEL.search(text) or _DAY_GLUE.search(text)):  # any glued label shows one of these
                found = list(self._glued(doc, row, extra))
                if (not found and t.count(" ") < 2 and (m := _pattern("lead_glued", extra).match(t))
                        and (a := text.find(t[:m.end()])) >= 0):  # tidy may have changed the raw line
                    found.append(self._glue_finding(doc, row.line.start + a, row.line.start + a + m.end(),
                                                    m.group(1), text[a + m.end():a + m.end() + 20]))
                glued_findings.extend(found)
        flagged = {row.index for row, _, _ in hits}
        kicker = _section_label(doc, rs)
        if kicker is not None and rs[kicker].index not in flagged:
            hits.append((rs[kicker], f"navigation label (a section's name above the headline) {quote(rs[kicker].tidy)}", {}))
            flagged.add(rs[kicker].index)
        lists = set()  # rows of a table of contents or an archive: no site's name stands above them
        for row, kind in menus.one_entry_a_line(rs, is_label):
            if kind != menus.MENU:
                lists.add(row.index)
            if row.index not in flagged:
                hits.append((row, f"navigation label ({kind}) {quote(row.tidy)}", {}))
        hits.sort(key=lambda hit: hit[0].index)
        # The site's name alone on the first line, right above the menu flagged here: the
        # page's masthead ("Tolland Museums" over "Visit   Exhibitions   Collections").
        # Or its name and motto on the first two lines, right above a menu of three entries or
        # more ("Purl & Pebble" / "knitting, yarn and muddy walks" over "Home", "About Me"...).
        # (Below a first row flagged itself, "Log in | Register", the name may stand second.)
        glued_lines = {f.line for f in glued_findings}
        taken = {h[0].index for h in hits}
        top = 1 if len(rs) > 3 and rs[0].index in taken and rs[1].index not in taken else 0
        if (len(rs) > 2 + top and rs[top + 1].index in taken and rs[top].index not in taken and _masthead(rs[top].tidy)
                and rs[top].line.number not in glued_lines and rs[top + 1].index not in lists
                and rs[top + 1].index not in furniture):
            hits.insert(top, (rs[top], f"navigation label (the site's name above its menu) {quote(rs[top].tidy)}", {}))
        elif (len(rs) > 5 and hits and hits[0][0] is rs[2] and all(h[0] is rs[2 + i] for i, h in enumerate(hits[:3]))
              and rs[2].index not in lists and rs[2].index not in furniture
              and all(_motto(rs[i].tidy) and rs[i].line.number not in glued_lines for i in (0, 1))):
            hits[:0] = [(rs[i], f"navigation label (the site's name or motto above its menu) {quote(rs[i].tidy)}", {})
                        for i in (0, 1)]
        yield from flag_lines(self, doc, hits)
        yield from glued_findings

    def _glued(self, doc, row, extra) -> Iterator[corpuslint.Finding]:
        text = row.line.text
        taken = []
        for m in _pattern("glued", extra).finditer(text):
            a, b = m.span(1) if m.group(1) else m.span(2)
            taken.append((a, b))
            yield self._glue_finding(doc, row.line.start + a, row.line.start + b, text[a:b], text[b:b + 20])
        spans = []
        for m in _pattern("shouting", extra).finditer(text):
            a, b = m.span(1)
            spans.append((a, b))
            yield self._glue_finding(doc, row.line.start + a, row.line.start + b, text[a:b], text[b:b + 20])
        for m in _pattern("date_glued", extra).finditer(text):  # unless a known label was found there
            a, b = m.span(1)
            if not any(x < b and a < y for x, y in [*spans, *taken]):
                yield self._glue_finding(doc, row.line.start + a, row.line.start + b, text[a:b], text[b:b + 20])

    def _glue_finding(self, doc, start, end, label, after) -> corpuslint.Finding:
        fix = corpuslint.Fix((corpuslint.Edit(start, end, ""),), safe=False, message=f"delete {label!r}")
        rest = after.split("\n")[0]
        msg = f"label {label!r} glued to the next words {rest!r}" if rest else f"navigation labels {label!r}"
        return self.finding(doc, start, end, msg, fix=fix)

"""BP005: photo captions and credits, including a caption repeated with an agency name glued on."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import corpuslint

from corpuslint_boilerplate import lexicon
from corpuslint_boilerplate.lines import flag_lines, is_byline, quote, rows

# A capital letter, accented ones too ("Órla Breathnach").
_CAP = "[A-ZÀ-ÖØ-Þ]"
# Agencies that only ever appear as picture credits when alone on a line.
_PHOTO_AGENCIES = r"Getty Images|Shutterstock|Alamy|PA Images|PA Wire|iStock(?:photo)?|AP Photo"


@functools.cache
def _credit(extra: tuple[str, ...]) -> str:
    # All-caps agency names match in capitals only ("AP", not "ap"); other credit words in any case.
    return "|".join(re.escape(w) if w.isupper() else f"(?i:{re.escape(w)})"
                    for w in sorted({*lexicon.patterns("credits"), *extra}, key=len, reverse=True))


@functools.cache
def _pattern(kind: str, extra: tuple[str, ...]) -> re.Pattern[str]:
    """One caption pattern, compiled the first time a line needs it (a one-file run compiles
    one or two of the five)."""
    if kind == "tail":  # "...caption text. (AP Photo/Jane Doe)", an agency maybe glued on: "...)ASSOCIATED PRESS"
        return re.compile(rf"\((?=[^()]*\b(?:{_credit(extra)})\b)[^()]{{2,160}}\)\s*(?:[A-Z][A-Z.&' -]{{1,40}})?\s*$")
    if kind == "head":  # "Photo: Jane Doe/Reuters", "Image caption ...", "Picture credit: ..."
        return re.compile(r"(?:(?:image|photo|picture|media|video) (?:caption|copyright|credit|source)s?"
                          r"|(?:photo|photograph|picture|image|caption|credit|illustration)s?\s*[:|]"
                          r"|(?:recipe|words|text|styling) and (?:photograph|photo|picture)s?\s*:"
                          r"|pictured(?: above| below| left| right| top| here| main| inset)?\s*:"
                          r"|(?:image|photo|picture|slide)s? \d+ (?:of|/) \d+\s*[:|.]"
                          r"|(?:photo|photograph|picture|image|illustration)s? (?:by|courtesy(?: of)?)(?=\s))\s*(?=\D)\S.*"
                          # a credit with no name: "File photo", "Supplied", "Handout"
                          r"|(?:file|stock|courtesy|handout|supplied|library|archive) (?:photo|photograph|image|picture|pic)s?\.?"
                          r"|(?:supplied|handout|courtesy)\.?",
                          re.IGNORECASE)
    if kind == "trail":  # the Guardian's form: "... outside Downing Street. Photograph: Stefan Rousseau/PA"
        # (after the sentence, or a bar: "... on Thursday. | Photo Credit: Jane Doe"; a name
        # may hold initials: "Credit: M. Sato/Reef Lab")
        return re.compile(r"(?:(?:[.!?”\"]\s+(?:[|—–-]\s*)?|\s\|\s*)(?:[A-Z][\w'’]+ )?"  # the sentence's end, a paper's name
                          r"(?:(?i:file |staff |stock )?(?i:photograph|photo|picture|pic|image|illustration|composite|credit)s?"
                          r"(?i: source| credit)?(?::| ©| by(?= [A-Z]))\s*(?:[^.:]|\.(?= ?[A-Z]))[^:]{1,79}"
                          # a credit with no name: "... in 2016. Beacon file photo"
                          r"|(?i:file|staff|stock|handout|supplied) (?i:photo|photograph|picture|image)\.?"
                          # a magazine's form: "... where she was born. Jane Doe for Harbour Life"
                          r"|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2} for (?:the )?[A-Z][\w'’&.-]*(?: (?:&|[A-Z][\w'’&.-]*)){0,3}))$")
    if kind == "glued":  # a credit glued to the caption by a lost line break: "...at Kettle ParkPhoto:
        # Jane Doe / Coast Images", "...centrePhoto by Jane Doe", "...in 2023IMAGE SOURCE, HARBOUR
        # TRUST", and after a full stop "...on Saturday night.SnapStar Agency", "...Ferrisburg.Jane Doe/Wire"
        return re.compile(r"(?<=[a-z0-9.!?”])(?:(?i:photo(?:graph)?|image|picture|pic|credit|illustration|screenshot|screengrab|video|footage|graphic|map|chart)s?(?i: credit| courtesy| source)?(?: by|:| ©)"
                          r"|IMAGE SOURCE,|Image source,|PHOTO:)\s*\S.{1,80}$"
                          rf"|(?:(?<=[a-z]\.)|(?<=\d)){_CAP}[\w'’&-]*(?: [A-Z0-9À-Þ][\w'’&.-]*){{0,3}}(?: ?/ ?{_CAP}[\w'’&. -]{{1,40}}|"
                          r" (?:Agency|Images|Photos?|Pictures|Press|Media|News|Wire|Studio|Photography)"
                          rf"| for (?:the )?{_CAP}[\w'’&.-]*(?: (?:&|{_CAP}[\w'’&.-]*)){{0,3}})$")
    if kind == "alone":  # a credit alone: "Jane Doe/Getty Images", "AFP via Getty Images", "Shutterstock"
        credit = _credit(extra)
        return re.compile(rf"(?:[\w.'’ -]{{1,50}}\s?/\s?)?(?:{credit})(?:\s?/\s?[\w.'’ -]{{1,50}})?"
                          rf"(?:\s+(?i:via)\s+(?:{credit}))?")
    if kind == "photo_only":
        return re.compile(rf".*(?:/|\bvia\b|{_PHOTO_AGENCIES}).*", re.IGNORECASE)
    # "lead": "In this photo provided by ...", "This undated handout image shows ..."
    return re.compile(r"(?:in )?this (?:\w+ ){0,3}(?:photo|photograph|picture|image|frame grab|screenshot|screengrab)"
                      r"(?: \w+){0,2} (?:taken|provided|released|distributed|made|shows|from|by|obtained|posted|shared|dated|,)\b.*",
                      re.IGNORECASE)


_NAMELESS_CREDITS = tuple(f"{kind} {what}{end}" for kind in ("file", "staff", "stock", "handout", "supplied")
                          for what in ("photo", "photograph", "picture", "image") for end in ("", "."))
_GALLERY_PROMPTS = tuple(f"({verb} {to} {what})" for verb in ("click", "tap") for to in ("to", "for")
                         for what in ("enlarge", "zoom", "expand", "a larger image", "a larger version"))
# Where a glued credit can start: a small letter or digit before a capital, or a full stop
# before one ("ParkPhoto", "2023IMAGE", "night.SnapStar"); most lines have neither near their end.
_CAMEL_OR_DOT = re.compile(r"[a-z0-9.][A-Z]")
_GLUE = re.compile(r"[^\W_.!?)”\"][A-ZÀ-Þ]|[.!?)”\"][A-ZÀ-Þ]")


def _first_copy(rs, k: int, firsts: dict[str, list[int]]) -> int | None:
    """The row above that row ``k`` copies with a few capitalised words glued on its end by a
    lost line break: a caption shown twice, the second time with its credit, whatever the
    credit's words ("...at Fr Hanlon Park." then "...at Fr Hanlon Park.Sideline Pix/Jo Bray")."""
    t = rs[k].tidy
    for j in firsts.get(t[:20], ()):
        head = rs[j].tidy
        if j >= k or len(head) >= len(t) or not t.startswith(head):
            continue
        rest = t[len(head):]
        lead = rest.lstrip("📷📸© ")  # a credit may open with a camera or a copyright sign
        if (head[-1:].isalnum() or head[-1:] in ".!?)”\"") and (lead[:1].isupper() or rest[:1] == "(") and len(rest) <= 60 \
                and rest.count(" ") <= 5:
            return j
    return None


class PhotoCaption(corpuslint.Rule):
    """A photo caption or picture credit copied from the page.

    ## What it does
    Flags photo captions and picture credits:

    - captions ending in a credit in parentheses (`... in Moscow. (AP Photo/Jane Doe)`), and
      the same caption with an agency glued on (`... (AP Photo/Jane Doe)ASSOCIATED PRESS`);
    - captions ending in a credit after a sentence (`... outside the station. Photograph:
      Jane Doe/PA`);
    - captions with their credit glued on by a lost line break (`... at Kettle ParkPhoto: Jane
      Doe / Coast Images`, `... on Saturday night.SnapStar Agency`, `... only real town.Tobias
      Lund for Meridian Roads`); the same caption above it without the credit is flagged too,
      as its first copy; and any line that copies one above with a few capitalised words
      glued on its end, whatever they say (a caption shown twice, the second time with its
      credit);
    - lines that are only a credit (`Jane Doe/Getty Images`) or a credit with no name
      (`File photo`, `Supplied`), and caption labels (`Image caption ...`, `Photo: ...`);
    - caption sentences (`In this photo provided by ...`).

    A dateline (`WASHINGTON (AP) —`) is the article's, not a caption. Credit words live in
    `data/credits.txt`; `extra-patterns` adds credit words (plain text).

    ## Why is this bad?
    Captions describe pictures the text no longer has. Scrapers often copy each caption twice
    (the image's alt text and its visible caption), so they also duplicate text.

    ## Example
    Bad:

        A firefighter sprays water on a burning house in Ashford, Friday, June 6, 2025. (AP Photo/Jane Doe)

        Firefighters fought the blaze for six hours.

    Good:

        Firefighters fought the blaze for six hours.

    ## Fix safety
    Safe: the fix deletes the line and the blank line it leaves.
    """

    code = "BP005"
    name = "photo-caption"
    summary = "photo caption or picture credit"
    options = {"extra-patterns": []}

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        extra = tuple(str(p) for p in ctx.options.get("extra-patterns", ()) if p)
        hits = []
        rs = rows(doc)
        flagged: set[int] = set()
        firsts: dict[str, list[int]] | None = None  # the lines, by their first twenty characters
        for k, row in enumerate(rs):
            t = row.tidy
            if not t or len(t) > 600:
                continue
            short = len(t) <= 80
            # A glued credit ends with its name, not with a sentence's full stop: most lines do.
            glued = (t[-1:] not in ".!?\"”" and _CAMEL_OR_DOT.search(t[-100:])
                     and _pattern("glued", extra).search(t))
            if glued:
                if is_byline(t):
                    continue
                # The caption shown twice: its first copy, without the credit, above (the image's
                # alt text often stands far from its visible caption).
                head = t[:glued.start()].rstrip()
                j = next((j for j in range(k) if rs[j].tidy == head), None) if len(head) >= 20 else None
                if j is not None and j not in flagged:
                    hits.append((rs[j], f"photo caption (first copy) {quote(head)}", {}))
                    flagged.add(j)
                hits.append((row, f"photo caption with its credit glued on {quote(t)}", {}))
                flagged.add(k)
                continue
            j = None
            # A copy with words glued on shows a letter, digit or stop right before a capital.
            if len(t) >= 22 and t[-1:] not in ".!?" and (_GLUE.search(t, 20) or ".(" in t or "📷" in t or ".©" in t):
                if firsts is None:
                    firsts = {}
                    for i, r in enumerate(rs):
                        firsts.setdefault(r.tidy[:20], []).append(i)
                j = _first_copy(rs, k, firsts)
            if j is not None:  # a caption shown twice, whatever glued on the second copy's end
                if j not in flagged:
                    hits.append((rs[j], f"photo caption (first copy) {quote(rs[j].tidy)}", {}))
                    flagged.add(j)
                hits.append((row, f"photo caption with its credit glued on {quote(t)}", {}))
                flagged.add(k)
                continue
            if (((")" in t[-45:] and _pattern("tail", extra).search(t))
                    or (short and _pattern("head", extra).fullmatch(t))
                    or ((":" in t[-90:] or " for " in t[-70:] or "©" in t[-90:] or " by " in t[-80:]
                         or t[-22:].lower().endswith(_NAMELESS_CREDITS)) and _pattern("trail", extra).search(t))
                    # a gallery's prompt: "... after the airbrush stage (click to enlarge)"
                    or (t[-1:] == ")" and " " in t and t.lower().endswith(_GALLERY_PROMPTS))
                    or (t[:2] in ("In", "in", "Th", "th", "TH", "IN") and _pattern("lead", extra).fullmatch(t))
                    or (short and _pattern("alone", extra).fullmatch(t) and _pattern("photo_only", extra).fullmatch(t)))
                    and not is_byline(t)):  # a dateline ("WASHINGTON (AP) —") ends in an agency too
                hits.append((row, f"photo caption {quote(t)}", {}))
                flagged.add(k)
        hits.sort(key=lambda h: h[0].index)
        yield from flag_lines(self, doc, hits)

"""Per-line helpers shared by the BP rules: tidy keys, normalised keys, hashes and the line-deleting fix."""
from __future__ import annotations

import hashlib
import re
import string

import corpuslint

# Bullets and table bars a scraper leaves at the start of a list item or menu entry.
# Bullets, and the icons that lead a button's label ("♡ Save", "↗ Share", "✉ Email").
_LEAD_CHARS = " \t-–—•·*>|»›◦▪►▶■□●○✓✔♡♥❤☆↗⤴⇪✉🖨📌🔖⬇\ufe0f"
# Bars and dashes a scraper leaves after a label: "- Advertisement -", "Home |".
_TRAIL_CHARS = " \t|-–—•·*"
_QUOTES = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("\u00a0", " "), ("\u200b", ""))
# Punctuation becomes space in comparison keys: ASCII marks through bytes.translate, the common
# wide ones (curly quotes, dashes, bullets) through str.replace, both far faster than re.sub.
_ASCII_PUNCT = bytes.maketrans(string.punctuation.encode(), b" " * len(string.punctuation))
_WIDE_PUNCT = tuple(dict.fromkeys(c for c in _LEAD_CHARS + "“”‘’«„‚‹–—―…•·¦§¶©®™°±×÷¡¿†‡※→←\u00a0" if not c.isascii()))


def _key_char(c: str) -> str:
    """What norm_key makes of one character: lower case, or a space for punctuation and white space."""
    low = c.lower()
    return " " if low in _WIDE_PUNCT or low in string.punctuation or low.isspace() else low


# _key_char of every Latin-1 character (each lower-cases to one Latin-1 character), as a bytes
# table: lines of Latin-1 characters only get their key from one bytes.translate.
_LATIN1_KEY = bytes(ord(_key_char(chr(b))) for b in range(256))
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(b"  +")


def tidy(text: str) -> str:
    """The line as lexicons see it: no bullets, single spaces, straight quotes."""
    if not text.isascii():
        for wide, plain in _QUOTES:  # str.replace per mark: str.translate with a dict is far slower
            if wide in text:
                text = text.replace(wide, plain)
    text = text.lstrip(_LEAD_CHARS).rstrip(_TRAIL_CHARS)
    # Five searches for one character each (memchr-fast) cost less than one isprintable pass.
    return " ".join(text.split()) if ("  " in text or "\t" in text or "\r" in text or "\x0b" in text
                                      or "\x0c" in text or "\xa0" in text) else text


def norm_key(text: str) -> str:
    """Lower case letters and digits only, one space between words: equal for near-equal lines."""
    try:
        raw = text.encode("latin-1")  # most lines: ASCII, or with a "£" or an "é"
    except UnicodeEncodeError:
        raw = None
    if raw is not None:
        # Capitals become lower case, punctuation and white space spaces, in one translate of
        # the bytes; runs of spaces shrink by replace, without splitting the line into word
        # objects and joining them again (same result as the path below, at a fraction of the
        # cost on long lines).
        return _SPACES.sub(b" ", raw.translate(_LATIN1_KEY)).strip(b" ").decode("latin-1")
    # A zero-width space joins, as tidy has it: norm_key(text) is then norm_key(tidy(text)).
    lower = text.lower().replace("\u200b", "")
    for c in _WIDE_PUNCT:  # str.replace per mark is far faster than str.translate
        if c in lower:
            lower = lower.replace(c, " ")
    # UTF-8 never puts an ASCII byte inside a multi-byte letter: bytes.translate is safe and fast.
    return " ".join(lower.encode("utf-8", "surrogatepass").translate(_ASCII_PUNCT)
                    .decode("utf-8", "surrogatepass").split())


def corpus_key(key: str) -> str:
    """A :func:`norm_key` with numbers folded, so "Posts: 334" and "Posts: 209" count as one line.
    Only short lines are folded: a long paragraph that recurs does so with its numbers."""
    return _DIGITS.sub("0", key) if len(key) <= 120 else key


def stable_hash(key: str) -> int:
    """A 64-bit hash that is the same in every process and every run (unlike ``hash``)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


# Wire agencies as datelines credit them ("LONDON (Reuters) -") and as a label glued to them
# shows them ("BusinessReuters", BP004).
WIRE_AGENCIES = "CNN|AP|AFP|Reuters|UPI|Bloomberg|dpa|PA|Xinhua|PTI|IANS|ANSA|EFE|Kyodo|Yonhap|AAP|CP|TASS"

# Bylines and datelines belong to the article: "By Jane Doe", "LONDON (Reuters) -", "(CNN) --",
# "The Associated Press".
_BYLINE = re.compile(
    r"(?i:by|written by|reporting by|words by|story by|(?:words|text) and (?:photos|photographs|pictures) by)\s+[A-ZÀ-ÖØ-Þ][\w.'-]*(?:\s+[\w.'-]+){0,6}(?:\s*(?:,|and|\||-)\s*.{0,80})?"
    # A dateline: "LONDON (Reuters) - ...", "NEW YORK, June 12 (Reuters) -", "WASHINGTON, Aug. 17
    # (UPI) --"; alone on its line the dash may be gone (tidy strips a trailing one).
    r"|[A-Z][A-Z .,'-]{1,40}(?:\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([\w .]{2,30}\)\s*(?:--?|—|–).*"
    rf"|\((?:{WIRE_AGENCIES})\))"
    rf"|\((?:{WIRE_AGENCIES})\)\s*(?:(?:--?|—|–).*)?"
    r"|(?:The\s+)?(?:Associated Press|Reuters|Agence France-Presse|AFP|Bloomberg|Press Association|CNN|UPI)"
    r"(?:\s*(?:,|and|&)\s*(?:The\s+)?(?:Associated Press|Reuters|AFP|Bloomberg|CNN|UPI))*\.?")


def is_byline(text: str) -> bool:
    """True for a byline, dateline or wire credit line of the article itself, or a writer's
    name and job ("Marcus Delgado, Staff Writer")."""
    # Every byline form holds "y " (By), a parenthesis, a dash, or a wire's name: test cheaply first.
    if len(text) > 160:
        return False
    if ", " in text and len(text) <= 70 and _NAME_AND_JOB.fullmatch(text):
        return True
    if not ("y " in text or "Y " in text or "(" in text or "-" in text or "ss" in text
            or "ter" in text or "AFP" in text or "CNN" in text or "UPI" in text or "berg" in text):
        return False
    return bool(_BYLINE.fullmatch(text))


# A writer's name and job: "Marcus Delgado, Staff Writer", "Ana Ruiz, Senior Health Correspondent".
_NAME_AND_JOB = re.compile(
    r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}, (?:(?:Senior|Chief|Staff|Contributing|Associate|Deputy|Political|Science"
    r"|Sports|Business|Health|Education|Foreign|Special|Investigative|Local|Digital|News|Features|Arts|Technology"
    r"|Environment|Legal|Courts|Data|Music|Film|Food|Travel|Culture|Opinion) )*(?:Writer|Reporter|Correspondent|Editor"
    r"|Contributor|Columnist|Journalist|Critic)")


# Each opening quotation mark and the marks that may close it (straight quotes close curly
# ones after a careless edit; an apostrophe is no closing double quote).
_CLOSERS_OF = {'"': '"”“', "“": '"”“', "„": '"”“', "«": "»", "‘": "’'"}


def quoted_line(text: str) -> bool:
    """True for a line of dialogue or quotation: it opens with a quotation mark and closes
    the quotation later in the line, followed by nothing or by a speech tag (``"No."``,
    ``“What?” she asked.``). The form rules (BP011,
    BP014) never flag one: a short quoted reply is the text's, however few its words."""
    closers = _CLOSERS_OF.get(text[:1])
    if closers is None:
        return False
    close = max(text.rfind(q, 1) for q in closers)
    if close <= 1 or not any(c.isalpha() for c in text[1:close]):
        return False
    # After the quotation, nothing, or a speech tag that ends the sentence ("she said."),
    # not a link ('"Congrats!" read »').
    rest = text[close + 1:].strip()
    return not rest or not any(c.isalnum() for c in rest) or (rest.count(" ") <= 5 and ends_sentence(rest))


# Runs of spaces (or tabs) where a menu's or a button row's items stood apart on the page.
WIDE_GAP = re.compile(r"\s{3,}|\t|\u00a0\s*")


def ends_sentence(text: str) -> bool:
    """True when the text ends with . ! ? or … (closing quotes and brackets allowed after it)."""
    return text.rstrip().rstrip("\"'”’)]")[-1:] in (".", "!", "?", "…")


def prose_sentence(text: str, n: int, stops: int) -> bool:
    """A sentence of running text: eight words or more (``n``), a quarter of them English
    function words (``stops``), and a sentence ending (BP009, BP011)."""
    return n >= 8 and stops >= 0.25 * n and ends_sentence(text)


# Where one capitalised word runs into the next with no space: "sT", "VR" before "oyals"...
GLUE_POINT = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def title_shaped(text: str, n: int) -> bool:
    """A title of ``n`` words: 3 to 15 starting with a capital, no bar, no closing colon, few
    digits (BP014's headline and BP011's)."""
    return (3 <= n <= 15 and text[:1].isupper() and "|" not in text and text[-1:] != ":"
            and digits(text) * 5 < len(text))


def digits(text: str) -> int:
    """How many characters of the text are digits (``str.isdigit``)."""
    if text.isascii():  # ten counts in C instead of a generator over every character
        return sum(map(text.count, "0123456789"))
    return sum(c.isdigit() for c in text)


WRAPPED_MIN_WORDS = 8


def carried_on(texts: list[str], counts: list[int], stops: list[int]) -> list[bool]:
    """Which lines carry on the paragraph of the line above, hard-wrapped at a fixed width:
    this line starts in lower case, and the line above does not end a sentence and is prose
    (eight words or more, a quarter of them function words) or itself carries one on.
    ``counts`` and ``stops`` are the lines' words and function words (BP011, BP014)."""
    out = [False] * len(texts)
    for i in range(1, len(texts)):
        n = counts[i - 1]
        if texts[i][:1].islower() and not ends_sentence(texts[i - 1]) and (
                out[i - 1] or (n >= WRAPPED_MIN_WORDS and stops[i - 1] >= 0.25 * n)):
            out[i] = True
    return out


class Row:
    """One non-blank body line with what several rules need to know about it."""

    __slots__ = ("index", "line", "tidy", "key")

    def __init__(self, index: int, line: corpuslint.Line, key: str | None = None) -> None:
        self.index = index  # position in doc.lines
        self.line = line
        self.tidy = tidy(line.text)
        self.key = norm_key(self.tidy) if key is None else key


def rows(doc: corpuslint.Document) -> list[Row]:
    """The document's non-blank lines, computed once per document and shared by the BP rules
    (kept on the document itself, so no state outlives it)."""
    cached = doc.__dict__.get("_bp_rows")
    if cached is None:
        keys = doc.__dict__.get("_bp_keys") or {}  # made by BP008's phase 1, when the runner kept the document
        cached = [Row(i, ln, keys.get(i)) for i, ln in enumerate(doc.lines) if not ln.text.isspace() and ln.text]
        doc.__dict__["_bp_rows"] = cached
    return cached


def tidy_texts(doc: corpuslint.Document) -> list[str]:
    """The tidy text of each row, listed once per document (do not change the list)."""
    cached = doc.__dict__.get("_bp_texts")
    if cached is None:
        cached = doc.__dict__["_bp_texts"] = [r.tidy for r in rows(doc)]
    return cached


def article_page(doc: corpuslint.Document) -> bool:
    """Whether the document reads as an article (``quality.prose_page`` of its rows), decided
    once per document for the rules that treat articles apart (BP014, BP016)."""
    cached = doc.__dict__.get("_bp_article")
    if cached is None:
        from corpuslint_boilerplate.quality import prose_page

        cached = doc.__dict__["_bp_article"] = prose_page(tidy_texts(doc))
    return cached


def short_rows(doc: corpuslint.Document, limit: int) -> tuple[list[Row], list[str]]:
    """The rows of at most ``limit`` characters (tidy) and their tidy texts, made once per
    document and limit for the lexicon rules, which share a limit unless configured apart."""
    cache = doc.__dict__.setdefault("_bp_short", {})
    found = cache.get(limit)
    if found is None:
        rs = [row for row in rows(doc) if 0 < len(row.tidy) <= limit]
        found = cache[limit] = (rs, [row.tidy for row in rs])
    return found


def words(doc: corpuslint.Document) -> tuple[list[int], list[int]]:
    """How many words each row has (its key split) and how many of them are English function
    words, computed once per document for the rules that judge prose (BP011, BP014). Counts
    only: keeping every word of every line would cost memory no rule needs."""
    cached = doc.__dict__.get("_bp_words")
    if cached is None:
        from corpuslint_boilerplate import lexicon  # loads the word list on first use only

        contains = lexicon.words("stopwords_en").__contains__
        counts, stops = [], []
        for r in rows(doc):
            # A key has single spaces only (see norm_key): split(" ") is split(), but faster.
            ws = r.key.split(" ") if r.key else []
            counts.append(len(ws))
            stops.append(sum(map(contains, ws)))
        cached = (counts, stops)
        doc.__dict__["_bp_words"] = cached
    return cached


def _blank(doc: corpuslint.Document, index: int) -> bool:
    """True when line ``index`` is blank or outside the body (start or end of the document)."""
    lines = doc.lines
    return index < 0 or index >= len(lines) or not lines[index].text.strip()


def line_fixes(doc: corpuslint.Document, indices, message: str = "delete the line") -> dict[int, corpuslint.Fix]:
    """Safe fixes deleting the lines ``indices`` (positions in ``doc.lines``), one per line.

    Consecutive lines form a block; when a block was a paragraph of its own, the fixes also
    take one blank line around it, so that deleting it leaves no double blank line (nor a
    leading or trailing one). A block at the end of a file without a final newline takes the
    newline before it instead, so the file still ends without one."""
    order = sorted(set(indices))
    if not order:
        return {}
    lines, text_len = doc.lines, len(doc.text)
    spans: dict[int, list[int]] = {}
    blocks: list[list[int]] = []
    for i in order:
        if blocks and blocks[-1][-1] == i - 1:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    for block in blocks:
        for i in block:
            line = lines[i]
            spans[i] = [line.start, line.end + (1 if line.end < text_len else 0)]
        a, b = block[0], block[-1]
        before_blank = a > 0 and not lines[a - 1].text.strip()
        after_blank = _blank(doc, b + 1)
        if before_blank and after_blank:
            spans[a][0] = lines[a - 1].start  # own paragraph: the blank line before goes too
        elif a == 0 and after_blank and b + 1 < len(lines):
            nxt = lines[b + 1]
            spans[b][1] = nxt.end + (1 if nxt.end < text_len else 0)  # first paragraph: the blank after
        elif lines[b].end == text_len and a > 0:
            spans[a][0] = lines[a - 1].end  # last line, no final newline: the newline before goes
    return {i: corpuslint.Fix((corpuslint.Edit(sa, sb, ""),), safe=True, message=message)
            for i, (sa, sb) in spans.items()}


def flag_lines(rule: corpuslint.Rule, doc: corpuslint.Document, hits, fix_message: str = "delete the line"):
    """Findings of ``rule`` for ``hits`` = [(row, message, extra finding keywords)], each with a
    line-deleting fix aware of the other lines this rule deletes beside it. A row found twice
    (by two of the rule's tests) gets one finding, the first hit's."""
    if not hits:
        return
    fixes = line_fixes(doc, [row.index for row, _, _ in hits], fix_message)
    done: set[int] = set()
    for row, message, kw in hits:
        if row.index not in done:
            done.add(row.index)
            yield rule.finding(doc, row.line.start, row.line.end, message, fix=fixes[row.index], **kw)


def quote(text: str, limit: int = 60) -> str:
    """A line's text for a message, shortened."""
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")

"""BP017: a thread of reader comments left below the article (names, timestamps, comment texts)."""
from __future__ import annotations

import re
from collections.abc import Iterator

import corpuslint

from corpuslint_boilerplate.lines import ends_sentence, flag_lines, quote, rows, tidy_texts

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
         r"|\d{1,4}[./-]\d{1,2}[./-]\d{2,4})")
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?"
# When a comment was posted: "3 days ago", "September 20, 2024 at 8:14 am", "9 Mar 2025 08:14",
# "10 May at 8:14 am", "yesterday at 18:02". A date alone is not enough: articles date things.
_WHEN = re.compile(
    rf"(?:\b(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\s+ago|\b\d+[smhdwy]\s+ago"
    rf"|\b(?:{_DATE}|yesterday|today),?\s+(?:at\s+)?(?:{_CLOCK})"
    rf"|\b(?:{_CLOCK}),?\s+(?:on\s+)?{_DATE}"
    rf"|\bjust now)\b\.?",
    re.IGNORECASE)
# What a comment's header line says above its timestamp, or beside it: a name, a handle.
_NAME = re.compile(r"[\w@][\w.'’@-]*(?:\s+[\w.'’@-]+){0,3}")
# The comment thread's own header: "14 comments", "6 thoughts on "...", "Comments (3)".
_HEADER = re.compile(
    r"(?:(?:your|our|reader|readers'?)\s+)?(?:\d[\d,.]*k?\s+)?(?:(?:reader\s+)?comments?|thoughts?|responses?|repl(?:y|ies)|reactions?|say)"
    r"(?:\s+(?:on|to)\s+.{1,150}|\s*\(\d[\d,]*\))?"
    r"|(?:join|start)\s+the\s+(?:discussion|conversation)|discussion|what\s+(?:readers|you)\s+(?:say|said|think)",
    re.IGNORECASE)
_SEPARATORS = " \t·•|—–-,:"
# What every timestamp above holds: a clock time, "ago", "just now" or a compact age after a dot.
_GATE = re.compile(r"\d[:.]\d\d|\d\s*[ap]\.?m\b|\bago\b|\bjust now\b|· \d{1,2}[smhdw]\b", re.IGNORECASE)


class ReaderComments(corpuslint.Rule):
    """A thread of reader comments below the article: each commenter's name and timestamp, and what they wrote.

    ## What it does
    Finds the timestamps of comments: a short line saying when something was posted, as a
    time ago (`3 days ago`) or as a date with a clock time (`September 20, 2024 at 8:14 am`,
    `9 Mar 2025 08:14`), with the commenter's name on the same line (`MargauxL · 3 days ago`)
    or on the line above (`Martin H.`), or before a colon and the comment on one line
    (`Ines R. · 2 days ago: Will the Sunday service change too?`, enough alone). Comments
    signed with no time (`glitterpixie_88: good for her`, `Gordon, Derbyshire: Tried this
    ...`) count right below a comments header in the page's lower half, in whatever words
    (`Your Thoughts (6)`, `What Islanders Are Saying (23)`). Two such comments at most `max-gap` lines apart
    (default 8), or one below a comments header (`14 comments`, `6 thoughts on "..."`,
    `Comments (3)`), make a thread. Every line from the thread's header (or the first
    commenter's name) to the end of the last comment is flagged: the header, the names, the
    timestamps, the comment texts, and the `Reply` and like counts between them. The last
    comment is taken to run at most `last-lines` lines (default 3) below its timestamp, and
    stops before a line in capitals, a row of links or a copyright line. A timestamp with no name (a live blog's `10:42`, an
    article's `Updated 3 hours ago`) is not a comment.

    ## Why is this bad?
    Reader comments are other people's text under the article, often off-topic; scraped
    with it, they read as if the article said them.

    ## Example
    Bad:

        The new ferry timetable starts on Monday.
        2 comments
        Hal_on_the_hill · 3 days ago
        About time. The last boat was always too early.
        Reply
        Ines R. · 2 days ago
        Will the Sunday service change too?

    Good:

        The new ferry timetable starts on Monday.

    ## Fix safety
    Safe: the fix deletes the lines and the blank line they leave.
    """

    code = "BP017"
    name = "reader-comments"
    summary = "thread of reader comments below the article (names, timestamps, comment texts)"
    options = {"max-gap": 8, "last-lines": 3}

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        rs = rows(doc)
        texts = tidy_texts(doc)
        # A comment's timestamp holds a clock time, "ago" or "just now": one search of the
        # document's short lines turns down most documents.
        if not _GATE.search("\n".join(t for t in texts if len(t) <= 80)):
            yield from flag_lines(self, doc, [(rs[k], f"reader comment (under a comments header): {quote(texts[k])}", {})
                                              for k in _signed_comments(texts)])
            return
        units = [k for k in range(len(texts)) if len(texts[k]) <= 80 and _comment_start(texts, k) is not None]
        # A comment on one line, its name and time before a colon: "Ines R. · 2 days ago: Will ...".
        inline = {k for k, t in enumerate(texts) if _inline_comment(t)}
        if not units and not inline:
            yield from flag_lines(self, doc, [(rs[k], f"reader comment (under a comments header): {quote(texts[k])}", {})
                                              for k in _signed_comments(texts)])
            return
        starts = {k: _comment_start(texts, k) for k in units}
        starts.update((k, k) for k in inline)
        units = sorted({*units, *inline})
        max_gap, last_lines = ctx.options.get("max-gap", 8), ctx.options.get("last-lines", 3)
        threads: list[list[int]] = []
        for k in units:
            if threads and k - threads[-1][-1] <= max_gap:
                threads[-1].append(k)
            else:
                threads.append([k])
        hits = []
        for thread in threads:
            first, size = starts[thread[0]], f"{len(thread)} comment{'s' if len(thread) > 1 else ''}"
            header = next((j for j in range(first - 1, max(-1, first - 4), -1) if _HEADER.fullmatch(texts[j])), None)
            if len(thread) < 2 and header is None and thread[0] not in inline:
                continue  # one timestamp alone, with no comments header above it
            if header is not None:
                first = header  # the thread's header, and what stands between it and the first comment
            end = thread[-1]
            for j in range(thread[-1] + 1, min(len(texts), thread[-1] + 1 + last_lines)):
                t = texts[j]
                if t.isupper() or "|" in t or "©" in t or _HEADER.fullmatch(t):
                    break
                end = j
            for j in range(first, end + 1):
                hits.append((rs[j], f"reader comment thread ({size}): {quote(texts[j])}", {}))
        taken = {row.index for row, _, _ in hits}
        for k in _signed_comments(texts):
            if rs[k].index not in taken:
                hits.append((rs[k], f"reader comment (under a comments header): {quote(texts[k])}", {}))
        hits.sort(key=lambda hit: hit[0].index)
        yield from flag_lines(self, doc, hits)


# A comments header in the site's words: a short line naming comments, with a count or not
# ("What Islanders Are Saying (23)", "Your Thoughts (6)", "The Tea Room 312 comments").
_NAMED_HEADER = re.compile(r"(?:\S+ ){0,5}(?:comments?|thoughts|saying|replies|responses|reactions|your say|discussion|guest ?book(?: entries)?|condolences|tributes)"
                           r"(?: \(\d[\d,]*\))?(?:\W.{0,40})?", re.IGNORECASE)
# A comment signed before a colon or a dash: "glitterpixie_88: good for her", "Gordon, Derbyshire: Tried this ...".
_SIGNED = re.compile(r"(?P<name>[\w@][\w.'’@-]*(?: [\w.'’@-]+){0,2}(?:, [A-Z][\w'’ -]{1,30})?)(?:: | — | – )(?P<text>\S.{3,})")


def _signed_comments(texts: list[str]) -> list[int]:
    """Comments signed with a name or a handle and no time, on lines of their own right below a
    comments header in the page's lower half: the header, and each signed line (with a
    `Reply` between them) until one is not. A header with no signed line below it is left to the lexicons."""
    out: list[int] = []
    for k in range(len(texts) // 2, len(texts) - 1):  # a thread is below the article
        t = texts[k]
        if len(t) > 60 or ends_sentence(t) or not _NAMED_HEADER.fullmatch(t):
            continue
        run, j = [], k + 1
        while j < len(texts):
            m = _SIGNED.fullmatch(texts[j]) if len(texts[j]) <= 400 else None
            first = m.group("name").split(" ")[0].lower() if m else ""
            if m and first not in _NOT_NAMES and first not in _LABELS and not first[0].isdigit():
                run.append(j)
            elif texts[j].lower() not in ("reply", "report", "like"):
                break
            j += 1
        if run:
            out.extend([k, *range(k + 1, run[-1] + 1)])
    return out


# A handle, a dot and a compact age, then the comment: "JayneyB_77 · 2h Give it a week ...".
_HANDLE_AGE = re.compile(r"[\w.@-]{3,30} · \d{1,2}[smhdw] \S.{3,}")


def _inline_comment(text: str) -> bool:
    """A comment written on one line after its commenter's name and time and a colon or a
    dash ("Ines R. · 2 days ago: Will the Sunday service change too?"), or after a handle
    and a compact age ("JayneyB_77 · 2h Give it a week ...")."""
    if _HANDLE_AGE.fullmatch(text):
        return True
    head, colon, rest = text[:90].partition(": ")
    if not colon or not rest or not _GATE.search(head):
        head, colon, rest = text[:90].rpartition(" — ")  # "Peigi from Ardnish — 2 hours ago — Same story ..."
        if not colon or not rest or not _GATE.search(head):
            return False
    m = _WHEN.search(head)
    if m is None or head[m.end():].strip(_SEPARATORS):
        return False
    before = head[:m.start()].strip(_SEPARATORS)
    return bool(before) and bool(_NAME.fullmatch(before)) and before.lower().split()[0] not in _NOT_NAMES


def _comment_start(texts: list[str], k: int) -> int | None:
    """Where the comment whose timestamp is line ``k`` starts: ``k`` when the line names the
    commenter before the time, the line above when that is the name; None when line ``k`` is
    no comment's timestamp."""
    t = texts[k]
    if len(t) > 80 or t.count(" ") > 10:
        return None
    m = _WHEN.search(t)
    if m is None:
        return None
    before, after = t[:m.start()].strip(_SEPARATORS), t[m.end():].strip(_SEPARATORS)
    if after and not re.fullmatch(r"(?:reply|report|edited|\d+\s+likes?|[\s·|]+)*", after, re.IGNORECASE):
        return None  # the time is part of something else: "Updated 3 hours ago with new figures"
    if before:
        # "MargauxL · 3 days ago": a name or a handle, not a label ("Updated", "Posted").
        if not _NAME.fullmatch(before) or before.lower().split()[0] in _NOT_NAMES:
            return None
        return k
    if k == 0:
        return None
    above = texts[k - 1]
    # "Martin H." above "September 20, 2024 at 8:14 am": a short name, not a sentence.
    if (len(above) <= 40 and above.count(" ") <= 3 and _NAME.fullmatch(above)
            and (not ends_sentence(above) or re.search(r"\b[A-Z]\.$", above))
            and above.lower().split()[0] not in _NOT_NAMES and not _HEADER.fullmatch(above)):
        return k - 1
    return None


# Words that lead a timestamp of the page, not a commenter's name.
_NOT_NAMES = frozenset(
    "updated posted published last modified edited added created written filed first date time "
    "on at by from since until as of monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thurs fri sat sun".split())
# Words that lead a page's own "Label: text" lines, not a commenter's name.
_LABELS = frozenset(
    "tags tag topics topic categories category note notes update editor editor's correction source sources "
    "photo photos credit credits heads newsletter related share see read watch listen more warning disclaimer "
    "advertisement sponsored ad follow contact email".split())

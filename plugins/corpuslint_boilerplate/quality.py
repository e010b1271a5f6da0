"""Line-quality features and the small logistic scorer BP014 uses (weights from benchmarks/bp_train_scorer.py)."""
from __future__ import annotations

import math
import re
import string
from itertools import accumulate

from corpuslint_boilerplate.lines import carried_on, title_shaped

# Characters a scraper leaves at the start of a menu entry, list item or table row.
_LEAD = frozenset("-–—•·*>|»›◦▪►▶■□●○✓✔#+")
_SENT_END = frozenset(".!?…")
_CLOSERS = "\"'”’)]"

# Feature names, in the order of the vectors below and of WEIGHTS. Own features of the line:
OWN = (
    "log_words",      # log(1 + words)
    "short",          # fewer than 4 words
    "stop_density",   # share of words that are English function words
    "no_stopword",    # 4 words or more and not one function word (a label, a title, another language)
    "ends_sentence",  # ends with . ! ? or …
    "ends_colon",     # ends with ':' (a label of what follows)
    "punct_ratio",    # punctuation among the characters that are not spaces
    "digit_ratio",    # digits among the characters that are not spaces
    "upper_ratio",    # capitals among the letters
    "title_ratio",    # words starting with a capital
    "lead_mark",      # starts with a bullet, dash, bar or arrow
    "has_bar",        # holds '|' (a flattened table or a row of links)
    "has_link",       # holds a web address or an e-mail
    "lower_start",    # starts with a lower-case letter
    "non_ascii",      # letters outside ASCII among the letters (another language, or mojibake)
    "label_value",    # a short "Label: value" line (Joined: 2009, Posts: 12, Tags: ...)
    "long",           # 20 words or more
)
# Context: the neighbouring lines, the window around the line and the document.
CONTEXT = (
    "prev_ends", "next_ends",                 # the line before / after ends a sentence
    "prev_log_words", "next_log_words",
    "prev_stop", "next_stop",
    "window_ends",                            # share of the 3 lines on each side ending a sentence
    "window_log_words",                       # their mean log(1 + words)
    "doc_ends",                               # share of the document's lines ending a sentence
    "doc_log_words",                          # mean log(1 + words) of the document's lines
    "first_line", "last_line",
    "doc_stop",                               # mean function-word density of the document's lines
    "same_start",                             # starts like the line before or after (a run of list items)
    "short_in_prose",                         # short line among sentences (a heading): short * window_ends
    # The first-stage score (own features only, as a log-odds; PROSE_Z for a line of prose) of
    # the neighbours, the window, the document:
    "prev_own", "next_own", "window_own", "doc_own",
)
# Structure: where the line stands relative to the document's prose (whole sentences, see
# prose_line) and what the run of non-prose lines it belongs to looks like.
STRUCTURE = (
    "log_lines",          # log(1 + lines of the document)
    "prose_share",        # share of the document's lines that are prose
    "prose_chars",        # share of its characters in lines of prose
    "position",           # the line's position, 0 (first) to 1 (last)
    "before_prose",       # above the first line of prose (or no prose at all): the page header
    "after_prose",        # below the last line of prose (or no prose at all): the page footer
    "dist_prev_prose",    # log(1 + lines up to the prose line before), capped at 30
    "dist_next_prose",    # the same, to the prose line after
    "run_len",            # log(1 + length of the run of consecutive non-prose lines)
    "run_log_words",      # the run's mean log(1 + words)
    "run_ends",           # share of the run's lines ending a sentence
    "run_same_start",     # share of the run's lines starting like the line before
    "run_title",          # the run's mean share of capitalised words
    "run_label",          # share of the run's lines shaped "Label: value"
    "run_digits",         # the run's mean share of digits
    "run_edge",           # the run touches the first or last line
    "same_first",         # log(1 + other non-prose lines of the document with the same first word)
    "same_last",          # log(1 + other non-prose lines with the same last word)
    "same_two",           # log(1 + other non-prose lines with the same first two words)
)
NAMES = OWN + CONTEXT + STRUCTURE


_UPPER, _LOWER, _DIGIT = (string.ascii_uppercase.encode(), string.ascii_lowercase.encode(),
                          string.digits.encode())
_WIDE = re.compile(r"[^\x00-\x7f]")
# Each byte's shape: space, ASCII capital or anything else; word starts are then found by
# bytes.count(b" U"), far faster than a regular expression over the line.
_SHAPE = bytes(0x20 if b == 0x20 else 0x55 if 0x41 <= b <= 0x5A else 0x78 for b in range(256))


def _ascii_classes(b: bytes) -> tuple[int, int, int]:
    """Capitals, small letters and digits among ASCII bytes (bytes.translate counts at C speed)."""
    size = len(b)
    return (size - len(b.translate(None, _UPPER)), size - len(b.translate(None, _LOWER)),
            size - len(b.translate(None, _DIGIT)))


def own_features(text: str, n: int, stops: int) -> tuple[float, ...]:
    """The features of one line from its tidy text, its number of words and how many are function words."""
    stripped = text.rstrip().rstrip(_CLOSERS)
    last = stripped[-1:]
    chars = len(text) - text.count(" ") or 1
    # The tidy text has single spaces between words (lines.tidy), so a word starts after each.
    shape = (b" " + text.encode("utf-8", "surrogatepass")).translate(_SHAPE)
    titled = shape.count(b" U")
    words_count = titled + shape.count(b" x")
    if text.isascii():
        upper, small, digits = _ascii_classes(text.encode())
        letters, wide = upper + small, 0
    else:  # the ASCII part at C speed, the rest (a few characters) one by one
        upper, small, digits = _ascii_classes(text.encode("ascii", "ignore"))
        titled += sum(1 for w in text.split() if w[0] > "\x7f" and w[0].isupper())
        letters, wide = upper + small, 0
        for c in _WIDE.findall(text):
            if c.isalpha():
                letters += 1
                wide += 1
                upper += c.isupper()
            elif c.isdigit():
                digits += 1
    punct = chars - letters - digits
    first = text[:1]
    lower = text.lower() if ("/" in text or "@" in text) else ""
    return (
        math.log1p(n),
        1.0 if n < 4 else 0.0,
        stops / n if n else 0.0,
        1.0 if n >= 4 and not stops else 0.0,
        1.0 if last in _SENT_END else 0.0,
        1.0 if last == ":" else 0.0,
        punct / chars,
        digits / chars,
        upper / letters if letters else 0.0,
        titled / words_count if words_count else 0.0,
        1.0 if first in _LEAD else 0.0,
        1.0 if "|" in text else 0.0,
        1.0 if lower and ("http" in lower or "www." in lower or "@" in lower or ".com" in lower) else 0.0,
        1.0 if first.islower() else 0.0,
        wide / letters if letters else 0.0,
        1.0 if n <= 8 and 0 < text.find(":") < 25 else 0.0,
        1.0 if n >= 20 else 0.0,
    )


# Positions of the own features the context features read.
_ENDS, _LOGW, _STOP = OWN.index("ends_sentence"), OWN.index("log_words"), OWN.index("stop_density")
_SHORT, _TITLE, _LABEL, _DIGIT_R = OWN.index("short"), OWN.index("title_ratio"), OWN.index("label_value"), OWN.index("digit_ratio")
_WINDOW = 3
_FAR = 30
# The first-stage log-odds given to a line of prose (whose own features are never computed):
# prose is never flagged, and as a neighbour it counts as plain text.
PROSE_Z = -4.0
PROSE_MIN_WORDS = 6


def prose_line(text: str, n: int, stops: int) -> bool:
    """A whole sentence of English prose: at least six words, function words among them (15%),
    and a sentence ending. BP014 never scores these: article text is never furniture by its
    form (see also :func:`wrapped_prose`)."""
    return n >= PROSE_MIN_WORDS and stops >= 0.15 * n and text.rstrip().rstrip(_CLOSERS)[-1:] in _SENT_END


def wrapped_prose(texts: list[str], counts: list[int], stops: list[int], prose: list[bool]) -> None:
    """Marks as prose (in ``prose``) the lines of paragraphs wrapped across lines (see
    :func:`lines.carried_on`): each line that carries on the one above, and that one."""
    for i, carries in enumerate(carried_on(texts, counts, stops)):
        if carries:
            prose[i - 1] = prose[i] = True


# A page whose characters stand this much in sentence-shaped lines (six words or more, a
# sentence ending) is an article: BP014 does not score it (cross-validated, this costs 0.2% of
# the scorer's recall, and it spares the cost of counting function words on news pages).
PROSE_PAGE = 0.8


def prose_page(texts: list[str]) -> bool:
    """True when at least PROSE_PAGE of the document's characters are in lines shaped like
    sentences (tidy texts: single spaces, so six words hold five spaces)."""
    total = shaped = 0
    for t in texts:
        size = len(t)
        total += size
        if t.count(" ") >= 5 and t.rstrip(_CLOSERS)[-1:] in _SENT_END:
            shaped += size
    return shaped >= PROSE_PAGE * total and total > 0


def prose_lines(texts: list[str], counts: list[int], stops: list[int]) -> list[bool]:
    """Which lines of the document BP014 leaves unscored: whole sentences of prose, wrapped
    paragraphs, the headline or heading right above prose, and every line of an article page
    (see :func:`prose_page`)."""
    if prose_page(texts):
        return [True] * len(texts)
    prose = list(map(prose_line, texts, counts, stops))
    wrapped_prose(texts, counts, stops, prose)
    # A short line right above prose, starting with a capital, is its headline or section
    # heading (the article's own), unless it is a row of links or a label ending in a colon.
    heads = [i for i in range(len(texts) - 1) if prose[i + 1] and not prose[i] and counts[i] <= 12
             and texts[i][:1].isupper() and "|" not in texts[i] and texts[i][-1:] != ":"]
    # The first line, shaped like a title, is the document's headline.
    if texts and not prose[0] and title_shaped(texts[0], counts[0]):
        heads.append(0)
    for i in heads:
        prose[i] = True
    return prose


def document_features(texts: list[str], counts: list[int], stops: list[int], first=None):
    """The lines of a document BP014 scores (every line but prose) and their feature vectors
    (NAMES), from the lines' tidy texts, word counts and function-word counts. ``first`` is the
    folded first-stage model (default the fitted one). Returns (indices, vectors)."""
    n = len(texts)
    prose = prose_lines(texts, counts, stops)
    todo = [i for i in range(n) if not prose[i]]
    if not todo:
        return [], []
    if first is None:
        first = _models()[0]
    own: list = [None] * n
    for i in todo:
        own[i] = own_features(texts[i], counts[i], stops[i])
    own_z = [PROSE_Z] * n
    for i, z in zip(todo, linear([own[i] for i in todo], first)):
        own_z[i] = z
    # Sentence ending, log words, function-word density of every line: prose lines end
    # sentences by definition, their other two values are cheap.
    ends = [1.0] * n
    for i in todo:
        ends[i] = own[i][_ENDS]
    logw = list(map(math.log1p, counts))
    stop = [s / c if c else 0.0 for s, c in zip(stops, counts)]
    # First words of the scored lines only (prose lines: ""), as runs and templates are of those.
    starts = [""] * n
    for i in todo:
        starts[i] = first_word(texts[i])
    ce, cw, cz = (list(accumulate(v, initial=0.0)) for v in (ends, logw, own_z))
    doc_ends, doc_logw, doc_stop, doc_z = ce[-1] / n, cw[-1] / n, sum(stop) / n, cz[-1] / n
    # Structure of the document: its prose, and the runs of non-prose lines between.
    chars = list(map(len, texts))
    prose_share = (n - len(todo)) / n
    prose_chars = 1.0 - sum(chars[i] for i in todo) / (sum(chars) or 1)
    first_prose = next((i for i in range(n) if prose[i]), n)
    last_prose = next((i for i in range(n - 1, -1, -1) if prose[i]), -1)
    run_of: dict[int, tuple] = {}
    a = 0
    while a < len(todo):
        b = a
        while b + 1 < len(todo) and todo[b + 1] == todo[b] + 1:
            b += 1
        lo, hi = todo[a], todo[b] + 1
        k = hi - lo
        feats = (math.log1p(k), sum(logw[lo:hi]) / k, sum(ends[lo:hi]) / k,
                 sum(1 for j in range(lo + 1, hi) if starts[j] and starts[j] == starts[j - 1]) / max(1, k - 1),
                 sum(own[j][_TITLE] for j in range(lo, hi)) / k, sum(own[j][_LABEL] for j in range(lo, hi)) / k,
                 sum(own[j][_DIGIT_R] for j in range(lo, hi)) / k, 1.0 if lo == 0 or hi == n else 0.0,
                 lo, hi)
        for j in range(lo, hi):
            run_of[j] = feats
        a = b + 1
    firsts: dict[str, int] = {}
    lasts: dict[str, int] = {}
    twos: dict[str, int] = {}
    last_words, two_words = [""] * n, [""] * n
    for i in todo:  # the same last word, or first two, among the scored lines
        t, st = texts[i], starts[i]
        sp = t.split(" ", 2)
        lw = t.rsplit(" ", 1)[1].lower() if len(sp) > 1 else ""
        tw = (sp[0] + " " + sp[1]).lower() if len(sp) > 1 else ""
        last_words[i] = lw
        two_words[i] = tw
        if st:
            firsts[st] = firsts.get(st, 0) + 1
        if lw:
            lasts[lw] = lasts.get(lw, 0) + 1
        if tw:
            twos[tw] = twos.get(tw, 0) + 1
    log1p = math.log1p
    out = []
    for i in todo:
        f = own[i]
        a, b = max(0, i - _WINDOW), min(n, i + _WINDOW + 1)
        k = b - a - 1
        if k:
            w_ends = (ce[b] - ce[a] - ends[i]) / k
            w_logw = (cw[b] - cw[a] - logw[i]) / k
            w_z = (cz[b] - cz[a] - own_z[i]) / k
        else:
            w_ends, w_logw, w_z = doc_ends, doc_logw, doc_z
        p, q = i - 1, i + 1
        run = run_of[i]
        lo, hi = run[-2], run[-1]
        st, lw, tw = starts[i], last_words[i], two_words[i]
        out.append(f + (
            ends[p] if p >= 0 else 0.0, ends[q] if q < n else 0.0,
            logw[p] if p >= 0 else 0.0, logw[q] if q < n else 0.0,
            stop[p] if p >= 0 else 0.0, stop[q] if q < n else 0.0,
            w_ends, w_logw, doc_ends, doc_logw,
            1.0 if i == 0 else 0.0, 1.0 if i == n - 1 else 0.0,
            doc_stop,
            1.0 if st and ((p >= 0 and starts[p] == st) or (q < n and starts[q] == st)) else 0.0,
            f[_SHORT] * w_ends,
            own_z[p] if p >= 0 else 0.0, own_z[q] if q < n else 0.0, w_z, doc_z,
        ) + (
            log1p(n), prose_share, prose_chars, i / (n - 1) if n > 1 else 0.0,
            1.0 if i < first_prose else 0.0, 1.0 if i > last_prose else 0.0,
            log1p(min(i - lo + 1 if lo > 0 else _FAR, _FAR)), log1p(min(hi - i if hi < n else _FAR, _FAR)),
        ) + run[:-2] + (
            log1p(firsts[st] - 1) if st else 0.0, log1p(lasts[lw] - 1) if lw else 0.0,
            log1p(twos[tw] - 1) if tw else 0.0,
        ))
    return todo, out


# Two logistic regressions, fitted by benchmarks/bp_train_scorer.py on the deduplicated train+dev
# documents of turku-oscar-line-quality-en: FIRST over the OWN features, SECOND over all NAMES
# (which include FIRST's log-odds of the neighbours). Each is (bias, mean, scale, weights), the
# features standardised as (x - mean) / scale.
# <weights>
FIRST = (0.9706,
    (1.6014, 0.4917, 0.1167, 0.2046, 0.0518, 0.0756, 0.1599, 0.0729, 0.1363, 0.4781, 0.0150, 0.0621, 0.0210, 0.0620, 0.0009, 0.1936, 0.0620,),
    (0.9184, 0.4999, 0.1860, 0.4034, 0.2215, 0.2644, 0.2773, 0.1512, 0.1380, 0.3634, 0.1215, 0.2414, 0.1433, 0.2411, 0.0118, 0.3951, 0.2411,),
    (0.1346, 0.2888, 0.1132, 0.0038, 0.0819, -0.3596, 1.3834, 0.0360, -0.1106, 0.1555, 0.1670, 0.3632, -0.1580, 0.0503, 0.1494, -0.0552, -0.2524,))
SECOND = (1.4065,
    (1.6014, 0.4917, 0.1167, 0.2046, 0.0518, 0.0756, 0.1599, 0.0729, 0.1363, 0.4781, 0.0150, 0.0621, 0.0210, 0.0620, 0.0009, 0.1936, 0.0620, 0.1498, 0.1374, 1.6987, 1.6460, 0.1402, 0.1249, 0.1670, 1.7420, 0.2118, 1.8011, 0.0183, 0.0350, 0.1560, 0.1849, 0.0682, 0.3713, 0.4781, 0.3402, 0.1023, 4.1212, 0.1696, 0.3534, 0.5121, 0.2095, 0.5099, 2.3795, 2.6923, 2.9618, 1.6014, 0.0518, 0.1518, 0.4781, 0.1936, 0.0729, 0.5929, 1.0936, 0.8475, 0.2979,),
    (0.9184, 0.4999, 0.1860, 0.4034, 0.2215, 0.2644, 0.2773, 0.1512, 0.1380, 0.3634, 0.1215, 0.2414, 0.1433, 0.2411, 0.0118, 0.3951, 0.2411, 0.3569, 0.3443, 0.9582, 0.9956, 0.1998, 0.1924, 0.2614, 0.6055, 0.2108, 0.4309, 0.1342, 0.1839, 0.1014, 0.3882, 0.1733, 2.0456, 2.0068, 1.3471, 0.9881, 1.1588, 0.1674, 0.2999, 0.2931, 0.4069, 0.4999, 0.9845, 0.9988, 1.1009, 0.6044, 0.1710, 0.2735, 0.2428, 0.2433, 0.0866, 0.4913, 1.3907, 1.2047, 0.5939,),
    (-0.4519, 0.0910, 0.1208, -0.1788, -0.1255, -0.2670, 1.4928, -0.1414, -0.0416, 0.0007, 0.1817, 0.3485, -0.2483, -0.0174, 0.0263, -0.0162, -0.2877, 0.0386, 0.0375, 0.0545, 0.2071, -0.1094, 0.0727, 0.3408, -0.1572, 0.3916, -0.0677, -0.2154, 0.1346, 0.2500, 0.0095, -0.2701, -0.0820, 0.1016, -0.1776, 1.9465, -1.5153, 1.8833, -1.4576, 0.1260, 0.6386, -0.0874, 0.0559, 0.1500, 0.7084, -0.4629, -0.0112, -0.0881, 0.2234, -0.1254, 0.4427, 0.2544, -0.4432, 0.7950, 0.5908,))
# </weights>


def _fold(model) -> tuple[float, list[float]]:
    """``model``'s standardisation folded into its weights: z = b + sum(w' * x)."""
    bias, mean, scale, w = model
    wk = [wi / si for wi, si in zip(w, scale)]
    return bias - sum(wi * mi for wi, mi in zip(wk, mean)), wk


_DEFAULT: list = []  # FIRST and SECOND folded, on first use


def _models() -> list:
    if not _DEFAULT:
        _DEFAULT.extend((_fold(FIRST), _fold(SECOND)))
    return _DEFAULT


def linear(features: list[tuple[float, ...]], folded: tuple[float, list[float]]) -> list[float]:
    """Log-odds of each feature vector under a folded model (see :func:`_fold`)."""
    b, wk = folded
    mul = float.__mul__
    return [b + sum(map(mul, wk, x)) for x in features]


def scores(texts: list[str], counts: list[int], stops: list[int], models=None) -> tuple[list[int], list[float]]:
    """The lines of a document BP014 scores (every line but prose) and the probability that each
    is noise, from the lines' tidy texts, word counts and function-word counts. ``models`` =
    (first stage, second stage) as fitted, default the constants above."""
    first, second = _models() if models is None else (_fold(models[0]), _fold(models[1]))
    todo, feats = document_features(texts, counts, stops, first)
    return todo, [1.0 / (1.0 + math.exp(-v)) if v > -30 else 0.0 for v in linear(feats, second)]


def probabilities(texts: list[str], counts: list[int], stops: list[int], models=None) -> list[float]:
    """:func:`scores` for every line of the document, 0.0 for the lines of prose (never scored)."""
    out = [0.0] * len(texts)
    for i, p in zip(*scores(texts, counts, stops, models)):
        out[i] = p
    return out


def first_word(text: str) -> str:
    """The line's first word with digits folded, for spotting runs of lines built alike."""
    head = text.lstrip(" -–—•·*>|»›◦▪►▶■□●○✓✔#+")[:12].split(" ", 1)[0]
    return "".join("0" if c.isdigit() else c for c in head.lower()) if head else ""

"""Line-quality features and the small logistic scorer BP014 uses (weights from benchmarks/bp_train_scorer.py)."""
from __future__ import annotations

import math
import re
import string

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
    # The first-stage score (own features only, as a log-odds) of the neighbours, the window, the document:
    "prev_own", "next_own", "window_own", "doc_own",
)
NAMES = OWN + CONTEXT


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
_SHORT = OWN.index("short")
_WINDOW = 3


def document_features(own: list[tuple[float, ...]], starts: list[str], own_z: list[float]) -> list[tuple[float, ...]]:
    """Own and context features of every line of a document, from the lines' own features,
    their first words (``starts``) and their first-stage log-odds (``own_z``)."""
    n = len(own)
    if not n:
        return []
    ends = [f[_ENDS] for f in own]
    logw = [f[_LOGW] for f in own]
    stop = [f[_STOP] for f in own]
    # Prefix sums give each window's totals in constant time.
    ce, cw = [0.0], [0.0]
    for e, w in zip(ends, logw):
        ce.append(ce[-1] + e)
        cw.append(cw[-1] + w)
    cz = [0.0]
    for z in own_z:
        cz.append(cz[-1] + z)
    doc_ends, doc_logw, doc_stop, doc_z = ce[-1] / n, cw[-1] / n, sum(stop) / n, cz[-1] / n
    out = []
    for i, f in enumerate(own):
        a, b = max(0, i - _WINDOW), min(n, i + _WINDOW + 1)
        k = b - a - 1
        if k:
            w_ends = (ce[b] - ce[a] - ends[i]) / k
            w_logw = (cw[b] - cw[a] - logw[i]) / k
            w_z = (cz[b] - cz[a] - own_z[i]) / k
        else:
            w_ends, w_logw, w_z = doc_ends, doc_logw, doc_z
        p, q = i - 1, i + 1
        out.append(f + (
            ends[p] if p >= 0 else 0.0, ends[q] if q < n else 0.0,
            logw[p] if p >= 0 else 0.0, logw[q] if q < n else 0.0,
            stop[p] if p >= 0 else 0.0, stop[q] if q < n else 0.0,
            w_ends, w_logw, doc_ends, doc_logw,
            1.0 if i == 0 else 0.0, 1.0 if i == n - 1 else 0.0,
            doc_stop,
            1.0 if starts[i] and ((p >= 0 and starts[p] == starts[i]) or (q < n and starts[q] == starts[i])) else 0.0,
            f[_SHORT] * w_ends,
            own_z[p] if p >= 0 else 0.0, own_z[q] if q < n else 0.0, w_z, doc_z,
        ))
    return out


# Two logistic regressions, fitted by benchmarks/bp_train_scorer.py on the deduplicated train+dev
# documents of turku-oscar-line-quality-en: FIRST over the OWN features, SECOND over all NAMES
# (which include FIRST's log-odds of the neighbours). Each is (bias, mean, scale, weights), the
# features standardised as (x - mean) / scale.
# <weights>
FIRST = (-0.0035,
    (2.2077, 0.3165, 0.2304, 0.1407, 0.3367, 0.0520, 0.1132, 0.0536, 0.1140, 0.3894, 0.0086, 0.0466, 0.0162, 0.0604, 0.0006, 0.1241, 0.2599,),
    (1.1838, 0.4651, 0.2298, 0.3478, 0.4726, 0.2220, 0.2200, 0.1270, 0.1366, 0.3373, 0.0925, 0.2108, 0.1261, 0.2383, 0.0090, 0.3297, 0.4386,),
    (-0.2684, 0.0902, -0.0584, -0.0085, -0.3434, -0.2677, 1.0167, -0.0264, -0.1266, 0.0770, 0.1484, 0.3732, -0.0970, -0.0653, 0.3675, -0.0643, -0.3353,))
SECOND = (-0.0315,
    (2.2077, 0.3165, 0.2304, 0.1407, 0.3367, 0.0520, 0.1132, 0.0536, 0.1140, 0.3894, 0.0086, 0.0466, 0.0162, 0.0604, 0.0006, 0.1241, 0.2599, 0.3122, 0.3108, 2.0730, 2.0684, 0.2150, 0.2150, 0.3396, 2.2139, 0.3367, 2.2077, 0.0497, 0.0497, 0.2304, 0.1703, 0.0453, 0.0267, 0.0338, -0.0086, -0.0035,),
    (1.1838, 0.4651, 0.2298, 0.3478, 0.4726, 0.2220, 0.2200, 0.1270, 0.1366, 0.3373, 0.0925, 0.2108, 0.1261, 0.2383, 0.0090, 0.3297, 0.4386, 0.4634, 0.4628, 1.2438, 1.2373, 0.2280, 0.2297, 0.3669, 0.8951, 0.3196, 0.7640, 0.2174, 0.2174, 0.1459, 0.3759, 0.1427, 1.7224, 1.7117, 1.2487, 1.0463,),
    (-0.4418, 0.1015, 0.0983, -0.0765, -0.1591, -0.2206, 0.9608, -0.0502, -0.1449, 0.0399, 0.1229, 0.3608, -0.0817, -0.0985, 0.2311, -0.0979, -0.3022, 0.0142, -0.1859, 0.0755, 0.1138, -0.1149, 0.0923, 0.4474, -0.4279, -0.6140, 0.7357, 0.0233, 0.2003, -0.3759, -0.0521, -0.1518, 0.0718, 0.1593, -0.0784, 0.3325,))
# </weights>


def _fold(model) -> tuple[float, list[float]]:
    """``model``'s standardisation folded into its weights: z = b + sum(w' * x)."""
    bias, mean, scale, w = model
    wk = [wi / si for wi, si in zip(w, scale)]
    return bias - sum(wi * mi for wi, mi in zip(wk, mean)), wk


_DEFAULT: list = []  # FIRST and SECOND folded, on first use


def linear(features: list[tuple[float, ...]], folded: tuple[float, list[float]]) -> list[float]:
    """Log-odds of each feature vector under a folded model (see :func:`_fold`)."""
    b, wk = folded
    mul = float.__mul__
    return [b + sum(map(mul, wk, x)) for x in features]


def probabilities(own: list[tuple[float, ...]], starts: list[str], models=None) -> list[float]:
    """Probability that each line of a document is noise, from its lines' own features and
    first words. ``models`` = (first stage, second stage), default the fitted constants."""
    if models is None:
        if not _DEFAULT:
            _DEFAULT.extend((_fold(FIRST), _fold(SECOND)))
        first, second = _DEFAULT
    else:
        first, second = _fold(models[0]), _fold(models[1])
    z = linear(document_features(own, starts, linear(own, first)), second)
    return [1.0 / (1.0 + math.exp(-v)) if v > -30 else 0.0 for v in z]


_PROSE_WORDS = math.log1p(PROSE_MIN_WORDS := 6)


def is_prose(own: tuple[float, ...]) -> bool:
    """A whole sentence of English prose: at least six words, function words among them, and a
    sentence ending. BP014 leaves these to the other rules, as article text is never furniture
    by its form alone."""
    return own[_ENDS] == 1.0 and own[_LOGW] >= _PROSE_WORDS and own[_STOP] >= 0.15


def first_word(text: str) -> str:
    """The line's first word with digits folded, for spotting runs of lines built alike."""
    head = text.lstrip(" -–—•·*>|»›◦▪►▶■□●○✓✔#+")[:12].split(" ", 1)[0]
    return "".join("0" if c.isdigit() else c for c in head.lower()) if head else ""

"""BP011: lines that are not running text, judged by length, function-word density and their neighbours."""
from __future__ import annotations

import re
from collections.abc import Iterator

import corpuslint

from corpuslint_boilerplate import lexicon
from corpuslint_boilerplate.lines import (carried_on, ends_sentence, flag_lines, is_byline, prose_sentence, quote,
                                          quoted_line, rows, tidy_texts, title_shaped, words)

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")
_LETTER = re.compile(r"[^\W\d_]")
_HEADING_START = re.compile(r"""^["'“‘(]?[A-Z0-9À-Þ]""")
_COPYRIGHT = re.compile(r"©|\bcopyright\s*(?:©|\(c\)|\d{4})|\ball rights reserved\b", re.IGNORECASE)

GOOD, NEARGOOD, SHORT, BAD, EMPTY, EDGE = "good", "neargood", "short", "bad", "empty", "edge"


def _neighbour(classes: list[str], i: int, step: int, ignore_neargood: bool, edge: str = "bad") -> str:
    """Class of the nearest good/bad (or near-good) line before (step -1) or after (+1) line i;
    ``edge`` when there is none up to the start or end of the document."""
    i += step
    while 0 <= i < len(classes):
        c = classes[i]
        if c in (GOOD, BAD) or (c == NEARGOOD and not ignore_neargood):
            return c
        i += step
    return edge


def classify(texts: list[str], stopwords: frozenset[str], opts: dict,
             word_counts: list[int] | None = None,
             stop_counts: list[int] | None = None) -> tuple[list[str], list[str]]:
    """jusText-style classification (Pomikálek 2011) of a document's lines into good and bad.

    Returns the first, context-free class of each line and its final class."""
    if word_counts is None or stop_counts is None:
        token_lists = [[w.lower() for w in _TOKEN.findall(t)] for t in texts]
        word_counts = [len(ts) for ts in token_lists]
        stop_counts = [sum(map(stopwords.__contains__, ts)) for ts in token_lists]
    low, high = opts["length-low"], opts["length-high"]
    sw_low, sw_high = opts["stopwords-low"], opts["stopwords-high"]
    heading_distance = opts["max-heading-distance"]
    edge = BAD  # a document of short lines only is a list of links (but see verse, below)
    first: list[str] = []
    heading: list[bool] = []
    for t, n, stops in zip(texts, word_counts, stop_counts):
        density = stops / n if n else 0.0
        if not _LETTER.search(t):
            c = EMPTY  # table borders and separators: BP012's business, and no evidence either way
        elif len(t) < low and _COPYRIGHT.search(t):
            c = BAD
        elif len(t) < low:
            # A short complete sentence with the function words of prose is near-good, not short.
            c = NEARGOOD if (n >= 5 or n >= 3 and ends_sentence(t)) and density >= sw_high else SHORT
        elif density >= sw_high:
            # Long, or a whole sentence of prose: short news paragraphs are good text too.
            c = GOOD if len(t) > high or (n >= 8 and ends_sentence(t)) else NEARGOOD
        elif density >= sw_low:
            c = NEARGOOD
        else:
            c = BAD
        first.append(c)
        heading.append(c == SHORT and n <= 15 and not ends_sentence(t) and bool(_HEADING_START.match(t)))
    cls = list(first)
    lengths = [len(t) for t in texts]
    # Verse: no line long enough to be good, but most short lines hold the function words of
    # sentences ("I woke before the ferry horn"). A page of such lines is a song or a poem, not
    # a list of links (whose prices and counts hold figures, where verse holds almost none): its
    # edges say nothing either way, and its title takes its lines' class.
    if (GOOD not in first and 2 * first.count(NEARGOOD) >= len(first) >= 4
            and 10 * sum(1 for t in texts if any(c.isdigit() for c in t)) <= len(texts)):  # verse has no figures
        edge = GOOD

    def good_follows(i: int) -> bool:
        distance, j = 0, i + 1
        while j < len(cls) and distance <= heading_distance:
            if cls[j] in (GOOD, NEARGOOD):
                return True
            distance += lengths[j]
            j += 1
        return False

    for i in range(len(cls)):  # a heading close above good text is near-good
        if heading[i] and cls[i] == SHORT and good_follows(i):
            cls[i] = NEARGOOD
    new = {}
    for i, c in enumerate(cls):  # short lines take the class of their context
        if c != SHORT:
            continue
        prev, nxt = _neighbour(cls, i, -1, True, EDGE), _neighbour(cls, i, 1, True, EDGE)
        # The start or end of the document says nothing: the other side decides.
        prev, nxt = (nxt if prev == EDGE else prev), (prev if nxt == EDGE else nxt)
        if prev == EDGE:
            prev = nxt = edge
        if prev == nxt:
            new[i] = prev
        elif (prev == BAD and _neighbour(cls, i, -1, False) == NEARGOOD) or \
                (nxt == BAD and _neighbour(cls, i, 1, False) == NEARGOOD):
            new[i] = GOOD
        else:
            new[i] = BAD
    for i, c in new.items():
        cls[i] = c
    new = {}
    for i, c in enumerate(cls):  # near-good lines are good unless bad text surrounds them
        if c == NEARGOOD:
            prev, nxt = _neighbour(cls, i, -1, True, EDGE), _neighbour(cls, i, 1, True, EDGE)
            prev, nxt = (nxt if prev == EDGE else prev), (prev if nxt == EDGE else nxt)
            new[i] = BAD if (prev, nxt) == (BAD, BAD) else GOOD
    for i, c in new.items():
        cls[i] = c
    for i in range(len(cls)):  # headings of good text stay
        if heading[i] and cls[i] == BAD and first[i] != BAD and good_follows(i):
            cls[i] = GOOD
    return first, cls


class LowContentLine(corpuslint.Rule):
    """A line that is not running text: a menu entry, link, table cell or label among others like it.

    ## What it does
    Classifies every line the way jusText classifies paragraphs (Pomikálek, 2011): a line is
    good text when it is long and dense in function words (`the`, `of`, `and`...), bad when it
    has few of them or no letters, and a short line takes the class of the lines around it, so
    a heading or list item inside an article stays while a menu entry among other menu
    entries goes. Unlike jusText, the start and end of the document count as neither good nor
    bad, so a headline or a closing list keeps the class of the text beside it. Bad lines are
    flagged, except bylines, lines of dialogue or quotation (opening with a quotation mark that
    closes in the line), lines that end a sentence (a line-up or a list of results was
    written as text) and the article's headline and deck: the nearest title-shaped line (3 to
    15 words, under a third of them function words, no sentence ending, not shaped as a menu
    or breadcrumb) at most six lines above the byline (or, with none, the first sentence of
    prose) near the top, and the title-shaped line right above it, however much page
    furniture the scraper left around them.
    Nor is a list the text introduces with a sentence ending in a colon (`Three trim levels will
    be offered:`, two lines or more alike), nor a list set in the text: three such lines or more in a row with running text right
    above and below, two thirds of them alike (`Label: value`, `item — £price`, the same
    first word: a timetable, a menu, contact details). Lines with no letters are left to
    BP012 and do not count as context.
    A paragraph hard-wrapped over several lines (a line of eight words or more, a quarter of
    them function words and no sentence ending, the next one carrying on in lower case) is
    judged whole.
    Documents whose long lines have almost no English function words (share below
    `foreign-density`, default 0.12: another language) are skipped. Options: `length-low`
    (70), `length-high` (200), `stopwords-low` (0.15), `stopwords-high` (0.25),
    `max-heading-distance` (200). The thresholds are lower than jusText's because the
    function-word list (`data/stopwords_en.txt`, about 200 words) is shorter than its.

    ## Why is this bad?
    Link lists, menus, product grids and metadata tables are the page around the text. Short
    lines among them carry no sentences and crowd out the document's real content.

    ## Example
    Bad:

        Skin Care
        Makeup
        Fragrance
        Gifts & Sets
        Best Sellers

    Good:

        Our new range

        The autumn collection brings three new scents, each made in small batches in the
        company's workshop in the south of France, where the perfumers have worked since 1950.

    ## Fix safety
    Safe: the fix deletes the line and the blank line it leaves.
    """

    code = "BP011"
    name = "low-content-line"
    summary = "line that is not running text (menu entry, link, table cell) among others like it"
    options = {"length-low": 70, "length-high": 200, "stopwords-low": 0.15, "stopwords-high": 0.25,
               "max-heading-distance": 200, "foreign-density": 0.12}

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        opts = {**self.options, **ctx.options}
        stopwords = lexicon.words("stopwords_en")
        rs = rows(doc)
        texts = tidy_texts(doc)
        word_counts, stop_counts, partial = _function_words(rs, opts["stopwords-high"])
        if _foreign(texts, word_counts, stop_counts, opts["foreign-density"]) and (
                not partial or _foreign(texts, *words(doc), opts["foreign-density"])):
            return  # partial counts are too low: a document that looks foreign is judged again on whole ones
        # A paragraph hard-wrapped over several lines is judged whole, as jusText judges a
        # paragraph: line by line, none of its lines ends a sentence and each is short.
        groups = _wrapped_paragraphs(texts, word_counts, stop_counts)
        if len(groups) < len(rs):
            texts = [" ".join(texts[i] for i in g) for g in groups]
            word_counts = [sum(word_counts[i] for i in g) for g in groups]
            stop_counts = [sum(stop_counts[i] for i in g) for g in groups]
        first, final = classify(texts, stopwords, opts, word_counts, stop_counts)
        headline = headline_rows(texts, word_counts, stop_counts, [rs[g[0]].line.text for g in groups])
        enclosed = _enclosed_lists(texts, final) | _introduced_lists(texts, word_counts, stop_counts, final)
        hits = []
        for k, (group, text, c0, c) in enumerate(zip(groups, texts, first, final)):
            if c != BAD or ends_sentence(text) or k in headline or k in enclosed:
                continue  # a line that ends a sentence was written as text (a line-up, a list of results)
            why = "few function words" if c0 == BAD else "short, among lines that are not running text"
            for i in group:
                if not is_byline(rs[i].tidy) and not quoted_line(rs[i].tidy):
                    hits.append((rs[i], f"not running text ({why}): {quote(rs[i].tidy)}", {}))
        yield from flag_lines(self, doc, hits)


def _introduced_lists(texts: list[str], word_counts: list[int], stop_counts: list[int], final: list[str]) -> set[int]:
    """Lines of a list the text introduces with a sentence ending in a colon ("The two assets
    are:", "Three trim levels will be offered:"): the run of lines below it, two or more and at
    most ten, alike in shape."""
    out: set[int] = set()
    for k, t in enumerate(texts[:-1]):
        n = word_counts[k]
        if t.endswith(":") and n >= 4 and stop_counts[k] >= 1:
            j = k + 1  # the lines below it that are no sentence of prose
            while (j < len(texts) and j - k <= 10 and not texts[j].endswith(":")
                   and not prose_sentence(texts[j], word_counts[j], stop_counts[j])):
                j += 1
            if j - k >= 3 and _alike(texts[k + 1:j]):
                out.update(range(k + 1, j))
    return out


def _alike(run: list[str]) -> bool:
    """Two thirds of the lines alike in shape: `Label: value`, an item and its price after a
    dash, or the same first word; none of them words glued into each other."""
    firsts = [t.split(" ", 1)[0] for t in run]
    alike = max(sum(": " in t[:40] for t in run), sum((" — " in t or " – " in t or " - " in t) for t in run),
                max(firsts.count(w) for w in firsts))
    # Not a widget's rows glued together ("FlagShareLikeReply..."): a list is written apart.
    return 3 * alike >= 2 * len(run) and not any(_CAMEL_RUN.search(t) for t in run)


def _enclosed_lists(texts: list[str], final: list[str]) -> set[int]:
    """Lines of a list set in the text: three or more lines flagged as not running text in a
    row, with running text right above and below them, two thirds of them alike in shape
    (`Label: value`, an item and its price after a dash, the same first word), none of them
    words glued into each other."""
    out: set[int] = set()
    k, n = 0, len(texts)
    while k < n:
        if final[k] != BAD:
            k += 1
            continue
        j = k
        while j + 1 < n and final[j + 1] == BAD:
            j += 1
        if j - k >= 2 and k > 0 and j + 1 < n and final[k - 1] == GOOD and final[j + 1] == GOOD and _alike(texts[k:j + 1]):
            out.update(range(k, j + 1))
        k = j + 1
    return out


_GLUED = re.compile(r"[a-z][A-Z]")
_TWO_SENTENCES = re.compile(r"[\w)]\. [A-Z]")  # "... Link 4. PHOTO: ...", not "Feb. 27"
_CAMEL_RUN = re.compile(r"[a-z][A-Z][a-z]+[A-Z]")  # two glue points in a row: "FlagShareLike"
FIRST_ROWS = 15  # where an article's byline or first sentence stands, whatever the scraper left above


def headline_rows(texts: list[str], word_counts: list[int], stop_counts: list[int], raws: list[str]) -> set[int]:
    """The article's headline and the deck below it, which BP011 leaves alone however much page
    furniture surrounds them: above the article's byline, or its first sentence of prose if it
    has none (among the first lines; at most six lines above it), the nearest line shaped like
    a title (lines.title_shaped) with no sentence ending, under a third of function words (a
    headline drops most articles) and four words or more, one sentence (a button or a caption
    may stand between the deck and the text), the title-shaped line right above it, and a
    deck too long for a title right below them (up to 45 words, no sentence ending). Rows
    shaped as furniture are never the headline: items apart by bars, dots or runs of spaces,
    a breadcrumb's arrows, a label glued to a date."""
    top = range(min(FIRST_ROWS, len(texts)))
    # The byline, if there is one near the top: a sentence above it is page furniture ("Already
    # a subscriber? Sign in."), not the article's first.
    j = next((j for j in top if is_byline(texts[j])), None)
    if j is None:
        j = next((j for j in top if prose_sentence(texts[j], word_counts[j], stop_counts[j])
                  and not texts[j].endswith(("…", ".."))), None)
    if j is None:
        return set()

    def titled(k: int) -> bool:
        # The document's first line may be a title of the formal kind ("Minutes of the
        # Meeting of the Hall Committee"), with more function words than a headline has.
        t, n = texts[k], word_counts[k]
        return (title_shaped(t, n) and not ends_sentence(t) and stop_counts[k] < (0.45 if k == 0 else 0.34) * n
                and not _furniture_shape(t, raws[k]))

    for k in range(j - 1, max(-1, j - 7), -1):
        # Passed over: a button of three words or fewer ("Gift this article") and a caption of
        # two sentences ("... Tuas South Link 4. PHOTO: HARBOURFRONT"), which come between the
        # deck and the text.
        if titled(k) and word_counts[k] >= 4 and not _TWO_SENTENCES.search(texts[k]):
            found = {k, k - 1} if k > 0 and titled(k - 1) else {k}
            # A deck too long for a title, right below the headline and above the byline.
            deck = max(found) + 1
            if (deck < j and 6 <= word_counts[deck] <= 45 and not ends_sentence(texts[deck])
                    and not _furniture_shape(texts[deck], raws[deck])):
                found.add(deck)
            return found
    return set()


def _furniture_shape(text: str, raw: str) -> bool:
    """A row whose shape is that of page furniture, not a title: a breadcrumb, a label glued
    to a date, items apart by bars, dots or runs of spaces."""
    return (any(sep in text for sep in (" > ", "›", "»", " / ", " | ", " · ", " • ")) or bool(_GLUED.search(text))
            or "  " in raw.strip() or "\t" in raw)


def _wrapped_paragraphs(texts: list[str], word_counts: list[int], stop_counts: list[int]) -> list[list[int]]:
    """The rows grouped into paragraphs: a row that carries on the one above (``carried_on``,
    the test BP014 uses) joins its group."""
    groups: list[list[int]] = []
    for i, carries in enumerate(carried_on(texts, word_counts, stop_counts)):
        if carries:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


_WHOLE_BELOW = 24  # lines of fewer words are counted in one go
_PIECES = 4  # longer lines are counted a quarter at a time


def _function_words(rs, enough: float) -> tuple[list[int], list[int], bool]:
    """Words and English function words of each row (its key split, as in ``lines.words``);
    the function words of a long line are counted from its start only until they make
    ``enough`` (stopwords-high) of its words. Every use of the share in :func:`classify` above
    that value only asks whether it is reached, so most of a line of prose need not be split
    into words. Returns the word counts, the function-word counts (a lower bound where cut
    short) and whether any was cut short."""
    contains = lexicon.words("stopwords_en").__contains__
    counts, stops, partial = [], [], False
    for r in rs:
        key = r.key
        n = key.count(" ") + 1 if key else 0
        if n < _WHOLE_BELOW:
            stops.append(sum(map(contains, key.split(" "))) if key else 0)
        else:
            found, rest, step = 0, key, n // _PIECES
            while True:
                piece = rest.split(" ", step)  # the next words, and the rest of the line as one string
                if len(piece) <= step:
                    found += sum(map(contains, piece))
                    break
                rest = piece.pop()
                found += sum(map(contains, piece))
                if found / n >= enough:  # the same test as classify's density >= stopwords-high
                    partial = True
                    break
            stops.append(found)
        counts.append(n)
    return counts, stops, partial


def _foreign(texts: list[str], word_counts: list[int], stop_counts: list[int], threshold: float) -> bool:
    """True when the document's long lines have almost no English function words."""
    tokens = stops = 0
    for t, nwords, n in zip(texts, word_counts, stop_counts):
        if len(t) >= 100:
            tokens += nwords
            stops += n
    return tokens >= 40 and stops / tokens < threshold

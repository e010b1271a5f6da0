"""BP013: product and price listings, the tiles of a shop page or a "you may also like" carousel."""
from __future__ import annotations

import re
from collections.abc import Iterator

import corpuslint

from corpuslint_boilerplate.lines import flag_lines, quote, rows

_CURRENCY = r"(?:[€$£¥₹]|\b(?:EUR|USD|GBP|CHF|AUD|CAD|JPY|SEK|NOK|DKK)\b)"
_PRICE = rf"(?:{_CURRENCY}\s?\d(?:[\d,.]*\d)?|\d(?:[\d,.]*\d)?\s?(?:€|\b(?:EUR|USD|GBP|CHF|SEK|NOK|DKK)\b))"
# The line ends with a price, or with a price range or a was/now pair ("EUR 88.94 EUR 76.36").
_ENDS_WITH_PRICE = re.compile(rf"{_PRICE}(?:\s*(?:-|–|to|/)?\s*{_PRICE})*\s*$")
# A place and its distance, the rows of a hotel or shop finder: "Harbour Hotel | 2.3 km".
_ENDS_WITH_DISTANCE = re.compile(r"\d+(?:[.,]\d+)?\s?(?:km|kms|mi|miles?|kilomet(?:re|er)s?)"
                                 r"(?:\s(?:from|to|away)(?:\s[^.!?]{1,40})?)?\s*$", re.IGNORECASE)
_DISTANCE_WORDS = ("km", "mi", "kilomet")


# How far apart two priced (or placed) lines may stand and still be one listing's: a hotel
# finder's record spreads over four lines (name, distance, score, "from €89").
_NEAR = 4


def _chains(marks: list[bool]) -> list[list[int]]:
    """The marked lines in chains of three or more, each at most _NEAR lines from the next."""
    out: list[list[int]] = []
    chain: list[int] = []
    for k in [k for k, m in enumerate(marks) if m] + [None]:
        if k is not None and chain and k - chain[-1] <= _NEAR:
            chain.append(k)
            continue
        if len(chain) >= 3:
            out.append(chain)
        chain = [k] if k is not None else []
    return out


def _record_fields(rs, chain: list[int], top: int) -> list[int]:
    """The other lines of a chain's records, set one field a line ("Hotel Cais Azul ★★★★",
    "8.7 Excellent 1,204 reviews" between "0.2 km from centre" and "from €89"): when the chain
    keeps one step (the same number of lines from each marked line to the next), the short
    lines inside it and the step's lines above its first (down to one line above ``top``, the
    first marked line of any chain: the first record's name), none a sentence (no full stop,
    fifteen words at most) and none on its own past a blank line."""
    steps = {b - a for a, b in zip(chain, chain[1:])}
    if len(steps) != 1 or (step := steps.pop()) < 2:
        return []
    first, last = max(0, chain[0] - step + 1, top - 1), chain[-1]
    span = range(first, last + 1)
    if any(rs[j].index != rs[j - 1].index + 1 for j in span if j > first):
        return []  # a record's fields stand on adjacent lines
    marked = set(chain)
    return [j for j in span if j not in marked and rs[j].tidy.count(" ") < 15 and not rs[j].tidy.endswith(".")]


class PriceListing(corpuslint.Rule):
    """A product, price or place listing: short lines ending in a price or a distance, several together.

    ## What it does
    Flags short lines (at most `max-words` words, default 15) that end with a price, such as
    `Insulated Tote, Medium EUR 53.86` or `€3.49`, when another such line is at most two lines
    away, or three or more such lines follow each other at most four lines apart (a hotel
    finder's record spreads over four: name, distance, score, `from €89`): the product tiles
    of a shop page or a "you may also like" carousel. In such a chain set at one step, the
    records' other lines (the names, the scores: short, no full stop) go too. Lines ending
    with a distance (`Harbour Hotel | 2.3 km`, `Seaview Lodge - 0.8 miles from centre`), two
    or more close together, are the rows of a hotel or shop finder and are flagged the same
    way. A single line with a price or a distance, prices inside sentences or
    parentheses, prices set after a spaced dash (`Soup of the day — £6.75`, a menu or price
    list the text writes out), and a run of such lines right below a line ending with a colon
    (`Payments approved:`, a list the article introduces), are left alone, and so are a
    label and its price (`Extra adult: £6`, a tariff) and products the page names again alone
    further down, half of them or more (`Lumen Page 6, £89` above a section headed `Lumen
    Page 6`: the article's own list of what it reviews), and a table's rows (cells between
    bars, as many in the row above or below).

    ## Why is this bad?
    A grid of products and prices is the shop around the text, not text; scraped, it turns a
    page into a column of names and numbers.

    ## Example
    Bad:

        Canvas Tote, Large EUR 70.98
        Camp Mug, 14 oz. EUR 17.92
        Travel Bottle EUR 31.40 - EUR 40.38

    Good:

        The canvas tote costs 70 euros and the camp mug 18.

    ## Fix safety
    Safe: the fix deletes the line and the blank line it leaves.
    """

    code = "BP013"
    name = "price-listing"
    summary = "product, price or place listing (short lines ending in a price or a distance, several together)"
    options = {"max-words": 15}

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        max_words = ctx.options.get("max-words", 15)
        rs = rows(doc)
        priced, placed, names = [], [], []
        for r in rs:
            t = r.tidy
            # Neither form ends with a full stop (most lines of prose do), and both need a digit
            # near the end: rare, and cheaper than counting the words of a long line.
            if t[-1:] in ".!?\"" or not any(map(str.isdigit, t[-40:])) or t.count(" ") >= max_words:
                priced.append(False)
                placed.append(False)
                names.append("")
                continue
            m = _ENDS_WITH_PRICE.search(t, max(0, len(t) - 40)) if any(map(str.isdigit, t[-12:])) else None
            # "Soup of the day — £6.75": a dash set before the price is a menu or price list the
            # text writes out; a shop's tiles put the price straight after the name.
            # "Extra adult: £6": a label and its price are a tariff the page gives, not a tile.
            priced.append(m is not None and not t[:m.start()].endswith((" — ", " – ", " - ", ": ")))
            names.append(t[:m.start()].rstrip(" ,·|").lower() if m is not None else "")
            tail = t[-40:].lower()
            placed.append(any(w in tail for w in _DISTANCE_WORDS)
                          and bool(_ENDS_WITH_DISTANCE.search(t, max(0, len(t) - 60))))
        # A run of such lines right below a line ending with a colon ("Payments approved:",
        # "Prices this season:") is a list the article introduces, not a shop's tiles.
        for marks in (priced, placed):
            for k in range(1, len(rs)):
                if marks[k] and not marks[k - 1] and rs[k - 1].tidy.endswith(":"):
                    j = k
                    while j < len(rs) and marks[j]:
                        marks[j] = False
                        j += 1
        # A table's rows, cells between bars, as many in each ("Harborline Savings | 5.15% | $0"):
        # the article's own comparison.
        cells = [r.tidy.count(" | ") for r in rs]
        for k in range(len(rs)):
            if priced[k] and cells[k] >= 2 and any(0 <= j < len(rs) and cells[j] == cells[k] for j in (k - 1, k + 1)):
                priced[k] = False
        # Products the article goes on to review, each named again alone further down ("Lumen
        # Page 6, £89" above the heading "Lumen Page 6"): the article's own list, not a shop's tiles.
        if any(priced):
            alone = {r.tidy.lower() for r in rs}
            named_again = [k for k, (mark, name) in enumerate(zip(priced, names)) if mark and name in alone]
            if 2 * len(named_again) >= sum(priced):
                priced = [False] * len(rs)
        hits = []
        all_chains = {kind: _chains(marks) for kind, marks in (("price", priced), ("place and distance", placed))}
        top = min((chain[0] for chains in all_chains.values() for chain in chains), default=0)
        for kind, marks in (("price", priced), ("place and distance", placed)):
            if marks.count(True) < 2:
                continue  # a listing has at least two such lines
            chains = all_chains[kind]
            chained = {k for chain in chains for k in chain}
            fields = {j for chain in chains for j in _record_fields(rs, chain, top)}
            for j in sorted(fields):
                hits.append((rs[j], f"{kind} listing (a record's line) {quote(rs[j].tidy)}", {}))
            for k, row in enumerate(rs):
                # Another within two lines; or one of a chain of three or more, each at most four
                # lines from the next (a record's lines apart; a product page's own price and the
                # basket's "£0.00" four lines up are two lines, not a listing).
                if marks[k] and (any(marks[j] for j in (k - 2, k - 1, k + 1, k + 2) if 0 <= j < len(rs))
                                 or k in chained):
                    hits.append((row, f"{kind} listing {quote(row.tidy)}", {}))
        hits.sort(key=lambda hit: hit[0].index)
        yield from flag_lines(self, doc, hits)

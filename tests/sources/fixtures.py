"""Small invented news texts: an original, a copy, a paraphrase, an independent report sharing one quotation."""
from __future__ import annotations

import textwrap


def _text(s: str) -> str:
    return textwrap.dedent(s).lstrip("\n")


ORIGINAL = _text("""
    Harbour town approves new footbridge

    The council of Eastmere voted 9 to 4 on Monday to build a footbridge across the Calder estuary.
    The bridge will cost 3.2 million pounds and should open in the spring of 2027.
    Mayor Ingrid Halvorsen said the crossing would "join the two halves of this town for the first time in a century."
    Opponents argued that the money would be better spent on the flood defences along Quay Street.
    A petition against the plan gathered 1,450 signatures in six weeks.
    Engineers from the firm Tidewright will begin surveying the riverbed in October.
    The design uses a single steel arch with a timber deck, chosen after a public vote last year.
    Fishermen have asked for a clearance of at least eleven metres so that their boats can pass at high tide.
    The council promised that the old ferry will keep running until the bridge is finished.
    Local shops expect more visitors from the caravan park on the northern bank.
    """)

COPY = _text("""
    Harbour town approves new footbridge

    The council of Eastmere voted 9 to 4 on Monday to build a footbridge across the Calder estuary.
    The bridge will cost 3.2 million pounds and should open in the spring of 2027.
    Mayor Ingrid Halvorsen said the crossing would "join the two halves of this town for the first time in a century."
    Opponents argued the money would be better spent on flood defences along Quay Street.
    A petition against the plan gathered 1,450 signatures in six weeks.
    Engineers from the firm Tidewright will begin surveying the riverbed in October.
    The design uses a single steel arch with a timber deck, chosen after a public vote last year.
    The council promised that the old ferry will keep running until the bridge is finished.

    Source: Eastmere Gazette
    """)

PARAPHRASE = _text("""
    Eastmere backs footbridge plan

    On Monday Eastmere's councillors backed, by 9 votes to 4, a plan for a footbridge over the Calder estuary.
    Costing 3.2 million pounds, the bridge is due to open in spring 2027.
    Mayor Ingrid Halvorsen said the crossing would join both halves of the town for the first time in a century.
    Critics said the money should instead go to flood defences on Quay Street.
    Some 1,450 people signed a petition against the plan within six weeks.
    Surveying of the riverbed by engineers from Tidewright starts in October.
    A single steel arch carrying a timber deck was picked in a public vote last year.
    Fishermen want at least eleven metres of clearance so boats can pass at high tide.
    Until the bridge is finished, the old ferry will keep running, the council promised.
    Shops hope for more visitors from the caravan park on the northern bank.
    """)

# The same event, written independently: it shares the mayor's public words, nothing else.
INDEPENDENT = _text("""
    Eastmere's long wait for a crossing

    For generations, people on the northern bank of the Calder have waited for the ferry.
    Retired teacher Owen Pryce remembers queuing in the rain as a schoolboy in 1968.
    "We always joked that the ferryman knew every family's business," he said.
    This week the debate ended with a vote in favour of a bridge.
    Mayor Ingrid Halvorsen said the crossing would "join the two halves of this town for the first time in a century."
    Not everyone is celebrating: traders near the ferry slip fear losing their customers.
    Sandra Okoye, who runs a café beside the slipway, said trade there depends on waiting passengers.
    A youth club plans to paint murals on the hoardings during construction.
    Historians note that a wooden bridge stood near the same spot until a storm in 1921.
    The town archive will display old photographs of it at the library in December.
    """)

# ORIGINAL rewritten with words added to every sentence and a word or two changed: read alone,
# ORIGINAL looks like the shorter copy of it.
EXPANDED = _text("""
    Harbour town approves new footbridge after long debate

    The council of Eastmere voted 9 to 4 on Monday to construct a footbridge over the Calder estuary, ending years of argument among residents.
    The bridge will cost 3.2 million pounds, paid mostly by regional grants, and should be ready in the spring of 2027 if the weather allows.
    Mayor Ingrid Halvorsen, visibly pleased, said the crossing would "join the two halves of this town for the first time in a century."
    Critics, led by several shopkeepers, argued that the money would be better used on the flood defences along Quay Street.
    A petition against the scheme gathered 1,450 signatures in six weeks, mostly from older households near the harbour.
    Engineers from the company Tidewright, based in Leeds, will start surveying the riverbed in October with divers and sonar.
    The design uses one steel arch with a timber deck, picked after a public vote last year that drew many entries.
    Fishermen, worried about their livelihoods, have requested a clearance of at least eleven metres so that their boats can pass at high tide.
    The council pledged that the old ferry will keep operating until the bridge is complete, whatever the delays.
    Local traders expect more visitors from the caravan park on the northern bank, especially during the summer months.
    """)


def excerpt(keep: list[int]) -> str:
    """ORIGINAL's title and the sentences numbered in ``keep`` (a cut-and-paste copy)."""
    lines = ORIGINAL.strip("\n").split("\n")
    return "\n".join(lines[:2] + [lines[2 + k] for k in keep]) + "\n"

# ORIGINAL after a poor round trip through machine translation: reworded, with words glued
# together, split apart and left untranslated.
GARBLED = _text("""
    Harbour city approves new pedestrian bridge

    The council of Eastmere has voted 9 against 4 on Monday for to build a pedestrian bridge over the Calder estuary.
    The bridge will costs 3.2 million pounds and shouldopen in the spring of 2027.
    Mayor Ingrid Halvorsen said the crossing would "join the two halves of this town for the first time in a century."
    Opponents argued that the money would be better spent on the flood protections alongthe Quay Street.
    A petition against the plan has collected 1,450 signatures in six weeks.
    Engineers of the firm Tidewright will begin the riverbed to survey in October.
    The design uses a single steel arch with a wooden deck, chosen after a publicvote last year.
    Fishermen have asked for a passage height of at least eleven metres, so that their boats bei high tide pass can.
    The council promised that the old ferry will further run until the bridge fertig is.
    Local shops expect more visitors from the campingplatz on the northern bank.
    """)

"""AT002 uncredited-copy: copies and paraphrases of a source, with and without credit."""
from __future__ import annotations

import pytest

SOURCE_BODY = """Flood waters closed the harbour bridge at Lowmoor on Thursday morning.
The river rose two metres overnight after three days of heavy rain in the hills.
Engineers from the county council inspected the bridge piers before dawn.
They found cracks in the eastern pier and ordered the bridge shut until further notice.
Ferry services between Lowmoor and Saltby will run every hour while the bridge is closed.
Shop owners on the quay said the closure would cost them a week of trade.
The council expects a full report on the damage by the end of next week.
"""

SOURCE = f"""---
title: Flood closes Lowmoor harbour bridge
author: Petra Lindqvist
publisher: The Lowmoor Gazette
url: https://www.lowmoorgazette.example/news/bridge-closed
---
{SOURCE_BODY}"""

# A copy of the source, sentence by sentence, lightly reworded.
COPY = """The harbour bridge at Lowmoor was closed by flood waters on Thursday morning.
After three days of heavy rain in the hills, the river rose two metres overnight.
Before dawn, engineers from the county council inspected the piers of the bridge.
They found cracks in the eastern pier and ordered the bridge closed until further notice.
While the bridge is closed, ferry services between Lowmoor and Saltby will run every hour.
Shop owners on the quay said that the closure would cost them a week of trade.
A full report on the damage is expected from the council by the end of next week.
"""

# A different story on the same town: independent writing.
INDEPENDENT = """Lowmoor's summer festival will return to the old market square in July.
Organisers have booked twelve bands and a travelling theatre company from the coast.
Tickets go on sale at the town library next month, with discounts for families.
Last year more than four thousand visitors came, a record for the small harbour town.
The festival committee hopes the new stage will draw even larger crowds this year.
"""

CONFIG = {"sources": {"discover": False, "copies/*.txt": "originals/{stem}.md"}}


def at002(lint, copy: str, source: str = SOURCE, config=CONFIG, **options):
    if options:
        config = {**config, "rules": {"AT002": options}}
    files = {"originals/bridge.md": source, "copies/bridge.txt": copy}
    return [f for f in lint(files, select=["AT002"], config=config, paths=["copies/bridge.txt"])]


def test_uncredited_copy_is_reported_once_at_its_first_line(lint):
    [f] = at002(lint, COPY)
    assert (f.code, f.line, f.column) == ("AT002", 1, 1)
    assert "originals/bridge.md" in f.message
    assert "% of this document is copied or paraphrased" in f.message
    assert f.data["share"] > 0.5
    assert f.related and f.related[0].path == "originals/bridge.md"


def test_verbatim_copy_is_reported(lint):
    [f] = at002(lint, SOURCE_BODY)
    assert f.data["verbatim"] > 0.9


def test_independent_document_is_not_a_copy(lint):
    assert at002(lint, INDEPENDENT) == []


def test_document_without_source_is_not_checked(lint):
    files = {"copies/bridge.txt": COPY}
    assert lint(files, select=["AT002"], config={"sources": {"discover": False}}) == []


@pytest.mark.parametrize("credit_line", [
    "Source: The Lowmoor Gazette",
    "Sources: local press",
    "(via the county newswire)",
    "This story was originally published by a regional paper.",
    "It first appeared in the weekend edition.",
    "Tom Baker contributed to this report.",
    "Adapted from a report in a local weekly.",
    "Reprinted with permission from the quay traders' newsletter.",
    "Courtesy of the harbour office.",
    "Sources 1/ https://news.example.org/item/42",
])
def test_credit_line_removes_the_finding(lint, credit_line):
    assert at002(lint, COPY + "\n" + credit_line + "\n") == []


@pytest.mark.parametrize("opening", [
    "LOWMOOR, England (AP) — ",
    "Lowmoor, May 4 (Reuters) - ",
])
def test_agency_dateline_is_a_credit(lint, opening):
    assert at002(lint, opening + COPY) == []


def test_agency_name_in_parentheses_at_the_end_is_a_credit(lint):
    assert at002(lint, COPY + "\n(AFP)\n") == []


@pytest.mark.parametrize("mention", [
    "Reporting from Petra Lindqvist's account of the morning.",  # author, full name
    "As Lindqvist noted, the town was quiet.",  # author, surname
    "The Lowmoor Gazette had the story first.",  # publisher
    "More at lowmoorgazette.example.",  # URL's host
    'The piece "Flood closes Lowmoor harbour bridge" ran at noon.',  # title
])
def test_mentioning_the_sources_metadata_removes_the_finding(lint, mention):
    assert at002(lint, COPY + "\n" + mention + "\n") == []


def test_byline_in_the_source_body_counts_as_its_author(lint):
    source = "By Oskar Nyberg\n\n" + SOURCE_BODY
    config = {"sources": {"discover": False, "copies/*.txt": "originals/{stem}.txt"}}
    files = {"originals/bridge.txt": source}
    found = lint({**files, "copies/bridge.txt": COPY}, select=["AT002"], config=config, paths=["copies/bridge.txt"])
    assert [f.code for f in found] == ["AT002"]
    credited = lint({**files, "copies/bridge.txt": COPY + "\nThanks to Oskar Nyberg.\n"}, select=["AT002"],
                    config=config, paths=["copies/bridge.txt"])
    assert credited == []


def test_reusing_the_sources_headline_is_not_a_credit(lint):
    [f] = at002(lint, "Flood closes Lowmoor harbour bridge\n\n" + COPY)
    assert f.line == 1


def test_prose_via_is_not_a_credit_line(lint):
    assert len(at002(lint, COPY + "The council answered questions via email.\n")) == 1


def test_source_from_front_matter(lint):
    copy = "---\nsource: ../originals/bridge.md\n---\n" + COPY
    files = {"originals/bridge.md": SOURCE, "copies/bridge.md": copy}
    found = lint(files, select=["AT002"], config={"sources": {"discover": False}}, paths=["copies/bridge.md"])
    assert [(f.code, f.line) for f in found] == [("AT002", 4)]


def test_thresholds_are_options(lint):
    assert at002(lint, COPY, **{"min-evidence": 3.0}) == []
    assert at002(lint, COPY, **{"min-words": 500}) == []


def test_wire_agency_named_in_the_sources_byline_is_credited_by_name(lint):
    source = "The Harbour Wire Service, Associated Press\n\n" + SOURCE_BODY
    config = {"sources": {"discover": False, "copies/*.txt": "originals/{stem}.txt"}}
    files = {"originals/bridge.txt": source}
    credited = lint({**files, "copies/bridge.txt": COPY + "\nThe Associated Press reported the closure first.\n"},
                    select=["AT002"], config=config, paths=["copies/bridge.txt"])
    assert credited == []


def test_agency_quoted_in_the_middle_of_the_source_is_not_its_publisher(lint):
    lines = SOURCE_BODY.splitlines()
    body = "\n".join(lines[:3] + ["A report by Reuters on the river levels was cited by the engineers."] + lines[3:])
    filler = "\n".join(["The quay was quiet on Friday as traders waited for news."] * 12)
    source = filler + "\n" + body + "\n" + filler + "\n"
    config = {"sources": {"discover": False, "copies/*.txt": "originals/{stem}.txt"}}
    found = lint({"originals/bridge.txt": source, "copies/bridge.txt": COPY + "\nReuters had warned of high water.\n"},
                 select=["AT002"], config=config, paths=["copies/bridge.txt"])
    assert [f.code for f in found] == ["AT002"]


def test_discovered_copy_is_reported_and_a_credit_line_removes_the_finding(lint):
    # No [sources] table: discovery finds the pair; the copy keeps the first four sentences.
    copy = "\n".join(COPY.splitlines()[:4]) + "\n"
    config = {"sources": {"discover": True}}
    files = {"originals/bridge.md": SOURCE, "copies/bridge.txt": copy}
    [f] = lint(files, select=["AT002"], config=config)
    assert (f.path, f.code) == ("copies/bridge.txt", "AT002")
    files["copies/bridge.txt"] = copy + "\nSource: The Lowmoor Gazette\n"
    assert lint(files, select=["AT002"], config=config) == []

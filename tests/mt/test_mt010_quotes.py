"""MT010 unclosed-quotation and MT011 swapped-quotation-marks."""
from __future__ import annotations

import pytest


def test_quotation_never_closed_in_its_paragraph(lint):
    text = "The mayor said “the bridge will reopen in May.\nTraffic was light on Sunday.\n"
    found = lint({"a.txt": text}, select=["MT010"])
    assert [(f.line, f.column, f.end_column) for f in found] == [(1, 16, 17)]


@pytest.mark.parametrize("text", [
    # English style: the quotation runs on; the next paragraph opens again.
    "She said: “We will win.\n\n“And we will win again.”\n",
    # One paragraph per line, a paragraph break lost inside the line.
    'He added: "We will win. "We always do." Then he left.\n',
    'It measured 12" across and the "big" one more.\n',
    "“Closed,” she said. “Open,” he said.\n",
    # Hard-wrapped text: the quotation closes on the next line.
    "The chairman told the meeting on Tuesday that “the council will\nreview the budget in May,” and left.\n",
])
def test_balanced_or_continued_quotations_are_fine(lint, text):
    assert lint({"a.txt": text}, select=["MT010"]) == []


def test_marks_around_the_attribution(lint):
    text = "The plan failed, “said Ben Ortiz,” and nobody was surprised.\n"
    found = lint({"a.txt": text}, select=["MT011"])
    assert [text[f.start:f.end] for f in found] == ["“said Ben Ortiz,”"]


def test_a_real_quotation_starting_with_said_is_fine(lint):
    text = "“Said is a name in this town,” she explained, “and a common one.”\n"
    assert lint({"a.txt": text}, select=["MT011"]) == []

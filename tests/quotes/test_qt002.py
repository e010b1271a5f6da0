"""QT002 unmarked-quotation: words the source quotes, used in the document without quotation marks."""
from __future__ import annotations

import pytest


def test_quotation_that_lost_its_marks(qlint):
    found = qlint("Reyes said this ferry is not a luxury for us. It is how our children get to school "
                  "and how our elderly get to hospital.", ["QT002"])
    assert [f.code for f in found] == ["QT002"]
    assert found[0].message.startswith("words quoted in the source appear here without quotation marks:")
    (related,) = found[0].related
    assert related.path == "originals/ferry.txt"
    assert related.line == 9  # the source's quotation


def test_reworded_a_little_as_a_translation_would(qlint):
    found = qlint("Brandt said the timetable still leaves the final boat at six in the evening, which is "
                  "useless for anybody working in the town.", ["QT002"])
    assert [f.code for f in found] == ["QT002"]


def test_the_finding_covers_the_unmarked_words_only(qlint):
    found = qlint("Critics remain. Brandt said the timetable still leaves the last boat at six in the evening, "
                  "which is useless for anyone who works in town.", ["QT002"])
    (f,) = found
    assert f.column == len("Critics remain. Brandt said ") + 1


@pytest.mark.parametrize("body", [
    # the quotation keeps its marks
    'Brandt said "the timetable still leaves the last boat at six in the evening."',
    # a paraphrase that shares a few words only
    "Brandt complained that the final sailing leaves too early for commuters.",
    # the source puts these words in no quotation marks (it is the reporter's prose)
    "The island ferry will return in April after a two-year pause.",
])
def test_no_finding(qlint, body):
    assert qlint(body, ["QT002"]) == []


def test_short_source_quotations_are_not_searched(lint):
    source = 'The mayor called the plan "a bold step" on Monday.\n'
    derived = "Ferry\n\nThe mayor said it was a bold step for the town.\n"
    found = lint({"derived/a.txt": derived, "originals/a.txt": source}, select=["QT002"],
                 config={"sources": {"derived/*.txt": "originals/{stem}.txt"}}, paths=["derived/a.txt"])
    assert found == []


UK_SOURCE = ("Pier to reopen\n\nThe council leader said the pier was ‘safe for every family in the town again’ "
             "after a year of repairs.\n")
UK_CONFIG = {"sources": {"derived/*.txt": "originals/{stem}.txt"}}


@pytest.mark.parametrize("derived, codes", [
    ("Pier\n\nThe leader said the pier is ‘safe for every family in the town again’.\n", []),
    ("Pier\n\nThe leader said the pier is 'safe for every family in the town again'.\n", []),
    ('Pier\n\nThe leader said the pier is "safe for every family in the town again".\n', []),
    ("Pier\n\nThe leader said the pier is safe for every family in the town again.\n", ["QT002"]),
])
def test_single_quotation_marks_british_style(lint, derived, codes):
    found = lint({"derived/a.txt": derived, "originals/a.txt": UK_SOURCE}, select=["QT002"], config=UK_CONFIG,
                 paths=["derived/a.txt"])
    assert [f.code for f in found] == codes


def test_shortest_quotation_may_lose_one_word_to_rewording(lint):
    source = 'Pier\n\nThe mayor promised "a safer harbour for everyone" on Monday.\n'
    config = {"sources": {"derived/*.txt": "originals/{stem}.txt"}}
    reworded = "Pier\n\nThe mayor promised a safer port for everyone this week.\n"
    found = lint({"derived/a.txt": reworded, "originals/a.txt": source}, select=["QT002"], config=config,
                 paths=["derived/a.txt"])
    assert [f.code for f in found] == ["QT002"]
    unrelated = "Pier\n\nThe mayor wants a harbour that is safer, she told everyone.\n"
    found = lint({"derived/a.txt": unrelated, "originals/a.txt": source}, select=["QT002"], config=config,
                 paths=["derived/a.txt"])
    assert found == []

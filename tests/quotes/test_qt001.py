"""QT001 misquoted-source: word-level differences from the source, benign edits, related location, unsafe fix."""
from __future__ import annotations

import pytest

from qt_story import FRAME, SOURCE, SOURCES

EXACT = '"We replaced every pile that the storm of 2023 cracked, and we tested the new ramp with a loaded lorry," she said.'


def codes(findings):
    return [f.code for f in findings]


def test_reworded_quotation_shows_the_word_difference(qlint):
    found = qlint('"In my opinion, the crossing is safe again and the islanders have waited long enough," '
                  "said Lena Okafor.", ["QT001"])
    assert codes(found) == ["QT001"]
    assert 'source: "In my view, the crossing" / here: "In my opinion, the crossing"' in found[0].message
    assert found[0].data["diffs"] == ["changed"]


def test_exact_quotation_is_not_reported(qlint):
    assert qlint(EXACT, ["QT001"]) == []


@pytest.mark.parametrize("kind, quote, shown", [
    ("changed", "We replaced every pile that the storm of 2023 cracked, and we tested the new ramp with a loaded truck",
     'source: "a loaded lorry" / here: "a loaded truck"'),
    ("dropped", "We replaced every pile that the storm of 2023 cracked, and we tested the ramp with a loaded lorry",
     'source: "tested the new ramp with" / here: "tested the ramp with"'),
    ("added", "We replaced every single pile that the storm of 2023 cracked, and we tested the new ramp with a loaded lorry",
     'source: "replaced every pile that" / here: "replaced every single pile that"'),
    ("added", "We replaced every pile that the storm of 2023 cracked, and we never tested the new ramp with a loaded lorry",
     'source: "and we tested the" / here: "and we never tested the"'),
    ("changed", "We replaced every pile that the storm of 2021 cracked, and we tested the new ramp with a loaded lorry",
     'source: "storm of 2023 cracked, and" / here: "storm of 2021 cracked, and"'),
])
def test_perturbed_quotation_is_reported(qlint, kind, quote, shown):
    found = qlint(f'"{quote}," she said.', ["QT001"])
    assert codes(found) == ["QT001"]
    assert shown in found[0].message
    assert found[0].data["diffs"] == [kind]


def test_negation_removed_is_reported(qlint):
    found = qlint('"This ferry is a luxury for us," Reyes said.', ["QT001"])
    assert codes(found) == ["QT001"]
    assert 'source: "ferry is not a luxury" / here: "ferry is a luxury"' in found[0].message


def test_two_passages_spliced_into_one_quotation(qlint):
    found = qlint('"In my view, the crossing is safe again and we tested the new ramp with a loaded lorry," '
                  "Okafor said.", ["QT001"])
    assert codes(found) == ["QT001"]
    assert "joins separate passages of the source" in found[0].message
    assert found[0].fix is None  # no single source wording to restore
    assert [r.message for r in found[0].related] == ["the quoted passage in the source",
                                                     "the other passage joined into this quotation"]


@pytest.mark.parametrize("edit", [
    # mark style: straight or curly quotation marks and apostrophes
    "“We replaced every pile that the storm of 2023 cracked, and we tested the new ramp with a loaded lorry,” she said.",
    # elisions, in three spellings
    '"We replaced every pile ... and we tested the new ramp with a loaded lorry," she said.',
    '"We replaced every pile that the storm of 2023 cracked … with a loaded lorry," she said.',
    '"We replaced every pile [...] with a loaded lorry," she said.',
    # bracketed insertions: an added word, a pronoun replaced, a letter changed inside a word
    '"We replaced every pile that the storm of 2023 [in November] cracked, and we tested the new ramp," she said.',
    'Reyes said: "This ferry is not a luxury for [the islanders]."',
    'Okafor said "[t]he crossing is safe again and the islanders have waited long enough."',
    # capitalisation of the first word, and punctuation at the edges
    'She said "we replaced every pile that the storm of 2023 cracked, and we tested the new ramp with a loaded lorry."',
    '"We replaced every pile that the storm of 2023 cracked, and we tested the new ramp with a loaded lorry" she said.',
    '"...we tested the new ramp with a loaded lorry!" she said.',
    # quoting a part of a passage is not a misquote
    'Reyes said the ferry "is how our children get to school".',
])
def test_benign_differences_are_not_misquotes(qlint, edit):
    assert qlint(edit, ["QT001"]) == []


def test_short_quotations_are_not_checked(qlint):
    assert qlint('The pier was "badly cracked" by storms.', ["QT001"]) == []


def test_related_points_at_the_source_passage(qlint):
    found = qlint('"In my opinion, the crossing is safe again," said Okafor.', ["QT001"])
    (related,) = found[0].related
    assert related.path == "originals/ferry.txt"
    line = SOURCE.splitlines()[related.line - 1]
    assert line[related.column - 1:related.end_column - 1] == "In my view, the crossing is safe again"


def test_unsafe_fix_restores_the_source_wording(qlint):
    derived = FRAME.format(body='"In my opinion, the crossing is sure safe again and the islanders have waited enough," '
                                "said Okafor.")
    files = {"derived/ferry.txt": derived, "originals/ferry.txt": SOURCE}
    lint = qlint.lint
    kept = lint.fix(files, select=["QT001"], config=SOURCES, unsafe=False)
    assert kept["derived/ferry.txt"].decode() == derived  # unsafe: never applied by --fix alone
    fixed = lint.fix(files, select=["QT001"], config=SOURCES, unsafe=True)["derived/ferry.txt"].decode()
    assert ('"In my view, the crossing is safe again and the islanders have waited long enough," said Okafor.'
            in fixed)
    assert lint({}, select=["QT001"], config=SOURCES, paths=["derived/ferry.txt"]) == []


def test_fix_keeps_editor_brackets(qlint):
    derived = FRAME.format(body='"In my opinion, [the] crossing is safe again," said Okafor.')
    files = {"derived/ferry.txt": derived, "originals/ferry.txt": SOURCE}
    fixed = qlint.lint.fix(files, select=["QT001"], config=SOURCES, unsafe=True)["derived/ferry.txt"].decode()
    assert '"In my view, [the] crossing is safe again," said Okafor.' in fixed


def test_source_from_front_matter(lint):
    doc = ("---\ntitle: Ferry returns\nsource: ../originals/ferry.txt\n---\n\n"
           '"In my opinion, the crossing is safe again," said Okafor.\n')
    found = lint({"derived/ferry.md": doc, "originals/ferry.txt": SOURCE}, select=["QT001"],
                 paths=["derived/ferry.md"])
    assert codes(found) == ["QT001"]


def test_editor_brackets_inside_a_word_of_the_source(lint):
    source = 'Okafor wrote that "[w]e will rebuild the north pier before the storms come back."\n'
    config = {"sources": {"derived/*.txt": "originals/{stem}.txt"}}
    same = "Pier\n\nShe wrote: “We will rebuild the north pier before the storms come back.”\n"
    changed = "Pier\n\nShe wrote: “We will rebuild the south pier before the storms come back.”\n"
    assert lint({"derived/a.txt": same, "originals/a.txt": source}, select=["QT001"], config=config,
                paths=["derived/a.txt"]) == []
    found = lint({"derived/a.txt": changed, "originals/a.txt": source}, select=["QT001"], config=config,
                 paths=["derived/a.txt"])
    assert 'source: "rebuild the north pier before" / here: "rebuild the south pier before"' in found[0].message


def test_unclosed_quotation_ends_with_its_line(qlint):
    # one paragraph of lines (no blank line), the first quotation never closed
    body = ("Okafor warned that “in my opinion, the crossing is safe again.\n"
            "Reyes said the ferry was how children get to school.")
    found = qlint(body, ["QT001"])
    assert [f.code for f in found] == ["QT001"]
    assert found[0].line == found[0].end_line == 5


def test_min_words_option(qlint):
    body = '"In my opinion, the crossing is safe again," said Okafor.'
    config = {**SOURCES, "rules": {"QT001": {"min-words": 9}}}
    assert qlint(body, ["QT001"], config=config) == []
    config = {**SOURCES, "rules": {"QT001": {"min-words": 8}}}
    assert [f.code for f in qlint(body, ["QT001"], config=config)] == ["QT001"]


@pytest.mark.parametrize("quote", [
    "We replaced every pile that the storm of 2023 cracked, and we tested the ramp with a loaded lorry",
    "We replaced every single pile that the storm of 2023 cracked, and we tested the new ramp with a loaded lorry",
    "We replaced every pile that the storm of 2021 cracked, and we tested the new ramp with a loaded truck",
    "We replaced every pile that the storm of 2023 cracked, and we tested the new ramp with a lorry",
])
def test_unsafe_fix_round_trip_for_each_kind_of_difference(qlint, quote):
    files = {"derived/ferry.txt": FRAME.format(body=f'"{quote}," she said.'), "originals/ferry.txt": SOURCE}
    fixed = qlint.lint.fix(files, select=["QT001"], config=SOURCES, unsafe=True)["derived/ferry.txt"].decode()
    assert ('"We replaced every pile that the storm of 2023 cracked, and we tested the new ramp with a loaded '
            'lorry," she said.') in fixed


@pytest.mark.parametrize("source, derived", [
    # the first part also stands later in the passage
    ('"No pier should close. No pier should close without a vote of the council," she said.',
     '"No pier should close … No pier should close without a vote of the council," she said.'),
    # a one-word first part, a common word found all over the passage
    ('"His plan is a gift to his town and to his family," she said.',
     '"His ... a gift to his town and to his family," she said.'),
    # a part made only of the editor's words
    ('"He will rebuild the pier and the ramp before the winter storms," she said.',
     '"[Okafor] ... will rebuild the pier and the ramp before the winter storms," she said.'),
])
def test_elisions_with_short_or_repeated_parts(lint, source, derived):
    found = lint({"derived/a.txt": f"Pier\n\n{derived}\n", "originals/a.txt": f"Pier\n\n{source}\n"},
                 select=["QT001"], config=SOURCES, paths=["derived/a.txt"])
    assert found == []

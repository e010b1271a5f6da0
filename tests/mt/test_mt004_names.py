"""MT004 name-casing and MT005 name-spelling: a name that does not match itself within a document."""
from __future__ import annotations


def spans(findings, text):
    return [text[f.start:f.end] for f in findings]


def test_lower_cased_name_is_found_each_time(lint):
    text = ("Talks in Tbilisi began on Monday. Delegates flew to tbilisi from Baku, and "
            "the hotels of tbilisi were full.\n")
    found = lint({"a.txt": text}, select=["MT004"])
    assert spans(found, text) == ["tbilisi", "tbilisi"]
    assert "'Tbilisi'" in found[0].message


def test_common_word_that_is_also_a_name_is_not_flagged(lint):
    # "Brown" is a name here, "brown" an ordinary adjective: English puts "the"/"a" before it.
    text = "Minister Gordon Brown spoke. Later, Brown said the brown envelope was empty.\n"
    assert lint({"a.txt": text}, select=["MT004"]) == []


def test_capital_only_at_sentence_start_or_in_a_headline_is_no_evidence(lint):
    text = ("Plans For Zoning Approved\n\nZoning rules changed on Monday. The new zoning map "
            "was published.\n")
    assert lint({"a.txt": text}, select=["MT004"]) == []


def test_capital_inside_a_longer_name_is_no_evidence(lint):
    text = "He works at the Institute of Strategic Studies on strategic questions.\n"
    assert lint({"a.txt": text}, select=["MT004"]) == []


def test_full_name_with_one_part_lower_cased(lint):
    # "David" (a word English knows, never as a common noun) is capitalised only inside the
    # full name: the lower-case copy keeps "Pellow" beside it.
    text = ("Councillor David Pellow opened the session. Later, david Pellow told reporters the "
            "bridge would open in May.\n")
    found = lint({"a.txt": text}, select=["MT004"])
    assert spans(found, text) == ["david"]
    assert "'David'" in found[0].message


def test_first_name_lower_cased_alone_is_not_enough(lint):
    text = "Councillor David Pellow opened the session, and david said little.\n"
    assert lint({"a.txt": text}, select=["MT004"]) == []


def test_surname_lower_cased_where_a_speaker_stands(lint):
    text = ('Harbour master Ann Kerr closed the port. "The swell is too big," kerr told '
            'reporters on the quay.\n')
    found = lint({"a.txt": text}, select=["MT004"])
    assert spans(found, text) == ["kerr"]


def test_name_written_in_capitals_in_the_dateline_then_lower_case(lint):
    text = ("PORT ELLIS, Scotland (AP) - The council of port ellis voted on Tuesday to rebuild "
            "the old swing bridge.\n")
    found = lint({"a.txt": text}, select=["MT004"])
    assert spans(found, text) == ["port ellis"]
    assert "'Port Ellis'" in found[0].message


def test_ordinary_words_in_capitals_are_no_evidence(lint):
    text = "BREAKING NEWS\n\nThe council said the breaking news had reached the harbour by noon.\n"
    assert lint({"a.txt": text}, select=["MT004"]) == []


def test_lower_case_word_beside_an_ordinary_partner_is_a_common_phrase(lint):
    # "Medical Center" is a name, "the medical center" the same words used as a common noun.
    text = ("She was treated at Harbourside Medical Center on Monday. The medical center said she "
            "was recovering.\n")
    assert lint({"a.txt": text}, select=["MT004"]) == []


def test_fix_restores_the_capital(lint):
    text = "Talks in Tbilisi began. Delegates flew to tbilisi.\n"
    assert lint.fix({"a.txt": text}, unsafe=True, select=["MT004"])["a.txt"].decode() == \
        "Talks in Tbilisi began. Delegates flew to Tbilisi.\n"


def test_doubled_letter_in_a_name_spelled_otherwise(lint):
    text = "Chancellor Scholz arrived. Aides said Schollz would speak, and Scholz did.\n"
    found = lint({"a.txt": text}, select=["MT005"])
    assert spans(found, text) == ["Schollz"]
    assert "'Scholz'" in found[0].message


def test_doubled_letter_at_the_head_of_a_glued_token(lint):
    text = "Mayor Okonkwo spoke first. The council thanked Okonkwooforthe plan.\n"
    found = lint({"a.txt": text}, select=["MT005", "MT002"])
    assert sorted((f.code, text[f.start:f.end]) for f in found) == [
        ("MT002", "Okonkwooforthe"), ("MT005", "Okonkwoo")]


def test_two_names_known_to_english_are_not_misspellings(lint):
    text = "Phillips met Philips executives, and Phillips signed.\n"
    assert lint({"a.txt": text}, select=["MT005"]) == []

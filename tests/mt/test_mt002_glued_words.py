"""MT002 glued-words and MT003 split-word: lost and stray spaces, and what must not be taken for them."""
from __future__ import annotations


def spans(findings, text):
    return [text[f.start:f.end] for f in findings]


def test_glued_function_words_are_found_at_their_span(lint):
    text = "The council met onthe second floor and voted forthe budget.\n"
    found = lint({"a.txt": text}, select=["MT002"])
    assert spans(found, text) == ["onthe", "forthe"]
    assert "'on the'" in found[0].message


def test_glued_capitalised_word_in_mid_sentence(lint):
    text = "Tourists came for the beaches and Alsoparks during the summer.\n"
    found = lint({"a.txt": text}, select=["MT002"])
    assert spans(found, text) == ["Alsoparks"]


def test_word_glued_to_an_abbreviation(lint):
    text = "Officials said Theu.k. and France would meet again.\n"
    found = lint({"a.txt": text}, select=["MT002"])
    assert spans(found, text) == ["Theu.k."]


def test_name_of_the_document_glued_to_words(lint):
    text = ("Mayor Okonkwo opened the bridge. The city thanked Okonkwoforthe work.\n")
    found = lint({"a.txt": text}, select=["MT002"])
    assert spans(found, text) == ["Okonkwoforthe"]
    assert "'Okonkwo for the'" in found[0].message


def test_urls_emails_hashtags_handles_are_not_words(lint):
    text = ("Write to pressoffice@cityhall.example.org or see https://example.com/newsroom/latestnews "
            "and www.cityhall.gov/onthe, follow @mayoroffice and #floodrelief for updates.\n")
    assert lint({"a.txt": text}, select=["MT002"]) == []


def test_camel_case_brands_and_multiword_names_are_left_alone(lint):
    text = ("The new PlayStation and the iPhone sold well at GameStop. Analyst Bernd Hartwell "
            "said sales of YouTube ads rose.\n")
    assert lint({"a.txt": text}, select=["MT002"]) == []


def test_a_term_the_document_uses_repeatedly_is_not_a_slip(lint):
    text = ("The Smallbrook council met on Monday. Smallbrook residents asked why Smallbrook "
            "pays more.\n")
    assert lint({"a.txt": text}, select=["MT002"]) == []


def test_solid_compounds_are_not_glued_words(lint):
    text = "The drugmaker said the hourlong meeting about the smartcard went well.\n"
    assert lint({"a.txt": text}, select=["MT002"]) == []


def test_fix_inserts_the_space_only_as_unsafe(lint):
    text = "The council met onthe second floor.\n"
    assert lint.fix({"a.txt": text}, select=["MT002"])["a.txt"].decode() == text
    assert lint.fix({"a.txt": text}, unsafe=True, select=["MT002"])["a.txt"].decode() == \
        "The council met on the second floor.\n"


def test_split_word_is_found_and_joined(lint):
    text = "The report gave no explana tion for the delay.\n"
    found = lint({"a.txt": text}, select=["MT003"])
    assert spans(found, text) == ["explana tion"]
    assert lint.fix({"a.txt": text}, unsafe=True, select=["MT003"])["a.txt"].decode() == \
        "The report gave no explanation for the delay.\n"


def test_two_real_words_are_not_a_split_word(lint):
    text = "The team won the cup and the fans can not stop singing.\n"
    assert lint({"a.txt": text}, select=["MT003"]) == []

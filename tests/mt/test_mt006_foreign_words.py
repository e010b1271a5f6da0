"""MT006 foreign-function-word: untranslated function words, judged by frequencies across languages."""
from __future__ import annotations

import pytest


def spans(findings, text):
    return [text[f.start:f.end] for f in findings]


@pytest.mark.parametrize("word", ["de", "und", "que", "der", "il", "une", "dans", "het", "och", "em", "les"])
def test_function_words_of_other_languages_between_english_words(lint, word):
    text = f"The army held the hills {word} the valley for a week.\n"
    found = lint({"a.txt": text}, select=["MT006"])
    assert spans(found, text) == [word]


def test_the_message_names_the_language(lint):
    found = lint({"a.txt": "The army held the hills und the valley.\n"}, select=["MT006"])
    assert "(de)" in found[0].message


@pytest.mark.parametrize("text", [
    "Brazil's president Luiz Inacio Lula da Silva arrived.",
    "The general, Charles de Gaulle, spoke.",
    "It is a de facto ban on the sale.",
    "Many people die in the winter.",
    "A white van was parked outside.",
    "She sang La Vie en Rose at the gala.",
    "The menu said soupe de la maison.",
])
def test_names_loan_phrases_and_english_words_are_not_flagged(lint, text):
    assert lint({"a.txt": text + "\n"}, select=["MT006"]) == []

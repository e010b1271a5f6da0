"""MT007 article-agreement, MT008 broken-possessive, MT009 hyphen-spacing."""
from __future__ import annotations

import pytest


def spans(findings, text):
    return [text[f.start:f.end] for f in findings]


@pytest.mark.parametrize("bad,good", [("an bridge", "a bridge"), ("a apple", "an apple"),
                                       ("a hour", "an hour"), ("an university", "a university"),
                                       ("A apple", "An apple")])
def test_article_against_the_next_word(lint, bad, good):
    text = f"{bad} stood there.\n" if bad[0] == "A" else f"They saw {bad} there.\n"
    found = lint({"a.txt": text}, select=["MT007"])
    assert spans(found, text) == [bad]
    assert lint.fix({"a.txt": text}, unsafe=True, select=["MT007"])["a.txt"].decode() == text.replace(bad, good)


@pytest.mark.parametrize("text", [
    "They saw a truck, an hour later a European team and a one-off event.",
    "Plan A is better than an MP or a UN vote.",
    "It was a unique and an unusual case.",
])
def test_articles_that_fit_are_not_flagged(lint, text):
    assert lint({"a.txt": text + "\n"}, select=["MT007"]) == []


def test_plural_possessive_on_one_named_person(lint):
    text = "Senator Merkel spoke on Monday. Critics of Merkels' plan were loud.\n"
    found = lint({"a.txt": text}, select=["MT008"])
    assert spans(found, text) == ["Merkels'"]
    assert lint.fix({"a.txt": text}, unsafe=True, select=["MT008"])["a.txt"].decode() == \
        text.replace("Merkels'", "Merkel's")


@pytest.mark.parametrize("text,bad", [
    ("The bank hired Mr Park in May. Shares rose after Mr Parks' statement on Friday.", "Parks'"),
    ("Creditors of Zorvanek met. The sale of Zorvaneks' assets was delayed.", "Zorvaneks'"),
])
def test_plural_possessive_on_a_person_or_an_unknown_name(lint, text, bad):
    found = lint({"a.txt": text + "\n"}, select=["MT008"])
    assert [text[f.start:f.end] for f in found] == [bad]


@pytest.mark.parametrize("text", [
    "Americans' savings fell. An American bank said so.",
    "The show ended. Fans of Joan Rivers' comedy were sad, and Rivers was missed.",
    "He told Fox News' reporters that New York was calm.",
    "The Blairs' fourth child was born. Blair was pleased.",
    "The All Blacks' coach praised the All Blacks. Black said it was hard.",
    "Critics of Jones' plan were loud. Jones said nothing.",
])
def test_real_plural_possessives_are_not_flagged(lint, text):
    assert lint({"a.txt": text + "\n"}, select=["MT008"]) == []


def test_space_before_and_after_a_compound_hyphen(lint):
    text = "They held a two -day summit.\nIt agreed on long- term plans.\n"
    found = lint({"a.txt": text}, select=["MT009"])
    assert [(f.start, f.end) for f in found] == [(text.index(" -day"), text.index(" -day") + 1),
                                                 (text.index("- term") + 1, text.index("- term") + 2)]
    assert lint.fix({"a.txt": text}, unsafe=True, select=["MT009"])["a.txt"].decode() == \
        "They held a two-day summit.\nIt agreed on long-term plans.\n"


@pytest.mark.parametrize("text", [
    "Ferrari -best known for its cars- won again.",
    "Pre- and post-war prices differed.",
    "For middle- and upper-income families it was hard.",
    "Our dad spent his life writing music- that is his legacy to us all- he wrote it.",
    "The score was 3 -1 at half time.",
])
def test_dashes_and_suspended_hyphens_are_not_flagged(lint, text):
    assert lint({"a.txt": text + "\n"}, select=["MT009"]) == []

"""BP016: a page that says it has nothing to show is flagged whole; such a notice inside an article, alone."""
from __future__ import annotations

import pytest

ARTICLE = ("The harbour ferry leaves the quay every hour from seven in the morning, the operator said.\n"
           "Islanders said the new timetable would suit families who cross to the mainland for school.\n")
SHOP_MENU = "Home\nShop\nGift cards\nContact us\n"


@pytest.mark.parametrize("notice", [
    'No results found for "ferry timetable"',
    "Sorry, no products matched your search.",
    "Your search for harbour walks returned no results.",
    "There are no events that match your criteria.",
    "We couldn't find any matches for that search.",
    "404 - Page not found",
    "Error 503: service temporarily unavailable",
    "Oops! The page you were looking for can't be found.",
    "The page you requested could not be found.",
    "This listing is no longer available.",
    "Sorry, this item is sold out",
    "This video is not available in your country.",
    "You must be logged in to view this page.",
    "This account has been suspended.",
    "The thread you are looking for does not exist.",
    "Access denied",
])
def test_a_notice_heading_a_page_flags_the_whole_page(lint, notice):
    text = f"{notice}\nTry your search again with other words.\n{SHOP_MENU}"
    found = lint({"page.txt": text}, select=["BP016"])
    assert [(f.code, f.line, f.end_line) for f in found] == [("BP016", 1, 6)]
    assert "nothing to show" in found[0].message and found[0].fix is None


def test_the_notice_may_follow_a_few_lines_of_menu(lint):
    text = "Skip to content\nMenu\nSearch results\nNothing found for your search.\n" + SHOP_MENU
    found = lint({"page.txt": text}, select=["BP016"])
    assert [(f.line, f.end_line) for f in found] == [(1, 8)]
    assert "line 4" in found[0].message


def test_inside_an_article_only_the_notice_line_goes_with_a_safe_fix(lint):
    text = f"Ferry fares to rise\n{ARTICLE}\nThere are no comments yet.\nBe the first to comment!\n"
    found = lint({"story.txt": text}, select=["BP016"])
    assert [f.line for f in found] == [5, 6]
    assert all(f.fix is not None and f.fix.safe for f in found)


def test_a_notice_below_the_first_sentence_is_flagged_alone(lint):
    text = f"Ferry news\n{ARTICLE.splitlines()[0]}\nNo results found.\n{SHOP_MENU}"
    assert [(f.line, f.end_line) for f in lint({"p.txt": text}, select=["BP016"])] == [(3, 3)]


def test_a_notice_far_down_a_page_that_is_not_an_article_is_flagged_alone(lint):
    text = SHOP_MENU * 2 + "Your cart is empty.\n" + SHOP_MENU
    found = lint({"page.txt": text}, select=["BP016"])
    assert [(f.line, f.end_line) for f in found] == [(9, 9)]


@pytest.mark.parametrize("sentence", [
    "No results were found in the first trial, the researchers wrote, so they widened the study to three towns.",
    "The mayor said the page of the report that was not found in the archive had been lost in the 1998 flood.",
    "Tickets sold out within an hour, and the promoter added a second night at the harbour hall.",
    "Nothing found its way into the budget for the old pier.",
    "You don't have any idea how hard the crossing is in winter, the skipper said.",
])
def test_sentences_using_the_same_words_are_not_notices(lint, sentence):
    assert lint({"story.txt": f"{sentence}\n{ARTICLE}"}, select=["BP016"]) == []


def test_an_article_page_is_never_flagged_whole(lint):
    text = f"Page not found\n{ARTICLE}{ARTICLE}"
    found = lint({"story.txt": text}, select=["BP016"])
    assert [(f.line, f.end_line) for f in found] == [(1, 1)]


def test_options_extra_patterns_head_lines_and_max_words(lint):
    text = "Keine Ergebnisse gefunden\n" + SHOP_MENU
    assert lint({"p.txt": text}, select=["BP016"]) == []
    config = {"rules": {"BP016": {"extra-patterns": ["keine ergebnisse( gefunden)?"]}}}
    assert [f.end_line for f in lint({"p.txt": text}, select=["BP016"], config=config)] == [5]
    late = SHOP_MENU + "Blog\nNo results found.\n"
    assert [(f.line, f.end_line) for f in lint({"p.txt": late}, select=["BP016"])] == [(6, 6)]
    config = {"rules": {"BP016": {"head-lines": 10}}}
    assert [(f.line, f.end_line) for f in lint({"p.txt": late}, select=["BP016"], config=config)] == [(1, 6)]
    config = {"rules": {"BP016": {"max-words": 2}}}
    assert lint({"p.txt": late}, select=["BP016"], config=config) == []


def test_a_bad_extra_pattern_is_a_configuration_error(lint):
    import corpuslint

    with pytest.raises(corpuslint.SetupError, match=r"\[rules.BP016\] extra-patterns"):
        lint({"p.txt": "x\n"}, select=["BP016"], config={"rules": {"BP016": {"extra-patterns": ["(unclosed"]}}})

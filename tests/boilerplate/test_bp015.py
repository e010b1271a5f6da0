"""BP015: a document that is only a page shell (menus, links, listings) is flagged once, over all its lines."""
from __future__ import annotations

MENU = "Home\nForums\nLatest posts\nMembers\nLog in\nRegister\n"
LISTING = "Canvas tote, small\nCanvas tote, large\nWool blanket\nEnamel mug\nSee all products\n"


def test_a_menu_page_is_one_finding_covering_every_line(lint):
    found = lint({"menu.txt": MENU}, select=["BP015"])
    assert [(f.code, f.line, f.end_line) for f in found] == [("BP015", 1, 6)]
    assert "no sentence of running text in 6 lines" in found[0].message
    assert found[0].fix is None


def test_a_listing_with_blank_lines_between_entries_is_a_shell_too(lint):
    found = lint({"shop.txt": LISTING.replace("\n", "\n\n")}, select=["BP015"])
    assert [(f.line, f.end_line) for f in found] == [(1, 9)]


def test_one_sentence_of_prose_makes_it_an_article_page(lint):
    text = MENU + "The forum moved to a new server on Sunday and every member will need to log in again.\n"
    assert lint({"a.txt": text}, select=["BP015"]) == []


def test_long_lines_without_sentences_are_a_schedule_not_a_shell(lint):
    schedule = "\n".join(f"Harbour Rovers at Quay United, kick-off 3 p.m., Saturday {d} March, Quay Park ground"
                         for d in range(1, 6)) + "\n"
    assert lint({"fixtures.txt": schedule}, select=["BP015"]) == []


def test_too_few_lines_to_judge(lint):
    assert lint({"a.txt": "Home\nNews\n"}, select=["BP015"]) == []


def test_thresholds_are_options(lint):
    config = {"rules": {"BP015": {"min-lines": 10}}}
    assert lint({"menu.txt": MENU}, select=["BP015"], config=config) == []
    config = {"rules": {"BP015": {"max-mean-chars": 5}}}
    assert lint({"menu.txt": MENU}, select=["BP015"], config=config) == []


def test_on_by_default_in_the_family(lint):
    assert "BP015" in {f.code for f in lint({"menu.txt": MENU})}


def test_a_poem_of_short_lines_is_not_a_page_shell(lint):
    poem = ("Down to the harbour\nwhere the night boats lie\nI walked with my father\nunder a wide grey sky\n"
            "and he told me the names\nof the ones that had gone\n")
    assert lint({"poem.txt": poem}, select=["BP015"]) == []

"""BP017: a thread of reader comments below the article is flagged from the first commenter to the last comment."""
from __future__ import annotations

import pytest

ARTICLE = ("Ferry fares to rise in spring\n"
           "The harbour ferry will cost a pound more from April, the operator said on Tuesday.\n"
           "Islanders said the new fares would hurt families who cross to the mainland for school.\n")


def flagged(lint, text: str) -> list[int]:
    return [f.line for f in lint({"story.txt": text}, select=["BP017"])]


@pytest.mark.parametrize("thread", [
    # Name and time ago on one line, a reply count between comments.
    "14 comments\nHal_on_the_hill · 3 days ago\nAbout time too.\nReply · 6\nines.r · 2 days ago\nWill Sundays change?\n",
    # The name on its own line above a date with a clock time (a blog's comments).
    '2 thoughts on "Ferry fares to rise"\nMartin H.\nMarch 20, 2025 at 8:14 am\nI take the boat daily.\nReply\n'
    "Soph\nMarch 22, 2025 at 6:51 pm\nSame here.\n",
    # A handle and a numeric date and time, a like count under each comment.
    "Comments (2)\nharbour_watcher 21/03/2025 09:12\nFour pounds is a lot.\n12\ngreta_k 21/03/2025 10:40\nIt was three last year.\n",
    # Day and month, a dash, no header: two comments make the thread.
    "Lou Baird — 3 March at 7:02 pm\nShocking.\nDev P. — 4 March at 9:30 am\nNot surprised at all.\n",
])
def test_a_thread_is_flagged_from_its_first_commenter_to_its_last_comment(lint, thread):
    text = ARTICLE + thread
    assert flagged(lint, text) == list(range(4, text.count("\n") + 1))  # from the header, or the first name


def test_one_comment_needs_the_comments_header_above_it(lint):
    one = "Hal_on_the_hill · 3 days ago\nAbout time too.\n"
    assert flagged(lint, ARTICLE + "1 Comment\n" + one) == [4, 5, 6]
    assert flagged(lint, ARTICLE + one) == []


def test_the_last_comment_stops_before_the_site_footer(lint):
    text = ARTICLE + ("Hal · 3 days ago\nAbout time.\nInes · 2 days ago\nWill Sundays change?\n"
                      "© 2025 Harbour Gazette | Terms | Privacy\n")
    assert flagged(lint, text) == [4, 5, 6, 7]


@pytest.mark.parametrize("text", [
    # A live blog: times without names, each over an entry of the article.
    "Ferry strike: live\n10:42 am\nThe first sailing was cancelled.\n11:15 am\nUnions and the operator met.\n",
    # Stamps of the page, not commenters: "Updated", "Posted", a day name.
    "Updated 3 hours ago\nFerry fares to rise\nPosted 2 days ago\nThe harbour ferry will cost more.\n",
    "Tuesday 4 March 2025 at 10:00\nFerry fares to rise\nWednesday 5 March 2025 at 09:00\nA second meeting.\n",
    # A timeline of the story, the times inside sentences.
    "How the day unfolded\nAt 8:14 am on March 20, the first ferry was cancelled.\n"
    "By 6:51 pm on March 22 the strike had ended.\n",
    # A sentence that names a time ago.
    "The operator said the fares were set three days ago.\nIt published them 2 days ago, on its website.\n",
])
def test_timestamps_of_the_article_are_not_comments(lint, text):
    assert flagged(lint, text) == []


def test_the_rule_is_on_by_default_with_a_safe_fix(lint):
    found = lint({"story.txt": ARTICLE + "Hal · 3 days ago\nAbout time.\nInes · 2 days ago\nSundays?\n"})
    mine = [f for f in found if f.code == "BP017"]
    assert [f.line for f in mine] == [4, 5, 6, 7]
    assert all(f.fix is not None and f.fix.safe for f in mine)

"""BP001, BP002, BP009, BP010: lines recognised by a lexicon, extendable with extra-patterns."""
from __future__ import annotations

import pytest

STORY = "The ferry left the harbour at noon and reached the island an hour later, on time.\n\n"


def codes_and_lines(found):
    return [(f.code, f.line) for f in found]


@pytest.mark.parametrize("line", [
    "Advertisement", "ADVERTISEMENT", "Sponsored content", "Promoted stories", "Story continues below",
    "Article continues below advertisement", "Paid Post", "Sponsored by Acme Insurance", "Recommended by",
])
def test_bp001_ad_markers(lint, line):
    assert codes_and_lines(lint({"a.txt": STORY + line + "\n"}, select=["BP001"])) == [("BP001", 3)]


def test_bp001_leaves_prose_about_advertising(lint):
    text = STORY + "Advertisement revenue at the group rose by a fifth last year, the company said.\n"
    assert lint({"a.txt": text}, select=["BP001"]) == []


@pytest.mark.parametrize("line", [
    "Sign up for our daily newsletter", "Subscribe now", "Log in", "Sign In / Register",
    "Download our free app", "Follow us on Twitter", "Share this article", "Click here to read more",
    "Report a correction or typo", "Already a subscriber? Log in", "Enter your email address",
    "For corrections to this story, click here.", "Contact the newsroom",
    "Leave a comment", "Share | Email | Print", "Read the Digital Print Issue", "Forgot your password?",
    "Not registered? Create an account", "Add to Home Screen",
])
def test_bp002_calls_to_action(lint, line):
    assert codes_and_lines(lint({"a.txt": STORY + line + "\n"}, select=["BP002"])) == [("BP002", 3)]


def test_bp002_leaves_quoted_and_reported_sign_ups(lint):
    text = STORY + "More than 2,000 people signed up for the race in its first week, the organisers said.\n"
    assert lint({"a.txt": text}, select=["BP002"]) == []


@pytest.mark.parametrize("line", [
    "Watch: Waves batter the harbour wall", "Read more: Island ferry fares to rise", "Related Topics",
    "Listen to this article", "More on this story", "Up next", "Read the full story here",
    "Media playback is unsupported on your device",
])
def test_bp009_teasers(lint, line):
    assert codes_and_lines(lint({"a.txt": STORY + line + "\n"}, select=["BP009"])) == [("BP009", 3)]


@pytest.mark.parametrize("line", [
    "© 2024 Example Media Group. All rights reserved.", "Copyright 2023 The Island Times",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "We use cookies to improve your experience on our site.", "Privacy Policy | Terms of Use | Cookies",
    "Last updated: March 19, 2025", "Updated 3 hours ago", "Back to top",
    "Published: 12 June 2024, 10:15 BST", "Page 2 of 5", "Examplepedia uses cookies to improve your experience.",
    "Tags: ferries, islands, fares", "You cannot reply to topics in this forum",
])
def test_bp010_site_notices(lint, line):
    assert codes_and_lines(lint({"a.txt": STORY + line + "\n"}, select=["BP010"])) == [("BP010", 3)]


def test_bp010_leaves_prose_that_mentions_updates(lint):
    text = STORY + "Published figures show the island's population grew last year.\n"
    assert lint({"a.txt": text}, select=["BP010"]) == []


def test_extra_patterns_extend_the_lexicon(lint):
    text = STORY + "Brought to you by the Island Tourist Board\nSPONSOR SLOT 7\n"
    assert codes_and_lines(lint({"a.txt": text}, select=["BP001"])) == [("BP001", 3)]
    config = {"rules": {"BP001": {"extra-patterns": [r"sponsor slot \d+"]}}}
    assert codes_and_lines(lint({"a.txt": text}, select=["BP001"], config=config)) == [("BP001", 3), ("BP001", 4)]


def test_max_chars_bounds_the_lines_a_lexicon_reads(lint):
    line = "Click here " + "to see the island's ferry timetable for the whole summer season " * 3
    assert lint({"a.txt": STORY + line + "\n"}, select=["BP002"], config={"rules": {"BP002": {"max-chars": 60}}}) == []
    assert [f.code for f in lint({"a.txt": STORY + line + "\n"}, select=["BP002"])] == ["BP002"]

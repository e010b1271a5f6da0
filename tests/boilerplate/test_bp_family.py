"""The BP family on a whole scraped article: every scraped line is flagged, no article line is."""
from __future__ import annotations

from bp_corpus import ARTICLE, SCRAPED, SCRAPED_ARTICLE, SCRAPED_BOILERPLATE


def test_scraped_article_every_boilerplate_line_and_no_article_line(lint):
    found = lint({"scraped.txt": SCRAPED}, select=["BP"])
    lines = {f.line for f in found}
    assert SCRAPED_BOILERPLATE <= lines
    assert not lines & SCRAPED_ARTICLE


def test_clean_article_has_no_finding(lint):
    """Headline, byline, dateline, section heading, list items and a short quoted reply all stay."""
    assert lint({"article.txt": ARTICLE}, select=["BP"]) == []


def test_each_finding_is_a_warning_with_a_fix(lint):
    found = lint({"scraped.txt": SCRAPED}, select=["BP"])
    assert found and all(f.severity.value == "warning" and f.fix is not None for f in found)

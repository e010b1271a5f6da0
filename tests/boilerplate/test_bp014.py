"""BP014 low-quality-line: the learned line scorer, its features and its guards."""
from __future__ import annotations

import math

from corpuslint_boilerplate import quality

PROSE = ("The harbour board said on Thursday that the old crane would be taken down in the spring, "
         "because repairs to its base would cost more than a new one.")
PROSE2 = ("Fishermen who use the quay every morning said they were sorry to see it go, but agreed "
          "that the rusting arm had become a danger to the boats moored beneath it.")
PAGE = """Share | Tweet | Email | Print
Home | News | Sport | Weather | Contact
Log in | Register | Help
{p1}
{p2}
Reply | Quote | Report
Page 1 of 3 | Next | Last
Terms | Privacy | Cookies | Sitemap
"""
FURNITURE = {1, 2, 3, 6, 7, 8}
LOWER = {"rules": {"BP014": {"threshold": 0.8}}}


def lines(lint, text, **kw):
    return [f.line for f in lint({"a.txt": text}, select=["BP014"], **kw)]


def features(text: str) -> dict[str, float]:
    words = [w.lower() for w in text.replace("|", " ").replace(":", " ").split()]
    own = quality.own_features(text, len(words), sum(w in {"the", "of", "and", "to", "a"} for w in words))
    return dict(zip(quality.OWN, own))


def test_bp014_flags_link_rows_around_prose_and_keeps_the_prose(lint):
    text = PAGE.format(p1=PROSE, p2=PROSE2)
    found = set(lines(lint, text))
    assert found and found <= FURNITURE  # the default threshold is strict: only furniture, some of it
    assert set(lines(lint, text, config=LOWER)) == FURNITURE


def test_bp014_leaves_a_plain_article_alone(lint):
    text = f"Old crane to come down\n\n{PROSE}\n\n{PROSE2}\n\nRepairs would cost too much\n\n{PROSE}\n"
    assert lines(lint, text) == []


def test_bp014_never_flags_a_whole_sentence_of_prose(lint):
    # With no threshold at all every line is flagged but the sentence, left to the other rules.
    text = "Home | News | Sport\nShare | Tweet | Email\nThe crane will be taken down in the spring.\nReply | Quote\n"
    assert lines(lint, text, config={"rules": {"BP014": {"threshold": 0.0}}}) == [1, 2, 4]


def test_bp014_threshold_option(lint):
    text = PAGE.format(p1=PROSE, p2=PROSE2)
    assert lines(lint, text, config={"rules": {"BP014": {"threshold": 1.0}}}) == []
    assert len(lines(lint, text, config={"rules": {"BP014": {"threshold": 0.5}}})) >= len(lines(lint, text))


def test_bp014_fix_deletes_the_flagged_lines(lint):
    text = PAGE.format(p1=PROSE, p2=PROSE2)
    fixed = lint.fix({"a.txt": text}, select=["BP014"], config=LOWER)["a.txt"].decode()
    assert fixed == f"{PROSE}\n{PROSE2}\n"
    assert lines(lint, fixed, config=LOWER) == []


def test_weights_match_the_features():
    assert quality.NAMES == quality.OWN + quality.CONTEXT + quality.STRUCTURE
    assert len(quality.FIRST[1]) == len(quality.FIRST[2]) == len(quality.FIRST[3]) == len(quality.OWN)
    assert len(quality.SECOND[1]) == len(quality.SECOND[2]) == len(quality.SECOND[3]) == len(quality.NAMES)
    assert len(set(quality.NAMES)) == len(quality.NAMES)


def test_own_features_count_shapes_of_ascii_and_other_text():
    f = features("Joined: 12 Feb 2009")
    assert f["label_value"] == 1.0 and f["short"] == 0.0 and f["ends_sentence"] == 0.0
    assert f["digit_ratio"] == 6 / 16 and f["title_ratio"] == 2 / 4
    g = features("Élan Vital über alles")
    assert g["title_ratio"] == 2 / 4 and g["non_ascii"] > 0 and g["upper_ratio"] == 2 / 18
    h = features("- Home | News")
    assert h["lead_mark"] == 1.0 and h["has_bar"] == 1.0
    assert features("Read the guide at https://example.org/guide today.")["has_link"] == 1.0


STOPS = {"the", "of", "and", "to", "a", "that", "would", "in", "on", "it", "be", "its", "for", "who", "they", "were", "but"}


def counts(texts):
    keys = [t.lower().replace("|", " ").replace(":", " ").replace(",", " ").replace(".", " ").split() for t in texts]
    return [len(k) for k in keys], [sum(w in STOPS for w in k) for k in keys]


def doc_features(texts):
    """{line index: {feature name: value}} for the lines BP014 scores."""
    todo, feats = quality.document_features(texts, *counts(texts))
    return {i: dict(zip(quality.NAMES, f)) for i, f in zip(todo, feats)}


def test_prose_lines_are_not_scored_and_context_features_see_neighbours():
    texts = ["- Item 1 of the list", "- Item 2 of the list", PROSE]
    rows = doc_features(texts)
    assert set(rows) == {0, 1}  # the sentence of prose is never scored
    assert rows[0]["same_start"] == rows[1]["same_start"] == 1.0
    assert rows[1]["next_ends"] == 1.0 and rows[0]["first_line"] == 1.0 and rows[1]["last_line"] == 0.0
    assert abs(rows[0]["doc_ends"] - 1 / 3) < 1e-9
    assert rows[1]["next_own"] == quality.PROSE_Z


def test_structure_features_place_lines_around_the_prose():
    texts = ["Home | News | Sport", "Log in | Register", PROSE, "Weather | Traffic", PROSE2,
             "Tags: harbour, crane", "Posted in Local | 3 comments", "Tags: quay, boats", "Posted in Local | 5 comments"]
    rows = doc_features(texts)
    assert set(rows) == {0, 1, 3, 5, 6, 7, 8}
    header, heading, footer = rows[0], rows[3], rows[8]
    assert header["before_prose"] == 1.0 and header["after_prose"] == 0.0 and header["run_edge"] == 1.0
    assert footer["after_prose"] == 1.0 and footer["before_prose"] == 0.0 and footer["run_edge"] == 1.0
    assert heading["before_prose"] == heading["after_prose"] == heading["run_edge"] == 0.0
    assert abs(header["run_len"] - math.log1p(2)) < 1e-9 and abs(footer["run_len"] - math.log1p(4)) < 1e-9
    assert abs(heading["dist_prev_prose"] - math.log1p(1)) < 1e-9 and abs(heading["dist_next_prose"] - math.log1p(1)) < 1e-9
    assert abs(header["prose_share"] - 2 / 9) < 1e-9 and header["position"] == 0.0 and footer["position"] == 1.0
    # A template repeated down the page: "Posted in ...", "Tags: ...", "... comments".
    assert abs(footer["same_two"] - math.log1p(1)) < 1e-9 and abs(footer["same_last"] - math.log1p(1)) < 1e-9
    assert abs(rows[5]["same_first"] - math.log1p(1)) < 1e-9 and heading["same_first"] == 0.0


def test_headline_and_headings_above_prose_are_not_scored():
    texts = ["Harbour town votes to rebuild its pier", "0", "12 comments", PROSE, "Repairs would cost too much",
             PROSE2, "Related: | Ferry fares | Storm damage", PROSE, "Most read:", PROSE2,
             "Share | Tweet | Email | Print | Save for later | Report this page"]
    prose = quality.prose_lines(texts, *counts(texts))
    assert [i for i, p in enumerate(prose) if not p] == [1, 2, 6, 8, 10]


def test_scores_rise_with_page_furniture():
    menu = ["Home | News | Sport | Weather | Contact | Login", "Share | Tweet | Email", "Log in | Register | Help",
            "Terms | Privacy | Cookies | Sitemap"]
    article = ["Old crane to come down", PROSE, PROSE2]
    p = quality.probabilities(menu + article, *counts(menu + article))
    assert min(p[:4]) > 0.9 > p[4]
    assert p[5] == p[6] == 0.0  # prose is never scored


def test_an_article_page_is_not_scored():
    # Four fifths of the characters in sentences: an article, left to the other rules.
    article = ["Home | News", "Old crane to come down", PROSE, PROSE2, PROSE]
    assert quality.prose_page(article)
    assert quality.scores(article, *counts(article)) == ([], [])
    assert not quality.prose_page(["Home | News | Sport | Weather | Contact | Login"] * 3 + [PROSE])


def test_bp014_is_on_by_default(lint):
    text = PAGE.format(p1=PROSE, p2=PROSE2)
    assert [f for f in lint({"a.txt": text}) if f.code == "BP014"]


def test_bp014_leaves_a_glued_label_to_bp004(lint):
    # BP004's unsafe fix deletes "Local" and keeps the date; BP014 must not delete the line.
    text = f"Home | News | Sport\nLocalJune 3, 2025\n{PROSE}\n{PROSE2}\nShare | Tweet | Email\n"
    assert 2 not in lines(lint, text, config={"rules": {"BP014": {"threshold": 0.0}}})


WRAPPED = """Home | News | Sport | Weather | Travel | Contact us
Log in | Register | Subscribe

The harbour board said on Thursday that the old crane
would be taken down in the spring, because repairs to its
base would cost more than a new one, and that the quay
below it would stay closed until the work was finished.

What happens next

The board will ask for bids in March. A new crane, smaller
and electric, could be in place by the end of the summer,
if the council agrees to pay its share of the cost.

Share | Tweet | Email | Print
Terms | Privacy | Cookies | Sitemap
"""


def test_bp014_leaves_hard_wrapped_paragraphs_and_their_heading_alone(lint):
    # Lines of a paragraph wrapped mid-sentence do not end sentences, yet are running text.
    found = set(lines(lint, WRAPPED, config={"rules": {"BP014": {"threshold": 0.5}}}))
    assert found and found <= {1, 2, 15, 16}

"""BP014 low-quality-line: the learned line scorer, its features and its guards."""
from __future__ import annotations

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
LOWER = {"rules": {"BP014": {"threshold": 0.9}}}


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


def test_context_features_see_neighbours_and_runs_of_list_items():
    texts = ["- Item 1 of the list", "- Item 2 of the list", PROSE]
    own = [quality.own_features(t, len(t.split()), 2) for t in texts]
    feats = quality.document_features(own, [quality.first_word(t) for t in texts], [0.0] * 3)
    row = [dict(zip(quality.NAMES, f)) for f in feats]
    assert row[0]["same_start"] == row[1]["same_start"] == 1.0 and row[2]["same_start"] == 0.0
    assert row[1]["next_ends"] == 1.0 and row[0]["first_line"] == 1.0 and row[2]["last_line"] == 1.0
    assert abs(row[0]["doc_ends"] - 1 / 3) < 1e-9


def test_probabilities_rise_with_page_furniture():
    def score(text):
        words = text.lower().split()
        own = [quality.own_features(text, len(words), sum(w in {"the", "of", "that", "would", "in"} for w in words))]
        return quality.probabilities(own, [quality.first_word(text)])[0]

    assert score("Home | News | Sport | Weather | Contact | Login") > score(PROSE)


def test_bp014_is_off_unless_selected(lint):
    text = PAGE.format(p1=PROSE, p2=PROSE2)
    assert not [f for f in lint({"a.txt": text}, config=LOWER) if f.code == "BP014"]
    assert lines(lint, text, config=LOWER)

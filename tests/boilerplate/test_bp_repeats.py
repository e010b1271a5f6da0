"""BP006 repeated lines, BP007 truncated teasers, BP011 low-content lines."""
from __future__ import annotations

P1 = "The ferry company said on Monday that fares would rise by a tenth from April, citing the cost of fuel."
P2 = "Islanders said the rise would hit families who cross to the mainland for school and work every day."


def lines(lint, text, code, **kw):
    return [f.line for f in lint({"a.txt": text}, select=[code], **kw)]


def test_bp006_flags_the_later_copy_and_points_at_the_first(lint):
    text = f"You have no saved trips yet.\n{P1}\nYou have no saved trips yet.\n{P2}\n"
    f, = lint({"a.txt": text}, select=["BP006"])
    assert f.line == 3 and "line 1" in f.message
    assert f.related and f.related[0].line == 1


def test_bp006_near_copy_with_an_agency_glued_on(lint):
    cap = "The old pier seen from the beach on Monday, June 2, 2025. (Coast Wire Photo/Sam Lee)"
    assert lines(lint, f"{cap}\n{cap}COAST WIRE\n{P1}\n", "BP006") == [2]


def test_bp006_leaves_short_lines_labels_prose_and_copied_blocks(lint):
    text = (f"Ferry times\n{P1}\nFerry times\n"                 # 3: under min-chars
            f"Tools required:\n{P2}\nTools required:\n"         # 6: a field label
            f"{P1}\n"                                            # 7: repeated prose (a quotation)
            f"First item of a list\nSecond item of a list\n{P2}\n"
            f"First item of a list\nSecond item of a list\n")   # 11-12: a block copied together
    assert lines(lint, text, "BP006") == []


def test_bp006_max_distance(lint):
    far = "\n".join(f"Fares rose in month {m} of the plan, the company said." for m in "abcdefghijkl")
    text = f"A lone repeated notice\n{far}\nA lone repeated notice\n"
    assert lines(lint, text, "BP006") == []
    assert lines(lint, text, "BP006", config={"rules": {"BP006": {"max-distance": 0}}}) == [14]


def test_bp007_teaser_cut_off_from_a_later_paragraph(lint):
    text = f"{P1[:60]}\n\n{P2}\n\n{P1}\n"
    f, = lint({"a.txt": text}, select=["BP007"])
    assert f.line == 1 and "line 5" in f.message


def test_bp007_teaser_with_an_ellipsis_or_more_link(lint):
    assert lines(lint, f"{P1[:50]}... Read more\n\n{P1}\n", "BP007") == [1]
    assert lines(lint, f"{P1[:50]}…\n\n{P1}\n", "BP007") == [1]


def test_bp007_a_cut_copy_with_an_ellipsis_just_below_its_full_line_is_a_snippet(lint):
    # A result list: each entry in full, then its cut copy.
    cut1, cut2 = " ".join(P1.split()[:10]), " ".join(P2.split()[:9])
    text = f"{P1}\n{cut1}...\n{P2}\n{cut2}…\n"
    found = lint({"a.txt": text}, select=["BP007"])
    assert [(f.line, f.related[0].line) for f in found] == [(2, 1), (4, 3)]
    assert found[0].message.startswith("snippet cut off from line 1")


def test_bp007_a_cut_copy_far_below_is_a_reply_quoting_the_post(lint):
    filler = "\n".join(f"Reply {n}: the timetable on the quay still shows the summer crossings." for n in range(8))
    assert lines(lint, f"{P1}\n{filler}\n{P1[:58]}...\n", "BP007") == []


def test_bp007_leaves_a_hard_wrapped_line_that_the_next_one_carries_on(lint):
    head, rest = P1[:60].rsplit(" ", 1)[0], P1[:60].rsplit(" ", 1)[1] + P1[60:]
    text = f"{head}\n{rest.lower()}\n\n{P2}\n\n{P1}\n"  # an old wrapped copy, then the new one
    assert lines(lint, text, "BP007") == []


def test_bp007_leaves_a_full_sentence_a_later_prefix_and_short_lines(lint):
    assert lines(lint, f"Fares rise.\n\n{P1}\n\n{P1[:60]}\n", "BP007") == []
    assert lines(lint, f"The ferry company said\n\n{P1}\n", "BP007") == []  # four words only


MENU = "Skin Care\nMakeup\nFragrance\nGifts & Sets\nBest Sellers\nNew In\n"


FOOTER = "Island Media 2025 all rights reserved"


def test_bp011_menu_block_next_to_page_furniture(lint):
    text = f"{P1}\n\n{MENU}\n{FOOTER}\n"
    assert lines(lint, text, "BP011") == [3, 4, 5, 6, 7, 8, 10]


def test_bp011_short_lines_between_good_text_stay(lint):
    """Without links to count (plain text), a short run between two paragraphs is read as part of them."""
    assert lines(lint, f"{P1}\n\n{MENU}\n{P2}\n", "BP011") == []


def test_bp011_keeps_headline_byline_heading_list_and_sentences(lint):
    text = (f"Island fares to rise\n\nBy Jane Doe\n\n{P1}\n\nWhat changes\n\n{P2}\n\n"
            f"The new fares:\n\n- adults: 4.20\n- children: 2.10\n\n{P1}\n\n\"No,\" she said.\n")
    assert lines(lint, text, "BP011") == []


def test_bp011_skips_documents_in_another_language(lint):
    german = ("Die Fähre fährt jeden Morgen um acht Uhr von der Insel zum Festland und kommt "
              "gegen neun Uhr im Hafen an, sagte die Gesellschaft am Montag.\n")
    assert lines(lint, german * 3 + MENU + FOOTER + "\n", "BP011") == []
    assert lines(lint, f"{P1}\n{P2}\n{P1}\n" + MENU + FOOTER + "\n", "BP011") == [4, 5, 6, 7, 8, 9, 10]


WRAPPED_STORY = """The ferry company said on Monday that the winter timetable
would start a week early this year, because the older of its
two boats has to go to the yard for repairs to its engine.

Passengers with tickets for the cancelled crossings can use
them on any other boat until the end of the month, it said.
"""


def test_bp011_hard_wrapped_paragraphs_are_judged_whole(lint):
    """Line by line, a wrapped paragraph is short lines with no sentence ending; whole, it is prose."""
    text = f"{MENU}\n{FOOTER}\n\n{WRAPPED_STORY}\n{MENU}\n{FOOTER}\n"
    story = {10, 11, 12, 14, 15}
    assert not story & set(lines(lint, text, "BP011"))
    # The menus are still what they are beside a long paragraph of prose.
    assert lines(lint, f"{P1}\n\n{WRAPPED_STORY}\n{MENU}\n{FOOTER}\n", "BP011") == [10, 11, 12, 13, 14, 15, 17]


def test_bp011_a_run_of_short_lower_case_items_is_not_a_wrapped_paragraph(lint):
    items = "fresh fish\nsmoked fish\nshellfish\ngift boxes\nopening hours\n"
    assert lines(lint, f"{P1}\n\n{items}\n{FOOTER}\n", "BP011") == [3, 4, 5, 6, 7, 9]


"""BP003 counters, BP004 navigation labels, BP005 captions, BP012 layout debris."""
from __future__ import annotations

import pytest

TITLE = "Island ferry fares to rise in spring\n\n"
STORY = "The ferry company said on Monday that fares would rise by a tenth from April, citing the cost of fuel.\n"


def found(lint, text, code, **kw):
    return [(f.code, f.line) for f in lint({"a.txt": text}, select=[code], **kw)]


@pytest.mark.parametrize("line", ["0", "27", "Comments (14)", "1.2k shares", "12 comments · 3 likes", "No comments",
                                  "Likes: 40", "3,412 views"])
def test_bp003_counters_under_a_title(lint, line):
    assert found(lint, TITLE + line + "\n\n" + STORY, "BP003") == [("BP003", 3)]


def test_bp003_bare_number_far_down_is_the_article_s(lint):
    text = TITLE + STORY + "\n" + STORY + "\n" + STORY + "\nAttendance:\n\n" + STORY + "\n41,200\n"
    assert found(lint, text, "BP003") == []


def test_bp003_bare_number_next_to_a_share_or_comment_prompt(lint):
    text = TITLE + STORY + "\n" + STORY + "\n" + STORY + "\nShare this report\n148\n\n" + STORY
    assert found(lint, text, "BP003") == [("BP003", 10)]
    text = TITLE + STORY + "\n" + STORY + "\n" + STORY + "\n27\nJoin the conversation: sign in to comment\n"
    assert found(lint, text, "BP003") == [("BP003", 9)]


def test_bp003_leaves_sentences_with_numbers(lint):
    assert found(lint, TITLE + "14 comments were left under the council's post by noon.\n", "BP003") == []


@pytest.mark.parametrize("line", ["Home > News > World", "News | Sport | Weather", "Home / Business / Markets",
                                  "World » Asia-Pacific", "News > Local > Harbour Road closure"])
def test_bp004_breadcrumbs(lint, line):
    assert found(lint, TITLE + STORY + "\n" + line + "\n", "BP004") == [("BP004", 5)]


def test_bp004_lone_label_at_the_top_or_among_labels_but_not_a_heading_inside_the_article(lint):
    text = "World\n\n" + STORY + "\nPolitics\n\n" + STORY + "\nSport\nWeather\n"
    assert found(lint, text, "BP004") == [("BP004", 1), ("BP004", 9), ("BP004", 10)]


def test_bp004_glued_label_is_reported_at_the_label_with_an_unsafe_fix(lint):
    f, = lint({"a.txt": "WorldMarch 19, 2025\n\n" + STORY}, select=["BP004"])
    assert (f.line, f.column, f.end_column) == (1, 1, 6)
    assert f.fix is not None and not f.fix.safe
    assert "'World'" in f.message and "March 19, 2025" in f.message


def test_bp004_glued_breadcrumb_and_shouting_label(lint):
    text = "HomeNewsWorldPolitics\n\nGet the headlines FREESign up today!\n\n" + STORY
    out = lint({"a.txt": text}, select=["BP004"])
    assert [(f.line, f.fix.safe) for f in out] == [(1, True), (3, False)]
    assert out[1].start == text.index("FREE")


def test_bp004_a_lone_label_may_carry_news_section_or_desk(lint):
    assert found(lint, "Local News\n\n" + TITLE + STORY, "BP004") == [("BP004", 1)]
    assert found(lint, TITLE + STORY + "\nMetro Section\n", "BP004") == [("BP004", 5)]


@pytest.mark.parametrize("line, label", [("BusinessReuters", "Business"), ("LIVEUpdated 10:32 GMT", "LIVE")])
def test_bp004_label_glued_to_an_agency_or_a_stamp(lint, line, label):
    f, = lint({"a.txt": TITLE + line + "\n\n" + STORY}, select=["BP004"])
    assert f.line == 3 and f"label {label!r}" in f.message and not f.fix.safe


@pytest.mark.parametrize("line", ["CelebsTVRoyalsShowbizFashionBeauty", "ShopOur StoryWholesaleJournalFind Us",
                                  "Harbour Radio | News | Sport | Weather", "Football / Harland League / Match Reports",
                                  # two glue points are enough when a piece is a section label
                                  "Travel & OutdoorsWalksNews", "SportHarland LeagueFixtures"])
def test_bp004_glued_menus_menu_bars_and_slashed_crumbs_whatever_their_words(lint, line):
    assert found(lint, TITLE + line + "\n\n" + STORY, "BP004") == [("BP004", 3)]


@pytest.mark.parametrize("line", ["PlayStation", "MacArthur Foundation", "JavaScript TypeScript", "DeShawn McKinsey",
                                  "Fish / Chips / Peas", "PlayStation YouTube app launched"])
def test_bp004_leaves_names_with_inner_capitals_and_slashes_between_words(lint, line):
    assert found(lint, TITLE + line + "\n\n" + STORY, "BP004") == []


def test_bp004_a_label_glued_to_a_name_on_a_short_line(lint):
    f, = lint({"a.txt": "NewsEastmoor\n\n" + TITLE + STORY}, select=["BP004"])
    assert (f.line, f.column, f.end_column) == (1, 1, 5) and not f.fix.safe


def test_bp004_section_label_glued_to_the_byline_goes_and_the_byline_stays(lint):
    text = TITLE + "SportBy Maria Lopez\n\n" + STORY
    f, = lint({"a.txt": text}, select=["BP004"])
    assert (f.line, text[f.start:f.end]) == (3, "Sport")
    assert lint.fix({"a.txt": text}, unsafe=True, select=["BP004"])["a.txt"].decode().startswith(TITLE + "By Maria Lopez\n")


def test_bp004_all_caps_menu_button_glued_to_labels(lint):
    assert found(lint, TITLE + "MENUSearchSubscribe\n\n" + STORY, "BP004") == [("BP004", 3)]


@pytest.mark.parametrize("line", ["Main menu", "Footer navigation", "You are here: Home > Travel > Islands",
                                  "You are here: Home / Travel", "Breadcrumb: Travel", "Accessibility statement",
                                  "Toggle menu"])
def test_bp004_navigation_furniture_in_mid_document(lint, line):
    text = TITLE + STORY + "\n" + line + "\n\n" + STORY
    assert found(lint, text, "BP004") == [("BP004", 5)]


@pytest.mark.parametrize("line", ["You are here to learn, the captain told the new crew.",
                                  "The main menu of the harbour cafe changes with the catch.",
                                  "By Maria Lopez", "Bylines", "UK By-election"])
def test_bp004_leaves_sentences_that_start_like_furniture(lint, line):
    assert found(lint, TITLE + STORY + "\n" + line + "\n\n" + STORY, "BP004") == []


@pytest.mark.parametrize("word", ["TimeWarner", "BusinessWeek", "Newsweek", "iPhone", "McDonald", "WorldCom"])
def test_bp004_leaves_camel_case_names(lint, word):
    assert found(lint, TITLE + f"Shares in {word} rose on Monday after the results.\n", "BP004") == []


@pytest.mark.parametrize("line", [
    "A firefighter sprays water on a house in Ashford, Friday, June 6, 2025. (AP Photo/Jane Doe)",
    "A firefighter sprays water on a house in Ashford. (Jane Doe/Reuters)ASSOCIATED PRESS",
    "Image caption The new pier will be wider than the old one",
    "Photo: Sam Lee/Coast Wire",
    "Jane Doe/Getty Images",
    "AFP via Getty Images",
    "In this photo provided by the coastguard, a lifeboat nears the pier on Sunday.",
    "The new pier seen from the beach on Sunday. Photograph: Sam Lee/Coast Wire",
    "File photo",
    "Supplied",
    # credits glued on by a lost line break, after a sentence or a word
    "Kiki and Dex were seen leaving the club hand in hand on Saturday night.SnapStar Agency",
    "The firm's headquarters in Ferrisburg.Nadia Okonkwo/Crestline",
    "Floodwater reached the ground floor of homes on Ferry Row in 2023IMAGE SOURCE, HARBOUR TRUST",
    "Our stall on a busy autumn Saturday, with the rye loaves front and centrePhoto by Jonah Pell",
])
def test_bp005_captions_and_credits(lint, line):
    assert found(lint, TITLE + line + "\n\n" + STORY, "BP005") == [("BP005", 3)]


def test_bp005_caption_with_its_credit_glued_on_and_its_first_copy_above(lint):
    caption = "Mara Ostrand wheels away after her equaliser at Kettle Park"
    text = TITLE + STORY + f"\n{caption}\n{caption}Photo: Gideon Rask / Fieldside Images\n\n" + STORY
    found_ = lint({"a.txt": text}, select=["BP005"])
    assert [(f.line, f.message.split(" '")[0]) for f in found_] == [
        (5, "photo caption (first copy)"), (6, "photo caption with its credit glued on")]


@pytest.mark.parametrize("line", ["The U.S. Army said the convoy left at dawn.", "She moved to the U.K. in 2019 with her family.",
                                  "Visit harbourtrust.org.uk/Photos for the gallery.", "He bought an iPhone at the shop."])
def test_bp005_leaves_sentences_with_full_stops_inside(lint, line):
    assert found(lint, TITLE + line + "\n\n" + STORY, "BP005") == []


@pytest.mark.parametrize("line", ["PORT ELLIS (AP) —", "PORT ELLIS, June 12 (Reuters) -", "(CNN) --",
                                  "PORT ELLIS, Aug. 17 (UPI) -- The pier reopened on Monday."])
def test_bp005_leaves_datelines_which_end_in_an_agency_too(lint, line):
    assert found(lint, TITLE + line + "\n\n" + STORY, "BP005") == []


def test_bp005_leaves_parentheses_of_the_story(lint):
    text = TITLE + "The Environmental Protection Agency (EPA) said the harbour water was clean (for now).\n"
    assert found(lint, text, "BP005") == []


@pytest.mark.parametrize("line", ["||", "| |", "_________________", "=====", "|−|"])
def test_bp012_wordless_lines(lint, line):
    assert found(lint, TITLE + STORY + line + "\n", "BP012") == [("BP012", 4)]


def test_bp012_table_rows_and_its_option(lint):
    text = TITLE + STORY + "|Route||Fare||Change|\n|Island||4.20||+10%|\n"
    assert found(lint, text, "BP012") == [("BP012", 4), ("BP012", 5)]
    assert found(lint, text, "BP012", config={"rules": {"BP012": {"table-rows": False}}}) == []


def test_bp012_keeps_scene_breaks_and_markdown_rules(lint):
    assert found(lint, TITLE + STORY + "* * *\n" + STORY, "BP012") == []
    out = lint({"a.md": "# Fares\n\n" + STORY + "\n---\n\n" + STORY}, select=["BP012"])
    assert out == []


@pytest.mark.parametrize("line", ['<br style="clear:both;"/>', "[[Category:Ferries]]", "{{stub}}",
                                  "[[Image:Pier.png|250px|right]]", "</div>"])
def test_bp012_markup_left_in_the_text(lint, line):
    assert found(lint, TITLE + STORY + line + "\n", "BP012") == [("BP012", 4)]


def test_bp012_keeps_lines_with_words_around_markup(lint):
    assert found(lint, TITLE + "The <b>new</b> timetable starts in May.\n", "BP012") == []


def test_bp013_price_listing(lint):
    grid = "Canvas Tote, Large EUR 70.98\nCamp Mug EUR 17.92\n\n€3.49\nTravel Bottle $31.40 - $40.38\n"
    assert found(lint, TITLE + STORY + "\n" + grid, "BP013") == [("BP013", n) for n in (5, 6, 8, 9)]


def test_bp013_leaves_single_prices_and_prices_in_sentences(lint):
    text = (TITLE + "Adult tickets: £15\n\n" + STORY + "\nThe tote costs EUR 70.98.\n"
            "- Raised the tax threshold to 100,000 rupees ($2,300)\n- Cut fuel duty by 2p ($0.04)\n")
    assert found(lint, text, "BP013") == []


def test_bp013_leaves_a_list_the_article_introduces_with_a_colon(lint):
    amounts = "Payments approved:\nHall hire, March £45.00\nGrass cutting £280.00\nNew noticeboard £120\n"
    assert found(lint, TITLE + STORY + amounts, "BP013") == []
    # The same lines with no introduction are a listing.
    assert found(lint, TITLE + STORY + amounts.split("\n", 1)[1], "BP013") == [("BP013", n) for n in (4, 5, 6)]


def test_bp013_leaves_a_tariff_of_labels_and_prices(lint):
    tariff = "Pitch for two: £24\nExtra adult: £6\nDog: £2\n"
    assert found(lint, TITLE + STORY + tariff, "BP013") == []


def test_bp013_leaves_products_the_article_names_again_below(lint):
    picks = "Marlow Kettle, £45\nBrisk Kettle, £60\nTern Kettle Mini, £38\n"
    review = "Marlow Kettle\n" + STORY + "Brisk Kettle\n" + STORY + "Tern Kettle Mini\n" + STORY
    assert found(lint, TITLE + STORY + picks + review, "BP013") == []
    assert found(lint, TITLE + STORY + picks + STORY, "BP013") == [("BP013", n) for n in (4, 5, 6)]


def test_bp013_leaves_a_menu_that_sets_its_prices_after_a_dash(lint):
    menu = "Crab on toast — £9.50\nSoup of the day – £6.75\nSmoked mackerel, oatcakes - £8.25\n"
    assert found(lint, TITLE + STORY + menu, "BP013") == []


def test_bp004_a_table_row_split_by_tabs_is_not_a_menu(lint):
    table = "Route\tOperator\tFare\nHarbour\tCoast Ferries\t£4\nIsland\tBlue Line\t£6\n"
    assert found(lint, TITLE + STORY + table, "BP004") == []
    assert found(lint, TITLE + STORY + "Home\tFerries\tTimetables\tContact\n", "BP004") == [("BP004", 4)]


def test_bp003_prices_are_not_reactions(lint):
    assert found(lint, TITLE + STORY + "\n€38.11\n\n" + STORY, "BP003") == []


def test_bp013_place_and_distance_listing(lint):
    text = TITLE + STORY + "\nHarbour Inn | 0.4 km\nQuay Hostel | 1.2 km\nCliff House - 2 miles from centre\n"
    assert found(lint, text, "BP013") == [("BP013", 5), ("BP013", 6), ("BP013", 7)]


def test_bp013_leaves_a_single_distance_and_distances_in_sentences(lint):
    text = TITLE + "Lighthouse | 3 km\n\nThe walk to the lighthouse is 3 km.\n\nThe ferry sails 12 miles to the island.\n"
    assert found(lint, text, "BP013") == []


@pytest.mark.parametrize("line", ["A B C D E F G H", "A | B | C | D | E", "0-9 A B C D E", "# a b c d"])
def test_bp012_a_site_index_of_letters(lint, line):
    assert found(lint, TITLE + STORY + "\n" + line + "\n", "BP012") == [("BP012", 5)]


@pytest.mark.parametrize("line", ["I a m", "A B C", "Plan B is a good plan", "A to Z of ferries"])
def test_bp012_leaves_letters_that_are_words(lint, line):
    assert found(lint, TITLE + STORY + "\n" + line + "\n", "BP012") == []


@pytest.mark.parametrize("line", [">> 5 walks to try this spring", "» Harbour Inn rooms", "« Back to the list"])
def test_bp004_short_link_line_led_by_an_arrow(lint, line):
    assert found(lint, TITLE + STORY + "\n" + line + "\n\n" + STORY, "BP004") == [("BP004", 5)]


@pytest.mark.parametrize("line", ["« Nous arrivons », a dit le capitaine", "»Wir kommen«, sagte er",
                                  "> The crew reached the yacht at dawn and towed it to the harbour."])
def test_bp004_leaves_quotations_between_guillemets_and_sentences(lint, line):
    assert found(lint, TITLE + STORY + "\n" + line + "\n\n" + STORY, "BP004") == []


@pytest.mark.parametrize("box", [
    "About the author\nMara Quist has covered the islands' ferries since 2019. She lives in Kettleness.\n",
    "Meet the writer:\nMara Quist is our transport correspondent.\nShe was born on the island.\n",
    "About Mara\nMara writes about ferries, harbours and the people who run them.\n",
])
def test_bp002_an_author_box_below_the_article(lint, box):
    text = TITLE + STORY + box
    assert found(lint, text, "BP002") == [("BP002", n) for n in range(4, text.count("\n") + 1)]


@pytest.mark.parametrize("lines", [
    "About Town\nTown councils meet on Thursdays in the old hall.\n",  # a column's title, not an author's
    "About the author\nThe book's author, a former ferry captain, spent ten years on it.\n",  # article prose
])
def test_bp002_leaves_what_is_no_author_box(lint, lines):
    flagged = [n for _, n in found(lint, TITLE + STORY + lines, "BP002")]
    assert 5 not in flagged

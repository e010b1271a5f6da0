"""Furniture that only its shape on the page gives away: menus set one entry a line, tables of
contents, archive lists, labels glued to a date, captions shown twice, author biographies, rows
of links, form fields (BP002, BP004, BP005, BP011)."""
from __future__ import annotations

import pytest

STORY = ("The harbour board said on Monday that the new pontoon would open in May, a year later than "
         "planned, after the contractor found old timber piles under the silt.")
MORE = "Boat owners who booked berths for the spring will be offered a refund or a place on the old quay."


def flagged(lint, text, codes=("BP",)):
    return sorted({n for f in lint({"a.txt": text}, select=list(codes)) for n in range(f.line, f.end_line + 1)})


# --- BP004: a menu set one entry a line -------------------------------------------------------

def test_a_menu_one_entry_a_line_above_the_text_goes(lint):
    text = "\n".join(["Home", "Moorings", "Boat Repairs", "Chandlery", "Contact", "", "Pontoon delayed to May", STORY, MORE])
    assert flagged(lint, text, ["BP004"]) == [1, 2, 3, 4, 5]


def test_a_menu_one_entry_a_line_below_the_text_goes(lint):
    text = "\n".join(["Pontoon delayed to May", STORY, MORE, "", "Moorings", "Winter Storage", "About", "Contact"])
    assert flagged(lint, text, ["BP004"]) == [5, 6, 7, 8]


def test_a_list_of_short_lines_inside_the_article_stays(lint):
    # No known label among them, or introduced by a colon: the article's own list.
    text = "\n".join(["Pontoon delayed to May", STORY, "The board named three options:", "Floating Berths",
                      "Home Moorings", "Dry Stack", MORE])
    assert flagged(lint, text, ["BP004"]) == []
    text = "\n".join(["Pontoon delayed to May", STORY, "Floating Berths", "Dry Stack", "Swing Moorings", MORE])
    assert flagged(lint, text, ["BP004"]) == []


# --- BP004: a table of contents ------------------------------------------------------------

def test_a_table_of_contents_goes_and_the_headings_below_stay(lint):
    text = "\n".join(["On this page", "Why the delay", "What it costs", "Who pays", "", "Pontoon delayed to May",
                      "Why the delay", STORY, "What it costs", MORE, "Who pays", STORY])
    assert flagged(lint, text, ["BP004"]) == [1, 2, 3, 4]


def test_a_guide_restating_its_outline_keeps_it(lint):
    # The same headings, numbered the same in the list and below: the guide's own outline.
    text = "\n".join(["Pontoon guide", STORY, "Contents", "1. Why the delay", "2. What it costs", "3. Who pays",
                      "1. Why the delay", STORY, "2. What it costs", MORE, "3. Who pays", STORY])
    assert flagged(lint, text, ["BP004", "BP006"]) == []


def test_a_block_repeated_whole_is_not_a_table_of_contents(lint):
    # The same short lines again, together, further down: a repeated list, not headings.
    block = ["Amber Ridge", "Bell Hollow", "Cairn Top"]
    text = "\n".join(["Walks of the week", *block, STORY, "Last week's walks", *block, MORE])
    assert flagged(lint, text, ["BP004"]) == []


# --- BP004: an archive's months, labels glued to a date -------------------------------------

def test_an_archive_list_of_months_goes(lint):
    text = "\n".join(["Pontoon delayed to May", STORY, MORE, "Archive", "March 2025", "February 2025 (3)", "January 2025"])
    assert flagged(lint, text, ["BP004"]) == [4, 5, 6, 7]


def test_a_single_month_line_stays(lint):
    assert flagged(lint, "\n".join(["Pontoon delayed to May", "March 2025", STORY]), ["BP004"]) == []


@pytest.mark.parametrize("line,label", [("MooringsApril 2, 2026", "Moorings"), ("Boatyard NotesTuesday 3 June 2026", "Boatyard Notes"),
                                        ("CourtsSept. 14, 2026 at 9:12 AM", "Courts")])
def test_any_word_glued_to_a_date_is_a_label_with_an_unsafe_fix(lint, line, label):
    f, = lint({"a.txt": "\n".join(["Pontoon delayed to May", line, STORY])}, select=["BP004"])
    assert f.line == 2 and repr(label) in f.message and not f.fix.safe


def test_a_date_after_a_space_is_no_glued_label(lint):
    assert flagged(lint, "\n".join(["Pontoon delayed to May", "Moorings April 2, 2026", STORY]), ["BP004"]) == []


@pytest.mark.parametrize("line", ["Forum index ‹ Boats ‹ Engines and Outboards", "Harbour › Moorings › Winter Rates and Storage Terms"])
def test_crumbs_after_left_guillemets_and_of_five_words(lint, line):
    assert flagged(lint, "\n".join([STORY, line, MORE]), ["BP004"]) == [2]


def test_a_spaced_row_of_buttons_led_by_symbols(lint):
    assert flagged(lint, "\n".join([STORY, "♡ Add to my list   ↗ Share   ✉ Email", MORE]), ["BP004"]) == [2]


# --- BP005: a caption shown twice ------------------------------------------------------------

@pytest.mark.parametrize("credit", ["Kestrel Pix/Órla Ní Bhriain", "Marta Quill for Tideline", "Harbour Board handout"])
def test_a_caption_and_its_copy_with_any_credit_glued_on(lint, credit):
    caption = "Divers inspect the old piles under the silt at the east quay."
    text = "\n".join(["Pontoon delayed to May", caption, caption + credit, STORY])
    assert flagged(lint, text, ["BP005"]) == [2, 3]


def test_a_line_and_a_longer_sentence_starting_with_it_are_no_caption(lint):
    first = "The board met on Monday."
    text = "\n".join(["Pontoon delayed to May", first, first + " It said the pontoon would open in May.", STORY])
    assert flagged(lint, text, ["BP005"]) == []


# --- BP002: an author's biography, rows of links, form fields --------------------------------

def test_the_author_biography_at_the_end_by_the_byline_name(lint):
    text = "\n".join(["Pontoon delayed to May", "By Tamsin Lowe", STORY, MORE,
                      "Tamsin Lowe covers the coast and its harbours for the Gazette. Tips are welcome."])
    assert flagged(lint, text, ["BP002"]) == [5]


def test_a_name_card_and_the_biography_below_it(lint):
    text = "\n".join(["Pontoon delayed to May", STORY, MORE, "Idris Penhale · Reporter",
                      "Idris writes about boats, weather and the town council."])
    assert flagged(lint, text, ["BP002"]) == [4, 5]


def test_a_paragraph_about_someone_else_is_no_biography(lint):
    text = "\n".join(["Pontoon delayed to May", "By Tamsin Lowe", STORY, "Harbour master Ewan Rook said the piles were a surprise.",
                      "Ewan Rook has worked at the harbour for thirty years and remembers the old jetty."])
    assert flagged(lint, text, ["BP002"]) == []


@pytest.mark.parametrize("row", ["Reprints & Permissions | Corrections", "Tide tables · Contact us · Cookie settings",
                                 "Log in | List your boat"])
def test_a_row_of_links_holding_a_known_one_goes(lint, row):
    assert flagged(lint, "\n".join([STORY, MORE, row]), ["BP002", "BP010"]) == [3]


def test_a_row_of_words_between_bars_holding_no_known_link_stays(lint):
    assert flagged(lint, "\n".join([STORY, "Length: 9 m | Beam: 3 m | Draft: 1.2 m", MORE]), ["BP002", "BP010"]) == []


@pytest.mark.parametrize("field", ["Comment *", "Your name *", "Email address *"])
def test_form_fields_marked_required(lint, field):
    assert flagged(lint, "\n".join([STORY, MORE, "Leave a reply", field]), ["BP002"])[-1] == 4


def test_a_heading_with_a_footnote_star_is_no_form_field(lint):
    assert flagged(lint, "\n".join([STORY, "Harbour dues*", MORE]), ["BP002"]) == []


# --- BP011: the headline and its deck below furniture ---------------------------------------

def test_headline_and_deck_stay_above_rows_of_furniture(lint):
    text = "\n".join(["Menu   Search   Sign in", "", "Pontoon opening slips to May after divers find old piles",
                      "Contractor says timber under the silt must come out before work resumes",
                      "Tamsin Lowe · Harbour Gazette", "Posted 3 March 2026 | Updated 2 hours ago",
                      "Share   Email   Print", "", STORY, MORE])
    lines = flagged(lint, text)
    assert 3 not in lines and 4 not in lines


def test_the_site_name_and_motto_above_its_menu_go(lint):
    text = "\n".join(["Tidewater Chandlers", "Ropes, rigging and good advice since 1970s Falmouth", "Home", "Ropes",
                      "Rigging", "Contact", "", "Pontoon delayed to May", STORY, MORE])
    # The motto holds figures ("1970s"): only what has none of them is a motto.
    assert flagged(lint, text, ["BP004"]) == [3, 4, 5, 6]
    text = text.replace("since 1970s Falmouth", "from the old Falmouth quay")
    assert flagged(lint, text, ["BP004"]) == [1, 2, 3, 4, 5, 6]


def test_a_docs_site_menu_in_lower_case(lint):
    text = "\n".join(["index", "modules", "next", "previous", "", "Installing the package", STORY, MORE])
    assert flagged(lint, text, ["BP004"]) == [1, 2, 3, 4]


# --- BP013, BP010, BP017: tables, bylines, comments on one line ----------------------------

def test_a_table_of_rates_between_bars_is_the_article_s(lint):
    table = ["Provider | Rate | Minimum", "Tidewater Savings | 4.10% | $0", "Quayside Bank Saver | 3.95% | $500",
             "Harbour Mutual Plus | 3.80% | $1"]
    assert flagged(lint, "\n".join(["Best harbour savers", STORY, *table, MORE]), ["BP013"]) == []


def test_a_byline_with_a_reviewer_or_a_maker_near_the_top_stays(lint):
    for byline in ("By Tamsin Lowe | Reviewed by Idris Penhale, Harbour Editor", "Designed by Winifred Calloway"):
        assert flagged(lint, "\n".join(["Pontoon delayed to May", byline, STORY, MORE]), ["BP010"]) == []
    # At the foot of the page, "Designed by ..." credits the site's maker.
    assert flagged(lint, "\n".join(["Pontoon delayed to May", STORY, MORE, "Designed by Harbour Web Studio"]), ["BP010"]) == [4]


def test_a_comment_on_one_line_after_a_dash(lint):
    text = "\n".join(["Pontoon delayed to May", STORY, MORE, "Gwen from Penmarth — 3 hours ago — They said May last year too."])
    assert flagged(lint, text, ["BP017"]) == [4]


def test_a_sentence_with_a_dash_and_a_time_is_no_comment(lint):
    text = "\n".join(["Pontoon delayed to May", STORY, "The tide turned at 10:42 — two hours ago — and the divers came up.", MORE])
    assert flagged(lint, text, ["BP017"]) == []


def test_two_menus_stacked_are_not_a_table(lint):
    text = "\n".join(["Stays   Ferries   Car hire   Tours", "Help   Register   Sign in   Saved", "", "Pontoon delayed to May", STORY])
    assert flagged(lint, text, ["BP004"]) == [1, 2]


def test_a_table_with_figures_is_not_a_menu(lint):
    text = "\n".join(["Pontoon delayed to May", STORY, "Berth   Length   Fee", "Pontoon   9 m   £420", MORE])
    assert flagged(lint, text, ["BP004"]) == []


def test_a_wiki_contents_box_numbered_bare(lint):
    text = "\n".join(["Tidewater Quay", "Contents [hide]", "1 History", "2 Berths", "3 Trivia", "History", STORY,
                      "Berths", MORE, "Trivia", STORY])
    assert flagged(lint, text, ["BP004"]) == [2, 3, 4, 5]


def test_a_feedback_question_and_its_answers_on_their_own_lines(lint):
    text = "\n".join(["Pontoon delayed to May", STORY, MORE, "Was this page helpful?", "Yes", "No"])
    assert flagged(lint, text, ["BP002"]) == [4, 5, 6]


def test_a_blog_sidebar_about_me(lint):
    text = "\n".join(["Pontoon delayed to May", STORY, MORE, "About me",
                      "I'm Wren, a sailmaker who writes about the harbour on slow evenings."])
    assert flagged(lint, text, ["BP002"]) == [4, 5]


def test_a_list_the_text_introduces_with_a_colon_stays(lint):
    specs = ["Three berth sizes will be offered:", "Small: up to 8 m, £420 a year", "Medium: up to 12 m, £610 a year",
             "Large: up to 16 m, £880 a year"]
    assert flagged(lint, "\n".join(["Pontoon delayed to May", STORY, *specs, MORE]), ["BP011"]) == []


def test_a_review_s_stars_under_its_headline_stay(lint):
    text = "\n".join(["The Lantern Keeper review – a quiet triumph", "★★★★☆", "By Tamsin Lowe", STORY, MORE])
    assert flagged(lint, text, ["BP012"]) == []
    assert flagged(lint, "\n".join([STORY, MORE, STORY, MORE, STORY, MORE, STORY, MORE, "★★★★☆"]), ["BP012"]) == [9]


def test_a_caption_and_its_copy_with_a_bracketed_credit_glued_on(lint):
    caption = "Divers inspect the old piles under the silt at the east quay on Monday."
    text = "\n".join(["Pontoon delayed to May", caption, STORY, caption + "(HB Photo/Jo Bray)", MORE])
    assert flagged(lint, text, ["BP005"]) == [2, 4]


def test_comments_signed_with_no_time_below_a_header_in_the_site_s_words(lint):
    text = "\n".join(["Pontoon delayed to May", STORY, MORE, STORY, "What Quay Folk Are Saying (2)",
                      "tidelass_22: they said May last year too", "Ewan, Penmarth: Bring back the old jetty."])
    assert flagged(lint, text, ["BP017"]) == [5, 6, 7]


def test_a_label_and_its_text_below_a_comment_count_at_the_top_are_no_comments(lint):
    text = "\n".join(["Pontoon delayed to May", "6 Comments", "Note: this story was updated on Monday.", STORY, MORE])
    assert flagged(lint, text, ["BP017"]) == []


def test_a_long_deck_between_headline_and_byline_stays(lint):
    text = "\n".join(["Menu   Search   Sign in", "Pontoon opening slips to May",
                      "Divers found old timber piles under the silt, and the contractor says every one of them must come out before work on the new berths can resume",
                      "Words and photos by Tamsin Lowe", "Share   Email   Print", STORY, MORE])
    lines = flagged(lint, text)
    assert 2 not in lines and 3 not in lines and 4 not in lines


def test_a_comment_after_a_handle_and_a_compact_age(lint):
    text = "\n".join(["Pontoon delayed to May", STORY, MORE, "tidelass_22 · 3h They said May last year too."])
    assert flagged(lint, text, ["BP017"]) == [4]


# --- BP009: a list of stories' titles under a header in the site's words ---------------------

def test_titles_under_a_header_in_the_site_s_words_below_the_article(lint):
    text = "\n".join(["Pontoon delayed to May", STORY, MORE, STORY, "Most read on the quay",
                      "Harbour dues to rise for visiting yachts", "Lifeboat crew honoured at county awards"])
    assert flagged(lint, text, ["BP009"]) == [5, 6, 7]


@pytest.mark.parametrize("block", [
    ["Results", "Harlow Rovers 3-2 Denton Town", "Pennock Athletic 0-0 Ashby Vale"],
    ["Media contact", "Gareth Olumide, Communications Manager", "Tidewater Museum of Clocks"],
    ["Sea song", "Down at the jetty where the rope is frayed", "She counts the crossings that her father made"],
])
def test_a_closing_list_of_the_article_is_not_a_list_of_links(lint, block):
    assert flagged(lint, "\n".join(["Pontoon delayed to May", STORY, MORE, STORY, *block]), ["BP009"]) == []


# --- session 8: a site's menu heading the page, with no label the lexicon knows -------------------

def test_four_short_names_heading_the_page_above_its_title_are_its_menu(lint):
    text = "\n".join(["The Long Quay Podcast", "Episodes", "Guests", "Supporters Club", "Merch", "",
                      "Episode 12: the pontoon that never was", STORY, MORE])
    assert flagged(lint, text, ["BP004"]) == [1, 2, 3, 4, 5]


def test_short_names_right_above_the_text_or_further_down_stay(lint):
    # Right above the first sentence: the text's heading and the list it opens with.
    text = "\n".join(["Walks of the week", "Amber Ridge", "Bell Hollow", "Cairn Top", STORY, MORE])
    assert flagged(lint, text, ["BP004"]) == []
    # Not at the top of the page: a list of the article's.
    text = "\n".join(["Pontoon delayed to May", STORY, "Amber Ridge", "Bell Hollow", "Cairn Top", "Dunmore Point",
                      "", "A title between", MORE])
    assert flagged(lint, text, ["BP004"]) == []


# --- session 8: dialogue, verse and records are the text's ---------------------------------------

def test_short_lines_of_dialogue_are_never_furniture(lint):
    lines = ['"No."', '"What?"', "“She'll like you.”", '"Tomorrow," he said.', "“Why?” asked Mara."]
    story = []
    for line in lines:
        story += [line, "Mara looked at the harbour wall for a long time before she answered him."]
    text = "\n".join(["The Pilot's Daughter", *story])
    assert flagged(lint, text, ["BP011", "BP014"]) == []


def test_a_quoted_teaser_with_a_link_after_it_is_not_dialogue(lint):
    from corpuslint_boilerplate.lines import quoted_line

    assert quoted_line('"Congrats!" read »') is False
    assert quoted_line('"No," she said.') is True


def test_a_refrain_of_a_poem_is_not_a_repeated_line(lint):
    stanza = ["Down the quay the lamps are lit,", "one by one, and bit by bit,", "the dark goes back where darkness goes."]
    refrain = "And still the tide comes in, and still it goes."
    text = "\n".join(["The Lamplighter", "", *stanza, refrain, "", "He climbs the ladder, strikes the flame,",
                      "he knows each window, every name,", "the widow's cat, the baker's rows.", refrain])
    assert flagged(lint, text, ["BP006"]) == []
    # The same line between sentences of prose is a copy.
    text = "\n".join([STORY, refrain, MORE, refrain, STORY.replace("May", "June")])
    assert flagged(lint, text, ["BP006"]) == [4]


def test_a_field_repeated_in_records_set_alike_and_code_shown_again_stay(lint):
    text = "\n".join(["Day 5: Quay to Ridge", STORY, "Overnight: Ridge Inn.", "Day 6: Ridge loop", MORE,
                      "Overnight: Ridge Inn.", "Day 7: Home", "Overnight: at home."])
    assert flagged(lint, text, ["BP006"]) == []
    text = "\n".join(["Reading the tide table", STORY, 'df = pd.read_csv("tides.csv")', MORE,
                      "Then read it again with the dates parsed:", 'df = pd.read_csv("tides.csv")'])
    assert flagged(lint, text, ["BP006"]) == []


def test_a_match_reports_minute_by_minute_is_no_list_of_links(lint):
    text = "\n".join(["Rovers edge the derby", STORY, MORE, STORY.replace("Monday", "Tuesday"), "Key moments",
                      "14' GOAL Achterberg heads Redmarsh in front", "41' GOAL Marchant levels it",
                      "89' GOAL Asante-Reid wins it"])
    # (The header alone, "Key moments", is also a live blog's pinned links: the lexicon takes it.)
    assert not set(flagged(lint, text, ["BP009"])) & {6, 7, 8}


# --- session 8: titles cut short, archive widgets, menus at the page's edges --------------------

def test_titles_cut_short_by_an_ellipsis_are_teasers(lint):
    text = "\n".join(["Pontoon delayed to May", STORY, MORE, "Boreal Ferries Face the Winter of...",
                      "- Harbour Dredging Market Expected to...", "Council weighs the future of the old quay and..."])
    assert flagged(lint, text, ["BP009"]) == [4, 5, 6]


def test_a_sentence_trailing_off_or_a_quotation_is_not_a_cut_title(lint):
    text = "\n".join(["Pontoon delayed to May", STORY, "There was no turning back now...", '"We will see about the quay..."',
                      "The crew waited and...", "...then the tide turned, and the boats came in.", MORE])
    assert flagged(lint, text, ["BP009"]) == []


def test_a_blogs_archive_widget_of_years_and_months_goes(lint):
    text = "\n".join(["Pontoon delayed to May", STORY, MORE, "Blog Archive", "► 2019 (14)", "► 2018 (22)", "▼ 2020 (9)",
                      "▼ March (3)"])
    assert flagged(lint, text, ["BP004"]) == [4, 5, 6, 7, 8]


def test_menus_at_the_page_edges_in_one_line(lint):
    text = "\n".join(["Home About Us Moorings Repairs Contact", "Pontoon delayed to May", STORY, MORE,
                      "Essays | Archive | About"])
    assert flagged(lint, text, ["BP004"]) == [1, 5]
    # In the middle of the page, or with a function word: a headline or the text's own line.
    text = "\n".join(["Pontoon Delayed Again", STORY, "Essays | Archive | About", "Home Secretary Visits Harbour",
                      MORE, "News from the Harbour Office"])
    assert flagged(lint, text, ["BP004"]) == []


def test_a_listing_of_other_pages_under_a_header_naming_them_goes(lint):
    text = "\n".join(["Pontoon delayed to May", STORY, MORE, STORY.replace("Monday", "Friday"), MORE.replace("spring", "summer"),
                      STORY.replace("Monday", "Sunday"), "Other berths near Harbourtown",
                      "Quay Marina — 2.1 miles — ★★★★★ 5.0", "Old Pier Moorings — 3.4 miles — ★★★★☆ 4.2",
                      "Jobs like this nearby", "Deckhand — Harbour Ferries — £24,000", "Skipper — Quay Cruises — £31,500"])
    assert flagged(lint, text, ["BP009"]) == [7, 8, 9, 10, 11, 12]


def test_a_menu_of_dishes_at_the_foot_of_the_page_stays(lint):
    text = "\n".join(["The Quay Kitchen", STORY, MORE, STORY.replace("Monday", "Friday"), "Desserts",
                      "Sticky toffee pudding — £7", "Lemon posset — £6.50", "Cheese board — £9"])
    assert flagged(lint, text, ["BP009", "BP013"]) == []


def test_buttons_apart_by_runs_of_spaces_go_when_one_is_known_or_all_are_counted(lint):
    text = "\n".join(["Pontoon delayed to May", STORY, "Candidate sign-in   Log in", MORE,
                      "Moorings   Wishlist (0)   Basket (2)", STORY.replace("Monday", "Friday")])
    assert flagged(lint, text, ["BP002", "BP004"]) == [3, 5]
    # Words apart by spaces in a line of verse or a table are not buttons.
    text = "\n".join(["Pontoon delayed to May", STORY, "Tide   Time   Height", "High   06:40   4.2 m", MORE])
    assert flagged(lint, text, ["BP002", "BP004"]) == []


def test_a_line_holding_its_own_text_twice_goes(lint):
    caption = "Crews at the slipway before the launch, 11."
    text = "\n".join(["Pontoon delayed to May", STORY, f"{caption}{caption} QUAY PICTURES", MORE])
    assert flagged(lint, text, ["BP006"]) == [3]
    # A sentence that repeats a phrase is not a copy of itself.
    text = "\n".join(["Pontoon delayed to May", STORY, "Again and again the tide came in, and again and again it went out.", MORE])
    assert flagged(lint, text, ["BP006"]) == []


def test_a_sections_name_right_above_the_headline_goes(lint):
    text = "\n".join(["Home | News | Sport | Weather", "Harbours", "Pontoon opening delayed again after piles found",
                      "By Jo Marsh", STORY, MORE])
    assert flagged(lint, text, ["BP004"]) == [1, 2]
    # The first line of the page, or a line right below prose, is no section label.
    text = "\n".join(["Harbours", "Pontoon opening delayed again after piles found", "By Jo Marsh", STORY, MORE])
    assert flagged(lint, text, ["BP004"]) == []


def test_two_crumbs_apart_by_an_angle_near_the_top_go_a_bar_does_not(lint):
    text = "\n".join(["Laptops > Reviews", "Jo Marsh | Harbourtown", "Pontoon delayed to May", STORY, MORE])
    assert flagged(lint, text, ["BP004"]) == [1]


def test_a_songs_lines_and_its_echoed_last_line_are_the_text(lint):
    verse = ["I woke before the ferry horn", "The kettle cold, the curtain torn", "You'd left a note beneath the cup",
             "It said the tide was coming up"]
    chorus = ["And there's salt on the window, salt on the door", "I keep on sweeping but it keeps coming in"]
    text = "\n".join(["Salt On The Window", "Words and music by Tamsin Reyes", "", *verse, "", *chorus, "", *verse[::-1],
                      "", *chorus, "", "Like the sea wants to tell me", "Like the sea wants to tell me", "Where you've been"])
    assert flagged(lint, text) == []


def test_a_scorecard_under_a_teams_name_is_no_list_of_links(lint):
    text = "\n".join(["Edge hold on to win by four runs", STORY, MORE, STORY.replace("Monday", "Friday"), "Holcombe Edge",
                      "C. Lowe c Hurst b Akhtar 12", "N. Fenwick b Greaves 23", "R. Dunleavy not out 47"])
    assert flagged(lint, text, ["BP009"]) == []


def test_a_shop_trail_of_three_near_the_top_goes(lint):
    text = "\n".join(["Shop / Boats / Kayaks", "Pontoon delayed to May", STORY, MORE])
    assert flagged(lint, text, ["BP004"]) == [1]
    # Three options apart by slashes in the text are its own.
    text = "\n".join(["Race rules", STORY, "Chained / Adjacent / Unlimited", MORE])
    assert flagged(lint, text, ["BP004"]) == []


def test_a_reviews_stars_under_its_headline_stay(lint):
    text = "\n".join(["Saltings review: the band's best yet", "★★★★☆", "By Jo Marsh", STORY, MORE])
    assert flagged(lint, text, ["BP014"]) == []


def test_a_finders_records_four_lines_apart_are_a_listing_two_prices_are_not(lint):
    records = []
    for name, km, price in (("Quay Inn", "0.2", "89"), ("Harbour Rest", "0.5", "64"), ("Old Pier House", "1.3", "175")):
        records += [f"{name} ★★★★", f"{km} km from centre", "8.7 Excellent 1,204 reviews", f"from €{price}"]
    text = "\n".join(["Hotels in Harbourtown", STORY, *records, MORE])
    found = flagged(lint, text, ["BP013"])
    assert found == list(range(3, 15))  # every line of the three records, not the title or the text
    # A product page's own price, four lines below the basket's: two lines, no listing.
    text = "\n".join(["Basket (0) £0.00", "Shop / Roses", "Rose 'Evening Bell'", "A shrub rose for a sunny wall.", "£18.99",
                      STORY])
    assert flagged(lint, text, ["BP013"]) == []


def test_a_writers_name_and_job_is_a_byline_and_the_headline_above_it_stays(lint):
    from corpuslint_boilerplate.lines import is_byline

    assert is_byline("Marcus Delgado, Staff Writer") and is_byline("Ana Ruiz, Senior Health Correspondent")
    assert not is_byline("Harbour Board, Annual Report")
    text = "\n".join(["Support independent student journalism. Donate today.", "The Quay Register",
                      "News  Opinion  Sports  Arts  Features  About", "Student Senate approves $45 activity fee rise after long meeting",
                      "The increase, the first since 2017, will fund longer library hours, but opponents say students were not asked",
                      "Marcus Delgado, Staff Writer", STORY, MORE])
    assert not set(flagged(lint, text)) & {4, 5, 6}


def test_a_row_two_of_a_rules_tests_find_is_one_finding(lint):
    # The distance lines are both BP013's place listing and fields of its price records.
    records = []
    for name, km, price in (("Quay Inn", "0.2", "89"), ("Harbour Rest", "0.5", "64"), ("Old Pier House", "1.3", "175")):
        records += [f"{name} ★★★★", f"{km} km from centre", "8.7 Excellent 1,204 reviews", f"from €{price}"]
    found = [(f.code, f.line) for f in lint({"a.txt": "\n".join(["Hotels in Harbourtown", STORY, *records, MORE])}, select=["BP"])]
    assert len(found) == len(set(found))

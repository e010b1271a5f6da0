"""The BP family on ninety clean pieces of content full of lines that look like page furniture
(clean_articles/): nothing is flagged, but for the few lines listed below.

The pieces were written in session 6 by a helper who saw neither the lexicons nor the data,
asked for content that a careless detector would take for boilerplate. On first sight the
family flagged 46 of their 347 lines: song lyrics whole as a page shell (BP015), a council's
list of payments as a price listing (BP013), a sentence quoting "All rights reserved" and a
timeline entry about a cookie banner as site notices (BP010), and the minutes' first lines
(BP011). The rules were then changed for the first three kinds. A second set of ten (l01-l10:
a live blog, an oral-history transcript, a reading list, chess results, a restaurant menu, a
school newsletter, a court report, an app manual, letters to the editor, a photo essay),
written after those changes: 26 of 288 lines flagged on first sight, mostly the menu's dishes
(BP013, BP011), two section numbers of the manual read as counters (`4.3 Share`), an
instruction to enter an email address and password, and `Last revised for the autumn term.`;
changed for all but the menu's BP011 lines and two titles. A third set (n01-n10: an obituary, a
product recall, a film review, an exam timetable, a scientific paper, a bus timetable change,
a walking diary, a club's AGM report, a library account FAQ, a history of a newspaper's first
advertisements), written after the session's last changes: 19 of 290 lines flagged on first
sight, 16 of them the exam timetable's rows (BP011). Left as they are, listed below. A
fourth set in session 7 (r01-r10: a cup semi-final with line-ups, a bakery's timeline and
recipe, council minutes with a vote, an e-reader comparison, an article about shops'
newsletters and cookies, a poet's obituary, a library opening with its hours, a photo app's
privacy change, a fiddler's profile with lyrics, a quiz night's standings): 6 of 312 lines
flagged on first sight (a price list the review goes on to discuss, a repeated spec line, a
sentence quoting a newsletter question, an address); the price list was fixed. A fifth
(u01-u10: a website outage story quoting error messages, a beekeeping guide with a table of
contents and a glossary, an e-reader review, a travel guide, a letters page, an election
live blog, a prize-giving and a service order, a timetable change, a screenplay, a knitting
pattern), written after the session's later changes: 10 of 367 lines flagged on first sight,
the guide's table of contents, a review's 'Reviewed by' byline and a pattern's 'Designed by'
credit (fixed: a credit near the top is a byline; a guide restating its outline word for word
keeps it, where a page's navigation numbers links its headings do not carry). A sixth
(z01-z10: a story with a fact box, a product roundup, a club newsletter, a Q&A interview, a
piece quoting a website's menu labels, a school's term dates, a how-to with a contents list,
an order of service, a live text commentary, a village noticeboard): 9 of 322 lines flagged
on first sight, 8 of them the how-to's contents list (fixed with u02's), 1 left. In session 8,
a seventh (o01-o16: a story of short quoted replies, a recipe, a poem with a refrain, a Q&A
interview, a press release with its contact block, an FAQ, a match report, a product review,
minutes, an itinerary, a glossary, a letter to the editor, a how-to, a timeline, a theatre
review, a short story of one-line dialogue): 13 of 16 pieces clean, 13 lines flagged on first
sight (the refrain twice and a record's repeated field as copies, three lines of dialogue by
BP014, the match facts and the minutes' head by BP011); fixed for the refrain, the field and
the dialogue (and a line of code shown twice, seen in a tutorial probe), 7 left. An eighth
(o17-o30: a story about a baker's newsletter and app, a council report of one-word replies,
song lyrics with a chorus and an echoed last line, a vacuum comparison, a service sheet, term
dates, an annual report, a field-guide entry, an obituary with its notices, an exam paper, a
cricket report with its scorecard, a chess column, a timetable notice, a screenplay), written
after the session's later changes: 50 lines flagged on first sight, the song whole (BP011 read
a page of short lines as links: a page of verse, most lines worded as sentences and no
figures, is now the text's), the scorecard (a team's name over batting rows read as a list of
links: titles seldom end in a figure), the echoed line (a copy, now a refrain of a verse page);
21 left, 17 of them the scorecard's rows.
"""
from __future__ import annotations

from pathlib import Path

import pytest

FOLDER = Path(__file__).parent / "clean_articles"
PIECES = sorted(p.name for p in FOLDER.glob("*.txt"))

# (file, line) of content lines flagged all the same, and why.
WRONGLY_FLAGGED = {
    ("z06.txt", 37): "a term-dates page's last date line, among short lines: BP011",
    ("r05.txt", 2): "a sentence telling of a shop's question, 'would you like to subscribe to our newsletter?': BP002",
    ("r07.txt", 27): "a library's address among its contact lines: BP011",
    ("k08.txt", 1): "the minutes' title, above short lines at the top of the page: BP011 reads the page's edge as furniture",
    ("k08.txt", 2): "the meeting's time and place, among the same short lines: BP011",
    ("k08.txt", 3): "the list of councillors present, a line of names with few function words: BP011",
    ("k10.txt", 20): "a timeline entry about a cookie consent banner, which the cookie pattern matches (BP010)",
    ("l01.txt", 1): "a live page's title, 'Live: ...', which BP009 reads as a teaser above the article",
    ("l03.txt", 1): "a reading list's title, 'Further Reading: ...', the same",
    ("l03.txt", 15): "a heading of the list, among short lines: BP011",
    # A restaurant's menu: dishes with prices among short headings. BP013 leaves prices set after
    # a dash; BP011 reads the short lines with few function words as furniture.
    **{("l05.txt", n): "a dish of the menu, or its course's heading: BP011" for n in (3, 4, 5, 6, 7, 8, 9, 10, 12, 13)},
    # An exam timetable: rows of days, papers and rooms, and week headings. BP011 reads rows
    # with few function words among short lines as furniture, as jusText would.
    **{("n04.txt", n): "a row or a week heading of the timetable: BP011" for n in (22, 23)},
    ("n05.txt", 10): "a paper's 'Keywords:' line, which BP010 reads as a page's tag line",
    ("n06.txt", 12): "a bus route's stops between dashes: BP011",
    # A match report's closing facts ("Referee: ...", "Attendance: ...", the scores), label and
    # value lines at the page's foot with no text below: BP011 reads them as a footer.
    **{("o07.txt", n): "a match fact at the report's foot: BP011" for n in (33, 34, 36, 37)},
    ("o09.txt", 1): "the minutes' title, half of its words function words: BP011, as k08's",
    ("o09.txt", 3): "the meeting's time and place below it: BP011",
    ("o09.txt", 5): "the list of members present, a line of names: BP011",
    ("o22.txt", 11): "a term-dates line with few function words among short lines: BP011, as z06's",
    ("o23.txt", 11): "an annual report's highlight, label and figures: BP011",
    ("o23.txt", 12): "another: BP011",
    # A cricket scorecard below the report: fall of wickets, bowling figures, a team's batting
    # card. BP011 reads rows of names and figures at the page's foot as furniture, as jusText would.
    **{("o27.txt", n): "a row of the scorecard: BP011" for n in range(19, 36)},
    ("o28.txt", 5): "a game's moves in chess notation, words with no function words: BP011",
}


def test_the_folder_holds_the_ninety_pieces():
    assert len(PIECES) == 90


@pytest.mark.parametrize("name", PIECES)
def test_no_line_of_clean_content_is_flagged(lint, name):
    text = (FOLDER / name).read_text(encoding="utf-8")
    flagged = {(name, n) for f in lint({name: text}, select=["BP"]) for n in range(f.line, f.end_line + 1)}
    assert flagged == {k for k in WRONGLY_FLAGGED if k[0] == name}

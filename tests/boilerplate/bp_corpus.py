"""Small documents written for the BP tests: a clean article and the same article as a scraper left it."""

ARTICLE = """\
Harbour town votes to rebuild its pier

By Jane Doe

PORTHAVEN (Coast Wire) - The town council voted on Tuesday to rebuild the old pier, which has been closed since a winter storm tore away a third of its planks two years ago.

The work will cost about four million pounds and should take eighteen months, the council said in a statement after the vote.

What the plan includes

The new pier will be wider than the old one and will have a lift for wheelchair users. It will also carry a small cafe at its far end.

Residents were asked which of these they wanted most:

- a lift at the shore end
- benches along the deck
- a cafe at the far end

"Yes," said one fisherman when asked if he would use it again.

The council expects the first piles to be driven next spring.
"""

SCRAPED = """\
Harbour town votes to rebuild its pier

0

12 comments

Home > News > Local

LocalJune 3, 2025

The town council voted on Tuesday to rebuild the old pier, which has been

By Jane Doe

The town council voted on Tuesday to rebuild the old pier, which has been closed since a winter storm tore away a third of its planks two years ago.

The old pier seen from the beach on Monday, June 2, 2025. (Coast Wire Photo/Sam Lee)
The old pier seen from the beach on Monday, June 2, 2025. (Coast Wire Photo/Sam Lee)COAST WIRE

The work will cost about four million pounds and should take eighteen months, the council said in a statement after the vote.

Advertisement

Sign up for our daily newsletter

Watch: Storm waves hit the pier

The council expects the first piles to be driven next spring.

Story continues below advertisement

Report a correction or typo

© 2025 Porthaven Media Ltd. All rights reserved.
||
"""

# Line numbers of SCRAPED that are scraping boilerplate (everything but the article's own lines).
SCRAPED_BOILERPLATE = {3, 5, 7, 9, 11, 17, 18, 22, 24, 26, 30, 32, 34, 35}
SCRAPED_ARTICLE = {1, 13, 15, 20, 28}

# Three paragraphs of an article, among which the phrasing tests place one line at a time.
PARAGRAPHS = [
    "The lifeboat crew were called out twice on Sunday, first to a yacht that had lost its rudder "
    "and then to a walker cut off by the tide below the cliffs.",
    "Both rescues ended well, the station's coxswain said, although the second took almost three "
    "hours because the sea was too rough to bring the boat close to the rocks.",
    "The station is raising money for a new launch tractor, and volunteers will collect on the "
    "promenade every Saturday until the end of the summer.",
]

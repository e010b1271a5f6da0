"""The BP family on a hundred and fifty-six scraped pages written by the team (scraped_articles/): every line
marked as a leftover with "@@ " is flagged, and no article line is, but for the few listed below.

The articles were written in session 5 by helpers who saw neither the lexicons nor the data, in
two sets of eight. The first (a01-a04, b01-b04): 66 of 110 leftovers flagged on first sight,
with one article line. The rules and lexicons were then widened for the kinds missed, and the
second set (c01-c04, d01-d04) was written after that: 56 of 105 leftovers flagged on first
sight, with two article lines. The rules were widened again, and a third set (e01-e06) was
written: 61 of 82 leftovers flagged on first sight, with one article line. Widened a third
time, then a fourth set (f01-f06): 64 of 80 on first sight, with two article lines. A fifth
set (g01-g06), whose writer was asked for unusual wordings: 40 of 84 on first sight, with one
article line. A sixth set (h01-h08), written in session 6: 86 of 142 on first sight, with two
article lines. A seventh set (i01-i08), pages that are not news (a council page, a podcast,
a forum thread, a holiday rental, an events page, a job advert, a museum object, release
notes): 62 of 152 on first sight, with four article lines. An eighth (j01-j08), news and other
pages with half their wordings invented: 114 of 165 on first sight, with ten article lines
(six of them a live page's clock times). In session 7, a ninth set (p01-p08: news sites of
India, Nigeria, Australia, Ireland and Canada, a gadget blog, a wine magazine, a legal news
site): 86 of 130 on first sight, with six article lines; a tenth (q01-q08: a plumber's site, a
forum thread, a shop's product page, a history society, a campsite listing, a parish page, a
software library's docs, a knitting blog): 79 of 217 on first sight, with seven article lines.
Written after the rules were widened for those two: an eleventh (s01-s08: a Scottish paper, a
South African business site, a college sports site, a gossip site, a gardening magazine, a
savings comparison, a university press release, a house listing, most wordings the site's
own): 71 of 128 on first sight, with eight article lines; a twelfth (t01-t08: a dentist, a Q&A
site, a recipe blog, a university course, a council's bin page, a hotel on a booking site, a
fan wiki, a marketplace listing): 85 of 176 on first sight, with two article lines. A third
round, written after the rules were widened again: v01-v08 (a wire story on a TV station's
site, a Welsh rugby site, a Singapore business daily, a New Zealand weather story, a motoring
site, a theatre review, a crypto site, a council's news page): 100 of 136 on first sight,
with nine article lines; w01-w08 (a government guidance page, a shop's category page, a
theatre's show page, a podcast episode, a job listing, a sports club's page, a charity
appeal, a tech blog): 146 of 206 on first sight, with five article lines. A fourth round:
x01-x08 (a Kenyan news site, a small-town obituary page, a science feature, a student paper,
a restaurant review, an esports site, a football club's preview, a legal-aid blog): 104 of
145 on first sight, with two article lines; y01-y08 (a museum, a garden centre's product, a
parenting forum, a pricing page, a travel blog, a library's events, a used-car listing, a
university lab): 129 of 187 on first sight, with three article lines. A fifth round, m01-m08
(a wire story on a regional paper, a tabloid story, a local radio station, a hiking guide, a
trade magazine, a forum's news post, a supermarket recipe, a library blog): 102 of 133 on
first sight, with four article lines. In session 8, after the rules were widened for four more
probe rounds kept out of the repository: ab01-ab12 (news sites of the US, Pakistan, South
Africa, Malaysia, Jamaica, Scotland and New Zealand, an aggregator, a tabloid, a column, an
obituary page, an election live blog, most wordings the site's own): 136 of 195 on first
sight, with no article line; aa01-aa14 (seven news and magazine pages, a forum thread, a
museum page, a garden blog, a council's service page, a cottage listing, a changelog, a
bakery's product page): 137 of 199 on first sight, with one article line (a review's stars).
Widened after each; the lines still missed or wrongly flagged are listed here,
so that a change in either direction shows.
"""
from __future__ import annotations

from pathlib import Path

import pytest

FOLDER = Path(__file__).parent / "scraped_articles"
ARTICLES = sorted(p.name for p in FOLDER.glob("*.txt"))

# (file, line) of leftover lines still not flagged, and why.
MISSED = {
    ("a01.txt", 3): "a section, a reading time and a date glued together: 'Climate & Energy4 min readMarch 14'",
    ("b02.txt", 3): "two labels glued, the second not a known label: 'Earth & EnvironmentOceans'",
    ("b03.txt", 2): "a breadcrumb whose first crumb is not a known label: 'Journal / Behind the Counter'",
    ("b03.txt", 3): "a reading time led by an emoji, which tidy keeps",
    ("c01.txt", 28): "a bare count under a prompt that names no counter ('Got flood photos? Upload them ...')",
    ("d01.txt", 1): "an edition switch and a subscription link on one line: 'EN | ESTRAVSKI | Subscribe ...'",
    ("e05.txt", 17): "a product's name in a shopping widget (its price line below is flagged)",
    ("f02.txt", 10): "an ad teaser marked only at its end: '... in minutes – Sponsored'",
    ("f03.txt", 21): "a volunteers' appeal: 'Can you help? We're always looking for volunteers ...'",
    # A site's masthead line, name and motto ("Lablight News — research, as it's released"): shaped
    # like a headline with a dash; in a real corpus it recurs on every page of the site (BP008).
    ("g02.txt", 1): "a masthead", ("g03.txt", 1): "a masthead", ("g04.txt", 1): "a masthead",
    ("g05.txt", 1): "a masthead", ("g06.txt", 1): "a masthead",
    ("g01.txt", 26): "a bare count under a donation appeal",
    ("g02.txt", 36): "a bare count under a feedback question",
    ("g04.txt", 2): "a glued menu with two glue points only: 'ExploreEarth & EnvironmentPolar & Cryosphere'",
    ("g05.txt", 2): "a glued menu with two glue points only: 'Eat & DrinkNew OpeningsHarbourside'",
    ("g06.txt", 2): "a weather widget: 'Coldwater 14° showers · Pollen: moderate'",
    ("g06.txt", 4): "a local widget: 'Pharmacy on duty tonight: ...'",
    ("g06.txt", 16): "a site's poll ('Poll: ...' also heads news stories, so it is not a pattern)",
    ("g06.txt", 17): "the poll's result, a bare '61%'",
    # A league table beside a match report: the writer's sidebar, which could as well be the report's own table.
    ("h03.txt", 22): "a league table's heading", **{("h03.txt", n): "a league table's row" for n in range(23, 28)},
    ("h04.txt", 13): "a sponsor's promotion in a sentence: '... – download the free white paper from ThermoTrack'",
    ("h05.txt", 27): "'Shares' alone, which also heads the markets section of a business story",
    ("h08.txt", 1): "a masthead",
    ("h07.txt", 3): "slash crumbs whose first crumb is not a known label: 'News home / Research / 2025'",
    ("h07.txt", 24): "a press office's contact line, which press releases carry as their own",
    ("h08.txt", 12): "a photo caption with no credit, a sentence like the blog's own",
    # The seventh set: pages that are not news.
    ("i01.txt", 16): "a teaser for another page, a sentence and a link's words: '... Find out about the new rounds'",
    ("i02.txt", 15): "a sponsor's read, a sentence led by 'A word from this week's partner:'",
    ("i02.txt", 33): "a host's biography led by 'About your host:' on the same line",
    ("i02.txt", 39): "a comment's header with a date and no clock time",
    ("i02.txt", 40): "the comment's text",
    ("i03.txt", 8): "a forum member's name above the post",
    ("i03.txt", 9): "'Posts: 412': turku's annotators call such fields text on three forum pages of four",
    ("i03.txt", 10): "'Joined: Mar 2019', the same", ("i03.txt", 11): "'Location: ...', the same",
    ("i03.txt", 28): "an ad marked only at its end: '... – Ad'",
    ("i03.txt", 29): "'Top', a back-to-top link, which is also a word of headings",
    ("i03.txt", 30): "a reply's subject ('Re: ...'), also a letter's",
    ("i03.txt", 31): "a reply's byline ('Post by ... » date'), shaped as the first post's, which is the text's",
    ("i03.txt", 32): "the reply's text",
    ("i04.txt", 3): "a currency and language switcher: 'GBP £ | English (UK)'",
    ("i04.txt", 12): "a booking widget's nudge: 'Rare find! This place is usually booked.'",
    ("i04.txt", 32): "a map's header: 'Where you'll be'",
    ("i04.txt", 35): "a review's header (name, town, month) with no clock time", ("i04.txt", 36): "the review's text",
    ("i05.txt", 1): "a masthead above a glued menu BP004 does not find", ("i05.txt", 2): "a menu glued at three places of words no lexicon holds, one with an apostrophe",
    ("i05.txt", 28): "a weather widget", ("i05.txt", 29): "a newsletter box's text with its button glued on: '... Count me in'",
    ("i06.txt", 36): "an employer's widget: 'Authority · 3,412 followers · 12 open jobs'",
    ("i06.txt", 43): "a related job's title",
    ("i07.txt", 31): "a survey request after a sentence of the same box",
    ("i07.txt", 34): "a charity's registration and the footer's links on one line",
    ("i08.txt", 30): "a maintainer's biography with no 'About' header",
    # The eighth set: news and other pages, half their wordings invented.
    ("j01.txt", 3): "a log-in link and a subscription offer between bars, the offer with figures",
    ("j01.txt", 9): "a bare count below the byline, further down than the title's rows",
    ("j01.txt", 18): "an advertiser's text, a sentence with no ad marker",
    ("j01.txt", 30): "a newsroom appeal ending in an email address, in words no lexicon holds",
    ("j01.txt", 34): "a related story's title with no list header above it",
    ("j03.txt", 5): "'3,218 reading now', a live counter", ("j03.txt", 6): "'Auto-refresh ON', a live page's switch",
    ("j03.txt", 22): "an app prompt in a sentence: '... switch on push alerts in the Pitchside app'",
    ("j03.txt", 34): "the same prompt again (BP006 takes a repeated line only when it is short or cut)",
    ("j04.txt", 10): "a table of contents between dots, each item numbered",
    ("j04.txt", 15): "a newsletter box's pitch in words no lexicon holds",
    ("j04.txt", 16): "the box's field label 'First name'", ("j04.txt", 18): "its button 'Yes please, send it!'",
    ("j04.txt", 36): "previous and next post links with figures in their titles",
    ("j05.txt", 1): "a masthead above a line BP004 does not flag", ("j05.txt", 8): "a save button with a heart at its end",
    ("j05.txt", 12): "a sponsorship disclosure: 'Produced with the support of ...'",
    ("j06.txt", 1): "a masthead with a motto",
    ("j06.txt", 28): "a Gift Aid note of the donation box", ("j06.txt", 33): "a related story's title",
    ("j06.txt", 34): "an advice-line box, a question and a phone number",
    ("j07.txt", 1): "a masthead with a motto", ("j07.txt", 16): "a photo caption with no credit, a sentence",
    ("j07.txt", 20): "a share button with an envelope: 'Send to a fellow modeller ✉'",
    # The ninth set (session 7): news sites of other countries.
    ("p02.txt", 2): "a breaking-news ticker above the masthead's story, shaped as a headline",
    ("p07.txt", 36): "a related story's title below another title BP009 lists",
    ("p08.txt", 32): "a related story's title under a header in words no lexicon holds",
    # The eleventh set (session 7): news and other pages, most wordings the site's own.
    ("s01.txt", 37): "the last title of a 'most read' list under a header in the site's words",
    ("s01.txt", 38): "a cookie banner calling cookies 'wee text files'",
    ("s02.txt", 8): "an audio player in the site's words ('Hear it read aloud · 4 min')",
    ("s02.txt", 36): "a newsletter pitch ending 'Sign me up' after a sentence",
    ("s03.txt", 7): "a menu of links between bars, with figures",
    ("s03.txt", 8): "a sponsor's credit ('... served up by Riverbend Credit Union')",
    ("s03.txt", 31): "a next-game widget's cells", ("s03.txt", 37): "the athletics department's address footer",
    **{("s03.txt", n): "a related-links header in the site's words, or a title below it" for n in (34, 35, 36)},
    ("s04.txt", 1): "a trending bar led by 'HOT RIGHT NOW:'",
    ("s04.txt", 25): "a poll teaser",
    **{("s04.txt", n): "a related-links header in the site's words, or a title below it" for n in (30, 31, 32)},
    ("s05.txt", 26): "a column's promotion in the site's words", ("s05.txt", 33): "the standfirst repeated near the end, a sentence",
    ("s06.txt", 3): "an affiliate disclosure in the site's words ('Why trust us? Some of the banks below pay ...')",
    ("s06.txt", 6): "a rates-checked stamp", ("s06.txt", 10): "a widget's small print between dots",
    ("s06.txt", 23): "a rate finder's box with an empty field",
    ("s07.txt", 1): "a university newsroom's masthead between bars",
    **{("s07.txt", n): "a related-links header in the site's words, or a title below it" for n in (23, 24, 25)},
    ("s08.txt", 4): "a photo counter and a walkthrough button", ("s08.txt", 8): "a mortgage widget",
    ("s08.txt", 9): "a tour booking prompt with a time", ("s08.txt", 12): "a teaser cut before the description, reworded",
    ("s08.txt", 27): "an estimate widget", ("s08.txt", 38): "the listing agent's card", ("s08.txt", 39): "its contact prompt",
    ("s08.txt", 43): "a data-source note", ("s08.txt", 44): "the listing service's disclaimer",
    # The twelfth set (session 7): pages that are not news, most wordings the site's own.
    ("t01.txt", 2): "a practice's name and motto above a menu below the first two lines",
    ("t01.txt", 3): "a phone banner",
    ("t01.txt", 45): "a contact prompt in the site's words", ("t01.txt", 46): "the footer's address",
    ("t01.txt", 47): "the footer's opening hours", ("t01.txt", 48): "a registration footer",
    ("t02.txt", 1): "a Q&A site's masthead and motto", ("t02.txt", 16): "a vote count",
    ("t02.txt", 21): "tags in lower case two spaces apart",
    ("t02.txt", 26): "an accepted-answer mark",
    ("t02.txt", 36): "a vote count",
    **{("t02.txt", n): "a related-questions header in the site's words, or a question below it" for n in (43, 44, 45, 46)},
    ("t03.txt", 15): "an ad with no marker ('... 30% off this weekend only. Shop now')",
    ("t04.txt", 4): "a search box's label with no ellipsis", ("t04.txt", 6): "a university's button",
    ("t04.txt", 7): "another", ("t04.txt", 28): "an open-day prompt led by a question",
    ("t04.txt", 29): "a button in the site's words", ("t04.txt", 42): "the module pages' small print",
    ("t05.txt", 33): "an alerts pitch in the site's words",
    **{("t05.txt", n): "a council's service link" for n in (42, 43, 44)},
    ("t06.txt", 1): "a booking site's name in lower case", ("t06.txt", 5): "a booking button",
    ("t06.txt", 11): "'Excellent location – show map', a map link after a rating word",
    ("t06.txt", 12): "a loyalty-discount notice", ("t06.txt", 27): "a review summary, a sentence", ("t07.txt", 5): "a wiki's category line", ("t07.txt", 36): "a community promotion", ("t08.txt", 30): "the seller's name",
    # The thirteenth set (session 7, third round): news sites.
    ("v02.txt", 1): "a rugby site's masthead between a bar and a dash",
    ("v02.txt", 12): "a caption credited in Welsh ('Llun: ...')", ("v02.txt", 16): "a teaser cut before its paragraph, worded apart",
    ("v02.txt", 24): "a player-of-the-match vote in Welsh and English", ("v02.txt", 36): "a comment with no name or time",
    ("v04.txt", 3): "a section label on the third line, between lines BP004 does not flag",
    ("v04.txt", 8): "a time and date stamp with no label", ("v04.txt", 12): "a radar widget's title",
    ("v04.txt", 14): "the widget's instructions", ("v04.txt", 23): "an explainer teaser led by a question",
    ("v05.txt", 6): "a photo's alt text, no credit", ("v05.txt", 24): "another",
    ("v05.txt", 26): "a valuation pitch led by a question", ("v05.txt", 30): "the headline repeated near the end, a title",
    ("v06.txt", 1): "a masthead with a motto after a dash",
    ("v07.txt", 2): "a crypto site's name",
    ("v07.txt", 10): "a reactions row with a word among the counts", ("v07.txt", 15): "a ticker's cells apart by spaces, with figures",
    ("v08.txt", 3): "a council's name under its menu",
    # The fourteenth set (session 7, third round): pages that are not news.
    ("w01.txt", 2): "a cookie banner's title naming the site", ("w01.txt", 7): "the site's name in capitals",
    ("w01.txt", 8): "'Menu' between lines that are no labels", ("w01.txt", 9): "a search box naming the site",
    ("w02.txt", 2): "a shop's name", ("w02.txt", 19): "a filter's facets with counts",
    ("w02.txt", 20): "a filter's options between bars, with figures", ("w02.txt", 21): "the same",
    **{("w03.txt", n): "a ticket widget's fields and buttons" for n in (37, 38, 39, 40, 41, 42)},
    ("w04.txt", 36): "a transcript link, '(PDF)' with no size", ("w05.txt", 8): "a search box's placeholder",
    ("w06.txt", 1): "a club's name", ("w06.txt", 2): "its motto, 'Est. 1921'", ("w06.txt", 26): "a fixtures link",
    ("w06.txt", 27): "a calendar link, '(.ics)' with no size", ("w06.txt", 41): "a sidebar's header",
    ("w08.txt", 1): "a blog's name in lower case",
    # The fifteenth set (session 7, fourth round): news and other sites' stories.
    ("x01.txt", 35): "a related story's title with no header above it",
    ("x02.txt", 1): "a paper's masthead and motto between bars",
    ("x02.txt", 29): "a guest book entry, signed at its end or not at all", ("x02.txt", 30): "another",
    ("x02.txt", 32): "the obituary page's submission note",
    ("x03.txt", 2): "a section label, not a known one", ("x03.txt", 12): "a caption with no credit",
    ("x03.txt", 13): "its credit on the next line, a name and a lab", ("x03.txt", 25): "a related story's title",
    ("x04.txt", 4): "a section label below a glued menu", ("x04.txt", 8): "a date alone below the byline",
    ("x04.txt", 9): "a caption with no credit",
    ("x04.txt", 24): "the author's biography under a byline 'Name, Role', which the rule does not read as a byline",
    ("x05.txt", 32): "a partner ad led by 'PARTNER CONTENT' and two spaces",
    ("x05.txt", 35): "a related review's title under a header BP009 knows, below another it lists",
    ("x06.txt", 4): "a game's name as a section label", ("x06.txt", 15): "a video's caption, a sentence",
    ("x06.txt", 33): "a related story's title", ("x06.txt", 34): "the author's biography, his nickname in quotes",
    ("x07.txt", 8): "a sponsor's credit ('... in association with McCallum Motors')",
    ("x08.txt", 1): "a law centre's name", ("x08.txt", 2): "an advice-line banner, a question and a phone number",
    # The sixteenth set (session 7, fourth round): pages that are not news.
    ("y01.txt", 20): "a museum's ticket button in its own words", ("y01.txt", 21): "a membership pitch",
    ("y01.txt", 50): "the footer's address",
    ("y02.txt", 2): "a nursery's name", ("y02.txt", 31): "a care guide's link, '(PDF)' with no size",
    ("y02.txt", 52): "a club pitch with an offer",
    ("y03.txt", 1): "a forum's masthead and motto",
    **{("y03.txt", n): "a forum member's name or fields ('Joined: ... · Posts: ...'), which turku calls text"
       for n in (10, 11, 17, 18, 27, 28, 33, 34)},
    ("y03.txt", 21): "a member's signature",
    ("y04.txt", 8): "a billing switch between bars", ("y04.txt", 56): "a logo strip's line ('Trusted by 4,000+ teams')",
    ("y05.txt", 52): "a sidebar's greeting with no 'About me' above it",
    ("y06.txt", 45): "a branch's opening hours today", ("y06.txt", 47): "a newsletter pitch with no sign-up word",
    ("y06.txt", 49): "the footer's line about the council",
    ("y07.txt", 2): "the dealer's name",
    ("y07.txt", 4): "a search box's placeholder", ("y07.txt", 35): "a valuation pitch",
    ("y07.txt", 50): "the footer's address",
    ("y08.txt", 3): "a search box naming the university", ("y08.txt", 23): "a staff directory link",
    ("y08.txt", 30): "a link to the full publication list",
    # The seventeenth set (session 7, fifth round): mixed pages.
    ("m02.txt", 3): "two labels glued, neither a known one ('ShowbizExclusive')",
    ("m02.txt", 26): "a related story's title in capitals and words, with no header",
    ("m04.txt", 9): "a button row whose last button has no icon",
    ("m04.txt", 35): "a trail-reports header above a report with no time",
    ("m04.txt", 36): "a walker's report ('Gareth M. — walked 2 June: ...')",
    ("m06.txt", 1): "a forum's masthead and motto",
    ("m06.txt", 8): "a moderator's fields ('Posts: ... · Joined: ...'), which turku calls text",
    ("m06.txt", 17): "an attachment's line with its size and views",
    ("m06.txt", 28): "a reply's subject ('Re: ...')", ("m06.txt", 29): "a reply's byline ('by ... » date')",
    ("m06.txt", 30): "the reply's text",
    ("m07.txt", 30): "a product tile, its price and button two spaces apart",
    ("m07.txt", 45): "a review as 'Name from Place ★★★★★ \"...\"'", ("m07.txt", 46): "a hashtag prompt",
    ("m07.txt", 47): "a related-recipes header in the site's words", ("m07.txt", 48): "a related recipe's title",
    ("m08.txt", 4): "a section label, not a known one",
    ("m08.txt", 13): "a pull quote, which another writer counted as content",
    # The tenth set (session 7): pages that are not news.
    ("q01.txt", 2): "an emergency line's banner, a question and a phone number",
    ("q01.txt", 39): "a link to reviews, 'See what they said about us'",
    ("q01.txt", 53): "a cookie banner's buttons in the site's words ('Yes, fine | Let me choose')",
    ("q02.txt", 1): "a forum's masthead and motto above a menu BP004 does not flag on the first lines",
    **{("q02.txt", n): "a forum post's header ('Post by ... » date'), which turku's labels call text"
       for n in (13, 25, 32, 38, 43)},
    ("q02.txt", 20): "a forum member's name", ("q02.txt", 21): "'Posts: 88', a member field turku calls text",
    ("q02.txt", 22): "'Joined: ...', the same", ("q02.txt", 23): "'Location: ...', the same",
    ("q02.txt", 53): "a donation appeal in the forum's words",
    ("q03.txt", 64): "a newsletter pitch with no sign-up word ('Get seasonal offers ... in your inbox')",
    ("q04.txt", 5): "a search box's label in the site's words",
    ("q04.txt", 8): "a byline with a reading time, which the byline keeps",
    ("q04.txt", 37): "a sidebar's events header", ("q04.txt", 38): "a sidebar event",
    ("q04.txt", 39): "a sidebar's opening times",
    ("q05.txt", 1): "a booking site's masthead and motto", ("q05.txt", 2): "its search box's question",
    ("q05.txt", 34): "a booking reassurance ('Book with confidence - free cancellation ...')",
    ("q06.txt", 25): "a calendar link, '(.ics)' with no size", ("q06.txt", 32): "a sidebar link",
    ("q06.txt", 33): "a sidebar link",
    ("q06.txt", 35): "the parish office's hours",
    ("q07.txt", 1): "a docs site's title with its version", ("q07.txt", 7): "a trail of one '»'",
    ("q08.txt", 43): "a comment form's heading in the blog's words", ("q08.txt", 48): "a sidebar's greeting",
    ("q08.txt", 49): "the sidebar's line about the writer",
    # Session 8's first-sight sets (aa01-aa14 mixed pages, ab01-ab12 news sites), written after the
    # session's other changes; the lines still missed:
    ("aa01.txt", 34): "a 'what others are reading' header with a prose line below the list",
    ("aa01.txt", 35): "a title under it",
    ("aa01.txt", 36): "another",
    ("aa02.txt", 17): "a local advertiser's line in the article's words ('Winter tires from $89 installed ...')",
    ("aa03.txt", 27): "a 'premium stories' header in the site's words",
    ("aa03.txt", 28): "a title under it",
    ("aa03.txt", 29): "another",
    ("aa04.txt", 9): "a bare date, which an article's date line also is",
    ("aa04.txt", 16): "a pull quote cut short, its closing quote lost",
    ("aa04.txt", 28): "a shop plug with a price in a sentence's words",
    ("aa04.txt", 33): "a related review's title ('Priya Kaul – Lanterns') with no header",
    ("aa05.txt", 1): "a newsletter's masthead with no menu below it",
    ("aa05.txt", 6): "a bare date",
    ("aa06.txt", 12): "a caption with no credit",
    ("aa06.txt", 13): "its copy with the credit glued in front ('Picture: Chronicle archiveBuses ...')",
    ("aa07.txt", 17): "a newsletter's pitch in its own name ('The Policy Brief: one email every Tuesday ...')",
    ("aa07.txt", 31): "an author's bio with no byline above to name her",
    ("aa08.txt", 10): "a forum member's fields, which turku calls text",
    ("aa08.txt", 15): "a member's signature",
    ("aa08.txt", 16): "a forum member's fields",
    ("aa08.txt", 25): "a forum member's fields",
    ("aa08.txt", 29): "a forum member's fields",
    ("aa08.txt", 32): "a forum's sort controls ('Display posts from previous: ...')",
    ("aa09.txt", 11): "a museum object's caption with its collection",
    ("aa09.txt", 12): "a 'Book tickets' button, also an article's words",
    ("aa09.txt", 28): "a funder's credit line in prose",
    ("aa10.txt", 16): "a blog photo's caption with no credit",
    ("aa11.txt", 14): "a service page's start button ('Report a pothole now')",
    ("aa11.txt", 36): "the council's address in the footer",
    ("aa12.txt", 27): "a guest review quoted in a widget ('What guests say: ...')",
    ("aa12.txt", 33): "a booking site's protection notice",
    ("aa13.txt", 4): "a two-crumb trail apart by a slash ('Documentation / Changelog')",
    ("aa13.txt", 20): "an upgrade prompt in the docs' words",
    ("aa14.txt", 26): "a reviews tab with a count and stars, apart by spaces",
    ("aa14.txt", 28): "a customer review quoted with its buyer",
    ("aa14.txt", 32): "a sign-up pitch whose box and button lost their closing bracket",
    ("ab01.txt", 2): "a date and weather widget",
    ("ab02.txt", 1): "a date line with the Hijri date",
    ("ab03.txt", 3): "a market ticker with currency pairs",
    ("ab03.txt", 37): "the site's name in the footer",
    ("ab03.txt", 42): "a related headline with no header",
    ("ab04.txt", 1): "a language switcher ('BM | 中文 | EN')",
    ("ab04.txt", 7): "a bare date and clock time, as an article's date line is",
    ("ab05.txt", 3): "a date line with a bar",
    ("ab05.txt", 34): "a lottery results widget",
    ("ab06.txt", 40): "a job advert in the site's words",
    ("ab07.txt", 8): "a bare clock time and date",
    ("ab08.txt", 3): "a search box's placeholder",
    ("ab09.txt", 7): "a lone count with no counter's word",
    ("ab10.txt", 3): "a section label above the headline with a deck between",
    ("ab10.txt", 8): "a bare date and clock time",
    ("ab11.txt", 1): "a masthead above a section name, not a menu",
    ("ab11.txt", 2): "the section's name",
    ("ab11.txt", 3): "an obituary search prompt",
    ("ab11.txt", 18): "a candle widget with its count",
    ("ab11.txt", 31): "the obituaries desk's notice",
    ("ab11.txt", 35): "another obituary's title with no header",
    ("ab12.txt", 32): "a results map's prompt",
}
# (file, line) of article lines flagged all the same.
WRONGLY_FLAGGED = {
    # A shop's category grid: its writer counted the products and prices as the page's content,
    # turku's annotators call such prices noise; BP013 takes a chain of three prices or more.
    **{("w02.txt", n): "a product's price in a shop's grid (BP013)" for n in (26, 30, 34, 38)},
    **{("w02.txt", n): "a product's name in the same grid, a record's line (BP013)" for n in (25, 29, 33, 37)},
    ("m04.txt", 14): "a trail guide's 'Start: ...' line, a fact the writer counts as the guide's: BP011",
    ("x07.txt", 22): "'HEAD TO HEAD', a preview's heading: BP011",
    ("x07.txt", 23): "'Last meeting: ...', the preview's own line below it: BP011",
    ("y02.txt", 33): "'Customer Reviews', the heading of the reviews the writer counts as the page's: BP002",
    ("y07.txt", 9): "a car's price alone, near another price: BP013",
    ("y08.txt", 25): "'Selected Publications', a heading above the list: BP011",
    ("v02.txt", 26): "'Scoring', a match report's heading of its scorers: BP011",
    ("v02.txt", 27): "a scorers' line: BP011", ("v02.txt", 28): "another",
    ("w01.txt", 15): "'Last updated 2 February 2025', which BP010 takes as the site's stamp and the writer as the guidance's",
    ("w05.txt", 19): "'Posted 3 days ago', the same",
    ("w06.txt", 29): "'Latest news', the club page's own section heading: BP009",
    ("w06.txt", 30): "the section's first story: BP009 lists it under the header",
    ("s03.txt", 29): "'Up Next', a game recap's heading of the next game, which BP009 reads as a player's label",
    ("s04.txt", 7): "'Published 11:04, Sat 8 June 2024': BP010 takes a published stamp with a clock time as the site's",
    ("t03.txt", 32): "a recipe's ingredient line led by 'For the crumble:': BP011",
    ("p04.txt", 27): "'Scorers', a heading above lines of names and scores: BP011",
    ("q03.txt", 40): "'Customer reviews', the heading of the reviews the writer counts as the page's: BP002",
    ("q06.txt", 17): "'Upcoming events', the heading of the page's own events: BP009",
    # Reader comments: the writer counted the comments' texts as the blog's content; BP017 takes
    # the whole thread as left below the article.
    ("q08.txt", 34): "a comment's text: BP017", ("q08.txt", 37): "a reply's text: BP017",
    ("q08.txt", 40): "a comment's text: BP017",
    ("c04.txt", 25): "'Notes to editors', a press release's heading, among short lines: BP011",
    ("f02.txt", 36): "a review's own 'Rating: 4/5', which BP003 reads as a counter",
    ("g02.txt", 23): "a row of a rates table (tab-separated) among short lines: BP011",
    ("i05.txt", 6): "an event's details between dots ('Free · All ages · Riverside Gardens to Market Cross'): BP004 reads a row of links",
    ("i07.txt", 18): "an object's materials, a line of nouns among short lines: BP011",
    ("i07.txt", 22): "the object page's own 'Further reading' heading, which heads a list of links on news sites",
    ("j05.txt", 35): "a city guide's own 'Don't miss' heading, a teaser's words on news sites",
    ("j08.txt", 25): "a press release's numbered note with a phone number and an email, among short lines: BP011",
}


def marked(name: str) -> tuple[str, set[int], set[int]]:
    """The article's text without marks, its leftover line numbers and its article line numbers."""
    leftovers, article, lines = set(), set(), []
    for n, line in enumerate((FOLDER / name).read_text(encoding="utf-8").split("\n"), 1):
        if line.startswith("@@ "):
            line = line[3:]
            leftovers.add(n)
        elif line.strip():
            article.add(n)
        lines.append(line)
    return "\n".join(lines), leftovers, article


def test_the_folder_holds_the_hundred_and_fifty_six_articles():
    assert len(ARTICLES) == 156


@pytest.mark.parametrize("name", ARTICLES)
def test_leftovers_are_flagged_and_article_lines_are_not(lint, name):
    text, leftovers, article = marked(name)
    flagged = {n for f in lint({name: text}, select=["BP"]) for n in range(f.line, f.end_line + 1)}
    missed = {(name, n) for n in leftovers - flagged}
    wrong = {(name, n) for n in flagged & article}
    assert missed == {k for k in MISSED if k[0] == name}
    assert wrong == {k for k in WRONGLY_FLAGGED if k[0] == name}

"""The family as a whole on varied phrasings of each kind of leftover line, placed among article
paragraphs, and on article sentences that use the same words (they stay unflagged)."""
from __future__ import annotations

import pytest
from bp_corpus import PARAGRAPHS


def article_with(line: str, at: int) -> str:
    parts = list(PARAGRAPHS)
    parts.insert(at, line)
    return "\n\n".join(parts) + "\n"


LEFTOVERS = [
    "- Advertisement -", "Ad", "Sponsored links", "Presented by Seaside Savings", "Content from our sponsors",
    "Paid partnership with Blue Bay Hotels", "Articles you might enjoy", "Recommended for you",
    "Trending today", "Most viewed", "Popular on the Coast Courier", "Top stories", "More in Sport",
    "Read next: Harbour car park to close", "Further reading", "Don't miss",
    "Start your 30-day free trial", "Subscribe from £1 a week", "Join 12,000 readers of our weekly digest",
    "Register now to keep reading", "Sign in to comment", "Download the Coast Courier app on iPhone",
    "Follow @coastcourier", "Share via WhatsApp", "Facebook Twitter LinkedIn Email", "Copy link",
    "Save for later", "Pictured above: the lifeboat returning", "Photo: Harbour Trust",
    "This video is no longer available", "We value your privacy", "Reprinted with permission",
    "Jump to comments", "Updated 6:40 PM BST, Sun 4 May 2025", "Posted 2 days ago", "Topics",
    # interface text: buttons and widgets
    "Load more", "Report this comment", "Decrease font size", "Manage cookies", "Sort by: Oldest",
    "Reading time: 6 minutes", "Live updates", "Slide 3 of 9",
    "T&Cs apply", "Advertising feature", "Written by editor on 3 May 2025 at 09:12",
    "Crew honoured for winter rescues Full story »", "Posted in Lifeboats, Rescues | 4 Comments",
    "This content is not available in your country",
    "This newsletter is sponsored by Seaside Savings", "You have 3 free articles left",
    "Sign in or register", "Print this story", "Send us your photos", "Image courtesy of the RNLI",
    "Home / News / Lifeboats", "Posted by webmaster",
    # blogs, shops and forums
    "Your email address will not be published.", "Submit comment", "Notify me of follow-up comments by email.",
    "Add to basket", "Out of stock", "Free shipping on all orders over $40", "Save 15% on your first order",
    "Print this recipe", "Search the blog", "Toggle menu", "Sign up for email updates", "Guests online: 41",
    "Careers",
    # a sixth batch: rephrasings of kinds a probe of 73 new lines found missing (54 of 73 flagged on first sight)
    "Scroll down to keep reading", "This series is made possible by Seaside Savings", "Supported by",
    "Partner content from Blue Bay Hotels", "Half-price entry until Friday. T&Cs apply.",
    "Have a story? Call the newsdesk on 01234 567890", "Please read our commenting guidelines",
    "Enjoyed this? Subscribe for more from the coast", "You need to be signed in to reply.",
    "All photos copyright Harbour Trust 2024", "Republication without written permission is prohibited.",
    "Last checked: 2 May 2025", "Audio version of this story", "Toggle caption", "Enlarge this photo",
    "Watch more videos", "Recommended", "Site map",
    # a seventh batch (session 4): 60 of 74 probe lines flagged on first sight; these are kinds it missed
    "This post was posted in Rescues on Friday, 4 April 2025 and is filed under Lifeboats.",
    "You can follow any responses to this post through the RSS feed.", "Comments and trackbacks are closed.",
    "Newer stories »", "« Previous page", "1 2 3 ... 9 Next »", "Reply to this thread", "Thank you for your rating!",
    "Rate this recipe: 4 stars", "Back in stock - dispatched within 2 days", "Usually dispatched in 3 days",
    "Readers who viewed this also read", "Product code: LB-7781", "Font size: A A", "Follow us: Facebook | Instagram",
    "Subscribe to get unlimited access", "Main navigation", "You are here: Home > Lifeboats",
    # an eighth batch (session 4), forum, government and wiki pages: 21 of 61 probe lines flagged on first sight
    "Sign in / Register", "My basket", "Edited by harbourmaster; 4 May 2025 at 09:30.", "Last edited by crewmate; 04-05-2025 at 09:30 PM.",
    "Originally posted by lifeboatfan", "Quote from: seadog on 2 May 2025", "Search this thread", "Similar topics",
    "Page generated in 0.12 seconds", "All times are UTC. The time now is 09:30.", "Was this page helpful?",
    "Report a problem on this page", "Cookies on our website", "Accept analytics cookies", "Hide message",
    "Content is available under the Creative Commons Attribution licence.", "Explore the collection",
    "Read: Crew of the year named", "Retrieved from \"https://example.org/wiki/Lifeboat\"",
    "Contains public sector information licensed under the Open Government Licence v3.0.",
    # a ninth batch (session 4), blog sidebars, comment forms and shop pages: 25 of 55 probe lines on first sight
    "Like this:", "3 bloggers like this.", "Recent comments", "Comments RSS", "View all posts by harbourmaster",
    "More stories from the Coast Courier", "Verified buyer", "Was this review helpful?", "Quick view", "Store finder",
    "Track my parcel", "Gift vouchers", "Help and FAQs", "Free returns on every order", "Regular price was: £30.00",
    "Proudly powered by Ghost", "Theme: Harbour Light by Seaside Studio", "Related:", "Your email address (required)",
    # a tenth batch (session 4), podcasts, live blogs, bookings, job boards, donations: 12 of 52 on first sight
    "Skip back 30 seconds", "Download the podcast", "Read the full transcript", "Show 12 new posts", "Pinned post",
    "Filter by: Key events", "Book your stay", "Check-out date", "Apply for this job", "Similar vacancies",
    "Add to my diary", "Give a donation", "Please consider supporting the Coast Courier today.",
    "By signing up, you agree to our privacy policy.", "This story was corrected on 5 May 2025 to fix a date.",
    "Read our cookie policy", "Published: 09:30 BST, 4 May 2025 | Updated: 10:02 BST, 4 May 2025",
    "Listen on Spotify", "Play the episode", "12:04 / 41:10", "Embed from Instagram",
    # an eleventh batch (session 6): kinds a probe of 142 scraped lines missed (86 flagged on first sight)
    "The Sunday Tide lands in your inbox at 7am – the week on the coast in five minutes. Sign up",
    "Open evening on 14 May – meet the crew and see the boats. Book your place",
    "£10 keeps a lifeboat volunteer in kit for a season. Will you give today?", "Spread the word",
    "Station annual review 2024 (PDF, 1.8MB)", "HBX 2,114.30 ▲0.6%", "Gold 1,902.10 ▼0.3%",
    "The coxswain on the slipway at dawn. Jo Marsh for Coast Life",
    "The crew hauls the boat up the slipway. Pic: Sam Wade",
    "Last revised: 3 May 2025", "1.2k shares",
    # a twelfth batch (session 6): pages that are not news (62 of 152 probe lines on first sight)
    "Station   Crew   Fundraising   Visit us   Shop", "♡ Save   ↗ Share", "Cymraeg | English",
    "👍 41   🎉 12   ❤ 7", "Edition: Coast ▾", "The new lifeboat is here. See the photos →",
    "Help us improve this page", "Report this listing", "Jump to page: 1 2 3 Next »",
    "Who is online: 12 users browsing this forum", "Image 2 of 6: the lifeboat at its mooring",
    "Lifeboat day 2024 (JPEG, 2.4 MB)", "If you enjoyed this episode, leave us a review wherever you listen",
    "★ 4.87 · 96 reviews", "Page 2 of 7 · 61 replies · 4,010 views", "Board index » Stations » Lifeboats, crews & rescues",
    # a thirteenth batch (session 6): an eighth probe, news and other pages (114 of 165 on first sight)
    "Skip to the stories", "Story continues after this message from our sponsors", "Find us @coastcourier",
    "Share Mary's story", "Choose an amount: £5 £10 £25 Other", "Comments on this story close after 24 hours.",
    "3 comments:", "Lifeboats | Stations | Volunteers | Donate", "Home  Stations  Crews  Volunteers  Shop",
    "The crew at dawn on the slipway. Image source: Harbour Trust", "The new boat on its trailer (click to enlarge)",
    "Posted on 4 May 2025 by admin",
    # session 7: furniture of shops, bookings, forums and docs sites, in words of the team's own
    "Show older replies", "Save to my shortlist", "Qty: 2", "Pay in 4 interest-free payments of £12.50",
    "Free UK delivery on orders over £30", "Search our catalogue", "Search 12,500 spare parts",
    "Suggest an edit", "Did this guide help you?", "Copy code", "37 shoppers found this helpful",
    "Basket (2)", "This website uses only essential cookies, no trackers.", "Website built by Harbour Web Co",
    "Typeset with the Driftwood theme.", "Running on Quayside Forum 4.1.2", "Tap here for the full timetable",
    "Request a quote", "Book your visit online", "See all 18 photos", "We'll post the best replies. Subscribe",
    "Print edition out Thursday. Sign up to get it delivered", "Leave your comments below and we'll read them all",
    "Enter your email below for the weekly tide tables", "Found a typo? Email the desk",
    "Spotted an error? Let the editor know", "See all deals", "If you buy through our links we may earn a fee",
    "Audio loading...", "Posted 3 May 2025 · Last updated 2 hours ago", "4 min read · 2 days ago",
    "Please bet responsibly. 18+ only.", "Confirm you are over 18 to enter this site",
    "Nothing on this site constitutes financial advice.", "This piece does not constitute legal advice.",
    "Registered charity no. 1187342", "© Tideline Trust · Registered charity 1187342",
    "★★★★☆ 4.2 · 96 reviews", "3 June 2025 · 12 comments", "Basket: 2 items - £18.40",
    "Now online: 12 members and 58 guests", "Thanked by: harbourlass, keelhaul", "Quick links", "Keep exploring",
    'Return to "Engines and Outboards"',
    "You've got 3 free harbour reads left this month", "Follow the crew all winter — @tidewatercrew everywhere",
    "Updated 14:05 GMT — first published 08:30", "Tidewater Gazette Ltd. © 2025. Member of the Press Standards Board.",
    "ADVERTISEMENTStory continues below",
    "[edit]", "Contents [show]", "Search the harbour archive...", "Text is available under CC BY-SA 4.0 unless noted.",
    "Asked 2 years ago", "Viewed 3,120 times", "answered by tidewatcher · 2,210", "3 Replies · Sorted by: Newest",
    "Make an offer", "Flag this listing", "See all items by this seller", "Listing ID 99120487", "Read our safety tips",
    "Read all 212 reviews", "Check availability", "Similar properties nearby", "Anna – Norway · Stayed in July 2024",
    "Your postcode   [ Find my day ]",
    "You're reading a subscriber-only story. Try Gazette Plus free for a month.", "Reviews (12)  Sort by: Newest",
    "Filter by", "Tide tips, new berths and offers. Enter your email", "Download MP3", "1.5x", "Become a patron",
    "Stay in touch: get the harbour newsletter", "Other amount £", "Give monthly",
    "Yes, I am a UK taxpayer and want the trust to claim Gift Aid", "★★★★☆ (86 reviews)", "112 applicants",
    "£4,120 raised of our £10,000 target", "Page last updated: 4 March 2025", "*Bonus terms apply. 18+.",
    "Help Privacy Cookies Contact", "Read our full review: the Quayside 40 tested", "More harbour news",
    "Match sponsor: Tidewater Chandlers", "Hysbyseb / Advertisement",
    "Ad slot", "Reach the Tidewater Times newsroom:", "Get in touch with our newsroom",
    "To report a correction or typo, please email corrections@tidewater.example", "Nation & World2 April 2026",
    "Search the archives", "Get started free", "Talk to sales", "Questions? Chat with our team, we reply fast",
    "Show: Grid view | List view", "Enter your postcode", "Calculate your monthly payments",
    "We accept Visa, Mastercard and PayPal", "Posted 3 March 2025 by Wren | 9 Comments",
    "Rated 4.7/5 from 310 customer reviews", "Contact us", "Customers also bought", "You're reading: The pontoon saga",
    "Sign the guest book", "Send flowers to the Penhale family", "Buy season tickets", "Video player is loading.",
    "Subscribe to the Gazette from £1 a week. Cancel anytime.", "More reviews", "Recent obituaries",
    "Audio player loading…", "Free delivery on your first order over £30 with code SAIL30", "Like this: Like",
    "Add all 9 ingredients to basket · £12.10", "Reserve The Lantern Keeper in our catalogue: 6 copies",
    "★★★★☆ (94)   Write a review",
    # session 8: rows of buttons, counts, sponsors, site makers, short crumbs
    "Reply Quote Report", "share improve this question follow", "Like · Reply · Share", "Edit | Delete",
    "Discussion (23)", "24 photos", "This episode is sponsored by Tidewater Chandlers",
    "Today's briefing is brought to you by Harbour Savings", "Site powered by Quaykit",
    "Our shop is built with Harbourcart", "Moorings › Visitor Berths", "Guides / Sailing / Knots / The Bowline",
    "Please share this story:", "Join   Log in", "Sign up for the Quayside Daily: tides, fares and news, every morning.",
    "Get the free tide app when you join our mailing list!", "Questions about this course? Ask in the crew forum",
    "Enquire about this mooring", "Book this cottage now", "Mark as read", "Edit on GitLab", "Search the docs…",
    "Not the answer you're looking for? Browse other questions tagged knots.",
    "Bonus episodes are exclusive to Patreon supporters", "Double your gift today", "Check prices on Harbourstays",
    "Swipe left to see more photos", "Call us: 01632 960 111", "Find us: Quay Street, Harbourtown",
    "The Quay Review is funded by readers like you. Support us.", "Filed under Ferries, Council",
    "A version of this story appeared in print on 4 May.", "Read our complaints procedure.",
    "Prices delayed by at least 15 minutes.", "Buy a print, opens new tab", "Visit our corporate site",
    "Comments are moderated and must follow our community guidelines.", "Updated 38 mins ago",
    "Module 3 of 8", "Progress: 40% complete", "VIDEO 2:14", "Related questions", "More about ferries",
    "Today's best harbour kayak deals", "Berths by the old quay at dusk. | Photo Credit: JO MARSH",
    "The crew in training. The course runs all winter. Credit: M. Tern/Harbour Trust",
    "👍 56 🎉 31 ❤️ 12",
]


@pytest.mark.parametrize("line", LEFTOVERS)
@pytest.mark.parametrize("at", [0, 2, 3])
def test_leftover_line_is_flagged_wherever_it_sits(lint, line, at):
    found = lint({"a.txt": article_with(line, at)}, select=["BP"])
    line_no = 1 + 2 * at  # paragraphs are separated by one blank line
    assert {f.line for f in found} == {line_no}, [(f.code, f.line, f.message) for f in found]


ARTICLE_LINES = [
    "Most volunteers have served at the station for more than ten years.",
    "More than forty people turned out to welcome the crew home.",
    "The coxswain shared a photograph of the yacht on the station's page.",
    "Popular support has kept the station open through two funding reviews.",
    "Topics at the meeting included the tractor, the slipway and the rota.",
    "\"Follow the lights,\" the coxswain told the walker over the radio.",
    "The video of the rescue, filmed from the cliff, was shared widely.",
    "Sign language classes are held in the station hall on Mondays.",
    "Readers can donate at any of the town's post offices, the charity said.",
    "By Mary Tern",
    "The crew will show more of the boat at the open day in June.",
    "Live music will follow the launch on Saturday evening.",
    "Supported by volunteers, the station has run for ninety years.",
    "The same terms apply to every crew member, the trust said.",
    "The trust is recommended as a model for other stations.",
    "All photos taken on the day will go on show at the library.",
    "In stock markets, shares in the boatyard rose by a tenth.",
    "Readers who found the walker were thanked by the crew.",
    "The next page of the log records a calm night.",
    "You can follow the crew's training on the station's website.",
    "The rescue was posted on the station's page within an hour.",
    "Recent comments by the coxswain were welcomed by the crew.",
    "Gift cards bought for the raffle raised more than four hundred pounds.",
    "Verified by the coastguard, the call came in just after midnight.",
    "Helpful neighbours brought blankets and tea to the slipway.",
    "Book now, the harbour master urged visitors, as the ferry fills up fast.",
    "Apply now for places on next year's training course, the station said.",
    "Listen to the crew and you will hear how close it was.",
    # session 6: sentences that tell of a notice, quote a button, or give an amount
    "A rival site had copied the story in full, keeping only the line \"All rights reserved\" at the bottom of the page.",
    "Volunteers were asked to sign up at the station, and forty did so within a week.",
    "The annual review, published as a PDF, runs to forty pages.",
    "The crew's photographer, Jo Marsh, works for Coast Life on weekdays.",
    "Enter your email address and password, then tap Continue to open the crew rota.",
    "Last revised for the autumn term.", "4.3 Share",
    "Tickets cost €38.11 at the door.",
    "Published 3 May 2025", "Posted on 4 May 2025 by Mary Tern",
    # session 7: sentences that use the same words
    "Members of the crew were thanked by the mayor at the harbour dinner.",
    "The council said nothing in the report constitutes a decision on the quay.",
    "Walk into any chandlery and the assistant will ask whether you would like to register to vote in the harbour election.",
    "Playing Field Trust, a local charity, says the boatyard has raised close to £10,000.",
    "The museum was founded in 1921 and is a registered charity (No. 1104427).",
    "Up next week, the council will vote on the new berthing fees.",
    "Readers told us the pontoon had been loading slowly for years.",
    "The crew has 3 free places left on the spring course, the station said.",
    "Readers can follow the crew's progress on the station's noticeboard.",
    "Credits: 20", "The pier was sorted by volunteers in a week, the council said.",
    "She asked 2 years ago whether the pontoon would ever open, and nobody answered.",
    "Keep in touch with the crew, the coxswain told the volunteers.", "Other amounts were paid by the council.",
    "More than a hundred boats attended the harbour festival this year.",
    "Reporters at the paper's newsroom worked through the night as the tide rose.",
    "She said the crew would chat with our team about the new berths next week.",
    # session 8
    "The research was funded by the harbour trust and sponsored by two local firms.",
    "Like the crew, the coxswain will share the rota and reply to every volunteer.",
    "The new pontoon was built with timber from the old quay.",
    "Readers shared the story with friends, and the harbour board answered every letter.",
    "Questions about the ferry were asked at the council meeting, and the mayor answered them all.",
    "The photo by the harbour wall won the prize, the judges said.",
    "She found us a berth by the old quay, and the crew helped us tie up.",
    "Call us old-fashioned, but the harbour still rings its bell at noon.",
    "Comments made at the meeting were recorded in the minutes, the clerk said.",
]


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_article_sentences_with_the_same_words_are_left_alone(lint, line):
    assert lint({"a.txt": article_with(line, 2)}, select=["BP"]) == []

"""AT001 quotation-without-speaker: attributed and unattributed variants of the same quotations."""
from __future__ import annotations

import pytest

QUOTE = "We cannot keep paying for a building that nobody uses anymore"
LEAD = "The council voted on Tuesday to close the library on Elm Street."


def at001(lint, text: str, **options):
    config = {"rules": {"AT001": options}} if options else None
    return [f for f in lint({"story.txt": text}, select=["AT001"], config=config) if f.code == "AT001"]


@pytest.mark.parametrize("text", [
    # speech verb after the quotation, with a named speaker, a title, a pronoun
    f'{LEAD}\n\n"{QUOTE}," Mayor Ines Ferreira said.\n',
    f'{LEAD}\n\n"{QUOTE}," the mayor told reporters.\n',
    f'{LEAD}\n\n"{QUOTE}," she said.\n',
    # inverted: verb then speaker
    f'{LEAD}\n\n"{QUOTE}," said Ines Ferreira, the mayor.\n',
    f'{LEAD}\n\n“{QUOTE},” wrote the town clerk in a letter to residents.\n',
    # speech verb before the quotation
    f'{LEAD}\n\nThe mayor said that "{QUOTE}."\n',
    f'{LEAD}\n\nFerreira warned residents: "{QUOTE}."\n',
    f'{LEAD}\n\nHe added, "{QUOTE}."\n',
    # speaker in the middle of a quotation
    f'{LEAD}\n\n"We cannot keep paying," the mayor said, "for a building that nobody uses."\n',
    # according to
    f'{LEAD}\n\nAccording to the mayor, "{QUOTE}."\n',
    f'{LEAD}\n\n"{QUOTE}," according to a statement from the town hall.\n',
    # a colon after a named speaker, no verb
    f'{LEAD}\n\nThe mayor\'s answer: "{QUOTE}."\n',
    f'{LEAD}\n\nFerreira: "{QUOTE}."\n',
    # the sentence before ends with a colon and names the speaker
    f'{LEAD} The mayor put it this way:\n\n"{QUOTE}."\n',
    # a question the sentence splitter ends at the closing mark
    f'{LEAD}\n\n"Why should we keep paying for a building that nobody uses?" Ferreira asked.\n',
    # two-word verb of saying
    f'{LEAD}\n\n"{QUOTE}," the mayor went on.\n',
    # a quotation continuing the speaker of the sentence before, in the same paragraph
    f'{LEAD}\n\n"The vote was close," Ferreira said. "{QUOTE}."\n',
    # a quoted sentence followed by the attributed rest of the quotation
    f'{LEAD}\n\n"{QUOTE}." "The vote was close," Ferreira said.\n',
])
def test_attributed_quotations_pass(lint, text):
    assert at001(lint, text) == []


@pytest.mark.parametrize("text", [
    f'{LEAD}\n\n"{QUOTE}."\n',
    f'{LEAD}\n\n“{QUOTE}.”\n',
    # the attribution cut away leaves stray punctuation behind
    f'{LEAD}\n\n"{QUOTE}," .\n',
    # a participle with no subject is no speaker
    f'{LEAD}\n\n"{QUOTE}," adding that the vote was close.\n',
    # a partial quotation woven into the writer's own sentence, no verb of saying
    f'{LEAD} Critics had long seen the building as "a waste of money for everyone in town."\n',
    # an unclosed quotation
    f'{LEAD}\n\n"{QUOTE}.\n',
])
def test_unattributed_quotations_are_reported(lint, text):
    found = at001(lint, text)
    assert len(found) == 1
    assert "has no speaker" in found[0].message
    assert found[0].line == 3 or found[0].line == 1


def test_finding_covers_the_quotation_with_its_marks(lint):
    text = f'{LEAD}\n\n“{QUOTE}.”\n'
    [f] = at001(lint, text)
    assert (f.line, f.column) == (3, 1)
    assert text[f.start:f.end] == f"“{QUOTE}.”"
    assert "11 words" in f.message


def test_paragraph_of_quotation_takes_the_speaker_of_the_paragraph_before(lint):
    text = f'{LEAD} "The vote was close," the mayor said.\n\n"{QUOTE}."\n'
    assert at001(lint, text) == []


def test_paragraph_before_without_a_speaker_gives_none(lint):
    text = f'{LEAD} The mayor spoke at length about the library.\n\n"{QUOTE}."\n'
    assert len(at001(lint, text)) == 1


@pytest.mark.parametrize("text", [
    f'{LEAD} "The vote was close," the mayor said.\n\n"{QUOTE}," .\n',
    f'{LEAD}\n\n"The vote was close," the mayor said. "{QUOTE},"\n',
    f'{LEAD}\n\n"The vote was close," the mayor said. "{QUOTE}."  .\n',
])
def test_a_quotation_that_promises_its_speaker_does_not_borrow_one(lint, text):
    # A comma before the closing mark, or stray punctuation after it: the attribution was cut.
    assert len(at001(lint, text)) == 1


@pytest.mark.parametrize("text", [
    f'{LEAD}\n\n"{QUOTE}." — Ines Ferreira, mayor\n',
    f'{LEAD}\n\n"FERREIRA: {QUOTE}."\n',
    f'{LEAD} Ferreira dismissed the objections as "the complaints of people who never visit."\n',
])
def test_signed_transcript_and_verb_led_quotations_are_attributed(lint, text):
    assert at001(lint, text) == []


def test_run_on_quotation_takes_the_speaker_of_its_first_paragraph(lint):
    text = (f'{LEAD}\n\n'
            f'"{QUOTE}," the mayor said. "The roof leaks and the heating fails every winter.\n\n'
            f'"Nobody in this town should have to pay for that any longer."\n')
    assert at001(lint, text) == []


def test_run_on_quotation_with_speaker_in_its_last_paragraph(lint):
    text = (f'{LEAD}\n\n'
            f'"The roof leaks and the heating fails every winter in that old building.\n\n'
            f'"Nobody in this town should have to pay for that any longer," the mayor said.\n')
    assert at001(lint, text) == []


def test_run_on_quotation_with_its_paragraph_breaks_lost_keeps_its_speaker(lint):
    # Scraped text often joins paragraphs with a space: each paragraph of the run-on quotation
    # still opens with a mark, and the one before it is still open.
    text = (f'{LEAD} "{QUOTE}," the mayor said. "The roof leaks and the heating fails every winter. '
            f'"Nobody in this town should have to pay for that any longer. "We will vote on it in May."\n')
    assert at001(lint, text) == []


def test_run_on_quotation_with_lost_paragraph_breaks_and_no_speaker_is_reported(lint):
    text = (f'{LEAD}\n\n"The roof leaks and the heating fails every winter in that old building. '
            f'"Nobody in this town should have to pay for that any longer, whatever happens."\n')
    assert len(at001(lint, text)) == 2


def test_run_on_quotation_without_any_speaker_is_reported_per_paragraph(lint):
    text = (f'{LEAD}\n\n'
            f'"The roof leaks and the heating fails every winter in that old building.\n\n'
            f'"Nobody in this town should have to pay for that any longer."\n')
    assert [f.line for f in at001(lint, text)] == [3, 5]


@pytest.mark.parametrize("text", [
    # scare quotes: short
    f'{LEAD} Officials called it a "temporary" closure.\n',
    f'{LEAD}\n\nThe "reform" passed anyway.\n',
    # titles in title case
    f'{LEAD} The library once lent "The History Of Elm Street And Its Mills" to every school.\n',
    # quoted names after a naming word
    f'{LEAD} Residents started a campaign called "save the library for the children of the town" online.\n',
    f'{LEAD} The slogan "keep the doors open for every reader" appeared on posters.\n',
])
def test_scare_quotes_titles_and_names_are_not_speech(lint, text):
    assert at001(lint, text) == []


def test_min_words_option(lint):
    text = f'{LEAD}\n\nThe answer was "not this year, sorry, maybe later."\n'  # 6 words
    assert at001(lint, text) == []
    assert len(at001(lint, text, **{"min-words": 6})) == 1


def test_neighbours_option_off_requires_the_speaker_in_the_sentence(lint):
    text = f'{LEAD}\n\n"The vote was close," Ferreira said. "{QUOTE}."\n'
    assert at001(lint, text) == []
    assert len(at001(lint, text, neighbours=False)) == 1


def test_markdown_front_matter_is_not_read_as_prose(lint):
    text = f'---\ntitle: "A title that is long enough to count as speech here"\n---\n{LEAD}\n\n"{QUOTE}," she said.\n'
    assert [f for f in lint({"story.md": text}, select=["AT001"])] == []


@pytest.mark.parametrize("text", [
    # verbs that are mostly nouns, read as verbs right after a subject or inverted after a quotation
    f'{LEAD}\n\n"{QUOTE}," Ferreira notes.\n',
    f'{LEAD}\n\n"{QUOTE}," the town clerk counters.\n',
    f'{LEAD}\n\n"{QUOTE}," notes Ines Ferreira, the mayor.\n',
    # a document as the speaker
    f'{LEAD}\n\n"{QUOTE}," the statement said.\n',
    # a number among the speaker's modifiers
    f'{LEAD}\n\n"{QUOTE}," said the 61-year-old.\n',
    # a verb a little further from a partial quotation
    f'{LEAD} Ferreira warned on Monday at the meeting of the council that "{QUOTE}."\n',
])
def test_more_ways_of_naming_the_speaker(lint, text):
    assert at001(lint, text) == []


@pytest.mark.parametrize("text", [
    # the same nouns in their noun sense give no speaker
    f'{LEAD} The notes were found in a drawer.\n\n"{QUOTE}."\n',
    f'{LEAD} Ferreira\'s notes were found in a drawer.\n\n"{QUOTE}."\n',
    f'{LEAD} The council calls for a vote every year.\n\n"{QUOTE}."\n',
])
def test_noun_senses_of_speech_words_name_no_speaker(lint, text):
    assert len(at001(lint, text)) == 1


@pytest.mark.parametrize("text", [
    # a bracketed citation after the quotation
    f'{LEAD}\n\n"{QUOTE}." [Valley Courier.]\n',
    f'{LEAD}\n\n"{QUOTE}." (Reuters)\n',
    # the speaker before a colon, with quoted words between them
    f'{LEAD} Ferreira backs "a fair deal" and recalled the old budget: "{QUOTE}."\n',
])
def test_citations_and_colons_across_quoted_words_attribute(lint, text):
    assert at001(lint, text) == []


@pytest.mark.parametrize("text", [
    # a name spelt like a function word, between the quotation and the verb
    f'{LEAD}\n\n"{QUOTE}," Will wrote.\n',
    f'{LEAD}\n\n"{QUOTE}," said Will Ferreira, the mayor.\n',
    # a day name among the inverted speaker's modifiers
    f'{LEAD}\n\n"{QUOTE}," reads a Sunday editorial in the Valley Courier.\n',
    # more verbs of saying
    f'{LEAD}\n\n"{QUOTE}," Ferreira assured the crowd.\n',
    # a quantifier standing for people as the subject
    f'{LEAD}\n\n"The vote was close," one resident wrote. Another added, "{QUOTE}."\n',
    # a two-letter noun as the speaker
    f'{LEAD} The ad says "{QUOTE}."\n',
    # an apposition between a quotation ending in "!" and its verb
    f'{LEAD}\n\n"Why should we keep paying for a building nobody uses!" Ferreira, the mayor of the town, tweeted.\n',
])
def test_names_spelt_like_function_words_and_modifiers_of_inverted_speakers(lint, text):
    assert at001(lint, text) == []


def test_a_capitalised_word_after_a_quotation_is_no_speaker_without_a_verb(lint):
    assert len(at001(lint, f'{LEAD}\n\n"{QUOTE}." Will the council listen?\n')) == 1

"""Document structure: what every rule reads, computed from plain text."""
from corpuslint import Document


def test_lines_carry_file_line_numbers_and_offsets():
    doc = Document("first\n\nthird line\n", "a.txt")
    assert [(l.number, l.text) for l in doc.lines] == [(1, "first"), (2, ""), (3, "third line")]
    third = doc.lines[2]
    assert doc.text[third.start:third.end] == "third line"


def test_paragraphs_are_blank_line_separated_and_stripped():
    doc = Document("  One.\nStill one.\n\n\n  Two. \n", "a.txt")
    assert [p.text for p in doc.paragraphs] == ["One.\nStill one.", "Two."]


def test_sentences_respect_abbreviations_initials_and_paragraphs():
    doc = Document("Mr. Lee met Dr. J. Smith in the U.S. on Monday. They talked!\n\nNew paragraph here.", "a.txt")
    assert [s.text for s in doc.sentences] == [
        "Mr. Lee met Dr. J. Smith in the U.S. on Monday.", "They talked!", "New paragraph here."]


def test_sentence_ends_inside_closing_quote():
    doc = Document('She said "we will go." Then she left.', "a.txt")
    assert [s.text for s in doc.sentences] == ['She said "we will go."', "Then she left."]


def test_quotations_straight_curly_and_guillemets():
    doc = Document('He said "yes" and “no” and « peut-être ».', "a.txt")
    assert [q.text for q in doc.quotations] == ["yes", "no", " peut-être "]
    assert all(q.closed for q in doc.quotations)


def test_quotation_offsets_point_at_the_words_and_marks():
    doc = Document('Intro.\n\nShe said: “It is late.”', "a.txt")
    q = doc.quotations[0]
    assert doc.text[q.start:q.end] == "It is late."
    assert doc.text[q.open_at] == "“" and doc.text[q.close_at] == "”"


def test_unclosed_quotation_runs_to_paragraph_end():
    doc = Document("He said “we will not stop\n\nNext paragraph.", "a.txt")
    (q,) = doc.quotations
    assert q.text == "we will not stop" and not q.closed


def test_quotation_running_over_paragraphs_is_marked_continued():
    doc = Document("“First part of the speech,\n\n“and the second part,” she said.", "a.txt")
    first, second = doc.quotations
    assert not first.closed and not first.continued
    assert second.closed and second.continued


def test_apostrophes_and_inch_marks_are_not_quotations():
    doc = Document("It's the 12\" pipe, isn't it?", "a.txt")
    assert doc.quotations == []


def test_markdown_front_matter_becomes_metadata_and_is_not_body():
    doc = Document("---\ntitle: A\nsource: b.md\n---\nBody line.\n", "a.md")
    assert doc.metadata == {"title": "A", "source": "b.md"}
    assert [l.text for l in doc.lines] == ["Body line."]
    assert doc.lines[0].number == 5


def test_invalid_front_matter_is_reported_not_raised():
    doc = Document("---\ntitle: [unclosed\n---\nBody.\n", "a.md")
    assert doc.metadata == {}
    assert "front matter is not valid YAML" in doc.metadata_error


def test_front_matter_only_read_in_markdown():
    doc = Document("---\ntitle: A\n---\nBody.\n", "a.txt")
    assert doc.metadata == {} and doc.lines[0].text == "---"


def test_positions_are_one_based_in_code_points():
    doc = Document("ab\ncé d\n", "a.txt")
    pos = doc.position(doc.text.index("d"))
    assert (pos.line, pos.column) == (2, 4)
    assert doc.offset(2, 4) == doc.text.index("d")


def test_opening_mark_typed_as_closing_mark_closes_the_quotation():
    doc = Document("They called it “best in the world“ and left. Then “another” came.", "a.txt")
    assert [(q.text, q.closed) for q in doc.quotations] == [("best in the world", True), ("another", True)]


def test_two_openings_in_a_row_leave_the_first_unclosed():
    doc = Document("He said “we will “not” stop.", "a.txt")
    assert [(q.text, q.closed) for q in doc.quotations] == [("we will", False), ("not", True)]


def test_doubled_opening_mark_opens_one_quotation():
    doc = Document("She said ““we are ready” today.", "a.txt")
    assert [(q.text, q.closed) for q in doc.quotations] == [("we are ready", True)]


def test_lines_are_ordinary_frozen_line_values():
    import dataclasses

    import pytest

    from corpuslint import Line

    doc = Document("---\ntitle: T\n---\nOne\n\nTwo\n", "a.md")
    assert doc.lines == [Line(17, 20, "One", 4), Line(21, 21, "", 5), Line(22, 25, "Two", 6)]
    assert hash(doc.lines[0]) == hash(Line(17, 20, "One", 4))
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.lines[0].text = "changed"
    assert Document("", "a.txt").lines == [Line(0, 0, "", 1)]
    assert Document("a\r\nb", "a.txt").lines[0].text == "a\r"  # line breaks are normalised by the readers, not here

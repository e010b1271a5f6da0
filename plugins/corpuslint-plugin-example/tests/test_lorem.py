"""Tests of the example rule, written with corpuslint's pytest plugin (the `lint` fixture)."""
import corpuslint_lorem


def test_lor001_finds_placeholder_at_its_position(lint):
    findings = lint({"page.txt": "Title\n\nSome text. Lorem ipsum dolor.\n"}, plugins=[corpuslint_lorem], select=["LOR001"])
    assert [(f.path, f.line, f.column, f.code) for f in findings] == [("page.txt", 3, 12, "LOR001")]


def test_lor001_is_quiet_on_finished_text(lint):
    assert lint({"page.txt": "The council met on Tuesday.\n"}, plugins=[corpuslint_lorem], select=["LOR001"]) == []

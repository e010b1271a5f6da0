"""LanguageTool's matches become findings at their exact spans, sorted into LT001-LT004."""
from corpuslint import Severity


def test_wrong_article_is_a_grammar_finding_at_its_span(lint, lt_server, lt_config):
    findings = lint({"a.txt": "She saw a elephant at the zoo.\n"}, select=["LT"], config=lt_config(lt_server.url))
    assert [(f.code, f.line, f.column, f.end_column) for f in findings] == [("LT001", 1, 9, 10)]
    f = findings[0]
    assert "EN_A_VS_AN" in f.message and "MISC" in f.message
    assert f.data["rule"] == "EN_A_VS_AN" and f.data["replacements"][0] == "an"
    assert f.fix is not None and not f.fix.safe


def test_categories_go_to_their_rules(lint, lt_server, lt_config):
    text = "We did not recieve it , said the the clerk. The end result was fine.\n"
    findings = lint({"a.txt": text}, select=["LT"], config=lt_config(lt_server.url))
    got = {(f.code, text[f.start:f.end]) for f in findings}
    assert got == {("LT002", "recieve"), ("LT003", " ,"), ("LT001", "the the"), ("LT004", "end result")}
    assert {f.code: f.severity for f in findings}["LT004"] is Severity.INFO


def test_offsets_in_multi_paragraph_text_with_front_matter_and_astral_characters(lint, lt_server, lt_config):
    text = ("---\ntitle: Notes\n---\n"
            "The first paragraph is fine.\n\n"
            "Crowds cheered 🎉🎉 for a old man,\nthen went home home.\n\n"
            "\n\nLast one: we recieve letters.\n")
    findings = lint({"notes.md": text}, select=["LT"], config=lt_config(lt_server.url))
    assert [(f.code, f.line, f.column, text[f.start:f.end]) for f in findings] == [
        ("LT001", 6, 23, "a"),
        ("LT001", 7, 11, "home home"),
        ("LT002", 11, 14, "recieve"),
    ]
    # the front matter was not sent, and every paragraph went in one request
    assert len(lt_server.checks) == 1
    assert "title:" not in lt_server.checks[0]["text"]


def test_rules_are_on_when_languagetool_is_configured(lint, lt_server, lt_config):
    findings = lint({"a.txt": "He bought a apple.\n"}, config=lt_config(lt_server.url))
    assert "LT001" in {f.code for f in findings}


def test_rules_are_off_and_nothing_is_sent_when_not_configured(lint, lt_server):
    findings = lint({"a.txt": "He bought a apple.\n"})
    assert not [f for f in findings if f.code.startswith("LT")]
    assert lt_server.requests == []


def test_ignoring_one_rule_keeps_the_others(lint, lt_server, lt_config):
    text = "We recieve a apple.\n"
    findings = lint({"a.txt": text}, select=["LT"], ignore=["LT002"], config=lt_config(lt_server.url))
    assert [(f.code, text[f.start:f.end]) for f in findings] == [("LT001", "a")]


def test_disabled_rules_are_sent_to_languagetool(lint, lt_server, lt_config):
    text = "We recieve a apple.\n"
    findings = lint({"a.txt": text}, select=["LT"],
                    config=lt_config(lt_server.url, **{"disabled-rules": ["EN_A_VS_AN"]}))
    assert [f.code for f in findings] == ["LT002"]
    assert lt_server.checks[0]["disabledRules"] == "EN_A_VS_AN"


def test_language_and_categories_are_sent(lint, lt_server, lt_config):
    lint({"a.txt": "Fine text.\n"}, select=["LT"],
         config=lt_config(lt_server.url, language="en-GB", **{"enabled-categories": ["STYLE"]}))
    assert lt_server.checks[0]["language"] == "en-GB"
    assert lt_server.checks[0]["enabledCategories"] == "STYLE"


def test_first_suggestion_is_an_unsafe_fix(lint, lt_server, lt_config):
    files = {"a.txt": "He bought a apple and and a pear.\n"}
    config = lt_config(lt_server.url)
    assert lint.fix(files, select=["LT"], config=config)["a.txt"] == files["a.txt"].encode()
    fixed = lint.fix(files, unsafe=True, select=["LT"], config=config)
    assert fixed["a.txt"] == b"He bought an apple and a pear.\n"


def test_clean_text_has_no_findings(lint, lt_server, lt_config):
    assert lint({"a.txt": "The council met on Tuesday.\n\nIt voted twice.\n"},
                select=["LT"], config=lt_config(lt_server.url)) == []

"""match_density: LanguageTool matches per word, per sentence, for MT001's garble score."""
import pytest

from corpuslint import Document, SetupError
from corpuslint_languagetool import LanguageToolUnavailable, is_configured, match_density


def settings(url: str, **extra) -> dict:
    return {"server": url, "timeout": 5.0, **extra}


def test_none_when_languagetool_is_not_configured(lt_server):
    doc = Document("She saw a elephant.\n", "a.txt")
    assert match_density(doc, {}) is None
    assert match_density(doc, {"server": "", "local": False}) is None
    assert not is_configured({"server": "  "})
    assert lt_server.requests == []


def test_matches_per_word_for_each_sentence(lt_server):
    doc = Document("She saw a elephant. The sky is blue.\n\nWe recieve the the mail , daily. Fine.\n", "a.txt")
    assert [s.text for s in doc.sentences] == ["She saw a elephant.", "The sky is blue.",
                                              "We recieve the the mail , daily.", "Fine."]
    assert match_density(doc, settings(lt_server.url)) == [1 / 4, 0.0, 3 / 6, 0.0]


def test_density_shares_the_cache_with_the_rules(lt_server):
    doc = Document("One has a error.\n\nTwo is fine.\n", "a.txt")
    first = match_density(doc, settings(lt_server.url))
    again = match_density(Document("One has a error.\n\nTwo is fine.\n", "b.txt"), settings(lt_server.url))
    assert first == again == [1 / 4, 0.0]
    assert len(lt_server.checks) == 1


def test_disabled_rules_lower_the_density(lt_server):
    doc = Document("She saw a elephant.\n", "a.txt")
    assert match_density(doc, settings(lt_server.url, **{"disabled-rules": ["EN_A_VS_AN"]})) == [0.0]


def test_unreachable_server_raises_setup_error(dead_url):
    with pytest.raises(SetupError, match=dead_url):
        match_density(Document("Text.\n", "a.txt"), settings(dead_url))


def test_no_answer_for_a_document_raises(lt_server):
    lt_server.mode = "garbage"
    with pytest.raises(LanguageToolUnavailable, match="not a LanguageTool result"):
        match_density(Document("Some other text.\n", "a.txt"), settings(lt_server.url))


def test_a_failed_connection_is_remembered_for_the_rest_of_the_run(dead_url, lt_config, lint):
    for _ in range(3):
        with pytest.raises(SetupError, match=dead_url):
            match_density(Document("Text.\n", "a.txt"), settings(dead_url))
    # a new run (the LT rules' setup) tries again, and fails again with the same clear error
    with pytest.raises(SetupError, match=dead_url):
        lint({"a.txt": "Text.\n"}, config=lt_config(dead_url))

"""MT001's garble score takes LanguageTool's match density in when LanguageTool is configured."""
import corpuslint_mt
from corpuslint import Document

TEXT = "The harbour was calm today.\n\nWe recieve the the mail , daily.\n"


def test_languagetool_density_raises_the_score_of_the_sentences_it_flags(lt_server):
    doc = Document(TEXT, "a.txt")
    without = corpuslint_mt.score(doc)
    with_lt = corpuslint_mt.score(Document(TEXT, "a.txt"), {"server": lt_server.url, "timeout": 5.0})
    assert not without.languagetool and with_lt.languagetool
    flagged = with_lt.sentences[1]
    assert flagged.features["languagetool"] > 0
    assert flagged.score > without.sentences[1].score
    assert with_lt.sentences[0].score == without.sentences[0].score
    assert with_lt.score > without.score
    assert any(path == "/v2/check" for path, _ in lt_server.requests)


def test_unreachable_languagetool_leaves_the_score_as_it_was():
    doc = Document(TEXT, "a.txt")
    assert corpuslint_mt.score(doc, {"server": "http://127.0.0.1:9", "timeout": 1.0}).score == corpuslint_mt.score(doc).score

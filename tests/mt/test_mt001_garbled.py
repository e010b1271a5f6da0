"""MT001 garbled-translation: the document score, its JSON data, the Python API and the threshold."""
from __future__ import annotations

import json
import subprocess
import sys

import corpuslint_mt
from corpuslint import Document

GARBLED = """Ministers meet over river plan

The ministers of Lisbon and Madrid met onthe bank of the river on Friday. Officials in Toledo
said the plan for toledo was ready de the summer, and the talks lasted more thanfour hours.
Minister Alvarez spoke first. Critics of Alvarezs' plan said an bridge would cost too much.
Later, Alvarezz told reporters that the two -day meeting went well, and toledo agreed.
The river flows through Toledo and Lisbon, and farmers there want water forthe fields.
"""

CLEAN = """Ministers meet over river plan

The ministers of Lisbon and Madrid met on the bank of the river on Friday. Officials in Toledo
said the plan for Toledo was ready for the summer, and the talks lasted more than two hours.
Minister Alvarez spoke first. Critics of Alvarez's plan said a bridge would cost too much.
Later, Alvarez told reporters that the two-day meeting went well, and Toledo agreed.
The river flows through Toledo and Lisbon, and farmers there want water for the fields.
"""


def test_garbled_document_is_reported_once_at_its_first_line(lint):
    found = lint({"story.txt": GARBLED}, select=["MT001"])
    assert [(f.code, f.line, f.column) for f in found] == [("MT001", 1, 1)]
    msg = found[0].message
    assert "score" in msg and "threshold 2.5" in msg
    assert "glued-words" in msg and "name-casing" in msg and "words" in msg


def test_clean_twin_is_not_reported(lint):
    assert lint({"story.txt": CLEAN}, select=["MT001"]) == []


def test_finding_data_holds_every_sentence_score(lint):
    f = lint({"story.txt": GARBLED}, select=["MT001"])[0]
    doc = Document(GARBLED, "story.txt")
    sentences = f.data["sentences"]
    assert len(sentences) == len(doc.sentences)
    assert [s["start"] for s in sentences] == [s.start for s in doc.sentences]
    assert f.data["score"] >= f.data["threshold"] == 2.5
    assert f.data["counts"]["glued-words"] == 3
    # The sentences holding artefacts score higher than the clean headline.
    assert max(s["score"] for s in sentences[1:]) > sentences[0]["score"]


def test_json_output_exposes_the_data(tmp_path):
    (tmp_path / "story.txt").write_text(GARBLED, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "corpuslint", "check", "--isolated", "--select", "MT001",
                          "--format", "json", "story.txt"], cwd=tmp_path, capture_output=True, text=True)
    report = json.loads(out.stdout)
    (finding,) = report if isinstance(report, list) else report["findings"]
    assert finding["code"] == "MT001"
    assert finding["data"]["sentences"][1]["score"] > 0
    assert set(finding["data"]["sentences"][0]) >= {"start", "end", "line", "score", "features"}


def test_python_api_scores_documents_and_strings():
    garbled = corpuslint_mt.score(GARBLED)
    clean = corpuslint_mt.score(Document(CLEAN, "clean.txt"))
    assert isinstance(garbled, corpuslint_mt.DocumentScore)
    assert garbled.garbled and not clean.garbled
    assert garbled.score > clean.score
    assert len(garbled.sentences) == len(Document(GARBLED).sentences)
    assert all(isinstance(s, corpuslint_mt.SentenceScore) for s in garbled.sentences)
    assert garbled.counts["foreign-word"] == 1 and not clean.counts
    assert garbled.languagetool is False


def test_threshold_option(lint):
    assert lint({"story.txt": GARBLED}, select=["MT001"], config={"rules": {"MT001": {"threshold": 50.0}}}) == []
    low = lint({"story.txt": CLEAN.replace("on the bank", "onthe bank")}, select=["MT001"],
               config={"rules": {"MT001": {"threshold": 0.5}}})
    assert [f.code for f in low] == ["MT001"]


def test_one_slip_in_a_short_text_is_not_garble(lint):
    assert lint({"note.txt": "The council met onthe second floor on Monday.\n"}, select=["MT001"]) == []


def test_languagetool_settings_without_a_server_leave_the_score_alone():
    # Not configured: no server, no local LanguageTool: the score does not ask for density.
    assert corpuslint_mt.score(GARBLED, {"server": "", "local": False}).languagetool is False


def test_text_in_another_language_is_not_english_garble(lint):
    french = ("Le gouvernement a annoncé mardi une nouvelle réforme des retraites. Selon le ministre, "
              "les syndicats seront reçus la semaine prochaine pour discuter des modalités, et les "
              "manifestations se poursuivent dans plusieurs villes du pays.\n")
    assert lint({"fr.txt": french}, select=["MT"]) == []


def test_a_low_threshold_also_counts_fluency_alone(lint):
    # No artefact at all: only the lexical part of the score, which the fast path must not skip.
    text = "Of the of the the of the, of the of, and of the of the the of.\n" * 3
    result = corpuslint_mt.score(text)
    assert result.artefact_score == 0 and result.lexical_score > 0
    found = lint({"a.txt": text}, select=["MT001"], config={"rules": {"MT001": {"threshold": result.score / 2}}})
    assert [f.code for f in found] == ["MT001"]

"""QT003 quotation-not-in-source, and the silence of every QT rule on documents without a source."""
from __future__ import annotations

from corpuslint import Severity

from qt_story import FRAME, SOURCE

MISQUOTED = ('"In my opinion, the crossing is safe again," said Okafor. Reyes said this ferry is not a luxury '
             'for us. It is how our children get to school and how our elderly get to hospital. '
             '"We will sue the port authority if the timetable stays," said a commuter.')


def test_invented_quotation_is_reported_as_info(qlint):
    found = qlint('"We will sue the port authority if the timetable stays," said a commuter.', ["QT003"])
    assert [f.code for f in found] == ["QT003"]
    assert found[0].severity is Severity.INFO
    assert "not found in the source originals/ferry.txt" in found[0].message


def test_quotation_from_the_source_is_not_reported(qlint):
    assert qlint('"The timetable still leaves the last boat at six in the evening," said Brandt.', ["QT003"]) == []


def test_misquotation_is_qt001_not_qt003(qlint):
    found = qlint('"In my opinion, the crossing is safe again," said Okafor.', ["QT001", "QT003"])
    assert [f.code for f in found] == ["QT001"]


def test_all_three_rules_on_one_document(qlint):
    assert sorted(f.code for f in qlint(MISQUOTED)) == ["QT001", "QT002", "QT003"]


def test_no_source_no_findings(qlint):
    # no [sources] table, no metadata, and the source is not part of the run
    assert qlint(MISQUOTED, source=None, config={}) == []


def test_independent_article_is_not_checked(lint):
    """Two articles that share one public quotation: neither is the other's source."""
    a = ("Ferry news\n\nThe port authority in Portwick confirmed on Monday that boats would sail again in April. "
         "Engineers spent a year on the pier.\n\n"
         '"In my view, the crossing is safe again," harbour master Lena Okafor said.\n')
    b = ("Island council\n\nMembers of the island council argued for two hours about school buses and the budget "
         "for the clinic.\n\n"
         '"In my opinion, the crossing is safe again," harbour master Lena Okafor said, according to a statement.\n')
    assert lint({"a.txt": a, "b.txt": b}, select=["QT"]) == []


def test_missing_source_file_gives_no_qt_findings(qlint):
    found = qlint(MISQUOTED, source=None)
    assert [f.code for f in found if f.code.startswith("QT")] == []


def test_odd_quotation_marks_do_not_crash_the_rules(qlint):
    body = ('He said "" and then “ and “[...]” and "[sic]" and “… …” and "the crossing is safe again\n\n'
            "« Nous verrons » said someone, and “unclosed at the very end")
    found = qlint(body, ["QT", "CL"])
    assert not [f for f in found if f.code.startswith("CL")]


def test_empty_source_gives_qt003_only(qlint):
    found = qlint('"In my view, the crossing is safe again," said Okafor.', source="\n")
    assert [f.code for f in found] == ["QT003"]


def test_same_findings_with_worker_processes(lint):
    files = {f"derived/d{i}.txt": FRAME.format(body=MISQUOTED) for i in range(4)}
    files.update({f"originals/d{i}.txt": SOURCE for i in range(4)})
    config = {"sources": {"derived/*.txt": "originals/{stem}.txt"}}
    one = lint(files, select=["QT"], config=config, paths=list(files)[:4], jobs=1)
    two = lint(files, select=["QT"], config=config, paths=list(files)[:4], jobs=2)
    assert [(f.path, f.code, f.message) for f in one] == [(f.path, f.code, f.message) for f in two]
    assert sorted({f.code for f in two}) == ["QT001", "QT002", "QT003"]

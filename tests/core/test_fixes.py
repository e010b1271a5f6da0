"""--fix, --unsafe-fixes and --diff: safe edits only by default, files keep their form, a second run changes nothing."""
import os

from core_sample_plugin import ENTRY_POINTS as TEST_PLUGIN

import core_sample_plugin as sample_plugin
from corpuslint import Edit, Finding, Fix
from corpuslint.fixes import apply_edits


def test_fix_round_trip_with_the_lint_fixture(lint):
    files = {"a.txt": "Draft FIXME one.\n\nTwo FIXME FIXME.\n"}
    fixed = lint.fix(files, plugins=[sample_plugin], select=["TST001"])
    assert fixed == {"a.txt": b"Draft one.\n\nTwo.\n"}
    assert lint({}, plugins=[sample_plugin], select=["TST001"], paths=["a.txt"]) == []


def test_crlf_and_bom_are_kept(lint):
    raw = b"\xef\xbb\xbfOne FIXME.\r\nTwo.\r\n"
    fixed = lint.fix({"win.txt": raw}, plugins=[sample_plugin], select=["TST001"])
    assert fixed["win.txt"] == b"\xef\xbb\xbfOne.\r\nTwo.\r\n"


def test_mixed_line_endings_are_left_as_they_are(lint):
    fixed = lint.fix({"mixed.txt": b"A FIXME\r\nB\nC\r\n"}, plugins=[sample_plugin], select=["TST001"])
    assert fixed["mixed.txt"] == b"A\r\nB\nC\r\n"


def test_unsafe_fixes_need_the_flag(lint):
    files = {"a.txt": "The colour FIXME.\n"}
    assert lint.fix(files, plugins=[sample_plugin], select=["TST001", "TST005"]) == {"a.txt": b"The colour.\n"}
    assert lint.fix(files, unsafe=True, plugins=[sample_plugin], select=["TST001", "TST005"]) == {"a.txt": b"The color.\n"}


def test_cli_fix_writes_reports_remaining_and_second_run_changes_nothing(cli, tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("The colour FIXME.\n")
    target.chmod(0o640)
    r = cli("check", "--select=TST001,TST005", "--fix", plugins=TEST_PLUGIN)
    assert target.read_text() == "The colour.\n"
    assert oct(target.stat().st_mode & 0o777) == "0o640"
    assert r.returncode == 1 and r.stdout == "a.txt:1:5: warning: spelling 'colour' [TST005]\n"
    assert "Fixed 1 finding." in r.stderr
    again = cli("check", "--select=TST001,TST005", "--fix", plugins=TEST_PLUGIN)
    assert target.read_text() == "The colour.\n" and "Fixed" not in again.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".a.txt")] == []  # no temporary files left


def test_cli_diff_prints_and_writes_nothing(cli, tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("Keep\nThe colour FIXME.\n")
    r = cli("check", "--select=TST001,TST005", "--diff", "--unsafe-fixes", plugins=TEST_PLUGIN)
    assert target.read_text() == "Keep\nThe colour FIXME.\n"
    assert "--- a/a.txt\n+++ b/a.txt\n" in r.stdout
    assert "-The colour FIXME.\n+The color.\n" in r.stdout
    assert "Would fix 2 findings." in r.stderr and "Fixed" not in r.stderr


def test_cli_diff_with_fix_still_writes_nothing(cli, tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("The colour FIXME.\n")
    r = cli("check", "--select=TST001,TST005", "--fix", "--diff", "--unsafe-fixes", plugins=TEST_PLUGIN)
    assert target.read_text() == "The colour FIXME.\n"
    assert "+The color.\n" in r.stdout and "Would fix" in r.stderr


def test_overlapping_edits_are_deferred_to_the_next_pass():
    def finding(start, end, content):
        return Finding("X001", "x", "m", "a.txt", start, end, 1, 1, 1, 1, fix=Fix((Edit(start, end, content),)))

    text, applied = apply_edits("abcdef", [finding(1, 4, "X"), finding(2, 5, "Y"), finding(5, 6, "Z")])
    assert (text, applied) == ("aXeZ", 2)


def test_stale_findings_are_not_applied(lint):
    from corpuslint import fixes

    lint.write({"a.txt": "One FIXME.\n"})
    found = lint({}, plugins=[sample_plugin], select=["TST001"], paths=["a.txt"])
    (lint.root / "a.txt").write_text("Edited meanwhile FIXME.\n")
    count, _ = fixes.fix_file(lint.root / "a.txt", "a.txt", found, write=True)
    assert count == 0 and (lint.root / "a.txt").read_text() == "Edited meanwhile FIXME.\n"
    assert not any(name.startswith(".a.txt") for name in os.listdir(lint.root))

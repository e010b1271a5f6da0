"""Bad input becomes a CL finding naming the file (and byte offset); the other files are still checked."""
import pytest

import core_sample_plugin as sample_plugin

RULES = ["TST001", "TST002", "CL"]


def lint_with_plugin(lint, files, **kw):
    return [(f.path, f.line, f.column, f.code, f.message) for f in lint(files, plugins=[sample_plugin], select=RULES, **kw)]


def test_invalid_utf8_reports_byte_offset_and_position(lint):
    found = lint_with_plugin(lint, {"latin1.txt": "Line one.\nPrice: \u00a3".encode("latin-1") + b"5\n", "ok.txt": "FIXME\n"})
    assert found == [
        ("latin1.txt", 2, 8, "CL002", "not valid UTF-8: byte 0xa3 at byte offset 17"),
        ("ok.txt", 1, 1, "TST001", "marker 'FIXME'"),
    ]


def test_binary_file(lint):
    assert lint_with_plugin(lint, {"img.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00"}) == [
        ("img.txt", 1, 1, "CL003", "binary file (contains NUL bytes); only UTF-8 text is checked")]


def test_empty_and_blank_files_are_info(lint):
    found = lint(files={"empty.txt": "", "blank.md": "  \n\n"}, plugins=[sample_plugin], select=RULES)
    assert [(f.path, f.code, f.severity.value) for f in found] == [("blank.md", "CL004", "info"), ("empty.txt", "CL004", "info")]


def test_unreadable_path_is_reported_not_raised(lint):
    lint.write({"ok.txt": "fine\n"})
    (lint.root / "dangling.txt").symlink_to(lint.root / "gone.txt")
    found = lint_with_plugin(lint, {}, paths=["."])
    assert found == [("dangling.txt", 1, 1, "CL001", "cannot read file: No such file or directory")]


def test_utf8_bom_is_not_text(lint):
    (f,) = lint({"bom.txt": b"\xef\xbb\xbfFIXME\n"}, plugins=[sample_plugin], select=RULES)
    assert (f.line, f.column) == (1, 1)


def test_crashing_rule_becomes_cl005_and_others_still_run(lint):
    found = lint_with_plugin(lint, {"a.txt": "boom FIXME\n", "b.txt": "FIXME\n"})
    assert found == [
        ("a.txt", 1, 1, "CL005", "rule TST002 (crashes, plugin core_sample_plugin) crashed: ZeroDivisionError: division by zero"),
        ("a.txt", 1, 5, "TST001", "marker 'FIXME'"),
        ("b.txt", 1, 1, "TST001", "marker 'FIXME'"),
    ]


def test_crash_traceback_only_with_verbose(cli, tmp_path):
    (tmp_path / "a.txt").write_text("boom\n")
    from core_sample_plugin import ENTRY_POINTS as TEST_PLUGIN

    quiet = cli("check", "--select=TST002,CL", plugins=TEST_PLUGIN)
    loud = cli("check", "--select=TST002,CL", "--verbose", plugins=TEST_PLUGIN)
    assert "Traceback" not in quiet.stdout + quiet.stderr
    assert "Traceback (most recent call last)" in loud.stdout and "core_sample_plugin.py" in loud.stdout


def test_invalid_front_matter_is_a_finding(lint):
    found = lint({"a.md": "---\ntitle: [oops\n---\nBody.\n"}, select=["CL007"], plugins=[])
    assert [(f.code, f.line) for f in found] == [("CL007", 1)]
    assert "not valid YAML" in found[0].message


def test_plugin_that_fails_to_import_is_a_clear_error(cli, tmp_path):
    (tmp_path / "a.txt").write_text("x\n")
    r = cli("check", plugins={"broken": "no_such_module_xyz"})
    assert r.returncode == 2
    assert r.stderr.strip() == ("corpuslint: error: plugin 'broken' = 'no_such_module_xyz' (distribution "
                                "corpuslint-test-plugins) failed to load: ModuleNotFoundError: No module named 'no_such_module_xyz'")


def test_plugin_with_a_bad_rule_code(lint):
    import corpuslint
    from corpuslint import plugins
    from corpuslint.errors import PluginError

    class Bad(corpuslint.Rule):
        code, name, summary = "bad1", "bad", "bad"

    class Plugin:
        @corpuslint.hookimpl
        def corpuslint_rules(self):
            return [Bad]

    with pytest.raises(PluginError, match="codes are 2-4 capitals and 3 digits"):
        plugins.load([Plugin()], entry_points=False)

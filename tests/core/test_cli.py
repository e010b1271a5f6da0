"""The command line, run as a real subprocess the way users and pre-commit run it."""
import json

from core_sample_plugin import ENTRY_POINTS as TEST_PLUGIN

SELECT = "--select=TST,CL"


def write(root, files):
    for name, text in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")


def test_text_output_is_gcc_style_sorted_with_summary_on_stderr(cli, tmp_path):
    write(tmp_path, {"b.txt": "Clean.\n", "a.txt": "One FIXME.\n\nTwo FIXME.\n"})
    r = cli("check", SELECT, plugins=TEST_PLUGIN)
    assert r.returncode == 1
    assert r.stdout.splitlines() == [
        "a.txt:1:4: warning: marker 'FIXME' [TST001]",
        "a.txt:3:4: warning: marker 'FIXME' [TST001]",
    ]
    assert "Found 2 findings (2 warning) in 2 documents." in r.stderr
    assert "[*] 2 fixable with --fix." in r.stderr


def test_clean_corpus_exits_zero(cli, tmp_path):
    write(tmp_path, {"a.txt": "Nothing to see.\n"})
    r = cli("check", SELECT, plugins=TEST_PLUGIN)
    assert r.returncode == 0 and r.stdout == "" and "All checks passed (1 document)." in r.stderr


def test_fail_on_error_ignores_warnings(cli, tmp_path):
    write(tmp_path, {"a.txt": "FIXME\n"})
    assert cli("check", SELECT, "--fail-on=error", plugins=TEST_PLUGIN).returncode == 0
    write(tmp_path, {".corpuslint.toml": 'fail-on = "error"\n[severity]\nTST001 = "error"\n'})
    r = cli("check", SELECT, plugins=TEST_PLUGIN)
    assert r.returncode == 1 and "error: marker" in r.stdout


def test_info_findings_do_not_fail_by_default(cli, tmp_path):
    write(tmp_path, {"a.txt": "Same first line\n", "b.txt": "Same first line\n"})
    r = cli("check", "--select=TST003", plugins=TEST_PLUGIN)
    assert r.returncode == 0 and r.stdout.count("[TST003]") == 2
    assert cli("check", "--select=TST003", "--fail-on=info", plugins=TEST_PLUGIN).returncode == 1


def test_paths_directories_and_globs(cli, tmp_path):
    write(tmp_path, {"c/x.txt": "FIXME\n", "c/y.md": "FIXME\n", "c/z.csv": "FIXME\n", "d/w.txt": "FIXME\n"})
    r = cli("check", "--select=TST001", "c", "d/*.txt", plugins=TEST_PLUGIN)
    assert [l.split(":")[0] for l in r.stdout.splitlines()] == ["c/x.txt", "c/y.md", "d/w.txt"]


def test_missing_path_is_a_usage_error(cli, tmp_path):
    r = cli("check", "nope.txt", plugins=TEST_PLUGIN)
    assert r.returncode == 2 and r.stderr.strip() == "corpuslint: error: nope.txt: no such file or directory"


def test_select_and_ignore_options(cli, tmp_path):
    write(tmp_path, {"a.txt": "FIXME boom\n"})
    r = cli("check", "--select=TST", "--ignore=TST002", plugins=TEST_PLUGIN)
    assert "[TST001]" in r.stdout and "[CL005]" not in r.stdout
    r = cli("check", "--select=TST002,CL", plugins=TEST_PLUGIN)
    assert "[TST001]" not in r.stdout and "[CL005]" in r.stdout


def test_unknown_code_on_command_line(cli, tmp_path):
    r = cli("check", "--select=TST009", plugins=TEST_PLUGIN)
    assert r.returncode == 2 and "--select: unknown rule code or prefix 'TST009' (did you mean 'TST00" in r.stderr


def test_per_file_ignores_from_config(cli, tmp_path):
    write(tmp_path, {".corpuslint.toml": '[per-file-ignores]\n"drafts/*" = ["TST001"]\n',
                     "drafts/a.txt": "FIXME\n", "final/a.txt": "FIXME\n"})
    r = cli("check", "--select=TST001", plugins=TEST_PLUGIN)
    assert [l.split(":")[0] for l in r.stdout.splitlines()] == ["final/a.txt"]


def test_rule_options_from_config(cli, tmp_path):
    write(tmp_path, {".corpuslint.toml": '[rules.TST001]\nword = "TODO"\n', "a.txt": "FIXME TODO\n"})
    r = cli("check", SELECT, plugins=TEST_PLUGIN)
    assert r.stdout == "a.txt:1:6: warning: marker 'TODO' [TST001]\n"


def test_config_error_exits_2_with_one_line(cli, tmp_path):
    write(tmp_path, {".corpuslint.toml": '[rules.TST001]\nmin-count = "x"\n', "a.txt": "x\n"})
    r = cli("check", plugins=TEST_PLUGIN)
    assert r.returncode == 2
    assert r.stderr.strip().splitlines() == [
        f"corpuslint: error: {tmp_path / '.corpuslint.toml'}: [rules.TST001]: option 'min-count' must be an integer, got 'x'"]


def test_explicit_config_and_isolated(cli, tmp_path):
    write(tmp_path, {".corpuslint.toml": 'select = ["TST002"]\n', "other.toml": 'select = ["TST001"]\n', "a.txt": "FIXME\n"})
    assert cli("check", plugins=TEST_PLUGIN).stdout == ""
    assert "[TST001]" in cli("check", "--config", "other.toml", plugins=TEST_PLUGIN).stdout
    assert "[TST001]" in cli("check", "--isolated", plugins=TEST_PLUGIN).stdout
    r = cli("check", "--config", "missing.toml", plugins=TEST_PLUGIN)
    assert r.returncode == 2 and "missing.toml: config file not found" in r.stderr


def test_statistics_counts_per_rule(cli, tmp_path):
    write(tmp_path, {"a.txt": "FIXME FIXME\n", "b.txt": "FIXME\n"})
    r = cli("check", SELECT, "--statistics", plugins=TEST_PLUGIN)
    assert r.stdout == "3  TST001  [*] fixme-marker\n"


def test_quiet_prints_no_summary(cli, tmp_path):
    write(tmp_path, {"a.txt": "FIXME\n"})
    r = cli("check", SELECT, "--quiet", plugins=TEST_PLUGIN)
    assert r.stderr == "" and "[TST001]" in r.stdout


def test_output_file(cli, tmp_path):
    write(tmp_path, {"a.txt": "FIXME\n"})
    r = cli("check", SELECT, "--format=json", "--output=report.json", plugins=TEST_PLUGIN)
    assert r.stdout == "" and json.loads((tmp_path / "report.json").read_text())[0]["code"] == "TST001"


def test_unknown_format(cli, tmp_path):
    write(tmp_path, {"a.txt": "x\n"})
    r = cli("check", "--format=xml")
    assert r.returncode == 2 and "unknown format 'xml' (choose from github, json, sarif, text)" in r.stderr


def test_parallel_run_gives_same_output_as_serial(cli, tmp_path):
    files = {f"d{i % 7}/doc{i:03}.txt": ("Shared head\n\n" if i % 3 == 0 else f"Head {i}\n\n")
             + ("FIXME " * (i % 4)) + ("boom" if i % 11 == 0 else "") + "\n" for i in range(120)}
    write(tmp_path, files)
    one = cli("check", SELECT, "--jobs=1", "--format=json", plugins=TEST_PLUGIN)
    two = cli("check", SELECT, "--jobs=2", "--format=json", plugins=TEST_PLUGIN)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    codes = {f["code"] for f in json.loads(one.stdout)}
    assert codes == {"TST001", "TST003", "CL005"}


def test_rules_table_shows_plugin_severity_and_enabled(cli, tmp_path):
    write(tmp_path, {".corpuslint.toml": 'ignore = ["TST002"]\n'})
    r = cli("rules", plugins=TEST_PLUGIN)
    rows = {line.split()[0]: line.split() for line in r.stdout.splitlines()[1:]}
    assert rows["TST001"][:5] == ["TST001", "fixme-marker", "sample", "warning", "yes"]
    assert rows["TST002"][4] == "no"
    assert rows["CL002"][2] == "corpuslint"


def test_rule_prints_documentation(cli):
    r = cli("rule", "TST001", plugins=TEST_PLUGIN)
    assert r.returncode == 0
    assert "# fixme-marker (TST001)" in r.stdout and "## Why is this bad?" in r.stdout
    assert "`min-count` (default `1`)" in r.stdout
    assert cli("rule", "fixme-marker", plugins=TEST_PLUGIN).stdout == r.stdout


def test_rule_unknown_code(cli):
    r = cli("rule", "TST00", plugins=TEST_PLUGIN)
    assert r.returncode == 2 and "unknown rule 'TST00'" in r.stderr


def test_version_lists_plugins_with_versions(cli):
    r = cli("--version", plugins=TEST_PLUGIN)
    assert r.stdout.startswith("corpuslint ")
    assert "plugin sample: corpuslint-test-plugins 1.0 (core_sample_plugin)" in r.stdout


def test_no_progress_bar_when_not_a_terminal(cli, tmp_path):
    write(tmp_path, {f"d/{i}.txt": f"x{i}\n" for i in range(60)})
    r = cli("check", SELECT, plugins=TEST_PLUGIN)
    assert r.stderr.strip() == "All checks passed (60 documents)."


def _run_with_terminal_stderr(tmp_path, env_ci: bool):
    """Run corpuslint with stderr on a pseudo-terminal, as in an interactive shell."""
    import os
    import pty
    import subprocess
    import sys

    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if env_ci:
        env["CI"] = "true"
    proc = subprocess.Popen([sys.executable, "-m", "corpuslint", "check", "--select=CL", "d"], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=slave, env=env, text=True)
    os.close(slave)
    err = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        err += chunk
    out = proc.stdout.read()
    proc.wait()
    os.close(master)
    return out, err.decode("utf-8", "replace")


def test_progress_bar_on_a_terminal_only_outside_ci(tmp_path):
    (tmp_path / "d").mkdir()
    for i in range(300):
        (tmp_path / "d" / f"{i:03}.txt").write_bytes(b"caf\xe9\n")
    out, err = _run_with_terminal_stderr(tmp_path, env_ci=False)
    assert "checking" in err and "checking" not in out
    assert out.count("[CL002]") == 300
    out, err = _run_with_terminal_stderr(tmp_path, env_ci=True)
    assert "checking" not in err and "Found 300 findings" in err


def test_core_findings_show_whatever_the_selection_unless_ignored(cli, tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9\n")
    (tmp_path / "empty.txt").write_text("")
    r = cli("check", "--select=TST001", plugins=TEST_PLUGIN)
    assert [l.rsplit(" ", 1)[-1] for l in r.stdout.splitlines()] == ["[CL002]", "[CL004]"]
    r = cli("check", "--select=TST001", "--ignore=CL004", plugins=TEST_PLUGIN)
    assert [l.rsplit(" ", 1)[-1] for l in r.stdout.splitlines()] == ["[CL002]"]


def test_rules_and_sources_reject_an_unknown_format(cli):
    for command in ("rules", "sources"):
        r = cli(command, "--format=xml")
        assert r.returncode == 2 and "--format: unknown format 'xml' (choose from json, text)" in r.stderr

"""The command line with a `.corpuslint.toml` naming a LanguageTool server: findings, exit codes, errors."""
import json
import os
import subprocess
import sys
from pathlib import Path


def run(args, cwd: Path, cache: Path, path: str | None = None):
    env = {**os.environ, "CORPUSLINT_CACHE_DIR": str(cache)}
    if path is not None:
        env["PATH"] = path
    return subprocess.run([sys.executable, "-m", "corpuslint", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def write_corpus(root: Path, config: str) -> None:
    (root / ".corpuslint.toml").write_text(config, encoding="utf-8")
    (root / "docs").mkdir()
    (root / "docs" / "one.txt").write_text("The council met on Tuesday.\n\nIt saw a eagle there.\n", encoding="utf-8")
    (root / "docs" / "two.txt").write_text("We recieve letters , daily.\n", encoding="utf-8")
    (root / "docs" / "clean.txt").write_text("Nothing to see here.\n", encoding="utf-8")


def test_check_reports_languagetool_findings(tmp_path, lt_server, lt_cache):
    write_corpus(tmp_path, f'select = ["LT"]\n\n[languagetool]\nserver = "{lt_server.url}"\n')
    result = run(["check", "docs", "--format", "json", "--jobs", "2"], tmp_path, lt_cache)
    assert result.returncode == 1, result.stderr
    found = [(f["path"], f["code"], f["line"], f["column"]) for f in json.loads(result.stdout)]
    assert found == [("docs/one.txt", "LT001", 3, 8), ("docs/two.txt", "LT002", 1, 4),
                     ("docs/two.txt", "LT003", 1, 19)]
    asked = len(lt_server.checks)
    assert asked == 3, lt_server.requests
    again = run(["check", "docs", "--format", "json", "--jobs", "2"], tmp_path, lt_cache)
    assert again.returncode == 1, again.stderr
    assert json.loads(again.stdout) == json.loads(result.stdout)
    # answered from the cache the first run wrote
    assert len(lt_server.checks) == asked, (lt_server.requests, again.stderr)


def test_text_output_names_languagetool_rule_and_category(tmp_path, lt_server, lt_cache):
    write_corpus(tmp_path, f'[languagetool]\nserver = "{lt_server.url}"\n')
    result = run(["check", "docs/one.txt", "--select", "LT", "--isolated"], tmp_path, lt_cache)
    assert result.returncode == 2 and "not configured" in result.stderr  # --isolated drops the config
    result = run(["check", "docs/one.txt", "--select", "LT"], tmp_path, lt_cache)
    assert result.returncode == 1
    assert "docs/one.txt:3:8: warning:" in result.stdout
    assert "[LanguageTool EN_A_VS_AN, MISC] [LT001]" in result.stdout


def test_unsafe_fix_from_the_command_line(tmp_path, lt_server, lt_cache):
    write_corpus(tmp_path, f'[languagetool]\nserver = "{lt_server.url}"\n')
    result = run(["check", "docs/one.txt", "--select", "LT", "--fix", "--unsafe-fixes"], tmp_path, lt_cache)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "docs" / "one.txt").read_text() == "The council met on Tuesday.\n\nIt saw an eagle there.\n"


def test_server_down_exits_2_with_one_line_naming_it(tmp_path, dead_url, lt_cache):
    write_corpus(tmp_path, f'[languagetool]\nserver = "{dead_url}"\n')
    result = run(["check", "docs"], tmp_path, lt_cache)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("corpuslint: error: LanguageTool server " + dead_url)


def test_local_without_java_exits_2_naming_java(tmp_path, lt_cache):
    write_corpus(tmp_path, "[languagetool]\nlocal = true\n")
    empty = tmp_path / "no-java-here"
    empty.mkdir()
    result = run(["check", "docs"], tmp_path, lt_cache, path=str(empty))
    assert result.returncode == 2
    assert "needs Java 17 or newer, and no 'java' was found on PATH" in result.stderr


def test_without_configuration_language_tool_python_is_never_imported(tmp_path, lt_cache):
    (tmp_path / "a.txt").write_text("She saw a elephant.\n", encoding="utf-8")
    code = ("import sys\nfrom corpuslint.cli import app\n"
            "try:\n    app(['check', 'a.txt', '--quiet'])\nexcept SystemExit:\n    pass\n"
            "print('language_tool_python' in sys.modules, 'requests' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                            env={**os.environ, "CORPUSLINT_CACHE_DIR": str(lt_cache)}, timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "False False", result.stderr
    assert "LT" not in result.stdout


def test_version_does_not_import_language_tool_python(tmp_path):
    code = ("import sys\nfrom corpuslint.cli import app\n"
            "try:\n    app(['--version'])\nexcept SystemExit:\n    pass\n"
            "print('language_tool_python' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert "plugin languagetool" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_rules_command_shows_lt_enabled_only_when_configured(tmp_path, lt_server, lt_cache):
    def enabled(config: str) -> dict:
        (tmp_path / ".corpuslint.toml").write_text(config, encoding="utf-8")
        result = run(["rules", "--format", "json"], tmp_path, lt_cache)
        return {r["code"]: r["enabled"] for r in json.loads(result.stdout) if r["code"].startswith("LT")}

    assert set(enabled("").values()) == {False}
    assert set(enabled(f'[languagetool]\nserver = "{lt_server.url}"\n').values()) == {True}
    assert lt_server.requests == []  # listing rules asks LanguageTool nothing

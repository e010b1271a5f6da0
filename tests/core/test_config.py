"""Configuration: discovery, validation errors people can act on, and rule selection semantics."""
from pathlib import Path

import pytest

from corpuslint import config as config_mod
from corpuslint import plugins
from corpuslint.errors import ConfigError

import core_sample_plugin as sample_plugin

REGISTRY = plugins.load([sample_plugin], entry_points=False)


def build(table, path=Path(".corpuslint.toml")):
    return config_mod.build(path, table, REGISTRY.rules, REGISTRY.settings)


def test_discovers_corpuslint_toml_walking_up(tmp_path):
    (tmp_path / ".corpuslint.toml").write_text('select = ["TST"]\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    path, table = config_mod.load(None, cwd=deep)
    assert path == tmp_path / ".corpuslint.toml" and table == {"select": ["TST"]}


def test_discovers_tool_table_in_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.corpuslint]\nignore = ["TST002"]\n')
    path, table = config_mod.load(None, cwd=tmp_path)
    assert path.name == "pyproject.toml" and table == {"ignore": ["TST002"]}


def test_pyproject_without_tool_table_is_skipped(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert config_mod.load(None, cwd=tmp_path) == (None, {})


def test_isolated_ignores_config_files(tmp_path):
    (tmp_path / ".corpuslint.toml").write_text('select = ["TST"]\n')
    assert config_mod.load(None, isolated=True, cwd=tmp_path) == (None, {})


def test_malformed_toml_names_file_and_line(tmp_path):
    bad = tmp_path / ".corpuslint.toml"
    bad.write_text('select = ["TST"]\nignore = TST002\n')
    with pytest.raises(ConfigError, match=r"\.corpuslint\.toml:2:10: invalid TOML: Invalid value$"):
        config_mod.load(None, cwd=tmp_path)


def test_unknown_key_suggests_the_right_one():
    with pytest.raises(ConfigError, match="unknown key 'selcet' \\(did you mean 'select'\\?\\)"):
        build({"selcet": ["TST"]})


def test_unknown_rule_code_in_select():
    with pytest.raises(ConfigError, match="select: unknown rule code or prefix 'TST009'"):
        build({"select": ["TST009"]})


def test_unknown_rule_table():
    with pytest.raises(ConfigError, match=r"\[rules.XYZ001\]: unknown rule code"):
        build({"rules": {"XYZ001": {}}})


def test_rule_option_of_wrong_type_names_rule_and_key():
    with pytest.raises(ConfigError, match=r"\[rules.TST001\]: option 'min-count' must be an integer, got 'two'"):
        build({"rules": {"TST001": {"min-count": "two"}}})


def test_unknown_rule_option():
    with pytest.raises(ConfigError, match=r"\[rules.TST001\]: unknown option 'wrod' \(did you mean 'word'\?\)"):
        build({"rules": {"TST001": {"wrod": "X"}}})


def test_bad_fail_on_value():
    with pytest.raises(ConfigError, match="fail-on: unknown severity 'loud'"):
        build({"fail-on": "loud"})


def test_default_selects_every_default_enabled_rule():
    cfg = build({})
    assert cfg.is_enabled("TST001") and cfg.is_enabled("CL002")
    assert not cfg.is_enabled("TST001", default_enabled=False)


def test_select_prefix_then_more_specific_ignore_wins():
    cfg = build({"select": ["TST"], "ignore": ["TST002"]})
    assert cfg.is_enabled("TST001") and not cfg.is_enabled("TST002") and not cfg.is_enabled("CL001")


def test_more_specific_select_beats_broader_ignore():
    cfg = build({"select": ["TST001"], "ignore": ["TST"]})
    assert cfg.is_enabled("TST001") and not cfg.is_enabled("TST003")


def test_extend_select_adds_to_default_and_ignore_all():
    cfg = build({"ignore": ["ALL"], "extend-select": ["TST003"]})
    assert cfg.is_enabled("TST003") and not cfg.is_enabled("TST001")


def test_command_line_select_replaces_and_ignore_adds():
    cfg = build({"select": ["TST001"], "ignore": ["CL"]}).with_overrides(select=["TST"], ignore=["TST003"])
    assert cfg.is_enabled("TST002") and not cfg.is_enabled("TST003") and not cfg.is_enabled("CL001")


def test_per_file_ignores_match_paths_and_basenames(tmp_path):
    cfg = build({"per-file-ignores": {"drafts/*.txt": ["TST001"], "README.md": ["TST"]}}, tmp_path / ".corpuslint.toml")
    assert cfg.ignored_for(str(tmp_path / "drafts" / "a.txt")) == ("TST001",)
    assert cfg.ignored_for(str(tmp_path / "sub" / "README.md")) == ("TST",)
    assert cfg.ignored_for(str(tmp_path / "other.txt")) == ()


def test_exclude_globs_and_default_folders(tmp_path):
    cfg = build({"extend-exclude": ["archive/**", "*.draft.txt"]}, tmp_path / ".corpuslint.toml")
    assert cfg.is_excluded(tmp_path / "archive" / "x" / "a.txt")
    assert cfg.is_excluded(tmp_path / "notes" / "b.draft.txt")
    assert cfg.is_excluded(tmp_path / ".git" / "HEAD")
    assert not cfg.is_excluded(tmp_path / "corpus" / "a.txt")


def test_severity_override_by_prefix_and_code():
    cfg = build({"severity": {"TST": "error", "TST003": "warning"}})
    from corpuslint import Severity

    assert cfg.severity_of("TST001", Severity.WARNING) is Severity.ERROR
    assert cfg.severity_of("TST003", Severity.INFO) is Severity.WARNING


def test_sources_table_mixes_globs_and_options():
    cfg = build({"sources": {"translations/*.txt": "originals/{stem}.txt", "discover": False}})
    assert cfg.sources == {"translations/*.txt": "originals/{stem}.txt"}
    assert cfg.source_options["discover"] is False


def test_sources_value_must_be_a_template():
    with pytest.raises(ConfigError, match=r"\[sources\] 'translations/\*.txt' must map a glob to a path template"):
        build({"sources": {"translations/*.txt": 3}})


def test_sources_template_with_an_unknown_placeholder():
    with pytest.raises(ConfigError, match=r"template '\{nope\}.txt' has an unknown placeholder 'nope'"):
        build({"sources": {"*.txt": "{nope}.txt"}})

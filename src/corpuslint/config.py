"""Configuration: find `.corpuslint.toml` or `[tool.corpuslint]`, parse it, validate it against the plugins."""
from __future__ import annotations

import fnmatch
import os
import re
import sys
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from corpuslint.errors import ConfigError
from corpuslint.findings import Severity


CONFIG_NAME = ".corpuslint.toml"
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__",
                   ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", "build", "dist")
TOP_LEVEL_KEYS = ("select", "ignore", "extend-select", "per-file-ignores", "exclude",
                  "extend-exclude", "fail-on", "severity", "rules", "sources")
#: Options of the ``[sources]`` table; every other key there is a glob -> template mapping.
SOURCE_OPTIONS: dict[str, Any] = {"discover": True, "min-shared": 0.4, "min-coverage": 0.35,
                                  "min-third": 3, "min-unknown": 3, "min-garble": 1.0}


@dataclass(frozen=True)
class Config:
    """A validated configuration. ``root`` is the directory globs are relative to."""

    path: Path | None = None
    root: Path = field(default_factory=Path.cwd)
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    fail_on: Severity = Severity.WARNING
    severity: dict[str, Severity] = field(default_factory=dict)
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    source_options: dict[str, Any] = field(default_factory=lambda: dict(SOURCE_OPTIONS))
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return str(self.path) if self.path else "command line"

    def with_overrides(self, *, select=None, ignore=None, extend_select=None, fail_on=None) -> Config:
        """Command-line options: ``--select`` replaces, ``--ignore``/``--extend-select`` add."""
        changes: dict[str, Any] = {}
        if select is not None:
            changes["select"] = tuple(select)
        if ignore:
            changes["ignore"] = self.ignore + tuple(ignore)
        if extend_select:
            changes["extend_select"] = self.extend_select + tuple(extend_select)
        if fail_on is not None:
            changes["fail_on"] = Severity.parse(fail_on)
        return replace(self, **changes)

    # -- rule selection ------------------------------------------------------------
    def is_enabled(self, code: str, default_enabled: bool = True) -> bool:
        """Ruff's semantics: the most specific matching selector wins; on a tie, ignore wins."""
        best_len, enabled = -1, (default_enabled if self.select is None else False)
        choices = [(s, True) for s in (self.select or ())]
        choices += [(s, True) for s in self.extend_select]
        choices += [(s, False) for s in self.ignore]
        for selector, on in choices:
            n = _match_len(selector, code)
            if n is not None and n >= best_len:
                best_len, enabled = n, on
        return enabled

    def ignored_for(self, display_path: str) -> tuple[str, ...]:
        """Codes or prefixes that ``per-file-ignores`` turns off for this file."""
        rel = self._relative(display_path)
        name = rel.rsplit("/", 1)[-1]
        out: tuple[str, ...] = ()
        for pattern, codes in self.per_file_ignores.items():
            if fnmatch.fnmatchcase(rel, pattern) or ("/" not in pattern and fnmatch.fnmatchcase(name, pattern)):
                out += codes
        return out

    def is_excluded(self, path: Path) -> bool:
        """Excluded when a pattern matches the path (or a folder above it) relative to the root,
        or, for a pattern without ``/``, any single part of the path."""
        rel = self._relative(str(path))
        whole, part = self._exclude_patterns
        return bool(whole.match(rel)) or any(part.match(p) for p in rel.split("/"))

    @cached_property
    def _exclude_patterns(self) -> tuple[re.Pattern, re.Pattern]:
        # One compiled regex for all patterns: discovery checks every file of the corpus.
        whole = [fnmatch.translate(p.rstrip("/")) for p in self.exclude]
        whole += [fnmatch.translate(p.rstrip("/") + "/*") for p in self.exclude]
        part = [fnmatch.translate(p.rstrip("/")) for p in self.exclude if "/" not in p.rstrip("/")]
        return re.compile("|".join(whole) or "(?!)"), re.compile("|".join(part) or "(?!)")

    @cached_property
    def _file_exclusions(self) -> tuple[frozenset[str], frozenset[str], re.Pattern | None, re.Pattern | None]:
        """The patterns as the folder walk tests a file whose folder is not excluded:
        ``(whole, name, whole_re, name_re)``. Literal patterns (no ``*?[``) are set lookups,
        of the file's relative path or of its name; only wildcard patterns need a regex.
        (A match of ``pattern/*``, or of a pattern on a folder's name, would have excluded
        the folder already.)"""
        whole, name, wild_whole, wild_name = set(), set(), [], []
        for p in (p.rstrip("/") for p in self.exclude):
            if not any(c in p for c in "*?["):
                whole.add(p)
                if "/" not in p:
                    name.add(p)
            else:
                wild_whole += [fnmatch.translate(p), fnmatch.translate(p + "/*")]
                if "/" not in p:
                    wild_name.append(fnmatch.translate(p))
        return (frozenset(whole), frozenset(name), re.compile("|".join(wild_whole)) if wild_whole else None,
                re.compile("|".join(wild_name)) if wild_name else None)

    def severity_of(self, code: str, default: Severity) -> Severity:
        best_len, level = -1, default
        for selector, sev in self.severity.items():
            n = _match_len(selector, code)
            if n is not None and n > best_len:
                best_len, level = n, sev
        return level

    def _relative(self, path: str) -> str:
        from corpuslint.readers import relative_posix

        return relative_posix(str(path), self._root_abs)

    @cached_property
    def _root_abs(self) -> str:
        return os.path.abspath(self.root)


def _match_len(selector: str, code: str) -> int | None:
    if selector == "ALL":
        return 0
    return len(selector) if code.startswith(selector) else None


# -- finding and reading files ---------------------------------------------------------
def discover(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest config at or above ``start``: `.corpuslint.toml`, or `pyproject.toml` with `[tool.corpuslint]`."""
    for directory in (start, *start.parents):
        candidate = directory / CONFIG_NAME
        if candidate.is_file():
            return candidate, read_table(candidate)
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file():
            table = _read_toml(pyproject).get("tool", {}).get("corpuslint")
            if table is not None:
                return pyproject, table
    return None


def read_table(path: Path) -> dict[str, Any]:
    """The corpuslint table of a config file (the whole file, or `[tool.corpuslint]` of a pyproject)."""
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("corpuslint")
        if table is None:
            raise ConfigError(f"{path}: no [tool.corpuslint] table")
        return table
    return data


def _read_toml(path: Path) -> dict[str, Any]:
    # Imported here: --isolated runs and folders without a config file never parse TOML.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc.strerror or exc}") from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: config file is not valid UTF-8 (byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        # tomllib puts the place in the message: "Invalid value (at line 2, column 10)".
        m = re.search(r"^(.*) \(at line (\d+), column (\d+)\)$", str(exc))
        if m:
            raise ConfigError(f"{path}:{m.group(2)}:{m.group(3)}: invalid TOML: {m.group(1)}") from None
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


def load(path: Path | None, *, isolated: bool = False, cwd: Path | None = None) -> tuple[Path | None, dict[str, Any]]:
    """Locate and read the raw config table (not yet validated)."""
    cwd = cwd or Path.cwd()
    if path is not None:
        if not path.is_file():
            raise ConfigError(f"{path}: config file not found")
        return path, read_table(path)
    if isolated:
        return None, {}
    found = discover(cwd)
    return found if found else (None, {})


# -- validation --------------------------------------------------------------------
def build(path: Path | None, table: dict[str, Any], rules: dict[str, Any],
          settings: dict[str, dict[str, Any]], cwd: Path | None = None) -> Config:
    """Validate a raw table against the known rules and settings sections."""
    label = str(path) if path else "configuration"
    root = Path(os.path.abspath(path.parent)) if path else (cwd or Path.cwd())
    known_keys = TOP_LEVEL_KEYS + tuple(settings)
    for key in table:
        if key not in known_keys:
            raise ConfigError(f"{label}: unknown key '{key}'{_did_you_mean(key, known_keys)}")
    codes = list(rules)

    def selectors(key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{label}: '{key}' must be a list of rule codes or prefixes")
        for sel in value:
            check_selector(sel, codes, f"{label}: {key}")
        return tuple(value)

    kwargs: dict[str, Any] = {"path": path, "root": root}
    if "select" in table:
        kwargs["select"] = selectors("select")
    kwargs["ignore"] = selectors("ignore")
    kwargs["extend_select"] = selectors("extend-select")

    pfi = _table(table, "per-file-ignores", label)
    per_file: dict[str, tuple[str, ...]] = {}
    for glob, value in pfi.items():
        value = [value] if isinstance(value, str) else value
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{label}: per-file-ignores '{glob}' must be a list of rule codes or prefixes")
        for sel in value:
            check_selector(sel, codes, f"{label}: per-file-ignores '{glob}'")
        per_file[glob] = tuple(value)
    kwargs["per_file_ignores"] = per_file

    exclude = list(DEFAULT_EXCLUDE)
    for key in ("exclude", "extend-exclude"):
        if key in table:
            value = table[key]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{label}: '{key}' must be a list of glob patterns")
            exclude = list(value) if key == "exclude" else exclude + list(value)
    kwargs["exclude"] = tuple(exclude)

    if "fail-on" in table:
        try:
            kwargs["fail_on"] = Severity.parse(table["fail-on"])
        except ValueError as exc:
            raise ConfigError(f"{label}: fail-on: {exc}") from None

    sev: dict[str, Severity] = {}
    for code, level in _table(table, "severity", label).items():
        check_selector(code, codes, f"{label}: severity")
        try:
            sev[code] = Severity.parse(level)
        except ValueError as exc:
            raise ConfigError(f"{label}: severity '{code}': {exc}") from None
    kwargs["severity"] = sev

    rule_options: dict[str, dict[str, Any]] = {}
    for code, opts in _table(table, "rules", label).items():
        if code not in rules:
            raise ConfigError(f"{label}: [rules.{code}]: unknown rule code{_did_you_mean(code, codes)}")
        if not isinstance(opts, dict):
            raise ConfigError(f"{label}: [rules.{code}] must be a table of options")
        declared = rules[code].options
        rule_options[code] = _check_options(opts, declared, f"{label}: [rules.{code}]")
    kwargs["rules"] = rule_options

    sources: dict[str, str] = {}
    source_options = dict(SOURCE_OPTIONS)
    for key, value in _table(table, "sources", label).items():
        if key in SOURCE_OPTIONS:
            source_options.update(_check_options({key: value}, SOURCE_OPTIONS, f"{label}: [sources]"))
        elif isinstance(value, str):
            try:
                value.format(stem="s", name="n", parent="p", suffix=".x")
            except (KeyError, IndexError, ValueError) as exc:
                raise ConfigError(
                    f"{label}: [sources] '{key}': template {value!r} has an unknown placeholder {exc} "
                    "(use {stem}, {name}, {parent}, {suffix})") from None
            sources[key] = value
        else:
            raise ConfigError(
                f"{label}: [sources] '{key}' must map a glob to a path template such as \"originals/{{stem}}.txt\""
                f" (or be one of the options {', '.join(SOURCE_OPTIONS)})")
    kwargs["sources"] = sources
    kwargs["source_options"] = source_options

    merged_settings = {}
    for section, defaults in settings.items():
        given = _table(table, section, label)
        merged_settings[section] = {**defaults, **_check_options(given, defaults, f"{label}: [{section}]")}
    kwargs["settings"] = merged_settings
    return Config(**kwargs)


def check_selector(selector: str, codes: list[str], where: str) -> None:
    """A selector is ``ALL`` or a prefix of at least one known rule code."""
    if selector == "ALL" or any(c.startswith(selector) for c in codes):
        return
    raise ConfigError(f"{where}: unknown rule code or prefix '{selector}'{_did_you_mean(selector, codes)}")


def _table(table: dict[str, Any], key: str, label: str) -> dict[str, Any]:
    value = table.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{label}: '{key}' must be a table")
    return value


def _check_options(given: dict[str, Any], declared: dict[str, Any], where: str) -> dict[str, Any]:
    out = {}
    for key, value in given.items():
        if key not in declared:
            known = ", ".join(declared) or "none"
            raise ConfigError(f"{where}: unknown option '{key}'{_did_you_mean(key, list(declared))} (options: {known})")
        default = declared[key]
        if not _same_type(value, default):
            raise ConfigError(f"{where}: option '{key}' must be {_type_name(default)}, got {value!r}")
        out[key] = float(value) if isinstance(default, float) else value
    return out


def _same_type(value: Any, default: Any) -> bool:
    if default is None:
        return True
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float))
    if isinstance(default, (list, tuple)):
        if not isinstance(value, list):
            return False
        kinds = {type(x) for x in default}
        return not kinds or all(type(x) in kinds for x in value)
    return isinstance(value, type(default))


def _type_name(default: Any) -> str:
    if isinstance(default, bool):
        return "true or false"
    if isinstance(default, (list, tuple)):
        inner = {type(x).__name__ for x in default}
        return "a list" + (f" of {'/'.join(sorted(inner))}" if inner else "")
    return {int: "an integer", float: "a number", str: "a string", dict: "a table"}.get(type(default), type(default).__name__)


def _did_you_mean(word: str, options) -> str:
    import difflib

    close = difflib.get_close_matches(word, list(options), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""

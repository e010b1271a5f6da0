"""Plugin manager: finds plugins through the ``corpuslint`` entry-point group and collects their rules."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any, Callable

import pluggy

from corpuslint import hookspecs
from corpuslint.errors import PluginError
from corpuslint.rule import Rule

ENTRY_POINT_GROUP = "corpuslint"
_CODE = re.compile(r"[A-Z]{2,4}[0-9]{3}")
_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


@dataclass
class PluginInfo:
    name: str
    module: str
    distribution: str = ""
    version: str = ""


@dataclass
class Registry:
    """Everything the plugins provide, gathered once."""

    pm: pluggy.PluginManager
    plugins: list[PluginInfo] = field(default_factory=list)
    rules: dict[str, type[Rule]] = field(default_factory=dict)
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)
    formats: dict[str, Callable[..., str]] = field(default_factory=dict)


def load(extra_plugins: list[Any] | None = None, *, entry_points: bool = True) -> Registry:
    """Build the registry: core rules, then entry-point plugins, then ``extra_plugins``.

    Raises :class:`PluginError` naming the entry point when a plugin fails to import or
    provides a bad rule.
    """
    pm = pluggy.PluginManager("corpuslint")
    pm.add_hookspecs(hookspecs)
    infos = []
    from corpuslint import core_rules, report

    for name, module in (("corpuslint", core_rules), ("corpuslint-formats", report)):
        pm.register(module, name=name)
        infos.append(PluginInfo(name, module.__name__))
    if entry_points:
        for info, module in _entry_point_plugins():
            if pm.get_plugin(info.name) is None and not pm.is_registered(module):
                pm.register(module, name=info.name)
                infos.append(info)
    for plugin in extra_plugins or []:
        name = getattr(plugin, "__name__", repr(plugin))
        if not pm.is_registered(plugin):
            pm.register(plugin, name=name)
            infos.append(PluginInfo(name, name))
    registry = Registry(pm, infos)
    _collect_rules(registry)
    for impl in pm.hook.corpuslint_settings.get_hookimpls():
        for section, defaults in (impl.function() or {}).items():
            registry.settings.setdefault(section, {}).update(defaults)
    for impl in pm.hook.corpuslint_formats.get_hookimpls():
        registry.formats.update(impl.function() or {})
    return registry


def _entry_point_plugins():
    eps = _scan_entry_points(ENTRY_POINT_GROUP)
    if eps is None:
        eps = _metadata_entry_points(ENTRY_POINT_GROUP)
    for name, value, dist_name, version in sorted(eps, key=lambda ep: ep[0]):
        try:
            module = _load_entry_point(value)
        except Exception as exc:  # any import-time failure of third-party code
            where = f" (distribution {dist_name})" if dist_name else ""
            raise PluginError(
                f"plugin '{name}' = '{value}'{where} failed to load: {type(exc).__name__}: {exc}"
            ) from exc
        yield PluginInfo(name, value, dist_name, version), module


_ENTRY_POINT = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")


def _load_entry_point(value: str) -> Any:
    """What ``importlib.metadata.EntryPoint.load`` does for ``module[:attr]``."""
    import importlib

    m = _ENTRY_POINT.match(value)
    if m is None:
        raise ValueError(f"malformed entry point {value!r}")
    obj = importlib.import_module(m.group("module"))
    for part in filter(None, (m.group("attr") or "").split(".")):
        obj = getattr(obj, part)
    return obj


def _metadata_entry_points(group: str) -> list[tuple[str, str, str, str]]:
    from importlib.metadata import entry_points

    out = []
    for ep in entry_points(group=group):
        dist = getattr(ep, "dist", None)
        out.append((ep.name, ep.value, dist.metadata["Name"] if dist is not None else "",
                    dist.version if dist is not None else ""))
    return out


def _scan_entry_points(group: str) -> list[tuple[str, str, str, str]] | None:
    """``(name, value, distribution, version)`` of the entry points in ``group``, read straight
    from the ``*.dist-info`` / ``*.egg-info`` folders on sys.path, as importlib.metadata finds
    them (the first distribution of a name wins). Importing importlib.metadata and reading every
    distribution's metadata costs 20-30 ms of a pre-commit run; this is a listing per folder.
    None when distributions may come from elsewhere (zip files, other finders): the caller then
    asks importlib.metadata."""
    import sys
    from importlib.machinery import PathFinder

    if any(hasattr(f, "find_distributions") and f is not PathFinder for f in sys.meta_path):
        return None
    seen: set[str] = set()
    out = []
    for entry in sys.path:
        folder = entry or "."
        if not os.path.isdir(folder):
            if os.path.exists(folder):
                return None  # a zip file on sys.path
            continue
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for info in names:
            if not info.endswith((".dist-info", ".egg-info")):
                continue
            key = re.sub(r"[-_.]+", "_", info.rsplit(".", 1)[0].split("-", 1)[0]).lower()
            if key in seen:
                continue
            seen.add(key)
            text = _read(os.path.join(folder, info, "entry_points.txt"))
            points = _ini_section(text, group) if text else []
            if not points:
                continue
            meta = _read(os.path.join(folder, info, "METADATA")) or _read(os.path.join(folder, info, "PKG-INFO")) or ""
            fields = dict(re.findall(r"^(Name|Version):[ \t]*(.*?)\s*$", meta.split("\n\n", 1)[0], re.M))
            out.extend((name, value, fields.get("Name", ""), fields.get("Version", "")) for name, value in points)
    return out


def _read(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except (OSError, UnicodeDecodeError):
        return None


def _ini_section(text: str, section: str) -> list[tuple[str, str]]:
    """``name = value`` lines of ``[section]`` in an entry_points.txt."""
    out, inside = [], False
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            inside = line[1:-1].strip() == section
        elif inside and "=" in line:
            name, value = line.split("=", 1)
            out.append((name.strip(), value.strip()))
    return out


def _collect_rules(registry: Registry) -> None:
    for impl in registry.pm.hook.corpuslint_rules.get_hookimpls():
        plugin = impl.plugin_name
        try:
            classes = impl.function() or []
        except Exception as exc:
            raise PluginError(f"plugin '{plugin}': corpuslint_rules() raised {type(exc).__name__}: {exc}") from exc
        for cls in classes:
            problem = _rule_problem(cls)
            if problem:
                raise PluginError(f"plugin '{plugin}': {problem}")
            other = registry.rules.get(cls.code)
            if other is not None and other is not cls:
                raise PluginError(
                    f"rule code {cls.code} is provided by both plugin '{other.plugin}' and plugin '{plugin}'"
                )
            if not cls.plugin:
                cls.plugin = plugin
            registry.rules[cls.code] = cls
    registry.rules = dict(sorted(registry.rules.items()))


def _rule_problem(cls: Any) -> str | None:
    if not (isinstance(cls, type) and issubclass(cls, Rule)):
        return f"{cls!r} is not a subclass of corpuslint.Rule"
    if not _CODE.fullmatch(cls.code or ""):
        return f"rule {cls.__name__} has code {cls.code!r}; codes are 2-4 capitals and 3 digits, like 'ABC001'"
    if not _NAME.fullmatch(cls.name or ""):
        return f"rule {cls.code} has name {cls.name!r}; names are kebab-case, like 'lorem-ipsum'"
    if not cls.summary:
        return f"rule {cls.code} has no summary"
    return None

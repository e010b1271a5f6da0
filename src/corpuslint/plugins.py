"""Plugin manager: finds plugins through the ``corpuslint`` entry-point group and collects their rules."""
from __future__ import annotations

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
    from importlib.metadata import entry_points

    eps = sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name)
    for ep in eps:
        dist = getattr(ep, "dist", None)
        dist_name = dist.metadata["Name"] if dist is not None else ""
        try:
            module = ep.load()
        except Exception as exc:  # any import-time failure of third-party code
            where = f" (distribution {dist_name})" if dist_name else ""
            raise PluginError(
                f"plugin '{ep.name}' = '{ep.value}'{where} failed to load: {type(exc).__name__}: {exc}"
            ) from exc
        yield PluginInfo(ep.name, ep.value, dist_name, dist.version if dist is not None else ""), module


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

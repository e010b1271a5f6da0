"""A pytest plugin for rule authors: the ``lint`` fixture lints a dict of files and returns findings.

Installed with corpuslint (``pytest11`` entry point), so a plugin's tests can say::

    def test_finds_placeholder(lint):
        findings = lint({"a.txt": "Lorem ipsum."}, plugins=[my_plugin], select=["LOR001"])
        assert [f.code for f in findings] == ["LOR001"]
"""
from __future__ import annotations

import os
import re
import textwrap
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from corpuslint.findings import Finding


def documented_example(rule: Any, label: str) -> str:
    """The indented block after the line that starts with ``label`` (``"Bad:"``, ``"Good:"``)
    in a rule's documentation (a Rule class or its docstring), dedented, ending in one newline.

    So a plugin's tests can check that each rule's documented examples behave as documented.
    """
    doc = rule if isinstance(rule, str) else rule.documentation()
    m = re.search(rf"^{re.escape(label)}[^\n]*\n\n((?:    [^\n]*\n|\n)+)", doc + "\n", re.M)
    if m is None:
        raise AssertionError(f"no {label!r} example block in the documentation")
    return textwrap.dedent(m.group(1)).strip() + "\n"


class Linter:
    """Writes files under a temporary folder and runs the real runner on them."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def write(self, files: dict[str, str | bytes]) -> None:
        for name, content in files.items():
            path = self.root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8", newline="")

    def __call__(
        self,
        files: dict[str, str | bytes],
        *,
        plugins: Iterable[Any] | None = None,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] = (),
        config: dict[str, Any] | None = None,
        jobs: int = 1,
        paths: Iterable[str] | None = None,
    ) -> list[Finding]:
        """Lint ``files`` ({relative name: text or bytes}); return the sorted findings.

        ``plugins``: plugin modules to use (default: every installed plugin). ``select`` and
        ``ignore``: rule codes or prefixes. ``config``: a table as in ``.corpuslint.toml``.
        """
        self.write(files)
        return self.run(plugins=plugins, select=select, ignore=ignore, config=config, jobs=jobs,
                        paths=list(paths) if paths is not None else list(files)).findings

    def run(self, *, plugins=None, select=None, ignore=(), config=None, jobs=1, paths=None, fix=False, unsafe=False):
        from corpuslint import config as config_mod
        from corpuslint import fixes, plugins as plugins_mod
        from corpuslint.runner import Runner

        registry = plugins_mod.load(list(plugins) if plugins is not None else None,
                                    entry_points=plugins is None)
        old = Path.cwd()
        os.chdir(self.root)
        try:
            cfg = config_mod.build(None, dict(config or {}), registry.rules, registry.settings, cwd=self.root)
            cfg = cfg.with_overrides(select=list(select) if select is not None else None, ignore=list(ignore))
            runner = Runner(registry, cfg, jobs=jobs, cwd=self.root)
            result = runner.run(paths or ["."])
            files = result.inputs
            if fix:
                for _ in range(10):
                    planned = fixes.plan(result.findings, unsafe)
                    changed = sum(fixes.fix_file(self.root / shown, shown, found, write=True)[0]
                                  for shown, found in planned.items())
                    if not changed:
                        break
                    result = runner.run_files(files)
            return result
        finally:
            os.chdir(old)

    def fix(self, files: dict[str, str | bytes], *, unsafe: bool = False, **kwargs: Any) -> dict[str, bytes]:
        """Write ``files``, apply fixes until none is left, return each file's new bytes."""
        self.write(files)
        self.run(fix=True, unsafe=unsafe, paths=list(files), **kwargs)
        return {name: (self.root / name).read_bytes() for name in files}


@pytest.fixture
def lint(tmp_path: Path) -> Linter:
    """Lint a dict of ``{filename: text}`` with chosen plugins and rules; returns the findings."""
    root = tmp_path / "corpus"
    root.mkdir()
    return Linter(root)

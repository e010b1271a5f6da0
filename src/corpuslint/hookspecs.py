"""The plugin contract: every hook corpuslint calls, what it receives and what it returns.

A plugin is a module (or object) with functions decorated by ``corpuslint.hookimpl``,
registered through the ``corpuslint`` entry-point group::

    [project.entry-points.corpuslint]
    lorem = "corpuslint_lorem"

Implementations may accept only the arguments they need (pluggy passes by name).
Results from several plugins are combined in a sorted, documented way: output never
depends on the order pluggy calls plugins in.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

import pluggy

if TYPE_CHECKING:
    from pathlib import Path

    from corpuslint.document import Document
    from corpuslint.rule import Rule

hookspec = pluggy.HookspecMarker("corpuslint")
hookimpl = pluggy.HookimplMarker("corpuslint")


@hookspec
def corpuslint_rules() -> list[type[Rule]]:
    """Return the rule classes this plugin provides.

    Each class subclasses :class:`corpuslint.Rule` and has a unique ``code``. Rules are
    instantiated by the runner, once per worker process, and must not keep per-document
    state between calls of ``check``.
    """


@hookspec
def corpuslint_settings() -> dict[str, dict[str, Any]]:
    """Return the top-level configuration sections this plugin reads, with their defaults.

    ``{"languagetool": {"server": "", "language": "en-US"}}`` declares a ``[languagetool]``
    table; values in the config are checked against the defaults' types, and rules read
    the merged table with ``ctx.settings("languagetool")``. Unknown sections are an error.
    """


@hookspec(firstresult=True)
def corpuslint_read(path: Path, display_path: str) -> list[Document] | None:
    """Read a file whose format this plugin knows into documents, or return None.

    Called for every file before the built-in readers (plain text, Markdown); stops at the
    first non-None result. Raise ``corpuslint.ReadError`` for a file that is in the plugin's
    format but broken: it becomes a ``CL`` finding on the file.
    """


@hookspec
def corpuslint_formats() -> dict[str, Callable[..., str]]:
    """Return output formats this plugin adds: ``{name: format(findings, rules) -> str}``.

    ``findings`` is the sorted list of :class:`corpuslint.Finding`, ``rules`` maps each
    code to its rule class. The returned text is written as it is to stdout or ``--output``.
    """


@hookspec(firstresult=True)
def corpuslint_fluency(text: str) -> float | None:
    """Return how garbled ``text`` reads (about 0 for fluent prose, higher for worse), or None.

    Source discovery asks this only about a pair of documents that no other cue orients
    (dates, credit lines, lost quotation marks, one contained in the other): of an article and
    its round-trip translation, the one that reads worse is the copy. Scores of different
    plugins need not be comparable: stops at the first non-None result, and both documents of
    a pair are scored by the same plugin. The MT plugin answers with MT001's garble score.
    """


@hookspec(firstresult=True)
def corpuslint_resolve_source(doc: Document, corpus: Any) -> str | None:
    """Return the path of the document ``doc`` derives from, or None to let others decide.

    Called in phase 1 for every document with no source from the configuration's
    ``[sources]`` table; stops at the first non-None result. ``corpus`` offers
    ``corpus.paths`` (every document path in the run) and ``corpus.document(path)``.
    """

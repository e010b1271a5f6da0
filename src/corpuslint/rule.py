"""The Rule base class plugin authors subclass, and the Context a rule runs with."""
from __future__ import annotations

import inspect
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar

from corpuslint.findings import Finding, Fix, Related, Severity

if TYPE_CHECKING:
    from corpuslint.document import Document


class Context:
    """What a rule sees besides the document: its options, shared settings, and the corpus.

    One Context per rule per worker process. ``options`` are the rule's options from the
    ``[rules.CODE]`` table merged over the rule's declared defaults; ``settings(name)`` is a
    top-level configuration section a plugin declared (e.g. ``[languagetool]``).
    """

    def __init__(self, options: dict[str, Any] | None = None, corpus: Any = None,
                 settings: dict[str, dict[str, Any]] | None = None) -> None:
        self.options: dict[str, Any] = dict(options or {})
        self._corpus = corpus
        self._settings = settings or {}

    def settings(self, section: str) -> dict[str, Any]:
        """A top-level configuration section declared by a plugin (empty dict if absent)."""
        return dict(self._settings.get(section, {}))

    def source(self, doc: Document) -> Document | None:
        """The document ``doc`` derives from (its source), or None when it has none known."""
        return self._corpus.source(doc) if self._corpus is not None else None

    def source_info(self, doc: Document) -> Any:
        """How ``doc``'s source was found (a :class:`corpuslint.sources.SourceLink`), or None."""
        return self._corpus.link(doc) if self._corpus is not None else None

    @property
    def corpus_size(self) -> int:
        """Number of documents in this run."""
        return self._corpus.size if self._corpus is not None else 1


class Rule:
    """Base class of every rule. Subclass it, set the class attributes, implement :meth:`check`.

    Class attributes:

    - ``code``: ``"ABC123"``, a 2-4 letter prefix per family and three digits.
    - ``name``: kebab-case, reads well after "allow" (``lorem-ipsum``).
    - ``summary``: one line, lower case, no full stop.
    - ``severity``: default :class:`Severity` (``WARNING``).
    - ``options``: declared options and their defaults; the config's ``[rules.CODE]`` table
      may override them, with the same types.
    - ``default_enabled``: False for rules that must be selected explicitly (or that
      :meth:`enabled_by_default` turns on from the settings).
    - ``uses_source``: True for rules that compare a document with its source.

    The class docstring is the rule's documentation, printed by ``corpuslint rule CODE``.

    Rules that need the whole corpus (e.g. lines repeated across documents) also implement
    the phase-1 map/reduce: :meth:`collect` runs per document in a worker and returns
    something small and picklable; :meth:`absorb` folds each value into the rule's state in
    the main process, streaming; :meth:`prepare` runs once after the last value. The rule
    object, with that state, then checks documents in phase 2.
    """

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    summary: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.WARNING
    options: ClassVar[dict[str, Any]] = {}
    default_enabled: ClassVar[bool] = True
    #: True for rules that call ``ctx.source(doc)``: the runner then resolves sources in phase 1.
    uses_source: ClassVar[bool] = False
    #: Filled in by the plugin manager: the plugin that provided the rule.
    plugin: ClassVar[str] = ""

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        """Yield the findings of this rule in ``doc``."""
        raise NotImplementedError

    @classmethod
    def enabled_by_default(cls, settings: dict[str, dict[str, Any]]) -> bool:
        """Whether the rule runs when no selector names it, given the configuration's plugin
        settings sections (``{"languagetool": {...}}``). Default: ``default_enabled``. A rule
        that needs outside help (a server) can turn itself on when the user configured it."""
        return cls.default_enabled

    def setup(self, ctx: Context) -> None:
        """Once per run, in the main process, before any document is read (for enabled rules
        only): check that what the rule needs from outside is there. Raise
        :class:`corpuslint.SetupError` with a one-line message to end the run with exit
        code 2. May run again in the same process (``--fix`` re-runs): keep it idempotent."""

    def collect(self, doc: Document, ctx: Context) -> Any:
        """Phase 1, in a worker: what this rule needs to know about ``doc`` for the corpus-wide
        view. Keep it small (hashes, not strings); None means nothing to absorb."""
        return None

    def absorb(self, value: Any) -> None:
        """Phase 1, main process: fold one document's :meth:`collect` value into this rule's state."""

    def prepare(self, ctx: Context) -> None:
        """Phase 1, once, after every document was absorbed: finish the corpus-wide state."""

    @classmethod
    def needs_corpus(cls) -> bool:
        return cls.collect is not Rule.collect

    @classmethod
    def documentation(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or cls.summary or "")

    def finding(
        self,
        doc: Document,
        start: int,
        end: int,
        message: str,
        *,
        severity: Severity | str | None = None,
        fix: Fix | None = None,
        related: Iterable[Related] = (),
        data: dict[str, Any] | None = None,
    ) -> Finding:
        """A finding of this rule at ``doc.text[start:end]`` (character offsets)."""
        a, b = doc.position(start), doc.position(max(start, end))
        edit_positions = ()
        if fix is not None:
            edit_positions = tuple((doc.position(e.start), doc.position(e.end)) for e in fix.edits)
        return Finding(
            code=self.code, name=self.name, message=message, path=doc.path,
            start=start, end=max(start, end), line=a.line, column=a.column,
            end_line=b.line, end_column=b.column,
            severity=Severity.parse(severity) if severity is not None else self.severity,
            fix=fix, related=tuple(related), data=data, record=doc.record,
            digest=doc.digest, edit_positions=edit_positions,
        )

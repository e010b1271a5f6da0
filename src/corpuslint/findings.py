"""Findings, fixes and severities: the values rules produce and reports consume."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class Severity(str, enum.Enum):
    """How serious a finding is. Ordered: ``INFO < WARNING < ERROR``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        """Turn ``"warning"`` (any case) into ``Severity.WARNING``; ValueError otherwise."""
        if isinstance(value, Severity):
            return value
        try:
            return cls(str(value).lower())
        except ValueError:
            raise ValueError(f"unknown severity {value!r} (expected error, warning or info)") from None

    def __str__(self) -> str:
        return self.value


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True)
class Position:
    """A 1-based line and column (columns count Unicode code points)."""

    line: int
    column: int


@dataclass(frozen=True)
class Edit:
    """Replace ``doc.text[start:end]`` with ``content`` (character offsets)."""

    start: int
    end: int
    content: str = ""


@dataclass(frozen=True)
class Fix:
    """Edits on the finding's own document that repair it.

    ``safe`` fixes are applied by ``--fix``; unsafe ones only with ``--unsafe-fixes``.
    """

    edits: tuple[Edit, ...]
    safe: bool = True
    message: str = ""

    @classmethod
    def delete(cls, start: int, end: int, *, safe: bool = True, message: str = "") -> Fix:
        return cls((Edit(start, end, ""),), safe=safe, message=message or "delete")

    @classmethod
    def replace(cls, start: int, end: int, content: str, *, safe: bool = False, message: str = "") -> Fix:
        return cls((Edit(start, end, content),), safe=safe, message=message or f"replace with {content!r}")


@dataclass(frozen=True)
class Related:
    """Another place that explains a finding, e.g. the passage in a source document."""

    path: str
    line: int
    column: int
    message: str = ""
    end_line: int | None = None
    end_column: int | None = None


@dataclass(frozen=True)
class Finding:
    """One problem at one span of one document.

    Rules create findings with :meth:`corpuslint.Rule.finding`, which fills in the
    positions; reporters read the positions, never the offsets.
    """

    code: str
    name: str
    message: str
    path: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    severity: Severity = Severity.WARNING
    fix: Fix | None = None
    related: tuple[Related, ...] = ()
    data: dict[str, Any] | None = None
    #: Record id inside a multi-document file (JSONL); None for one-document files.
    record: str | None = None
    #: Hash of the document text the offsets refer to (guards fixes against stale files).
    digest: str = ""
    #: Resolved line/column of each fix edit, parallel to ``fix.edits``.
    edit_positions: tuple[tuple[Position, Position], ...] = field(default=(), repr=False)

    def sort_key(self) -> tuple:
        return (self.path, self.record or "", self.line, self.column, self.code, self.message)

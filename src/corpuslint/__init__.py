"""corpuslint: a linter for text corpora. This module is the public API for plugin authors."""
from __future__ import annotations

__version__ = "0.1.0"

from corpuslint.document import Document, Line, Quotation, Span
from corpuslint.errors import ReadError, SetupError
from corpuslint.findings import Edit, Finding, Fix, Related, Severity
from corpuslint.hookspecs import hookimpl
from corpuslint.rule import Context, Rule

__all__ = [
    "Context",
    "Document",
    "Edit",
    "Finding",
    "Fix",
    "Line",
    "Quotation",
    "ReadError",
    "Related",
    "Rule",
    "SetupError",
    "Severity",
    "Span",
    "__version__",
    "hookimpl",
]

"""Document: one text with its structure (lines, paragraphs, sentences, quotations), computed lazily."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from corpuslint.findings import Position, Related
from corpuslint import textparse


@dataclass(frozen=True)
class Span:
    """A piece of a document's text: ``doc.text[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Line(Span):
    """One line, without its line break. ``number`` is 1-based."""

    number: int


@dataclass(frozen=True)
class Quotation(Span):
    """Quoted speech. ``text`` is the words between the marks.

    ``open_at`` / ``close_at`` are the offsets of the marks themselves; ``close_at`` is None
    when the quotation is never closed (an unbalanced mark). ``continued`` is true for a
    paragraph of a quotation that runs on from the previous paragraph (English style: the
    earlier paragraph has no closing mark, the next one opens again).
    """

    open_at: int
    close_at: int | None
    continued: bool = False

    @property
    def closed(self) -> bool:
        return self.close_at is not None


class Document:
    """A text to lint, with lazily computed structure shared by every rule.

    ``text`` holds the whole file (front matter included, line breaks normalised to
    ``\\n``), so character offsets into it map to the file's lines and columns.
    Structure (``lines``, ``paragraphs``, ``sentences``, ``quotations``) covers the body,
    after any front matter.
    """

    def __init__(
        self,
        text: str,
        path: str = "<string>",
        *,
        record: str | None = None,
        newline: str = "\n",
        bom: bool = False,
        metadata: dict[str, Any] | None = None,
    ) -> None:
        self.text = text
        self.path = path
        self.record = record
        self.newline = newline
        self.bom = bom
        if metadata is not None:
            self.__dict__["metadata"] = metadata
            self.__dict__["body_start"] = 0

    def __repr__(self) -> str:
        return f"<Document {self.id!r} ({len(self.text)} chars)>"

    @property
    def id(self) -> str:
        """Stable identity: the path, plus ``#record`` for documents inside a multi-record file."""
        return f"{self.path}#{self.record}" if self.record is not None else self.path

    @cached_property
    def digest(self) -> str:
        import hashlib  # only when a finding is made: a clean pre-commit run never needs it

        return hashlib.blake2b(self.text.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()

    # -- front matter --------------------------------------------------------------
    @cached_property
    def _front_matter(self) -> tuple[dict[str, Any], int, str | None]:
        return textparse.front_matter(self.text) if self.path.endswith((".md", ".markdown")) else ({}, 0, None)

    @cached_property
    def metadata(self) -> dict[str, Any]:
        """Front matter fields of a Markdown file (empty dict when there are none)."""
        return self._front_matter[0]

    @cached_property
    def body_start(self) -> int:
        """Offset where the body starts (after front matter)."""
        return self._front_matter[1]

    @property
    def metadata_error(self) -> str | None:
        """Why the front matter could not be read, or None."""
        return self._front_matter[2]

    @property
    def body(self) -> str:
        return self.text[self.body_start:]

    # -- structure -----------------------------------------------------------------
    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        starts.extend(m.end() for m in re.finditer("\n", self.text))
        return starts

    @cached_property
    def lines(self) -> list[Line]:
        """The body's lines, each with its 1-based number in the file."""
        text = self.text
        start = text.rfind("\n", 0, self.body_start) + 1  # the start of the line the body starts in
        number = text.count("\n", 0, start) + 1
        pieces = text[start:].split("\n") if start else text.split("\n")
        if len(pieces) + number > 2 and not pieces[-1]:
            pieces.pop()  # the empty "line" after a final newline (an empty file has one empty line)
        # Built without the frozen dataclass's __init__ (a checked setattr per field): a
        # corpus has millions of lines, and every rule family reads them.
        new, set_dict, cls = object.__new__, object.__setattr__, Line
        out = []
        for piece in pieces:
            end = start + len(piece)
            line = new(cls)
            set_dict(line, "__dict__", {"start": start, "end": end, "text": piece, "number": number})
            out.append(line)
            start, number = end + 1, number + 1
        return out

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Blocks of non-blank lines separated by blank lines."""
        return [Span(s, e, self.text[s:e]) for s, e in textparse.paragraph_spans(self.text, self.body_start)]

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences of every paragraph, in order (a sentence never crosses a paragraph)."""
        out = []
        for p in self.paragraphs:
            for s, e in textparse.sentence_spans(p.text):
                out.append(Span(p.start + s, p.start + e, p.text[s:e]))
        return out

    @cached_property
    def quotations(self) -> list[Quotation]:
        """Double-quoted passages (straight, curly, guillemets), one per paragraph they cover."""
        out = []
        open_run = False
        for p in self.paragraphs:
            for q in textparse.quotation_spans(p.text):
                continued = open_run and q.open_at == textparse.first_non_space(p.text)
                out.append(Quotation(p.start + q.start, p.start + q.end, p.text[q.start:q.end],
                                     p.start + q.open_at,
                                     None if q.close_at is None else p.start + q.close_at,
                                     continued))
            open_run = bool(out) and out[-1].close_at is None and out[-1].start >= p.start
        return out

    # -- positions -----------------------------------------------------------------
    def position(self, offset: int) -> Position:
        """1-based line and column of a character offset."""
        offset = max(0, min(offset, len(self.text)))
        i = bisect.bisect_right(self._line_starts, offset) - 1
        return Position(i + 1, offset - self._line_starts[i] + 1)

    def offset(self, line: int, column: int = 1) -> int:
        """Character offset of a 1-based line and column (inverse of :meth:`position`)."""
        return self._line_starts[line - 1] + column - 1

    def line_at(self, offset: int) -> Line:
        """The line containing ``offset`` (front matter lines too)."""
        i = bisect.bisect_right(self._line_starts, offset) - 1
        start = self._line_starts[i]
        end = self._line_starts[i + 1] - 1 if i + 1 < len(self._line_starts) else len(self.text)
        return Line(start, end, self.text[start:end], i + 1)

    def related(self, start: int, end: int, message: str = "") -> Related:
        """A related location in this document, for a finding about another document."""
        a, b = self.position(start), self.position(end)
        return Related(self.path, a.line, a.column, message, b.line, b.column)

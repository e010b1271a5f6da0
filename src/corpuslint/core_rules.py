"""The core's own rules (prefix CL): problems with reading files and running rules, not with the text."""
from __future__ import annotations

import traceback
from pathlib import Path

from corpuslint.findings import Finding, Severity
from corpuslint.hookspecs import hookimpl
from corpuslint.rule import Rule


class _CoreRule(Rule):
    """Core rules are reported by the runner, not by ``check``."""

    severity = Severity.ERROR

    def check(self, doc, ctx):
        return ()

    @classmethod
    def make(cls, path: str, message: str, line: int = 1, column: int = 1, record: str | None = None) -> Finding:
        return Finding(cls.code, cls.name, message, path, 0, 0, line, column, line, column,
                       severity=cls.severity, record=record)


class UnreadableFile(_CoreRule):
    """## What it does
    Reports a file that could not be read at all (permissions, a broken link, a folder
    named like a text file).

    ## Why is this bad?
    A corpus file nobody can read is lost data; the check of every other file goes on.

    ## Example
    `corpus/a.txt` is mode `000`:

        corpus/a.txt:1:1: error: cannot read file: Permission denied [CL001]

    Fix the permissions so the file is readable.
    """

    code = "CL001"
    name = "unreadable-file"
    summary = "a file could not be read"


class InvalidEncoding(_CoreRule):
    """## What it does
    Reports a file that is not valid UTF-8, at the first bad byte (its byte offset, line
    and column).

    ## Why is this bad?
    Mixed encodings are a classic corpus defect (a Latin-1 `£` saved into a UTF-8
    corpus): tools downstream either crash or silently mangle the text.

    ## Example
    A file holding the single byte `0xA3` for `£`:

        price.txt:1:7: error: not valid UTF-8: byte 0xa3 at byte offset 6 [CL002]

    Re-encode the file as UTF-8 (`iconv -f latin1 -t utf-8`).
    """

    code = "CL002"
    name = "invalid-encoding"
    summary = "a file is not valid UTF-8"


class BinaryFile(_CoreRule):
    """## What it does
    Reports a file that holds NUL bytes: a binary file, or UTF-16 text.

    ## Why is this bad?
    A binary file in a text corpus is usually an export gone wrong.

    ## Example
        scan.txt:1:1: error: binary file (contains NUL bytes); only UTF-8 text is checked [CL003]

    Remove the file, or convert UTF-16 text to UTF-8.
    """

    code = "CL003"
    name = "binary-file"
    summary = "a file holds binary data"


class EmptyFile(_CoreRule):
    """## What it does
    Reports a document that is empty or holds only white space.

    ## Why is this bad?
    An empty document in a corpus is usually a failed download or extraction.

    ## Example
        empty.txt:1:1: info: empty document [CL004]

    Remove the file or fill it.
    """

    code = "CL004"
    name = "empty-file"
    summary = "a document is empty"
    severity = Severity.INFO

    @classmethod
    def at_start(cls, doc) -> Finding:
        return cls.make(doc.path, "empty document", record=doc.record)


class RuleCrashed(_CoreRule):
    """## What it does
    Reports a rule that raised an exception on a document. The other rules, and the other
    documents, are still checked. `--verbose` adds the traceback.

    ## Why is this bad?
    The document was not fully checked; the rule has a bug worth reporting to its plugin.

    ## Example
        a.txt:1:1: error: rule LOR001 (lorem-ipsum, plugin lorem) crashed: ZeroDivisionError: division by zero [CL005]
    """

    code = "CL005"
    name = "rule-crashed"
    summary = "a rule raised an exception on a document"

    @classmethod
    def for_exception(cls, rule: Rule, doc, exc: BaseException, verbose: bool) -> Finding:
        message = (f"rule {rule.code} ({rule.name}, plugin {rule.plugin or '?'}) crashed: "
                   f"{type(exc).__name__}: {exc}")
        if verbose:
            message += "\n" + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip()
        return cls.make(doc.path, message, record=doc.record)


class MissingSource(_CoreRule):
    """## What it does
    Reports a document whose source, named by the `[sources]` table or by a `source:`
    metadata field, does not exist.

    ## Why is this bad?
    Rules that compare a document with its source (quotations, attribution) cannot run.

    ## Example
    With `"translations/*.txt" = "originals/{stem}.txt"` and no `originals/a.txt`:

        translations/a.txt:1:1: warning: source 'originals/a.txt' (from [sources] "translations/*.txt") not found [CL006]

    Add the source, or fix the template.
    """

    code = "CL006"
    name = "missing-source"
    summary = "the configured source of a document does not exist"
    severity = Severity.WARNING


class InvalidFrontMatter(Rule):
    """## What it does
    Reports Markdown front matter (`---` block at the top) that is not a valid YAML mapping.

    ## Why is this bad?
    Metadata such as `source:`, `url:` or `date:` is lost, and rules that use it cannot.

    ## Example
    Bad:

        ---
        title: [unclosed
        ---

    Good:

        ---
        title: "[unclosed"
        ---
    """

    code = "CL007"
    name = "invalid-front-matter"
    summary = "Markdown front matter is not a valid YAML mapping"
    severity = Severity.WARNING

    def check(self, doc, ctx):
        if doc.metadata_error:
            yield self.finding(doc, 0, 3, doc.metadata_error)


def file_finding(path: Path, shown: str, exc) -> Finding:
    """The CL finding for a file that yields no document (``exc`` is a ReadError)."""
    from corpuslint.readers import position_of_byte

    rule = {c.code: c for c in (UnreadableFile, InvalidEncoding, BinaryFile)}.get(exc.code, UnreadableFile)
    line, column = position_of_byte(path, exc.offset) if exc.offset is not None and rule is InvalidEncoding else (1, 1)
    return rule.make(shown, str(exc), line, column)


@hookimpl
def corpuslint_rules():
    return [UnreadableFile, InvalidEncoding, BinaryFile, EmptyFile, RuleCrashed, MissingSource, InvalidFrontMatter]

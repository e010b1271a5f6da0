"""The LT rules: LanguageTool's matches, sorted into grammar, spelling, punctuation and style."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from corpuslint import Context, Document, Finding, Fix, Rule, Severity

from corpuslint_languagetool import client
from corpuslint_languagetool.client import LanguageToolUnavailable
from corpuslint_languagetool.matches import LTMatch, document_matches, new_run
from corpuslint_languagetool.settings import SECTION, Settings, is_configured

# LanguageTool's category ids (shared by its languages) -> the LT rule reporting them.
_BY_CATEGORY = {
    "TYPOS": "LT002",
    "PUNCTUATION": "LT003", "TYPOGRAPHY": "LT003", "CASING": "LT003",
    "STYLE": "LT004", "REDUNDANCY": "LT004", "PLAIN_ENGLISH": "LT004", "REPETITIONS_STYLE": "LT004",
    "WIKIPEDIA": "LT004", "GENDER_NEUTRALITY": "LT004", "TEXT_ANALYSIS": "LT004", "CREATIVE_WRITING": "LT004",
    "GRAMMAR": "LT001", "MISC": "LT001", "CONFUSED_WORDS": "LT001", "COLLOCATIONS": "LT001",
    "SEMANTICS": "LT001", "NONSTANDARD_PHRASES": "LT001", "REPETITIONS": "LT001",
    "COMPOUNDING": "LT001", "FALSE_FRIENDS": "LT001",
}
# For categories a language adds of its own: LanguageTool's issue type (LanguageTool uses
# the ITS 2.0 localization quality issue types).
_BY_ISSUE_TYPE = {
    "misspelling": "LT002",
    "typographical": "LT003", "whitespace": "LT003", "punctuation": "LT003",
    "style": "LT004", "register": "LT004", "locale-violation": "LT004",
}


def rule_for(match: LTMatch) -> str:
    """The code of the LT rule that reports a match (LT001 when nothing more specific fits)."""
    return _BY_CATEGORY.get(match.category) or _BY_ISSUE_TYPE.get(match.issue_type) or "LT001"


class LanguageToolRule(Rule):
    """Base of the LT rules: on when ``[languagetool]`` is configured, or when selected."""

    default_enabled: ClassVar[bool] = False

    @classmethod
    def enabled_by_default(cls, settings: dict[str, dict[str, Any]]) -> bool:
        return is_configured(settings.get(SECTION))

    def setup(self, ctx: Context) -> None:
        # Fails the run (exit 2) now, once, rather than on every document: not configured,
        # server unreachable, no Java, unsupported language.
        settings = Settings.parse(ctx.settings(SECTION))
        new_run(settings)
        client.connect(settings)

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        try:
            found = document_matches(doc, Settings.parse(ctx.settings(SECTION)))
        except LanguageToolUnavailable:
            return  # LT900 reports the document as not checked, once
        for m in found:
            if rule_for(m) != self.code:
                continue
            fix = None
            if m.replacements and m.end > m.start:
                first = m.replacements[0]
                fix = Fix.replace(m.start, m.end, first, safe=False,
                                  message=f"replace with {first!r} (LanguageTool's first suggestion)")
            message = f"{m.message} [LanguageTool {m.rule_id}, {m.category}]"
            yield self.finding(doc, m.start, m.end, message, fix=fix,
                               data={"rule": m.rule_id, "category": m.category, "issue_type": m.issue_type,
                                     "replacements": list(m.replacements)})


_COMMON = """
    LanguageTool runs only where the configuration says: a ``[languagetool]`` section with
    ``server = "http://host:port"`` (a LanguageTool server you run) or ``local = true``
    (language-tool-python downloads LanguageTool on first use and runs it with Java). The
    rule is on when that section is there, or when selected; selected without it, or with a
    server that cannot be reached, corpuslint stops with one error and exit code 2. Text is
    sent nowhere else: never to a public API by default. Answers are cached per paragraph.
"""


class LanguageToolGrammar(LanguageToolRule):
    """LanguageTool's grammar matches.

    ## What it does
    Reports what LanguageTool's grammar rules find (categories such as ``GRAMMAR``,
    ``CONFUSED_WORDS``, ``MISC``), at the exact span, with LanguageTool's rule id and
    category in the message. Matches that fit none of the other LT rules land here.
    {common}
    ## Why is this bad?
    Broken agreement, a wrong article, a doubled word: text that was badly translated,
    badly extracted or never proofread. In training data it teaches the mistakes.

    ## Example
    Bad:

        She saw a elephant at the the zoo.

    Good:

        She saw an elephant at the zoo.

    ## Fix safety
    LanguageTool's first suggestion, as an unsafe fix (``--unsafe-fixes``): it is only a
    suggestion, and the right word may be another one.
    """

    code = "LT001"
    name = "languagetool-grammar"
    summary = "grammar mistake found by LanguageTool"


class LanguageToolSpelling(LanguageToolRule):
    """LanguageTool's spelling matches.

    ## What it does
    Reports the words LanguageTool's spell checker does not know (category ``TYPOS``),
    with its rule id (e.g. ``MORFOLOGIK_RULE_EN_US``) in the message.
    {common}
    ## Why is this bad?
    Misspellings are noise, and clusters of them mark text that was garbled: OCR, lost
    spaces, machine translation. Names a dictionary does not know are flagged too: add them
    to ``[languagetool] disabled-rules`` or ignore LT002 where names abound.

    ## Example
    Bad:

        We did not recieve the letter.

    Good:

        We did not receive the letter.

    ## Fix safety
    LanguageTool's first suggestion, as an unsafe fix: spell checkers guess.
    """

    code = "LT002"
    name = "languagetool-spelling"
    summary = "spelling mistake found by LanguageTool"


class LanguageToolPunctuation(LanguageToolRule):
    """LanguageTool's punctuation, typography and capitalisation matches.

    ## What it does
    Reports LanguageTool's matches in the categories ``PUNCTUATION``, ``TYPOGRAPHY`` and
    ``CASING``: a space before a comma, a missing capital, doubled punctuation.
    {common}
    ## Why is this bad?
    Spaces before punctuation and broken capitals are typical of text that was tokenised
    and joined again, or extracted from layout.

    ## Example
    Bad:

        The vote was close , and the count was slow .

    Good:

        The vote was close, and the count was slow.

    ## Fix safety
    LanguageTool's first suggestion, as an unsafe fix.
    """

    code = "LT003"
    name = "languagetool-punctuation"
    summary = "punctuation or typography mistake found by LanguageTool"


class LanguageToolStyle(LanguageToolRule):
    """LanguageTool's style matches.

    ## What it does
    Reports LanguageTool's style advice (categories such as ``STYLE``, ``REDUNDANCY``,
    ``PLAIN_ENGLISH``), as information rather than warnings.
    {common}
    ## Why is this bad?
    Redundant and wordy phrases are not errors, but many of them in a document point to
    padded or machine-written text.

    ## Example
    Bad:

        The end result was a free gift.

    Good:

        The result was a gift.

    ## Fix safety
    LanguageTool's first suggestion, as an unsafe fix.
    """

    code = "LT004"
    name = "languagetool-style"
    summary = "style advice from LanguageTool"
    severity = Severity.INFO


class LanguageToolNoAnswer(LanguageToolRule):
    """A document LanguageTool did not check.

    ## What it does
    Reports, once per document at the start of its text, that LanguageTool gave no usable answer
    for it: no answer within ``[languagetool] timeout`` (language-tool-python tries twice),
    a lost connection, or an answer that is not LanguageTool's API (an error page from a
    proxy). The message names the server and the reason. After three failed requests in a
    row, the rest of the run stops asking and reports each remaining document at once.
    A server that cannot be reached at the start of the run is not reported here: the run
    stops with one error and exit code 2.
    {common}
    ## Why is this bad?
    The other LT rules found nothing in the document because nothing was checked. Without
    this report a flaky server would look like clean text.

    ## Example
    The same text is reported when LanguageTool answers with an error page, or not at all
    (bad), and not when it answers (good):

    Bad:

        Any text at all.

    Good:

        Any text at all.
    """

    code = "LT900"
    name = "languagetool-no-answer"
    summary = "LanguageTool did not check this document"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        try:
            document_matches(doc, Settings.parse(ctx.settings(SECTION)))
        except LanguageToolUnavailable as exc:
            at = doc.paragraphs[0].start if doc.paragraphs else doc.body_start
            yield self.finding(doc, at, at, f"not checked: {exc}")


RULES: list[type[Rule]] = [LanguageToolGrammar, LanguageToolSpelling, LanguageToolPunctuation, LanguageToolStyle,
                           LanguageToolNoAnswer]
for _cls in RULES:
    _cls.__doc__ = (_cls.__doc__ or "").replace("{common}", _COMMON)

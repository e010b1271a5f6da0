"""The MT rules: one per artefact of garbled machine translation, and MT001 for the whole document."""
from __future__ import annotations

from collections.abc import Iterator

import corpuslint
from corpuslint import Context, Document, Finding, Fix

from corpuslint_mt import signals as S



class _SignalRule(corpuslint.Rule):
    """Base of the per-line MT rules: report the signals of one kind."""

    kind = ""
    fix_message = ""

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        from corpuslint_mt.analysis import analyse  # loads the language data on first use

        for s in analyse(doc).signals(self.kind):
            fix = None
            if s.replacement is not None:
                fix = Fix.replace(s.start, s.end, s.replacement, safe=False,
                                  message=self.fix_message or f"replace with {s.replacement!r}")
            yield self.finding(doc, s.start, s.end, s.message, fix=fix)


class GluedWords(_SignalRule):
    """Words run together by a lost space.

    ## What it does
    Finds tokens that are not English words but split into frequent English words
    (`onthe`, `Alsoparks`), also a name the document uses run together with words
    (`Okonkwoforthe`) and a word glued to an abbreviation (`Theu.k.`). The split uses symspellpy's
    English unigram frequencies; URLs, e-mail addresses, hashtags, handles, camel-case brand
    names, words next to another capitalised word (multiword names) and words the document
    uses more than once are left alone.

    ## Why is this bad?
    A lost space is the commonest scar of machine translation and of careless text extraction;
    the glued token defeats search, spelling checks and tokenizers.

    ## Example
    Bad:

        The committee will vote onthe proposal next week.

    Good:

        The committee will vote on the proposal next week.

    ## Fix safety
    The fix inserts the spaces of the split shown in the message. It is unsafe: a rare word
    or a name may split into English words by accident.
    """

    code = "MT002"
    name = "glued-words"
    summary = "words run together by a lost space"
    kind = S.GLUED


class SplitWord(_SignalRule):
    """One word split by a stray space.

    ## What it does
    Finds two adjacent pieces, at least one of them not an English word, that together make a
    frequent English word (`informa tion`).

    ## Why is this bad?
    A space inside a word is an extraction or translation artefact; the pieces are not words.

    ## Example
    Bad:

        The ministry published the informa tion on Monday.

    Good:

        The ministry published the information on Monday.

    ## Fix safety
    The fix removes the space. It is unsafe: two rare words may also join into a word.
    """

    code = "MT003"
    name = "split-word"
    summary = "one word split by a stray space"
    kind = S.SPLIT


class NameCasing(_SignalRule):
    """A name written in lower case where the document also capitalises it.

    ## What it does
    Finds a lower-case word that the same document writes capitalised on its own in mid-sentence
    (`Tbilisi` ... `tbilisi`), when the word is not a common English noun or adjective (the bigram
    data shows common words after `the` or `a`; names do not). A word capitalised only inside a
    full name counts when its lower-case copy keeps the name's other part beside it
    (`David Pellow` ... `david Pellow`) and that part is a name too, not an ordinary word
    (`Medical Center` ... `the medical center` is left alone), or, for the last word of a full
    name, when the lower-case copy stands where English puts a speaker (`kerr said`). A name
    in capitals (a dateline, `PORT ELLIS, Scotland (AP) -`) written in full in lower case
    (`port ellis`) is reported too, when one of its words is not an ordinary English word.

    ## Why is this bad?
    Machine translation often loses the capital of names; a reader takes `tbilisi` for a typo
    and entity extraction misses it.

    ## Example
    Bad:

        Officials in Kharkiv said on Monday that the road to kharkiv was open.

    Good:

        Officials in Kharkiv said on Monday that the road to Kharkiv was open.

    ## Fix safety
    The fix writes the capitalised form the document uses. It is unsafe: rarely, the
    lower-case word is a different, ordinary word.
    """

    code = "MT004"
    name = "name-casing"
    summary = "a name written in lower case where the document also capitalises it"
    kind = S.NAME_CASE


class NameSpelling(_SignalRule):
    """A name with a doubled letter the document spells otherwise.

    ## What it does
    Finds a capitalised word, unknown to English, that is another name of the same document
    with one letter written once more (`Schollz` where the document writes `Scholz`).

    ## Why is this bad?
    A stuttered letter in a name is a translation or transcription slip; the name no longer
    matches itself across the document.

    ## Example
    Bad:

        Chancellor Scholz spoke first. Later, Schollz thanked the allies.

    Good:

        Chancellor Scholz spoke first. Later, Scholz thanked the allies.

    ## Fix safety
    The fix writes the document's other spelling. It is unsafe: two people may have names
    that differ by one letter.
    """

    code = "MT005"
    name = "name-spelling"
    summary = "a name with a doubled letter the document spells otherwise"
    kind = S.NAME_SPELLING


class ForeignFunctionWord(_SignalRule):
    """A function word of another language in English prose.

    ## What it does
    Finds a lower-case word that is among the commonest words of French, Spanish, German,
    Italian, Portuguese, Dutch, Romanian or Swedish and far rarer in English (compared by
    wordfreq's frequencies, not a hand list), standing between English words where English
    never puts it (no bigram of the data). Particles inside names (`Lula da Silva`,
    `de Gaulle`) and foreign phrases are left alone.

    ## Why is this bad?
    A stray `de`, `und` or `que` is a word the translation failed to translate.

    ## Example
    Bad:

        The mayor met the leaders de the two parties on Friday.

    Good:

        The mayor met the leaders of the two parties on Friday.
    """

    code = "MT006"
    name = "foreign-function-word"
    summary = "a function word of another language in English prose"
    kind = S.FOREIGN


class ArticleAgreement(_SignalRule):
    """`a` or `an` that does not fit the next word's sound.

    ## What it does
    Finds `an bridge`, `a earlier`: the indefinite article against the next word. Which
    article a word takes is read from symspellpy's bigram counts (`a university`, `an hour`);
    for words the data lacks, from the spelling, leaving names, acronyms and words in `u` alone.

    ## Why is this bad?
    The wrong article is a tell-tale of word-for-word translation and of careless editing.

    ## Example
    Bad:

        Floods closed an bridge near the harbour.

    Good:

        Floods closed a bridge near the harbour.

    ## Fix safety
    The fix swaps the article. It is unsafe: the next word may be read unusually.
    """

    code = "MT007"
    name = "article-agreement"
    summary = "'a' or 'an' that does not fit the next word's sound"
    kind = S.ARTICLE


class BrokenPossessive(_SignalRule):
    """A plural possessive on the name of one person.

    ## What it does
    Finds `Merkels'` where the document names one `Merkel` (as `Merkel` or `Merkel's`) and never
    uses the plural `Merkels`, and the name is not a plural English word or a family named
    with `the` (`the Blairs'`).

    ## Why is this bad?
    Machine translation mangles possessives; `Merkels'` reads as a family or a typo.

    ## Example
    Bad:

        Angela Merkel spoke on Tuesday. The cabinet backed Merkels' plan.

    Good:

        Angela Merkel spoke on Tuesday. The cabinet backed Merkel's plan.

    ## Fix safety
    The fix writes `Name's`. It is unsafe: the document may mean a family after all.
    """

    code = "MT008"
    name = "broken-possessive"
    summary = "a plural possessive on the name of one person"
    kind = S.POSSESSIVE


class HyphenSpacing(_SignalRule):
    """A space before or after the hyphen of a compound.

    ## What it does
    Finds `two -day` and `wholly- owned`: a hyphen with a space on one side between two words
    that English pairs (a bigram of the data), so dashes typed as hyphens are left alone.

    ## Why is this bad?
    The stray space breaks the compound in two and is a common artefact of translation tools.

    ## Example
    Bad:

        The leaders held a two -day summit.

    Good:

        The leaders held a two-day summit.

    ## Fix safety
    The fix deletes the space. It is unsafe: the hyphen may have been meant as a dash.
    """

    code = "MT009"
    name = "hyphen-spacing"
    summary = "a space before or after the hyphen of a compound"
    kind = S.HYPHEN


class UnclosedQuotation(_SignalRule):
    """A quotation mark opened and never closed in its paragraph.

    ## What it does
    Finds an opening quotation mark with no closing mark in its paragraph (a line, unless the
    line is hard-wrapped), unless the next paragraph opens with a quotation mark (the English
    way to run a quotation on).

    ## Why is this bad?
    An unbalanced mark leaves the reader, and every tool, unsure where the quotation ends.

    ## Example
    Bad:

        The mayor said “the bridge will reopen in May.

        Traffic was light on Sunday.

    Good:

        The mayor said “the bridge will reopen in May.”

        Traffic was light on Sunday.
    """

    code = "MT010"
    name = "unclosed-quotation"
    summary = "a quotation mark opened and never closed in its paragraph"
    kind = S.QUOTE_OPEN


class SwappedQuotationMarks(_SignalRule):
    """Quotation marks around the attribution instead of the quoted words.

    ## What it does
    Finds a quotation that holds only a speech verb and a name (`“said Ben Ortiz,”`):
    the marks were swapped with the quoted words around them.

    ## Why is this bad?
    The words in quotation marks are not what was said; the real quotation is left bare.

    ## Example
    Bad:

        The plan failed, “said Ben Ortiz,” and nobody was surprised.

    Good:

        “The plan failed,” said Ben Ortiz, “and nobody was surprised.”
    """

    code = "MT011"
    name = "swapped-quotation-marks"
    summary = "quotation marks around the attribution instead of the quoted words"
    kind = S.QUOTE_SWAP


class GarbledTranslation(corpuslint.Rule):
    """A document that reads as garbled machine translation.

    ## What it does
    Combines the signals of the other MT rules (glued words, lower-cased and misspelled names,
    foreign function words, broken articles and possessives, stray spaces, unbalanced
    quotation marks) with lexical features of each sentence (the rarest content word, repeated
    words, the share of function words, commas, unknown words, and unseen bigrams among
    frequent words from the bigram data) and, when LanguageTool is configured, its matches per
    word, into a garble score per sentence and per document. Reports the document, once, at
    its first line, when the document score reaches `threshold`.

    The document score is artefacts per 1,000 words (each weighted, the document's length
    padded by 500 words so one slip in a short text does not count as garble), plus up to 1.5
    for sentences less fluent than clean news (in full from ten sentences on). The message
    gives the score and the counts; the finding's `data` (JSON output) holds every sentence's
    score. The same numbers come from the Python API: `corpuslint_mt.score(doc)`.

    ## Options
    - ``threshold`` (default 2.5): the document score at which the document is reported.

    ## Why is this bad?
    A round-trip or poor machine translation is not the text it claims to be: its facts,
    names and quotations can no longer be trusted, and it should not train or feed models.

    ## Example
    Bad:

        The committee will vote onthe proposal. Officials in Kharkiv said the road to
        kharkiv is open de the north. Floods closed an bridge; Mayor Lopez backed the
        plan, while Lopezs' aides said the two -day repairs would take a week.

    Good:

        The committee will vote on the proposal. Officials in Kharkiv said the road to
        Kharkiv is open in the north. Floods closed a bridge; Mayor Lopez backed the
        plan, while Lopez's aides said the two-day repairs would take a week.
    """

    code = "MT001"
    name = "garbled-translation"
    summary = "a document that reads as garbled machine translation"
    options = {"threshold": 2.5}

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        from corpuslint_mt import scoring  # loads the language data on first use

        threshold = float(ctx.options.get("threshold", scoring.THRESHOLD))
        settings = ctx.settings("languagetool")
        result = scoring.score(doc, settings, sentences=False, threshold=threshold)
        if result.score < threshold:
            return
        if not result.sentences:
            result = scoring.score(doc, settings, sentences=True)
        counts = ", ".join(f"{n} {kind}" for kind, n in sorted(result.counts.items(), key=lambda kv: (-kv[1], kv[0])))
        lines = doc.lines
        first = next((ln for ln in lines if ln.text.strip()), None)
        start, end = (first.start, first.end) if first is not None else (doc.body_start, doc.body_start)
        message = (f"garbled translation: score {result.score:.1f} (threshold {threshold:g}) from "
                   f"{counts or 'no artefacts'} in {result.words} words"
                   + (f", lexical score {result.lexical_score:.2f}" if result.lexical_score else ""))
        data = {
            "score": round(result.score, 4),
            "threshold": threshold,
            "artefact_score": round(result.artefact_score, 4),
            "lexical_score": round(result.lexical_score, 4),
            "words": result.words,
            "counts": dict(sorted(result.counts.items())),
            "languagetool": result.languagetool,
            "sentences": [s.as_dict() for s in result.sentences],
        }
        yield self.finding(doc, start, end, message, data=data)


RULES = [GarbledTranslation, GluedWords, SplitWord, NameCasing, NameSpelling, ForeignFunctionWord,
         ArticleAgreement, BrokenPossessive, HyphenSpacing, UnclosedQuotation, SwappedQuotationMarks]

"""AT001 quotation-without-speaker: direct quotations that nothing around them attributes."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import corpuslint

from corpuslint_attribution import speech

# A speaker's label opening a quotation of a transcript ("SMITH:", "MR. JONES:").
_LABEL = re.compile(r"\s*[A-Z][A-Z.'’\- ]{1,40}:\s")
# A dash and a name after the closing mark: the quotation is signed.
_DASH_NAME = re.compile(r"[ \t\u00a0]*[―—–-]{1,2}[ \t\u00a0]*[A-Z@]")
# A bracketed citation after the closing mark: '"..." [Reuters.]', '"..." (AP)'.
_CITED = re.compile(r"[ \t\u00a0]*[\[(][A-Z][\w .&'’\-]{0,40}[\])]")
_STRAY = re.compile(r"[ \t\u00a0]*,|[ \t\u00a0]+[.;:]")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


class QuotationWithoutSpeaker(corpuslint.Rule):
    """A direct quotation whose speaker is named nowhere near it.

    ## What it does
    Finds quoted speech of some length (``min-words`` words or more) with no attribution in
    its sentence or the sentences next to it: no verb of saying with a speaker ("she said",
    "said the mayor", "he told reporters"), no "according to ...", no colon after a named
    speaker ("The minister's answer: ..."), and, for a quotation that runs on from the previous
    paragraph, no speaker for the paragraph it started in (also when the paragraph breaks were
    lost and each paragraph of the run-on quotation opens on the same line as the last). Short quoted words (scare quotes),
    titles in title case and quoted names after words like "called" or "the slogan" are not
    speech and are skipped.

    ## Why is this bad?
    A quotation with no speaker cannot be checked and reads as the writer's own claim in
    someone else's voice. In scraped or edited corpora it usually means the attribution was
    cut away with a sentence or a paragraph.

    ## Example
    Bad:

        The council voted to close the library on Tuesday.

        "We cannot keep paying for a building that nobody uses anymore."

    Good:

        The council voted to close the library on Tuesday.

        "We cannot keep paying for a building that nobody uses anymore," the mayor said.

    ## Options
    - ``min-words`` (default 7): quotations shorter than this are not checked (shorter
      ones are mostly scare quotes and phrases: on PolNeAR, attributed quotations of 5-6
      words are taken for unattributed ones twice as often as longer ones).
    - ``neighbours`` (default true): a quotation that stands as a sentence of its own may
      take its speaker from the sentence before it in the paragraph, from the quoted
      sentence after it, or, opening a paragraph that names nobody, from the last sentence
      of the paragraph before. Not when the quotation ends in a comma (``"We lost,"``) or
      is followed by stray punctuation: that promises a speaker in its own sentence, and
      its absence means the attribution was cut.
    """

    code = "AT001"
    name = "quotation-without-speaker"
    summary = "direct quotation with no speaker named in or next to its sentence"
    options = {"min-words": 7, "neighbours": True}

    def check(self, doc: corpuslint.Document, ctx: corpuslint.Context) -> Iterator[corpuslint.Finding]:
        quotes = doc.quotations
        if not quotes:
            return
        min_words = int(ctx.options.get("min-words", 7))
        neighbours = bool(ctx.options.get("neighbours", True))
        speech_like = [_is_speech(doc, q, min_words) for q in quotes]
        if not any(speech_like):
            return  # only scare quotes and titles: nothing to attribute
        frames = _Frames(doc)
        own = [frames.attributed(k, neighbours) for k in range(len(quotes))]
        for run in frames.runs():
            # A quotation running over several paragraphs has one speaker, named in any of them.
            if len(run) > 1 and not all(own[k] for k in run):
                ok = any(own[k] for k in run) or frames.run_paragraphs_attribute(run)
                for k in run:
                    own[k] = own[k] or ok
        if neighbours:
            # A quotation left open where the next one opens, with nothing of the writer's
            # between them, is one speaker's run-on quotation whose paragraph breaks were lost
            # ('"We lost," she said. "It hurts. "We will be back."', paragraphs joined on one
            # line): the speaker of the first goes on.
            for k in range(1, len(quotes)):
                if not own[k] and own[k - 1] and quotes[k - 1].close_at is None and frames.follows(k):
                    own[k] = True
        for k, q in enumerate(quotes):
            if own[k] or not speech_like[k]:
                continue
            end = q.close_at + 1 if q.close_at is not None else q.end
            words = len(_WORD.findall(q.text))
            yield self.finding(
                doc, q.open_at, end,
                f'quotation of {words} words "{_preview(q.text)}" has no speaker: no verb of saying, '
                f'"according to" or named speaker in its sentence or the sentences next to it',
            )


def _preview(text: str, n: int = 6) -> str:
    words = text.split()
    return " ".join(words[:n]) + ("..." if len(words) > n else "")


def _is_speech(doc: corpuslint.Document, q, min_words: int) -> bool:
    """Long enough, not a title, not a named term: something a person said or wrote."""
    if len(_WORD.findall(q.text)) < min_words:
        return False
    if speech.is_title(q.text):
        return False
    para_start = doc.text.rfind("\n\n", 0, q.open_at) + 1
    return not speech.names_it(doc.text[para_start:q.open_at])


class _Frames:
    """The prose around each quotation of a document, with every quotation masked out."""

    def __init__(self, doc: corpuslint.Document) -> None:
        self.doc = doc
        self.quotes = doc.quotations
        chars = list(doc.text)
        for q in self.quotes:
            end = q.close_at + 1 if q.close_at is not None else q.end
            chars[q.open_at] = speech.QUOTE
            for i in range(q.open_at + 1, min(end, len(chars))):
                if chars[i] != "\n":
                    chars[i] = " "
        self.masked = "".join(chars)
        self.sentences = doc.sentences
        self.paragraphs = doc.paragraphs
        self.starts = [s.start for s in self.sentences]
        self.paragraph_of = _paragraph_index(doc, self.sentences)
        self._attr: dict[int, bool] = {}

    def _sentence_attributes(self, i: int) -> bool:
        if i not in self._attr:
            s = self.sentences[i]
            self._attr[i] = speech.attributes(self.masked[s.start:s.end])
        return self._attr[i]

    def covering(self, k: int) -> range:
        q = self.quotes[k]
        end = q.close_at if q.close_at is not None else max(q.end - 1, q.open_at)
        first = max(0, bisect.bisect_right(self.starts, q.open_at) - 1)
        last = max(first, bisect.bisect_right(self.starts, end) - 1)
        return range(first, last + 1)

    def attributed(self, k: int, neighbours: bool) -> bool:
        return self.why(k, neighbours) is not None

    def why(self, k: int, neighbours: bool) -> str | None:
        """Which kind of attribution covers quotation ``k`` (None: none)."""
        q = self.quotes[k]
        span = self.covering(k)
        if any(self._sentence_attributes(i) for i in span):
            return "sentence"
        if _LABEL.match(q.text):
            return "label"  # a transcript: '"SMITH: We will not pay."'
        if q.close_at is not None and _DASH_NAME.match(self.doc.text, q.close_at + 1):
            return "dash"  # a signed quotation: '"We will not pay." — Ana Smith
        if q.close_at is not None and _CITED.match(self.doc.text, q.close_at + 1):
            return "cited"  # '"We will not pay." [Valley Courier.]'
        first = span[0]
        before = self.masked[self.sentences[first].start:q.open_at]
        if speech.introduces(before):
            return "colon"
        if before.strip() and speech.verb_introduces(before):
            return "verb-before"
        if not before.strip() and first > 0 and speech.introduces(self.masked[self.sentences[first - 1].start:self.sentences[first - 1].end]):
            return "colon-before"  # "He put it this way:" ending the sentence or paragraph before
        last = span[-1]
        if (q.close_at is not None and last + 1 < len(self.sentences)
                and self.paragraph_of[last + 1] == self.paragraph_of[last]
                and not self.masked[q.close_at + 1:self.sentences[last + 1].start].strip()):
            # '"Why now?" Smith asked.': the splitter ended the sentence at the closing mark.
            # After a full stop inside the marks the next sentence is a new one.
            nxt = self.sentences[last + 1]
            if q.text.rstrip()[-1:] in ("?", "!", "…") and speech.leads_with_attribution(self.masked[nxt.start:nxt.end]):
                return "after-split"
        # A quotation ending in a comma ('"We lost,"') promises its speaker in its own sentence:
        # when that sentence names none, the speaker was lost (cut, or a stripped link), and a
        # neighbour's speaker does not stand in.
        # Likewise punctuation standing alone after the closing mark ('"We lost." .'): words
        # between them were cut.
        promised = q.text.rstrip().endswith(",") or (
            q.close_at is not None and _STRAY.match(self.doc.text, q.close_at + 1) is not None)
        if neighbours and not promised and not before.strip(" \t\n([—–-"):
            # A quotation standing as its own sentence takes the speaker of the sentence before
            # ('"We lost," she said. "It hurts."') or of the quoted sentence after it
            # ('"We lost." "It hurts," she said.'), within the paragraph. A partial quotation
            # woven into the writer's own sentence must be attributed in that sentence.
            para = self.paragraph_of[first]
            prev, nxt = first - 1, span[-1] + 1
            if prev >= 0 and self.paragraph_of[prev] == para and self._sentence_attributes(prev):
                return "previous"
            if (nxt < len(self.sentences) and self.paragraph_of[nxt] == para
                    and self.masked[self.sentences[nxt].start] == speech.QUOTE and self._sentence_attributes(nxt)):
                return "next"
            if (prev >= 0 and self.paragraph_of[prev] == para - 1
                    and not self.masked[self.paragraphs[para].start:q.open_at].strip()
                    and self._sentence_attributes(prev)
                    and not any(self._sentence_attributes(i) for i in self.paragraph_sentences(para))):
                # A paragraph opening with a quotation and naming no speaker, right after a
                # paragraph whose last sentence names one: the same speaker goes on.
                return "previous-paragraph"
        return None

    def follows(self, k: int) -> bool:
        """True when only white space separates quotation ``k`` from the one before it."""
        prev, q = self.quotes[k - 1], self.quotes[k]
        end = prev.close_at + 1 if prev.close_at is not None else prev.end
        return end <= q.open_at and not self.doc.text[end:q.open_at].strip()

    def paragraph_sentences(self, para: int) -> range:
        lo = bisect.bisect_left(self.paragraph_of, para)
        return range(lo, bisect.bisect_right(self.paragraph_of, para))

    def runs(self) -> list[list[int]]:
        """Quotations grouped by run: each paragraph of a run-on quotation joins the unclosed one before it."""
        out: list[list[int]] = []
        for k, q in enumerate(self.quotes):
            if out and q.continued and out[-1][-1] == k - 1:
                out[-1].append(k)
            else:
                out.append([k])
        return out

    def run_paragraphs_attribute(self, run: list[int]) -> bool:
        paras = {self.paragraph_of[self.covering(k)[0]] for k in run}
        return any(self._sentence_attributes(i) for p in paras for i in self.paragraph_sentences(p))


def _paragraph_index(doc: corpuslint.Document, sentences) -> list[int]:
    starts = [p.start for p in doc.paragraphs]
    return [bisect.bisect_right(starts, s.start) - 1 for s in sentences]

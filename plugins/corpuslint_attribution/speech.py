"""Attribution cues in prose around a quotation: speech verbs, speakers, `according to`, colons."""
from __future__ import annotations

import functools
import re
from pathlib import Path

#: Stands for a quoted passage inside a frame of text (so that no word of a quotation is read
#: as its own attribution).
QUOTE = "\x00"

_TOKEN = re.compile(r"\x00|[^\W\d_][\w'’.\-]*|\d[\d.,]*|[:;,.!?()—–]")

PRONOUNS = frozenset("he she they i we it you who".split())

# Words that cannot be the speaker of a quotation: determiners, conjunctions, prepositions,
# auxiliaries, adverbs of time and place, calendar words. Speakers are what is left.
_NOT_SPEAKER = frozenset(
    """a an the and or but nor of in on at to for with by from as that this these those there
    then than also just not no so very too more most less least later earlier again when while
    after before about into onto over under up down out off through during until since because
    if whether which what where why how is was were are be been being am will would could
    should may might must can did does do done has have had having shall once only even still
    however though although ago last next first week weeks year years day days time times month
    months here now today tonight yesterday tomorrow morning afternoon evening night
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december all any some each every both either
    neither such own same other another its his her their our my your him them us me one
    reporters audience crowd supporters interview""".split()
)

# Verbs of saying only right after a quotation ("the letter read"): elsewhere, other senses.
_AFTER_QUOTE = frozenset({"read"})

_DETERMINERS = frozenset("the a an his her their its this that one another our".split())

_TITLE_SMALL = frozenset("a an the of and or in on at to for with by from vs nor but is as de".split())

# Words right before an opening mark that make the quoted words a name, not speech.
_NAMING = frozenset(
    """titled entitled called dubbed headlined named nicknamed labeled labelled branded termed
    so-called word words term terms phrase phrases slogan slogans hashtag motto book film movie
    song album show series episode article op-ed column headline poem play novel documentary
    magazine program programme podcast campaign operation project bill act""".split()
)


@functools.cache
def _wordlist(name: str) -> frozenset[str]:
    text = (Path(__file__).parent / "data" / name).read_text(encoding="utf-8")  # cheaper to import than importlib.resources
    return frozenset(w.lower() for line in text.splitlines() if not line.startswith("#") for w in line.split())


def speech_verbs() -> frozenset[str]:
    return _wordlist("speech_verbs.txt")


def speech_nouns() -> frozenset[str]:
    return _wordlist("speech_nouns.txt")


def verbs_after_subject() -> frozenset[str]:
    return _wordlist("speech_verbs_after_subject.txt")


def tokens(frame: str) -> list[str]:
    return _TOKEN.findall(frame)


def _norm(tok: str) -> str:
    return tok.lower().replace("’", "'").rstrip(".")


def _is_speaker(tok: str) -> bool:
    if tok == QUOTE or not tok[0].isalpha():
        return False
    low = _norm(tok)
    base = low[:-2] if low.endswith("'s") else low
    if base in PRONOUNS:
        return True
    if base in _NOT_SPEAKER:
        return False
    if tok[0].isupper():
        return True  # a name, even one that is also a verb ("The Post")
    if base in speech_verbs():
        return False
    # A lowercase noun phrase head ("the spokeswoman", "officials"); adverbs are not speakers.
    return len(base) >= 3 and not base.endswith("ly")


def _clause_bounds(toks: list[str], i: int) -> tuple[int, int]:
    """The stretch around token ``i`` up to a quotation or a sentence end, either side."""
    a = i
    while a > 0 and toks[a - 1] not in (QUOTE, ".", "!", "?", ";"):
        a -= 1
    b = i + 1
    while b < len(toks) and toks[b] not in (QUOTE, ".", "!", "?", ";"):
        b += 1
    return a, b


_PEOPLE_QUANTIFIERS = frozenset("another one others some many few several both all most".split())


def _cue_has_speaker(toks: list[str], i: int) -> bool:
    a, b = _clause_bounds(toks, i)
    # The subject before the verb ("the mayor said"), at most a few words back.
    if any(_is_speaker(t) for t in toks[max(a, i - 8):i]):
        return True
    # A quantifier standing for people, right before the verb ("Another tweeted", "Some argued").
    if i >= 1 and toks[i - 1][:1].isupper() and _norm(toks[i - 1]) in _PEOPLE_QUANTIFIERS:
        return True
    # A two-letter noun after a determiner ("the ad says").
    if (i >= 2 and _norm(toks[i - 2]) in _DETERMINERS and len(toks[i - 1]) == 2 and toks[i - 1].isalpha()
            and toks[i - 1].islower() and toks[i - 1] not in _NOT_SPEAKER):
        return True
    # A capitalised word between a quotation and the verb is a name, even one spelt like a
    # function word ('"...," Will wrote', '"...," From said').
    if i >= 2 and toks[i - 2] in (QUOTE, ",") and toks[i - 1][:1].isupper() and toks[i - 1][0].isalpha():
        return True
    # Inversion after a quotation or a comma ("..., said the mayor", "wrote Smith"): the
    # speaker follows the verb directly, after at most a determiner and a modifier.
    if not _norm(toks[i]).endswith("ing") and (i == 0 or toks[i - 1] in (QUOTE, ",", "—", "–") or i == a):
        j = i + 1
        while j < min(b, i + 4) and (_norm(toks[j]) in _DETERMINERS or toks[j][0].isdigit()
                                     or (j > i + 1 and _norm(toks[j - 1]) in _DETERMINERS and toks[j][0].isupper()
                                         and _norm(toks[j]) in _NOT_SPEAKER)):
            j += 1  # "said the 46-year-old", "said one", "reads a Wednesday editorial"
        # An inverted pronoun ("said he") is archaic; "..., said it was" has lost its subject.
        if j < b and _is_speaker(toks[j]) and _norm(toks[j]) not in PRONOUNS:
            return True
        # A full name whose first word is spelt like a function word ("said Will Doyle").
        return (j + 1 < b and toks[j][:1].isupper() and toks[j][0].isalpha() and toks[j + 1][:1].isupper()
                and toks[j + 1][0].isalpha() and _is_speaker(toks[j + 1]))
    return False


def attributes(frame: str) -> bool:
    """Whether ``frame`` (prose with quotations replaced by :data:`QUOTE`) names a speaker with
    a verb of saying, ``according to``, or ``in a statement``-like phrase."""
    return _attributes(tokens(frame))


def leads_with_attribution(frame: str, within: int = 12) -> bool:
    """Whether ``frame`` opens with an attribution (``Trump asked reporters.`` after a
    quotation ending in ``?"``, which the sentence splitter cut off), within ``within`` tokens
    (room for an apposition: ``Murphy, the head of the group, tweeted``)."""
    toks = tokens(frame)
    end = next((i for i, t in enumerate(toks) if t in (QUOTE, ".", "!", "?", ";")), len(toks))
    return _attributes(toks[:min(end, within)])


def _subject_before(toks: list[str], i: int) -> bool:
    """A speaker right before token ``i``: a name, a pronoun, or a noun after a determiner
    ("Smith notes", "he answers", "the spokeswoman counters"), not a possessive ("Smith's notes")."""
    if i == 0:
        return False
    prev = toks[i - 1]
    if not prev[0].isalpha() or _norm(prev).endswith("'s") or not _is_speaker(prev):
        return False
    if prev[0].isupper() or _norm(prev) in PRONOUNS:
        return True
    # A noun phrase: a determiner at most two words before ("the town clerk counters").
    return any(_norm(t) in _DETERMINERS for t in toks[max(0, i - 3):i - 1])


def _attributes(toks: list[str]) -> bool:
    verbs, nouns, ambiguous = speech_verbs(), speech_nouns(), verbs_after_subject()
    for i, tok in enumerate(toks):
        low = _norm(tok)
        if low in ambiguous and tok[0].islower() and low not in verbs:
            nxt = _norm(toks[i + 1]) if i + 1 < len(toks) else ""
            if nxt != "for" and _subject_before(toks, i):
                return True  # "Smith notes", "the spokeswoman counters"
            if (i >= 1 and toks[i - 1] in (QUOTE, ",") and i + 1 < len(toks) and toks[i + 1][0].isupper()
                    and _is_speaker(toks[i + 1]) and _norm(toks[i + 1]) not in PRONOUNS):
                return True  # "..., notes Smith"
        if i + 1 < len(toks) and f"{low}_{_norm(toks[i + 1])}" in verbs and _cue_has_speaker(toks, i):
            return True  # "she went on", "he fired back"
        if (low in nouns and i + 2 < len(toks) and _norm(toks[i + 1]) in ("from", "by")
                and _is_speaker(toks[i + 2])):
            return True  # "a statement from the ministry", "that quote from Smith"
        if low in _AFTER_QUOTE and QUOTE in toks[max(0, i - 3):i] and _cue_has_speaker(toks, i):
            return True  # '"...," the statement read.'
        if low in verbs and (tok[0].islower() or i == 0 or toks[i - 1] in (QUOTE, ".", ",", ":")):
            if _cue_has_speaker(toks, i):
                return True
        elif low == "according" and i + 2 < len(toks) and _norm(toks[i + 1]) == "to":
            j = i + 2
            while j < min(len(toks) - 1, i + 4) and _norm(toks[j]) in _DETERMINERS:
                j += 1
            if _is_speaker(toks[j]) or _norm(toks[j]) in nouns:
                return True  # "according to Smith", "according to a statement"
        elif low in nouns and i >= 2 and _norm(toks[i - 2]) == "in" and _cue_has_speaker(toks, i):
            return True  # "in a statement, the ministry ..."
    return False


def introduces(before: str) -> bool:
    """Whether prose ending in a colon names who speaks (``The mayor's reply:``, ``Smith:``)."""
    before = before.rstrip()
    if not before.endswith(":"):
        return False
    toks = tokens(before[:-1])
    a = len(toks)
    # The whole sentence before the colon, across quoted words in it ('Smith backs "fair pay"
    # and recalled the freeze:'): its subject introduces what follows.
    while a > 0 and toks[a - 1] not in (".", "!", "?", ";"):
        a -= 1
    clause = toks[a:]
    if _attributes(clause):
        return True
    # A name, a pronoun or a word for a statement before the colon ("Her reply:").
    return any((_is_speaker(t) and (t[0].isupper() or _norm(t) in PRONOUNS)) or _norm(t) in speech_nouns()
               for t in clause)


def is_title(words: str) -> bool:
    """Title case throughout (``The Art of the Deal``): a name of a work, not speech."""
    toks = [t for t in tokens(words) if t[0].isalpha()]
    if not toks or words.rstrip()[-1:] in ".,;":
        return False
    caps = toks[:1] + [t for t in toks[1:] if _norm(t) not in _TITLE_SMALL]
    return bool(caps) and all(t[0].isupper() for t in caps) and not all(t.isupper() for t in caps)


def names_it(before: str) -> bool:
    """Whether the words right before an opening mark make the quotation a name or a term."""
    toks = [_norm(t) for t in tokens(before[-60:]) if t[0].isalpha()]
    if not toks:
        return False
    if toks[-1] in _NAMING or toks[-2:] == ["known", "as"]:
        return True
    return len(toks) > 1 and toks[-2] in _NAMING and toks[-1] in ("the", "a", "as")


def verb_introduces(before: str) -> bool:
    """Whether a partial quotation follows its speaker and a verb in the same clause
    (``Smith ripped the director for acting as "..."``, ``She vented that "..."``): a named or
    pronoun subject, a finite verb (a verb of saying, or a past tense in -ed) a few words on,
    and the quotation a few words after the verb."""
    toks = tokens(before)
    a = len(toks)
    while a > 0 and toks[a - 1] not in (QUOTE, ".", "!", "?", ";"):
        a -= 1
    clause = toks[a:]
    verbs = speech_verbs()
    for v in range(len(clause) - 1, max(-1, len(clause) - 10), -1):
        if clause[v] in (",", ":", "—", "–", "("):
            break  # the quotation is not the verb's object
        low = _norm(clause[v])
        if not clause[v][0].islower() or not (low in verbs or (low.endswith("ed") and len(low) > 4)):
            continue
        subject = clause[max(0, v - 3):v]
        if any(_is_speaker(t) and (t[0].isupper() or _norm(t) in PRONOUNS) for t in subject):
            return True
    return False

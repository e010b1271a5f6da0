"""Words English does not put there: foreign function words, the wrong article, spaced hyphens."""
from __future__ import annotations

import re

from corpuslint_mt.lexicon import Lexicon
from corpuslint_mt.signals import ARTICLE, FOREIGN, HYPHEN, Signal
from corpuslint_mt.text import WORD, Text

# A foreign function word that English spells too ("de", "la", "der") must be among the very
# commonest words of its language and far rarer in English; "hat", "van", "fare" are not.
FOREIGN_ENGLISH_MIN_ZIPF = 6.5
FOREIGN_ENGLISH_MIN_GAP = 2.5
# Foreign phrases English has adopted: their function word is not a translation artefact.
LOAN_PHRASES = frozenset({
    "de facto", "de jure", "a la", "la carte", "en route", "en masse", "per se", "del rey",
    "par excellence", "en bloc", "de rigueur", "la nina", "la niña", "die hard", "et al",
    "pour homme", "de luxe", "la dolce", "tour de", "coup de", "pièce de", "piece de",
    "joie de", "raison d'être", "fait accompli", "cause celebre", "avant garde", "prima ballerina",
    "prima donna", "en espanol", "en español", "photo op",
})


def foreign_words(t: Text, lex: Lexicon) -> list[Signal]:
    """Function words of another language between English words (``the hills und the valley``)."""
    out: list[Signal] = []
    # lower-case forms only: a capitalised "De" or "La" starts a name
    for word in lex.foreign.keys() & t.counts.keys():
        lang, zl, ze = lex.foreign[word]
        if word in lex.unigram and (zl < FOREIGN_ENGLISH_MIN_ZIPF or zl - ze < FOREIGN_ENGLISH_MIN_GAP
                                    or _english_usage(word, lex)):
            continue  # also an English word ("hat", "van", "die"): only the very top ones count
        for a, b in t.occurrences(word):
            prev, nxt = t.previous_word(a), t.next_word(b)
            if prev is None or nxt is None:
                continue
            p, n = prev[2], nxt[2]
            pl, nl = p.lower(), n.lower()
            if pl in lex.foreign or nl in lex.foreign:
                continue  # a foreign phrase, quoted or named
            if p[0].isupper() and n[0].isupper():
                continue  # a particle inside a name: "Lula da Silva", "Charles de Gaulle"
            if n[0].isupper() and (nl not in lex.unigram or lex.zipf.get(nl, 0.0) < 4.0):
                continue  # before a foreign name: "de Gaulle", "le Clos"
            if lex.zipf.get(pl, 0.0) < 2.0 or lex.zipf.get(nl, 0.0) < 2.0:
                continue  # next to a word English does not know: a foreign phrase
            if _foreign_passage(t, a, word, lex):
                continue
            if f"{pl} {word}" in lex.bigram or f"{word} {nl}" in lex.bigram:
                continue  # English uses the word here: "to die", "a van"
            if f"{pl} {word}" in LOAN_PHRASES or f"{word} {nl}" in LOAN_PHRASES:
                continue
            out.append(Signal(FOREIGN, a, b,
                              f"'{word}' is a function word of another language ({lang}) in English text"))
    return out


def _english_usage(word: str, lex: Lexicon) -> bool:
    """True when English text puts the word before its own function words ("van and", "die in"):
    an English noun or verb, where a foreign particle ("de", "la", "que") has no such bigrams."""
    return any(f"{word} {w}" in lex.bigram for w in _ENGLISH_FOLLOWERS)


_ENGLISH_FOLLOWERS = ("and", "is", "was", "of", "in", "to", "with", "for", "that", "on")


def _foreign_passage(t: Text, pos: int, word: str, lex: Lexicon) -> bool:
    """True when the sentence around ``pos`` holds two more foreign function words: a quotation
    or a title in another language, not a stray word."""
    text = t.masked
    a = max(t.start, max(text.rfind(c, t.start, pos) for c in ".!?\n") + 1)
    ends = [k for k in (text.find(c, pos) for c in ".!?\n") if k != -1]
    b = min(ends) if ends else len(text)
    others = [w for w in text[a:b].lower().split() if w.strip(",;:\"“”'’()") in lex.foreign]
    return len(others) >= 3


# Starts with the character before the article (fast to search for); group 1 is the article.
_ARTICLE = re.compile(r"[ \n\"“‘(]([aA]n?) +([^\W\d_][\w'’-]*)")
_ARTICLE_AT = re.compile(r"([aA]n?) +([^\W\d_][\w'’-]*)")
# Word beginnings that take "a" despite a vowel letter, or "an" despite a consonant letter.
_VOWEL_BUT_A = re.compile(r"(?:uni|use|usu|ura|ure|uro|uti|uto|eu|ewe|one\b|once|onesie|ubiq|ufo|uk\b)", re.I)
_CONSONANT_BUT_AN = re.compile(r"(?:hour|honest|honou?r|heir|herb\b)", re.I)


def articles(t: Text, lex: Lexicon) -> list[Signal]:
    """``an bridge``, ``a apple``: the indefinite article that does not fit the next word's sound."""
    out: list[Signal] = []
    text = t.masked
    first = _ARTICLE_AT.match(text, t.start)
    for m in ([first] if first else []) + list(_ARTICLE.finditer(text, t.start)):
        art, word = m.group(1), m.group(2)
        if art[0] == "A" and not t.sentence_initial(m.start(1)):
            continue  # "Plan A", "Group A": a letter, not an article
        want = _expected_article(word, lex)
        if want is None or want == art.lower():
            continue
        fixed = want if art[0].islower() else want.capitalize()
        out.append(Signal(ARTICLE, m.start(1), m.end(2), f"'{art} {word}': expected '{fixed} {word}'", f"{fixed} {word}"))
    return out


def _expected_article(word: str, lex: Lexicon) -> str | None:
    low = word.lower().split("-")[0]
    a, an = lex.articles.get(f"a {low}"), lex.articles.get(f"an {low}")
    if a is not None and (an is None or a - an >= 1.0):
        return "a"
    if an is not None and (a is None or an - a >= 1.0):
        return "an"
    if a is not None or an is not None:
        return None
    if not word[0].islower() or len(low) < 2:
        return None  # names and acronyms: "a METI official" or "an MEP" depends on how it is read
        return None
    if low[0] in "aeio":
        return None if _VOWEL_BUT_A.match(low) else "an"
    if low[0] == "u":
        return None  # "an umbrella", "a unit": the spelling does not tell
    if low[0] == "h":
        return None if _CONSONANT_BUT_AN.match(low) else "a"
    return "a"


def hyphen_spacing(t: Text, lex: Lexicon) -> list[Signal]:
    """A space before or after a word-joining hyphen: ``two -day``, ``wholly- owned``.

    Reported only where the two words make an English pair (a bigram of the data), so a dash
    written as a hyphen (``Ferrari -best known for``) is left alone.
    """
    out: list[Signal] = []
    text = t.masked
    for probe, before in ((" -", True), ("- ", False)):
        i = text.find(probe, t.start)
        while i != -1:
            hyphen = i + 1 if before else i
            a, b = (i, hyphen) if before else (hyphen + 1, hyphen + 2)
            while before and a > t.start and text[a - 1] == " ":
                a -= 1
            while not before and b < len(text) and text[b] == " ":
                b += 1
            i = text.find(probe, i + 2)
            k = a if before else hyphen
            j = k
            while j > t.start and text[j - 1].isalpha():
                j -= 1
            left = text[j:k]
            right = WORD.match(text, hyphen + 1 if before else b)
            if not left or right is None or right.start() != (hyphen + 1 if before else b):
                continue
            l, r = left.lower(), right.group().lower()
            if not before and r in ("and", "or", "to", "nor", "but", "through"):
                continue  # a suspended hyphen: "middle- and upper-income", "mid- to late"
            if _dashes_on_line(text, hyphen) > 1:
                continue  # one of a pair of dashes: "music- that is his legacy to us all- he"
            if f"{l} {r}" not in lex.bigram and not (before and _compound_like(left, right.group(), lex)):
                continue
            where = "before" if before else "after"
            out.append(Signal(HYPHEN, a, b, f"space {where} the hyphen in '{left}-{right.group()}'", ""))
    return out


def _compound_like(left: str, right: str, lex: Lexicon) -> bool:
    """``cost -cutting``: two lower-case English content words."""
    if not (left.islower() and right.islower()) or left in lex.function_words or right in lex.function_words:
        return False
    return left in lex.unigram and right in lex.unigram


def _dashes_on_line(text: str, pos: int) -> int:
    """One-sided hyphens near ``pos`` (same line, within a sentence's length either side)."""
    a = max(text.rfind("\n", 0, pos) + 1, pos - _DASH_WINDOW)
    b = text.find("\n", pos)
    b = min(b if b != -1 else len(text), pos + _DASH_WINDOW)
    return len(_ONE_SIDED_HYPHEN.findall(text, a, b))


_DASH_WINDOW = 120


# A hyphen with a space on one side only (a spaced dash " - " is not one).
_ONE_SIDED_HYPHEN = re.compile(r"(?<=\S) -(?=\S)|(?<=\S)- (?=\S)")

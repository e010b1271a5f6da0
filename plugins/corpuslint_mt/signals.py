"""Detectors of round-trip translation artefacts: each turns a document into signals at exact spans."""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpuslint_mt.lexicon import Lexicon
from corpuslint_mt.text import WORD, Text

# Kinds of signal, one per per-line rule.
GLUED = "glued-words"
SPLIT = "split-word"
NAME_CASE = "name-casing"
NAME_SPELLING = "name-spelling"
FOREIGN = "foreign-word"
ARTICLE = "article-agreement"
POSSESSIVE = "broken-possessive"
HYPHEN = "hyphen-spacing"
QUOTE_OPEN = "unclosed-quotation"
QUOTE_SWAP = "swapped-quotation-marks"

# A part of a glued word must be at least this frequent in English (Zipf): "than", "two", "hockey".
GLUED_PART_MIN_ZIPF = 3.0
# Parts of three letters or fewer must be this frequent (function words).
SHORT_PART_MIN_ZIPF = 5.5
# Capitalised tokens are more often unknown names ("Tapsfield"): their parts must be commoner.
GLUED_CAPITAL_PART_MIN_ZIPF = 4.0
# A token the web writes now and then (Zipf above this) is a name or a solid compound unless
# it is much rarer than its parts side by side: "onthe" is a slip, "drugmaker" a compound.
GLUED_WEB_ZIPF = 1.5
GLUED_WEB_MARGIN = 1.0
# A foreign function word that English spells too ("de", "la", "der") must be among the very
# commonest words of its language and far rarer in English; "hat", "van", "fare" are not.
FOREIGN_ENGLISH_MIN_ZIPF = 6.5
FOREIGN_ENGLISH_MIN_GAP = 2.5
# A lower-cased name is reported only when the lower-case word is rarer than this in English
# ("may", "will", "new" are too common to tell). Words English also uses as common nouns or
# adjectives ("cabinet", "brown", "google") count only when the document capitalises them on
# their own at least twice, mostly without a determiner, and writes them lower-case once.
NAME_CASE_MAX_ZIPF = 5.8
_DETERMINERS = frozenset("the a an this that these those their his her its our your my some any no every each".split())
# Foreign phrases English has adopted: their function word is not a translation artefact.
LOAN_PHRASES = frozenset({
    "de facto", "de jure", "a la", "la carte", "en route", "en masse", "per se", "del rey",
    "par excellence", "en bloc", "de rigueur", "la nina", "la niña", "die hard", "et al",
    "pour homme", "de luxe", "la dolce", "tour de", "coup de", "pièce de", "piece de",
    "joie de", "raison d'être", "fait accompli", "cause celebre", "avant garde", "prima ballerina",
    "prima donna", "en espanol", "en español", "photo op",
})
SPEECH_VERBS = ("said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "explained",
                "noted", "notes", "wrote", "writes", "insisted", "argued", "stated", "declared",
                "warned", "replied", "continued", "recalled", "concluded")


@dataclass(frozen=True)
class Signal:
    """One artefact at ``doc.text[start:end]``; ``replacement`` is a suggested fix, if any."""

    kind: str
    start: int
    end: int
    message: str
    replacement: str | None = None


def _is_camel(word: str) -> bool:
    """``iPhone``, ``YouTube``, ``McDonald``, ``NASA``: any capital after the first letter."""
    return not word[1:].islower()


def segment(word: str, lex: Lexicon, max_parts: int = 3, min_zipf: float = GLUED_PART_MIN_ZIPF) -> list[str] | None:
    """The most probable split of ``word`` (lower case) into frequent English words, or None.

    Viterbi over symspellpy's unigram probabilities (the model of its ``word_segmentation``,
    without its spelling correction, which would also "repair" names).
    """
    n = len(word)
    best: list[tuple[float, list[str]] | None] = [None] * (n + 1)
    best[0] = (0.0, [])
    unigram, zipf = lex.unigram, lex.zipf
    for j in range(n):
        prev = best[j]
        if prev is None or len(prev[1]) >= max_parts:
            continue
        for i in range(j + 1, min(n, j + lex.max_word_length) + 1):
            part = word[j:i]
            logp = unigram.get(part)
            if logp is None or (i - j < 2 and part != "a"):
                continue
            z = zipf.get(part, 0.0)
            # Short parts must be function-word frequent: "of", "the", "than"; not "sen", "con".
            if z < min_zipf or (i - j <= 3 and z < SHORT_PART_MIN_ZIPF):
                continue
            if i == n and part in ("a", "an"):
                continue  # an article cannot end a run of words
            score = prev[0] + logp
            if best[i] is None or score > best[i][0]:
                best[i] = (score, prev[1] + [part])
    done = best[n]
    return done[1] if done is not None and len(done[1]) >= 2 else None


def _collapse_runs(word: str) -> str:
    return re.sub(r"(\w)\1\1+", r"\1\1", word)


def _recase(parts: list[str], original: str) -> str:
    out, i = [], 0
    for p in parts:
        out.append(original[i:i + len(p)])
        i += len(p)
    return " ".join(out)


def glued_words(t: Text, lex: Lexicon) -> list[Signal]:
    """Words run together by a lost space: ``onthe``, ``Alsoparks``, ``Theu.k.``, ``Okonkwoforthe``."""
    out: list[Signal] = []
    names: list[str] | None = None
    for low in t.unknown:
        if len(low) < 5 or t.lower_count(low) > 1:
            continue  # a term the document itself uses repeatedly is not an accident
        for word in t.forms_of(low):
            if _is_camel(word):
                continue
            web = lex.zipf.get(low, 0.0) >= GLUED_WEB_ZIPF
            if word[0].isupper() and (web or _in_name_context(t, word)):
                # a name the web knows ("Murrayfield", "Euronext"), or part of a multiword
                # name ("Serge Betsen", "Aldridge Browhills Conservatives")
                continue
            parts = segment(low, lex, min_zipf=GLUED_CAPITAL_PART_MIN_ZIPF if word[0].isupper() else GLUED_PART_MIN_ZIPF)
            if parts is not None and _word_formation(parts, lex):
                continue  # English builds words so: "outplays", "kickable", "virtuousness"
            if parts is not None and web and not _rarer_than_spaced(low, parts, lex):
                continue  # a compound the web writes solid ("drugmaker", "rollout"), not a lost space
            head = None
            if parts is not None:
                fix = _recase(parts, word)
                msg = f"'{word}' looks like words run together: '{fix}'"
            else:
                if names is None:
                    names = _doc_names(t, lex)
                split = _name_split(word, names, lex)
                if split is None:
                    continue
                fix, name, head = split
                msg = f"'{word}' looks like a name run together with words: '{fix}'"
            for a, b in t.occurrences(word):
                if a > t.start and t.masked[a - 1] in "-‐":
                    continue  # the tail of a hyphenated word: "co-ordinating"
                out.append(Signal(GLUED, a, b, msg, fix))
                if head is not None and head.lower() != name.lower():
                    out.append(Signal(NAME_SPELLING, a, a + len(head),
                                      f"'{head}' is spelled '{name}' elsewhere in the document", name))
    if "." in t.masked:
        for m in _DOTTED.finditer(t.masked, t.start):
            text = t.masked
            # walk back over the abbreviation's first letter and the word glued before it
            k = m.start() - 1
            if k <= t.start or not text[k].isalpha() or not text[k - 1].isalpha():
                continue
            a = k
            while a > t.start and text[a - 1].isalpha():
                a -= 1
            if a > t.start and text[a - 1] in "._":
                continue
            end = m.end()
            while end + 1 < len(text) and text[end].isalpha() and text[end + 1] == ".":
                end += 2
            head, abbr = text[a:k], text[k:end]
            if len(head) < 2 or lex.zipf.get(head.lower(), 0.0) < 4.0:
                continue
            if lex.zipf.get(abbr.rstrip(".").lower(), 0.0) < 3.0:
                continue
            out.append(Signal(GLUED, a, end, f"'{head}{abbr}' looks like a word run together with an abbreviation",
                              f"{head} {abbr}"))
    return out


# Words English prefixes and suffixes as if they were words of their own: a split into one of
# these and a content word is word formation ("overmighty", "goalwards"), not a lost space.
_PREFIX_WORDS = frozenset("over out under super ultra hyper counter mini mega micro multi anti cyber "
                          "non semi mid self post pre inter trans after back down up".split())
_SUFFIX_WORDS = frozenset("ness able ably ally less ship hood like wards ward worthy long wise ism "
                          "ist ists isms man men woman women ability ment ments".split())


def _word_formation(parts: list[str], lex: Lexicon) -> bool:
    common = lex.function_words
    return ((parts[0] in _PREFIX_WORDS and parts[1] not in common)
            or (parts[-1] in _SUFFIX_WORDS and parts[-2] not in common))


def _rarer_than_spaced(word: str, parts: list[str], lex: Lexicon) -> bool:
    """True when the web writes ``word`` far more rarely than its parts would meet by chance:
    "onthe" against "on the" is a slip; "rollout" against "roll out" is a compound."""
    zipf = lex.zipf
    together = sum(zipf.get(p, 0.0) for p in parts) - 9.0 * (len(parts) - 1)
    return zipf.get(word, 0.0) < together - GLUED_WEB_MARGIN


def _in_name_context(t: Text, word: str) -> bool:
    """True when every occurrence of ``word`` stands next to another capitalised word."""
    for a, b in t.occurrences(word):
        prev, nxt = t.previous_word(a), t.next_word(b)
        if not ((prev is not None and prev[2][0].isupper() and not t.sentence_initial(prev[0]))
                or (nxt is not None and nxt[2][0].isupper())):
            return False
    return True


# "u.s." glued to the word before it; the word itself is found by walking back.
_DOTTED = re.compile(r"\.[^\W\d_]\.")


def _doc_names(t: Text, lex: Lexicon) -> list[str]:
    """Capitalised words of the document that are names (not ordinary words), longest first."""
    unigram = lex.unigram
    out = [w for w in filter(str.istitle, t.counts) if len(w) >= 4 and unigram.get(w.lower(), -99.0) < -5.5]
    return sorted(out, key=len, reverse=True)


def _name_split(word: str, names: list[str], lex: Lexicon) -> tuple[str, str, str] | None:
    """``Okonkwooforthe`` -> (``Okonkwoo for the``, ``Okonkwo``, ``Okonkwoo``) when the
    document writes ``Okonkwo``: the split, the document's spelling, and the head as written."""
    low = word.lower()
    best: tuple[int, str, str, str] | None = None
    for name in names:
        nl = name.lower()
        if len(nl) >= len(low) - 1 or not low.startswith(nl[:-1]):
            continue
        for extra in range(0, 3):  # the name, or the name with its last letter once or twice more
            cut = _head_length(low, nl, extra)
            if cut is None:
                continue
            rest = low[cut:]
            parts = segment(rest, lex) or ([rest] if lex.zipf.get(rest, 0.0) >= 4.0 and rest in lex.unigram else None)
            if parts and (best is None or len(parts) < best[0]):
                best = (len(parts), f"{word[:cut]} {_recase(parts, word[cut:])}", name, word[:cut])
    return best[1:] if best is not None else None


def _head_length(low: str, name: str, extra: int) -> int | None:
    """Length of the head of ``low`` that is ``name`` with its last letter repeated ``extra`` more times."""
    head = name + name[-1] * extra
    return len(head) if low.startswith(head) else None


def split_words(t: Text, lex: Lexicon) -> list[Signal]:
    """A stray space inside a word: ``informa tion``, ``gov ernment``."""
    out: list[Signal] = []
    for word in t.unknown:
        if word not in t.counts or not word.isalpha():
            continue
        for a, b in t.occurrences(word):
            for other in (t.previous_word(a), t.next_word(b)):
                if other is None or not other[2].islower():
                    continue
                s, e = min(a, other[0]), max(b, other[1])
                joined = re.sub(r"\s+", "", t.masked[s:e])
                if lex.zipf.get(joined, 0.0) >= 3.5 and joined in lex.unigram and joined.isalpha():
                    out.append(Signal(SPLIT, s, e, f"'{t.masked[s:e]}' looks like one word split by a space: '{joined}'", joined))
                    break
    return out


def name_casing(t: Text, lex: Lexicon) -> list[Signal]:
    """A name written lower-case where the document also writes it capitalised (``tbilisi`` / ``Tbilisi``)."""
    out: list[Signal] = []
    counts = t.counts
    titled = set(map(str.lower, filter(str.istitle, counts)))
    # possessives capitalise the name too: "China's" for "china"
    titled.update([w[:-2] for w in titled if w.endswith(("'s", "’s"))])
    zipf = lex.zipf
    for low in titled.intersection(counts):
        if len(low) < 3 or zipf.get(low, 0.0) >= NAME_CASE_MAX_ZIPF or counts[low] > 3 or not low.isalpha():
            continue
        caps = [f for g in (t.forms_of(low), t.forms_of(low + "'s"), t.forms_of(low + "’s"))
                for f in g if f[0].isupper() and f[1:len(low)] == low[1:]]
        if not caps:
            continue
        common = _common_word(low, lex)
        if common and counts[low] > 1:
            continue
        if not common and low not in lex.unigram:
            # not an English word at all: any capital in mid-sentence marks the name, also
            # inside a longer one ("Altria Group", "oil giant Yukos")
            if sum(t.mid_sentence_count(f) for f in caps) < 1:
                continue
        elif not common:
            if sum(t.standalone_name_count(f)[0] for f in caps) < 1:
                continue
        else:
            # Capitals inside a longer name ("Eastern Europe", "Strategic Studies") say nothing
            # about the word alone; capitals standing alone mid-sentence mark a name.
            alone = after_determiner = 0
            for f in caps:
                n_alone, n_det = t.standalone_name_count(f, _DETERMINERS, numbered=False)
                alone, after_determiner = alone + n_alone, after_determiner + n_det
            if alone < 2:
                continue
            if 2 * after_determiner >= alone:
                continue  # "the Government", "the Cabinet": a common noun capitalised as a title
        name = caps[0][:len(low)]
        for a, b in t.occurrences(low):
            out.append(Signal(NAME_CASE, a, b, f"name '{name}' written in lower case as '{low}'", name))
    return out


def _common_word(word: str, lex: Lexicon) -> bool:
    """True for words English uses as common nouns or adjectives ("the cabinet", "a prince"),
    which the bigram data shows after a determiner; names ("london", "tbilisi") have no such bigrams."""
    stems = (word, word[:-1]) if word.endswith("s") else (word,)
    return any(f"{d} {w}" in lex.bigram for w in stems for d in _COMMON_BEFORE)


# After these, English puts common nouns, adjectives and verbs, and hardly ever a name.
_COMMON_BEFORE = ("the", "a", "an", "this", "their", "will", "can", "would", "could", "should", "must")


def name_spelling(t: Text, lex: Lexicon) -> list[Signal]:
    """A name with a doubled letter the document spells otherwise (``Schollz`` / ``Scholz``)."""
    out: list[Signal] = []
    for low in t.unknown:
        for name in t.forms_of(low):
            if not name[0].isupper() or len(name) < 4 or name.isupper():
                continue
            for other in _run_variants(name):
                if t.counts.get(other, 0) >= t.counts[name]:
                    for a, b in t.occurrences(name):
                        out.append(Signal(NAME_SPELLING, a, b, f"'{name}' is spelled '{other}' elsewhere in the document", other))
                    break
    return out


def _run_variants(word: str) -> set[str]:
    """``word`` with one letter of a doubled (or longer) run removed."""
    return {word[:i] + word[i + 1:] for i in range(1, len(word)) if word[i] == word[i - 1] and word[i].isalpha()}


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


# Starts with a literal (fast to search for); the character before is checked in Python.
def _english_usage(word: str, lex: Lexicon) -> bool:
    """True when English text puts the word before its own function words ("van and", "die in"):
    an English noun or verb, where a foreign particle ("de", "la", "que") has no such bigrams."""
    return any(f"{word} {w}" in lex.bigram for w in _ENGLISH_FOLLOWERS)


_ENGLISH_FOLLOWERS = ("and", "is", "was", "of", "in", "to", "with", "for", "that", "on")
# Starts with the character before the article (fast to search for); group 1 is the article.
def _foreign_passage(t: Text, pos: int, word: str, lex: Lexicon) -> bool:
    """True when the sentence around ``pos`` holds two more foreign function words: a quotation
    or a title in another language, not a stray word."""
    text = t.masked
    a = max(t.start, max(text.rfind(c, t.start, pos) for c in ".!?\n") + 1)
    ends = [k for k in (text.find(c, pos) for c in ".!?\n") if k != -1]
    b = min(ends) if ends else len(text)
    others = [w for w in text[a:b].lower().split() if w.strip(",;:\"“”'’()") in lex.foreign]
    return len(others) >= 3


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


_POSSESSIVE = re.compile(r"s['’](?!\w)")


def possessives(t: Text, lex: Lexicon) -> list[Signal]:
    """``Merkels'`` for one person named Merkel: a plural possessive on a singular name."""
    out: list[Signal] = []
    text = t.masked
    for m in _POSSESSIVE.finditer(text, t.start):
        a = m.start()
        while a > t.start and text[a - 1].isalpha():
            a -= 1
        name = text[a:m.start()]
        if len(name) < 2 or not name[0].isupper() or not name[1:].islower() or (a > t.start and text[a - 1] in "'’"):
            continue
        named = t.counts.get(name, 0) + t.counts.get(name + "'s", 0) + t.counts.get(name + "’s", 0)
        if any(t.masked[b:b + 1] not in "'’" for _, b in t.occurrences(name + "s")):
            continue  # the document uses the plural: "the All Blacks"
        if _after_the(t, a):
            continue  # "the Blairs'", "the Lords'": a family or a group
        plural = lex.zipf.get(name.lower() + "s", 0.0)
        single = lex.zipf.get(name.lower(), 0.0)
        if plural >= single - 1.0:
            continue  # an ordinary plural: "Americans'", "Democrats'"
        if not named and plural >= single - 2.0:
            continue  # the document never names one, and English has the plural now and then
        out.append(Signal(POSSESSIVE, a, m.end(),
                          f"'{text[a:m.end()]}' is a plural possessive; the document names one '{name}'", f"{name}'s"))
    return out


def _after_the(t: Text, pos: int) -> bool:
    prev = t.previous_word(pos)
    while prev is not None and prev[2][0].isupper() and prev[2] != "The":
        prev = t.previous_word(prev[0])
    return prev is not None and prev[2].lower() == "the"




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


def quotations(t: Text, lex: Lexicon) -> list[Signal]:
    """Opening marks never closed in their paragraph, and marks swapped around a speech verb."""
    out: list[Signal] = []
    quotes = t.quotations()
    text = t.masked
    for i, q in enumerate(quotes):
        if q.close_at is None:
            following = quotes[i + 1] if i + 1 < len(quotes) else None
            if following is not None and following.open_at <= q.line_end:
                continue  # a new quotation opens on the same line: a paragraph break was lost
            nxt = text[q.line_end:q.line_end + 80].lstrip()
            if nxt[:1] in ('"', "“", "«", "„"):
                continue  # English style: the quotation runs on into the next paragraph
            out.append(Signal(QUOTE_OPEN, q.open_at, q.open_at + 1, "quotation mark opened and never closed in its paragraph"))
        elif _SWAPPED.match(text, q.open_at + 1, q.close_at):
            inner = text[q.open_at + 1:q.close_at].strip()
            out.append(Signal(QUOTE_SWAP, q.open_at, q.close_at + 1,
                              f"quotation marks around the attribution '{inner}' instead of the quoted words"))
    return out


_SWAPPED = re.compile(r"\s*(?:" + "|".join(SPEECH_VERBS) + r")\s+(?:[A-Z][\w.'’-]*\s*){1,4},?\s*$")

DETECTORS = (glued_words, split_words, name_casing, name_spelling, foreign_words, articles,
             possessives, hyphen_spacing, quotations)

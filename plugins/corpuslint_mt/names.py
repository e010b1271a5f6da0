"""Names that do not match themselves: lower-cased, misspelled, or given a plural possessive."""
from __future__ import annotations

import re

from corpuslint_mt.lexicon import Lexicon
from corpuslint_mt.signals import NAME_CASE, NAME_SPELLING, POSSESSIVE, Signal
from corpuslint_mt.text import Text

# A lower-cased name is reported only when the lower-case word is rarer than this in English
# ("may", "will", "new" are too common to tell). Words English also uses as common nouns or
# adjectives ("cabinet", "brown", "google") count only when the document capitalises them on
# their own at least twice, mostly without a determiner, and writes them lower-case once.
NAME_CASE_MAX_ZIPF = 5.8
_DETERMINERS = frozenset("the a an this that these those their his her its our your my some any no every each".split())


# Two or more words in capitals: a dateline ("PORT ELLIS, Scotland (AP) -") or a heading.
_CAPS_RUN = re.compile(r"\b[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)+\b")


def capitals_lowered(t: Text, lex: Lexicon) -> list[Signal]:
    """A name the document writes in capitals (a dateline, ``PORT ELLIS``) written lower-case in
    full elsewhere (``port ellis``), when one of its words is a name and not an ordinary word."""
    out: list[Signal] = []
    seen = set()
    for m in _CAPS_RUN.finditer(t.masked, t.start):
        low = m.group().lower()
        words = low.split()
        if low in seen or len(words) > 4:
            continue
        seen.add(low)
        if not any(len(w) >= 3 and w.isalpha() and lex.zipf[w] < NAME_CASE_MAX_ZIPF and not _common_word(w, lex)
                   for w in words):
            continue  # "BREAKING NEWS", "UNITED NATIONS": ordinary words in capitals
        name = " ".join(w.capitalize() for w in words)
        for a, b in t.occurrences(low):
            out.append(Signal(NAME_CASE, a, b, f"name '{name}' (written '{m.group()}') in lower case as '{low}'", name))
    return out


def name_casing(t: Text, lex: Lexicon) -> list[Signal]:
    """A name written lower-case where the document also writes it capitalised (``tbilisi`` / ``Tbilisi``)."""
    out: list[Signal] = capitals_lowered(t, lex)
    counts = t.counts
    titled = set(map(str.lower, filter(str.istitle, counts)))
    # possessives capitalise the name too: "China's" for "china" (str.istitle says no to them)
    titled.update([w[:-2].lower() for w in counts if w.endswith(("'s", "’s")) and w[:1].isupper()])
    zipf = lex.zipf
    for low in titled.intersection(counts):
        if len(low) < 3 or zipf[low] >= NAME_CASE_MAX_ZIPF or counts[low] > 3 or not low.isalpha():
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
                # Capitalised only inside longer names: a lower-case copy counts when it keeps the
                # name's other word ("Tony Blair" ... "tony Blair", "David Roe" ... "david roe").
                # Alone, it may be the ordinary word the name is made of ("Rugby Football Union").
                damaged = _damaged_in_full_name(t, low, caps, lex)
                name = caps[0][:len(low)]
                out.extend(Signal(NAME_CASE, a, b, f"name '{name}' written in lower case as '{low}'", name)
                           for a, b in damaged)
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


def _bare(word: str) -> str:
    """A word in lower case, without a possessive 's ("Roe's" -> "roe")."""
    return word.lower().removesuffix("'s").removesuffix("’s")


def _neighbours(t: Text, a: int, b: int) -> set[str]:
    """The words just before and after ``t.masked[a:b]``, lower case, possessive 's dropped."""
    out = set()
    for w in (t.previous_word(a), t.next_word(b)):
        if w is not None:
            out.add(_bare(w[2]))
    return out


def _damaged_in_full_name(t: Text, low: str, caps: list[str], lex: Lexicon) -> list[tuple[int, int]]:
    """Lower-case occurrences of ``low`` beside a word its capitalised form stands beside in
    mid-sentence, when that word is capitalised there too and is itself a name (not an ordinary
    word: "Medical Center" ... "the medical center" is a common noun phrase)."""
    partners = set()
    surname = False  # the last word of a full name: "Ann Kerr" ... "kerr said"
    for f in caps:
        for a, b in t.occurrences(f):
            if t.sentence_initial(a) or t.in_title(a):
                continue
            before, after = t.previous_word(a), t.next_word(b)
            for w in (before, after):
                if w is None or not w[2][:1].isupper():
                    continue
                word = _bare(w[2])
                if lex.zipf[word] < NAME_CASE_MAX_ZIPF and not _common_word(word, lex):
                    partners.add(word)
                    # the last word of the run of capitals: "Ann Kerr said", not "Councillor David Pellow"
                    surname = surname or (w is before and (after is None or not after[2][:1].isupper()))
    out = []
    for a, b in t.occurrences(low):
        near = _neighbours(t, a, b)
        # Alone, a surname counts only where English puts a speaker: "kerr said", "said kerr".
        if partners & near or (surname and near & _SPEECH):
            out.append((a, b))
    return out


_SPEECH = frozenset("said says told tells added adds asked asks explained wrote writes argued argues "
                    "insisted insists warned warns noted notes replied replies".split())


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


_HONORIFICS = frozenset("Mr Mrs Ms Miss Dr Prof Sir Dame Lord Lady Judge Senator President".split())
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
        prev = t.previous_word(a)
        person = prev is not None and (prev[2] in _HONORIFICS or (prev[2].istitle() and not t.sentence_initial(prev[0])))
        if person and plural < min(single, 4.5) and (
                t.mid_sentence_count(name) + t.counts.get(name + "'s", 0) + t.counts.get(name + "’s", 0)):
            pass  # "Mr Parks'" where the document names Mr Park in mid-sentence: one person
        elif not single and not plural:
            if not named:
                continue  # a name English does not know, never written alone here
        elif plural >= single - 1.0:
            continue  # an ordinary plural: "Americans'", "Democrats'"
        elif not named and plural >= single - 2.0:
            continue  # the document never names one, and English has the plural now and then
        message = (f"'{text[a:m.end()]}' is a plural possessive; the document names one '{name}'" if named
                   else f"'{text[a:m.end()]}' is a plural possessive on a singular name")
        out.append(Signal(POSSESSIVE, a, m.end(), message, f"{name}'s"))
    return out


def _after_the(t: Text, pos: int) -> bool:
    prev = t.previous_word(pos)
    while prev is not None and prev[2][0].isupper() and prev[2] != "The":
        prev = t.previous_word(prev[0])
    return prev is not None and prev[2].lower() == "the"

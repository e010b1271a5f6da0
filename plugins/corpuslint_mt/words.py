"""Lost and stray spaces: words run together (``onthe``, ``Okonkwoforthe``) and words split apart."""
from __future__ import annotations

import re

from corpuslint_mt.lexicon import Lexicon
from corpuslint_mt.signals import GLUED, NAME_SPELLING, SPLIT, Signal
from corpuslint_mt.text import Text

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
            logp = unigram[part]  # None: not a word (Table lookups: [] is the fast path)
            if logp is None or (i - j < 2 and part != "a"):
                continue
            z = zipf[part]
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
            web = lex.zipf[low] >= GLUED_WEB_ZIPF
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
    together = sum(zipf[p] for p in parts) - 9.0 * (len(parts) - 1)
    return zipf[word] < together - GLUED_WEB_MARGIN


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

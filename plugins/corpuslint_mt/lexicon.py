"""English and foreign word statistics from symspellpy and wordfreq, prepared once and cached on disk."""
from __future__ import annotations

import functools
import math
import os
import pickle
import tempfile
import time
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

# Bump when the preparation below changes: the cache file name carries it.
PREP_VERSION = 6
# Languages whose very frequent words count as "foreign function words" in English prose.
FOREIGN_LANGUAGES = ("fr", "es", "de", "it", "pt", "nl", "ro", "sv")
# A word is a foreign function word when it is this frequent (Zipf scale) in its language ...
FOREIGN_MIN_ZIPF = 5.6
# ... and at least this much more frequent there than in English.
FOREIGN_MIN_GAP = 2.0
# English words rarer than this (Zipf) are not kept.
MIN_ZIPF = 1.5
# How many of the commonest English words count as function words.
FUNCTION_WORDS = 60


@dataclass(frozen=True)
class Lexicon:
    """Prepared language data. Keys are lower-case words."""

    #: English Zipf frequency (wordfreq ``large_en``): log10 of occurrences per billion words.
    zipf: dict[str, float]
    #: log10 probability of each word of symspellpy's English unigram dictionary (segmentation).
    unigram: dict[str, float]
    #: the English bigrams of symspellpy's bigram dictionary, as "w1 w2" (a set: faster to load).
    bigram: frozenset[str]
    #: log10 count of the bigrams "a X" and "an X".
    articles: dict[str, float]
    #: word -> (language, Zipf in that language, Zipf in English) for foreign function words.
    foreign: dict[str, tuple[str, float, float]]
    #: longest word of ``unigram`` (bounds the segmenter).
    max_word_length: int
    #: the commonest English words (articles, prepositions, pronouns...) by the unigram data.
    function_words: frozenset[str]


def _versions() -> str:
    parts = [f"prep{PREP_VERSION}"]
    for dist in ("symspellpy", "wordfreq"):
        try:
            parts.append(f"{dist}{metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}-none")
    return "-".join(parts)


def cache_dir() -> Path:
    """``$CORPUSLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/corpuslint``, else ``~/.cache/corpuslint``."""
    explicit = os.environ.get("CORPUSLINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "corpuslint"


def cache_path() -> Path:
    return cache_dir() / f"mt-lexicon-{_versions()}.pickle"


def _read_counts(name: str) -> dict[str, int]:
    out: dict[str, int] = {}
    with resources.files("symspellpy").joinpath(name).open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 2:
                out[parts[0]] = int(parts[1])
            elif len(parts) == 3:
                out[f"{parts[0]} {parts[1]}"] = int(parts[2])
    return out


def _zipf(freq: float) -> float:
    return round(math.log10(freq) + 9, 2) if freq > 0 else 0.0


def build() -> Lexicon:
    """Prepare the data from the installed packages (a few seconds; no network)."""
    import wordfreq

    en = wordfreq.get_frequency_dict("en", "large")
    # Rarer words are left out (they read as unknown): a third of the words, half the load time.
    zipf = {w: z for w, f in en.items() if (z := _zipf(f)) >= MIN_ZIPF}
    counts = _read_counts("frequency_dictionary_en_82_765.txt")
    total = float(sum(counts.values()))
    unigram = {w: round(math.log10(c / total), 3) for w, c in counts.items() if w.isalpha() or "'" in w}
    pairs = _read_counts("frequency_bigramdictionary_en_243_342.txt")
    bigram = frozenset(pairs)
    # log10 counts of "a X" and "an X", which article-agreement compares
    articles = {k: round(math.log10(c), 2) for k, c in pairs.items() if k.startswith(("a ", "an "))}
    foreign: dict[str, tuple[str, float, float]] = {}
    for lang in FOREIGN_LANGUAGES:
        wordlist = "large" if lang in wordfreq.available_languages("large") else "small"
        for w, f in wordfreq.get_frequency_dict(lang, wordlist).items():
            zl = _zipf(f)
            if zl < FOREIGN_MIN_ZIPF:
                continue
            if len(w) < 2 or not w.isalpha():
                continue
            ze = _zipf(en.get(w, 0.0))
            if zl - ze >= FOREIGN_MIN_GAP and (w not in foreign or foreign[w][1] < zl):
                foreign[w] = (lang, zl, ze)
    common = frozenset(sorted(unigram, key=unigram.__getitem__, reverse=True)[:FUNCTION_WORDS])
    return Lexicon(zipf, unigram, bigram, articles, foreign, max(map(len, unigram)), common)


@functools.cache
def load() -> Lexicon:
    """The lexicon, once per process: from the disk cache, else built (and cached if writable)."""
    path = cache_path()
    try:
        with path.open("rb") as fh:
            return Lexicon(**pickle.load(fh))
    except (OSError, pickle.UnpicklingError, EOFError, TypeError, AttributeError, ValueError):
        pass
    lex = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".mt-lexicon-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(lex.__dict__, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: parallel workers never read a half-written file
        for stale in path.parent.glob("mt-lexicon-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)  # prepared from older package versions
    except OSError:
        pass  # a read-only home: keep the data in memory for this process only
    return lex


def timed_load() -> tuple[Lexicon, float]:
    """Load the lexicon in a fresh state and return it with the seconds it took (benchmarks)."""
    load.cache_clear()
    t = time.perf_counter()
    lex = load()
    return lex, time.perf_counter() - t

"""English and foreign word statistics from symspellpy and wordfreq, prepared once and cached on disk.

The cache is one flat file of hash tables (see :mod:`corpuslint_mt.table`), memory-mapped:
opening it costs about a millisecond, and a run looks up only the words its documents hold.
"""
from __future__ import annotations

import functools
import marshal
import math
import mmap
import os
import struct
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

from corpuslint_mt.table import Table, pack_tables

# Bump when the preparation below changes: the cache file name carries it.
PREP_VERSION = 6
# Bump when the file layout changes.
FORMAT_VERSION = 1
_MAGIC = b"CLMTLEX\x01"
_HEAD = struct.Struct("=8sIII")  # magic, header length, header crc32, total file size
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
    """Prepared language data. Keys are lower-case words.

    The four big tables are :class:`~corpuslint_mt.table.Table` mappings: ``t[key]`` is the
    fast lookup and gives the value noted below for a key the table lacks; ``in``, ``get``
    and ``len`` behave as on a dict.
    """

    #: English Zipf frequency (wordfreq ``large_en``): log10 of occurrences per billion words
    #: (``zipf[w]`` is 0.0 for an absent word; present words are all >= MIN_ZIPF).
    zipf: Table
    #: log10 probability of each word of symspellpy's English unigram dictionary (segmentation);
    #: ``unigram[w]`` is None for an absent word.
    unigram: Table
    #: the English bigrams of symspellpy's bigram dictionary, as "w1 w2": ``bigram[k]`` is True or False.
    bigram: Table
    #: log10 count of the bigrams "a X" and "an X" (``articles[k]`` is None when absent).
    articles: Table
    #: word -> (language, Zipf in that language, Zipf in English) for foreign function words.
    foreign: dict[str, tuple[str, float, float]]
    #: longest word of ``unigram`` (bounds the segmenter).
    max_word_length: int
    #: the commonest English words (articles, prepositions, pronouns...) by the unigram data.
    function_words: frozenset[str]


def _versions() -> str:
    parts = [f"prep{PREP_VERSION}"]
    for dist in ("symspellpy", "wordfreq"):
        parts.append(f"{dist}{_dist_version(dist) or '-none'}")
    return "-".join(parts)


def _dist_version(dist: str) -> str:
    """The installed version of ``dist``, read from its ``*.dist-info`` folder name on sys.path
    (importlib.metadata costs tens of milliseconds to import; this is a directory listing)."""
    prefix = dist.lower().replace("-", "_") + "-"
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info") and name.lower().startswith(prefix):
                return name[len(prefix):-len(".dist-info")]
    from importlib import metadata  # eggs, zip imports and other layouts

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return ""


def cache_dir() -> Path:
    """``$CORPUSLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/corpuslint``, else ``~/.cache/corpuslint``."""
    explicit = os.environ.get("CORPUSLINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "corpuslint"


def cache_path() -> Path:
    return cache_dir() / f"mt-lexicon-{_versions()}-v{FORMAT_VERSION}.tables"


def _read_counts(name: str) -> dict[str, int]:
    from importlib import resources

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


def build() -> dict:
    """Prepare the data from the installed packages (a few seconds; no network): the fields
    of :class:`Lexicon`, as plain dicts and sets."""
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
    return {"zipf": zipf, "unigram": unigram, "bigram": bigram, "articles": articles, "foreign": foreign,
            "max_word_length": max(map(len, unigram)), "function_words": common}


# Each table's value for a key it lacks (``t[key]``): what the callers' old ``.get`` defaults were.
_MISS = {"zipf": 0.0, "unigram": None, "bigram": False, "articles": None}


def pack(data: dict, versions: str) -> bytearray:
    """The cache file's bytes for prepared ``data``."""
    # The first 64 bytes: magic, header length, crc and file size, then the header's offset.
    body, specs = pack_tables({name: (data[name], miss) for name, miss in _MISS.items()}, bytearray(64))
    header = marshal.dumps({
        "versions": versions, "byteorder": sys.byteorder, "tables": specs,
        "foreign": data["foreign"], "max_word_length": data["max_word_length"],
        "function_words": sorted(data["function_words"]),
    })
    base = len(body)  # the header goes after the tables (offsets count from the file's start)
    out = body + header
    _HEAD.pack_into(out, 0, _MAGIC, len(header), zlib.crc32(header), len(out))
    struct.pack_into("=I", out, _HEAD.size, base)
    return out


def unpack(buf, versions: str) -> Lexicon:
    """The Lexicon over a cache file's bytes; ValueError when they are not a complete, current file."""
    if len(buf) < 64:
        raise ValueError("short file")
    magic, hlen, hcrc, size = _HEAD.unpack_from(buf, 0)
    (base,) = struct.unpack_from("=I", buf, _HEAD.size)
    if magic != _MAGIC or size != len(buf) or base + hlen != size:
        raise ValueError("not a complete lexicon file")
    header_bytes = bytes(buf[base:base + hlen])
    if zlib.crc32(header_bytes) != hcrc:
        raise ValueError("damaged header")
    header = marshal.loads(header_bytes)
    if header["versions"] != versions or header["byteorder"] != sys.byteorder:
        raise ValueError("stale lexicon file")
    tables = {name: Table(buf, header["tables"][name]) for name in _MISS}
    return Lexicon(foreign=header["foreign"], max_word_length=header["max_word_length"],
                   function_words=frozenset(header["function_words"]), **tables)


def _open(path: Path, versions: str) -> Lexicon:
    with path.open("rb") as fh:
        buf = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)  # stays valid after close
    return unpack(buf, versions)


@functools.cache
def load() -> Lexicon:
    """The lexicon, once per process: from the disk cache, else built (and cached if writable).

    A missing, truncated, damaged or outdated cache file is rebuilt; it is replaced atomically,
    so parallel processes never see a half-written file.
    """
    path = cache_path()
    versions = _versions()
    try:
        return _open(path, versions)
    except (OSError, ValueError, EOFError, TypeError, KeyError, IndexError, struct.error):
        pass
    data = pack(build(), versions)
    import tempfile  # only when (re)building

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".mt-lexicon-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        for stale in path.parent.glob("mt-lexicon-*"):
            if stale != path and stale.is_file():
                stale.unlink(missing_ok=True)  # prepared from older package versions or formats
        return _open(path, versions)
    except (OSError, ValueError):
        return unpack(bytes(data), versions)  # a read-only home: this process keeps it in memory


def timed_load() -> tuple[Lexicon, float]:
    """Load the lexicon in a fresh state and return it with the seconds it took (benchmarks)."""
    load.cache_clear()
    t = time.perf_counter()
    lex = load()
    return lex, time.perf_counter() - t

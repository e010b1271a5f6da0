"""The MT language data: prepared once, cached on disk, and never loaded unless an MT rule runs."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

PROBE = """
import sys
from corpuslint_mt import lexicon
lex = lexicon.load()
print(len(lex.zipf) > 100000, len(lex.bigram) > 100000, "de" in lex.foreign, "wordfreq" in sys.modules)
"""


def run(code: str, cache: str, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, CORPUSLINT_CACHE_DIR=cache)
    return subprocess.run([sys.executable, *args] if args else [sys.executable, "-c", code],
                          capture_output=True, text=True, env=env, timeout=300)


def test_built_once_then_read_from_the_disk_cache(tmp_path):
    cache = tmp_path / "cache"
    first = run(PROBE, str(cache))
    assert first.stdout.split() == ["True", "True", "True", "True"], first.stderr
    files = list(cache.glob("mt-lexicon-*"))
    assert len(files) == 1 and "symspellpy" in files[0].name and "wordfreq" in files[0].name
    # From the cache: wordfreq (slow to read) is not even imported.
    second = run(PROBE, str(cache))
    assert second.stdout.split() == ["True", "True", "True", "False"], second.stderr


TINY = {"zipf": {"the": 7.73, "council": 5.1}, "unigram": {"the": -1.37, "council": -4.2},
        "bigram": frozenset({"the council"}), "articles": {"a council": 6.5}, "foreign": {"und": ("de", 7.5, 3.1)},
        "max_word_length": 7, "function_words": frozenset({"the"})}


@pytest.fixture
def tiny_lexicon(tmp_path, monkeypatch):
    """lexicon.load() over a cache folder of its own, building a tiny data set (no wordfreq)."""
    from corpuslint_mt import lexicon

    builds = []
    monkeypatch.setenv("CORPUSLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(lexicon, "build", lambda: builds.append(1) or dict(TINY))
    lexicon.load.cache_clear()
    yield lexicon, builds
    lexicon.load.cache_clear()


def test_a_damaged_or_outdated_cache_file_is_rebuilt(tiny_lexicon):
    lexicon, builds = tiny_lexicon
    assert lexicon.load().zipf["council"] == 5.1 and builds == [1]
    path = lexicon.cache_path()
    good = path.read_bytes()
    lexicon.load.cache_clear()
    assert lexicon.load().unigram["the"] == -1.37 and builds == [1]  # read back, not rebuilt
    old = path.parent / "mt-lexicon-prep1-symspellpy0-wordfreq0.pickle"
    for damaged in (b"", good[:len(good) // 2], b"garbage" * 100, b"X" + good[1:], good[:-10] + b"\x00" * 10,
                    good + b"more", good.replace(lexicon._versions().encode(), b"x" * len(lexicon._versions()))):
        path.write_bytes(damaged)
        old.write_bytes(b"prepared by an older version")
        lexicon.load.cache_clear()
        lex = lexicon.load()
        # rebuilt, the same data, and the older file cleared away
        assert lex.bigram["the council"] and lex.foreign == TINY["foreign"] and lex.articles["a council"] == 6.5
        assert path.read_bytes() == good and not old.exists()
    assert len(builds) == 8


def test_damaged_tables_do_not_crash_lookups(tiny_lexicon):
    lexicon, _ = tiny_lexicon
    lexicon.load()
    path = lexicon.cache_path()
    data = bytearray(path.read_bytes())
    data[64:96] = bytes([0xA7]) * 32  # the hash slots of the first table (offsets there are checked on opening)
    path.write_bytes(bytes(data))
    lexicon.load.cache_clear()
    lex = lexicon.load()
    assert path.read_bytes() == data  # the frame is intact: the file is used as it is
    for table in (lex.zipf, lex.unigram, lex.bigram, lex.articles):
        for word in ("the", "council", "the council", "qzx", "a council"):
            table[word], word in table, table.get(word)  # no exception: wrong answers at worst


LOOKUPS = """
from corpuslint_mt import lexicon
lex = lexicon.load()
z, u, b, a = lex.zipf, lex.unigram, lex.bigram, lex.articles
print(z["the"] > 7, z["qzxqzx"], "the" in z, "qzxqzx" in z, z.get("qzxqzx", -1.0), z.get("the", -1.0) > 7)
print(u["council"] < 0, u["qzxqzx"], "council" in u, "qzxqzx" in u, b["of the"], b["of qzxqzx"], "of the" in b)
print(a["an hour"] > 0, a["an house"], len(z) == sum(1 for _ in z), "the" in set(z))
"""


def test_tables_answer_like_dicts(tmp_path):
    out = run(LOOKUPS, str(tmp_path / "cache")).stdout.split()
    assert out == ["True", "0.0", "True", "False", "-1.0", "True",
                   "True", "None", "True", "False", "True", "False", "True",
                   "True", "None", "True", "True"]


def test_unwritable_cache_falls_back_to_memory(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache folder would go")
    result = run(PROBE, str(blocker / "cache"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:3] == ["True", "True", "True"]


@pytest.mark.parametrize("args", [["-m", "corpuslint", "--version"],
                                  ["-m", "corpuslint", "rules"],
                                  ["-m", "corpuslint", "check", "--isolated", "--select", "CL", "."]])
def test_language_data_is_not_loaded_unless_an_mt_rule_runs(tmp_path, args):
    (tmp_path / "a.txt").write_text("The council met onthe second floor.\n")
    cache = tmp_path / "cache"
    env = dict(os.environ, CORPUSLINT_CACHE_DIR=str(cache))
    result = subprocess.run([sys.executable, *args], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert result.returncode in (0, 1), result.stderr
    assert not cache.exists()


def test_an_mt_rule_loads_it(tmp_path):
    (tmp_path / "a.txt").write_text("The council met onthe second floor.\n")
    cache = tmp_path / "cache"
    env = dict(os.environ, CORPUSLINT_CACHE_DIR=str(cache))
    result = subprocess.run([sys.executable, "-m", "corpuslint", "check", "--isolated", "--select", "MT002", "."],
                            cwd=tmp_path, capture_output=True, text=True, env=env, timeout=300)
    assert "MT002" in result.stdout
    assert list(cache.glob("mt-lexicon-*"))


def test_plugin_import_does_not_import_the_data_libraries():
    code = "import sys, corpuslint_mt; corpuslint_mt.corpuslint_rules(); " \
           "from corpuslint_mt import lexicon; " \
           "print(any(m in sys.modules for m in ('wordfreq', 'symspellpy')) or lexicon.load.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() in ("False", "0"), out.stderr

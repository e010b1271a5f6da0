"""The answer cache shared by worker processes that open a new cache file at the same moment."""
import multiprocessing

from corpuslint_languagetool.cache import AnswerCache


def _store(args):
    folder, n = args
    AnswerCache(folder).put_many({f"key-{n}": [{"o": n}]})
    return n


def test_processes_opening_a_new_cache_together_lose_no_answer(tmp_path):
    with multiprocessing.get_context("fork").Pool(8) as pool:
        assert sorted(pool.map(_store, [(tmp_path, n) for n in range(64)], chunksize=1)) == list(range(64))
    found = AnswerCache(tmp_path).get_many([f"key-{n}" for n in range(64)])
    assert found == {f"key-{n}": [{"o": n}] for n in range(64)}

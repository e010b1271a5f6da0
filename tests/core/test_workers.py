"""The forked parallel map: every item exactly once, errors raised in the caller, dead workers' chunks redone."""
from __future__ import annotations

import os
import signal
import time

import pytest

from corpuslint import workers

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork-based workers only")


def square(x):
    return x * x


@pytest.mark.parametrize("jobs", [2, 3])
@pytest.mark.parametrize("n", [1, 2, 7, 100, 2001])
def test_every_item_once(jobs, n):
    items = list(range(n))
    got = list(workers.forked_map(square, items, jobs))
    assert sorted(got) == [x * x for x in items]


def test_the_last_chunks_cover_the_rest_and_shrink():
    for remaining, jobs in ((1, 2), (5, 2), (256, 2), (512, 4), (100_000, 2)):
        sizes = workers.tail_sizes(remaining, jobs)
        assert sum(sizes) == remaining and all(0 < s <= workers.CHUNK for s in sizes)
        assert sizes == sorted(sizes, reverse=True)


def listing(n, pause_after=None, fail_after=None):
    """Items as a folder walk gives them: one by one, with a slow folder now and then."""
    for i in range(n):
        if i == pause_after:
            time.sleep(0.3)  # the children are forked and busy by now
        if i == fail_after:
            raise OSError("folder vanished")
        yield i


def test_items_may_still_be_arriving():
    parent, calls_in_parent, seen = os.getpid(), [], {}

    def fn(x):
        if os.getpid() == parent:
            calls_in_parent.append(x)
        sum(range(2000))
        return x * x

    def listed(items):
        seen["items"], seen["calls before"] = list(items), len(calls_in_parent)

    got = list(workers.forked_map(fn, listing(3000, pause_after=1500), 2, listed=listed))
    assert sorted(got) == [x * x for x in range(3000)]
    assert seen["items"] == list(range(3000)) and seen["calls before"] == 0


def test_a_child_forked_while_listing_learns_the_count():
    parent = os.getpid()

    def fn(x):
        sum(range(2000))
        return workers.listed_count() if os.getpid() != parent else None

    counts = set(workers.forked_map(fn, listing(3000, pause_after=1000), 2)) - {None}
    assert counts == {3000}


def test_an_error_while_listing_reaches_the_caller_and_ends_the_children():
    with pytest.raises(OSError, match="vanished"):
        list(workers.forked_map(slow_square, listing(3000, fail_after=2000), 2))
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


def test_more_chunks_than_the_pipe_holds():
    n = 300_000  # about 4,700 chunks: more tokens than a 64 KiB pipe takes
    assert sum(workers.forked_map(abs, range(n), 2)) == n * (n - 1) // 2


def slow_square(x):
    sum(range(20000))  # slow enough that the child gets chunks
    return x * x


def test_a_childs_chunks_come_back_combined():
    items = list(range(400))
    got = list(workers.forked_map(slow_square, items, 2, combine=lambda values: [sum(values)]))
    assert sum(got) == sum(x * x for x in items) and len(got) < len(items)


def test_work_is_shared():
    pids = set(workers.forked_map(lambda _: (os.getpid(), sum(range(20000)))[0], list(range(400)), 2))
    assert os.getpid() in pids and len(pids) == 2


def test_progress_reaches_the_total():
    seen = []
    list(workers.forked_map(square, list(range(500)), 2, seen.append))
    assert seen[-1] == 500 and all(0 < d <= 500 for d in seen)


class Boom(Exception):
    pass


def fail_in_child(parent):
    def fn(x):
        sum(range(20000))  # slow enough that the child gets chunks
        if os.getpid() != parent:
            raise Boom(f"item {x}")
        return x
    return fn


def test_an_exception_in_a_child_is_raised_in_the_caller():
    items = list(range(400))
    with pytest.raises(Boom):
        for _ in workers.forked_map(fail_in_child(os.getpid()), items, 2):
            pass


def test_a_killed_child_costs_only_time():
    parent = os.getpid()

    def fn(x):
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        sum(range(20000))  # slow enough that the child gets chunks
        return x + 1

    items = list(range(400))
    assert sorted(workers.forked_map(fn, items, 2)) == [x + 1 for x in items]


def test_a_result_that_cannot_be_pickled_is_an_error_in_the_caller():
    parent = os.getpid()

    def fn(x):
        sum(range(20000))  # slow enough that the child gets chunks
        return (lambda: x) if os.getpid() != parent else x

    with pytest.raises(Exception, match="pickle"):
        list(workers.forked_map(fn, list(range(400)), 2))


def test_no_worker_left_behind():
    list(workers.forked_map(square, list(range(1000)), 3))
    deadline = time.monotonic() + 5
    while workers._EXITED and time.monotonic() < deadline:  # exiting children are reaped without waiting
        time.sleep(0.01)
        workers._reap()
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


NO_ROOM = """
import os, resource, signal, sys
from corpuslint import workers

def fn(x):
    sum(range(2000))  # slow enough that the child gets chunks
    return (x, "r" * 500)  # results that do not fit either

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a file that may not grow fails with EFBIG instead
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
got = sorted(x for x, _ in workers.forked_map(fn, range(3000), 2))
print(got == list(range(3000)))
"""


def test_a_full_temporary_folder_costs_only_time():
    """No room for the chunks file and the children's results: the main process does the rest."""
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-c", NO_ROOM], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "True"


def test_no_usable_temporary_folder_means_no_workers(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "gone"))  # as TMPDIR naming a missing folder
    pids = set(workers.forked_map(lambda _: os.getpid(), range(500), 2))
    assert pids == {os.getpid()}

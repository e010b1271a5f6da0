"""Parallel map over forked worker processes, the calling process being one of the workers.

Why not multiprocessing.Pool: for a corpus of small documents the pool's own cost (feeder
and result threads, one pickled message per task, starting and joining every worker) is
most of a run, and its workers idle while the main process only waits. Here the main
process forks ``jobs - 1`` children and works too.

The items may still be arriving (a folder walk in progress): the main process forks as soon
as it has seen enough items to know that the run is worth it, then goes on reading them,
so that the children check the first files while the last folders are listed. Work goes
out in chunks of consecutive items: each chunk is pickled into a shared, unlinked temporary
file and announced by a fixed-size token (chunk number, offset, length) on a pipe. Whoever
is free reads the next token (a read of one token from a pipe is atomic), so a busy or
slower process simply takes fewer chunks. Children inherit ``fn`` and everything the run
set up (rules, their corpus state) through fork, write their results to their own unlinked
temporary file, and the main process reads those once a child has finished. The main
process checks nothing before the last item is listed: until then ``listed_count()`` could
not answer in a child.

A child that crashes or is killed costs nothing but time: the main process redoes the
chunks it has no results for. An exception raised in a child is raised in the caller.
"""
from __future__ import annotations

import gc
import itertools
import os
import signal
import struct
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

_TOKEN = struct.Struct("=IQI")  # chunk number, offset and length of its pickled items
_COUNT = struct.Struct("=Q")
CHUNK = 64  # items per chunk while listing; the last chunks shrink (guided scheduling)

# In a child forked before the main process had listed every item: where the main process
# writes their number, and the number once read (see listed_count).
_LISTED: dict[str, Any] = {"fd": -1, "count": None}


def listed_count() -> int:
    """The number of items of the run, in a child forked while they were still being listed:
    waits, the first time, until the main process has listed them all."""
    if _LISTED["count"] is None:
        data = _read_exactly(_LISTED["fd"], _COUNT.size) if _LISTED["fd"] >= 0 else b""
        if len(data) != _COUNT.size:
            raise RuntimeError("the main process stopped before listing every item")
        _LISTED["count"] = _COUNT.unpack(data)[0]
    return _LISTED["count"]


def tail_sizes(remaining: int, jobs: int) -> list[int]:
    """Sizes of the last chunks once every item is listed: at most CHUNK items, smaller and
    smaller towards the end, so that the processes finish close together. A chunk costs a
    few microseconds; a big one taken by a process that another program slows down (a
    shared machine) keeps the others waiting at the end."""
    sizes = []
    while remaining > 0:
        size = min(remaining, max(1, min(CHUNK, remaining // (jobs * 4))))
        sizes.append(size)
        remaining -= size
    return sizes


def forked_map(fn: Callable[[Any], Any], items: Iterable[Any], jobs: int,
               progress: Callable[[int], None] | None = None,
               combine: Callable[[list[Any]], list[Any]] | None = None,
               listed: Callable[[list[Any]], None] | None = None) -> Iterator[Any]:
    """``fn(item)`` for every item, computed by this process and up to ``jobs - 1`` forked
    children; results come in no particular order.

    ``listed(all_items)`` is called once the last item is read, before this process computes
    anything. ``progress(done)`` is called now and then with an estimate of the items done
    (and with the number of items at the end). ``combine``, when given, folds the values of
    a child's chunk before they are pickled back (fewer, larger values: the caller must
    accept its results in that form)."""
    pool = Workers(fn, jobs, combine)
    try:
        yield from pool.map(items, progress, listed)
    finally:
        pool.close()


class Workers:
    """The main process's side of a forked map: the items, their chunks, the children."""

    def __init__(self, fn: Callable[[Any], Any], jobs: int,
                 combine: Callable[[list[Any]], list[Any]] | None = None) -> None:
        self.fn, self.jobs, self.combine = fn, jobs, combine
        self.items: list[Any] = []
        self.bounds = [0]  # chunk i is items[bounds[i]:bounds[i + 1]]
        self.pending: deque[bytes] = deque()  # tokens the pipe had no room for yet
        self.children: dict[int, Any] = {}  # pid -> results file
        self.fds = {"r_tok": -1, "w_tok": -1, "r_done": -1, "w_done": -1, "r_count": -1, "w_count": -1}
        self.chunks_file: Any = None
        self.chunks_size = 0
        self._unfreeze = False

    def map(self, items: Iterable[Any], progress: Callable[[int], None] | None = None,
            listed: Callable[[list[Any]], None] | None = None) -> Iterator[Any]:
        source = iter(items)
        self.items.extend(itertools.islice(source, self.jobs))  # no more children than items
        if len(self.items) <= 1 or self.jobs <= 1 or not hasattr(os, "fork"):
            yield from self._serial(source, progress, listed)
            return
        self._start(len(self.items))
        hold = (len(self.children) + 1) * 2 * CHUNK  # items kept back until the end is known, for the shrinking tail
        for item in source:
            self.items.append(item)
            if len(self.items) - self.bounds[-1] > hold + CHUNK:
                self._publish(self.bounds[-1] + CHUNK)
        for size in tail_sizes(len(self.items) - self.bounds[-1], len(self.children) + 1):
            self._publish(self.bounds[-1] + size)
        if listed is not None:
            listed(self.items)
        self._tell_count()
        yield from self._work(progress)
        yield from self._gather(progress)

    # -- the main process ----------------------------------------------------------
    def _serial(self, source, progress, listed) -> Iterator[Any]:
        self.items.extend(source)
        if listed is not None:
            listed(self.items)
        fn = self.fn
        for i, item in enumerate(self.items, 1):
            yield fn(item)
            if progress is not None and (i % 64 == 0 or i == len(self.items)):
                progress(i)

    def _start(self, jobs: int) -> None:
        import tempfile  # here: a pre-commit run (one file, no workers) never needs it

        f = self.fds
        f["r_tok"], f["w_tok"] = os.pipe()
        f["r_done"], f["w_done"] = os.pipe()  # each child writes one byte here once its results are written
        f["r_count"], f["w_count"] = os.pipe()  # the number of items, once listed (listed_count)
        os.set_blocking(f["w_tok"], False)  # a full pipe must never stop the main process
        try:
            self.chunks_file = tempfile.TemporaryFile()
        except OSError:  # no usable temporary folder: no workers, the same results
            jobs = 1
        # Children would otherwise touch (and so copy) every inherited object in their first GC pass.
        self._unfreeze = gc.get_freeze_count() == 0  # else the caller froze objects on purpose: leave them
        gc.freeze()
        for stream in (sys.stdout, sys.stderr):  # else a child may write out the parent's pending output
            try:
                stream.flush()
            except (AttributeError, ValueError, OSError):
                pass
        for _ in range(jobs - 1):
            try:
                out = tempfile.TemporaryFile(buffering=0)  # written with os.write (see _write_all)
            except OSError:  # the temporary folder is full: fewer workers, same results
                break
            try:
                pid = os.fork()
            except OSError:  # out of processes or memory: fewer workers, same results
                out.close()
                break
            if pid == 0:  # pragma: no cover - runs in a child, measured through the results
                _child(self, out)
            self.children[pid] = out
        for name in ("w_done", "r_count"):
            self._close(name)

    def _publish(self, stop: int) -> None:
        """Make items[bounds[-1]:stop] the next chunk and offer it to the children."""
        import pickle

        chunk, start = len(self.bounds) - 1, self.bounds[-1]
        self.bounds.append(stop)
        if self.chunks_file is None:  # no room left for chunks: this process keeps them
            self.pending.append(_TOKEN.pack(chunk, 0, 0))
            return
        data = pickle.dumps(self.items[start:stop], protocol=pickle.HIGHEST_PROTOCOL)
        fd, offset, view = self.chunks_file.fileno(), self.chunks_size, memoryview(data)
        try:
            while view:
                view = view[os.pwrite(fd, view, offset + len(data) - len(view)):]
        except OSError:  # the temporary folder is full: the children get no more chunks
            self.chunks_file.close()
            self.chunks_file = None
            self.pending.append(_TOKEN.pack(chunk, 0, 0))
            return
        self.chunks_size += len(data)
        self.pending.append(_TOKEN.pack(chunk, offset, len(data)))
        self._flush()

    def _flush(self) -> None:
        while self.pending and self.chunks_file is not None:
            try:
                os.write(self.fds["w_tok"], self.pending[0])  # all or nothing: 16 bytes < PIPE_BUF
            except BlockingIOError:
                return
            self.pending.popleft()

    def _tell_count(self) -> None:
        data = _COUNT.pack(len(self.items))
        try:
            os.write(self.fds["w_count"], data * len(self.children))  # a few bytes: the pipe has room
        except OSError:  # every child is gone already: nobody will ask
            pass
        self._close("w_count")

    def _work(self, progress) -> Iterator[Any]:
        """Take chunks with the children until none is left; yield their values."""
        fn, items, bounds = self.fn, self.items, self.bounds
        self.done_chunks: set[int] = set()
        done = 0
        while True:
            self._flush()
            if self.pending:  # the pipe is full (or the disk): work rather than wait for room
                chunk = _TOKEN.unpack(self.pending.pop())[0]
            else:
                if self.fds["w_tok"] >= 0:
                    self._close("w_tok")  # the readers see end-of-file once the tokens run out
                token = _read_exactly(self.fds["r_tok"], _TOKEN.size)
                if len(token) != _TOKEN.size:
                    break
                chunk = _TOKEN.unpack(token)[0]
            start, stop = bounds[chunk], bounds[chunk + 1]
            values = [fn(items[i]) for i in range(start, stop)]
            self.done_chunks.add(chunk)
            done += stop - start
            yield from values
            if progress is not None:
                taken = len(bounds) - 1 - len(self.pending) - _pending(self.fds["r_tok"]) - len(self.children)
                progress(max(done, bounds[max(0, min(len(bounds) - 1, taken))]))

    def _gather(self, progress) -> Iterator[Any]:
        """The children's values, then the chunks a dead child took and never finished."""
        children, done_chunks = self.children, self.done_chunks
        # Every child has written its results once its byte is in (or it died: end of file);
        # its exit (unmapping its memory) is not waited for here.
        finished = 0
        while finished < len(children) and os.read(self.fds["r_done"], 1):
            finished += 1
        error = None
        while children:
            pid, out = children.popitem()
            _EXITED.append(pid)
            for kind, chunk, payload in _results(out):
                if kind == "err":
                    error = error or payload
                elif chunk not in done_chunks:
                    done_chunks.add(chunk)
                    yield from payload
        if error is not None:
            raise error
        fn, items, bounds = self.fn, self.items, self.bounds
        for chunk in range(len(bounds) - 1):
            if chunk not in done_chunks:
                yield from [fn(items[i]) for i in range(bounds[chunk], bounds[chunk + 1])]
        if progress is not None:
            progress(len(items))

    def close(self) -> None:
        """End the children that are still there (after an error, or when the caller stopped early)."""
        for pid, out in self.children.items():
            try:
                os.kill(pid, signal.SIGTERM)
            except OSError:
                pass
            _wait(pid)
            out.close()
        self.children.clear()
        for name in self.fds:
            self._close(name)
        if self.chunks_file is not None:
            self.chunks_file.close()
            self.chunks_file = None
        _reap()
        if self._unfreeze:
            gc.unfreeze()
            self._unfreeze = False

    def _close(self, name: str) -> None:
        if self.fds[name] >= 0:
            os.close(self.fds[name])
            self.fds[name] = -1


def _read_exactly(fd: int, size: int) -> bytes:
    """``size`` bytes, or fewer at end of file (a pipe may hand a token over in two reads)."""
    data = os.read(fd, size)
    while data and len(data) < size:
        more = os.read(fd, size - len(data))
        if not more:
            break
        data += more
    return data


def _pending(r_tok: int) -> int:
    """Tokens still in the pipe (0 where the platform cannot tell)."""
    try:
        import fcntl
        import termios

        return struct.unpack("i", fcntl.ioctl(r_tok, termios.FIONREAD, b"\0\0\0\0"))[0] // _TOKEN.size
    except (ImportError, OSError, AttributeError):
        return 0


_EXITED: list[int] = []  # children whose results are in, still to be reaped


def _reap() -> None:
    """Collect children that have exited (no zombies), without waiting for the others."""
    for pid in list(_EXITED):
        try:
            if os.waitpid(pid, os.WNOHANG)[0] == 0:
                continue
        except ChildProcessError:
            pass
        _EXITED.remove(pid)


def _wait(pid: int) -> None:
    while True:
        try:
            os.waitpid(pid, 0)
            return
        except ChildProcessError:
            return
        except InterruptedError:  # pragma: no cover - retried by Python itself since 3.5
            continue


def _results(out) -> Iterator[tuple[str, int, Any]]:
    """The frames a child wrote; a frame cut short (the child died mid-write) ends the list."""
    import io
    import pickle

    try:
        out.seek(0)
        frames = io.BytesIO(out.read())
        while True:
            try:
                frame = pickle.load(frames)
            except EOFError:
                return
            except Exception:  # a truncated or damaged frame: its chunks get redone
                return
            yield frame
    finally:
        out.close()


def _child(pool: Workers, out) -> None:  # pragma: no cover - runs in a child
    """Take chunks until none is left, write ``("ok", chunk, values)`` frames, then leave
    without running the parent's clean-up (``os._exit``: no atexit handlers, no flushing of
    objects the parent owns). An exception of the work is written as an ``("err", ...)``
    frame for the caller; a results file that cannot grow (the temporary folder is full)
    only ends the child: the main process redoes the chunks it has no results for."""
    import pickle

    status = 0
    fds = pool.fds
    try:
        for name in ("w_tok", "r_done", "w_count"):  # else end-of-file never comes, or a child answers itself
            os.close(fds[name])
        _LISTED.update(fd=fds["r_count"], count=None)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
        fn, combine, r_tok, chunks_fd = pool.fn, pool.combine, fds["r_tok"], pool.chunks_file.fileno()
        while True:
            token = _read_exactly(r_tok, _TOKEN.size)
            if len(token) != _TOKEN.size:
                break
            chunk, offset, length = _TOKEN.unpack(token)
            values = [fn(item) for item in pickle.loads(_pread_exactly(chunks_fd, length, offset))]
            if combine is not None:
                values = combine(values)
            # pickled whole before writing: a value that cannot be pickled leaves no half frame
            _write_all(out, pickle.dumps(("ok", chunk, values), protocol=pickle.HIGHEST_PROTOCOL))
    except _NoRoom:
        status = 1
    except BaseException as exc:
        status = 1
        try:
            frame = pickle.dumps(("err", -1, exc), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:
            import traceback

            detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
            frame = pickle.dumps(("err", -1, RuntimeError(f"worker process failed: {detail}")))
        try:
            _write_all(out, frame)
        except _NoRoom:
            pass
    finally:
        try:
            os.write(fds["w_done"], b".")
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(status)


class _NoRoom(Exception):
    """A child's results file cannot grow."""


def _write_all(out, data: bytes) -> None:  # pragma: no cover - runs in a child
    view = memoryview(data)
    try:
        while view:
            view = view[os.write(out.fileno(), view):]
    except OSError as exc:
        raise _NoRoom from exc


def _pread_exactly(fd: int, size: int, offset: int) -> bytes:  # pragma: no cover - runs in a child
    data = os.pread(fd, size, offset)
    while len(data) < size:
        more = os.pread(fd, size - len(data), offset + len(data))
        if not more:
            raise RuntimeError("a chunk of the shared items file is missing")
        data += more
    return data

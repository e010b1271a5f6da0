"""Parallel map over forked worker processes, the calling process being one of the workers.

Why not multiprocessing.Pool: for a corpus of small documents the pool's own cost (feeder
and result threads, one pickled message per task, starting and joining every worker) is
most of a run, and its workers idle while the main process only waits. Here the main
process forks ``jobs - 1`` children and works too. Work is handed out in chunks of
consecutive items through a pipe filled with chunk numbers before the fork: whoever is
free reads the next number (a 4-byte read from a pipe is atomic), so a busy or slower
process simply takes fewer chunks. Children inherit the items and everything the run set
up (rules, their corpus state) through fork, write their results to an unlinked temporary
file, and the main process reads those once a child has finished.

A child that crashes or is killed costs nothing but time: the main process redoes the
chunks it has no results for. An exception raised in a child is raised in the caller.
"""
from __future__ import annotations

import gc
import os
import signal
import struct
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

_TOKEN = struct.Struct("=I")
_MAX_CHUNKS = 16_000  # chunk numbers must fit the pipe's buffer (64 KiB) before anyone reads


def chunk_bounds(total: int, jobs: int) -> list[int]:
    """Where chunks start (and the last one ends): at most 64 items, smaller and smaller ones
    towards the end ("guided" scheduling), so that the processes finish close together.
    A chunk costs a few microseconds; a big one taken by a process that another program
    slows down (a shared machine) keeps the others waiting at the end."""
    smallest = max(1, total // (jobs * 128), -(-total // _MAX_CHUNKS))
    bounds, start = [0], 0
    while start < total:
        start = min(total, start + max(smallest, min(64, (total - start) // (jobs * 4))))
        bounds.append(start)
    return bounds


def forked_map(fn: Callable[[Any], Any], items: Sequence[Any], jobs: int,
               progress: Callable[[int], None] | None = None,
               combine: Callable[[list[Any]], list[Any]] | None = None) -> Iterator[Any]:
    """``fn(item)`` for every item, computed by this process and ``jobs - 1`` forked children;
    results come in no particular order. ``progress(done)`` is called now and then with an
    estimate of the items done (and with ``len(items)`` at the end). ``combine``, when given,
    folds the values of a child's chunk before they are pickled back (fewer, larger values:
    the caller must accept its results in that form)."""
    pool = Workers(fn, jobs, items, combine)
    try:
        yield from pool.map(items, progress)
    finally:
        pool.close()


class Workers:
    """``jobs - 1`` children forked with the items, that run ``fn`` over them with this process."""

    def __init__(self, fn: Callable[[Any], Any], jobs: int, items: Sequence[Any],
                 combine: Callable[[list[Any]], list[Any]] | None = None) -> None:
        import tempfile  # here: a pre-commit run (one file, no workers) never needs it

        self.fn, self.jobs = fn, jobs
        self.children: dict[int, Any] = {}  # pid -> results file
        self.r_tok, self.w_tok = os.pipe()
        self.r_done, self.w_done = os.pipe()  # each child writes one byte here once its results are written
        # Children would otherwise touch (and so copy) every inherited object in their first GC pass.
        self._unfreeze = gc.get_freeze_count() == 0  # else the caller froze objects on purpose: leave them
        gc.freeze()
        for stream in (sys.stdout, sys.stderr):  # else a child may write out the parent's pending output
            try:
                stream.flush()
            except (AttributeError, ValueError, OSError):
                pass
        self.bounds = bounds = chunk_bounds(len(items), jobs)
        try:
            os.write(self.w_tok, b"".join(_TOKEN.pack(i) for i in range(len(bounds) - 1)))
        finally:
            os.close(self.w_tok)  # the readers see end-of-file once the numbers run out
            self.w_tok = -1
        for _ in range(jobs - 1):
            out = tempfile.TemporaryFile()
            try:
                pid = os.fork()
            except OSError:  # out of processes or memory: fewer workers, same results
                out.close()
                break
            if pid == 0:  # pragma: no cover - runs in the child, measured through the results
                try:
                    os.close(self.r_done)
                except BaseException:
                    os._exit(1)
                _child(fn, items, bounds, self.r_tok, out, self.w_done, combine)
            self.children[pid] = out
        os.close(self.w_done)
        self.w_done = -1

    def map(self, items: Sequence[Any], progress: Callable[[int], None] | None = None) -> Iterator[Any]:
        """``fn(item)`` for every item (the items given when forking), once, in no particular order."""
        fn, children, bounds = self.fn, self.children, self.bounds
        total = len(items)
        nchunks = len(bounds) - 1
        done_chunks: set[int] = set()
        done = 0
        while True:
            chunk = _next_chunk(self.r_tok)
            if chunk is None:
                break
            start, stop = bounds[chunk], bounds[chunk + 1]
            values = [fn(items[i]) for i in range(start, stop)]
            done_chunks.add(chunk)
            done += stop - start
            yield from values
            if progress is not None:
                claimed = nchunks - _pending(self.r_tok) - len(children)
                progress(max(done, bounds[max(0, min(nchunks, claimed))]))
        # Every child has written its results once its byte is in (or it died: end of file);
        # its exit (unmapping its memory) is not waited for here.
        finished = 0
        while finished < len(children) and os.read(self.r_done, 1):
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
        for chunk in range(nchunks):  # chunks a dead child took and never finished
            if chunk not in done_chunks:
                yield from [fn(items[i]) for i in range(bounds[chunk], bounds[chunk + 1])]
        if progress is not None:
            progress(total)

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
        for name in ("r_tok", "w_tok", "r_done", "w_done"):
            fd = getattr(self, name)
            if fd >= 0:
                os.close(fd)
                setattr(self, name, -1)
        _reap()
        if self._unfreeze:
            gc.unfreeze()
            self._unfreeze = False


def _next_chunk(r_tok: int) -> int | None:
    data = os.read(r_tok, _TOKEN.size)
    return _TOKEN.unpack(data)[0] if len(data) == _TOKEN.size else None


def _pending(r_tok: int) -> int:
    """Chunk numbers still in the pipe (0 where the platform cannot tell)."""
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
    import pickle

    try:
        out.flush()
        out.seek(0)
        while True:
            try:
                frame = pickle.load(out)
            except EOFError:
                return
            except Exception:  # a truncated or damaged frame: its chunks get redone
                return
            yield frame
    finally:
        out.close()


def _child(fn, items, bounds: list[int], r_tok: int, out, w_done: int,
           combine=None) -> None:  # pragma: no cover - runs in a child
    """Take chunks until none is left, write ``("ok", chunk, values)`` frames, then leave
    without running the parent's clean-up (``os._exit``: no atexit handlers, no flushing of
    objects the parent owns)."""
    import pickle

    status = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
        while True:
            chunk = _next_chunk(r_tok)
            if chunk is None:
                break
            values = [fn(items[i]) for i in range(bounds[chunk], bounds[chunk + 1])]
            if combine is not None:
                values = combine(values)
            # pickled whole before writing: a value that cannot be pickled leaves no half frame
            out.write(pickle.dumps(("ok", chunk, values), protocol=pickle.HIGHEST_PROTOCOL))
    except BaseException as exc:
        status = 1
        try:
            frame = pickle.dumps(("err", -1, exc), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:
            import traceback

            detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
            frame = pickle.dumps(("err", -1, RuntimeError(f"worker process failed: {detail}")))
        out.write(frame)
    finally:
        try:
            out.flush()
            os.write(w_done, b".")
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(status)

"""Word tables in one flat buffer (a memory-mapped file): opened in microseconds, looked up lazily.

A short document looks up a few hundred words: reading the whole language data into Python
dicts (600,000 strings, a third of a second) for that is most of a pre-commit run. Instead
each table is an open-addressing hash table over a sorted-free key blob; a lookup hashes the
key (crc32), probes a few slots and compares bytes. Every answer, hits and misses alike, is
kept in the table object itself (a dict), so a word looked up again costs one C dict lookup.
"""
from __future__ import annotations

import struct
import zlib
from array import array
from collections.abc import Iterable, Iterator
from typing import Any

#: Keys remembered per table before the memo starts again (a bound for very large corpora).
MEMO_LIMIT = 1 << 21
_EMPTY = 0


class Table(dict):
    """A read-only mapping ``str -> value`` backed by a buffer.

    ``t[key]`` returns the value, or the table's ``miss`` value (``None``, ``0.0`` or ``False``)
    when the key is absent: that is the fast path, the answer is memoised in the dict itself.
    ``key in t``, ``t.get(key, default)``, ``len(t)`` and iteration have mapping semantics.
    """

    __slots__ = ("_slots", "_offs", "_blob", "_vals", "_mask", "_miss", "_n")

    def __init__(self, buf, spec: dict[str, Any]) -> None:
        super().__init__()
        view = memoryview(buf)
        n, nslots = spec["n"], spec["nslots"]
        self._n = n
        self._mask = nslots - 1
        self._slots = view[spec["slots"]:spec["slots"] + 4 * nslots].cast("I")
        self._offs = view[spec["offs"]:spec["offs"] + 4 * (n + 1)].cast("I")
        self._blob = view[spec["blob"]:spec["blob"] + spec["blob_len"]]
        self._vals = view[spec["vals"]:spec["vals"] + 8 * n].cast("d") if spec["vals"] >= 0 else None
        self._miss = spec["miss"]
        if nslots & (nslots - 1) or len(self._offs) != n + 1 or self._offs[n] != len(self._blob):
            raise ValueError("inconsistent table")

    def __missing__(self, key: str) -> Any:
        value = self._find(key)
        if dict.__len__(self) >= MEMO_LIMIT:
            self.clear()
        self[key] = value
        return value

    def _find(self, key: str) -> Any:
        kb = key.encode("utf-8", "surrogatepass")
        slots, offs, blob, mask = self._slots, self._offs, self._blob, self._mask
        h = zlib.crc32(kb) & mask
        try:
            for _ in range(mask + 1):
                e = slots[h]
                if e == _EMPTY:
                    return self._miss
                a, b = offs[e - 1], offs[e]
                if b - a == len(kb) and blob[a:b] == kb:
                    return True if self._vals is None else self._vals[e - 1]
                h = (h + 1) & mask
        except IndexError:
            pass  # a damaged file (the loader checks its frame, not every byte): no answer, no crash
        return self._miss

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self[key] is not self._miss

    def get(self, key: str, default: Any = None) -> Any:
        value = self[key]
        return default if value is self._miss else value

    def __len__(self) -> int:
        return self._n

    def __bool__(self) -> bool:
        return self._n > 0

    def __iter__(self) -> Iterator[str]:
        offs, blob = self._offs, self._blob
        for i in range(self._n):
            yield bytes(blob[offs[i]:offs[i + 1]]).decode("utf-8", "surrogatepass")

    def keys(self) -> list[str]:  # type: ignore[override]
        return list(self)

    def items(self) -> list[tuple[str, Any]]:  # type: ignore[override]
        return [(k, self[k]) for k in self]

    def values(self) -> list[Any]:  # type: ignore[override]
        return [self[k] for k in self]

    def __eq__(self, other: object) -> bool:
        return self is other

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return f"<Table of {self._n} keys>"

    def __reduce__(self):
        return _rebuilt, (dict(self.items()) if self._vals is not None else list(self), self._miss)


def _rebuilt(data, miss) -> Table:
    buf, spec = pack_tables({"t": (data, miss)})
    return Table(buf, spec["t"])


def _align(out: bytearray) -> int:
    out.extend(b"\0" * (-len(out) % 8))
    return len(out)


def pack_tables(tables: dict[str, tuple[dict[str, float] | Iterable[str], Any]], out: bytearray | None = None,
                ) -> tuple[bytearray, dict[str, dict[str, Any]]]:
    """Append each table (a dict of float values, or an iterable of keys for a set) to ``out``;
    return the buffer and each table's layout for :class:`Table`."""
    out = bytearray() if out is None else out
    specs = {}
    for name, (data, miss) in tables.items():
        keys = sorted(data)  # sorted: the same data always gives the same bytes
        encoded = [k.encode("utf-8", "surrogatepass") for k in keys]
        n = len(keys)
        nslots = 8
        while nslots < 3 * n:  # load factor under 1/3: a miss probes two slots on average
            nslots *= 2
        mask = nslots - 1
        slots = array("I", bytes(4 * nslots))
        for i, kb in enumerate(encoded, 1):
            h = zlib.crc32(kb) & mask
            while slots[h]:
                h = (h + 1) & mask
            slots[h] = i
        offs = array("I", [0])
        total = 0
        for kb in encoded:
            total += len(kb)
            offs.append(total)
        spec: dict[str, Any] = {"n": n, "nslots": nslots, "miss": miss}
        spec["slots"] = _align(out)
        out.extend(slots.tobytes())
        spec["offs"] = _align(out)
        out.extend(offs.tobytes())
        spec["blob"] = _align(out)
        blob = b"".join(encoded)
        spec["blob_len"] = len(blob)
        out.extend(blob)
        if isinstance(data, dict):
            spec["vals"] = _align(out)
            out.extend(struct.pack(f"={n}d", *(float(data[k]) for k in keys)))
        else:
            spec["vals"] = -1
        _align(out)
        specs[name] = spec
    return out, specs

"""A count-min sketch of 64-bit hashes: fixed memory, counts never under-estimated."""
from __future__ import annotations

from array import array

_CAP = 0xFFFF  # 16-bit saturating counters: thresholds are far below this


class CountMinSketch:
    """``depth`` rows of ``width`` 16-bit counters with conservative update.

    Memory is ``2 * depth * width`` bytes whatever the corpus size. An estimate is at least
    the true count and exceeds it only when other lines collide in every row, which stays
    rare while the number of distinct lines is well below ``width``.
    """

    def __init__(self, width: int = 1 << 20, depth: int = 4) -> None:
        self.width = max(1024, int(width))
        self.depth = max(1, int(depth))
        self.rows = [array("H", bytes(2 * self.width)) for _ in range(self.depth)]

    def _cells(self, h: int) -> list[int]:
        a, b = h & 0xFFFFFFFF, (h >> 32) | 1  # Kirsch-Mitzenmacher: row i uses a + i*b
        w = self.width
        return [(a + i * b) % w for i in range(self.depth)]

    def add(self, h: int) -> None:
        cells = self._cells(h)
        rows = self.rows
        low = min(rows[i][c] for i, c in enumerate(cells))
        if low >= _CAP:
            return
        for i, c in enumerate(cells):  # conservative update: raise only the minimal counters
            if rows[i][c] == low:
                rows[i][c] = low + 1

    def add_many(self, h: int, n: int) -> None:
        """Count ``h`` ``n`` times (conservative update, like ``n`` calls of :meth:`add`)."""
        cells = self._cells(h)
        rows = self.rows
        low = min(rows[i][c] for i, c in enumerate(cells))
        target = min(_CAP, low + n)
        for i, c in enumerate(cells):
            if rows[i][c] < target:
                rows[i][c] = target

    def estimate(self, h: int) -> int:
        rows = self.rows
        return min(rows[i][c] for i, c in enumerate(self._cells(h)))

    @property
    def nbytes(self) -> int:
        return sum(r.itemsize * len(r) for r in self.rows)

"""A survey's columns with what detection and inference ask of them, computed once.

Answers repeat: a 100,000-row column of a single choice holds a handful of
distinct values. So every question about a column (is it numbers? e-mails?
choices?) is asked of its distinct values, found once in C
(``dict.fromkeys``), and per-cell work is a dictionary lookup done by ``map``.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

#: One column's cells: ``None`` for a blank cell, stripped text, or a number, date, bool….
Column = list[Any]


@contextmanager
def bulk() -> Iterator[None]:
    """No cyclic garbage collection while millions of cells are filed.

    Reading creates lists and tuples by the hundred thousand, none of them
    in a cycle; each batch of them would start a collection that walks
    every object of the program (the ORM's included), which costs a fifth
    of an import. Collection resumes afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Columns:
    """The cells of a table by column (``None`` for a column that was not kept)."""

    def __init__(
        self, columns: Sequence[Column | None], distinct: Sequence[list[Any] | None] = ()
    ) -> None:
        self._columns = columns
        # distinct values the reader already knows (never for a column of booleans and numbers)
        self._distinct: dict[int, list[Any]] = {
            i: values for i, values in enumerate(distinct) if values is not None
        }
        self._mixed: dict[int, bool] = dict.fromkeys(self._distinct, False)

    def __len__(self) -> int:
        return len(self._columns)

    def cells(self, index: int) -> Column:
        """Every cell of column ``index``; a column not kept reads as blank."""
        cells = self._columns[index]
        if cells is None:
            raise KeyError(f"column {index} was set aside unread")
        return cells

    def kept(self, index: int) -> bool:
        return self._columns[index] is not None

    def mixed(self, index: int) -> bool:
        """Both booleans and numbers in the column: ``True == 1`` would merge them in a dict."""
        self.distinct(index)
        return self._mixed[index]

    def distinct(self, index: int) -> list[Any]:
        """The column's non-blank values, each once, in order of first appearance."""
        if index not in self._distinct:
            cells = self.cells(index)
            found = dict.fromkeys(cells)
            mixed = (True in found or False in found) and bool in set(map(type, cells))
            if mixed:
                values = [v for _, v in dict.fromkeys(zip(map(type, cells), cells, strict=True))]
            else:
                values = list(found)
            self._mixed[index] = mixed
            self._distinct[index] = [v for v in values if v is not None]
        return self._distinct[index]

    def filled(self, index: int) -> int:
        """How many cells of the column are not blank."""
        cells = self.cells(index)
        return len(cells) - cells.count(None)

    def counts(self, index: int) -> Counter[Any]:
        """How often each non-blank value occurs (merging ``True`` and ``1``: see ``mixed``)."""
        counts = Counter(self.cells(index))
        counts.pop(None, None)
        return counts

    def mapped(self, index: int, convert: Callable[[Any], Any]) -> list[Any]:
        """``convert`` of every cell, called once per distinct value (blank cells give ``None``)."""
        cells = self.cells(index)
        if self.mixed(index):
            typed: dict[tuple[type, Any], Any] = {}
            out = []
            for value in cells:
                key = (value.__class__, value)
                if key not in typed:
                    typed[key] = None if value is None else convert(value)
                out.append(typed[key])
            return out
        memo = {value: convert(value) for value in self.distinct(index)}
        memo[None] = None
        return list(map(memo.__getitem__, cells))

    def first_positions(self, index: int) -> list[tuple[Any, int]]:
        """Each distinct non-blank value with the row where it first appears."""
        cells = self.cells(index)
        values = self.distinct(index)
        if len(values) <= 64 and not self.mixed(index):
            return [(v, cells.index(v)) for v in values]
        first: dict[tuple[type, Any], int] = {}
        for row, value in enumerate(cells):
            if value is not None:
                first.setdefault((value.__class__, value), row)
        return [(v, row) for (_, v), row in first.items()]

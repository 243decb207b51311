"""Reading a survey export into columns of cells, with the checks surveys need.

Surveys are stricter than other imports: the first filled row must be a
header of question texts, every column must have a distinct header (answers
are filed under it), no row may be longer than the header, and a file with
only a header is refused — an import of zero responses is a mistake, not a
survey.

The file is read slice by slice (``stream.row_slices``) and kept column by
column. Equal cells of a column share one Python object, blank cells are
``None`` and texts are stripped, so a 100,000-row export of choices costs a
pointer a cell; everything after reading (detection, inference, answers)
works on each column's distinct values rather than on every cell. Columns
set aside by their header alone (timestamps, e-mails…) are checked for
blank rows and then dropped: their values are never looked at again.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import repeat
from pathlib import Path
from typing import Any

from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.survey_import.columns import bulk
from cwd_desktop.services.survey_import.detect import set_aside_by_header
from cwd_desktop.services.survey_import.stream import Slice, row_slices
from cwd_desktop.services.tabular import Table, cell_text, column_letter, file_error, read_bytes

#: One column's cells: ``None`` for a blank cell, stripped text, or a number, date, bool….
Column = list[Any]


@dataclass(frozen=True)
class SurveyTable:
    """A survey file's header and its answer rows, column by column.

    ``columns[i]`` holds the cells under ``headers[i]``, one per respondent
    (aligned with ``rows``, the spreadsheet row numbers); it is ``None`` for
    a column set aside by its header, whose values were not kept.
    """

    source: str  # the file's name
    sha256: str  # of the file's bytes, to recognise a re-import
    header_row: int
    headers: list[str]
    rows: list[int]
    columns: list[Column | None]
    #: Each column's distinct non-blank cells in order of first appearance, when the
    #: reader kept them on the way (``None``: not known, count them again).
    distinct: list[list[Any] | None] = field(default_factory=list)

    def filled(self, columns: Sequence[int]) -> int:
        """How many respondents have a non-blank cell in any of ``columns``."""
        kept = [self.columns[c] for c in columns]
        cells = [c for c in kept if c is not None]
        if not cells:
            return 0
        if len(cells) == 1:
            return len(cells[0]) - cells[0].count(None)
        return sum(1 for row in zip(*cells, strict=True) if any(v is not None for v in row))

    @property
    def table(self) -> Table:
        """The rows as a ``Table`` (built on each call: costly for a big file; prefer columns)."""
        columns = [repeat(None) if c is None else c for c in self.columns]
        cells = zip(*columns, strict=False)  # stops at the last row: ``repeat`` does not
        rows = [(n, list(row)) for n, row in zip(self.rows, cells, strict=False)]
        return Table(self.source, self.header_row, self.headers, rows)


def read_survey_table(path: Path) -> SurveyTable:
    """The header and answer columns of a survey export; ``UserError`` on bad input."""
    data = read_bytes(path)
    sha256 = hashlib.sha256(data).hexdigest()
    builder = _Builder(path)
    with bulk():
        for piece in row_slices(path, data):
            builder.add(piece)
    return builder.finish(sha256)


# -- cells ----------------------------------------------------------------------------------


def _canonical(value: Any) -> Any:
    """A cell as kept: ``None`` when blank, texts stripped, anything else as it is."""
    if value.__class__ is str:
        return value.strip() or None
    return value


def _canonical_in(shared: list[str]) -> Callable[[Any], Any]:
    """``_canonical`` for a slice whose text cells are indices into ``shared``."""

    def canonical(value: Any) -> Any:
        if value.__class__ is str:
            if not value:
                return None
            with contextlib.suppress(ValueError, IndexError):
                value = shared[int(value)]
            return value.strip() or None
        return value

    return canonical


#: A slice of at least this many cells, more than half of them new values, makes a
#: column "wide": its cells are no longer looked up in a dictionary of values.
_WIDE_AFTER = 200


@dataclass
class _ColumnReader:
    """Turns one column's cells, slice after slice, into shared canonical objects."""

    keep: bool
    cells: Column = field(default_factory=list)
    _plain: dict[Any, Any] = field(default_factory=dict)  # raw cell → canonical
    _shared: dict[Any, Any] = field(default_factory=dict)  # raw index text → canonical
    _objects: dict[Any, Any] = field(default_factory=dict)  # canonical → the one object
    _typed: dict[tuple[type, Any], Any] = field(default_factory=dict)
    _settled: bool = False  # the last slice brought no new value
    _wide: bool = False  # values rarely repeat: they are not remembered

    def read(self, raw: Sequence[Any], shared: list[str] | None, booleans: bool) -> Column:
        """The canonical cells of ``raw``; work is done once per distinct raw value.

        A column whose values were all seen before (choices, after the first
        slice) is one dictionary lookup a cell.
        """
        memo = self._shared if shared is not None else self._plain
        if booleans and bool in set(map(type, raw)):
            return self._read_typed(raw, shared)  # True == 1 == 1.0 in a dict: keep them apart
        if self._wide:
            return list(map(_canonical if shared is None else _canonical_in(shared), raw))
        if self._settled:
            try:
                return list(map(memo.__getitem__, raw))
            except KeyError:
                pass
        new = [v for v in dict.fromkeys(raw) if v not in memo]  # in order of appearance
        self._settled = not new
        if len(new) * 2 > len(raw) >= _WIDE_AFTER:
            # Mostly new values (free text, e-mails): remembering them saves nothing.
            # Shared strings still come out as one object per text.
            self._wide = True
            memo.clear()
            self._objects.clear()
            return self.read(raw, shared, booleans)
        if new:
            canonical = _canonical if shared is None else _canonical_in(shared)
            objects = self._objects
            for value in new:
                cell = canonical(value)
                memo[value] = None if cell is None else objects.setdefault(cell, cell)
        return list(map(memo.__getitem__, raw))

    @property
    def distinct(self) -> list[Any] | None:
        """The distinct non-blank cells in order of first appearance, if they were all kept."""
        return None if self._wide or self._typed else list(self._objects)

    def _read_typed(self, raw: Sequence[Any], shared: list[str] | None) -> Column:
        canonical = _canonical if shared is None else _canonical_in(shared)
        typed = self._typed
        cells = []
        for value in raw:
            cell = canonical(value)
            if cell is not None:
                cell = typed.setdefault((cell.__class__, cell), cell)
            cells.append(cell)
        return cells


# -- the table ------------------------------------------------------------------------------


class _Builder:
    """Collects slices into a ``SurveyTable``, checking the file on the way."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.header_row = 0  # 1-based; 0 until the header is found
        self.headers: list[str] = []
        self.readers: list[_ColumnReader] = []
        self.rows: list[int] = []

    def add(self, piece: Slice) -> None:
        rows, first = piece.rows, piece.first
        if not self.header_row:
            canonical = _canonical if piece.shared is None else _canonical_in(piece.shared)
            for index, row in enumerate(rows):
                cells = [canonical(v) for v in row]
                if any(c is not None for c in cells):
                    self._header(first + index, cells)
                    rows, first = rows[index + 1 :], first + index + 1
                    break
            else:
                return
        if rows:
            self._data(first, rows, piece.shared, piece.booleans)

    def _header(self, index: int, cells: list[Any]) -> None:
        _check_header(self.path, index, cells)
        width = len(cells)
        while width and cells[width - 1] is None:
            width -= 1
        self.header_row = index + 1
        self.headers = [cell_text(c) for c in cells[:width]]
        _check_duplicates(self.path, self.header_row, self.headers)
        aside = set_aside_by_header(self.headers)
        self.readers = [_ColumnReader(keep=i not in aside) for i in range(width)]

    def _data(
        self, first: int, rows: list[list[Any]], shared: list[str] | None, booleans: bool
    ) -> None:
        width = len(self.headers)
        longest = max(map(len, rows))
        size = max(longest, width)
        if min(map(len, rows)) < size:
            rows = [row if len(row) == size else row + [None] * (size - len(row)) for row in rows]
        raw_columns = list(zip(*rows, strict=True))
        readers = self.readers
        canonical = _canonical if shared is None else _canonical_in(shared)
        columns: list[Column | None] = [
            reader.read(raw, shared, booleans) if reader.keep else None
            for reader, raw in zip(readers, raw_columns[:width], strict=True)
        ]
        if size > width:
            self._check_extra(first, raw_columns, columns, width, canonical)
        blank = _blank_rows(columns, raw_columns, canonical)
        numbers: Sequence[int] = range(first + 1, first + len(rows) + 1)
        if blank:
            keep = [i for i in range(len(rows)) if i not in blank]
            numbers = [first + 1 + i for i in keep]
            columns = [None if cells is None else [cells[i] for i in keep] for cells in columns]
        self.rows.extend(numbers)
        for reader, cells in zip(readers, columns, strict=True):
            if cells is not None:
                reader.cells.extend(cells)

    def _check_extra(
        self,
        first: int,
        raw_columns: list[tuple[Any, ...]],
        columns: list[Column | None],
        width: int,
        canonical: Callable[[Any], Any],
    ) -> None:
        """A value beyond the header's last column is refused, naming the first such row."""
        extra = [[canonical(v) for v in raw] for raw in raw_columns[width:]]
        filled = [next((i for i, v in enumerate(c) if v is not None), None) for c in extra]
        hits = [i for i in filled if i is not None]
        if not hits:
            return
        row = min(hits)
        column = width + next(j for j, c in enumerate(extra) if c[row] is not None)
        cells = [
            canonical(raw[row]) if kept is None else kept[row]
            for kept, raw in zip(columns, raw_columns, strict=False)
        ] + [c[row] for c in extra]
        length = max(i for i, v in enumerate(cells) if v is not None) + 1
        raise file_error(
            self.path,
            QT_TRANSLATE_NOOP(
                "errors",
                "Plik „{file}”, wiersz {row}: wartość w kolumnie {column}, która nie ma "
                "nagłówka (wiersz jest dłuższy niż nagłówek, ma {cells} komórek, a nagłówek "
                "{width}).",
            ),
            row=first + row + 1,
            column=column_letter(column),
            cells=length,
            width=width,
        )

    def finish(self, sha256: str) -> SurveyTable:
        if not self.header_row:
            raise file_error(self.path, QT_TRANSLATE_NOOP("errors", "Plik „{file}” jest pusty."))
        if not self.rows:
            raise file_error(
                self.path,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Plik „{file}” ma tylko wiersz nagłówka ({row}), bez żadnych odpowiedzi.",
                ),
                row=self.header_row,
            )
        return SurveyTable(
            source=self.path.name,
            sha256=sha256,
            header_row=self.header_row,
            headers=self.headers,
            rows=self.rows,
            columns=[r.cells if r.keep else None for r in self.readers],
            distinct=[r.distinct if r.keep else None for r in self.readers],
        )


def _blank_rows(
    columns: list[Column | None],
    raw_columns: list[tuple[Any, ...]],
    canonical: Callable[[Any], Any],
) -> set[int]:
    """Rows of the slice whose every cell is blank (narrowed column by column: usually at once).

    Columns that were not kept are judged from their raw cells.
    """
    candidates: Iterable[int] = range(len(raw_columns[0]) if raw_columns else 0)
    for cells, raw in zip(columns, raw_columns, strict=False):
        if cells is None:
            candidates = [i for i in candidates if canonical(raw[i]) is None]
        else:
            candidates = [i for i in candidates if cells[i] is None]
        if not candidates:
            return set()
    return set(candidates)


# -- checks ---------------------------------------------------------------------------------


def _looks_like_data(value: Any) -> bool:
    """Header cells are question texts; numbers, dates and e-mails mean the header is missing."""
    if isinstance(value, (int, float, date, datetime)) and not isinstance(value, bool):
        return True
    text = str(value).strip()
    return bool(
        re.fullmatch(r"[\d\s+\-/.:,]+", text) or re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", text)
    )


def _check_header(path: Path, index: int, cells: list[Any]) -> None:
    data = [c for c in cells if c is not None and _looks_like_data(c)]
    if data:
        raise file_error(
            path,
            QT_TRANSLATE_NOOP(
                "errors",
                "Plik „{file}” nie ma wiersza nagłówka: wiersz {row} zawiera dane („{value}”), "
                "a pierwszy wiersz musi podawać treść pytań.",
            ),
            row=index + 1,
            value=cell_text(data[0]),
        )


def _check_duplicates(path: Path, row: int, headers: list[str]) -> None:
    seen: dict[str, int] = {}
    for index, text in enumerate(headers):
        if not text:
            raise file_error(
                path,
                QT_TRANSLATE_NOOP(
                    "errors", "Plik „{file}”, wiersz {row}: kolumna {column} nie ma nagłówka."
                ),
                row=row,
                column=column_letter(index),
            )
        if text in seen:
            raise file_error(
                path,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Plik „{file}”, wiersz {row}: nagłówek „{header}” powtarza się w kolumnach "
                    "{first} i {column}; nadaj kolumnom różne nazwy.",
                ),
                row=row,
                header=text,
                first=column_letter(seen[text]),
                column=column_letter(index),
            )
        seen[text] = index

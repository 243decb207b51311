"""Reading a survey export into a ``Table``, with the checks surveys need.

The cell reading is shared with the stakeholder import (``services.tabular``).
Surveys are stricter: the first filled row must be a header of question texts,
every column must have a distinct header (answers are filed under it), no row
may be longer than the header, and a file with only a header is refused —
an import of zero responses is a mistake, not a survey.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.tabular import (
    Table,
    cell_text,
    column_letter,
    file_error,
    first_filled_row,
    is_blank,
    read_bytes,
    read_grid,
    table_from_grid,
)


@dataclass(frozen=True)
class SurveyTable:
    """A survey file's table and the sha256 of its bytes (to recognise a re-import)."""

    table: Table
    sha256: str


def read_survey_table(path: Path) -> SurveyTable:
    """The header and answer rows of a survey export; ``UserError`` on bad input."""
    data = read_bytes(path)
    sha256 = hashlib.sha256(data).hexdigest()
    grid = read_grid(path, data)
    start = first_filled_row(grid)
    if start is None:
        raise file_error(path, QT_TRANSLATE_NOOP("errors", "Plik „{file}” jest pusty."))
    header = grid[start]
    _check_header(path, start, header)
    width = _header_width(header)
    table = table_from_grid(path, grid, start)
    headers = table.headers[:width]
    _check_duplicates(path, table.header_row, headers)
    for number, cells in table.rows:
        if len(cells) > width and any(not is_blank(v) for v in cells[width:]):
            extra = next(i for i in range(width, len(cells)) if not is_blank(cells[i]))
            raise file_error(
                path,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Plik „{file}”, wiersz {row}: wartość w kolumnie {column}, która nie ma "
                    "nagłówka (wiersz jest dłuższy niż nagłówek, ma {cells} komórek, a nagłówek "
                    "{width}).",
                ),
                row=number,
                column=column_letter(extra),
                cells=len(cells),
                width=width,
            )
    if not table.rows:
        raise file_error(
            path,
            QT_TRANSLATE_NOOP(
                "errors", "Plik „{file}” ma tylko wiersz nagłówka ({row}), bez żadnych odpowiedzi."
            ),
            row=table.header_row,
        )
    rows = [(number, _pad(cells, width)) for number, cells in table.rows]
    return SurveyTable(Table(table.source, table.header_row, headers, rows), sha256)


def _header_width(header: list[Any]) -> int:
    """The header's width: up to its last non-blank cell (spreadsheets pad rows)."""
    width = len(header)
    while width and is_blank(header[width - 1]):
        width -= 1
    return width


def _pad(cells: list[Any], width: int) -> list[Any]:
    if len(cells) >= width:
        return cells[:width]
    return cells + [None] * (width - len(cells))


def _looks_like_data(value: Any) -> bool:
    """Header cells are question texts; numbers, dates and e-mails mean the header is missing."""
    if isinstance(value, (int, float, date, datetime)) and not isinstance(value, bool):
        return True
    text = str(value).strip()
    return bool(
        re.fullmatch(r"[\d\s+\-/.:,]+", text) or re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", text)
    )


def _check_header(path: Path, index: int, header: list[Any]) -> None:
    data = [c for c in header if not is_blank(c) and _looks_like_data(c)]
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

"""What every XLSX export shares: the header row, cell styling and a safe save.

Sheets are openpyxl write-only (streamed) sheets, so exports of 100,000 rows
stay within memory. Saving builds the file in memory, writes it beside the
target under a temporary name and renames it, so a failed or cancelled
export never leaves a half-written file where the user expects one.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Collection
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from cwd_desktop.exports.files import write_atomically
from cwd_desktop.i18n import Translate

Columns = tuple[tuple[str, int], ...]
DATE_FORMAT = "DD.MM.YYYY"
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
_CENTER = Alignment(horizontal="center", vertical="top")


def add_sheet(
    workbook: Workbook, title: str, columns: Columns, translate: Translate, context: str
) -> WriteOnlyWorksheet:
    """A sheet with a bold, filled, frozen and filterable header row and set widths.

    ``columns`` are (Polish title in ``context``, width) pairs.
    """
    sheet = workbook.create_sheet(title)
    sheet.freeze_panes = "A2"
    for number, (_, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}1"
    header = []
    for text, _ in columns:
        cell = WriteOnlyCell(sheet, value=translate(context, text))
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = _WRAP
        header.append(cell)
    sheet.append(header)
    return sheet


def cells(
    sheet: WriteOnlyWorksheet,
    values: list[Any],
    wrap: Collection[int] = (),
    center: Collection[int] = (),
) -> list[WriteOnlyCell]:
    """One styled row: dates formatted, texts kept as text (never a formula, leading
    zeros of codes kept), control characters Excel rejects removed."""
    row = []
    for column, raw in enumerate(values):
        value = _ILLEGAL.sub("", raw) if isinstance(raw, str) else raw
        cell = WriteOnlyCell(sheet, value=value if value != "" else None)
        if isinstance(value, str) and value:
            cell.data_type = "s"
        if isinstance(value, date):
            cell.number_format = DATE_FORMAT
        cell.alignment = _WRAP if column in wrap else _CENTER if column in center else _TOP
        row.append(cell)
    return row


def discard(workbook: Workbook) -> None:
    """Close the streamed sheets of an abandoned workbook and remove their temporary files."""
    for sheet in workbook.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()
        writer = getattr(sheet, "_writer", None)
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.cleanup()


def save(workbook: Workbook, path: Path) -> None:
    """Build the file in memory, write it beside ``path`` under a temporary name, rename."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_atomically(path, buffer.getvalue())

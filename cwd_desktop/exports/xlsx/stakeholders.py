"""The stakeholder register of a partnership as an XLSX workbook.

Sheet "Interesariusze": one row per stakeholder with its category and JST
as readable names, the JST's TERYT code, place, influence and interest and
notes. Its headers are ones the importer recognises, so an exported
register imports back (into another partnership too) with the default
mapping. Sheet "Osoby kontaktowe" is written only when asked: personal data
leaves the program only on purpose, and never that of a person who
withdrew consent.

Written to a temporary file and renamed into place, so a failed export
never leaves half a file.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cwd_desktop.services.progress import NO_PROGRESS, Progress
from cwd_desktop.services.stakeholder_reads import StakeholderReads

CONTEXT = "StakeholderRegisterXlsx"
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
_CENTER = Alignment(horizontal="center", vertical="top")
DATE_FORMAT = "DD.MM.YYYY"

#: (title, width) of the register sheet's columns; titles are importer aliases.
REGISTER_COLUMNS: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("StakeholderRegisterXlsx", "Nazwa"), 42),
    (QT_TRANSLATE_NOOP("StakeholderRegisterXlsx", "Kategoria"), 30),
    (QT_TRANSLATE_NOOP("StakeholderRegisterXlsx", "JST"), 30),
    (QT_TRANSLATE_NOOP("StakeholderRegisterXlsx", "Kod TERYT"), 11),
    (QT_TRANSLATE_NOOP("StakeholderRegisterXlsx", "Miejscowość / sołectwo"), 22),
    (QT_TRANSLATE_NOOP("StakeholderRegisterXlsx", "Wpływ (1–5)"), 11),
    (QT_TRANSLATE_NOOP("StakeholderRegisterXlsx", "Zainteresowanie (1–5)"), 14),
    (QT_TRANSLATE_NOOP("StakeholderRegisterXlsx", "Uwagi"), 50),
)
CONTACT_COLUMNS: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("StakeholderRegisterXlsx", "Interesariusz"), 42),
    (QT_TRANSLATE_NOOP("StakeholderRegisterXlsx", "Kod TERYT"), 11),
    (QT_TRANSLATE_NOOP("StakeholderRegisterXlsx", "Osoba kontaktowa"), 26),
    (QT_TRANSLATE_NOOP("StakeholderRegisterXlsx", "Funkcja"), 24),
    (QT_TRANSLATE_NOOP("StakeholderRegisterXlsx", "Telefon"), 17),
    (QT_TRANSLATE_NOOP("StakeholderRegisterXlsx", "E-mail"), 28),
    (QT_TRANSLATE_NOOP("StakeholderRegisterXlsx", "Cel zgody"), 34),
    (QT_TRANSLATE_NOOP("StakeholderRegisterXlsx", "Data zgody"), 12),
)


@dataclass(frozen=True)
class RegisterExport:
    """What an export wrote."""

    stakeholders: int
    contacts: int
    withheld: int  # contacts left out because their consent was withdrawn


def export_register(
    reads: StakeholderReads,
    partnership_id: str,
    path: Path,
    *,
    with_contacts: bool = False,
    translate: Translate = identity,
    progress: Progress = NO_PROGRESS,
) -> RegisterExport:
    """Write the partnership's register to ``path``."""
    register = reads.register(partnership_id, with_contacts=with_contacts)
    categories = {c.code: c for c in reads.categories(partnership_id)}
    workbook = Workbook(write_only=True)
    sheet = _sheet(workbook, translate(CONTEXT, "Interesariusze"), REGISTER_COLUMNS, translate)
    total = len(register)
    for done, item in enumerate(register):
        if done % 500 == 0:
            progress.update(done, total)
        category = categories.get(item.category)
        values = [
            item.name,
            item.category
            if category is None
            else category.label
            if category.custom
            else translate("vocab", category.label),
            reads.jst_name(item.teryt),
            item.teryt or "",
            item.place,
            item.influence,
            item.interest,
            item.notes,
        ]
        sheet.append(_cells(sheet, values, wrap={0, 7}, center={5, 6}))
    contacts = withheld = 0
    if with_contacts:
        people = workbook.create_sheet(translate(CONTEXT, "Osoby kontaktowe"))
        _header(people, CONTACT_COLUMNS, translate)
        for item in register:
            for person in item.contacts:
                if person.withdrawn:
                    withheld += 1
                    continue
                values = [
                    item.name,
                    item.teryt or "",
                    person.name,
                    person.role,
                    person.phone,
                    person.email,
                    person.consent_purpose,
                    person.consent_on,
                ]
                people.append(_cells(people, values, wrap={0, 6}, center=set()))
                contacts += 1
    progress.update(total, total)
    _save(workbook, path)
    return RegisterExport(total, contacts, withheld)


def _sheet(
    workbook: Workbook,
    title: str,
    columns: tuple[tuple[str, int], ...],
    translate: Translate,
) -> WriteOnlyWorksheet:
    sheet = workbook.create_sheet(title)
    _header(sheet, columns, translate)
    return sheet


def _header(
    sheet: WriteOnlyWorksheet, columns: tuple[tuple[str, int], ...], translate: Translate
) -> None:
    """A bold, filled, frozen and filterable header row; set column widths."""
    sheet.freeze_panes = "A2"
    for number, (_, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}1"
    cells = []
    for text, _ in columns:
        cell = WriteOnlyCell(sheet, value=translate(CONTEXT, text))
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = _WRAP
        cells.append(cell)
    sheet.append(cells)


def _cells(
    sheet: WriteOnlyWorksheet, values: list[Any], wrap: set[int], center: set[int]
) -> list[WriteOnlyCell]:
    """Styled cells; text is never taken for a formula; codes stay text (leading zeros)."""
    cells = []
    for column, raw in enumerate(values):
        value = _ILLEGAL.sub("", raw) if isinstance(raw, str) else raw
        cell = WriteOnlyCell(sheet, value=value if value != "" else None)
        if isinstance(value, str):
            cell.data_type = "s"
        if value is not None and not isinstance(value, (str, int)):
            cell.number_format = DATE_FORMAT
        cell.alignment = _WRAP if column in wrap else _CENTER if column in center else _TOP
        cells.append(cell)
    return cells


def _save(workbook: Workbook, path: Path) -> None:
    """Build the file in memory, write it to a temporary file beside ``path``, rename it.

    Building in memory first keeps a disk error from interrupting openpyxl's
    streaming writer half-way.
    """
    buffer = io.BytesIO()
    workbook.save(buffer)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        temp.write_bytes(buffer.getvalue())
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Nie można zapisać pliku {path}: {reason}."),
            field="path",
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc

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

from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from cwd_desktop.exports.xlsx.sheet import add_sheet, cells, save
from cwd_desktop.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cwd_desktop.services.progress import NO_PROGRESS, Progress
from cwd_desktop.services.stakeholder_reads import StakeholderReads

CONTEXT = "StakeholderRegisterXlsx"

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
    sheet = add_sheet(
        workbook, translate(CONTEXT, "Interesariusze"), REGISTER_COLUMNS, translate, CONTEXT
    )
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
        sheet.append(cells(sheet, values, wrap={0, 7}, center={5, 6}))
    contacts = withheld = 0
    if with_contacts:
        people = add_sheet(
            workbook, translate(CONTEXT, "Osoby kontaktowe"), CONTACT_COLUMNS, translate, CONTEXT
        )
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
                people.append(cells(people, values, wrap={0, 6}, center=()))
                contacts += 1
    progress.update(total, total)
    save(workbook, path)
    return RegisterExport(total, contacts, withheld)

"""One contact person's data (RODO: the right of access) as an XLSX workbook.

Built from ``services.gdpr.export_person``'s dictionary, so the JSON and
the XLSX file always say the same. Sheet "Osoba": field / value pairs of
the person, the consent record, the stakeholder and partnership; sheet
"Wzmianki": every record naming the person, with the value found and what
erasure would do with it; sheet "Konflikty synchronizacji" when the
person's record has any. Saved through ``sheet.save`` (whole or nothing).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from cwd_desktop.exports.xlsx.sheet import add_sheet, cells, save
from cwd_desktop.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cwd_desktop.services.gdpr_match import FIELD_LABELS

CONTEXT = "PersonDataXlsx"

FIELD_COLUMNS = (
    (QT_TRANSLATE_NOOP("PersonDataXlsx", "Pole"), 30),
    (QT_TRANSLATE_NOOP("PersonDataXlsx", "Wartość"), 70),
)
MENTION_COLUMNS = (
    (QT_TRANSLATE_NOOP("PersonDataXlsx", "Rodzaj wpisu"), 22),
    (QT_TRANSLATE_NOOP("PersonDataXlsx", "Gdzie"), 40),
    (QT_TRANSLATE_NOOP("PersonDataXlsx", "Pole"), 16),
    (QT_TRANSLATE_NOOP("PersonDataXlsx", "Znaleziono"), 22),
    (QT_TRANSLATE_NOOP("PersonDataXlsx", "Treść pola"), 60),
    (QT_TRANSLATE_NOOP("PersonDataXlsx", "Rekord usunięty"), 10),
    (QT_TRANSLATE_NOOP("PersonDataXlsx", "Przy usunięciu danych osoby"), 30),
    (QT_TRANSLATE_NOOP("PersonDataXlsx", "Identyfikator rekordu"), 38),
)
CONFLICT_COLUMNS = (
    (QT_TRANSLATE_NOOP("PersonDataXlsx", "Pole"), 16),
    (QT_TRANSLATE_NOOP("PersonDataXlsx", "Wartość obecna"), 28),
    (QT_TRANSLATE_NOOP("PersonDataXlsx", "Kto"), 16),
    (QT_TRANSLATE_NOOP("PersonDataXlsx", "Wartość druga"), 28),
    (QT_TRANSLATE_NOOP("PersonDataXlsx", "Kto"), 16),
    (QT_TRANSLATE_NOOP("PersonDataXlsx", "Zapisano"), 18),
    (QT_TRANSLATE_NOOP("PersonDataXlsx", "Rozstrzygnięto"), 18),
)
FOUND = {
    "name": QT_TRANSLATE_NOOP("PersonDataXlsx", "imię i nazwisko"),
    "email": QT_TRANSLATE_NOOP("PersonDataXlsx", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("PersonDataXlsx", "telefon"),
}
ACTIONS = {
    "tombstone": QT_TRANSLATE_NOOP("PersonDataXlsx", "wpis zostanie usunięty"),
    "blank": QT_TRANSLATE_NOOP("PersonDataXlsx", "pole zostanie wyczyszczone"),
    "redact": QT_TRANSLATE_NOOP("PersonDataXlsx", "e-mail i telefon zostaną zastąpione"),
    "review": QT_TRANSLATE_NOOP("PersonDataXlsx", "do poprawienia ręcznie"),
    "keep": QT_TRANSLATE_NOOP("PersonDataXlsx", "bez zmian (rekord usunięty)"),
}


def _day(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _moment(value: Any) -> str:
    if not value:
        return ""
    try:
        return datetime.fromisoformat(str(value)).strftime("%d.%m.%Y %H:%M")
    except ValueError:
        return str(value)


def _display(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def write_person_xlsx(data: dict[str, Any], path: Path, translate: Translate = identity) -> Path:
    """Write ``data`` (from ``export_person``) to ``path``; return ``path``."""

    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    person, owner, partnership = data["person"], data["stakeholder"], data["partnership"]
    consent = person["consent"]
    workbook = Workbook(write_only=True)
    sheet = add_sheet(
        workbook,
        tr(QT_TRANSLATE_NOOP("PersonDataXlsx", "Osoba")),
        FIELD_COLUMNS,
        translate,
        CONTEXT,
    )
    facts: list[tuple[str, Any]] = [
        (QT_TRANSLATE_NOOP("PersonDataXlsx", "Imię i nazwisko"), person["name"]),
        (QT_TRANSLATE_NOOP("PersonDataXlsx", "Funkcja"), person["role"]),
        (QT_TRANSLATE_NOOP("PersonDataXlsx", "Telefon"), person["phone"]),
        (QT_TRANSLATE_NOOP("PersonDataXlsx", "E-mail"), person["email"]),
        (QT_TRANSLATE_NOOP("PersonDataXlsx", "Cel zgody"), consent["purpose"]),
        (QT_TRANSLATE_NOOP("PersonDataXlsx", "Data udzielenia zgody"), _day(consent["given_on"])),
        (
            QT_TRANSLATE_NOOP("PersonDataXlsx", "Data wycofania zgody"),
            _day(consent["withdrawn_on"]),
        ),
        (QT_TRANSLATE_NOOP("PersonDataXlsx", "Interesariusz"), owner["name"]),
        (QT_TRANSLATE_NOOP("PersonDataXlsx", "Kategoria interesariusza"), owner["category"]),
        (QT_TRANSLATE_NOOP("PersonDataXlsx", "JST"), owner["jst"]),
        (QT_TRANSLATE_NOOP("PersonDataXlsx", "Miejscowość / sołectwo"), owner["place"]),
        (
            QT_TRANSLATE_NOOP("PersonDataXlsx", "Partnerstwo"),
            f"{partnership['name']} ({partnership['short_name']})",
        ),
        (QT_TRANSLATE_NOOP("PersonDataXlsx", "Identyfikator osoby"), person["id"]),
        (
            QT_TRANSLATE_NOOP("PersonDataXlsx", "Ostatnia zmiana rekordu"),
            _moment(person["last_changed_at"]),
        ),
        (
            QT_TRANSLATE_NOOP("PersonDataXlsx", "Zmiany jeszcze niezsynchronizowane"),
            data["unsent_changes"],
        ),
        (QT_TRANSLATE_NOOP("PersonDataXlsx", "Data zestawienia"), _moment(data["exported_at"])),
        (
            QT_TRANSLATE_NOOP("PersonDataXlsx", "Zakres zestawienia"),
            translate("PersonData", data["scope"]),
        ),
    ]
    for label, value in facts:
        sheet.append(cells(sheet, [tr(label), value], wrap={1}))

    mentions = add_sheet(
        workbook,
        tr(QT_TRANSLATE_NOOP("PersonDataXlsx", "Wzmianki")),
        MENTION_COLUMNS,
        translate,
        CONTEXT,
    )
    yes = tr(QT_TRANSLATE_NOOP("PersonDataXlsx", "tak"))
    for m in data["mentions"]:
        field_name = FIELD_LABELS.get(m["field"])
        values = [
            translate("PersonData", m["kind"]),
            m["where"],
            translate("PersonData", field_name) if field_name else m["field"],
            ", ".join(tr(FOUND[f]) for f in m["found"] if f in FOUND),
            m["value"],
            yes if m["deleted_record"] else "",
            tr(ACTIONS.get(m["on_erasure"], m["on_erasure"])),
            m["row_id"],
        ]
        mentions.append(cells(mentions, values, wrap={1, 4, 6}))

    if data["sync_conflicts"]:
        clashes = add_sheet(
            workbook,
            tr(QT_TRANSLATE_NOOP("PersonDataXlsx", "Konflikty synchronizacji")),
            CONFLICT_COLUMNS,
            translate,
            CONTEXT,
        )
        for c in data["sync_conflicts"]:
            values = [
                c["field"],
                _display(c["current"]),
                c["current_by"],
                _display(c["other"]),
                c["other_by"],
                _moment(c["created_at"]),
                _moment(c["resolved_at"]),
            ]
            clashes.append(cells(clashes, values, wrap={1, 3}))
    save(workbook, path)
    return path

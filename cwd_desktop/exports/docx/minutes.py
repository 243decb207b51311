"""Protokół ze spotkania: the minutes of one meeting (``export minutes --meeting M``).

What a partnership's meeting minutes conventionally hold: the meeting's
title, date and place, the mission or working group it belongs to, the
attendance list (present and absent), the agenda, the course of the
meeting, the decisions taken and the action items with their owner,
deadline and status. Agenda and decision lines typed as "1. …" or "- …"
become list items without the typed marker. A contact person who withdrew
consent is left out of the attendance list and of the owners of action
items (``services.gdpr.withheld_people``).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from cwd_desktop.domain.vocab import ActionStatus, DocumentKind, label
from cwd_desktop.errors import UserError
from cwd_desktop.exports.docx.registry import exporter
from cwd_desktop.exports.docx.writer import STYLE_SUBTITLE, STYLE_TITLE, DocxWriter, plural
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.consultation_reads import format_date
from cwd_desktop.services.fieldwork import FieldworkReads
from cwd_desktop.services.gdpr import Withheld, withheld_people

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services

TITLE = "Protokół ze spotkania"
_MARKER = re.compile(r"^\s*(?:\d+[.)]|[-–•*])\s+")
_ALL = 1 << 40


def meeting_choices(services: Services, partnership_id: str) -> list[tuple[str, str]]:
    """The partnership's meetings, newest first, as (id, "dd.mm.rrrr — title")."""
    rows = FieldworkReads(services.store).meetings(partnership_id)("", 0, _ALL)
    return [(str(r["id"]), f"{format_date(r['held_on'])} — {r['title']}") for r in rows]


def _items(text: str) -> list[str]:
    """Lines of a typed list without their typed numbers or dashes."""
    return [_MARKER.sub("", line).strip() for line in text.splitlines() if line.strip()]


def _teryt_name(services: Services, code: str | None) -> str:
    if not code:
        return ""
    row = (
        services.store.reader()
        .execute("SELECT name FROM teryt_unit WHERE code = ?", (code,))
        .fetchone()
    )
    return str(row[0]) if row else ""


def _stakeholder_names(services: Services, partnership_id: str) -> dict[str, str]:
    rows = services.store.reader().execute(
        "SELECT id, name FROM stakeholder WHERE partnership_id = ? AND deleted_at IS NULL",
        (partnership_id,),
    )
    return {str(a): str(b) for a, b in rows}


@exporter(DocumentKind.MINUTES, subject="meeting", choices=meeting_choices)
def build(
    services: Services, partnership_id: str, writer: DocxWriter, *, meeting: str, **_: Any
) -> str:
    """Write the minutes of ``meeting``; return the document's title."""
    reads = FieldworkReads(services.store)
    row = reads.meeting(meeting)
    owner = (
        services.store.reader()
        .execute("SELECT partnership_id FROM meeting WHERE id = ?", (meeting,))
        .fetchone()
    )
    view = services.partnerships.get(partnership_id)
    if row is None or owner is None or str(owner[0]) != partnership_id:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Nie ma spotkania {id} w partnerstwie {partnership}."),
            field="meeting",
            id=meeting,
            partnership=view.data.short_name,
        )
    held: date | None = row["held_on"]
    writer.title = f"{TITLE}: {row['title']}"
    writer.header_footer(f"{view.data.short_name} — protokół ze spotkania {format_date(held)}")
    writer.paragraph(TITLE, STYLE_TITLE)
    writer.paragraph(row["title"], STYLE_SUBTITLE)

    place = ", ".join(p for p in (row["place"], _teryt_name(services, row["teryt"])) if p)
    facts = [
        ("Partnerstwo", f"{view.data.name} ({view.data.short_name})"),
        ("Data", format_date(held) or "—"),
        ("Miejsce", place or "—"),
    ]
    if row["mission"]:
        facts.append(("Misja", row["mission"]))
    if row["group_name"]:
        facts.append(("Grupa robocza", row["group_name"]))
    writer.facts(facts)

    withheld = withheld_people(services.store, partnership_id)
    _attendance(services, writer, partnership_id, meeting, withheld)
    writer.heading("Porządek spotkania", 1)
    agenda = _items(row["agenda"])
    if agenda:
        writer.numbered(agenda)
    else:
        writer.paragraph("Nie zapisano porządku spotkania.")
    writer.heading("Przebieg spotkania", 1)
    if not writer.paragraph(row["minutes"]):
        writer.paragraph("Nie zapisano przebiegu spotkania.")
    writer.heading("Ustalenia", 1)
    decisions = _items(row["decisions"])
    if decisions:
        writer.numbered(decisions)
    else:
        writer.paragraph("Nie podjęto ustaleń.")
    _actions(writer, reads, meeting, withheld)
    writer.facts(
        [
            ("Protokół sporządził(a)", writer.author or "…………………………"),
            ("Data sporządzenia", format_date(date.today())),
        ]
    )
    return writer.title


def _attendance(
    services: Services, writer: DocxWriter, partnership_id: str, meeting: str, withheld: Withheld
) -> None:
    people = FieldworkReads(services.store).attendance(meeting)("", 0, _ALL)
    people = [p for p in people if not withheld.hides(p["name"])]  # consent withdrawn (RODO)
    writer.heading("Lista obecności", 1)
    if not people:
        writer.paragraph("Nie zapisano listy obecności.")
        return
    stakeholders = _stakeholder_names(services, partnership_id)
    present = sum(1 for p in people if p["present"])
    writer.paragraph(
        f"Obecni: {plural(present, 'osoba', 'osoby', 'osób')}; "
        f"nieobecni: {plural(len(people) - present, 'osoba', 'osoby', 'osób')}."
    )
    rows = []
    for number, person in enumerate(people, start=1):
        role = person["role"] or ""
        organisation = stakeholders.get(person["stakeholder_id"] or "", "")
        if organisation and organisation not in role:
            role = f"{role}, {organisation}" if role else organisation
        rows.append(
            [str(number), person["name"], role, "obecny/a" if person["present"] else "nieobecny/a"]
        )
    writer.table(
        ["Lp.", "Imię i nazwisko", "Funkcja, instytucja", "Obecność"],
        rows,
        caption="Lista obecności",
        widths_cm=[1.2, 5.0, 7.3, 2.5],
        number_columns=(0,),
    )


def _actions(writer: DocxWriter, reads: FieldworkReads, meeting: str, withheld: Withheld) -> None:
    items = reads.action_items(meeting)("", 0, _ALL)
    writer.heading("Zadania do wykonania", 1)
    if not items:
        writer.paragraph("Nie przydzielono zadań.")
        return
    statuses = {s.value: label(s) for s in ActionStatus}
    writer.table(
        ["Lp.", "Zadanie", "Odpowiedzialny", "Termin", "Status"],
        [
            [
                str(number),
                item["description"],
                withheld.shown(item["owner"]),
                format_date(item["due_on"]) or "—",
                statuses.get(item["status"], item["status"]),
            ]
            for number, item in enumerate(items, start=1)
        ],
        caption="Zadania do wykonania",
        widths_cm=[1.0, 6.6, 3.6, 2.3, 2.5],
        number_columns=(0,),
    )

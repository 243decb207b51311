"""Zarys wniosku o dofinansowanie: the application outline of the key project.

Only the partnership's key project has one (DOMAIN.md: marking the key
project opens its application outline with a sector analysis). The
document gives the call, the outline's sections, the sector analysis, the
fiche's facts, the schedule with its Gantt chart, the budget with the
funding table, the indicators and the feasibility analysis, reusing the
fiche parts of the package export. A project that is unknown or not the key
one is a single sentence, before anything is written. The author of a
consultation comment who withdrew consent is not named (RODO).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from cwd_desktop.domain.vocab import DocumentKind
from cwd_desktop.errors import UserError
from cwd_desktop.exports.docx.projects import (
    picture_folder,
    write_comments,
    write_facts,
    write_feasibility,
    write_funding,
    write_indicators,
    write_schedule,
)
from cwd_desktop.exports.docx.registry import exporter
from cwd_desktop.exports.docx.writer import DocxWriter
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services import project_package as package
from cwd_desktop.services.gdpr import withheld_people

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services

TITLE = "Zarys wniosku o dofinansowanie"
EMPTY = "Sekcji jeszcze nie opracowano."


def project_choices(services: Services, partnership_id: str) -> list[tuple[str, str]]:
    """The key project (the only one with an outline) as (id, "2. title")."""
    key = package.key_project_id(services.store, partnership_id)
    row = package.get_project(services.store, key) if key else None
    return [(row["id"], f"{row['number']}. {row['title']}")] if row else []


def _key_fiche(services: Services, partnership_id: str, ref: str) -> package.Fiche:
    """The fiche of ``ref`` (id, number or title) if it is the key project, else a UserError."""
    short = services.partnerships.get(partnership_id).data.short_name
    row = package.find_project(services.store, partnership_id, ref)
    if row is None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Projekt „{ref}” nie istnieje w partnerstwie {short}."),
            field="project",
            ref=ref,
            short=short,
        )
    if not row["is_key"]:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Projekt „{title}” nie jest projektem kluczowym partnerstwa {short}, "
                "a zarys wniosku przygotowuje się tylko dla projektu kluczowego.",
            ),
            field="project",
            title=row["title"],
            short=short,
        )
    return package.fiches(services.store, partnership_id, [row["id"]])[0]


def _sections(writer: DocxWriter, outline: dict[str, Any], sections: Any, prefix: str) -> None:
    for number, (name, title) in enumerate(sections, start=1):
        writer.heading(f"{prefix}.{number}. {title}", 2)
        writer.paragraph(outline.get(name) or EMPTY)


@exporter(DocumentKind.APPLICATION, subject="project", choices=project_choices)
def build(
    services: Services, partnership_id: str, writer: DocxWriter, *, project: str, **_: Any
) -> str:
    """Write the application outline of the key project ``project``; return its title."""
    fiche = _key_fiche(services, partnership_id, str(project))
    view = services.partnerships.get(partnership_id)
    outline = package.application(services.store, fiche.project["id"]) or {}
    p = fiche.project
    writer.title_page(
        TITLE,
        p["title"],
        [
            f"Partnerstwo: {view.data.name} ({view.data.short_name})",
            f"Lider projektu: {fiche.leader or '—'}",
            f"Program: {outline.get('programme') or '—'}",
            f"Data sporządzenia: {package.date_text(date.today())}",
        ],
    )
    writer.header_footer(f"{view.data.short_name} — zarys wniosku: {p['title']}")
    writer.toc()
    writer.page_break()
    writer.heading("1. Nabór", 1)
    writer.facts(
        [
            ("Program", outline.get("programme") or "—"),
            ("Działanie / priorytet", outline.get("measure") or "—"),
            ("Nabór", outline.get("call") or "—"),
        ]
    )
    writer.heading("2. Zarys projektu", 1)
    _sections(writer, outline, package.APPLICATION_SECTIONS[:3], "2")
    writer.heading("3. Analiza sektorowa", 1)
    _sections(writer, outline, package.SECTOR_SECTIONS, "3")
    writer.progress.update(1, 3, "")
    writer.heading("4. Fiszka projektu", 1)
    write_facts(writer, fiche)
    for number, (title, name) in enumerate(
        (("Opis projektu", "description"), ("Zakres rzeczowy", "scope")), start=1
    ):
        writer.heading(f"4.{number}. {title}", 2)
        writer.paragraph(p[name] or EMPTY)
    writer.heading("4.3. Zintegrowany charakter", 2)
    writer.paragraph(p["integrated"] or EMPTY)
    with picture_folder() as folder:
        writer.heading("5. Harmonogram", 1)
        write_schedule(writer, fiche, 0, folder)
    writer.progress.update(2, 3, "")
    writer.heading("6. Budżet i finansowanie", 1)
    if outline.get("budget"):
        writer.paragraph(outline["budget"])
    write_funding(writer, fiche, 0)
    writer.heading("7. Wskaźniki", 1)
    write_indicators(writer, fiche, 0)
    write_comments(writer, fiche, None, withheld=withheld_people(services.store, partnership_id))
    writer.heading("8. Wstępna analiza wykonalności", 1)
    write_feasibility(writer, fiche, 0)
    return f"{TITLE} — {p['title']}"

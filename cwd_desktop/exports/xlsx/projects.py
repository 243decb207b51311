"""The project package as an XLSX workbook, for the office that prepares the applications.

Sheets: "Przegląd" (cost by funding source, by policy objective, by
thematic area, counts by status and readiness, and the projects whose
funding does not add up), "Projekty" (one row per project with every fiche
field, the feasibility analysis included), "Finansowanie", "Harmonogram"
and "Wskaźniki" (one row per funding source, task and indicator, each with
its project's number and title). Amounts are numbers formatted as PLN, dates
real dates, so Calc and Excel can sum, sort and filter them. A comment
author who withdrew consent is not named (``services.gdpr.withheld_people``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from cwd_desktop.domain.vocab import (
    FundingSource,
    PolicyObjective,
    ProjectStatus,
    Readiness,
    ThematicArea,
)
from cwd_desktop.exports.xlsx.sheet import add_sheet, cells, discard, save
from cwd_desktop.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cwd_desktop.services import project_package as package
from cwd_desktop.services.gdpr import Withheld, withheld_people
from cwd_desktop.services.progress import NO_PROGRESS, Progress
from cwd_desktop.store import Store

CONTEXT = "ProjectPackageXlsx"
AMOUNT_FORMAT = '#,##0.00 "zł"'
OVERVIEW_SHEET = QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Przegląd")
PROJECTS_SHEET = QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Projekty")
FUNDING_SHEET = QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Finansowanie")
TASKS_SHEET = QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Harmonogram")
INDICATORS_SHEET = QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Wskaźniki")

OVERVIEW_COLUMNS: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Zestawienie"), 26),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Pozycja"), 48),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Kwota (zł)"), 18),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Udział"), 9),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Liczba projektów"), 10),
)
PROJECT_COLUMNS: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Nr"), 5),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Tytuł projektu"), 40),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Projekt kluczowy"), 9),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Lider (JST)"), 18),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "TERYT lidera"), 10),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Partnerzy"), 28),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Lokalizacja"), 24),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Cel polityki spójności"), 22),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Obszar tematyczny"), 20),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Koszt szacunkowy (zł)"), 16),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Suma źródeł finansowania (zł)"), 16),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Stopień przygotowania"), 16),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Status"), 16),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Początek"), 11),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Koniec"), 11),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Cele i kierunki strategii"), 36),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Uwagi z konsultacji"), 30),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Opis"), 50),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Zakres"), 50),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Zintegrowany charakter"), 40),
    *((title, 45) for _, title in package.FEASIBILITY),
)
FUNDING_COLUMNS: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Nr"), 5),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Tytuł projektu"), 40),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Źródło finansowania"), 24),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Kwota (zł)"), 18),
)
TASK_COLUMNS: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Nr"), 5),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Tytuł projektu"), 40),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Zadanie"), 40),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Początek"), 11),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Koniec"), 11),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Dni"), 7),
)
INDICATOR_COLUMNS: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Nr"), 5),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Tytuł projektu"), 40),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Rodzaj"), 10),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Wskaźnik"), 40),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Jednostka"), 12),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Wartość bazowa"), 10),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Wartość docelowa"), 10),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Rok"), 7),
    (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Źródło danych"), 30),
)


def _vocab(translate: Translate, enum: Any, code: str | None) -> str:
    return translate("vocab", package.vocab_label(enum, code)) if code else ""


def _amounts(row: list[WriteOnlyCell], *columns: int) -> list[WriteOnlyCell]:
    for column in columns:
        row[column].number_format = AMOUNT_FORMAT
    return row


def export_package(
    store: Store,
    partnership_id: str,
    path: Path,
    *,
    translate: Translate = identity,
    progress: Progress = NO_PROGRESS,
) -> int:
    """Write the partnership's project package to ``path``; return the number of projects."""
    workbook = Workbook(write_only=True)
    try:
        return _write(workbook, store, partnership_id, path, translate, progress)
    except BaseException:
        discard(workbook)
        raise


def _sheet(
    workbook: Workbook, title: str, columns: tuple[tuple[str, int], ...], translate: Translate
) -> WriteOnlyWorksheet:
    return add_sheet(workbook, translate(CONTEXT, title), columns, translate, CONTEXT)


def _write(
    workbook: Workbook,
    store: Store,
    partnership_id: str,
    path: Path,
    translate: Translate,
    progress: Progress,
) -> int:
    overview_sheet = _sheet(workbook, OVERVIEW_SHEET, OVERVIEW_COLUMNS, translate)
    projects_sheet = _sheet(workbook, PROJECTS_SHEET, PROJECT_COLUMNS, translate)
    funding_sheet = _sheet(workbook, FUNDING_SHEET, FUNDING_COLUMNS, translate)
    tasks_sheet = _sheet(workbook, TASKS_SHEET, TASK_COLUMNS, translate)
    indicators_sheet = _sheet(workbook, INDICATORS_SHEET, INDICATOR_COLUMNS, translate)
    _overview(overview_sheet, package.overview(store, partnership_id), translate)
    found = package.fiches(store, partnership_id)
    withheld = withheld_people(store, partnership_id)
    yes = translate(CONTEXT, QT_TRANSLATE_NOOP("ProjectPackageXlsx", "tak"))
    for done, fiche in enumerate(found, start=1):
        p = fiche.project
        number, title = p["number"], p["title"]
        links = "\n".join(
            f"{link['objective_label']}"
            + (f" / {link['direction_label']}" if link["direction_label"] else "")
            for link in fiche.links
        )
        comments = "\n".join(_comment(c, withheld) for c in fiche.comments)
        values: list[Any] = [
            number,
            title,
            yes if p["is_key"] else "",
            fiche.leader,
            p["leader_teryt"] or "",
            p["partners"],
            p["location"],
            _vocab(translate, PolicyObjective, p["policy_objective"]),
            _vocab(translate, ThematicArea, p["thematic_area"]),
            p["cost"],
            fiche.funding_total,
            _vocab(translate, Readiness, p["readiness"]),
            _vocab(translate, ProjectStatus, p["status"]),
            p["start_on"],
            p["end_on"],
            links,
            comments,
            p["description"],
            p["scope"],
            p["integrated"],
            *(p[name] for name, _ in package.FEASIBILITY),
        ]
        wrap = {1, 5, 6, 15, 16, *range(17, len(values))}
        projects_sheet.append(
            _amounts(cells(projects_sheet, values, wrap=wrap, center={0, 2, 4}), 9, 10)
        )
        for funding in fiche.funding:
            row = [
                number,
                title,
                _vocab(translate, FundingSource, funding["source"]),
                funding["amount"],
            ]
            funding_sheet.append(_amounts(cells(funding_sheet, row, wrap={1}, center={0}), 3))
        for task in fiche.tasks:
            days = (task["end_on"] - task["start_on"]).days + 1
            row = [number, title, task["name"], task["start_on"], task["end_on"], days]
            tasks_sheet.append(cells(tasks_sheet, row, wrap={1, 2}, center={0}))
        for indicator in fiche.indicators:
            row = [
                number,
                title,
                translate("vocab", package.indicator_kind_label(indicator["kind"])),
                indicator["name"],
                indicator["unit"],
                indicator["baseline"],
                indicator["target"],
                indicator["year"],
                indicator["source"],
            ]
            indicators_sheet.append(cells(indicators_sheet, row, wrap={1, 3, 8}, center={0, 7}))
        progress.update(done, len(found))
    save(workbook, path)
    return len(found)


def _comment(comment: dict[str, Any], withheld: Withheld) -> str:
    """ "12.03.2024 nr 4: Jan Nowak — text"; without the author if none or withheld (RODO)."""
    author = withheld.shown(comment["author"])
    head = f"{package.date_text(comment['held_on'])} nr {comment['number']}: "
    return head + (f"{author} — " if author else "") + str(comment["content"])


def _overview(
    sheet: WriteOnlyWorksheet, figures: package.PackageOverview, translate: Translate
) -> None:
    """The breakdowns, one block after another, each amount with its share of the total."""

    def line(group: str, item: str, amount: float | None, share: str, count: int | None) -> None:
        sheet.append(_amounts(cells(sheet, [group, item, amount, share, count], wrap={1}), 2))

    line(
        translate(CONTEXT, QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Pakiet projektów")),
        translate(CONTEXT, QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Koszt wszystkich projektów")),
        figures.cost,
        "100%" if figures.cost else "",
        figures.projects,
    )
    line(
        translate(CONTEXT, QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Pakiet projektów")),
        translate(CONTEXT, QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Suma źródeł finansowania")),
        figures.funding,
        package.percent_text(figures.funding, figures.cost),
        None,
    )
    blocks = (
        (
            QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Źródło finansowania"),
            figures.by_source,
            figures.funding,
        ),
        (
            QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Cel polityki spójności"),
            figures.by_policy,
            figures.cost,
        ),
        (
            QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Obszar tematyczny"),
            figures.by_area,
            figures.cost,
        ),
        (QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Status"), figures.by_status, figures.cost),
        (
            QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Stopień przygotowania"),
            figures.by_readiness,
            figures.cost,
        ),
    )
    for group, shares, whole in blocks:
        for share in shares:
            line(
                translate(CONTEXT, group),
                translate("vocab", share.label),
                share.amount,
                package.percent_text(share.amount, whole),
                share.count,
            )
    for number, title, cost, funding in figures.mismatched:
        line(
            translate(
                CONTEXT, QT_TRANSLATE_NOOP("ProjectPackageXlsx", "Finansowanie niezgodne z kosztem")
            ),
            f"{number}. {title}",
            funding - cost,
            "",
            None,
        )

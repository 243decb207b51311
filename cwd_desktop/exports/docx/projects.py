"""Pakiet projektów: the package overview, then one fiche per project.

The document opens with the package in figures (a summary table of every
project, cost by funding source, by policy objective and by thematic area,
as tables and charts, and the projects whose funding does not add up to
their cost), then gives each project its fiche: a facts table, description
and scope, funding, the schedule as a table and a Gantt chart, indicators,
the consultation comments that shaped it and the feasibility analysis. The
author of a comment who withdrew consent is not named
(``services.gdpr.withheld_people``).

The ``write_*`` functions are public so the application outline
(``application.py``) and the strategy can write the same parts. Tables go
through ``DocxWriter.table`` (fast for hundreds of fiches); the Gantt image
is painted into a ``QImage`` (``ui.gantt_chart.render_gantt_png``), which is
safe on the export's background thread.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docx.shared import Pt

from cwd_desktop.domain.vocab import (
    DocumentKind,
    FundingSource,
    PolicyObjective,
    ProjectStatus,
    Readiness,
    ThematicArea,
)
from cwd_desktop.exports.docx.registry import exporter
from cwd_desktop.exports.docx.writer import DocxWriter, plural
from cwd_desktop.services import project_package as package
from cwd_desktop.services.gdpr import Withheld, withheld_people
from cwd_desktop.services.project_package import Fiche, amount_text, date_text, vocab_label

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services

TITLE = "Pakiet projektów"
NO_PROJECTS = "Pakiet nie zawiera jeszcze żadnego projektu."
SUMMARY_HEADER = ["Nr", "Tytuł projektu", "Lider", "Cel PO", "Obszar", "Koszt (zł)", "Status"]
FACTS_HEADER = ["Element fiszki", "Opis"]
FUNDING_HEADER = ["Źródło finansowania", "Kwota (zł)", "Udział"]
TASK_HEADER = ["Lp.", "Zadanie", "Początek", "Koniec"]
INDICATOR_HEADER = [
    "Rodzaj",
    "Wskaźnik",
    "Jednostka",
    "Wartość bazowa",
    "Wartość docelowa",
    "Rok",
    "Źródło danych",
]
SHARE_HEADER = ["", "Kwota (zł)", "Udział", "Projekty"]
#: The Gantt image's width: 190 dpi at 16 cm, and quick to write for 200 fiches.
GANTT_WIDTH_PX = 1200


# -- small helpers -------------------------------------------------------------------------


def _amount(value: float) -> str:
    return amount_text(value)


def _policy_short(code: str | None) -> str:
    """ "PO3" from "PO3 Europa lepiej połączona"."""
    return vocab_label(PolicyObjective, code).split(" ")[0]


def _period(fiche: Fiche) -> str:
    start, end = fiche.span
    if start and end:
        return f"{date_text(start)} – {date_text(end)}"
    return date_text(start) or date_text(end) or "—"


def fiche_heading(fiche: Fiche) -> str:
    """ "3. Szlak rowerowy Zalewu Wiślanego (projekt kluczowy)"."""
    p = fiche.project
    key = " (projekt kluczowy)" if p["is_key"] else ""
    return f"{p['number']}. {p['title']}{key}"


def gantt_rows(tasks: list[dict[str, Any]]) -> list[Any]:
    """The schedule's tasks as Gantt rows (the chart module is loaded only when drawing)."""
    from cwd_desktop.ui.gantt_chart import GanttRow

    return [
        GanttRow(t["name"], t["start_on"], t["end_on"])
        for t in tasks
        if t["start_on"] and t["end_on"]
    ]


@contextmanager
def picture_folder() -> Iterator[Path]:
    """A temporary folder for images; python-docx reads each picture when it is inserted."""
    with tempfile.TemporaryDirectory(prefix="cwd-projects-") as name:
        yield Path(name)


def section_title(writer: DocxWriter, text: str, level: int | None) -> None:
    """A heading of ``level``, (None) a bold line kept with what follows, or (0) nothing.

    The package's fiches use bold lines for their parts, so the table of
    contents lists the projects, not seven parts of each; a document that
    has its own heading for the part passes 0.
    """
    if level == 0:
        return
    if level is not None:
        writer.heading(text, level)
        return
    paragraph = writer.paragraph(text)
    if paragraph is not None:
        for run in paragraph.runs:
            run.bold = True
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.space_before = Pt(8)


# -- the parts of a fiche -------------------------------------------------------------------


def write_facts(writer: DocxWriter, fiche: Fiche) -> None:
    """The fiche's facts as a two-column table."""
    p = fiche.project
    links = [
        link["objective_label"]
        + (f" — {link['direction_label']}" if link["direction_label"] else "")
        for link in fiche.links
    ]
    rows = [
        ["Numer projektu", str(p["number"])],
        ["Tytuł", p["title"]],
        ["Lider (JST)", fiche.leader or "—"],
        ["Partnerzy", p["partners"] or "—"],
        ["Lokalizacja", p["location"] or "—"],
        ["Cel polityki spójności", vocab_label(PolicyObjective, p["policy_objective"]) or "—"],
        ["Obszar tematyczny", vocab_label(ThematicArea, p["thematic_area"]) or "—"],
        ["Cele i kierunki strategii", "\n".join(links) or "—"],
        ["Szacowany koszt", f"{_amount(p['cost'])} zł"],
        ["Stopień przygotowania", vocab_label(Readiness, p["readiness"]) or "—"],
        ["Status", vocab_label(ProjectStatus, p["status"]) or "—"],
        ["Okres realizacji", _period(fiche)],
    ]
    writer.table(
        FACTS_HEADER,
        rows,
        widths_cm=[4.5, 11.5],
        caption=f"Fiszka projektu nr {p['number']}",
    )


def write_description(writer: DocxWriter, fiche: Fiche, level: int | None) -> None:
    """Description, scope and the integrated character, those that are filled in."""
    p = fiche.project
    for title, name in (
        ("Opis projektu", "description"),
        ("Zakres rzeczowy", "scope"),
        ("Zintegrowany charakter", "integrated"),
    ):
        if p[name].strip():
            section_title(writer, title, level)
            writer.paragraph(p[name])


def write_funding(writer: DocxWriter, fiche: Fiche, level: int | None) -> None:
    """The funding sources with their shares, the total, and a warning if it misses the cost."""
    p = fiche.project
    section_title(writer, "Finansowanie", level)
    total = fiche.funding_total
    if not fiche.funding:
        writer.paragraph("Nie wskazano źródeł finansowania.")
    else:
        rows = [
            [
                vocab_label(FundingSource, f["source"]),
                _amount(f["amount"]),
                package.percent_text(f["amount"], total),
            ]
            for f in fiche.funding
        ]
        rows.append(["Razem", _amount(total), "100%" if total else "—"])
        writer.table(
            FUNDING_HEADER,
            rows,
            widths_cm=[8.0, 5.0, 3.0],
            caption=f"Źródła finansowania projektu nr {p['number']}",
            number_columns=(1, 2),
        )
    warning = package.funding_warning(p["cost"], total)
    if warning:
        writer.notice("Uwaga do finansowania:", [warning])


def write_schedule(
    writer: DocxWriter, fiche: Fiche, level: int | None, folder: Path, *, gantt: bool = True
) -> None:
    """The schedule as a table of tasks and, with ``gantt``, a Gantt chart."""
    p = fiche.project
    section_title(writer, "Harmonogram", level)
    if not fiche.tasks:
        writer.paragraph(f"Okres realizacji: {_period(fiche)}. Nie rozpisano zadań.")
        return
    writer.table(
        TASK_HEADER,
        [
            [str(n), t["name"], date_text(t["start_on"]), date_text(t["end_on"])]
            for n, t in enumerate(fiche.tasks, start=1)
        ],
        widths_cm=[1.2, 9.6, 2.6, 2.6],
        caption=f"Zadania projektu nr {p['number']}",
        number_columns=(0,),
    )
    if gantt:
        from cwd_desktop.ui.gantt_chart import render_gantt_png

        path = render_gantt_png(
            gantt_rows(fiche.tasks), folder / f"gantt-{p['id']}.png", GANTT_WIDTH_PX
        )
        writer.picture(path, width_cm=16, caption=f"Harmonogram projektu nr {p['number']}")


def write_indicators(writer: DocxWriter, fiche: Fiche, level: int | None) -> None:
    """Output and result indicators."""
    section_title(writer, "Wskaźniki", level)
    if not fiche.indicators:
        writer.paragraph("Nie określono wskaźników.")
        return
    writer.table(
        INDICATOR_HEADER,
        [
            [
                package.indicator_kind_label(i["kind"]),
                i["name"],
                i["unit"],
                package.number_text(i["baseline"]),
                package.number_text(i["target"]),
                str(i["year"] or ""),
                i["source"],
            ]
            for i in fiche.indicators
        ],
        widths_cm=[2.0, 4.6, 2.0, 1.9, 1.9, 1.2, 2.4],
        caption=f"Wskaźniki projektu nr {fiche.project['number']}",
        number_columns=(3, 4, 5),
    )


def write_comments(
    writer: DocxWriter, fiche: Fiche, level: int | None, *, withheld: Withheld
) -> None:
    """The consultation comments that shaped the project, if any.

    An author in ``withheld`` (consent withdrawn, RODO) reads "Uwaga", as an
    anonymous comment does.
    """
    if not fiche.comments:
        return
    section_title(writer, "Uwagi z konsultacji uwzględnione w projekcie", level)
    writer.bullets(
        f"{withheld.shown(c['author']) or 'Uwaga'} ({date_text(c['held_on'])}, {c['subject']}, "
        f"nr {c['number']}): {c['content']}"
        for c in fiche.comments
    )


def write_feasibility(writer: DocxWriter, fiche: Fiche, level: int | None) -> None:
    """The feasibility analysis sections that are filled in (none: a sentence says so)."""
    p = fiche.project
    section_title(writer, "Wstępna analiza wykonalności", level)
    filled = [(title, p[name]) for name, title in package.FEASIBILITY if p[name].strip()]
    if not filled:
        writer.paragraph("Analizy wykonalności jeszcze nie opracowano.")
        return
    for title, text in filled:
        lines = [line for line in text.splitlines() if line.strip()]
        labelled(writer, title, lines[0])
        for line in lines[1:]:
            writer.paragraph(line)


def labelled(writer: DocxWriter, label: str, text: str) -> None:
    """A normal paragraph that starts with ``label:`` in bold (a section of running text)."""
    paragraph = writer.paragraph(text)
    if paragraph is None or not paragraph.runs:
        return
    head = paragraph.add_run(f"{label}: ")
    head.bold = True
    paragraph.runs[0]._r.addprevious(head._r)


def write_fiche(
    writer: DocxWriter,
    fiche: Fiche,
    level: int,
    folder: Path,
    *,
    withheld: Withheld,
    gantt: bool = True,
) -> None:
    """One project's whole fiche under a heading of ``level`` (its parts under bold lines).

    ``gantt`` off leaves out the schedule's picture (the task table stays):
    a document with hundreds of fiches (the strategy) is written much faster.
    """
    writer.heading(fiche_heading(fiche), level)
    write_facts(writer, fiche)
    write_description(writer, fiche, None)
    write_funding(writer, fiche, None)
    write_schedule(writer, fiche, None, folder, gantt=gantt)
    write_indicators(writer, fiche, None)
    write_comments(writer, fiche, None, withheld=withheld)
    write_feasibility(writer, fiche, None)


# -- the package -----------------------------------------------------------------------------


def _share_rows(shares: list[package.Share], whole: float) -> list[list[str]]:
    rows = [
        [s.label, _amount(s.amount), package.percent_text(s.amount, whole), str(s.count)]
        for s in shares
    ]
    rows.append(["Razem", _amount(whole), "100%" if whole else "—", ""])
    return rows


def write_overview(
    writer: DocxWriter,
    figures: package.PackageOverview,
    found: list[Fiche],
    level: int,
    *,
    charts: bool = True,
) -> None:
    """The package in figures: the summary table, the breakdowns and their charts."""
    if charts:
        from cwd_desktop.exports.charts import ensure_app

        ensure_app()  # the charts are made before they are drawn: Qt must be up
    writer.paragraph(
        f"Pakiet obejmuje {plural(figures.projects, 'projekt', 'projekty', 'projektów')} "
        f"o łącznym szacowanym koszcie {_amount(figures.cost)} zł; wskazane źródła "
        f"finansowania wynoszą {_amount(figures.funding)} zł "
        f"({package.percent_text(figures.funding, figures.cost)} kosztu)."
    )
    writer.table(
        SUMMARY_HEADER,
        [
            [
                str(f.project["number"]),
                f.project["title"] + (" (projekt kluczowy)" if f.project["is_key"] else ""),
                f.leader,
                _policy_short(f.project["policy_objective"]),
                vocab_label(ThematicArea, f.project["thematic_area"]),
                _amount(f.project["cost"]),
                vocab_label(ProjectStatus, f.project["status"]),
            ]
            for f in found
        ],
        widths_cm=[1.0, 5.6, 2.5, 1.2, 2.3, 2.4, 2.0],
        caption="Projekty pakietu",
        number_columns=(0, 5),
    )
    section_title(writer, "Finansowanie według źródeł", level)
    writer.table(
        ["Źródło finansowania", *SHARE_HEADER[1:]],
        _share_rows(figures.by_source, figures.funding),
        widths_cm=[7.0, 4.0, 2.5, 2.5],
        caption="Finansowanie pakietu według źródeł",
        number_columns=(1, 2, 3),
    )
    source_items = [(s.label, s.amount) for s in figures.by_source]
    if charts and source_items:
        from cwd_desktop.ui.project_charts import amount_pie

        writer.chart(
            lambda: amount_pie("Finansowanie pakietu według źródeł", source_items),
            caption="Struktura finansowania pakietu",
        )
    for title, shares, header, caption in (
        (
            "Koszt według celów polityki spójności",
            figures.by_policy,
            "Cel polityki spójności",
            "Koszt projektów według celów polityki spójności",
        ),
        (
            "Koszt według obszarów tematycznych",
            figures.by_area,
            "Obszar tematyczny",
            "Koszt projektów według obszarów tematycznych",
        ),
    ):
        section_title(writer, title, level)
        writer.table(
            [header, *SHARE_HEADER[1:]],
            _share_rows(shares, figures.cost),
            widths_cm=[7.0, 4.0, 2.5, 2.5],
            caption=caption,
            number_columns=(1, 2, 3),
        )
        items = [(s.label, s.amount) for s in shares]
        if charts and items:
            from cwd_desktop.ui.project_charts import amount_bars

            writer.chart(partial(amount_bars, caption, items), caption=caption)
    section_title(writer, "Status i stopień przygotowania", level)
    writer.table(
        ["Status", "Projekty", "Koszt (zł)"],
        [[s.label, str(s.count), _amount(s.amount)] for s in figures.by_status],
        widths_cm=[8.0, 3.0, 5.0],
        caption="Projekty według statusu",
        number_columns=(1, 2),
    )
    writer.table(
        ["Stopień przygotowania", "Projekty", "Koszt (zł)"],
        [[s.label, str(s.count), _amount(s.amount)] for s in figures.by_readiness],
        widths_cm=[8.0, 3.0, 5.0],
        caption="Projekty według stopnia przygotowania",
        number_columns=(1, 2),
    )
    if figures.mismatched:
        writer.notice(
            "Projekty, których źródła finansowania nie sumują się do kosztu:",
            [
                f"{number}. {title}: " + package.funding_warning(cost, funding)
                for number, title, cost, funding in figures.mismatched
            ],
        )


@exporter(DocumentKind.PROJECTS)
def build(services: Services, partnership_id: str, writer: DocxWriter, **_: Any) -> str:
    """Write the partnership's project package; return its title."""
    view = services.partnerships.get(partnership_id)
    name, short = view.data.name, view.data.short_name
    store = services.store
    found = package.fiches(store, partnership_id)
    figures = package.overview(store, partnership_id)
    writer.title_page(
        TITLE,
        name,
        [
            f"Partnerstwo: {name} ({short})",
            f"Liczba projektów: {figures.projects}",
            f"Łączny szacowany koszt: {_amount(figures.cost)} zł",
            f"Data sporządzenia: {date_text(date.today())}",
        ],
    )
    writer.header_footer(f"{short} — pakiet projektów")
    writer.toc()
    writer.page_break()
    writer.heading("1. Zestawienie pakietu projektów", 1)
    if not found:
        writer.paragraph(NO_PROJECTS)
        return f"{TITLE} — {short}"
    write_overview(writer, figures, found, 2)
    writer.progress.update(1, len(found) + 1, "")
    withheld = withheld_people(store, partnership_id)
    with picture_folder() as folder:
        for number, fiche in enumerate(found, start=1):
            writer.page_break()
            if number == 1:
                writer.heading("2. Fiszki projektowe", 1)
            write_fiche(writer, fiche, 2, folder, withheld=withheld)
            writer.progress.update(number + 1, len(found) + 1, "")
    return f"{TITLE} — {short}"

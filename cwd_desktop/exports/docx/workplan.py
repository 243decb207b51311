"""Plan pracy: the work plan of a partnership as the programme's Word deliverable.

The plan is what the advisors and the partnership agree at the start of the
advisory work and report against later, so the document gives who is
involved, a table of tasks per advisory stage with dates, people and status,
the timeline of every task (a Gantt chart, done tasks greyed) on a page
of its own, and the tasks that are overdue on the day it is written. A
partnership with no tasks still gets a valid document that says so.
Contact persons who withdrew consent are left out of the coordinator and of
the tasks' responsible people (``services.gdpr.withheld_people``).

The Gantt chart is drawn by ``ui.gantt_chart`` into an image on the GUI
thread (the writer's hop, as ``DocxWriter.chart`` does), so the export may
run in a background operation; from the CLI it is drawn in place.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cwd_desktop.domain.vocab import ActionStatus, DocumentKind, Stage, label
from cwd_desktop.exports.docx.registry import exporter
from cwd_desktop.exports.docx.writer import DocxWriter
from cwd_desktop.services import workplan_reads as reads
from cwd_desktop.services.gdpr import Withheld, withheld_people
from cwd_desktop.services.workplan_reads import format_date

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph

    from cwd_desktop.services.app import Services
    from cwd_desktop.services.partnerships import PartnershipView

TITLE = "Plan pracy"
NO_TASKS = "Plan pracy nie zawiera jeszcze zadań."
TASK_HEADER = ["Lp.", "Zadanie", "Od", "Do", "Odpowiedzialni", "Status"]
TASK_WIDTHS = [0.9, 5.7, 2.2, 2.2, 3.0, 2.0]
OVERDUE_HEADER = ["Lp.", "Zadanie", "Etap", "Termin", "Dni po terminie", "Odpowiedzialni"]
OVERDUE_WIDTHS = [0.9, 4.9, 3.0, 2.2, 2.0, 3.0]
#: Group titles on the chart where the stage's own name is too long for its label column.
CHART_GROUPS = {Stage.COMPONENT_II.value: "Komponent II"}


def _stage_label(code: str) -> str:
    try:
        return label(Stage(code))
    except ValueError:
        return code


def _status_label(code: str) -> str:
    try:
        return label(ActionStatus(code))
    except ValueError:
        return code


def _people(text: str) -> str:
    """The advisors typed one per line, as one line."""
    return ", ".join(n.strip() for n in text.splitlines() if n.strip())


@exporter(DocumentKind.WORKPLAN)
def build(services: Services, partnership_id: str, writer: DocxWriter, **_: Any) -> str:
    """Write the partnership's work plan; return the document's title."""
    view = services.partnerships.get(partnership_id)
    name, short = view.data.name, view.data.short_name
    today = date.today()
    withheld = withheld_people(services.store, partnership_id)
    tasks = [
        {**t, "responsible": withheld.shown_list(t["responsible"])}
        for t in reads.tasks(services.store, partnership_id)
    ]
    figures = reads.summary(services.store, partnership_id, today)

    writer.title_page(
        TITLE,
        name,
        [
            f"Partnerstwo: {name} ({short})",
            f"Doradcy CWD: {_people(view.data.advisors) or '—'}",
            f"Koordynator partnerstwa: {_coordinator(view, withheld)}",
            f"Stan na dzień: {format_date(today)}",
        ],
    )
    writer.header_footer(f"{short} — plan pracy")
    _introduction(writer, view, figures, today, withheld)
    writer.progress.update(1, 4, "")
    _stages(writer, tasks)
    writer.progress.update(2, 4, "")
    _timeline(writer, tasks)
    writer.progress.update(3, 4, "")
    _overdue(writer, tasks, today)
    return f"{TITLE} — {short}"


def _coordinator(view: PartnershipView, withheld: Withheld) -> str:
    """The coordinator, unless a contact person who withdrew consent (RODO): then "—"."""
    return withheld.shown_list(view.data.coordinator) or "—"


def _introduction(
    writer: DocxWriter,
    view: PartnershipView,
    figures: reads.PlanSummary,
    today: date,
    withheld: Withheld,
) -> None:
    data = view.data
    writer.heading("1. Wprowadzenie", 1)
    writer.paragraph(
        "Plan pracy określa zadania doradztwa Centrum Wsparcia Doradczego dla partnerstwa "
        f"„{data.name}” na kolejnych etapach: Komponentu I (doradztwo strategiczne: plan pracy, "
        "diagnoza, strategia, wdrożenie) i Komponentu II (doradztwo projektowe). Dla każdego "
        "zadania podano termin realizacji, osoby odpowiedzialne i stan realizacji na dzień "
        f"{format_date(today)}."
    )
    leader = view.leader
    facts = [("Partnerstwo", f"{data.name} ({data.short_name})")]
    if leader is not None:
        facts.append(("Lider partnerstwa", leader.name))
    facts += [
        ("Koordynator partnerstwa", _coordinator(view, withheld)),
        ("Doradcy CWD", _people(data.advisors) or "—"),
    ]
    if data.advisory_start:
        end = f" – {format_date(data.advisory_end)}" if data.advisory_end else ""
        facts.append(("Okres doradztwa", f"{format_date(data.advisory_start)}{end}"))
    if figures.tasks:
        facts.append(("Okres planu", f"{format_date(figures.first)} – {format_date(figures.last)}"))
        facts.append(
            (
                "Zadania",
                f"{figures.tasks} (zakończone: {figures.done}, w toku: {figures.in_progress}, "
                f"zaległe: {figures.overdue})",
            )
        )
    writer.facts(facts)


def _timeline(writer: DocxWriter, tasks: list[dict[str, Any]]) -> None:
    if tasks:
        writer.page_break()  # the chart is most of a page: keep it with its heading
    writer.heading("3. Harmonogram", 1)
    if not tasks:
        writer.paragraph(NO_TASKS)
        return
    writer.paragraph(
        "Zadania na osi czasu, według etapów doradztwa; zadania zakończone oznaczono na szaro."
    )
    with tempfile.TemporaryDirectory(prefix="cwd-workplan-") as folder:
        path = Path(folder) / "plan-pracy.png"
        draw_timeline(tasks, path)
        writer.picture(path, width_cm=16, caption="Harmonogram planu pracy")


def draw_timeline(tasks: list[dict[str, Any]], path: Path) -> Path:
    """The tasks as a Gantt PNG at ``path``, drawn on the GUI thread when there is one."""
    from cwd_desktop.exports.charts.gui_thread import on_gui_thread
    from cwd_desktop.ui.gantt_chart import GanttRow, render_gantt_png, stage_color

    rows = [
        GanttRow(
            t["title"],
            t["start_on"],
            t["end_on"],
            CHART_GROUPS.get(t["stage"], _stage_label(t["stage"])),
            t["status"] == ActionStatus.DONE.value,
            stage_color(t["stage"]),
        )
        for t in tasks
        if t["start_on"] and t["end_on"]
    ]

    def draw() -> None:
        render_gantt_png(rows, path)

    on_gui_thread(draw)
    return path


def _keep_with_table(paragraph: Paragraph | None) -> None:
    """Keep a table's lead-in sentence on the page where the table starts."""
    if paragraph is not None:
        paragraph.paragraph_format.keep_with_next = True


def _task_text(task: dict[str, Any]) -> str:
    notes = " ".join(str(task["notes"] or "").split())
    return f"{task['title']}\nUwagi: {notes}" if notes else str(task["title"])


def _stages(writer: DocxWriter, tasks: list[dict[str, Any]]) -> None:
    writer.heading("2. Zadania według etapów", 1)
    if not tasks:
        writer.paragraph(NO_TASKS)
        return
    by_stage: dict[str, list[dict[str, Any]]] = {}
    for task in tasks:
        by_stage.setdefault(task["stage"], []).append(task)
    for number, (stage, rows) in enumerate(by_stage.items(), start=1):
        title = _stage_label(stage)
        writer.heading(f"2.{number}. {title}", 2)
        done = sum(1 for t in rows if t["status"] == ActionStatus.DONE.value)
        _keep_with_table(
            writer.paragraph(
                f"Liczba zadań: {len(rows)} (zakończone: {done}); termin: "
                f"{format_date(min(t['start_on'] for t in rows))} – "
                f"{format_date(max(t['end_on'] for t in rows))}."
            )
        )
        writer.table(
            TASK_HEADER,
            [
                [
                    str(position),
                    _task_text(t),
                    format_date(t["start_on"]),
                    format_date(t["end_on"]),
                    t["responsible"],
                    _status_label(t["status"]),
                ]
                for position, t in enumerate(rows, start=1)
            ],
            caption=f"Zadania etapu: {title}",
            widths_cm=TASK_WIDTHS,
            number_columns=(0,),
        )


def _overdue(writer: DocxWriter, tasks: list[dict[str, Any]], today: date) -> None:
    writer.heading("4. Zadania zaległe", 1)
    late = [t for t in tasks if reads.is_overdue(t, today)]
    if not late:
        writer.paragraph(f"Na dzień {format_date(today)} nie ma zadań zaległych.")
        return
    late.sort(key=lambda t: (t["end_on"], t["title"]))
    _keep_with_table(
        writer.paragraph(
            f"Zadania, których termin minął przed {format_date(today)}, a które nie zostały "
            f"zakończone: {len(late)}."
        )
    )
    writer.table(
        OVERDUE_HEADER,
        [
            [
                str(position),
                t["title"],
                _stage_label(t["stage"]),
                format_date(t["end_on"]),
                str((today - t["end_on"]).days),
                t["responsible"],
            ]
            for position, t in enumerate(late, start=1)
        ],
        caption="Zadania zaległe",
        widths_cm=OVERDUE_WIDTHS,
        number_columns=(0, 4),
    )

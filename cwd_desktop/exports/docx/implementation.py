"""Raport z realizacji zadań: how the package's projects are being carried out.

The report a partnership gives its council (and CWD) on implementation: a
summary in figures, the projects' planned and actual dates and status, each
project's tasks (planned, actual, what they delivered), spending against
the estimate, the indicators against their targets with the values reported
over time, and the funding applications with their results, with two
charts (indicators against targets; funding secured by project).

Every number comes from ``services.implementation_reads`` (the page's
dashboard reads the same), so the report and the screen agree. The report
names no person: the tables hold projects, tasks, amounts and calls only.
``today`` (a keyword for tests; the real date otherwise) is the "stan na
dzień" that delays of unfinished work are counted to.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from docx.table import Table

from cwd_desktop.domain.vocab import DocumentKind, IndicatorKind, ProjectStatus
from cwd_desktop.domain.vocab_followup import ApplicationResult
from cwd_desktop.exports.docx.registry import exporter
from cwd_desktop.exports.docx.writer import DocxWriter, plural
from cwd_desktop.services import implementation_reads as reads
from cwd_desktop.services.project_package import (
    amount_text,
    date_text,
    number_text,
    percent_text,
    vocab_label,
)

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services

TITLE = "Raport z realizacji zadań"
NO_PROJECTS = "Pakiet nie zawiera jeszcze żadnego projektu: nie ma czego raportować."
PROJECT_HEADER = ["Nr", "Projekt", "Status", "Plan", "Wykonanie", "Opóźnienie\n(dni)"]
TASK_HEADER = ["Lp.", "Zadanie", "Plan", "Wykonanie", "Opóźnienie\n(dni)", "Efekt"]
SPENDING_HEADER = ["Nr", "Projekt", "Koszt (zł)", "Wydatkowano (zł)", "% kosztu", "Pozostało (zł)"]
INDICATOR_HEADER = [
    "Proj.",
    "Wskaźnik",
    "Jedn.",
    "Bazowa",
    "Docelowa (rok)",
    "Osiągnięta (stan na)",
    "% celu",
    "Ocena",
]
SERIES_HEADER = ["Proj.", "Wskaźnik", "Data", "Wartość", "Uwagi"]
APPLICATION_HEADER = [
    "Proj.",
    "Program i nabór",
    "Złożono",
    "Wnioskowano (zł)",
    "Wynik",
    "Decyzja",
    "Przyznano (zł)",
]
SECURED_HEADER = ["Nr", "Projekt", "Koszt (zł)", "Pozyskano (zł)", "W ocenie (zł)", "% kosztu"]
DELAY_NOTE = (
    "Opóźnienie to liczba dni między planowanym a faktycznym zakończeniem; dla prac "
    "niezakończonych liczone do dnia sporządzenia raportu (wartość ujemna: przed terminem)."
)
STATE_TEXT = {
    reads.IndicatorState.ACHIEVED: "osiągnięty",
    reads.IndicatorState.ON_TRACK: "zgodnie z planem",
    reads.IndicatorState.BEHIND: "zagrożony",
    reads.IndicatorState.NO_DATA: "brak danych",
}


# -- formatting shared with the recommendations document ----------------------------------


def zl(value: float) -> str:
    """An amount in whole złoty: ``1 250 000``."""
    return amount_text(value, 0)


def span_text(start: date | None, end: date | None) -> str:
    """ "01.02.2026 –\\n31.10.2028" (two lines in a narrow cell); "—" for neither."""
    if not start and not end:
        return "—"
    return f"{date_text(start) or '…'} –\n{date_text(end) or '…'}"


def delay_text(days: int | None, finished: bool = True) -> str:
    """The delay in days with its sign ("+59", "−3", "0"); "" when unknown.

    Unfinished work that is not yet late shows "—": there is no delay to
    report yet, and "0" would read as "ended on time".
    """
    if days is None:
        return ""
    if not finished and days <= 0:
        return "—"
    if days > 0:
        return f"+{days}"
    return f"−{-days}" if days < 0 else "0"


def status_text(code: str) -> str:
    """A project status's Polish label."""
    return vocab_label(ProjectStatus, code)


def result_text(code: str) -> str:
    """A funding application result's Polish label."""
    return vocab_label(ApplicationResult, code)


def share_text(part: float, whole: float) -> str:
    """ "69,0%" of the whole; "—" of nothing."""
    return percent_text(part, whole)


def indicator_percent_text(value: float | None) -> str:
    """ "57%" (whole percent); "—" when unknown."""
    return "—" if value is None else f"{value:.0f}%"


def summary_sentences(overview: reads.Overview) -> list[str]:
    """The package's implementation in a few sentences (the report's and recommendations' start)."""
    t, b = overview.totals, overview.balance
    sentences = [
        f"Pakiet obejmuje {plural(t.projects, 'projekt', 'projekty', 'projektów')} "
        f"o łącznym szacowanym koszcie {zl(t.cost)} zł.",
        f"Wydatkowano dotąd {zl(t.spent)} zł, tj. {share_text(t.spent, t.cost)} kosztu pakietu.",
        f"Złożono {plural(b.applications, 'wniosek', 'wnioski', 'wniosków')} o dofinansowanie "
        f"na łączną kwotę {zl(t.requested)} zł; do dofinansowania wybrano "
        f"{b.funded_applications}, pozyskując {zl(t.granted)} zł "
        f"({share_text(t.granted, t.cost)} kosztu pakietu)"
        + (f"; w ocenie są wnioski na {zl(t.pending)} zł." if t.pending else "."),
    ]
    if b.indicators:
        sentences.append(
            f"Spośród {plural(b.indicators, 'wskaźnika', 'wskaźników', 'wskaźników')} "
            f"osiągnięto {b.achieved}, zgodnie z planem realizowanych jest {b.on_track}, "
            f"zagrożonych nieosiągnięciem jest {b.behind}, bez zaraportowanej wartości "
            f"pozostaje {b.no_data}."
        )
    return sentences


# -- the report ------------------------------------------------------------------------------


@exporter(DocumentKind.IMPLEMENTATION_REPORT)
def build(
    services: Services,
    partnership_id: str,
    writer: DocxWriter,
    *,
    today: date | None = None,
    **_: Any,
) -> str:
    """Write the implementation report of the partnership; return its title."""
    view = services.partnerships.get(partnership_id)
    name, short = view.data.name, view.data.short_name
    day = today or date.today()
    overview = reads.overview(services.store, partnership_id, day)
    writer.title_page(
        TITLE,
        name,
        [
            f"Partnerstwo: {name} ({short})",
            f"Liczba projektów: {overview.totals.projects}",
            f"Stan na dzień: {date_text(day)}",
        ],
    )
    writer.header_footer(f"{short} — raport z realizacji zadań")
    writer.toc()
    writer.page_break()
    writer.heading("1. Podsumowanie", 1)
    if not overview.projects:
        writer.paragraph(NO_PROJECTS)
        return f"{TITLE} — {short}"
    from cwd_desktop.exports.charts import ensure_app

    ensure_app()  # the charts are Qt objects: Qt must be up (the CLI has no window)
    steps = 6
    _summary(writer, overview)
    writer.progress.update(1, steps, "")
    _projects(writer, overview)
    writer.progress.update(2, steps, "")
    _tasks(writer, overview)
    writer.progress.update(3, steps, "")
    _spending(writer, overview)
    writer.progress.update(4, steps, "")
    _indicators(writer, overview)
    writer.progress.update(5, steps, "")
    _applications(writer, overview)
    return f"{TITLE} — {short}"


def _summary(writer: DocxWriter, overview: reads.Overview) -> None:
    writer.paragraph("\n".join(summary_sentences(overview)))
    t = overview.totals
    keep_total(
        writer.table(
            ["Status projektu", "Projekty", "Koszt (zł)"],
            [
                [
                    status_text(code),
                    str(count),
                    zl(sum(p.cost for p in overview.projects if p.status == code)),
                ]
                for code, count in t.by_status.items()
                if count
            ]
            + [["Razem", str(t.projects), zl(t.cost)]],
            widths_cm=[8.0, 3.0, 5.0],
            caption="Projekty według statusu",
            number_columns=(1, 2),
        )
    )
    delayed = [p for p in overview.projects if p.delayed and p.status not in reads.CLOSED_STATUSES]
    if delayed:
        writer.notice(
            "Projekty realizowane po planowanym terminie zakończenia:",
            [f"{p.label}: {plural(p.delay_days or 0, 'dzień', 'dni', 'dni')}" for p in delayed],
        )


def _projects(writer: DocxWriter, overview: reads.Overview) -> None:
    writer.heading("2. Projekty: terminy planowane i faktyczne", 1)
    writer.table(
        PROJECT_HEADER,
        [
            [
                str(p.number),
                p.title + (" (projekt kluczowy)" if p.is_key else ""),
                status_text(p.status),
                span_text(p.start_on, p.end_on),
                span_text(p.actual_start_on, p.actual_end_on),
                delay_text(p.delay_days, p.actual_end_on is not None),
            ]
            for p in overview.projects
        ],
        widths_cm=[1.0, 5.5, 2.8, 2.3, 2.3, 2.1],
        caption="Terminy realizacji projektów",
        number_columns=(0, 5),
    )
    writer.paragraph(DELAY_NOTE)


def _tasks(writer: DocxWriter, overview: reads.Overview) -> None:
    writer.heading("3. Zadania projektów", 1)
    for project in overview.projects:
        writer.heading(project.label, 2)
        if not project.tasks:
            writer.paragraph("Nie rozpisano zadań projektu.")
            continue
        done = sum(t.done for t in project.tasks)
        count = writer.paragraph(
            f"Zakończono {done} z {plural(len(project.tasks), 'zadania', 'zadań', 'zadań')}."
        )
        if count is not None:
            count.paragraph_format.keep_with_next = True  # the heading stays with its table
        writer.table(
            TASK_HEADER,
            [
                [
                    str(n),
                    t.name,
                    span_text(t.start_on, t.end_on),
                    span_text(t.actual_start_on, t.actual_end_on),
                    delay_text(t.delay_days, t.done),
                    t.outcome or "—",
                ]
                for n, t in enumerate(project.tasks, start=1)
            ],
            widths_cm=[1.0, 4.2, 2.3, 2.3, 2.1, 4.1],
            caption=f"Zadania projektu nr {project.number}",
            number_columns=(0, 4),
        )


def _spending(writer: DocxWriter, overview: reads.Overview) -> None:
    writer.heading("4. Wydatki a kosztorys", 1)
    t = overview.totals
    writer.paragraph(
        f"Łączny koszt projektów wynosi {zl(t.cost)} zł; wydatkowano {zl(t.spent)} zł "
        f"({share_text(t.spent, t.cost)})."
    )
    keep_total(
        writer.table(
            SPENDING_HEADER,
            [
                [
                    str(p.number),
                    p.title,
                    zl(p.cost),
                    zl(p.spent),
                    share_text(p.spent, p.cost),
                    zl(p.cost - p.spent),
                ]
                for p in overview.projects
            ]
            + [
                [
                    "",
                    "Razem",
                    zl(t.cost),
                    zl(t.spent),
                    share_text(t.spent, t.cost),
                    zl(t.cost - t.spent),
                ]
            ],
            widths_cm=[1.0, 5.4, 2.6, 2.6, 1.8, 2.6],
            caption="Wydatki projektów na tle szacowanego kosztu",
            number_columns=(0, 2, 3, 4, 5),
        )
    )
    over = overview.issues_of(reads.IssueKind.OVERSPENDING)
    if over:
        writer.notice(
            "Wydatki przekraczają szacowany koszt:",
            [f"{i.project}: o {zl(i.amount or 0.0)} zł" for i in over],
        )


def _indicators(writer: DocxWriter, overview: reads.Overview) -> None:
    writer.heading("5. Wskaźniki", 1)
    pairs = [(p, i) for p in overview.projects for i in p.indicators]
    if not pairs:
        writer.paragraph("Projekty nie mają jeszcze określonych wskaźników.")
        return
    writer.paragraph(
        "Procent celu to postęp od wartości bazowej do docelowej według ostatniej "
        "zaraportowanej wartości. Wskaźnik jest zagrożony, gdy postęp jest mniejszy niż "
        "upływ czasu od rozpoczęcia projektu do roku docelowego albo termin minął."
    )
    writer.table(
        INDICATOR_HEADER,
        [
            [
                str(p.number),
                f"{i.name} ({vocab_label(IndicatorKind, i.kind)})" if i.kind else i.name,
                i.unit,
                number_text(i.baseline),
                number_text(i.target) + (f" ({i.year})" if i.year else ""),
                (
                    f"{number_text(i.latest_value)}\n({date_text(i.latest_on)})"
                    if i.latest_value is not None
                    else "—"
                ),
                indicator_percent_text(i.percent),
                STATE_TEXT[i.state],
            ]
            for p, i in pairs
        ],
        widths_cm=[1.0, 4.0, 1.9, 1.5, 2.0, 2.1, 1.3, 2.2],
        caption="Wskaźniki projektów: wartości osiągnięte na tle docelowych",
        number_columns=(0, 3, 4, 5, 6),
    )
    from cwd_desktop.exports.charts.implementation import indicator_chart

    # The chart shows what has been measured; the table above lists every indicator.
    measured = [(p, i) for p, i in pairs if i.target is not None and i.percent is not None]
    if measured:
        writer.chart(
            partial(
                indicator_chart,
                [i for _, i in measured],
                "Wskaźniki a wartości docelowe",
                [f"{p.number}. {i.name}" for p, i in measured],
            ),
            caption="Stopień osiągnięcia wartości docelowych wskaźników z zaraportowaną wartością",
        )
    series = [(p, i, r) for p, i in pairs for r in i.reports]
    if series:
        notes = any(r.note for _, _, r in series)
        writer.heading("Wartości raportowane w czasie", 2)
        writer.table(
            SERIES_HEADER if notes else SERIES_HEADER[:-1],
            [
                [str(p.number), i.name, date_text(r.reported_on), _value(r), r.note][
                    : 5 if notes else 4
                ]
                for p, i, r in series
            ],
            widths_cm=[1.0, 5.5, 2.3, 2.6, 4.6] if notes else [1.0, 8.5, 3.0, 3.5],
            caption="Wartości wskaźników zaraportowane w kolejnych terminach",
            number_columns=(0, 3),
        )


def keep_total(table: Table) -> None:
    """Keep a table's last row (its total) on the page of the row above it."""
    rows = table.rows
    if len(rows) < 2:
        return
    for cell in rows[len(rows) - 2].cells:
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.keep_with_next = True


def _value(reading: reads.IndicatorReading) -> str:
    unit = f" {reading.unit}" if reading.unit else ""
    return f"{number_text(reading.value)}{unit}"


def _applications(writer: DocxWriter, overview: reads.Overview) -> None:
    writer.heading("6. Wnioski o dofinansowanie", 1)
    t = overview.totals
    pairs = [(p, a) for p in overview.projects for a in p.applications]
    if not pairs:
        writer.paragraph("Nie złożono jeszcze żadnego wniosku o dofinansowanie.")
    else:
        keep_total(
            writer.table(
                APPLICATION_HEADER,
                [
                    [
                        str(p.number),
                        "\n".join(x for x in (a.programme, a.call) if x) or "—",
                        date_text(a.submitted_on),
                        zl(a.amount_requested),
                        result_text(a.result),
                        date_text(a.decided_on),
                        zl(a.amount_granted) if a.funded or a.amount_granted else "—",
                    ]
                    for p, a in pairs
                ]
                + [["", "Razem", "", zl(t.requested), "", "", zl(t.granted)]],
                widths_cm=[1.0, 3.9, 1.9, 2.3, 2.6, 1.9, 2.4],
                caption="Wnioski o dofinansowanie projektów",
                number_columns=(0, 3, 6),
            )
        )
    writer.heading("Finansowanie pozyskane według projektów", 2)
    keep_total(
        writer.table(
            SECURED_HEADER,
            [
                [
                    str(p.number),
                    p.title,
                    zl(p.cost),
                    zl(p.granted),
                    zl(p.pending),
                    share_text(p.granted, p.cost),
                ]
                for p in overview.projects
            ]
            + [
                [
                    "",
                    "Razem",
                    zl(t.cost),
                    zl(t.granted),
                    zl(t.pending),
                    share_text(t.granted, t.cost),
                ]
            ],
            widths_cm=[0.9, 5.5, 2.5, 2.5, 2.5, 2.1],
            caption="Dofinansowanie pozyskane i oczekujące na tle kosztu projektów",
            number_columns=(0, 2, 3, 4, 5),
        )
    )
    from cwd_desktop.exports.charts.implementation import funding_chart

    writer.chart(
        partial(funding_chart, overview.projects, "Finansowanie pozyskane według projektów"),
        caption="Dofinansowanie pozyskane, wnioski w ocenie i pozostała część kosztu",
    )

"""Rekomendacje: the next steps built on the balance of benefits and the open issues.

The document that closes the advisory process (DOMAIN.md "rekomendacje"):
1. the balance of benefits (bilans korzyści) as a table and charts: projects
   completed, indicators achieved / on track / behind, funding secured
   against the cost; 2. the open issues (otwarte kwestie) grouped by kind:
   delays, indicators at risk, rejected or pending applications, projects
   without an application, overspending, unfinished action items from
   meetings; 3. the recommendations themselves by priority: title,
   rationale, next steps, who is responsible, by when.

People named as responsible for a recommendation or as the owner of an
action item who withdrew consent (RODO, ``services.gdpr.withheld_people``)
are left out of the document. ``today`` (a keyword for tests) is the "stan na
dzień" the open issues are judged on.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from docx.shared import Pt

from cwd_desktop.domain.vocab import ActionStatus, DocumentKind
from cwd_desktop.domain.vocab_followup import ApplicationResult, RecommendationPriority
from cwd_desktop.exports.docx.implementation import (
    indicator_percent_text,
    result_text,
    share_text,
    status_text,
    summary_sentences,
    zl,
)
from cwd_desktop.exports.docx.registry import exporter
from cwd_desktop.exports.docx.writer import DocxWriter, plural
from cwd_desktop.services import implementation_reads as reads
from cwd_desktop.services.gdpr import Withheld, withheld_people
from cwd_desktop.services.project_package import date_text, vocab_label

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services

TITLE = "Rekomendacje"
BALANCE_HEADER = ["Element bilansu", "Wartość"]
SUMMARY_HEADER = ["Lp.", "Rekomendacja", "Priorytet", "Odpowiedzialni", "Termin"]
NO_ISSUES = "Nie stwierdzono otwartych kwestii: projekty przebiegają zgodnie z planem."
NO_RECOMMENDATIONS = "Nie sformułowano jeszcze rekomendacji."
#: Section titles of the recommendations, by priority.
PRIORITY_TITLES = {
    RecommendationPriority.HIGH: "Rekomendacje o wysokim priorytecie",
    RecommendationPriority.MEDIUM: "Rekomendacje o średnim priorytecie",
    RecommendationPriority.LOW: "Rekomendacje o niskim priorytecie",
}


@exporter(DocumentKind.RECOMMENDATIONS)
def build(
    services: Services,
    partnership_id: str,
    writer: DocxWriter,
    *,
    today: date | None = None,
    **_: Any,
) -> str:
    """Write the recommendations document of the partnership; return its title."""
    view = services.partnerships.get(partnership_id)
    name, short = view.data.name, view.data.short_name
    day = today or date.today()
    overview = reads.overview(services.store, partnership_id, day)
    withheld = withheld_people(services.store, partnership_id)
    writer.title_page(
        TITLE,
        name,
        [
            f"Partnerstwo: {name} ({short})",
            "Kolejne kroki na podstawie bilansu korzyści i otwartych kwestii",
            f"Stan na dzień: {date_text(day)}",
        ],
    )
    writer.header_footer(f"{short} — rekomendacje")
    writer.toc()
    writer.page_break()
    _balance(writer, overview)
    writer.progress.update(1, 3, "")
    _issues(writer, overview, withheld)
    writer.progress.update(2, 3, "")
    _recommendations(writer, overview, withheld)
    return f"{TITLE} — {short}"


# -- 1. the balance of benefits --------------------------------------------------------------


def _balance(writer: DocxWriter, overview: reads.Overview) -> None:
    writer.heading("1. Bilans korzyści", 1)
    if not overview.projects:
        writer.paragraph("Pakiet nie zawiera jeszcze żadnego projektu.")
        return
    writer.paragraph("\n".join(summary_sentences(overview)))
    b = overview.balance
    rows = [
        ["Projekty w pakiecie", str(b.projects)],
        ["Projekty zrealizowane", str(b.completed)],
        ["Projekty w realizacji", str(b.in_progress)],
        ["Wskaźniki osiągnięte", _of(b.achieved, b.indicators)],
        ["Wskaźniki realizowane zgodnie z planem", _of(b.on_track, b.indicators)],
        ["Wskaźniki zagrożone", _of(b.behind, b.indicators)],
        ["Wskaźniki bez zaraportowanej wartości", _of(b.no_data, b.indicators)],
        ["Szacowany koszt pakietu", f"{zl(b.cost)} zł"],
        [
            "Dofinansowanie pozyskane",
            f"{zl(b.granted)} zł ({share_text(b.granted, b.cost)} kosztu)",
        ],
        ["Wnioski w ocenie", f"{zl(b.pending)} zł"],
        ["Wnioski wybrane do dofinansowania", _of(b.funded_applications, b.applications)],
        ["Wydatkowano", f"{zl(b.spent)} zł ({share_text(b.spent, b.cost)} kosztu)"],
    ]
    writer.table(BALANCE_HEADER, rows, widths_cm=[9.0, 7.0], caption="Bilans korzyści")
    from cwd_desktop.exports.charts import ensure_app
    from cwd_desktop.exports.charts.implementation import funding_chart, state_chart

    ensure_app()  # the charts are Qt objects: Qt must be up (the CLI has no window)
    if b.indicators:
        writer.chart(
            partial(state_chart, b, "Wskaźniki według stopnia osiągnięcia"),
            caption="Wskaźniki projektów według stopnia osiągnięcia",
        )
    writer.chart(
        partial(funding_chart, overview.projects, "Finansowanie pozyskane według projektów"),
        caption="Dofinansowanie pozyskane, wnioski w ocenie i pozostała część kosztu",
    )


def _of(part: int, whole: int) -> str:
    return f"{part} z {whole}" if whole else "—"


# -- 2. open issues --------------------------------------------------------------------------


def _days(days: int | None) -> str:
    return plural(days or 0, "dzień", "dni", "dni")


def issue_text(issue: reads.OpenIssue, withheld: Withheld) -> str:
    """One open issue as a sentence of the list (owners who withdrew consent left out)."""
    kind, project = issue.kind, issue.project
    if kind is reads.IssueKind.PROJECT_DELAYED:
        return (
            f"{project} ({status_text(issue.status)}): planowane zakończenie "
            f"{date_text(issue.due_on)}, opóźnienie {_days(issue.days_late)}."
        )
    if kind is reads.IssueKind.TASK_DELAYED:
        return (
            f"{project}, zadanie „{issue.subject}”: planowane zakończenie "
            f"{date_text(issue.due_on)}, opóźnienie {_days(issue.days_late)}."
        )
    if kind is reads.IssueKind.INDICATOR_BEHIND:
        reached = (
            "brak zaraportowanej wartości"
            if issue.percent is None
            else f"osiągnięto {indicator_percent_text(issue.percent)} wartości docelowej"
        )
        return (
            f"{project}, wskaźnik „{issue.subject}”: {reached}; termin {date_text(issue.due_on)}."
        )
    if kind is reads.IssueKind.APPLICATION_REJECTED:
        decided = f" {date_text(issue.due_on)}" if issue.due_on else ""
        return (
            f"{project}, wniosek {issue.subject or '(bez nazwy naboru)'} na "
            f"{zl(issue.amount or 0.0)} zł: {result_text(issue.status)}{decided}."
        )
    if kind is reads.IssueKind.APPLICATION_PENDING:
        submitted = f" złożony {date_text(issue.due_on)}" if issue.due_on else ""
        # "złożony" needs no repeating; a later stage ("w ocenie") is said after it.
        stage = (
            "" if issue.status == ApplicationResult.SUBMITTED else f": {result_text(issue.status)}"
        )
        return (
            f"{project}, wniosek {issue.subject or '(bez nazwy naboru)'} na "
            f"{zl(issue.amount or 0.0)} zł{submitted}{stage}."
        )
    if kind is reads.IssueKind.NO_APPLICATION:
        return f"{project} (koszt {zl(issue.amount or 0.0)} zł): brak wniosku o dofinansowanie."
    if kind is reads.IssueKind.OVERSPENDING:
        return (
            f"{project}: wydatki przekraczają szacowany koszt o {zl(issue.amount or 0.0)} zł "
            f"({share_text(issue.percent or 0.0, 100.0)} kosztu)."
        )
    owner = withheld.shown_list(issue.owner)
    parts = [f"„{issue.subject}”"]
    if owner:
        parts.append(f"odpowiada: {owner}")
    if issue.due_on:
        late = f", po terminie {_days(issue.days_late)}" if issue.days_late else ""
        parts.append(f"termin {date_text(issue.due_on)}{late}")
    status = vocab_label(ActionStatus, issue.status)
    return f"{', '.join(parts)} ({status}; spotkanie: {project})."


def _issues(writer: DocxWriter, overview: reads.Overview, withheld: Withheld) -> None:
    writer.heading("2. Otwarte kwestie", 1)
    if not overview.issues:
        writer.paragraph(NO_ISSUES)
        return
    writer.paragraph(
        f"Na dzień {date_text(overview.today)} lista otwartych kwestii, wymagających decyzji "
        "lub działań partnerstwa, liczy "
        f"{plural(len(overview.issues), 'pozycję', 'pozycje', 'pozycji')}."
    )
    for kind, heading in reads.ISSUE_LABELS.items():
        found = overview.issues_of(kind)
        if found:
            writer.heading(heading, 2)
            writer.bullets(issue_text(issue, withheld) for issue in found)


# -- 3. recommendations ----------------------------------------------------------------------


def _recommendations(writer: DocxWriter, overview: reads.Overview, withheld: Withheld) -> None:
    writer.heading("3. Rekomendacje", 1)
    found = overview.recommendations
    if not found:
        writer.paragraph(NO_RECOMMENDATIONS)
        return
    writer.table(
        SUMMARY_HEADER,
        [
            [
                str(n),
                r.title,
                _priority(r.priority),
                withheld.shown_list(r.responsible) or "—",
                date_text(r.due_on) or "—",
            ]
            for n, r in enumerate(found, start=1)
        ],
        widths_cm=[1.0, 7.0, 2.0, 3.8, 2.2],
        caption="Rekomendacje według priorytetu",
        number_columns=(0,),
    )
    for priority, heading in PRIORITY_TITLES.items():
        chosen = [r for r in found if r.priority == priority]
        if not chosen:
            continue
        writer.heading(heading, 2)
        for r in chosen:
            _recommendation(writer, found.index(r) + 1, r, withheld)
    others = [r for r in found if r.priority not in {p.value for p in RecommendationPriority}]
    if others:
        writer.heading("Pozostałe rekomendacje", 2)
        writer.bullets(r.title for r in others)


def _recommendation(
    writer: DocxWriter, number: int, r: reads.RecommendationRow, withheld: Withheld
) -> None:
    """The title in bold, then its facts, kept together on one page."""
    paragraph = writer.paragraph(f"{number}. {r.title}")
    if paragraph is not None:
        for run in paragraph.runs:
            run.bold = True
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.space_before = Pt(10)
    facts = [
        (label, value)
        for label, value in (
            ("Uzasadnienie", _one_line(r.rationale, " ")),
            ("Następne kroki", _one_line(r.next_steps, "; ")),
            ("Odpowiedzialni", withheld.shown_list(r.responsible)),
            ("Termin", date_text(r.due_on)),
            ("Projekt", r.project),
        )
        if value.strip()
    ]
    writer.facts(facts)
    if len(facts) > 1:
        for written in writer.document.paragraphs[-len(facts) : -1]:
            written.paragraph_format.keep_with_next = True


def _one_line(text: str, joint: str) -> str:
    """Typed lines as one line of a "label: text" paragraph."""
    return joint.join(line.strip().rstrip(";") for line in text.splitlines() if line.strip())


def _priority(code: str) -> str:
    return vocab_label(RecommendationPriority, code)

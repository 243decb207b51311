"""Sprawozdanie z przebiegu i wyników konsultacji (art. 6 ust. 6 uzppr).

The law asks for a report published within 30 days after the comment period
ends, giving the course of the consultations and a response, with its
justification, to every comment. The report therefore lists each event
with its art. 6 dates and the findings of ``consultation_reads.art6_checks``,
counts the comments by disposition and by who raised them, and ends with a
landscape table of every comment, event by event: who raised it, which part
of the document it concerns, its content and proposal, the rozstrzygnięcie
and its uzasadnienie. A partnership with no events or no comments still
gets a valid report that says so. A comment's author who is a contact person
that withdrew consent is not named (the stakeholder and category still are).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from cwd_desktop.domain.vocab import (
    MIN_COMMENT_PERIOD_DAYS,
    REPORT_DUE_DAYS,
    DocumentKind,
)
from cwd_desktop.exports.docx.registry import exporter
from cwd_desktop.exports.docx.writer import DocxWriter, plural
from cwd_desktop.services import consultation_reads as reads
from cwd_desktop.services.gdpr import Withheld, withheld_people

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services

TITLE = "Sprawozdanie z przebiegu i wyników konsultacji"
LEGAL_BASIS = (
    "art. 6 ust. 6 ustawy z dnia 6 grudnia 2006 r. o zasadach prowadzenia polityki rozwoju"
)
NO_EVENTS = "W partnerstwie nie zapisano żadnego wydarzenia konsultacyjnego."
NO_COMMENTS = "W trakcie konsultacji nie zgłoszono żadnych uwag."
COMMENT_HEADER = [
    "Nr",
    "Zgłaszający",
    "Fragment dokumentu",
    "Treść uwagi",
    "Propozycja zmiany",
    "Rozstrzygnięcie",
    "Uzasadnienie",
]
#: Widths of the comment table's columns on a landscape A4 page (24.7 cm of text).
COMMENT_WIDTHS = [1.0, 3.5, 2.5, 5.7, 4.2, 3.0, 4.8]


def _day(value: date | None) -> str:
    return reads.format_date(value) if value else "—"


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%".replace(".", ",") if whole else "—"


def _stakeholder_names(services: Services, partnership_id: str) -> dict[str, str]:
    rows = services.store.reader().execute(
        "SELECT id, name FROM stakeholder WHERE partnership_id = ? AND deleted_at IS NULL",
        (partnership_id,),
    )
    return {str(a): str(b) for a, b in rows}


def _all_comments(services: Services, partnership_id: str) -> list[dict[str, Any]]:
    source = reads.comment_source(services.store, partnership_id, None)
    return source("", 0, 1 << 40)


@exporter(DocumentKind.CONSULTATION_REPORT)
def build(services: Services, partnership_id: str, writer: DocxWriter, **_: Any) -> str:
    """Write the report of the partnership's consultations; return its title."""
    view = services.partnerships.get(partnership_id)
    name, short = view.data.name, view.data.short_name
    store = services.store
    events = reads.events(store, partnership_id)
    comments = _all_comments(services, partnership_id)
    today = date.today()

    writer.title_page(
        TITLE,
        name,
        [
            f"Partnerstwo: {name} ({short})",
            f"Podstawa prawna: {LEGAL_BASIS}",
            f"Data sporządzenia: {reads.format_date(today)}",
        ],
    )
    writer.header_footer(f"{short} — sprawozdanie z konsultacji")
    writer.toc()
    writer.page_break()

    _general(writer, events, comments)
    writer.progress.update(1, 4, "")
    _course(services, writer, partnership_id, events, today)
    writer.progress.update(2, 4, "")
    _summary(services, writer, partnership_id, comments)
    writer.progress.update(3, 4, "")
    _comment_tables(services, writer, partnership_id, events, comments)
    writer.heading("5. Sporządzenie sprawozdania", 1)
    writer.facts(
        [
            ("Sporządził(a)", writer.author or "…………………………"),
            ("Data", reads.format_date(today)),
            ("Podpis", "…………………………"),
        ]
    )
    return f"{TITLE} — {short}"


def _general(writer: DocxWriter, events: list[reads.Event], comments: list[dict[str, Any]]) -> None:
    writer.heading("1. Informacje ogólne", 1)
    writer.paragraph(
        "Sprawozdanie sporządzono na podstawie "
        f"{LEGAL_BASIS}. Przedstawia przebieg konsultacji, zgłoszone uwagi oraz "
        "stanowisko wobec każdej z nich wraz z uzasadnieniem."
    )
    if not events:
        writer.paragraph(NO_EVENTS)
        return
    subjects = list(dict.fromkeys(e.subject for e in events if e.subject.strip()))
    writer.facts(
        [
            ("Okres konsultacji", f"{_day(events[0].held_on)} – {_day(events[-1].held_on)}"),
            ("Liczba wydarzeń konsultacyjnych", str(len(events))),
            ("Łączna liczba uczestników", str(sum(e.participants for e in events))),
            ("Liczba zgłoszonych uwag", str(len(comments))),
        ]
    )
    if subjects:
        writer.paragraph("Przedmiot konsultacji:")
        writer.bullets(subjects)


def _course(
    services: Services,
    writer: DocxWriter,
    partnership_id: str,
    events: list[reads.Event],
    today: date,
) -> None:
    writer.heading("2. Przebieg konsultacji", 1)
    if not events:
        writer.paragraph(NO_EVENTS)
        return
    forms = reads.form_labels()

    def form(code: str) -> str:
        return forms[code].render() if code in forms else code

    writer.table(
        ["Lp.", "Data", "Forma", "Miejsce", "Temat", "Uczestnicy", "Uwagi"],
        [
            [
                str(number),
                _day(e.held_on),
                form(e.form),
                e.place,
                e.subject,
                str(e.participants),
                str(e.comments),
            ]
            for number, e in enumerate(events, start=1)
        ],
        caption="Wydarzenia konsultacyjne",
        number_columns=(0, 5, 6),
    )
    for number, event in enumerate(events, start=1):
        writer.heading(f"2.{number}. {_day(event.held_on)} — {event.subject}", 2)
        facts = [
            ("Data", _day(event.held_on)),
            ("Forma", form(event.form)),
            ("Miejsce", event.place or "—"),
            ("Temat", event.subject),
            ("Liczba uczestników", str(event.participants)),
        ]
        linked = reads.linked_stakeholders(services.store, event.id)
        if linked:
            facts.append(("Interesariusze", "; ".join(link.stakeholder.name for link in linked)))
        facts += _art6_facts(event)
        facts.append(("Liczba uwag", str(event.comments)))
        writer.facts(facts)
        if event.notes.strip():
            writer.paragraph(event.notes)
        findings = reads.art6_checks(services.store, event.id, today)
        # The report's own deadline is in the facts above; "overdue" is no finding of the report.
        problems = [f.render() for f in findings if f.code != "report_due"]
        if problems:
            writer.notice("Do uzupełnienia przed publikacją (art. 6 uzppr):", problems)
        elif event.announced_on and event.comments_until:
            writer.paragraph(
                f"Okres zgłaszania uwag spełnia wymóg art. 6 ust. 3 uzppr "
                f"(co najmniej {MIN_COMMENT_PERIOD_DAYS} dni)."
            )


def _art6_facts(event: reads.Event) -> list[tuple[str, str]]:
    """The announcement, the comment period and the report deadline of one event."""
    facts = []
    if event.announced_on:
        facts.append(("Ogłoszenie konsultacji", _day(event.announced_on)))
    if event.comments_until:
        period = _day(event.comments_until)
        if event.announced_on:
            days = (event.comments_until - event.announced_on).days
            period += f" ({days} dni od ogłoszenia; wymagane co najmniej {MIN_COMMENT_PERIOD_DAYS})"
        facts.append(("Termin zgłaszania uwag", period))
        due = event.comments_until + timedelta(days=REPORT_DUE_DAYS)
        facts.append(
            (
                "Termin publikacji sprawozdania",
                f"{_day(due)} ({REPORT_DUE_DAYS} dni po terminie uwag)",
            )
        )
    return facts


def _summary(
    services: Services, writer: DocxWriter, partnership_id: str, comments: list[dict[str, Any]]
) -> None:
    writer.heading("3. Podsumowanie uwag", 1)
    if not comments:
        writer.paragraph(NO_COMMENTS)
        return
    total = len(comments)
    stats = reads.stats(services.store, partnership_id)
    writer.paragraph(
        f"Zgłoszono łącznie {plural(total, 'uwagę', 'uwagi', 'uwag')}. Sposób rozpatrzenia:"
    )
    writer.table(
        ["Rozstrzygnięcie", "Liczba uwag", "Udział"],
        [[c.label.render(), str(c.count), _percent(c.count, total)] for c in stats.by_disposition]
        + [["Razem", str(total), "100%"]],
        caption="Uwagi według rozstrzygnięcia",
        widths_cm=[8.0, 4.0, 4.0],
        number_columns=(1, 2),
    )
    writer.table(
        ["Kategoria zgłaszającego", "Liczba uwag", "Udział"],
        [[c.label.render(), str(c.count), _percent(c.count, total)] for c in stats.by_category],
        caption="Uwagi według kategorii zgłaszających",
        widths_cm=[8.0, 4.0, 4.0],
        number_columns=(1, 2),
    )


def _comment_tables(
    services: Services,
    writer: DocxWriter,
    partnership_id: str,
    events: list[reads.Event],
    comments: list[dict[str, Any]],
) -> None:
    with writer.landscape():
        writer.heading("4. Zestawienie uwag wraz z rozstrzygnięciami", 1)
        if not comments:
            writer.paragraph(NO_COMMENTS)
            return
        dispositions = reads.disposition_labels()
        categories = reads.category_labels(services.store, partnership_id)
        stakeholders = _stakeholder_names(services, partnership_id)
        withheld = withheld_people(services.store, partnership_id)
        by_event: dict[str, list[dict[str, Any]]] = {}
        for comment in comments:
            by_event.setdefault(comment["consultation_id"], []).append(comment)
        counts = Counter(c["consultation_id"] for c in comments)
        for event in events:
            rows = by_event.get(event.id)
            if not rows:
                continue
            writer.table(
                COMMENT_HEADER,
                [_comment_row(c, dispositions, categories, stakeholders, withheld) for c in rows],
                caption=f"Uwagi zgłoszone: {_day(event.held_on)}, {event.subject} "
                f"({counts[event.id]})",
                widths_cm=COMMENT_WIDTHS,
                number_columns=(0,),
            )


def _comment_row(
    comment: dict[str, Any],
    dispositions: dict[str, reads.Label],
    categories: dict[str, reads.Label],
    stakeholders: dict[str, str],
    withheld: Withheld,
) -> list[str]:
    author = withheld.shown(comment["author"])  # "" once the author withdrew consent (RODO)
    who = [author]
    stakeholder = stakeholders.get(comment["stakeholder_id"] or "")
    if stakeholder and stakeholder != author:
        who.append(stakeholder)
    category = categories.get(comment["author_category"] or "")
    if category is not None:
        who.append(f"({category.render()})")
    code = comment["disposition"] or ""
    disposition = dispositions[code].render() if code in dispositions else reads.NO_DISPOSITION
    return [
        str(comment["number"]),
        "\n".join(w for w in who if w),
        comment["section"],
        comment["content"],
        comment["proposal"],
        disposition,
        comment["justification"],
    ]

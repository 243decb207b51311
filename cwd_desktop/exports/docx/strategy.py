"""The strategy as a Word document, in the order the law lists its content.

Art. 10e ust. 3 u.s.g. (applied by art. 10g to a strategia rozwoju
ponadlokalnego): the wnioski z diagnozy, then points 1-9; vision and mission
come before the objectives, as strategies customarily open with them. A ZIT
or IIT strategy gets a chapter with the elements of art. 29 ust. 1 of
Regulation 2021/1060, and a partnership with a project package gets an annex
listing it (the projects' own document is the ``projects`` export).

Export is allowed with gaps: the compliance findings
(``services.strategy_compliance``) are then boxed on the first page, so a
draft can never be mistaken for a finished strategy. Every list is written
with the writer's fast table, so a package of 200 projects costs one table.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cwd_desktop.domain.vocab import (
    Dimension,
    DocumentKind,
    FundingSource,
    PolicyObjective,
    StrategyType,
    label,
)
from cwd_desktop.exports.docx.registry import exporter
from cwd_desktop.exports.docx.writer import (
    STYLE_CAPTION,
    STYLE_META,
    STYLE_SUBTITLE,
    STYLE_TITLE,
    DocxWriter,
    clean,
)
from cwd_desktop.services import strategy_reads as reads
from cwd_desktop.services.blobs import BlobStore
from cwd_desktop.services.strategy_compliance import Finding, art10e, art29, check
from cwd_desktop.services.strategy_reads import money, number_text

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services

NOTICE_TITLE = "Projekt niekompletny – brakuje elementów wymaganych przez prawo:"
TYPE_NAMES = {
    StrategyType.SUPRALOCAL.value: "strategia rozwoju ponadlokalnego (art. 10g u.s.g.)",
    StrategyType.ZIT.value: "strategia terytorialna ZIT (art. 29 rozporządzenia 2021/1060)",
    StrategyType.IIT.value: "strategia terytorialna IIT (art. 29 rozporządzenia 2021/1060)",
}
#: Chapter headings, in the law's order (the editor's sections carry shorter names).
CHAPTERS = {
    "diagnosis": "Wnioski z diagnozy",
    "vision": "Wizja i misja",
    "objectives": "Cele strategiczne rozwoju",
    "directions": "Kierunki działań",
    "results": "Oczekiwane rezultaty planowanych działań i wskaźniki ich osiągnięcia",
    "spatial_model": "Model struktury funkcjonalno-przestrzennej",
    "spatial_policy": (
        "Ustalenia i rekomendacje w zakresie kształtowania i prowadzenia polityki przestrzennej"
    ),
    "osi_regional": ("Obszary strategicznej interwencji określone w strategii rozwoju województwa"),
    "osi_local": "Obszary strategicznej interwencji kluczowe dla partnerstwa",
    "implementation": "System realizacji strategii",
    "finance": "Ramy finansowe i źródła finansowania",
    "territorial": "Elementy strategii terytorialnej",
    "projects": "Załącznik. Pakiet projektów",
}
DIMENSION_HEADINGS = {
    Dimension.SOCIAL.value: "Wymiar społeczny",
    Dimension.ECONOMIC.value: "Wymiar gospodarczy",
    Dimension.SPATIAL.value: "Wymiar przestrzenny",
}
TERRITORIAL = (
    ("a", "area_description", "Obszar geograficzny objęty strategią"),
    (
        "b",
        "needs_analysis",
        "Analiza potrzeb rozwojowych i potencjału obszaru wraz z powiązaniami",
    ),
    ("c", "integrated_approach", "Zintegrowane podejście do potrzeb i potencjału"),
    ("d", "partner_involvement", "Zaangażowanie partnerów"),
)
MISSING = "Sekcja nie została jeszcze opracowana."
RESULT_HEADER = [
    "Oczekiwany rezultat",
    "Wskaźnik",
    "J.m.",
    "Wartość bazowa",
    "Wartość docelowa",
    "Rok",
    "Źródło danych",
]
RESULT_WIDTHS = [3.6, 3.7, 1.4, 1.8, 1.8, 1.2, 2.5]


@exporter(DocumentKind.STRATEGY)
def build(services: Services, partnership_id: str, writer: DocxWriter, **_: Any) -> str:
    """Write the partnership's strategy; return its title."""
    view = services.partnerships.get(partnership_id)
    data = reads.load(services.store, partnership_id)
    findings = check(data)
    name, short = view.data.name, view.data.short_name
    title = data.text("title") or f"Strategia — {name}"
    members = ", ".join(_member_name(j.name, j.kind) for j in view.members)
    kind = TYPE_NAMES.get(data.type, TYPE_NAMES[StrategyType.SUPRALOCAL.value])
    lines = [
        f"Partnerstwo: {name} ({short})",
        f"Członkowie partnerstwa: {members}" if members else "",
        f"Okres realizacji: {data.text('horizon')}" if data.text("horizon") else "",
        f"Rodzaj dokumentu: {kind}",
        f"Stan na: {date.today().strftime('%d.%m.%Y')}",
    ]
    _first_page(writer, title, name, [line for line in lines if line], findings)
    writer.header_footer(f"{name} — strategia")
    writer.toc()
    writer.page_break()

    chapter = _Chapters(writer)
    steps = 13
    _diagnosis(chapter, data)
    writer.progress.update(1, steps, "")
    _vision(chapter, data)
    _objectives(chapter, data)
    _directions(chapter, data)
    writer.progress.update(4, steps, "")
    _results(chapter, data)
    blobs = BlobStore(services.store.data_dir)
    _text_with_images(chapter, data, blobs, "spatial_model", art10e(4))
    writer.progress.update(6, steps, "")
    _text_with_images(chapter, data, blobs, "spatial_policy", art10e(5))
    _text_with_images(chapter, data, blobs, "osi_regional", art10e(6))
    _text_with_images(chapter, data, blobs, "osi_local", art10e(7))
    writer.progress.update(9, steps, "")
    chapter.open("implementation", art10e(8))
    _text(writer, data.text("implementation"))
    _finance(chapter, data)
    if data.is_territorial:
        _territorial(chapter, data)
    writer.progress.update(12, steps, "")
    _projects(chapter, services, partnership_id)
    return title


class _Chapters:
    """Numbered level-1 headings with their legal basis beneath."""

    def __init__(self, writer: DocxWriter) -> None:
        self.writer = writer
        self.number = 0

    def open(self, key: str, basis: str = "") -> str:
        """Start chapter ``key``; return its number as text ("3")."""
        self.number += 1
        self.writer.heading(f"{self.number}. {CHAPTERS[key]}", 1)
        if basis:
            self.writer.paragraph(f"Podstawa prawna: {basis}", STYLE_CAPTION)
        return str(self.number)


def _member_name(name: str, kind: str) -> str:
    return f"{name} ({kind})" if kind else name


def _first_page(
    writer: DocxWriter, title: str, subtitle: str, lines: list[str], findings: list[Finding]
) -> None:
    """The title page; with findings, the compliance list boxed on it."""
    if not findings:
        writer.title_page(title, subtitle, lines)
        return
    # As ``title_page``, with the notice before the page break (and less room above the title).
    writer.title = clean(title)
    writer.paragraph(title, STYLE_TITLE)
    writer.paragraph(subtitle, STYLE_SUBTITLE)
    for line in lines:
        writer.paragraph(line, STYLE_META)
    writer.notice(NOTICE_TITLE, [f.line() for f in findings])
    writer.section.different_first_page_header_footer = True
    writer.page_break()


def _text(writer: DocxWriter, text: str) -> None:
    if text.strip():
        writer.paragraph(text)
    else:
        writer.paragraph(MISSING)


def _diagnosis(chapter: _Chapters, data: reads.StrategyData) -> None:
    writer = chapter.writer
    chapter.open(
        "diagnosis", f"{art10e()} w zw. z art. 10a ustawy o zasadach prowadzenia polityki rozwoju"
    )
    summary = data.text("diagnosis_summary")
    if summary:
        writer.paragraph(summary)
    if data.conclusions:
        if summary:
            writer.paragraph("Wnioski z raportu diagnostycznego:")
        areas: dict[str, list[str]] = {}
        for conclusion in data.conclusions:
            areas.setdefault(conclusion.area, []).append(conclusion.text)
        for area, texts in areas.items():
            if area:
                writer.paragraph(area, STYLE_META)
            writer.bullets(texts)
    if not summary and not data.conclusions:
        writer.paragraph(MISSING)


def _vision(chapter: _Chapters, data: reads.StrategyData) -> None:
    writer = chapter.writer
    number = chapter.open("vision")
    writer.heading(f"{number}.1. Wizja", 2)
    _text(writer, data.text("vision"))
    writer.heading(f"{number}.2. Misja", 2)
    _text(writer, data.text("mission"))


def _objectives(chapter: _Chapters, data: reads.StrategyData) -> None:
    writer = chapter.writer
    number = chapter.open("objectives", art10e(1))
    if not data.objectives:
        writer.paragraph(MISSING)
        return
    writer.table(
        ["Nr", "Cel strategiczny", "Wymiar"],
        [[str(o.number), o.title, _dimension_name(o.dimension)] for o in data.objectives],
        widths_cm=[1.2, 11.3, 3.5],
        caption="Cele strategiczne",
        number_columns=(0,),
    )
    for index, dimension in enumerate(reads.dimension_order(), start=1):
        writer.heading(f"{number}.{index}. {DIMENSION_HEADINGS[dimension]}", 2)
        chosen = data.objectives_in(dimension)
        if not chosen:
            writer.paragraph("W tym wymiarze nie określono celu strategicznego.")
        for objective in chosen:
            writer.heading(f"Cel {objective.number}. {objective.title}", 3)
            if objective.description:
                writer.paragraph(objective.description)


def _directions(chapter: _Chapters, data: reads.StrategyData) -> None:
    writer = chapter.writer
    chapter.open("directions", art10e(2))
    if not data.objectives:
        writer.paragraph(MISSING)
        return
    for objective in data.objectives:
        writer.heading(f"Cel {objective.number}. {objective.title}", 2)
        directions = data.directions_of(objective.id)
        if not directions:
            writer.paragraph("Nie określono kierunków działań.")
            continue
        writer.table(
            ["Nr", "Kierunek działań", "Zakres"],
            [[f"{objective.number}.{d.number}", d.title, d.description] for d in directions],
            widths_cm=[1.2, 6.3, 8.5],
            number_columns=(0,),
        )


def _results(chapter: _Chapters, data: reads.StrategyData) -> None:
    writer = chapter.writer
    chapter.open("results", art10e(3))
    if not data.objectives:
        writer.paragraph(MISSING)
        return
    for objective in data.objectives:
        writer.heading(f"Cel {objective.number}. {objective.title}", 2)
        results = data.results_of(objective.id)
        if not results:
            writer.paragraph("Nie określono oczekiwanych rezultatów ani wskaźników.")
            continue
        writer.table(
            RESULT_HEADER,
            [
                [
                    r.description,
                    r.indicator,
                    r.unit,
                    number_text(r.baseline),
                    number_text(r.target),
                    str(r.year or ""),
                    r.source,
                ]
                for r in results
            ],
            widths_cm=RESULT_WIDTHS,
            caption=f"Rezultaty i wskaźniki celu {objective.number}",
            number_columns=(3, 4, 5),
        )
        spatial = [r for r in results if r.spatial]
        if spatial:
            writer.paragraph("Wymiar przestrzenny rezultatów:")
            writer.bullets(f"{r.description or r.indicator}: {r.spatial}" for r in spatial)


def _text_with_images(
    chapter: _Chapters, data: reads.StrategyData, blobs: BlobStore, key: str, basis: str
) -> None:
    writer = chapter.writer
    chapter.open(key, basis)
    _text(writer, data.text(key))
    for image in data.images_of(key):
        path = blobs.path(image.sha256)
        if not path.is_file():
            writer.paragraph(
                f"[Rysunek „{image.caption or image.filename}”: brak pliku na tym komputerze.]"
            )
            continue
        writer.picture(Path(path), caption=image.caption or image.filename)


def _finance(chapter: _Chapters, data: reads.StrategyData) -> None:
    writer = chapter.writer
    chapter.open("finance", art10e(9))
    _text(writer, data.text("financial_framework"))
    if not data.finance:
        return
    total = sum(line.amount for line in data.finance)

    def share(amount: float) -> str:
        return f"{number_text(100 * amount / total, 1)}%" if total else ""

    rows = [
        [_source_name(line.source), money(line.amount), share(line.amount), line.notes]
        for line in data.finance
    ]
    rows.append(["Razem", money(total), "100%" if total else "", ""])
    writer.table(
        ["Źródło finansowania", "Kwota (zł)", "Udział", "Uwagi"],
        rows,
        widths_cm=[4.2, 3.3, 1.8, 6.7],
        caption="Ramy finansowe strategii",
        number_columns=(1, 2),
    )


def _dimension_name(code: str) -> str:
    try:
        return label(Dimension(code))
    except ValueError:
        return code


def _source_name(code: str) -> str:
    try:
        return label(FundingSource(code))
    except ValueError:
        return code


def _territorial(chapter: _Chapters, data: reads.StrategyData) -> None:
    writer = chapter.writer
    number = chapter.open("territorial", "art. 29 ust. 1 rozporządzenia 2021/1060")
    for index, (letter, field, heading) in enumerate(TERRITORIAL, start=1):
        writer.heading(f"{number}.{index}. {heading}", 2)
        writer.paragraph(f"Podstawa prawna: {art29(letter)}", STYLE_CAPTION)
        _text(writer, data.text(field))


def _projects(chapter: _Chapters, services: Services, partnership_id: str) -> None:
    projects = reads.projects(services.store, partnership_id)
    if not projects:
        return
    writer = chapter.writer
    writer.page_break()
    writer.heading(CHAPTERS["projects"], 1)
    total = sum(p.cost for p in projects)
    rows = [
        [
            str(p.number),
            p.title,
            p.leader,
            p.objectives,
            _po_code(p.policy_objective),
            money(p.cost),
        ]
        for p in projects
    ]
    rows.append(["", "Razem", "", "", "", money(total)])
    writer.table(
        ["Nr", "Tytuł projektu", "Lider", "Cele", "CP", "Koszt (zł)"],
        rows,
        widths_cm=[1.0, 7.0, 3.2, 1.4, 1.2, 2.2],
        caption="Projekty pakietu",
        number_columns=(0, 5),
    )
    writer.paragraph(
        "CP – cel polityki spójności 2021–2027: "
        + "; ".join(label(po) for po in PolicyObjective)
        + ". Karty projektów zawiera odrębny dokument pakietu projektów.",
        STYLE_CAPTION,
    )


def _po_code(code: str) -> str:
    return code.upper() if code else ""

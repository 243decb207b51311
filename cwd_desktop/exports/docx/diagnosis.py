"""Raport diagnostyczny: the partnership's situation in figures, its surveys, SWOT and conclusions.

The report is what the diagnosis stage hands to the partnership (DOMAIN.md,
stage 2) and what the strategy's "wnioski z diagnozy" (art. 10a uzppr) rest
on. Its order: an introduction naming the members and sources; the
indicators theme by theme, each as a JST × year table (unit and source in
the caption), a sentence on how it changed, and a chart; the chosen surveys,
each closed question as a chart with a short counts table and a few quotes
of the open ones; the SWOT as a 2 × 2 matrix; the conclusions as a numbered
list. Every part says so when it is empty, so an early draft exports too.

Charts are made and drawn on the GUI thread (``DocxWriter.chart`` with a
factory), so the export can run in a background operation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from cwd_desktop.domain.vocab import DocumentKind, SurveyKind, SwotQuadrant, label
from cwd_desktop.exports.docx.registry import exporter
from cwd_desktop.exports.docx.writer import DocxWriter, plural
from cwd_desktop.services import diagnosis_reads as reads
from cwd_desktop.services.diagnosis_reads import IndicatorGrid, number_text

if TYPE_CHECKING:
    from docx.table import Table

    from cwd_desktop.services.app import Services
    from cwd_desktop.services.survey_summary import QuestionSummary
    from cwd_desktop.services.teryt import Jst

TITLE = "Raport diagnostyczny"
#: The most recent years a table shows (a chart shows them all).
TABLE_YEARS = 8
#: Quotes of an open question the report gives.
QUOTES = 5
#: The width of a survey chart: narrower than the text, so a question fits on a page.
SURVEY_CHART_CM = 13.0
NO_INDICATORS = "Nie wprowadzono wskaźników."
NO_SURVEYS = "Do raportu nie wybrano żadnego badania ankietowego."
NO_SWOT = "Nie przygotowano analizy SWOT."
NO_CONCLUSIONS = "Nie sformułowano wniosków z diagnozy."
OTHER_THEME = "Pozostałe wskaźniki"
SWOT_TITLES = {
    SwotQuadrant.STRENGTH.value: "Mocne strony",
    SwotQuadrant.WEAKNESS.value: "Słabe strony",
    SwotQuadrant.OPPORTUNITY.value: "Szanse",
    SwotQuadrant.THREAT.value: "Zagrożenia",
}


def _day(value: date) -> str:
    return value.strftime("%d.%m.%Y")


@exporter(DocumentKind.DIAGNOSIS)
def build(services: Services, partnership_id: str, writer: DocxWriter, **_: Any) -> str:
    """Write the diagnostic report of the partnership; return its title."""
    view = services.partnerships.get(partnership_id)
    name, short = view.data.name, view.data.short_name
    store = services.store
    indicators = reads.indicators(store, partnership_id)
    surveys = reads.chosen_surveys(store, partnership_id)
    writer.title_page(
        TITLE,
        name,
        [
            f"Partnerstwo: {name} ({short})",
            f"Liczba JST: {len(view.members)}",
            f"Data sporządzenia: {_day(date.today())}",
        ],
    )
    writer.header_footer(f"{short} — raport diagnostyczny")
    writer.toc()
    writer.page_break()
    if indicators or surveys:
        from cwd_desktop.exports.charts import ensure_app

        ensure_app()  # charts are QObjects: Qt must be up (the CLI has no window)
    steps = len(indicators) + len(surveys) + 2
    _introduction(services, writer, view.members, indicators, surveys)
    _indicators(services, writer, view.members, indicators, steps)
    _surveys(services, writer, [s for _, s in surveys], len(indicators), steps)
    _swot(services, writer, partnership_id)
    _conclusions(services, writer, partnership_id)
    writer.progress.update(steps, steps, "")
    return f"{TITLE} — {short}"


# -- 1. introduction ---------------------------------------------------------------------------


def _introduction(
    services: Services,
    writer: DocxWriter,
    members: list[Jst],
    indicators: list[reads.IndicatorInfo],
    surveys: list[tuple[str, str]],
) -> None:
    writer.heading("1. Wprowadzenie", 1)
    writer.paragraph(
        "Raport przedstawia diagnozę sytuacji społeczno-gospodarczej obszaru partnerstwa, "
        "wyniki badań ankietowych, analizę SWOT oraz wnioski z diagnozy, które są podstawą "
        "strategii (art. 10a ustawy o zasadach prowadzenia polityki rozwoju)."
    )
    labels = reads.jst_labels(members)
    writer.paragraph("Partnerstwo tworzą:")
    writer.bullets(f"{labels[j.code]} — {j.kind}, kod TERYT {j.code}" for j in members)
    years = [y for i in indicators for y in (i.first_year, i.last_year) if y is not None]
    sources = list(dict.fromkeys(i.source for i in indicators if i.source))
    facts = [
        ("Wskaźniki", plural(len(indicators), "wskaźnik", "wskaźniki", "wskaźników")),
        ("Lata", f"{min(years)}–{max(years)}" if years else "—"),
        ("Badania ankietowe", str(len(surveys))),
    ]
    if sources:
        facts.append(("Źródła danych", "; ".join(sources)))
    writer.facts(facts)


# -- 2. indicators -----------------------------------------------------------------------------


def _themes(indicators: list[reads.IndicatorInfo]) -> dict[str, list[reads.IndicatorInfo]]:
    themes: dict[str, list[reads.IndicatorInfo]] = {}
    for info in indicators:
        themes.setdefault(info.area or OTHER_THEME, []).append(info)
    if OTHER_THEME in themes:
        themes[OTHER_THEME] = themes.pop(OTHER_THEME)  # the unthemed ones last
    return themes


def _indicators(
    services: Services,
    writer: DocxWriter,
    members: list[Jst],
    indicators: list[reads.IndicatorInfo],
    steps: int,
) -> None:
    writer.heading("2. Sytuacja społeczno-gospodarcza w świetle wskaźników", 1)
    if not indicators:
        writer.paragraph(NO_INDICATORS)
        return
    done = 0
    for theme_number, (theme, infos) in enumerate(_themes(indicators).items(), start=1):
        writer.heading(f"2.{theme_number}. {theme}", 2)
        for number, info in enumerate(infos, start=1):
            writer.progress.update(done, steps, info.name)
            done += 1
            grid = reads.grid(services.store, services.teryt.get, members, info.id)
            if grid is None:
                continue
            writer.heading(f"2.{theme_number}.{number}. {info.name}", 3)
            _indicator(writer, grid)


def _indicator(writer: DocxWriter, grid: IndicatorGrid) -> None:
    info = grid.indicator
    rows = [j for j in grid.rows if grid.series(j.code)]
    if not rows:
        writer.paragraph("Brak wartości wskaźnika.")
        return
    labels = reads.jst_labels(grid.rows)
    years = [y for y in grid.years if any(grid.value(j.code, y) is not None for j in rows)]
    shown = years[-TABLE_YEARS:]
    unit = f" [{info.unit}]" if info.unit else ""
    source = f" Źródło: {info.source}." if info.source else ""
    span = f"{shown[0]}–{shown[-1]}" if len(shown) > 1 else str(shown[0])
    decimals = grid.decimals()
    first_width = 5.2
    year_width = (writer.text_width_cm() - first_width) / len(shown)
    table = writer.table(
        ["JST", *[str(y) for y in shown]],
        [[labels[j.code], *[_cell(grid.value(j.code, y), decimals) for y in shown]] for j in rows],
        caption=f"{info.name}{unit}, {span}.{source}",
        widths_cm=[first_width, *[year_width] * len(shown)],
        number_columns=range(1, len(shown) + 1),
    )
    _keep_with_chart(table)  # the table, its sentence and its chart on one page
    sentence = writer.paragraph(_change_sentence(grid, rows, labels, years, info.unit))
    if sentence is not None:
        sentence.paragraph_format.keep_with_next = True
    from cwd_desktop.ui.diagnosis_chart import BARS, LINES, export_chart

    mode = LINES if len(years) > 1 else BARS
    caption = (
        f"{info.name}{unit} w latach {years[0]}–{years[-1]}"
        if mode == LINES
        else f"{info.name}{unit} w {years[-1]} r."
    )
    writer.chart(partial(_made, partial(export_chart, grid, labels, mode)), caption=caption)


def _made(factory: Callable[[], Any]) -> Any:
    """The chart ``factory`` makes (the callers ask only for charts that exist)."""
    chart = factory()
    assert chart is not None
    return chart


def _cell(value: float | None, decimals: int) -> str:
    return "–" if value is None else number_text(value, decimals)


def _change_sentence(
    grid: IndicatorGrid, rows: list[Jst], labels: dict[str, str], years: list[int], unit: str
) -> str:
    """How the indicator changed and where it is highest and lowest in the last year."""
    last = years[-1]
    # A symbol (%, ‰, zł, km) follows the number; a noun unit ("osoba") would need its
    # Polish plural, so it is left to the caption.
    suffix = f" {unit}" if unit and (len(unit) <= 3 or not unit.isalpha()) else ""
    latest = [(labels[j.code], v) for j in rows if (v := grid.value(j.code, last)) is not None]
    text = ""
    if len(years) > 1:
        up = down = 0
        for jst in rows:
            series = grid.series(jst.code)
            if len(series) > 1:
                up += series[-1][1] > series[0][1]
                down += series[-1][1] < series[0][1]
        span = f"W latach {years[0]}–{last} wartość wskaźnika"
        counted = up + down
        if counted and up == counted:
            text = f"{span} wzrosła we wszystkich JST. "
        elif counted and down == counted:
            text = f"{span} spadła we wszystkich JST. "
        elif counted:
            text = f"{span} wzrosła w {up} JST, a spadła w {down} JST. "
    if len(latest) > 1:
        top = max(latest, key=lambda pair: pair[1])
        bottom = min(latest, key=lambda pair: pair[1])
        text += (
            f"W {last} r. wartość była najwyższa w JST {top[0]}: {number_text(top[1])}{suffix}, "
            f"a najniższa w JST {bottom[0]}: {number_text(bottom[1])}{suffix}."
        )
    return text


# -- 3. surveys --------------------------------------------------------------------------------


def _surveys(
    services: Services, writer: DocxWriter, survey_ids: list[str], done: int, steps: int
) -> None:
    writer.heading("3. Wyniki badań ankietowych", 1)
    if not survey_ids:
        writer.paragraph(NO_SURVEYS)
        return
    from cwd_desktop.services.survey_import.model import SOURCE_LABELS, Source
    from cwd_desktop.services.survey_summary import summarise

    for number, survey_id in enumerate(survey_ids, start=1):
        data = services.surveys.load(survey_id)
        writer.progress.update(done + number - 1, steps, data.info.title)
        summary = summarise(data)
        if number > 1:
            writer.page_break()  # each survey starts on a page of its own
        writer.heading(f"3.{number}. {summary.title}", 2)
        kind = summary.kind
        source = summary.source
        writer.facts(
            [
                ("Grupa badana", label(SurveyKind(kind)) if kind in set(SurveyKind) else kind),
                ("Liczba respondentów", str(summary.respondents)),
                (
                    "Narzędzie",
                    SOURCE_LABELS[Source(source)] if source in set(Source) else source or "—",
                ),
                ("Data wczytania danych", _day(data.info.imported_at.date())),
            ]
        )
        for index, question in enumerate(summary.questions, start=1):
            _question(writer, index, question)


def _question(writer: DocxWriter, number: int, question: QuestionSummary) -> None:
    """The question in bold, its counts table, then its chart (kept together on one page)."""
    from cwd_desktop.services.survey_import.model import QuestionType

    if question.answered == 0:
        return
    heading = writer.paragraph(f"Pytanie {number}. {question.text} (n = {question.answered})")
    if heading is not None:
        heading.paragraph_format.keep_with_next = True
        for run in heading.runs:
            run.bold = True
    if question.type is QuestionType.TEXT:
        quotes = [t for t, _ in Counter(question.texts).most_common(QUOTES)]
        count = plural(len(question.texts), "odpowiedź", "odpowiedzi", "odpowiedzi")
        writer.paragraph(f"Pytanie otwarte: {count}. Najczęstsze wypowiedzi:")
        writer.bullets(f"„{t}”" for t in quotes)
        return
    if question.type is QuestionType.GRID and question.grid:
        options = [a.label for a in question.grid[0].answers]
        table = writer.table(
            ["", *options],
            [[row.label, *[f"{a.percent:.0f}%" for a in row.answers]] for row in question.grid],
            number_columns=range(1, len(options) + 1),
        )
    else:
        share = "% respondentów" if question.type is QuestionType.MULTIPLE else "%"
        table = writer.table(
            ["Odpowiedź", "Liczba", share],
            [[a.label, str(a.count), f"{a.percent:.0f}%"] for a in question.answers],
            widths_cm=[10.0, 2.5, 3.5],
            number_columns=(1, 2),
        )
    _keep_with_chart(table)
    from cwd_desktop.ui.survey_charts import question_chart

    writer.chart(
        partial(_made, partial(question_chart, question, title=False)),
        width_cm=SURVEY_CHART_CM,
        caption=question.text,
    )


def _keep_with_chart(table: Table) -> None:
    """Keep the table, and the spacer paragraph the writer puts after it, with the chart."""
    from docx.text.paragraph import Paragraph

    for row in table.rows:
        for box in row.cells:
            for paragraph in box.paragraphs:
                paragraph.paragraph_format.keep_with_next = True
    spacer = table._element.getnext()
    if spacer is not None and spacer.tag.endswith("}p"):
        Paragraph(spacer, table._parent).paragraph_format.keep_with_next = True


# -- 4. SWOT and 5. conclusions ---------------------------------------------------------------


def _swot(services: Services, writer: DocxWriter, partnership_id: str) -> None:
    writer.heading("4. Analiza SWOT", 1)
    quadrants = reads.swot(services.store, partnership_id)
    if not any(quadrants.values()):
        writer.paragraph(NO_SWOT)
        return

    def cell(code: str) -> str:
        items = quadrants.get(code) or ["—"]
        return "\n".join([SWOT_TITLES[code], *[f"• {t}" for t in items]])

    s, w, o, t = (q.value for q in reads.QUADRANTS)
    table = writer.table(
        ["", "Czynniki pozytywne", "Czynniki negatywne"],
        [["Czynniki wewnętrzne", cell(s), cell(w)], ["Czynniki zewnętrzne", cell(o), cell(t)]],
        caption="Analiza SWOT obszaru partnerstwa",
        widths_cm=[2.8, 6.8, 6.8],
    )
    for row in table.rows[1:]:
        for column, box in enumerate(row.cells):
            # The row label and each quadrant's title in bold, as in a SWOT matrix.
            paragraphs = box.paragraphs if column == 0 else box.paragraphs[:1]
            for paragraph in paragraphs:
                for run in paragraph.runs:
                    run.bold = True


def _conclusions(services: Services, writer: DocxWriter, partnership_id: str) -> None:
    writer.heading("5. Wnioski z diagnozy", 1)
    rows = reads.conclusions(services.store, partnership_id)
    if not rows:
        writer.paragraph(NO_CONCLUSIONS)
        return
    writer.numbered(f"{r['area']}: {r['text']}" if r["area"] else r["text"] for r in rows)

"""A survey's summary as an XLSX workbook, for the diagnosis team to quote and re-chart.

Sheet "Podsumowanie": what was asked of whom (title, tool, kind, respondents,
filters), then one block per question: its answers with counts and
percents (real percent numbers, so Calc and Excel can chart and format
them), the mean and median of a number or scale, and a grid as two
matrices (counts, then row percents). Sheet "Odpowiedzi otwarte": every
free-text answer, one per row, next to its question. One more sheet per
requested cross-tab ("Wg gminy", "Wg płci", "Wg wieku"): each closed
question's counts by group, then the percent of each group (column
percents), since groups of different size compare only in percent.

Figures come from ``services.survey_summary`` (the page, the CLI and the
Word documents use the same), and the file is written beside the target
and renamed into place, so a failed export never leaves half a workbook.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from cwd_desktop.domain.vocab import SurveyKind, label
from cwd_desktop.exports.xlsx.sheet import add_sheet, cells, discard, save
from cwd_desktop.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cwd_desktop.services.survey_data import SurveyData
from cwd_desktop.services.survey_import.model import SOURCE_LABELS, QuestionType, Source
from cwd_desktop.services.survey_summary import (
    MAX_DISTINCT_NUMBERS,
    UNASSIGNED_GMINA,
    CrossTab,
    Dimension,
    Filters,
    QuestionSummary,
    crosstab,
    summarise,
)

CONTEXT = "SurveySummaryXlsx"
PERCENT_FORMAT = "0.0%"
NUMBER_FORMAT = "0.00"

SUMMARY_SHEET = QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Podsumowanie")
TEXTS_SHEET = QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Odpowiedzi otwarte")
CROSSTAB_SHEETS = {
    Dimension.GMINA: QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Wg gminy"),
    Dimension.GENDER: QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Wg płci"),
    Dimension.AGE: QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Wg wieku"),
}
_MISSING_DIMENSION = {
    Dimension.GMINA: QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Ankieta nie ma pytania o gminę."),
    Dimension.GENDER: QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Ankieta nie ma pytania o płeć."),
    Dimension.AGE: QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Ankieta nie ma pytania o wiek."),
}
TYPE_LABELS = {
    QuestionType.SINGLE: QT_TRANSLATE_NOOP("SurveySummaryXlsx", "jednokrotny wybór"),
    QuestionType.MULTIPLE: QT_TRANSLATE_NOOP("SurveySummaryXlsx", "wielokrotny wybór"),
    QuestionType.SCALE: QT_TRANSLATE_NOOP("SurveySummaryXlsx", "skala"),
    QuestionType.NUMBER: QT_TRANSLATE_NOOP("SurveySummaryXlsx", "liczba"),
    QuestionType.TEXT: QT_TRANSLATE_NOOP("SurveySummaryXlsx", "pytanie otwarte"),
    QuestionType.GRID: QT_TRANSLATE_NOOP("SurveySummaryXlsx", "siatka (macierz)"),
}
TEXT_COLUMNS: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Nr"), 6),
    (QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Pytanie"), 45),
    (QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Odpowiedź"), 90),
)
#: Width of the first column (answers, grid rows) and of the figure columns.
LABEL_WIDTH = 58
FIGURE_WIDTH = 16

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_MUTED = Font(italic=True, color="555555")
_HEAD_FILL = PatternFill("solid", fgColor="DDE6F0")
_WRAP = Alignment(wrap_text=True, vertical="top")
_PLAIN = Alignment(vertical="top")
_HEAD_ALIGN = Alignment(wrap_text=True, vertical="top", horizontal="center")


class _Writer:
    """Appends styled rows to a streamed sheet (write-only sheets take whole rows).

    Spreadsheets do not grow a row for wrapped text they did not lay out
    themselves, so a row holding a long answer is given its height here,
    before it is streamed. Titles and notes do not wrap: they run on over
    the empty cells to their right.
    """

    def __init__(self, sheet: WriteOnlyWorksheet, translate: Translate, widths: Sequence[int]):
        self.sheet = sheet
        self.translate = translate
        self.widths = list(widths)
        self.rows = 0
        for number, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(number)].width = width

    def text(self, text: str) -> str:
        """``text`` (marked in the ``SurveySummaryXlsx`` context) in the export's language."""
        return self.translate(CONTEXT, text)

    def cell(
        self,
        value: Any,
        *,
        font: Font | None = None,
        number_format: str | None = None,
        fill: PatternFill | None = None,
        align: Alignment = _WRAP,
    ) -> WriteOnlyCell:
        (cell,) = cells(self.sheet, [value])
        cell.alignment = align
        if font is not None:
            cell.font = font
        if number_format is not None:
            cell.number_format = number_format
        if fill is not None:
            cell.fill = fill
        return cell

    def append(self, row: list[WriteOnlyCell]) -> None:
        lines = max((self._lines(i, c) for i, c in enumerate(row)), default=1)
        self.rows += 1
        if lines > 1:
            self.sheet.row_dimensions[self.rows].height = 15 * lines
        self.sheet.append(row)

    def _lines(self, column: int, cell: WriteOnlyCell) -> int:
        if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
            return 1
        width = self.widths[column] if column < len(self.widths) else FIGURE_WIDTH
        # Characters per line: a column width counts digits; bold text is wider.
        per_line = max(1.0, width * (0.9 if cell.font.bold else 1.1))
        return sum(max(1, math.ceil(len(part) / per_line)) for part in cell.value.split("\n"))

    def row(self, *values: Any, font: Font | None = None) -> None:
        """A row of plain values that run on rather than wrap."""
        self.append([self.cell(v, font=font, align=_PLAIN) for v in values])

    def blank(self) -> None:
        self.append([])

    def header(self, *titles: str) -> None:
        self.append([self.cell(t, font=_BOLD, fill=_HEAD_FILL, align=_HEAD_ALIGN) for t in titles])

    def figures(
        self, label_text: str, values: Sequence[Any], formats: Sequence[str | None]
    ) -> None:
        """A table row: a label, then numbers with their formats."""
        numbers = [
            self.cell(v, number_format=f, align=_PLAIN)
            for v, f in zip(values, formats, strict=True)
        ]
        self.append([self.cell(label_text), *numbers])


def export_summary(
    data: SurveyData,
    path: Path,
    *,
    filters: Filters | None = None,
    crosstabs: Sequence[str] = (),
    group_names: dict[str, str] | None = None,
    translate: Translate = identity,
) -> Path:
    """Write the summary of ``data`` (under ``filters``) to ``path``; return the path.

    ``crosstabs`` are ``Dimension`` values, one sheet each; ``group_names``
    maps gmina TERYT codes to names.
    """
    workbook = Workbook(write_only=True)
    try:
        _write(workbook, data, filters, tuple(crosstabs), group_names or {}, translate)
        save(workbook, path)
    except BaseException:
        discard(workbook)
        raise
    return path


def _write(
    workbook: Workbook,
    data: SurveyData,
    filters: Filters | None,
    dimensions: Sequence[str],
    group_names: dict[str, str],
    translate: Translate,
) -> None:
    summary = summarise(data, filters)
    widest = max((_grid_width(q) for q in summary.questions), default=2)
    sheet = workbook.create_sheet(translate(CONTEXT, SUMMARY_SHEET))
    sheet.freeze_panes = "B2"
    out = _Writer(sheet, translate, _widths(widest))
    _head(out, data, summary.respondents, summary.total, filters, group_names)
    for number, question in enumerate(summary.questions, start=1):
        _question(out, number, question)
    texts = add_sheet(workbook, translate(CONTEXT, TEXTS_SHEET), TEXT_COLUMNS, translate, CONTEXT)
    for number, question in enumerate(summary.questions, start=1):
        for text in question.texts:
            texts.append(cells(texts, [number, question.text, text], wrap={1, 2}))
    for dimension in dimensions:
        _crosstab_sheet(workbook, data, dimension, filters, group_names, translate)


def _widths(figure_columns: int) -> list[int]:
    """The label column, then ``figure_columns`` columns of figures."""
    return [LABEL_WIDTH] + [FIGURE_WIDTH] * figure_columns


def _grid_width(question: QuestionSummary) -> int:
    """Figure columns a question's block takes (a grid: one per answer, plus the total)."""
    if question.type is QuestionType.GRID:
        options = {a.label for row in question.grid for a in row.answers}
        return len(options) + 1
    return 2


# -- the summary sheet ----------------------------------------------------------------------


def _head(
    out: _Writer,
    data: SurveyData,
    respondents: int,
    total: int,
    filters: Filters | None,
    group_names: dict[str, str],
) -> None:
    info = data.info
    out.row(info.title, font=_TITLE)
    out.row(
        out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Źródło")), _source_text(out, info.source)
    )
    out.row(
        out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Rodzaj ankiety")),
        _kind_text(out, info.kind),
    )
    out.row(out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Plik")), info.file_name)
    out.row(
        out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Zaimportowano")),
        info.imported_at.strftime("%d.%m.%Y %H:%M"),
    )
    if filters is not None and filters.active:
        out.row(
            out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Respondenci (po filtrach)")),
            respondents,
        )
        out.row(out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Respondenci (wszyscy)")), total)
        out.row(
            out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Filtry")),
            _filters_text(out, filters, group_names),
        )
    else:
        out.row(out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Respondenci")), respondents)
    out.blank()


def _source_text(out: _Writer, source: str) -> str:
    try:
        return out.translate("survey", SOURCE_LABELS[Source(source)])
    except ValueError:
        return source


def _kind_text(out: _Writer, kind: str) -> str:
    try:
        return out.translate("vocab", label(SurveyKind(kind)))
    except ValueError:
        return kind


def _filters_text(out: _Writer, filters: Filters, group_names: dict[str, str]) -> str:
    parts = []
    if filters.gminy is not None:
        names = sorted(
            group_names.get(code, code) if code else out.translate("survey", UNASSIGNED_GMINA)
            for code in filters.gminy
        )
        parts.append(
            out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "gminy: {names}")).format(
                names=", ".join(names)
            )
        )
    if filters.age_groups is not None:
        parts.append(
            out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "grupy wieku: {names}")).format(
                names=", ".join(sorted(filters.age_groups))
            )
        )
    return "; ".join(parts)


def _question(out: _Writer, number: int, question: QuestionSummary) -> None:
    out.row(f"{number}. {question.text}", font=_BOLD)
    kind = out.text(TYPE_LABELS[question.type])
    out.row(
        out.text(
            QT_TRANSLATE_NOOP(
                "SurveySummaryXlsx", "{kind} · odpowiedziało {answered} z {respondents}"
            )
        ).format(kind=kind, answered=question.answered, respondents=question.respondents),
        font=_MUTED,
    )
    if question.type is QuestionType.TEXT:
        out.row(
            out.text(
                QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Odpowiedzi: {n} — zob. arkusz „{sheet}”.")
            ).format(n=len(question.texts), sheet=out.text(TEXTS_SHEET))
        )
    elif question.type is QuestionType.GRID:
        _grid(out, question)
    else:
        out.header(
            out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Odpowiedź")),
            out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Liczba")),
            out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Procent")),
        )
        for answer in question.answers:
            out.figures(answer.label, [answer.count, answer.percent / 100], [None, PERCENT_FORMAT])
        if question.type is QuestionType.MULTIPLE:
            out.row(
                out.text(
                    QT_TRANSLATE_NOOP(
                        "SurveySummaryXlsx",
                        "Procent respondentów, którzy odpowiedzieli; odsetki nie sumują się do 100%.",  # noqa: E501
                    )
                ),
                font=_MUTED,
            )
        if question.mean is not None and question.median is not None:
            out.figures(
                out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Średnia")),
                [question.mean],
                [NUMBER_FORMAT],
            )
            out.figures(
                out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Mediana")),
                [question.median],
                [NUMBER_FORMAT],
            )
    out.blank()


def _grid(out: _Writer, question: QuestionSummary) -> None:
    """Two matrices: counts (with each row's answered total), then row percents."""
    options: list[str] = []
    for row in question.grid:
        options += [a.label for a in row.answers if a.label not in options]
    counts = [
        [next((a.count for a in row.answers if a.label == o), 0) for o in options]
        for row in question.grid
    ]
    out.header(
        out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Liczba odpowiedzi")),
        *options,
        out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Odpowiedziało")),
    )
    for row, values in zip(question.grid, counts, strict=True):
        out.figures(row.label, [*values, row.answered], [None] * (len(values) + 1))
    out.blank()
    out.header(out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Procent w wierszu")), *options)
    for row, values in zip(question.grid, counts, strict=True):
        shares = [v / row.answered if row.answered else 0.0 for v in values]
        out.figures(row.label, shares, [PERCENT_FORMAT] * len(shares))


# -- cross-tab sheets -----------------------------------------------------------------------


def _own_key(data: SurveyData, dimension: str) -> str | None:
    info = data.info
    return {
        Dimension.GMINA: info.gmina_key,
        Dimension.GENDER: info.gender_key,
        Dimension.AGE: info.age_key,
    }.get(dimension)


def _crosstab_sheet(
    workbook: Workbook,
    data: SurveyData,
    dimension: str,
    filters: Filters | None,
    group_names: dict[str, str],
    translate: Translate,
) -> None:
    if dimension not in CROSSTAB_SHEETS:
        raise ValueError(f"unknown dimension {dimension!r}")
    sheet = workbook.create_sheet(translate(CONTEXT, CROSSTAB_SHEETS[dimension]))
    own = _own_key(data, dimension)
    if own is None:
        out = _Writer(sheet, translate, _widths(1))
        out.row(data.info.title, font=_TITLE)
        out.row(out.text(_MISSING_DIMENSION[dimension]))
        return
    tabs = []
    for number, question in enumerate(data.questions, start=1):
        if question.type is QuestionType.TEXT or question.key == own:
            continue
        rows: Sequence[str | None] = question.rows if question.type is QuestionType.GRID else [None]
        for row in rows:
            tab = crosstab(
                data,
                question.key,
                dimension,
                row=row,
                filters=filters,
                group_names=group_names,
                translate=lambda text: translate("survey", text),
            )
            tabs.append((number, question.type, tab))
    groups = max((len(tab.groups) for _, _, tab in tabs), default=1)
    sheet.freeze_panes = "B2"
    out = _Writer(sheet, translate, _widths(groups + 1))
    out.row(data.info.title, font=_TITLE)
    out.blank()
    for number, kind, tab in tabs:
        _crosstab_block(out, number, kind, tab)


def _crosstab_block(out: _Writer, number: int, kind: QuestionType, tab: CrossTab) -> None:
    out.row(f"{number}. {tab.question}", font=_BOLD)
    if kind is QuestionType.NUMBER and len(tab.labels) > MAX_DISTINCT_NUMBERS:
        out.row(
            out.text(
                QT_TRANSLATE_NOOP(
                    "SurveySummaryXlsx",
                    "Pytanie liczbowe o wielu wartościach — zob. arkusz „Podsumowanie”.",
                )
            ),
            font=_MUTED,
        )
        out.blank()
        return
    if kind is QuestionType.MULTIPLE:
        out.row(
            out.text(
                QT_TRANSLATE_NOOP(
                    "SurveySummaryXlsx",
                    "Można było wybrać kilka odpowiedzi: procenty nie sumują się do 100%.",
                )
            ),
            font=_MUTED,
        )
    answered = sum(tab.totals)
    out.header(
        out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Liczba odpowiedzi")),
        *tab.groups,
        out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Razem")),
    )
    for index, answer in enumerate(tab.labels):
        values = [*tab.counts[index], sum(tab.counts[index])]
        out.figures(answer, values, [None] * len(values))
    out.figures(
        out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Odpowiedziało")),
        [*tab.totals, answered],
        [None] * (len(tab.totals) + 1),
    )
    out.blank()
    out.header(
        out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Procent w grupie")),
        *tab.groups,
        out.text(QT_TRANSLATE_NOOP("SurveySummaryXlsx", "Razem")),
    )
    for index, answer in enumerate(tab.labels):
        shares = [tab.percent(index, g) / 100 for g in range(len(tab.groups))]
        shares.append(sum(tab.counts[index]) / answered if answered else 0.0)
        out.figures(answer, shares, [PERCENT_FORMAT] * len(shares))
    out.blank()

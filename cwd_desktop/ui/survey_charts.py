"""Survey charts: bars for choices, stacked percent bars for grids and cross-tabs.

One module builds every survey chart, for the surveys page and for the PNG
files of the Word documents (``exports/charts``), so both show the same
thing. Bars are horizontal because Polish answer labels are long; the first
answer is drawn on top so a chart reads like a table. Each bar carries
"n (p%)" so no one has to read the axis, and the percent axis always runs
0–100 so charts of different questions compare at a glance. No animations:
they slow the page and would be caught half-way in a PNG.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalPercentBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cwd_desktop.services.survey_import.model import QuestionType
from cwd_desktop.services.survey_summary import AnswerCount, CrossTab, Dimension, QuestionSummary
from cwd_desktop.ui.survey_answer_order import DONT_KNOW, answer_order, rating_ranks
from cwd_desktop.ui.survey_chart_base import (
    BAR_COLOR,
    GRID_COLOR,
    MUTED_COLOR,
    OUTSIDE_COLORS,
    PALETTE,
    RATING_COLORS,
    TEXT_COLOR,
    TITLE_WIDTH,
    SurveyChart,
    category_axis,
    count_text,
    percent_text,
    text_color_on,
    title_html,
)

#: More answers than this are charted as the most frequent ones plus one "other" bar.
MAX_BARS = 15
#: More answer sets than this in a stacked chart: the rarest are merged.
MAX_SETS = 10
#: A stacked segment narrower than this (percent) gets no label: it would not fit.
MIN_SEGMENT_LABEL = 5.0


def n_text(count: int) -> str:
    """ "(n = 290)" with no-break spaces, so a wrapped title keeps it on one line."""
    return f"(n\u00a0=\u00a0{count})"


def _new_chart(title: str, note: str, show_title: bool) -> SurveyChart:
    chart = SurveyChart()
    if show_title:
        chart.setTitle(title_html(title, note))
        chart.title_lines = min(3, -(-len(title) // TITLE_WIDTH)) + (1 if note else 0)
    chart.apply_fonts(QGuiApplication.font())
    return chart


def _percent_axis(title: str) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, 100)
    axis.setTickCount(6)
    axis.setLabelFormat("%d%%")
    axis.setMinorTickCount(0)
    axis.setGridLineColor(QColor(GRID_COLOR))
    axis.setLineVisible(False)
    axis.setTitleText(html.escape(title, quote=False))
    return axis


def _attach(
    chart: SurveyChart, series: QAbstractBarSeries, labels: Sequence[str], axis_title: str
) -> None:
    """Add ``series`` with ``labels`` (bottom to top) on the left and percents below."""
    chart.addSeries(series)
    names = category_axis(chart, labels)
    series.attachAxis(names)
    values = _percent_axis(axis_title)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)
    chart.set_categories(names, labels)
    chart.apply_fonts(chart.base_font)


# -- one question ---------------------------------------------------------------------------


def question_chart(summary: QuestionSummary, *, title: bool = True) -> QChart | None:
    """The chart of one question's summary; ``None`` for free text or no answers.

    Single choice, scale and number: bars of the percent of those who
    answered. Multiple choice: the percent of respondents, with a note that
    the bars do not add up to 100%. Grid: one percent-stacked bar per row,
    one colour per answer. Scales and numbers keep their numeric order,
    rating answers their natural order; other answers go most frequent first.
    """
    kind = summary.type
    if kind is QuestionType.TEXT or summary.answered == 0:
        return None
    heading = f"{summary.text} {n_text(summary.answered)}"
    if kind is QuestionType.GRID:
        return _grid_chart(summary, heading, title) if summary.grid else None
    if not summary.answers:
        return None
    answers = _limit(summary.answers, summary.answered)
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        order = answer_order([a.label for a in answers], [a.count for a in answers])
        answers = [answers[i] for i in order]
    if kind is QuestionType.MULTIPLE:
        chart = _new_chart(
            heading,
            QCoreApplication.translate(
                "SurveyCharts",
                "Można było wybrać kilka odpowiedzi — odsetki nie sumują się do 100%.",
            ),
            title,
        )
        return _bars(
            chart,
            answers,
            QCoreApplication.translate("SurveyCharts", "% respondentów, którzy odpowiedzieli"),
        )
    note = ""
    if summary.mean is not None and summary.median is not None:
        note = QCoreApplication.translate(
            "SurveyCharts", "średnia {mean}, mediana {median}"
        ).format(mean=_number(summary.mean), median=_number(summary.median))
    chart = _new_chart(heading, note, title)
    return _bars(chart, answers, QCoreApplication.translate("SurveyCharts", "% odpowiadających"))


def _number(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _limit(answers: Sequence[AnswerCount], answered: int) -> list[AnswerCount]:
    """At most ``MAX_BARS`` bars: the rest (typically "other" texts) merged into one bar.

    The merged bar counts mentions, which for a multiple choice may slightly
    exceed the respondents behind them.
    """
    if len(answers) <= MAX_BARS:
        return list(answers)
    keep = set(sorted(range(len(answers)), key=lambda i: -answers[i].count)[: MAX_BARS - 1])
    kept = [a for i, a in enumerate(answers) if i in keep]
    rest = [a for i, a in enumerate(answers) if i not in keep]
    count = sum(a.count for a in rest)
    label = QCoreApplication.translate("SurveyCharts", "pozostałe odpowiedzi ({n})").format(
        n=len(rest)
    )
    return [*kept, AnswerCount(label, count, 100.0 * count / answered if answered else 0.0)]


def _bars(chart: SurveyChart, answers: Sequence[AnswerCount], axis_title: str) -> SurveyChart:
    """One bar per answer, the first answer on top, labelled "n (p%)"."""
    bars = QBarSet("")
    bars.setColor(QColor(BAR_COLOR))
    bars.setBorderColor(QColor(BAR_COLOR))
    bottom_up = list(reversed(answers))  # Qt draws category 0 at the bottom
    for answer in bottom_up:
        bars.append(answer.percent)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setBarWidth(0.7)
    _attach(chart, series, [a.label for a in bottom_up], axis_title)
    for row, answer in enumerate(bottom_up):
        chart.add_label(count_text(answer.count, answer.percent), series, row, 0, answer.percent)
    return chart


def _grid_chart(summary: QuestionSummary, heading: str, title: bool) -> SurveyChart:
    """A grid: rows share the options, but each may add answers of its own."""
    options: list[str] = []
    for row in summary.grid:
        options += [a.label for a in row.answers if a.label not in options]
    matrix = [
        [next((a.count for a in row.answers if a.label == option), 0) for option in options]
        for row in summary.grid
    ]
    chart = _new_chart(heading, "", title)
    rows = [row.label for row in summary.grid]
    return _stacked(
        chart,
        rows,
        options,
        matrix,
        QCoreApplication.translate("SurveyCharts", "% odpowiedzi w wierszu"),
    )


# -- answer sets ----------------------------------------------------------------------------


def _merge_sets(options: list[str], matrix: list[list[int]]) -> tuple[list[str], list[list[int]]]:
    """At most ``MAX_SETS`` answer sets: the rarest answers merged into "other"."""
    if len(options) <= MAX_SETS:
        return options, matrix
    totals = [sum(row[i] for row in matrix) for i in range(len(options))]
    keep = set(sorted(range(len(options)), key=lambda i: -totals[i])[: MAX_SETS - 1])
    kept = [i for i in range(len(options)) if i in keep]
    rest = [i for i in range(len(options)) if i not in keep]
    names = [options[i] for i in kept] + [
        QCoreApplication.translate("SurveyCharts", "pozostałe odpowiedzi ({n})").format(n=len(rest))
    ]
    merged = [[row[i] for i in kept] + [sum(row[i] for i in rest)] for row in matrix]
    return names, merged


def _ordered_sets(
    options: Sequence[str], matrix: Sequence[Sequence[int]]
) -> tuple[list[str], list[list[int]], list[QColor]]:
    """Answer sets (``matrix[row][answer]``) merged, in display order, with their colours.

    A rating scale runs from blue (positive) through grey to red (negative),
    so agreement reads at a glance; other answers take the palette in turn.
    """
    names, counts = _merge_sets(list(options), [list(r) for r in matrix])
    totals = [sum(row[i] for row in counts) for i in range(len(names))]
    order = answer_order(names, totals)
    names = [names[i] for i in order]
    counts = [[row[i] for i in order] for row in counts]
    ranks = rating_ranks(names)
    if ranks is not None:
        outside = iter(OUTSIDE_COLORS * len(names))
        colors = [
            QColor(next(outside) if rank == DONT_KNOW else RATING_COLORS[rank]) for rank in ranks
        ]
    else:
        colors = [QColor(PALETTE[i % len(PALETTE)]) for i in range(len(names))]
    return names, counts, colors


def _stacked(
    chart: SurveyChart,
    rows: Sequence[str],
    options: Sequence[str],
    matrix: Sequence[Sequence[int]],
    axis_title: str,
) -> SurveyChart:
    """Percent-stacked bars: ``matrix[row][option]`` counts, first row on top.

    The series holds counts (Qt scales each bar to 100%); the labels inside
    the segments give the percent of the row's total.
    """
    names, counts, colors = _ordered_sets(options, matrix)
    bottom_up = list(range(len(rows)))[::-1]
    series = QHorizontalPercentBarSeries()
    series.setBarWidth(0.7)
    for option, name in enumerate(names):
        bar_set = QBarSet(html.escape(name, quote=False))
        bar_set.setColor(colors[option])
        bar_set.setPen(QPen(QColor("#ffffff"), 1))
        for row in bottom_up:
            bar_set.append(counts[row][option])
        series.append(bar_set)
    _attach(chart, series, [rows[r] for r in bottom_up], axis_title)
    for position, row in enumerate(bottom_up):
        whole = sum(counts[row])
        start = 0.0
        for option in range(len(names)):
            share = 100.0 * counts[row][option] / whole if whole else 0.0
            if share >= MIN_SEGMENT_LABEL:
                chart.add_label(
                    percent_text(share),
                    series,
                    position,
                    start,
                    start + share,
                    inside=True,
                    color=text_color_on(colors[option]),
                )
            start += share
    chart.set_legend(list(zip(names, colors, strict=True)))
    return chart


# -- cross-tabs -----------------------------------------------------------------------------


def dimension_title(dimension: str) -> str:
    """ "wg gminy", "wg płci", "wg grupy wieku" in the UI language."""
    if dimension == Dimension.GMINA:
        return QCoreApplication.translate("SurveyCharts", "wg gminy")
    if dimension == Dimension.GENDER:
        return QCoreApplication.translate("SurveyCharts", "wg płci")
    if dimension == Dimension.AGE:
        return QCoreApplication.translate("SurveyCharts", "wg grupy wieku")
    return dimension


def crosstab_chart(tab: CrossTab) -> QChart:
    """A cross-tab: one bar per group ("Braniewo (n = 45)"), one colour per answer.

    When each respondent gave one answer the bars are stacked to 100%. For a
    multiple choice (a group's answers outnumber its respondents) stacking
    would misstate the shares, so each answer gets a bar per group instead,
    the percent of that group's respondents who chose it.
    """
    groups = [
        f"{group} {n_text(total)}" for group, total in zip(tab.groups, tab.totals, strict=True)
    ]
    answers = range(len(tab.labels))
    multiple = any(
        sum(tab.counts[a][g] for a in answers) > tab.totals[g] for g in range(len(tab.groups))
    )
    note = dimension_title(tab.dimension)
    if multiple:
        note += " — " + QCoreApplication.translate(
            "SurveyCharts", "można było wybrać kilka odpowiedzi"
        )
    chart = _new_chart(tab.question, note, True)
    if not multiple:
        matrix = [[tab.counts[a][g] for a in answers] for g in range(len(tab.groups))]
        return _stacked(
            chart,
            groups,
            tab.labels,
            matrix,
            QCoreApplication.translate("SurveyCharts", "% odpowiedzi w grupie"),
        )
    return _side_by_side(chart, tab, groups)


def _side_by_side(chart: SurveyChart, tab: CrossTab, groups: Sequence[str]) -> SurveyChart:
    """A multiple choice by group: per answer, one bar per group (percent of its respondents)."""
    totals = [sum(row) for row in tab.counts]
    order = answer_order(tab.labels, totals)
    if len(order) > MAX_BARS:
        keep = set(sorted(order, key=lambda i: -totals[i])[:MAX_BARS])
        order = [i for i in order if i in keep]
    bottom_up = order[::-1]
    series = QHorizontalBarSeries()
    series.setBarWidth(0.86)
    colors = [QColor(PALETTE[g % len(PALETTE)]) for g in range(len(groups))]
    # Within a category the first set is drawn lowest: add groups last to first.
    for g in reversed(range(len(groups))):
        bar_set = QBarSet(html.escape(groups[g], quote=False))
        bar_set.setColor(colors[g])
        bar_set.setBorderColor(colors[g])
        bar_set.setLabelColor(QColor(TEXT_COLOR))
        total = tab.totals[g]
        for answer in bottom_up:
            bar_set.append(round(100.0 * tab.counts[answer][g] / total) if total else 0)
        series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value%")
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.row_units = max(1.0, 0.6 * len(groups))
    _attach(
        chart,
        series,
        [tab.labels[a] for a in bottom_up],
        QCoreApplication.translate("SurveyCharts", "% respondentów w grupie"),
    )
    chart.set_legend(list(zip(groups, colors, strict=True)))
    return chart


# -- the view -------------------------------------------------------------------------------


class ChartView(QChartView):
    """A chart view for the surveys page: antialiased, with a placeholder when there is no chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setBackgroundBrush(QBrush(QColor("#ffffff")))
        self._placeholder = ""
        self.set_chart(None)

    @property
    def placeholder(self) -> str:
        """The text shown instead of a chart ("" while a chart is shown)."""
        return self._placeholder

    def set_chart(self, chart: QChart | None, placeholder: str | None = None) -> None:
        """Show ``chart``; ``None`` shows ``placeholder`` (default: no data to chart)."""
        if chart is None:
            self._placeholder = placeholder or self.tr("Brak danych do wykresu")
            chart = QChart()
            chart.setBackgroundRoundness(0)
            chart.legend().hide()
        else:
            self._placeholder = ""
        old = self.chart()
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
        self.updateGeometry()
        self.viewport().update()

    def show_question(self, summary: QuestionSummary | None) -> None:
        """The chart of a question, or the right placeholder (free text, nothing answered)."""
        if summary is None:
            self.set_chart(None)
            return
        chart = question_chart(summary, title=False)
        if chart is None and summary.type is QuestionType.TEXT:
            self.set_chart(None, self.tr("Pytanie otwarte — odpowiedzi są na liście obok"))
        else:
            self.set_chart(chart)

    def sizeHint(self) -> QSize:
        chart = self.chart()
        if isinstance(chart, SurveyChart):
            return QSize(640, max(220, chart.preferred_height(max(self.width(), 320))))
        return QSize(640, 300)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._placeholder:
            return
        painter = QPainter(self.viewport())
        painter.setPen(QColor(MUTED_COLOR))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        painter.setFont(font)
        painter.drawText(
            self.viewport().rect().adjusted(16, 16, -16, -16),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self._placeholder,
        )
        painter.end()

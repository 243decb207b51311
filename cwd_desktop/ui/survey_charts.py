"""Survey charts: bars for choices, stacked percent bars for grids and cross-tabs.

One module builds every survey chart, for the surveys page and for the PNG
files of the Word documents (``exports/charts.py``), so both show the same
thing. Bars are horizontal because Polish answer labels are long; the first
answer is drawn on top so a chart reads like the table next to it. Each bar
carries "n (p%)" so no one has to read the axis; the percent axis always
runs 0–100 so charts of different questions compare at a glance.

Labels on the axes and in the title are HTML for Qt Charts, so every answer
text is escaped (an answer "< 1000 zł" must not swallow the rest).
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalPercentBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QSizePolicy, QWidget

from cwd_desktop.services.survey_import.model import QuestionType
from cwd_desktop.services.survey_summary import AnswerCount, CrossTab, Dimension, QuestionSummary

#: The answer colours, in order: calm, distinguishable, printable (Tableau 10, muted a little).
PALETTE: tuple[str, ...] = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#76b7b2",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
    "#86bcb6",
    "#d4a6c8",
)
#: The colour of a single-series bar chart.
BAR_COLOR = PALETTE[0]
TEXT_COLOR = "#2b2b2b"
MUTED_COLOR = "#6b6b6b"
GRID_COLOR = "#e3e3e3"

#: Characters per line of an answer label, and lines at most (then "…").
LABEL_WIDTH = 40
LABEL_LINES = 2
TITLE_WIDTH = 60
#: More answers than this are charted as the most frequent ones plus one "other" bar.
MAX_BARS = 15
#: More answer sets than this in a stacked chart: the rarest are merged.
MAX_SETS = 10
#: A stacked segment narrower than this (percent) gets no label: it would not fit.
MIN_SEGMENT_LABEL = 5.0

CONTEXT = "SurveyCharts"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SurveyCharts", text)


# -- texts ----------------------------------------------------------------------------------


def percent_text(percent: float) -> str:
    """A whole percent ("41%"); "<1%" for a share that is not zero but rounds to it."""
    if 0 < percent < 0.5:
        return "<1%"
    return f"{percent:.0f}%"


def count_text(count: int, percent: float) -> str:
    """The bar label: "123 (41%)"."""
    return f"{count} ({percent_text(percent)})"


def wrap_label(text: str, width: int = LABEL_WIDTH, lines: int = LABEL_LINES) -> list[str]:
    """An answer label cut into lines of about ``width`` characters, the last one elided."""
    flat = " ".join(text.split()) or "—"
    parts = textwrap.wrap(flat, width, break_long_words=True, break_on_hyphens=True)
    if len(parts) > lines:
        rest = " ".join(parts[lines - 1 :])
        parts = [*parts[: lines - 1], rest[: width - 1].rstrip() + "…"]
    return parts


def label_html(text: str, width: int = LABEL_WIDTH, lines: int = LABEL_LINES) -> str:
    """An axis label for Qt Charts: wrapped, escaped, lines joined with ``<br>``."""
    return "<br>".join(html.escape(part, quote=False) for part in wrap_label(text, width, lines))


def _unique(labels: Sequence[str]) -> list[str]:
    """Category labels made unique: an axis silently drops a repeated category."""
    seen: dict[str, int] = {}
    result = []
    for label in labels:
        count = seen.get(label, 0)
        seen[label] = count + 1
        # Zero-width spaces keep the text looking the same while making it distinct.
        result.append(label + "\u200b" * count)
    return result


def _title_html(text: str, note: str = "") -> str:
    lines = [html.escape(part, quote=False) for part in textwrap.wrap(text, TITLE_WIDTH)[:3]]
    title = "<b>" + "<br>".join(lines or ["—"]) + "</b>"
    if note:
        title += f"<br><span style='color:{MUTED_COLOR}'>{html.escape(note, quote=False)}</span>"
    return title


def text_color_on(background: QColor) -> QColor:
    """White text on dark colours, dark text on light ones."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#ffffff") if luminance < 0.55 else QColor(TEXT_COLOR)


# -- the chart ------------------------------------------------------------------------------


@dataclass
class _BarLabel:
    """A text at a place given in series coordinates, re-placed when the plot area moves.

    ``start``–``end`` is the bar (or segment) along the value axis, ``row`` its
    category index. ``inside`` labels are centred in a stacked segment and
    hidden when they do not fit; the others sit after the bar's end, or just
    inside it when the bar reaches the right edge.
    """

    item: QGraphicsSimpleTextItem
    series: QAbstractSeries
    row: int
    start: float
    end: float
    inside: bool
    color: QColor


class SurveyChart(QChart):
    """A QChart with bar labels that follow the layout, and a size hint for its bars.

    ``bars`` is the number of category rows (for a height that fits them),
    ``legend_rows`` how many lines the legend needs at the bottom.
    """

    def __init__(self) -> None:
        super().__init__()
        self.bars = 0
        self.title_lines = 0
        self.legend_rows = 0
        self._labels: list[_BarLabel] = []
        self.base_font = QFont()
        self.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setBackgroundRoundness(0)
        self.setMargins(QMargins(6, 6, 14, 6))
        self.legend().hide()
        self.plotAreaChanged.connect(self._place_labels)

    # labels --------------------------------------------------------------------------------

    def add_label(
        self,
        text: str,
        series: QAbstractSeries,
        row: int,
        start: float,
        end: float,
        *,
        inside: bool = False,
        color: QColor | None = None,
    ) -> None:
        """Draw ``text`` at bar ``row`` spanning ``start``–``end`` of ``series``."""
        item = QGraphicsSimpleTextItem(text, self)
        item.setFont(self.base_font)
        item.setZValue(100)
        self._labels.append(
            _BarLabel(item, series, row, start, end, inside, color or QColor(TEXT_COLOR))
        )

    def bar_labels(self) -> list[str]:
        """The texts drawn on the bars, in the order they were added (for tests)."""
        return [label.item.text() for label in self._labels]

    def visible_bar_labels(self) -> list[str]:
        """The bar texts actually shown after layout (narrow segments hide theirs)."""
        return [label.item.text() for label in self._labels if label.item.isVisible()]

    def _place_labels(self) -> None:
        area = self.plotArea()
        if area.isEmpty():
            return
        for label in self._labels:
            self._place(label, area)

    def _place(self, label: _BarLabel, area: QRectF) -> None:
        item = label.item
        size = item.boundingRect()
        begin = self.mapToPosition(QPointF(label.start, label.row), label.series)
        finish = self.mapToPosition(QPointF(label.end, label.row), label.series)
        y = finish.y() - size.height() / 2
        if label.inside:
            room = finish.x() - begin.x()
            item.setVisible(room >= size.width() + 4)
            item.setBrush(QBrush(label.color))
            item.setPos((begin.x() + finish.x() - size.width()) / 2, y)
            return
        item.setVisible(True)
        x = finish.x() + 5
        if x + size.width() > area.right() + self.margins().right() - 2:
            x = finish.x() - size.width() - 5
            item.setBrush(QBrush(text_color_on(QColor(BAR_COLOR))))
        else:
            item.setBrush(QBrush(QColor(TEXT_COLOR)))
        item.setPos(x, y)

    # fonts ---------------------------------------------------------------------------------

    def apply_fonts(self, base: QFont) -> None:
        """Use ``base`` for labels and legend, a bold larger one for the title."""
        title = QFont(base)
        if base.pixelSize() > 0:
            title.setPixelSize(round(base.pixelSize() * 1.15))
        else:
            title.setPointSizeF(base.pointSizeF() * 1.15)
        self.setTitleFont(title)
        self.setTitleBrush(QBrush(QColor(TEXT_COLOR)))
        self.legend().setFont(base)
        self.legend().setLabelColor(QColor(TEXT_COLOR))
        for axis in self.axes():
            axis.setLabelsFont(base)
            axis.setLabelsColor(QColor(TEXT_COLOR))
            axis.setTitleFont(base)
            axis.setTitleBrush(QBrush(QColor(MUTED_COLOR)))
        self.base_font = QFont(base)
        for label in self._labels:
            label.item.setFont(base)
        self._place_labels()

    def preferred_height(self, bar_px: float = 34.0, line_px: float = 18.0) -> int:
        """A height that gives each bar ``bar_px`` and room for title, axis and legend."""
        title = (self.title_lines + 1) * line_px if self.title_lines else 0
        legend = self.legend_rows * (line_px + 6) + 8 if self.legend_rows else 0
        return int(title + legend + self.bars * bar_px + 2.6 * line_px + 30)


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


def _category_axis(labels: Sequence[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(_unique([label_html(text) for text in labels]))
    axis.setGridLineVisible(False)
    axis.setLineVisible(False)
    return axis


def _new_chart(title: str, note: str, show_title: bool) -> SurveyChart:
    chart = SurveyChart()
    if show_title:
        chart.setTitle(_title_html(title, note))
        chart.title_lines = min(3, len(textwrap.wrap(title, TITLE_WIDTH))) + (1 if note else 0)
    chart.apply_fonts(QGuiApplication.font())
    return chart


def _attach(
    chart: SurveyChart, series: QAbstractBarSeries, labels: Sequence[str], axis_title: str
) -> None:
    chart.addSeries(series)
    names = _category_axis(labels)
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    values = _percent_axis(axis_title)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)
    chart.bars = len(labels)
    chart.apply_fonts(chart.base_font)


def _bars(chart: SurveyChart, answers: Sequence[AnswerCount], axis_title: str) -> SurveyChart:
    """One blue bar per answer, the first answer on top, labelled "n (p%)"."""
    bars = QBarSet("")
    bars.setColor(QColor(BAR_COLOR))
    bars.setBorderColor(QColor(BAR_COLOR))
    top_down = list(reversed(answers))  # Qt draws category 0 at the bottom
    for answer in top_down:
        bars.append(answer.percent)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setBarWidth(0.7)
    _attach(chart, series, [a.label for a in top_down], axis_title)
    for row, answer in enumerate(top_down):
        chart.add_label(count_text(answer.count, answer.percent), series, row, 0, answer.percent)
    return chart


def _limit(answers: Sequence[AnswerCount], answered: int) -> list[AnswerCount]:
    """At most ``MAX_BARS`` bars: the rest (typically "other" texts) merged into one bar."""
    if len(answers) <= MAX_BARS:
        return list(answers)
    keep = sorted(answers, key=lambda a: -a.count)[: MAX_BARS - 1]
    rest = [a for a in answers if a not in keep]
    kept = [a for a in answers if a in keep]  # original order
    count = sum(a.count for a in rest)
    label = _tr("pozostałe odpowiedzi ({n})").format(n=len(rest))
    return [*kept, AnswerCount(label, count, 100.0 * count / answered if answered else 0.0)]


def question_chart(summary: QuestionSummary, *, title: bool = True) -> QChart | None:
    """The chart of one question's summary; ``None`` for free text or no answers.

    Single choice, scale and number: bars of the percent of those who
    answered, in form (or numeric) order. Multiple choice: the percent of
    respondents, most chosen first, with a note that the bars do not add up
    to 100%. Grid: one percent-stacked bar per row, one colour per answer.
    """
    kind = summary.type
    if kind is QuestionType.TEXT or summary.answered == 0:
        return None
    heading = f"{summary.text} (n = {summary.answered})"
    if kind is QuestionType.GRID:
        if not summary.grid:
            return None
        chart = _new_chart(heading, "", title)
        rows = [row.label for row in summary.grid]
        options = [a.label for a in summary.grid[0].answers] if summary.grid else []
        matrix = [[a.count for a in row.answers] for row in summary.grid]
        return _stacked(chart, rows, options, matrix, _tr("% odpowiedzi w wierszu"))
    if not summary.answers:
        return None
    answers = _limit(summary.answers, summary.answered)
    if kind is QuestionType.MULTIPLE:
        answers = sorted(answers, key=lambda a: -a.count)
        chart = _new_chart(
            heading,
            _tr("Można było wybrać kilka odpowiedzi — odsetki nie sumują się do 100%."),
            title,
        )
        return _bars(chart, answers, _tr("% respondentów, którzy odpowiedzieli"))
    note = ""
    if summary.mean is not None and summary.median is not None:
        note = _tr("średnia {mean}, mediana {median}").format(
            mean=_number(summary.mean), median=_number(summary.median)
        )
    chart = _new_chart(heading, note, title)
    return _bars(chart, answers, _tr("% odpowiadających"))


def _number(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _merge_sets(options: list[str], matrix: list[list[int]]) -> tuple[list[str], list[list[int]]]:
    """At most ``MAX_SETS`` answer sets: the rarest answers merged into "other"."""
    if len(options) <= MAX_SETS:
        return options, matrix
    totals = [sum(row[i] for row in matrix) for i in range(len(options))]
    keep = sorted(range(len(options)), key=lambda i: -totals[i])[: MAX_SETS - 1]
    kept = sorted(keep)
    rest = [i for i in range(len(options)) if i not in keep]
    merged_options = [options[i] for i in kept] + [
        _tr("pozostałe odpowiedzi ({n})").format(n=len(rest))
    ]
    merged = [[row[i] for i in kept] + [sum(row[i] for i in rest)] for row in matrix]
    return merged_options, merged


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
    names, counts = _merge_sets(list(options), [list(r) for r in matrix])
    top_down = list(range(len(rows)))[::-1]
    series = QHorizontalPercentBarSeries()
    series.setBarWidth(0.7)
    for option, name in enumerate(names):
        bar_set = QBarSet(html.escape(_short(name), quote=False))
        color = QColor(PALETTE[option % len(PALETTE)])
        bar_set.setColor(color)
        bar_set.setBorderColor(QColor("#ffffff"))
        bar_set.setPen(QPen(QColor("#ffffff"), 1))
        for row in top_down:
            bar_set.append(counts[row][option])
        series.append(bar_set)
    _attach(chart, series, [rows[r] for r in top_down], axis_title)
    for position, row in enumerate(top_down):
        whole = sum(counts[row])
        start = 0.0
        for option in range(len(names)):
            share = 100.0 * counts[row][option] / whole if whole else 0.0
            if share >= MIN_SEGMENT_LABEL:
                color = text_color_on(QColor(PALETTE[option % len(PALETTE)]))
                chart.add_label(
                    percent_text(share),
                    series,
                    position,
                    start,
                    start + share,
                    inside=True,
                    color=color,
                )
            start += share
    legend = chart.legend()
    legend.setVisible(True)
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend.setMarkerShape(legend.MarkerShape.MarkerShapeRectangle)
    chart.legend_rows = _legend_rows(names)
    return chart


def _short(text: str) -> str:
    """A legend entry: one line, at most ``LABEL_WIDTH`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= LABEL_WIDTH else flat[: LABEL_WIDTH - 1].rstrip() + "…"


def _legend_rows(names: Sequence[str], per_row_chars: int = 90) -> int:
    """Roughly how many lines the bottom legend takes (Qt lays it out in rows)."""
    rows, used = 1, 0
    for name in names:
        width = len(_short(name)) + 6
        if used and used + width > per_row_chars:
            rows += 1
            used = 0
        used += width
    return rows


def dimension_title(dimension: str) -> str:
    """ "wg gminy", "wg płci", "wg grupy wieku" in the UI language."""
    if dimension == Dimension.GMINA:
        return _tr("wg gminy")
    if dimension == Dimension.GENDER:
        return _tr("wg płci")
    if dimension == Dimension.AGE:
        return _tr("wg grupy wieku")
    return dimension


def crosstab_chart(tab: CrossTab) -> QChart:
    """A cross-tab: one bar per group ("Braniewo (n = 45)"), one colour per answer.

    When each respondent gave one answer the bars are stacked to 100%. For a
    multiple choice (a group's answers outnumber its respondents) stacking
    would misstate the shares, so the answers stand side by side instead,
    each as the percent of the group's respondents.
    """
    groups = [f"{group} (n = {total})" for group, total in zip(tab.groups, tab.totals, strict=True)]
    multiple = any(
        sum(tab.counts[a][g] for a in range(len(tab.labels))) > tab.totals[g]
        for g in range(len(tab.groups))
    )
    note = dimension_title(tab.dimension)
    if multiple:
        note += " — " + _tr("można było wybrać kilka odpowiedzi")
    chart = _new_chart(tab.question, note, True)
    matrix = [[tab.counts[a][g] for a in range(len(tab.labels))] for g in range(len(tab.groups))]
    if not multiple:
        return _stacked(chart, groups, tab.labels, matrix, _tr("% odpowiedzi w grupie"))
    return _grouped(chart, groups, list(tab.labels), matrix, tab.totals)


def _grouped(
    chart: SurveyChart,
    groups: Sequence[str],
    options: list[str],
    matrix: list[list[int]],
    totals: Sequence[int],
) -> SurveyChart:
    """Side-by-side bars per group: percent of the group's respondents choosing each answer."""
    names, counts = _merge_sets(options, matrix)
    top_down = list(range(len(groups)))[::-1]
    series = QHorizontalBarSeries()
    series.setBarWidth(0.85)
    # In a horizontal bar series the first set is drawn lowest; reverse so answers read downwards.
    for option in reversed(range(len(names))):
        bar_set = QBarSet(html.escape(_short(names[option]), quote=False))
        bar_set.setColor(QColor(PALETTE[option % len(PALETTE)]))
        bar_set.setBorderColor(QColor(PALETTE[option % len(PALETTE)]))
        for row in top_down:
            total = totals[row]
            bar_set.append(round(100.0 * counts[row][option] / total) if total else 0)
        series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value%")
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    _attach(chart, series, [groups[r] for r in top_down], _tr("% respondentów w grupie"))
    chart.bars = len(groups) * max(1, (len(names) + 1) // 2)
    legend = chart.legend()
    legend.setVisible(True)
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend.setMarkerShape(legend.MarkerShape.MarkerShapeRectangle)
    legend.setReverseMarkers(True)
    chart.legend_rows = _legend_rows(names)
    return chart


# -- the view -------------------------------------------------------------------------------


class ChartView(QChartView):
    """A chart view for the surveys page: antialiased, with a placeholder when there is no chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
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
        chart = question_chart(summary)
        if chart is None and summary.type is QuestionType.TEXT:
            self.set_chart(None, self.tr("Pytanie otwarte — odpowiedzi są na liście obok"))
        else:
            self.set_chart(chart)

    def sizeHint(self) -> QSize:
        chart = self.chart()
        if isinstance(chart, SurveyChart):
            return QSize(640, max(220, chart.preferred_height()))
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

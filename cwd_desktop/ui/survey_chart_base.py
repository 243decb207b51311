"""The chart class behind every survey chart: labels that fit, bar texts, a legend that wraps.

Qt Charts gets three things wrong for survey answers, so ``SurveyChart``
does them itself:

- an axis label wider than a share of the chart, or taller than its
  category's slot, is elided to one line: category labels are re-wrapped to
  the chart's width on every resize, and ``rows_height`` says how tall the
  plot must be for them;
- bar labels can only show the bar's value: "n (p%)" and in-segment
  percents are text items placed from series coordinates after each layout;
- the legend squeezes every entry into one row, eliding long answers to a
  few letters: the legend is drawn here, flowing into as many rows as it
  needs, in the chart's bottom margin.

Axis labels and the title are HTML for Qt Charts, so answer texts are escaped.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import QAbstractSeries, QBarCategoryAxis, QChart
from PySide6.QtCore import QMargins, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsSceneResizeEvent,
    QGraphicsSimpleTextItem,
)

#: Answer colours in turn: calm, distinguishable, printable (Tableau 10 and two more).
PALETTE: tuple[str, ...] = (
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
    "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#86bcb6", "#d4a6c8",
)  # fmt: skip
#: Rating scales (see ``survey_answer_order``): strongly positive … strongly negative, don't know.
RATING_COLORS: tuple[str, ...] = ("#2f6f9f", "#8db8da", "#cfcfcf", "#eea37a", "#c4493b", "#e6dfcf")
#: Further answers outside a rating scale (a second "nie dotyczy" after "nie wiem").
OUTSIDE_COLORS: tuple[str, ...] = ("#e6dfcf", "#c2b9a6", "#9e9788", "#7d776b")
BAR_COLOR = PALETTE[0]
TEXT_COLOR = "#2b2b2b"
MUTED_COLOR = "#6b6b6b"
GRID_COLOR = "#e3e3e3"

#: Characters per line of an answer label (at most, at least), and lines (then "…").
LABEL_WIDTH = 40
MIN_LABEL_WIDTH = 14
LABEL_LINES = 3
#: The share of the chart's width the answer labels may take.
LABEL_SHARE = 0.36
TITLE_WIDTH = 60
#: A legend entry longer than this is elided.
LEGEND_WIDTH = 48
_MARGIN = 8


def percent_text(percent: float) -> str:
    """A whole percent ("41%"); "<1%" for a share that is not zero but rounds to it."""
    if 0 < percent < 0.5:
        return "<1%"
    return f"{percent:.0f}%"


def count_text(count: int, percent: float) -> str:
    """The bar label: "123 (41%)"."""
    return f"{count} ({percent_text(percent)})"


def elide(text: str, width: int) -> str:
    """``text`` on one line, at most ``width`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def wrap_label(text: str, width: int = LABEL_WIDTH, lines: int = LABEL_LINES) -> list[str]:
    """An answer label cut into lines of about ``width`` characters, the last one elided."""
    flat = " ".join(text.split()) or "—"
    parts = textwrap.wrap(flat, width, break_long_words=True, break_on_hyphens=True)
    if len(parts) > lines:
        rest = " ".join(parts[lines - 1 :])
        parts = [*parts[: lines - 1], elide(rest, width)]
    return parts


def label_html(text: str, width: int = LABEL_WIDTH, lines: int = LABEL_LINES) -> str:
    """An axis label for Qt Charts: wrapped, escaped, lines joined with ``<br>``."""
    return "<br>".join(html.escape(part, quote=False) for part in wrap_label(text, width, lines))


def unique(labels: Sequence[str]) -> list[str]:
    """Category labels made unique: an axis silently drops a repeated category."""
    seen: dict[str, int] = {}
    result = []
    for label in labels:
        count = seen.get(label, 0)
        seen[label] = count + 1
        # Zero-width spaces keep the text looking the same while making it distinct.
        result.append(label + "\u200b" * count)
    return result


def title_html(text: str, note: str = "") -> str:
    """A centred bold title of up to three lines, and a grey note under it."""
    lines = [html.escape(part, quote=False) for part in textwrap.wrap(text, TITLE_WIDTH)[:3]]
    title = "<b>" + "<br>".join(lines or ["—"]) + "</b>"
    if note:
        title += f"<br><span style='color:{MUTED_COLOR}'>{html.escape(note, quote=False)}</span>"
    return f"<div align='center'>{title}</div>"


def text_color_on(background: QColor) -> QColor:
    """White text on dark colours, dark text on light ones."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#ffffff") if luminance < 0.55 else QColor(TEXT_COLOR)


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


@dataclass
class _LegendEntry:
    marker: QGraphicsRectItem
    text: QGraphicsSimpleTextItem


class SurveyChart(QChart):
    """A QChart with wrapped category labels, bar texts and a wrapping legend.

    ``row_units`` is how many bar heights each category needs (several for
    side-by-side bars); ``title_lines`` how many lines the title takes.
    """

    def __init__(self) -> None:
        super().__init__()
        self.row_units = 1.0
        self.title_lines = 0
        self.base_font = QFont()
        self._labels: list[_BarLabel] = []
        self._legend: list[_LegendEntry] = []
        self._axis: QBarCategoryAxis | None = None
        self._categories: list[str] = []
        self._wrap_chars = 0
        self.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setBackgroundRoundness(0)
        self.setMargins(QMargins(_MARGIN, _MARGIN, 14, _MARGIN))
        self.legend().hide()
        self.plotAreaChanged.connect(self._place_labels)

    # categories ----------------------------------------------------------------------------

    def set_categories(self, axis: QBarCategoryAxis, texts: Sequence[str]) -> None:
        """Show ``texts`` (plain, bottom to top) on ``axis``, wrapped to the chart's width."""
        self._axis = axis
        self._categories = list(texts)
        self._wrap_chars = 0
        self._rewrap()

    def categories(self) -> list[str]:
        """The category texts, top to bottom as the chart reads (unwrapped)."""
        return self._categories[::-1]

    def wrap_chars(self, width: float | None = None) -> int:
        """Characters per label line that fit ``LABEL_SHARE`` of ``width`` (default: now)."""
        width = self.size().width() if width is None else width
        if width <= 0:
            return LABEL_WIDTH
        char = QFontMetricsF(self.base_font).averageCharWidth() * 1.08
        return max(MIN_LABEL_WIDTH, min(LABEL_WIDTH, int(LABEL_SHARE * width / char)))

    def _rewrap(self) -> None:
        if self._axis is None:
            return
        chars = self.wrap_chars()
        if chars == self._wrap_chars:
            return
        self._wrap_chars = chars
        self._axis.setCategories(unique([label_html(text, chars) for text in self._categories]))

    def resizeEvent(self, event: QGraphicsSceneResizeEvent) -> None:
        super().resizeEvent(event)
        self._rewrap()
        self._place_legend()

    # bar labels ----------------------------------------------------------------------------

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
        """The texts drawn on the bars, bottom row first, as added (for tests)."""
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

    # legend --------------------------------------------------------------------------------

    def set_legend(self, entries: Sequence[tuple[str, QColor]]) -> None:
        """Show a legend of (text, colour) entries under the chart, in rows as needed."""
        for entry in self._legend:
            entry.marker.setParentItem(None)
            entry.text.setParentItem(None)
        self._legend = []
        for text, color in entries:
            marker = QGraphicsRectItem(self)
            marker.setBrush(QBrush(color))
            marker.setPen(QPen(color.darker(115), 0.8))
            label = QGraphicsSimpleTextItem(elide(text, LEGEND_WIDTH), self)
            label.setBrush(QBrush(QColor(TEXT_COLOR)))
            label.setFont(self.base_font)
            label.setToolTip(text)
            self._legend.append(_LegendEntry(marker, label))
        self._place_legend()

    def legend_texts(self) -> list[str]:
        """The legend's entries as shown, left to right, row by row."""
        return [entry.text.text() for entry in self._legend]

    def _legend_rows(self, width: float) -> list[list[tuple[_LegendEntry, float]]]:
        """Entries flowed into rows that fit ``width``, each with its drawn width."""
        metrics = QFontMetricsF(self.base_font)
        box = metrics.height() * 0.7
        rows: list[list[tuple[_LegendEntry, float]]] = [[]]
        used = 0.0
        for entry in self._legend:
            wide = box + 5 + metrics.horizontalAdvance(entry.text.text()) + 16
            if rows[-1] and used + wide > width:
                rows.append([])
                used = 0.0
            rows[-1].append((entry, wide))
            used += wide
        return rows if self._legend else []

    def legend_height(self, width: float) -> float:
        """The height the legend takes in a chart ``width`` wide."""
        rows = self._legend_rows(width - 2 * _MARGIN)
        return len(rows) * (QFontMetricsF(self.base_font).lineSpacing() + 4) + 6 if rows else 0.0

    def _place_legend(self) -> None:
        width = self.size().width()
        if width <= 0:
            return
        height = self.legend_height(width)
        margins = self.margins()
        bottom = _MARGIN + round(height)
        if margins.bottom() != bottom:
            margins.setBottom(bottom)
            self.setMargins(margins)
        metrics = QFontMetricsF(self.base_font)
        box = metrics.height() * 0.7
        line = metrics.lineSpacing() + 4
        y = self.size().height() - bottom + 6
        rows = self._legend_rows(width - 2 * _MARGIN)
        # One row is centred; several share a left edge, centred as a block.
        block = max((sum(wide for _, wide in row) for row in rows), default=0.0)
        for row in rows:
            x = (width - block) / 2
            for entry, wide in row:
                entry.marker.setRect(QRectF(x, y + (metrics.height() - box) / 2, box, box))
                entry.text.setPos(x + box + 5, y)
                x += wide
            y += line

    # fonts and size ------------------------------------------------------------------------

    def apply_fonts(self, base: QFont) -> None:
        """Use ``base`` for every text, a larger one for the title."""
        title = QFont(base)
        if base.pixelSize() > 0:
            title.setPixelSize(round(base.pixelSize() * 1.15))
        else:
            title.setPointSizeF(base.pointSizeF() * 1.15)
        self.setTitleFont(title)
        self.setTitleBrush(QBrush(QColor(TEXT_COLOR)))
        for axis in self.axes():
            axis.setLabelsFont(base)
            axis.setLabelsColor(QColor(TEXT_COLOR))
            axis.setTitleFont(base)
            axis.setTitleBrush(QBrush(QColor(MUTED_COLOR)))
        self.base_font = QFont(base)
        for label in self._labels:
            label.item.setFont(base)
        for entry in self._legend:
            entry.text.setFont(base)
        self._wrap_chars = 0
        self._rewrap()
        self._place_legend()
        self._place_labels()

    def rows_height(self, width: float = 640, bar_px: float = 34.0) -> float:
        """The plot height the bars need at ``width``: ``bar_px`` each, more for long labels.

        Qt gives every category label the plot height divided by one more than
        the number of categories, and elides a label taller than that to one line.
        """
        if not self._categories:
            return 0.0
        line = QFontMetricsF(self.base_font).lineSpacing()
        chars = self.wrap_chars(width)
        lines = max(len(wrap_label(text, chars)) for text in self._categories)
        count = len(self._categories)
        return max(count * bar_px * self.row_units, (count + 1) * (lines * line + 16))

    def preferred_height(self, width: float = 640, bar_px: float = 34.0) -> int:
        """An estimated chart height for ``width``: the bars, the title, the axis, the legend."""
        line = QFontMetricsF(self.base_font).lineSpacing()
        title = (self.title_lines + 0.8) * line * 1.15 if self.title_lines else 0
        axis = 2.4 * line + 24
        legend = self.legend_height(width)
        return int(title + self.rows_height(width, bar_px) + legend + axis + 2 * _MARGIN)


def category_axis(chart: SurveyChart, texts: Sequence[str]) -> QBarCategoryAxis:
    """A category axis on the left of ``chart`` showing ``texts`` (bottom to top)."""
    axis = QBarCategoryAxis()
    axis.append(unique([label_html(text) for text in texts]))
    axis.setGridLineVisible(False)
    axis.setLineVisible(False)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    return axis

"""Charts of the project package: where the money comes from and where it goes.

The same charts are shown in the "Przegląd pakietu" view and drawn into the
Word export (``exports/docx/projects.py`` through ``DocxWriter.chart``), so
they take plain (label, amount) pairs and build a fresh ``QChart`` each time.

- ``amount_bars``: horizontal bars (cost by policy objective or thematic
  area), biggest first, each labelled "12,5 mln zł (45%)"; built on
  ``SurveyChart`` so long Polish labels wrap and the image gets print fonts.
- ``amount_pie``: the funding sources as shares of the whole, with the
  percent on each slice and a legend of the sources.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

from PySide6.QtCharts import QBarSet, QChart, QHorizontalBarSeries, QPieSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPen

from cwd_desktop.ui.survey_chart_base import (
    BAR_COLOR,
    GRID_COLOR,
    PALETTE,
    TEXT_COLOR,
    SurveyChart,
    category_axis,
    title_html,
)

Items = Sequence[tuple[str, float]]


def million_text(amount: float) -> str:
    """``12,5 mln zł`` (thousands below a million: ``850 tys. zł``)."""
    if abs(amount) >= 1_000_000:
        value = f"{amount / 1_000_000:.1f}".replace(".", ",")
        return QCoreApplication.translate("ProjectCharts", "{value} mln zł").format(value=value)
    value = f"{amount / 1000:.0f}"
    return QCoreApplication.translate("ProjectCharts", "{value} tys. zł").format(value=value)


def nice_step(raw: float) -> float:
    """The smallest of 1, 2, 2.5, 5 × 10ⁿ that is at least ``raw``."""
    if raw <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= raw:
            return float(factor * magnitude)
    return float(10 * magnitude)


def _percent(part: float, whole: float) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "—"


def amount_bars(title: str, items: Items) -> SurveyChart:
    """Horizontal bars of ``items``' amounts in million PLN, the biggest on top."""
    chart = SurveyChart()
    chart.setTitle(title_html(title))
    chart.title_lines = 1
    chart.apply_fonts(QGuiApplication.font())
    shown = sorted((i for i in items if i[1] > 0), key=lambda i: -i[1])
    if not shown:
        return chart
    whole = sum(amount for _, amount in shown)
    bottom_up = list(reversed(shown))
    bars = QBarSet("")
    bars.setColor(QColor(BAR_COLOR))
    bars.setBorderColor(QColor(BAR_COLOR))
    for _, amount in bottom_up:
        bars.append(amount / 1_000_000)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    names = category_axis(chart, [text for text, _ in bottom_up])
    series.attachAxis(names)
    axis = QValueAxis()
    # Room on the right for the labels at the ends of the bars; round ticks.
    step = nice_step(max(amount for _, amount in shown) / 1_000_000 * 1.35 / 4)
    axis.setRange(0, step * 4)
    axis.setLabelFormat("%.0f" if step >= 1 else "%.1f")
    axis.setTickCount(5)
    axis.setGridLineColor(QColor(GRID_COLOR))
    axis.setLineVisible(False)
    axis.setTitleText(html.escape(QCoreApplication.translate("ProjectCharts", "mln zł")))
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    chart.set_categories(names, [text for text, _ in bottom_up])
    for row, (_, amount) in enumerate(bottom_up):
        chart.add_label(
            f"{million_text(amount)} ({_percent(amount, whole)})",
            series,
            row,
            0,
            amount / 1_000_000,
        )
    chart.apply_fonts(chart.base_font)
    return chart


class PieChart(QChart):
    """A pie of shares with its legend on the right (``amount_pie``)."""

    def __init__(self) -> None:
        super().__init__()
        self.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setBackgroundRoundness(0)
        self.setMargins(QMargins(8, 8, 8, 8))
        self.slice_labels: list[str] = []


def amount_pie(title: str, items: Items) -> PieChart:
    """``items`` as slices of a pie, each with its percent; the legend names them.

    The amounts are in the table that goes with the chart (on the page and
    in the document), so the legend stays short enough never to be elided.
    """
    chart = PieChart()
    chart.setTitle(title_html(title))
    font = QFont(QGuiApplication.font())
    title_font = QFont(font)
    title_font.setPointSizeF(font.pointSizeF() * 1.15)
    chart.setTitleFont(title_font)
    chart.setTitleBrush(QBrush(QColor(TEXT_COLOR)))
    shown = [i for i in items if i[1] > 0]
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignRight)
    legend.setFont(font)
    legend.setLabelColor(QColor(TEXT_COLOR))
    if not shown:
        legend.hide()
        return chart
    whole = sum(amount for _, amount in shown)
    series = QPieSeries()
    series.setPieSize(0.72)
    for number, (_, amount) in enumerate(shown):
        share = _percent(amount, whole)
        piece = series.append(share, amount)
        piece.setColor(QColor(PALETTE[number % len(PALETTE)]))
        piece.setBorderColor(QColor("#ffffff"))
        piece.setBorderWidth(2)
        chart.slice_labels.append(share)
        # The percent on the slice itself, where the slice is big enough to hold it.
        if amount / whole >= 0.04:
            piece.setLabelVisible(True)
            piece.setLabelPosition(piece.LabelPosition.LabelInsideHorizontal)
            piece.setLabelColor(QColor("#ffffff"))
            piece.setLabelFont(font)
    chart.addSeries(series)
    markers = legend.markers(series)
    for marker, (text, _) in zip(markers, shown, strict=True):
        marker.setLabel(text)
        marker.setPen(QPen(Qt.PenStyle.NoPen))
    return chart

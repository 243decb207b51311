"""Charts of implementation monitoring: indicators against targets, projects by status, funding.

Built on ``SurveyChart`` (wrapped category labels, texts at the bar ends, a
legend that wraps) from plain values, so the dashboard and a Word export
(through ``exports.charts.render_png``) can draw the same chart:

- ``indicator_chart``: per indicator, the % of its target reached, as a bar
  coloured by where it stands (achieved / on track / behind) with a dashed
  line at 100 %; bars are cut at ``PERCENT_CAP`` (the label keeps the value);
- ``status_chart``: how many projects are in each status;
- ``funding_chart``: per project, its cost split into funding granted,
  requested and still being decided, and not applied for yet (mln zł);
- ``series_chart``: one indicator's values over time against its baseline
  and target (a plain ``QChart`` on a time axis).

Every bar set is named (``QBarSet.label``) so a test or a reader of the
chart can find a series by its meaning.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCharts import (
    QBarSet,
    QChart,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QMargins, QPointF, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPen

from cwd_desktop.ui.project_charts import million_text, nice_step
from cwd_desktop.ui.survey_chart_base import (
    BAR_COLOR,
    GRID_COLOR,
    MUTED_COLOR,
    TEXT_COLOR,
    SurveyChart,
    category_axis,
    title_html,
)

#: Bars of indicators far beyond their target are cut here (the label says the real value).
PERCENT_CAP = 200.0
#: Colours of the indicator states and of the funding parts (calm, printable).
ACHIEVED_COLOR = "#59a14f"
ON_TRACK_COLOR = "#4e79a7"
BEHIND_COLOR = "#e15759"
GRANTED_COLOR = "#59a14f"
PENDING_COLOR = "#edc948"
NOT_APPLIED_COLOR = "#cfcfcf"


@dataclass(frozen=True)
class IndicatorBar:
    """One indicator on the chart: its label, % of target and state (an ``IndicatorState``)."""

    label: str
    percent: float
    state: str


@dataclass(frozen=True)
class FundingBar:
    """One project on the funding chart, amounts in PLN."""

    label: str
    cost: float
    granted: float
    pending: float
    not_applied: float


def _chart(title: str, note: str, font: QFont | None) -> SurveyChart:
    chart = SurveyChart()
    chart.setTitle(title_html(title, note))
    chart.title_lines = 2 if note else 1
    chart.apply_fonts(font or QGuiApplication.font())
    return chart


def _value_axis(chart: SurveyChart, top: float, title: str, label_format: str) -> QValueAxis:
    """A value axis from 0 to ``top`` rounded up to a nice step, four to six ticks."""
    axis = QValueAxis()
    step = nice_step(top / 5)
    ticks = max(2, math.ceil(top / step - 1e-9))
    axis.setRange(0, step * ticks)
    axis.setTickCount(ticks + 1)
    axis.setLabelFormat(label_format)
    axis.setGridLineColor(QColor(GRID_COLOR))
    axis.setLineVisible(False)
    axis.setTitleText(html.escape(title))
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    return axis


def _bar_set(label: str, color: str) -> QBarSet:
    bars = QBarSet(label)
    bars.setColor(QColor(color))
    bars.setBorderColor(QColor(color))
    return bars


def percent_label(percent: float) -> str:
    """``73%`` (whole per cent; what the bar's label and the tables show; never ``-0%``)."""
    return f"{round(percent) + 0:.0f}%"


def indicator_chart(
    title: str, bars: Sequence[IndicatorBar], note: str = "", font: QFont | None = None
) -> SurveyChart:
    """The % of target reached per indicator, first one on top, with a line at 100 %."""
    chart = _chart(title, note, font)
    if not bars:
        return chart
    bottom_up = list(reversed(bars))
    states = (
        (
            "achieved",
            QCoreApplication.translate("ImplementationCharts", "osiągnięty"),
            ACHIEVED_COLOR,
        ),
        (
            "on_track",
            QCoreApplication.translate("ImplementationCharts", "zgodnie z planem"),
            ON_TRACK_COLOR,
        ),
        ("behind", QCoreApplication.translate("ImplementationCharts", "zagrożony"), BEHIND_COLOR),
    )
    series = QHorizontalStackedBarSeries()
    series.setBarWidth(0.62)
    shown = [
        (code, text, color) for code, text, color in states if any(b.state == code for b in bars)
    ]
    for code, text, color in shown:
        bar_set = _bar_set(text, color)
        for bar in bottom_up:
            value = min(max(bar.percent, 0.0), PERCENT_CAP)
            bar_set.append(value if bar.state == code else 0.0)
        series.append(bar_set)
    chart.addSeries(series)
    names = category_axis(chart, [b.label for b in bottom_up])
    series.attachAxis(names)
    highest = max(min(max(b.percent, 0.0), PERCENT_CAP) for b in bars)
    axis = _value_axis(
        chart,
        max(100.0, highest) * 1.15,
        QCoreApplication.translate("ImplementationCharts", "% wartości docelowej"),
        "%.0f%%",
    )
    series.attachAxis(axis)
    target = QLineSeries()
    target.setName(QCoreApplication.translate("ImplementationCharts", "wartość docelowa (100%)"))
    pen = QPen(QColor(MUTED_COLOR))
    pen.setWidthF(1.6)
    pen.setStyle(Qt.PenStyle.DashLine)
    target.setPen(pen)
    target.append(QPointF(100.0, -0.5))
    target.append(QPointF(100.0, len(bars) - 0.5))
    chart.addSeries(target)
    target.attachAxis(axis)
    target.attachAxis(names)
    chart.set_categories(names, [b.label for b in bottom_up])
    for row, bar in enumerate(bottom_up):
        chart.add_label(
            percent_label(bar.percent), series, row, 0, min(max(bar.percent, 0.0), PERCENT_CAP)
        )
    chart.set_legend(
        [(text, QColor(color)) for _, text, color in shown]
        + [
            (
                QCoreApplication.translate("ImplementationCharts", "linia przerywana: 100% celu"),
                QColor(MUTED_COLOR),
            )
        ]
    )
    chart.apply_fonts(chart.base_font)
    return chart


def status_chart(
    title: str, items: Sequence[tuple[str, int]], font: QFont | None = None
) -> SurveyChart:
    """How many projects are in each status (``items`` in vocabulary order, top first)."""
    chart = _chart(title, "", font)
    shown = [(text, count) for text, count in items if count > 0]
    if not shown:
        return chart
    bottom_up = list(reversed(shown))
    bars = _bar_set(QCoreApplication.translate("ImplementationCharts", "projekty"), BAR_COLOR)
    for _, count in bottom_up:
        bars.append(count)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setBarWidth(0.62)
    chart.addSeries(series)
    names = category_axis(chart, [text for text, _ in bottom_up])
    series.attachAxis(names)
    highest = max(count for _, count in shown)
    axis = QValueAxis()
    top = max(2, int(highest * 1.25 + 0.999))
    axis.setRange(0, top)
    axis.setTickCount(min(top, 6) + 1)
    axis.setLabelFormat("%.0f")
    axis.setGridLineColor(QColor(GRID_COLOR))
    axis.setLineVisible(False)
    axis.setTitleText(
        html.escape(QCoreApplication.translate("ImplementationCharts", "liczba projektów"))
    )
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    chart.set_categories(names, [text for text, _ in bottom_up])
    for row, (_, count) in enumerate(bottom_up):
        chart.add_label(str(count), series, row, 0, count)
    chart.apply_fonts(chart.base_font)
    return chart


def funding_chart(title: str, bars: Sequence[FundingBar], font: QFont | None = None) -> SurveyChart:
    """Each project's cost as funding granted, pending and not applied for (mln zł)."""
    chart = _chart(title, "", font)
    if not bars:
        return chart
    bottom_up = list(reversed(bars))
    parts = (
        (
            QCoreApplication.translate("ImplementationCharts", "przyznane dofinansowanie"),
            GRANTED_COLOR,
            lambda b: b.granted,
        ),
        (
            QCoreApplication.translate("ImplementationCharts", "wnioskowane, w ocenie"),
            PENDING_COLOR,
            lambda b: b.pending,
        ),
        (
            QCoreApplication.translate("ImplementationCharts", "bez wniosku"),
            NOT_APPLIED_COLOR,
            lambda b: b.not_applied,
        ),
    )
    series = QHorizontalStackedBarSeries()
    series.setBarWidth(0.62)
    for text, color, amount in parts:
        bar_set = _bar_set(text, color)
        for bar in bottom_up:
            bar_set.append(amount(bar) / 1_000_000)
        series.append(bar_set)
    chart.addSeries(series)
    names = category_axis(chart, [b.label for b in bottom_up])
    series.attachAxis(names)
    totals = [(b.granted + b.pending + b.not_applied) / 1_000_000 for b in bottom_up]
    axis = _value_axis(
        chart,
        max(max(totals), 0.1) * 1.3,
        QCoreApplication.translate("ImplementationCharts", "mln zł"),
        "%.0f",
    )
    if axis.max() / max(axis.tickCount() - 1, 1) < 1:
        axis.setLabelFormat("%.1f")
    series.attachAxis(axis)
    chart.set_categories(names, [b.label for b in bottom_up])
    for row, bar in enumerate(bottom_up):
        share = f"{100 * bar.granted / bar.cost:.0f}%" if bar.cost > 0 else "—"
        text = QCoreApplication.translate("ImplementationCharts", "{share} z {cost}").format(
            share=share, cost=million_text(bar.cost)
        )
        chart.add_label(text, series, row, 0, totals[row])
    chart.set_legend([(text, QColor(color)) for text, color, _ in parts])
    chart.apply_fonts(chart.base_font)
    return chart


def series_chart(
    title: str,
    points: Sequence[tuple[date, float]],
    baseline: float | None,
    target: float | None,
    unit: str,
    font: QFont | None = None,
) -> QChart:
    """One indicator's reported values over time, with its baseline and target as lines.

    ``title`` may be empty (on the page, the indicator is the one selected above).

    Dates are placed on a time axis, so unevenly spaced reports keep their
    distances; the target (dashed, green) and baseline (dotted, grey) span it.
    """
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 8, 4))
    base = QFont(font or QGuiApplication.font())
    if title:
        chart.setTitle(title_html(title))
        chart.setTitleFont(base)
        chart.setTitleBrush(QBrush(QColor(TEXT_COLOR)))
    legend = chart.legend()
    legend.setFont(base)
    legend.setLabelColor(QColor(TEXT_COLOR))
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    if not points:
        legend.hide()
        return chart
    ordered = sorted(points)
    first, last = ordered[0][0], ordered[-1][0]
    if first == last:
        first, last = first - timedelta(days=30), last + timedelta(days=30)
    span = (last - first).days
    left, right = first - timedelta(days=span // 12 + 1), last + timedelta(days=span // 12 + 1)
    values = _line(
        QCoreApplication.translate("ImplementationCharts", "podane wartości"),
        QColor(ON_TRACK_COLOR),
        Qt.PenStyle.SolidLine,
        2.2,
    )
    values.setPointsVisible(True)
    values.setMarkerSize(6)
    for on, value in ordered:
        values.append(_msecs(on), value)
    lines = [values]
    for name, level, color, style in (
        (
            QCoreApplication.translate("ImplementationCharts", "cel"),
            target,
            ACHIEVED_COLOR,
            Qt.PenStyle.DashLine,
        ),
        (
            QCoreApplication.translate("ImplementationCharts", "bazowa"),
            baseline,
            MUTED_COLOR,
            Qt.PenStyle.DotLine,
        ),
    ):
        if level is not None:
            line = _line(name, QColor(color), style, 1.6)
            line.append(_msecs(left), level)
            line.append(_msecs(right), level)
            lines.append(line)
    for line in lines:
        chart.addSeries(line)
    x_axis = QDateTimeAxis()
    x_axis.setFormat("MM.yyyy")
    x_axis.setRange(_datetime(left), _datetime(right))
    x_axis.setTickCount(min(max(len(ordered), 2), 5))
    x_axis.setGridLineColor(QColor(GRID_COLOR))
    known = [v for _, v in ordered] + [v for v in (baseline, target) if v is not None]
    low, high = min(known), max(known)
    if 0 <= low <= high / 2:
        low = 0.0  # near zero: start at zero; otherwise fit the axis to the values
    pad = (high - low) * 0.12 or max(abs(high) * 0.1, 1.0)
    y_axis = QValueAxis()
    y_axis.setRange(low - pad if low else 0.0, high + pad)
    y_axis.setTickCount(4)
    y_axis.applyNiceNumbers()
    y_axis.setLabelFormat("%.0f" if max(abs(low), abs(high)) >= 100 else "%g")
    y_axis.setGridLineColor(QColor(GRID_COLOR))
    y_axis.setTitleText(html.escape(unit))
    for axis, side in (
        (x_axis, Qt.AlignmentFlag.AlignBottom),
        (y_axis, Qt.AlignmentFlag.AlignLeft),
    ):
        axis.setLabelsFont(base)
        axis.setLabelsColor(QColor(TEXT_COLOR))
        axis.setTitleFont(base)
        chart.addAxis(axis, side)
        for line in lines:
            line.attachAxis(axis)
    return chart


def _line(name: str, color: QColor, style: Qt.PenStyle, width: float) -> QLineSeries:
    line = QLineSeries()
    line.setName(html.escape(name))
    pen = QPen(color)
    pen.setWidthF(width)
    pen.setStyle(style)
    line.setPen(pen)
    line.setColor(color)
    return line


def _datetime(day: date) -> QDateTime:
    return QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))


def _msecs(day: date) -> float:
    return float(_datetime(day).toMSecsSinceEpoch())

"""Charts of implementation monitoring: indicators against targets, funding secured, balance.

Drawn into the raport z realizacji zadań and the recommendations document
(``DocxWriter.chart`` with a factory: made on the GUI thread); they take the
Qt-free reads of ``services.implementation_reads`` so a page can show the
very same charts. Built on ``SurveyChart``: long Polish labels wrap, bar
texts sit at the bars' ends and the image gets print fonts.

- ``indicator_chart``: one bar per indicator, the % of its target reached,
  coloured by its state (achieved / on track / behind / no data), a dashed
  line at 100 %, and "57% (8,1 z 14,2 km)" at each bar's end.
- ``funding_chart``: one stacked bar per project in mln zł: funding
  secured, requested and still being decided, and the rest of the cost
  (not applied for, still in preparation, or refused); "19,5 z 28,4 mln zł
  (69%)" (secured of cost) at each bar's end.
- ``state_chart``: the indicators counted by state (the balance of benefits).
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarSet,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPen

from cwd_desktop.services.implementation_reads import (
    Balance,
    IndicatorProgress,
    IndicatorState,
    ProjectProgress,
)
from cwd_desktop.ui.project_charts import nice_step
from cwd_desktop.ui.survey_chart_base import (
    GRID_COLOR,
    MUTED_COLOR,
    SurveyChart,
    category_axis,
    percent_text,
    title_html,
)

#: Colours of the indicator states: done green, on track blue, behind red, unknown grey.
STATE_COLORS: dict[IndicatorState, str] = {
    IndicatorState.ACHIEVED: "#59a14f",
    IndicatorState.ON_TRACK: "#4e79a7",
    IndicatorState.BEHIND: "#e15759",
    IndicatorState.NO_DATA: "#bab0ac",
}
#: Colours of the funding segments: secured, pending, not applied.
SECURED_COLOR, PENDING_COLOR, NOT_APPLIED_COLOR = "#59a14f", "#edc948", "#d9d9d9"
_CTX = "ImplementationCharts"


def state_label(state: IndicatorState) -> str:
    """The Polish name of an indicator state (context ``ImplementationCharts``)."""
    texts = {
        IndicatorState.ACHIEVED: QCoreApplication.translate(_CTX, "osiągnięty"),
        IndicatorState.ON_TRACK: QCoreApplication.translate(_CTX, "zgodnie z planem"),
        IndicatorState.BEHIND: QCoreApplication.translate(_CTX, "zagrożony"),
        IndicatorState.NO_DATA: QCoreApplication.translate(_CTX, "brak danych"),
    }
    return texts[state]


def number_text(value: float) -> str:
    """12,4 or 60: a value the Polish way, at most two decimals, no trailing zeros."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",")


def part_of_text(part: float, whole: float) -> str:
    """ "19,5 z 28,4 mln zł" (both in the unit of the whole: mln zł, else tys. zł)."""
    if abs(whole) >= 1_000_000:
        scale, unit = 1_000_000, QCoreApplication.translate(_CTX, "mln zł")
    else:
        scale, unit = 1000, QCoreApplication.translate(_CTX, "tys. zł")
    return QCoreApplication.translate(_CTX, "{part} z {whole} {unit}").format(
        part=f"{part / scale:.1f}".replace(".", ",").removesuffix(",0"),
        whole=f"{whole / scale:.1f}".replace(".", ",").removesuffix(",0"),
        unit=unit,
    )


def _new_chart(title: str) -> SurveyChart:
    chart = SurveyChart()
    chart.setTitle(title_html(title))
    chart.title_lines = 1
    chart.apply_fonts(QGuiApplication.font())
    return chart


def _value_axis(chart: SurveyChart, high: float, title: str, fmt: str) -> QValueAxis:
    """A value axis from 0 to at least ``high`` in round steps (3 to 6 ticks)."""
    axis = QValueAxis()
    step = nice_step(high / 5)
    ticks = max(2, math.ceil(high / step - 1e-9))
    axis.setRange(0, step * ticks)
    axis.setTickCount(ticks + 1)
    axis.setLabelFormat(fmt if step >= 1 else "%.1f")
    axis.setGridLineColor(QColor(GRID_COLOR))
    axis.setLineVisible(False)
    axis.setTitleText(html.escape(title))
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    return axis


def indicator_chart(
    indicators: Sequence[IndicatorProgress],
    title: str = "",
    names: Sequence[str] | None = None,
) -> SurveyChart:
    """% of target per indicator (first indicator on top), coloured by state, a 100 % line.

    ``names`` label the bars instead of the indicators' names (a report adds
    the project's number). Indicators without a target are left out (there
    is nothing to reach); one without a report shows an empty bar labelled
    "brak danych".
    """
    chart = _new_chart(title or QCoreApplication.translate(_CTX, "Wskaźniki a wartości docelowe"))
    named = list(zip(indicators, names or [i.name for i in indicators], strict=True))
    shown = [(i, name) for i, name in named if i.target is not None]
    if not shown:
        return chart
    texts = [name for _, name in reversed(shown)]
    bottom_up = [i for i, _ in reversed(shown)]
    values = [max(0.0, i.percent or 0.0) for i in bottom_up]
    series = QHorizontalStackedBarSeries()
    series.setBarWidth(0.65)
    used = [s for s in IndicatorState if any(i.state is s for i in bottom_up)]
    for state in used:
        bars = QBarSet(state_label(state))
        bars.setColor(QColor(STATE_COLORS[state]))
        bars.setBorderColor(QColor(STATE_COLORS[state]))
        for indicator, value in zip(bottom_up, values, strict=True):
            bars.append(value if indicator.state is state else 0.0)
        series.append(bars)
    chart.addSeries(series)
    axis_names = category_axis(chart, texts)
    series.attachAxis(axis_names)
    axis = _value_axis(
        chart,
        max([*values, 100.0]) * 1.45,
        QCoreApplication.translate(_CTX, "% wartości docelowej"),
        "%.0f",
    )
    series.attachAxis(axis)
    target = QLineSeries()
    target.append(QPointF(100.0, -0.5))
    target.append(QPointF(100.0, len(bottom_up) - 0.5))
    pen = QPen(QColor(MUTED_COLOR), 1.6, Qt.PenStyle.DashLine)
    target.setPen(pen)
    chart.addSeries(target)
    target.attachAxis(axis)
    target.attachAxis(axis_names)
    chart.set_categories(axis_names, texts)
    for row, (indicator, value) in enumerate(zip(bottom_up, values, strict=True)):
        chart.add_label(_indicator_text(indicator), series, row, 0.0, value)
    chart.set_legend([(state_label(s), QColor(STATE_COLORS[s])) for s in used])
    chart.apply_fonts(chart.base_font)
    return chart


def _indicator_text(indicator: IndicatorProgress) -> str:
    if indicator.latest_value is None or indicator.percent is None:
        return state_label(IndicatorState.NO_DATA)
    unit = f" {indicator.unit}" if indicator.unit else ""
    target = indicator.target if indicator.target is not None else 0.0
    latest = number_text(indicator.latest_value)
    falling = indicator.baseline is not None and target < indicator.baseline
    # "8,1 z 14,2 km" reads right for growth; a value that should fall gets its goal named.
    if falling:
        values = QCoreApplication.translate(_CTX, "{latest}, cel: {target}{unit}")
    else:
        values = QCoreApplication.translate(_CTX, "{latest} z {target}{unit}")
    text = values.format(latest=latest, target=number_text(target), unit=unit)
    return f"{percent_text(indicator.percent)} ({text})"


def funding_chart(projects: Sequence[ProjectProgress], title: str = "") -> SurveyChart:
    """Per project (first on top): secured, pending and not applied, stacked, in mln zł.

    Projects without a cost and without any application are left out.
    """
    chart = _new_chart(
        title or QCoreApplication.translate(_CTX, "Finansowanie pozyskane według projektów")
    )
    shown = [p for p in projects if p.cost > 0 or p.applications]
    if not shown:
        return chart
    bottom_up = list(reversed(shown))
    series = QHorizontalStackedBarSeries()
    series.setBarWidth(0.65)
    parts = (
        (
            QCoreApplication.translate(_CTX, "pozyskane"),
            SECURED_COLOR,
            [p.granted for p in bottom_up],
        ),
        (
            QCoreApplication.translate(_CTX, "wnioski w ocenie"),
            PENDING_COLOR,
            [p.pending for p in bottom_up],
        ),
        (
            QCoreApplication.translate(_CTX, "pozostała część kosztu"),
            NOT_APPLIED_COLOR,
            [p.not_applied for p in bottom_up],
        ),
    )
    for name, color, amounts in parts:
        bars = QBarSet(name)
        bars.setColor(QColor(color))
        bars.setBorderColor(QColor(color))
        for amount in amounts:
            bars.append(amount / 1_000_000)
        series.append(bars)
    chart.addSeries(series)
    labels = [p.label for p in bottom_up]
    names = category_axis(chart, labels)
    series.attachAxis(names)
    ends = [(p.granted + p.pending + p.not_applied) / 1_000_000 for p in bottom_up]
    axis = _value_axis(chart, max(ends) * 1.45, QCoreApplication.translate(_CTX, "mln zł"), "%.0f")
    series.attachAxis(axis)
    chart.set_categories(names, labels)
    for row, (project, end) in enumerate(zip(bottom_up, ends, strict=True)):
        share = f" ({percent_text(100 * project.granted / project.cost)})" if project.cost else ""
        text = part_of_text(project.granted, project.cost)
        chart.add_label(text + share, series, row, 0.0, end)
    chart.set_legend([(name, QColor(color)) for name, color, _ in parts])
    chart.apply_fonts(chart.base_font)
    return chart


def state_chart(balance: Balance, title: str = "") -> SurveyChart:
    """The indicators counted by state: how many achieved, on track, behind, without data."""
    chart = _new_chart(
        title or QCoreApplication.translate(_CTX, "Wskaźniki według stopnia osiągnięcia")
    )
    counts = [
        (IndicatorState.ACHIEVED, balance.achieved),
        (IndicatorState.ON_TRACK, balance.on_track),
        (IndicatorState.BEHIND, balance.behind),
        (IndicatorState.NO_DATA, balance.no_data),
    ]
    if not balance.indicators:
        return chart
    bottom_up = list(reversed(counts))
    series = QHorizontalStackedBarSeries()
    series.setBarWidth(0.65)
    for state, _ in counts:
        bars = QBarSet(state_label(state))
        bars.setColor(QColor(STATE_COLORS[state]))
        bars.setBorderColor(QColor(STATE_COLORS[state]))
        for other, count in bottom_up:
            bars.append(float(count) if other is state else 0.0)
        series.append(bars)
    chart.addSeries(series)
    labels = [state_label(s) for s, _ in bottom_up]
    names = category_axis(chart, labels)
    series.attachAxis(names)
    axis = _value_axis(
        chart,
        max(max(c for _, c in counts) * 1.4, 4.0),
        QCoreApplication.translate(_CTX, "liczba wskaźników"),
        "%.0f",
    )
    series.attachAxis(axis)
    chart.set_categories(names, labels)
    for row, (_, count) in enumerate(bottom_up):
        share = 100 * count / balance.indicators
        chart.add_label(f"{count} ({percent_text(share)})", series, row, 0.0, float(count))
    chart.apply_fonts(chart.base_font)
    return chart

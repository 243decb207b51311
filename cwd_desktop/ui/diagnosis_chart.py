"""The chart of one indicator: a line per JST over the years, or bars for the latest year.

The same function draws the chart on the diagnosis page and, through
``DocxWriter.chart``, in the diagnostic report, so both show the same thing.
Numbers are written the Polish way (QLocale pl: "16 145", "12,4"); the
y axis starts at zero for bars and is fitted to the data for lines, where
the change over the years is what matters. No animations: they would be
caught half-way in a PNG.
"""

from __future__ import annotations

import html

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPen

from cwd_desktop.services.diagnosis_reads import IndicatorGrid
from cwd_desktop.ui.survey_chart_base import GRID_COLOR, PALETTE, TEXT_COLOR

LINES, BARS = "lines", "bars"
_POLISH = QLocale(QLocale.Language.Polish, QLocale.Country.Poland)


def _decimals(values: list[float]) -> int:
    """Decimals the axis needs: none for whole numbers, one for the rest."""
    return 0 if all(float(v).is_integer() for v in values) else 1


def _value_axis(low: float, high: float, decimals: int, zero: bool) -> QValueAxis:
    axis = QValueAxis()
    low = min(0.0, low) if zero else low
    if high == low:
        high = low + 1
    pad = 0.0 if zero else (high - low) * 0.08
    axis.setRange(low - pad if low - pad > 0 or low < 0 else max(low - pad, 0.0), high + pad)
    axis.applyNiceNumbers()
    step = (axis.max() - axis.min()) / max(axis.tickCount() - 1, 1)
    axis.setLabelFormat(f"%.{decimals if not float(step).is_integer() else 0}f")
    axis.setGridLineColor(QColor(GRID_COLOR))
    axis.setMinorTickCount(0)
    axis.setLineVisible(False)
    return axis


def _new_chart(title: str, font: QFont | None) -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocalizeNumbers(True)
    chart.setLocale(_POLISH)
    chart.setBackgroundRoundness(0)
    chart.setBackgroundBrush(QBrush(QColor("#ffffff")))
    chart.setPlotAreaBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    base = QFont(font or QGuiApplication.font())
    chart.setFont(base)
    if title:
        title_font = QFont(base)
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setTitleBrush(QBrush(QColor(TEXT_COLOR)))
        chart.setTitle(html.escape(title, quote=False))
    chart.legend().setFont(base)
    chart.legend().setLabelColor(QColor(TEXT_COLOR))
    return chart


def _style_axis(axis: QValueAxis | QBarCategoryAxis, font: QFont) -> None:
    axis.setLabelsFont(font)
    axis.setLabelsColor(QColor(TEXT_COLOR))


def indicator_chart(
    grid: IndicatorGrid,
    names: dict[str, str],
    mode: str = LINES,
    *,
    title: bool = True,
    font: QFont | None = None,
    legend: bool = True,
) -> QChart | None:
    """The chart of ``grid`` (``names``: TERYT → label); None when it holds no value.

    The lines' legend sits right of them; on screen, where the table beside
    the chart shows each JST's colour (``series_colors``), it is left out.
    """
    if not grid.cells:
        return None
    info = grid.indicator
    base = QFont(font or QGuiApplication.font())
    if mode == BARS:
        return _bars(grid, names, info.title() if title else "", base)
    return _lines(grid, names, info.title() if title else "", base, legend)


def series_colors(grid: IndicatorGrid) -> dict[str, QColor]:
    """The colour of each JST's line: the palette in turn over the JST that have values."""
    with_values = [j.code for j in grid.rows if grid.series(j.code)]
    return {code: QColor(PALETTE[n % len(PALETTE)]) for n, code in enumerate(with_values)}


def _lines(
    grid: IndicatorGrid, names: dict[str, str], title: str, font: QFont, show_legend: bool
) -> QChart:
    chart = _new_chart(title, font)
    years = [y for y in grid.years if any(grid.value(j.code, y) is not None for j in grid.rows)]
    # Years as categories: a localised number axis would write 2019 as "2 019", and each
    # category label gets its whole slot (a category axis on values elides them early).
    x_axis = QBarCategoryAxis()
    x_axis.append([str(y) for y in years])
    x_axis.setGridLineVisible(False)
    position = {year: index for index, year in enumerate(years)}
    values: list[float] = []
    series_list = []
    colors = series_colors(grid)
    for jst in (j for j in grid.rows if j.code in colors):
        series = QLineSeries()
        series.setName(html.escape(names.get(jst.code, jst.name), quote=False))
        color = colors[jst.code]
        pen = QPen(color)
        pen.setWidthF(2.2)
        series.setPen(pen)
        series.setColor(color)
        series.setPointsVisible(True)
        series.setMarkerSize(5)
        for year, value in grid.series(jst.code):
            series.append(QPointF(position[year], value))
            values.append(value)
        chart.addSeries(series)
        series_list.append(series)
    y_axis = _value_axis(min(values), max(values), _decimals(values), zero=False)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for series in series_list:
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
    for axis in (x_axis, y_axis):
        _style_axis(axis, font)
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignRight)
    legend.setVisible(show_legend)
    return chart


def _bars(grid: IndicatorGrid, names: dict[str, str], title: str, font: QFont) -> QChart:
    year = grid.last_year()
    assert year is not None
    heading = f"{title}, {year}" if title else ""
    chart = _new_chart(heading, font)
    pairs = [
        (names.get(j.code, j.name), value)
        for j in grid.rows
        if (value := grid.value(j.code, year)) is not None
    ]
    pairs.sort(key=lambda pair: pair[1])  # Qt draws the first bar at the bottom: largest on top
    bars = QBarSet(str(year))
    bars.setColor(QColor(PALETTE[0]))
    bars.setBorderColor(QColor(PALETTE[0]))
    bars.setLabelColor(QColor(TEXT_COLOR))
    bars.setLabelFont(font)
    for _, value in pairs:
        bars.append(value)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setBarWidth(0.6)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    decimals = _decimals([v for _, v in pairs])
    series.setLabelsPrecision(12)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([html.escape(label, quote=False) for label, _ in pairs])
    categories.setGridLineVisible(False)
    values = [v for _, v in pairs]
    axis = _value_axis(min(values), max(values) * 1.12, decimals, zero=True)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(axis)
    for each in (categories, axis):
        _style_axis(each, font)
    chart.legend().setVisible(False)
    return chart


def export_chart(grid: IndicatorGrid, names: dict[str, str], mode: str = LINES) -> QChart | None:
    """The chart for the Word report: print-sized fonts, no title (the caption names it)."""
    from cwd_desktop.exports.charts import print_font

    return indicator_chart(grid, names, mode, title=False, font=print_font())

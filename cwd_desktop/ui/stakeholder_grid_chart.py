"""The influence/interest grid (macierz interesariuszy) of a partnership's register.

A 5 × 5 grid: interest across, influence up. Each occupied cell is a bubble
whose size grows with the number of stakeholders in it; hovering shows their
names. Dashed lines through the middle score split the four strategies
named in the corners (zarządzaj blisko, utrzymuj satysfakcję, informuj,
monitoruj); bubbles on a dividing line are drawn in a neutral colour.
"""

from __future__ import annotations

import math
from functools import partial

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QToolTip, QWidget

from cwd_desktop.services.stakeholder_reads import GridCell

MIDDLE = 3
MAX_NAMES = 15
COLORS = {
    "manage": QColor("#c0392b"),
    "satisfy": QColor("#d68910"),
    "inform": QColor("#2e86c1"),
    "monitor": QColor("#3f9c6d"),
    "middle": QColor("#6d7b8a"),
}


def quadrant(influence: int, interest: int) -> str:
    """Which strategy a cell falls under ("middle" when on a dividing line)."""
    if influence == MIDDLE or interest == MIDDLE:
        return "middle"
    if influence > MIDDLE:
        return "manage" if interest > MIDDLE else "satisfy"
    return "inform" if interest > MIDDLE else "monitor"


def bubble_size(count: int) -> float:
    """Marker diameter in pixels: area grows with the count, capped for crowded cells."""
    return min(12.0 + 11.0 * math.sqrt(count), 64.0)


class StakeholderGridChart(QChartView):
    """The grid chart; call ``set_cells`` with ``StakeholderReads.grid`` results."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(300, 240)
        chart.legend().hide()
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundRoundness(0)
        self._x = self._axis(self.tr("Zainteresowanie"))
        self._y = self._axis(self.tr("Wpływ"))
        chart.addAxis(self._x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self._y, Qt.AlignmentFlag.AlignLeft)
        self._dividers()
        self._bubbles: dict[QScatterSeries, GridCell] = {}
        self._labels = self._quadrant_labels()
        chart.plotAreaChanged.connect(self._place_labels)

    def _axis(self, title: str) -> QValueAxis:
        axis = QValueAxis()
        axis.setRange(0.5, 5.5)
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(1)
        axis.setTickInterval(1)
        axis.setLabelFormat("%d")
        axis.setTitleText(title)
        axis.setGridLineVisible(False)
        axis.setMinorGridLineVisible(False)
        return axis

    def _dividers(self) -> None:
        pen = QPen(QColor("#9aa5b1"))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(1.2)
        for points in (((MIDDLE, 0.5), (MIDDLE, 5.5)), ((0.5, MIDDLE), (5.5, MIDDLE))):
            line = QLineSeries()
            line.setPen(pen)
            for x, y in points:
                line.append(x, y)
            self.chart().addSeries(line)
            line.attachAxis(self._x)
            line.attachAxis(self._y)

    def _quadrant_labels(self) -> dict[str, QGraphicsSimpleTextItem]:
        texts = {
            "manage": self.tr("zarządzaj\nblisko"),
            "satisfy": self.tr("utrzymuj\nsatysfakcję"),
            "inform": self.tr("informuj"),
            "monitor": self.tr("monitoruj"),
        }
        font = QFont(self.font())
        font.setItalic(True)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        labels = {}
        for key, text in texts.items():
            item = QGraphicsSimpleTextItem(text, self.chart())
            item.setFont(font)
            item.setBrush(COLORS[key].lighter(115))
            item.setZValue(-1)
            labels[key] = item
        return labels

    def _place_labels(self) -> None:
        area = self.chart().plotArea()
        pad = 6.0
        for key, item in self._labels.items():
            size = item.boundingRect()
            right = key in ("manage", "inform")
            top = key in ("manage", "satisfy")
            x = area.right() - size.width() - pad if right else area.left() + pad
            y = area.top() + pad if top else area.bottom() - size.height() - pad
            item.setPos(QPointF(x, y))

    def set_cells(self, cells: list[GridCell]) -> None:
        """Show these occupied cells (replacing what was shown)."""
        chart = self.chart()
        for series in self._bubbles:
            chart.removeSeries(series)
            series.deleteLater()
        self._bubbles.clear()
        for cell in cells:
            series = QScatterSeries()
            series.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
            series.setMarkerSize(bubble_size(cell.count))
            where = quadrant(cell.influence, cell.interest)
            color = QColor(COLORS[where])
            color.setAlpha(120 if where == "middle" else 210)
            series.setColor(color)
            series.setBorderColor(color.darker(130))
            series.append(cell.interest, cell.influence)
            series.setPointLabelsVisible(cell.count > 1)
            series.setPointLabelsFormat(str(cell.count))
            series.setPointLabelsClipping(False)
            series.hovered.connect(partial(self._hovered, cell))
            chart.addSeries(series)
            series.attachAxis(self._x)
            series.attachAxis(self._y)
            self._bubbles[series] = cell
        self._place_labels()

    def counts(self) -> dict[tuple[int, int], int]:
        """(influence, interest) → number of stakeholders, as drawn."""
        result = {}
        for series, cell in self._bubbles.items():
            point = series.at(0)
            result[(round(point.y()), round(point.x()))] = cell.count
        return result

    def tooltip(self, cell: GridCell) -> str:
        """The hover text of a cell: its scores and who sits there."""
        head = self.tr("Wpływ {influence}, zainteresowanie {interest}: {count}").format(
            influence=cell.influence, interest=cell.interest, count=cell.count
        )
        names = [f"• {name}" for name in cell.names[:MAX_NAMES]]
        if cell.count > MAX_NAMES:
            names.append(self.tr("…i {n} innych").format(n=cell.count - MAX_NAMES))
        return "\n".join([head, *names])

    def _hovered(self, cell: GridCell, _point: QPointF, state: bool) -> None:
        if state:
            QToolTip.showText(QCursor.pos(), self.tooltip(cell), self)
        else:
            QToolTip.hideText()

"""The consultation statistics: a bar chart of comment counts and the panel around it.

Horizontal bars because the labels are long Polish names ("stowarzyszenie /
fundacja (NGO)"); they read from top to bottom in the order the table lists
them. Counts are drawn at the end of each bar so no one has to read the axis.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QObject, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from cwd_desktop.services.consultation_reads import Label, Stats
from cwd_desktop.ui import messages

BAR_COLOR = QColor("#3a6ea5")


class ConsultationStatsChart(QChartView):
    """Shows one breakdown: (label, count) pairs as horizontal bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 220)
        self._new_chart()
        self._labels: list[str] = []
        self._values: list[int] = []

    def set_counts(self, title: str, counts: list[tuple[str, int]]) -> None:
        """Replace the chart with these bars (the first pair drawn on top)."""
        self._labels = [text for text, _ in counts]
        self._values = [n for _, n in counts]
        chart = self._new_chart()
        chart.setTitle(title)
        if not counts:
            return
        bars = QBarSet(title)
        bars.setColor(BAR_COLOR)
        bars.setLabelColor(QColor("#1b1b1b"))
        # Qt draws the first category at the bottom; reverse so the list reads downwards.
        for _, n in reversed(counts):
            bars.append(n)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setBarWidth(0.6)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([self._wrap(text) for text, _ in reversed(counts)])
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        values = QValueAxis()
        top = max(self._values)
        values.setRange(0, max(1, top + max(1, top // 8)))
        values.setLabelFormat("%d")
        values.setTickCount(min(6, max(2, top + 2)))
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)

    def _new_chart(self) -> QChart:
        """A fresh chart: reusing one leaves the old axes' labels drawn under the new ones."""
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 12, 4))
        chart.setBackgroundRoundness(0)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart

    def shown(self) -> list[tuple[str, int]]:
        """What the chart shows, top to bottom (for tests and screen readers)."""
        return list(zip(self._labels, self._values, strict=True))

    @staticmethod
    def _wrap(text: str, width: int = 26) -> str:
        """Short enough for the axis: long labels are clipped with an ellipsis."""
        return text if len(text) <= width else text[: width - 1] + "…"


class StatsPanel(QObject):
    """The statistics tab: a table of the three breakdowns and a chart of one of them.

    Choosing a breakdown in the combo or clicking one of its rows in the
    table shows it in the chart.
    """

    def __init__(
        self, tree: QTreeWidget, combo: QComboBox, holder: QBoxLayout, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._tree, self._combo = tree, combo
        self.chart = ConsultationStatsChart(parent)
        holder.addWidget(self.chart)
        self.stats: Stats | None = None
        for key, title in self.breakdowns():
            combo.addItem(title, key)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tree.setMinimumWidth(260)
        tree.setItemsExpandable(False)
        combo.currentIndexChanged.connect(lambda _i: self._show_chart())
        tree.currentItemChanged.connect(self._on_item)

    def breakdowns(self) -> list[tuple[str, str]]:
        """(Stats attribute, title) of each breakdown, in display order."""
        return [
            ("by_category", self.tr("Kategoria interesariusza")),
            ("by_form", self.tr("Forma konsultacji")),
            ("by_disposition", self.tr("Rozstrzygnięcie")),
        ]

    def show_stats(self, stats: Stats | None) -> None:
        """Fill the table and the chart (empty for None)."""
        self.stats = stats
        tree = self._tree
        tree.clear()
        if stats is not None:
            for key, title in self.breakdowns():
                group = QTreeWidgetItem(tree, [title, ""])
                group.setData(0, Qt.ItemDataRole.UserRole, key)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                for count in getattr(stats, key):
                    item = QTreeWidgetItem(group, [_text(count.label), str(count.count)])
                    item.setData(0, Qt.ItemDataRole.UserRole, key)
                    item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            tree.expandAll()
        self._show_chart()

    def _on_item(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None:
            index = self._combo.findData(current.data(0, Qt.ItemDataRole.UserRole))
            if index >= 0:
                self._combo.setCurrentIndex(index)

    def _show_chart(self) -> None:
        key = self._combo.currentData()
        if self.stats is None or key is None:
            self.chart.set_counts("", [])
            return
        counts = [(_text(c.label), c.count) for c in getattr(self.stats, key)]
        self.chart.set_counts(self._combo.currentText(), counts)


def _text(found: Label) -> str:
    return found.render(messages.translate) or "—"

"""The "Przegląd pakietu" view: the package's money by source, policy objective and area.

Totals on top (with the projects whose funding does not add up to their
cost), then each breakdown as a table beside its chart (a pie of the
funding sources, bars of the cost by policy objective and by thematic
area), and the counts by status and by readiness. The charts are those of
the Word export (``ui/project_charts.py``).
"""

from __future__ import annotations

import html

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from cwd_desktop.services import project_package as package
from cwd_desktop.services.app import Services
from cwd_desktop.ui.forms.ui_project_overview import Ui_ProjectOverview
from cwd_desktop.ui.project_charts import amount_bars, amount_pie
from cwd_desktop.ui.vocab_combo import vocab_text


class ProjectOverview(QWidget):
    """Figures of one partnership's package, read again by ``show_overview``."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.ui = Ui_ProjectOverview()
        self.ui.setupUi(self)
        self.figures: package.PackageOverview | None = None
        self.charts: dict[str, QChartView] = {}
        for key, holder in (
            ("sources", self.ui.sourcesChartLayout),
            ("policy", self.ui.policyChartLayout),
            ("area", self.ui.areaChartLayout),
        ):
            view = QChartView(self)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(300)
            holder.addWidget(view)
            self.charts[key] = view
        self.ui.gridLayout.setColumnStretch(0, 1)
        self.ui.gridLayout.setColumnStretch(1, 1)
        self.ui.warningLabel.hide()
        for table in (self.ui.sourcesTable, self.ui.policyTable, self.ui.areaTable):
            self.ui.gridLayout.setAlignment(table, Qt.AlignmentFlag.AlignTop)

    def show_overview(self, partnership_id: str) -> None:
        """Read the partnership's package and show its figures."""
        figures = package.overview(self._services.store, partnership_id)
        self.figures = figures
        ui = self.ui
        ui.totalsLabel.setText(
            self.tr(
                "Projekty: <b>{n}</b> · łączny koszt: <b>{cost} zł</b> · "
                "źródła finansowania: <b>{funding} zł</b> ({share} kosztu)"
            ).format(
                n=figures.projects,
                cost=package.amount_text(figures.cost),
                funding=package.amount_text(figures.funding),
                share=package.percent_text(figures.funding, figures.cost),
            )
        )
        if figures.mismatched:
            lines = [
                html.escape(f"{number}. {title}: {package.funding_warning(cost, funding)}")
                for number, title, cost, funding in figures.mismatched
            ]
            ui.warningLabel.setText(
                "⚠  "
                + self.tr("Finansowanie nie sumuje się do kosztu:")
                + "<br>"
                + "<br>".join(lines)
            )
        ui.warningLabel.setVisible(bool(figures.mismatched))
        self._amounts(
            ui.sourcesTable, self.tr("Źródło finansowania"), figures.by_source, figures.funding
        )
        self._amounts(
            ui.policyTable, self.tr("Cel polityki spójności"), figures.by_policy, figures.cost
        )
        self._amounts(ui.areaTable, self.tr("Obszar tematyczny"), figures.by_area, figures.cost)
        self._counts(ui.statusTable, self.tr("Status"), figures.by_status)
        self._counts(ui.readinessTable, self.tr("Stopień przygotowania"), figures.by_readiness)
        self._chart(
            "sources",
            amount_pie(
                self.tr("Finansowanie pakietu według źródeł"),
                [(vocab_text(s.label), s.amount) for s in figures.by_source],
            ),
        )
        self._chart(
            "policy",
            amount_bars(
                self.tr("Koszt według celów polityki spójności"),
                [(vocab_text(s.label), s.amount) for s in figures.by_policy],
            ),
        )
        self._chart(
            "area",
            amount_bars(
                self.tr("Koszt według obszarów tematycznych"),
                [(vocab_text(s.label), s.amount) for s in figures.by_area],
            ),
        )

    def _chart(self, key: str, chart: QChart) -> None:
        view = self.charts[key]
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()

    @staticmethod
    def _fill(
        table: QTableWidget,
        header: list[str],
        rows: list[list[str]],
        right: set[int],
        bold_last: bool = False,
    ) -> None:
        table.clear()
        table.setColumnCount(len(header))
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels(header)
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c in right:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if bold_last and r == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(r, c, item)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(24)
        header_view = table.horizontalHeader()
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(header)):
            header_view.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        height = header_view.sizeHint().height() + 24 * len(rows) + 4
        table.setMinimumHeight(min(max(height, 80), 320))
        table.setMaximumHeight(max(height, 80))

    def _amounts(
        self, table: QTableWidget, title: str, shares: list[package.Share], whole: float
    ) -> None:
        rows = [
            [
                vocab_text(s.label),
                package.amount_text(s.amount),
                package.percent_text(s.amount, whole),
                str(s.count),
            ]
            for s in shares
        ]
        rows.append([self.tr("Razem"), package.amount_text(whole), "100%" if whole else "—", ""])
        self._fill(
            table,
            [title, self.tr("Kwota (zł)"), self.tr("Udział"), self.tr("Projekty")],
            rows,
            {1, 2, 3},
            bold_last=True,
        )

    def _counts(self, table: QTableWidget, title: str, shares: list[package.Share]) -> None:
        rows = [[vocab_text(s.label), str(s.count), package.amount_text(s.amount)] for s in shares]
        self._fill(table, [title, self.tr("Projekty"), self.tr("Koszt (zł)")], rows, {1, 2})

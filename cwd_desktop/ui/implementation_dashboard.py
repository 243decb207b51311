"""The "Pulpit" of implementation monitoring: the partnership's package at a glance.

Totals on top (cost, spent, funding secured and pending, delays), then the
projects by status beside the balance of benefits, the indicators against
their targets, the funding secured by project, and the open issues (a
double click shows the project concerned). Everything comes from one
``implementation_reads.overview`` read, so the figures agree with the
reports; the charts are ``ui/implementation_charts.py``.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from cwd_desktop.domain.vocab import ActionStatus, ProjectStatus, label
from cwd_desktop.domain.vocab_followup import ApplicationResult
from cwd_desktop.services import implementation_reads as reads
from cwd_desktop.services.project_package import amount_text, date_text, percent_text
from cwd_desktop.ui.forms.ui_implementation_dashboard import Ui_ImplementationDashboard
from cwd_desktop.ui.implementation_charts import (
    FundingBar,
    IndicatorBar,
    funding_chart,
    indicator_chart,
    percent_label,
    status_chart,
)
from cwd_desktop.ui.implementation_tables import days_text
from cwd_desktop.ui.survey_chart_base import SurveyChart
from cwd_desktop.ui.vocab_combo import vocab_text

#: Project id of an open-issue row.
ProjectRole = Qt.ItemDataRole.UserRole + 1
ROW_PX = 24


def _issue_label(kind: reads.IssueKind) -> str:
    return QCoreApplication.translate("implementation", reads.ISSUE_LABELS[kind])


class ImplementationDashboard(QWidget):
    """Figures and charts of one partnership's implementation, shown by ``show_overview``."""

    sig_open_project = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImplementationDashboard()
        self.ui.setupUi(self)
        self.overview: reads.Overview | None = None
        self.charts: dict[str, QChartView] = {}
        for key, holder in (
            ("status", self.ui.statusChartLayout),
            ("indicators", self.ui.indicatorChartLayout),
            ("funding", self.ui.fundingChartLayout),
        ):
            view = QChartView(self)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            holder.addWidget(view)
            self.charts[key] = view
        grid = self.ui.gridLayout
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.ui.issuesTable.doubleClicked.connect(self._on_issue)
        self.ui.issuesTable.activated.connect(self._on_issue)

    def chart(self, key: str) -> QChart:
        """The chart shown as ``status``, ``indicators`` or ``funding``."""
        return self.charts[key].chart()

    # -- showing --------------------------------------------------------------------------

    def show_overview(self, overview: reads.Overview) -> None:
        """Show ``overview`` (read by the page after every change)."""
        self.overview = overview
        self._totals(overview)
        self._balance(overview.balance)
        self._charts(overview)
        self._issues(overview.issues)

    def _totals(self, overview: reads.Overview) -> None:
        totals = overview.totals
        delayed = sum(p.delayed for p in overview.projects)
        text = self.tr(
            "Projekty: <b>{n}</b> · koszt pakietu: <b>{cost} zł</b> · wydano: <b>{spent} zł</b>"
            " ({spent_share}) · dofinansowanie przyznane: <b>{granted} zł</b> ({granted_share}"
            " kosztu) · wnioskowane, w ocenie: <b>{pending} zł</b>"
        ).format(
            n=totals.projects,
            cost=amount_text(totals.cost, 0),
            spent=amount_text(totals.spent, 0),
            spent_share=percent_text(totals.spent, totals.cost),
            granted=amount_text(totals.granted, 0),
            granted_share=percent_text(totals.granted, totals.cost),
            pending=amount_text(totals.pending, 0),
        )
        if delayed:
            text += " · " + self.tr(
                "<span style='color:#a32020'>opóźnione: <b>{n}</b></span>"
            ).format(n=delayed)
        self.ui.totalsLabel.setText(text)

    def _balance(self, balance: reads.Balance) -> None:
        rows = [
            (self.tr("Wskaźniki osiągnięte"), f"{balance.achieved} / {balance.indicators}"),
            (self.tr("Wskaźniki realizowane zgodnie z planem"), str(balance.on_track)),
            (self.tr("Wskaźniki zagrożone"), str(balance.behind)),
            (self.tr("Wskaźniki bez danych"), str(balance.no_data)),
            (self.tr("Projekty zakończone"), f"{balance.completed} / {balance.projects}"),
            (self.tr("Projekty w realizacji"), str(balance.in_progress)),
            (
                self.tr("Wnioski wybrane do dofinansowania"),
                f"{balance.funded_applications} / {balance.applications}",
            ),
            (
                self.tr("Dofinansowanie zabezpieczone"),
                self.tr("{amount} zł ({share} kosztu)").format(
                    amount=amount_text(balance.granted, 0),
                    share=percent_text(balance.granted, balance.cost),
                ),
            ),
        ]
        table = self.ui.balanceTable
        self._fill(
            table, [self.tr("Pozycja"), self.tr("Wartość")], [list(r) for r in rows], {1}, stretch=1
        )

    def _charts(self, overview: reads.Overview) -> None:
        bars: list[IndicatorBar] = []
        without = 0
        for project in overview.projects:
            for indicator in project.indicators:
                if indicator.percent is None or indicator.state is reads.IndicatorState.NO_DATA:
                    without += 1
                    continue
                unit = f" [{indicator.unit}]" if indicator.unit else ""
                bars.append(
                    IndicatorBar(
                        f"{project.number}. {indicator.name}{unit}",
                        indicator.percent,
                        indicator.state.value,
                    )
                )
        note = self.tr("wskaźniki bez podanej wartości: {n}").format(n=without) if without else ""
        self._show(
            "indicators", indicator_chart(self.tr("Wskaźniki a wartości docelowe"), bars, note)
        )
        statuses = [
            (vocab_text(label(status)), overview.totals.by_status.get(status.value, 0))
            for status in ProjectStatus
        ]
        self._show("status", status_chart(self.tr("Projekty według statusu"), statuses))
        funding = [
            FundingBar(p.label, p.cost, p.granted, p.pending, p.not_applied)
            for p in overview.projects
            if p.cost > 0 or p.granted > 0 or p.pending > 0
        ]
        self._show(
            "funding",
            funding_chart(self.tr("Dofinansowanie zabezpieczone według projektów"), funding),
        )

    def _show(self, key: str, chart: SurveyChart) -> None:
        view = self.charts[key]
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()
        width = max(view.width(), 640)
        view.setMinimumHeight(max(chart.preferred_height(width, 30.0), 220))

    def _issues(self, issues: list[reads.OpenIssue]) -> None:
        rows: list[list[str]] = []
        for issue in issues:
            rows.append(
                [_issue_label(issue.kind), issue.project, issue.subject, self._detail(issue)]
            )
        table = self.ui.issuesTable
        self._fill(
            table,
            [
                self.tr("Kwestia"),
                self.tr("Projekt / spotkanie"),
                self.tr("Czego dotyczy"),
                self.tr("Szczegóły"),
            ],
            rows,
            set(),
            stretch=2,
            fixed={1: 300},
            max_rows=40,
        )
        for row, issue in enumerate(issues):
            item = table.item(row, 0)
            if item is not None:
                item.setData(ProjectRole, issue.project_id or "")
        if not issues:
            table.setRowCount(1)
            table.setItem(0, 0, QTableWidgetItem(self.tr("Brak otwartych kwestii.")))

    def _detail(self, issue: reads.OpenIssue) -> str:
        parts: list[str] = []
        if issue.days_late:
            parts.append(self.tr("opóźnienie {days}").format(days=days_text(issue.days_late)))
        if issue.due_on is not None:
            parts.append(self.tr("termin {date}").format(date=date_text(issue.due_on)))
        if issue.percent is not None:
            parts.append(percent_label(issue.percent))
        if issue.amount is not None and issue.kind is not reads.IssueKind.INDICATOR_BEHIND:
            parts.append(self.tr("{amount} zł").format(amount=amount_text(issue.amount, 0)))
        if issue.status and issue.kind is not reads.IssueKind.PROJECT_DELAYED:
            parts.append(vocab_text(self._status_label(issue)))
        return " · ".join(parts)

    @staticmethod
    def _status_label(issue: reads.OpenIssue) -> str:
        """The Polish label of an application result or an action item's status."""
        enum: type[StrEnum] = (
            ActionStatus if issue.kind is reads.IssueKind.ACTION_ITEM else ApplicationResult
        )
        try:
            return label(enum(issue.status))
        except ValueError:
            return issue.status

    def _on_issue(self, index: QModelIndex) -> None:
        item = self.ui.issuesTable.item(index.row(), 0)
        project_id = item.data(ProjectRole) if item is not None else None
        if project_id:
            self.sig_open_project.emit(str(project_id))

    @staticmethod
    def _fill(
        table: QTableWidget,
        header: list[str],
        rows: list[list[str]],
        right: set[int],
        stretch: int = 0,
        fixed: dict[int, int] | None = None,
        max_rows: int = 14,
    ) -> None:
        """Fill a read-only table tall enough for ``max_rows`` rows without its own scrolling."""
        table.clear()
        table.setColumnCount(len(header))
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels(header)
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c in right:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(ROW_PX)
        table.setWordWrap(False)
        header_view = table.horizontalHeader()
        header_view.setStretchLastSection(False)
        for c in range(len(header)):
            if c == stretch:
                mode = QHeaderView.ResizeMode.Stretch
            elif fixed and c in fixed:
                mode = QHeaderView.ResizeMode.Interactive
                header_view.resizeSection(c, fixed[c])
            else:
                mode = QHeaderView.ResizeMode.ResizeToContents
            header_view.setSectionResizeMode(c, mode)
        shown = min(max(len(rows), 1), max_rows)
        height = header_view.sizeHint().height() + ROW_PX * shown + 4
        table.setMinimumHeight(height)
        table.setMaximumHeight(height)

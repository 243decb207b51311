"""The "Wdrożenie" area: implementation monitoring of the partnership's project package.

Three tabs:

- **Pulpit** (``ImplementationDashboard``): totals, the balance of benefits,
  charts of the indicators against their targets, of the projects by status
  and of the funding secured by project, and the open issues;
- **Projekty**: the projects with plan against reality (status and actual
  dates typed in the list) and, for the selected project, its schedule
  (actual dates and outcome of each task), expenses, indicator values and
  funding applications, each an editable table;
- **Rekomendacje**: the partnership's recommended next steps.

Keys: Ctrl+N adds a row to the table of the shown tab (Enter on the last
row does too; inside the main window it runs instead of "new partnership"
while the focus is in the page), Tab and Enter move between cells, Delete removes a row,
Escape drops an empty new row, Alt+letter picks a tab (Alt+L Pulpit, Alt+R
Projekty, Alt+K Rekomendacje; Alt+H, Y, N, D the project's tabs; none taken
from the main window's menus), Enter or a double click on an open issue of
the dashboard shows its project. Every change is stored at once and goes on
``undo_stack``, cleared when another partnership is shown; the figures and
the charts are read again after each change. Reads are plain SQL
(``services.implementation_reads`` and ``implementation_dashboard``); the
write service loads SQLAlchemy, so it is reached only through ``Records``
when something is written.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QHideEvent,
    QKeySequence,
    QPainter,
    QShortcut,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QHeaderView,
    QTableView,
    QTableWidgetItem,
    QWidget,
)

from cwd_desktop.domain.vocab import ProjectStatus, label
from cwd_desktop.domain.vocab_followup import ApplicationResult
from cwd_desktop.services import implementation_dashboard as rows
from cwd_desktop.services import implementation_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView
from cwd_desktop.services.project_package import amount_text, date_text, number_text, percent_text
from cwd_desktop.ui.fieldwork_autosave import AutoSaver
from cwd_desktop.ui.fieldwork_tables import DraftTableModel, DraftTableView, compact_rows, no_rows
from cwd_desktop.ui.forms.ui_implementation_page import Ui_ImplementationPage
from cwd_desktop.ui.implementation_charts import percent_label, series_chart
from cwd_desktop.ui.implementation_dashboard import ImplementationDashboard
from cwd_desktop.ui.implementation_tables import (
    ProjectListModel,
    ReportModel,
    TaskModel,
    application_model,
    delay_text,
    expense_model,
    plan_text,
    recommendation_model,
    shown_project,
)
from cwd_desktop.ui.record_table import Row, RowSource
from cwd_desktop.ui.vocab_combo import vocab_text

#: Record kinds shown on the project tabs, with the tab's widget name.
KIND_TABS = {
    "project_task": "tasksTab",
    "project_expense": "expensesTab",
    "indicator_report": "indicatorsTab",
    "funding_application": "applicationsTab",
}
_STATE_COLORS = {"achieved": "#2f7d32", "on_track": "#2f5f8a", "behind": "#a32020"}


def _set_widths(view: QTableView, widths: dict[int, int], stretch: int | None) -> None:
    """Column widths; ``stretch`` takes the spare width (None: the last column takes it,
    and a narrow window scrolls sideways rather than squeeze every column)."""
    compact_rows(view)
    header = view.horizontalHeader()
    header.setStretchLastSection(stretch is None)
    for column, width in widths.items():
        header.resizeSection(column, width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class ImplementationPage(QWidget):
    """Implementation monitoring of the partnership shown in the main window."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.ui = Ui_ImplementationPage()
        self.ui.setupUi(self)
        self.undo_stack = QUndoStack(self)
        self._view: PartnershipView | None = None
        self._stale = False
        self._dashboard_stale = True
        self._loading = False
        self.project_id: str | None = None
        self.project: reads.ProjectProgress | None = None
        self._indicators: list[tuple[str, str]] = []
        self._units: dict[str, str] = {}
        self._sources: dict[int, RowSource] = {}
        self._projects: list[tuple[str, str]] = []
        ui = self.ui
        records = lambda: services.records  # noqa: E731 - the ORM loads on the first write
        self.dashboard = ImplementationDashboard(ui.dashboardTab)
        ui.dashboardLayout.addWidget(self.dashboard)
        self.projects = ProjectListModel(records, self.undo_stack, self)
        self.tasks = TaskModel(records, self.undo_stack, self)
        self.expenses = expense_model(
            records,
            self.undo_stack,
            self,
            lambda: {"project_id": self.project_id, "spent_on": date.today()},
        )
        self.reports = ReportModel(
            records,
            self.undo_stack,
            self,
            lambda: self._indicators,
            self._report_defaults,
            lambda indicator: self._units.get(indicator or "", ""),
        )
        self.applications = application_model(
            records,
            self.undo_stack,
            self,
            lambda: {"project_id": self.project_id, "result": ApplicationResult.PREPARING.value},
        )
        self.recommendations = recommendation_model(
            records,
            self.undo_stack,
            self,
            lambda: [(None, "—"), *self._projects],
            lambda: {"priority": "medium"},
        )
        self.series_view = QChartView(ui.seriesChart)
        self.series_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        ui.seriesChartLayout.addWidget(self.series_view)
        self.saver = AutoSaver(records, "recommendation", self.undo_stack, self)
        self.saver.bind_text("rationale", self.tr("Uzasadnienie"), ui.rationaleEdit)
        self.saver.bind_text("next_steps", self.tr("Kolejne kroki"), ui.nextStepsEdit)
        self._set_up_views()
        self._connect()
        font = ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        ui.titleLabel.setFont(font)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        ui.indicatorSplitter.setStretchFactor(0, 2)
        ui.indicatorSplitter.setStretchFactor(1, 3)
        ui.reportsSplitter.setStretchFactor(0, 3)
        ui.reportsSplitter.setStretchFactor(1, 2)
        ui.recommendationSplitter.setStretchFactor(0, 3)
        ui.recommendationSplitter.setStretchFactor(1, 2)
        self._show_project(None)
        self._show_recommendation()

    # -- building ---------------------------------------------------------------------------

    def _set_up_views(self) -> None:
        ui = self.ui
        list_view = ui.projectsView
        list_view.setModel(self.projects)
        _set_widths(list_view, {0: 28, 2: 104, 3: 84, 4: 84, 5: 84, 6: 74, 7: 92, 8: 76}, 1)
        # Titles are long: the row grows to two lines rather than cut the title short.
        list_view.setWordWrap(True)
        list_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        list_view.verticalHeader().setMinimumSectionSize(26)
        list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        for view, model, widths, stretch in (
            (ui.tasksView, self.tasks, {0: 210, 1: 80, 2: 80, 3: 84, 4: 84, 5: 74, 6: 220}, None),
            (ui.expensesView, self.expenses, {0: 96, 1: 140}, 2),
            (ui.reportsView, self.reports, {0: 200, 1: 96, 2: 80, 3: 84, 4: 160}, None),
            (
                ui.applicationsView,
                self.applications,
                {0: 170, 1: 150, 2: 84, 3: 112, 4: 150, 5: 96, 6: 112, 7: 200},
                None,
            ),
            (
                ui.recommendationsView,
                self.recommendations,
                {1: 84, 2: 260, 3: 200, 4: 90},
                0,
            ),
        ):
            view.setModel(model)
            _set_widths(view, widths, stretch)
        # Recommendation titles are sentences: rows grow to show them whole.
        recommendations = ui.recommendationsView
        recommendations.setWordWrap(True)
        recommendations.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        recommendations.verticalHeader().setMinimumSectionSize(26)
        table = ui.indicatorTable
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(24)
        table.setWordWrap(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.projectsView.selectionModel().currentRowChanged.connect(self._on_project_row)
        ui.areaTabs.currentChanged.connect(self._on_tab)
        ui.projectTabs.currentChanged.connect(lambda _i: self._update_buttons())
        ui.indicatorTable.itemSelectionChanged.connect(self._show_series)
        ui.newRowButton.clicked.connect(self.new_row)
        self.dashboard.sig_open_project.connect(self.open_project)
        ui.recommendationsView.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._show_recommendation()
        )
        self.recommendations.modelReset.connect(self._show_recommendation)
        self.saver.sig_saved.connect(lambda _row, _field: self._refresh_rows(self.recommendations))
        for model in self._models():
            model.sig_changed.connect(self._after_edit)
        # The main window takes this Ctrl+N over while the focus is in the page
        # (its own Ctrl+N is "new partnership"), as for every page.
        new_row = QShortcut(QKeySequence("Ctrl+N"), self)
        new_row.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_row.activated.connect(self.new_row)

    def _models(self) -> tuple[DraftTableModel, ...]:
        return (
            self.projects,
            self.tasks,
            self.expenses,
            self.reports,
            self.applications,
            self.recommendations,
        )

    # -- the page contract ------------------------------------------------------------------

    def show_partnership(self, view: PartnershipView) -> None:
        """Show ``view``'s implementation (read when the page is visible)."""
        self.saver.flush()
        if self._view is None or self._view.id != view.id:
            self.undo_stack.clear()
            self.project_id = None
        self._view = view
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._load()

    def hideEvent(self, event: QHideEvent) -> None:
        """Projects, tasks and indicators change on other pages: read them again when back."""
        self.saver.flush()
        super().hideEvent(event)
        self._stale = self._view is not None

    def open_record(self, kind: str, row_id: str) -> None:
        """Show a search result: the row of its table, on its tab, of its project."""
        if self._stale:
            self._load()
        ui = self.ui
        if kind == "recommendation":
            ui.areaTabs.setCurrentWidget(ui.recommendationsTab)
            self._select_row(ui.recommendationsView, row_id)
            return
        project_id = rows.kind_project(self._services.store, kind, row_id)
        if project_id is None:
            return
        self.open_project(project_id)
        tab = KIND_TABS.get(kind)
        if tab is not None:
            ui.projectTabs.setCurrentWidget(getattr(ui, tab))
            view = {
                "project_task": ui.tasksView,
                "project_expense": ui.expensesView,
                "indicator_report": ui.reportsView,
                "funding_application": ui.applicationsView,
            }[kind]
            self._select_row(view, row_id)

    def open_project(self, project_id: str) -> None:
        """Show the Projekty tab with ``project_id`` selected."""
        self.ui.areaTabs.setCurrentWidget(self.ui.projectsTab)
        self.select_project(project_id)

    @staticmethod
    def _select_row(view: DraftTableView, row_id: str) -> None:
        model = view.record_model()
        while model.row_of(row_id) < 0 and model.canFetchMore():
            model.fetchMore()
        row = model.row_of(row_id)
        if row >= 0:
            index = model.index(row, view.first_editable_column())
            view.setCurrentIndex(index)
            view.scrollTo(index)
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- loading ----------------------------------------------------------------------------

    def _load(self) -> None:
        self._stale = False
        view = self._view
        if view is None:
            return
        store = self._services.store
        self.ui.titleLabel.setText(
            self.tr("Wdrożenie — {short}").format(short=view.data.short_name)
        )
        self._projects = rows.project_choices(store, view.id)
        kept = self.saver.row_id
        self._loading = True
        try:
            self._configure(self.projects, self._list_source(view.id))
            self.projects.reload()
            self.recommendations.partnership_id = view.id
            self._configure(self.recommendations, rows.recommendation_source(store, view.id))
            self.recommendations.reload()
        finally:
            self._loading = False
        shown = self.recommendations.row_of(kept) if kept else -1
        if self.recommendations.rowCount() > 0:
            self.ui.recommendationsView.setCurrentIndex(
                self.recommendations.index(max(shown, 0), 0)
            )
        keep = self.project_id
        if keep is not None and self.projects.row_of(keep) >= 0:
            self.select_project(keep, refresh=True)
        elif self.projects.rowCount() > 0:
            self.select_project(self.projects.row(0)["id"], refresh=True)
        else:
            self._show_project(None)
        self._dashboard_stale = True
        self._refresh_dashboard_if_shown()
        self._show_summary()

    def _list_source(self, partnership_id: str) -> RowSource:
        source = rows.project_source(self._services.store, partnership_id)

        def shown(query: str, offset: int, limit: int) -> list[Row]:
            return [shown_project(r) for r in source(query, offset, limit)]

        return shown

    def select_project(self, project_id: str, *, refresh: bool = False) -> None:
        """Select ``project_id`` in the list and show its tables."""
        model = self.projects
        row = model.row_of(project_id)
        if row < 0:
            return
        view = self.ui.projectsView
        view.selectionModel().blockSignals(True)
        view.setCurrentIndex(model.index(row, 1))
        view.selectionModel().blockSignals(False)
        view.scrollTo(model.index(row, 1))
        if refresh or project_id != self.project_id:
            self._show_project(project_id)

    def _on_project_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._loading:
            row_id = self.projects.row(current.row())["id"]
            if row_id != self.project_id:
                self._show_project(row_id)

    def _show_project(self, project_id: str | None) -> None:
        store = self._services.store
        view = self._view
        self.project_id = project_id
        self._indicators = rows.indicator_choices(store, project_id) if project_id else []
        self._units = rows.indicator_units(store, project_id) if project_id else {}
        sources: tuple[RowSource, ...] = (no_rows, no_rows, no_rows, no_rows)
        if project_id is not None and view is not None:
            sources = (
                rows.task_source(store, view.id, project_id),
                rows.expense_source(store, project_id),
                rows.report_source(store, project_id),
                rows.application_source(store, project_id),
            )
        self._loading = True
        try:
            for model, source in zip(
                (self.tasks, self.expenses, self.reports, self.applications), sources, strict=True
            ):
                if model is not self.tasks:
                    model.partnership_id = view.id if project_id and view else None
                self._configure(model, source)
                model.reload()
        finally:
            self._loading = False
        self.ui.detailPane.setEnabled(project_id is not None)
        self._show_figures()
        self._update_buttons()

    # -- after a change ----------------------------------------------------------------------

    def _after_edit(self) -> None:
        """A cell, a row or an undo changed the data: figures, computed columns and charts."""
        if self._loading or self._view is None:
            return
        store = self._services.store
        self._projects = rows.project_choices(store, self._view.id)
        self._refresh_rows(self.projects)
        self._refresh_rows(self.tasks)
        self._refresh_rows(self.reports)
        self._show_figures()
        self._show_summary()
        self._dashboard_stale = True
        self._refresh_dashboard_if_shown()

    def _configure(self, model: DraftTableModel, source: RowSource) -> None:
        """Take ``model``'s rows from ``source`` (kept to read rows again in place)."""
        self._sources[id(model)] = source
        model.configure(source)

    def _refresh_rows(self, model: DraftTableModel) -> None:
        """Show the stored and computed values of every loaded row, in place (no reset)."""
        count = model.rowCount() - (1 if model.is_draft(model.rowCount() - 1) else 0)
        source = self._sources.get(id(model))
        if count <= 0 or source is None:
            return
        for row in source("", 0, count):
            model.replace_row(row)

    def _show_figures(self) -> None:
        """The selected project's line, the summaries under its tables, its indicator table."""
        view = self._view
        project = None
        if view is not None and self.project_id is not None:
            project = rows.one_project(self._services.store, view.id, self.project_id)
        self.project = project
        ui = self.ui
        if project is None:
            ui.projectLabel.setText(
                self.tr("Wybierz projekt z listy (projekty dodaje się w obszarze Projekty).")
            )
            ui.expensesSummary.clear()
            ui.applicationsSummary.clear()
            ui.indicatorTable.setRowCount(0)
            self._show_series()
            return
        ui.projectLabel.setText(self._project_line(project))
        share = percent_text(project.spent, project.cost)
        text = self.tr("Wydano razem: <b>{spent} zł</b> z kosztu {cost} zł ({share}).").format(
            spent=amount_text(project.spent), cost=amount_text(project.cost), share=share
        )
        if project.cost > 0 and project.spent > project.cost:
            text += (
                " <span style='color:#a32020'>"
                + self.tr("Przekroczono kosztorys o {over} zł.").format(
                    over=amount_text(project.spent - project.cost)
                )
                + "</span>"
            )
        ui.expensesSummary.setText(text)
        ui.applicationsSummary.setText(
            self.tr(
                "Wnioskowano: <b>{requested} zł</b> · przyznano: <b>{granted} zł</b> · "
                "w ocenie: {pending} zł · bez wniosku: {rest} zł"
            ).format(
                requested=amount_text(project.requested),
                granted=amount_text(project.granted),
                pending=amount_text(project.pending),
                rest=amount_text(project.not_applied),
            )
        )
        self._fill_indicators(project)

    def _project_line(self, project: reads.ProjectProgress) -> str:
        try:
            status = vocab_text(label(ProjectStatus(project.status)))
        except ValueError:
            status = project.status
        parts = [
            f"<b>{project.number}. {_html(project.title)}</b> — {_html(status)}",
            self.tr("plan: {dates}").format(dates=plan_text(project.start_on, project.end_on)),
        ]
        if project.actual_start_on or project.actual_end_on:
            parts.append(
                self.tr("faktycznie: {dates}").format(
                    dates=plan_text(project.actual_start_on, project.actual_end_on)
                )
            )
        if project.delay_days:
            delay = _html(delay_text(project.delay_days))
            color = "#a32020" if project.delay_days > 0 else "#2f7d32"
            parts.append(
                self.tr("opóźnienie: {delay}").format(
                    delay=f"<span style='color:{color}'>{delay}</span>"
                )
            )
        parts.append(
            self.tr("wydano {spent} z {cost} zł").format(
                spent=amount_text(project.spent, 0), cost=amount_text(project.cost, 0)
            )
        )
        return " · ".join(parts)

    def _fill_indicators(self, project: reads.ProjectProgress) -> None:
        table = self.ui.indicatorTable
        selected = self._selected_indicator()
        header = [
            self.tr("Wskaźnik"),
            self.tr("Jedn."),
            self.tr("Bazowa"),
            self.tr("Docelowa"),
            self.tr("Rok"),
            self.tr("Ostatnia wartość"),
            self.tr("% celu"),
            self.tr("Stan"),
        ]
        states = {
            "achieved": self.tr("osiągnięty"),
            "on_track": self.tr("zgodnie z planem"),
            "behind": self.tr("zagrożony"),
            "no_data": self.tr("brak danych"),
        }
        table.blockSignals(True)
        table.clear()
        table.setColumnCount(len(header))
        table.setHorizontalHeaderLabels(header)
        table.setRowCount(len(project.indicators))
        for r, indicator in enumerate(project.indicators):
            latest = ""
            if indicator.latest_value is not None:
                latest = f"{number_text(indicator.latest_value)} ({date_text(indicator.latest_on)})"
            values = [
                indicator.name,
                indicator.unit,
                number_text(indicator.baseline),
                number_text(indicator.target),
                str(indicator.year or ""),
                latest,
                "" if indicator.percent is None else percent_label(indicator.percent),
                states.get(indicator.state.value, indicator.state.value),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if c in (2, 3, 4, 5, 6):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if c == 7 and indicator.state.value in _STATE_COLORS:
                    item.setForeground(QBrush(QColor(_STATE_COLORS[indicator.state.value])))
                table.setItem(r, c, item)
            table.item(r, 0).setData(Qt.ItemDataRole.UserRole, indicator.id)
        header_view = table.horizontalHeader()
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(header)):
            header_view.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        # As tall as its rows (at most eight): the rest is for the values and their chart.
        rows_shown = min(max(len(project.indicators), 2), 8)
        table.setMaximumHeight(header_view.sizeHint().height() + 24 * rows_shown + 6)
        ids = [i.id for i in project.indicators]
        if selected not in ids:
            # Start with the first indicator that has values (the chart then shows something).
            selected = next((i.id for i in project.indicators if i.reports), None)
        if selected in ids:
            table.selectRow(ids.index(selected))
        table.blockSignals(False)
        self._show_series()

    def _show_series(self) -> None:
        """The chart of the selected indicator's values over time, against its target."""
        project = self.project
        chosen = self._selected_indicator()
        indicator = next(
            (i for i in (project.indicators if project else ()) if i.id == chosen), None
        )
        if indicator is None:
            chart = series_chart(self.tr("Zaznacz wskaźnik powyżej"), [], None, None, "")
        else:
            chart = series_chart(
                "",
                [(r.reported_on, r.value) for r in indicator.reports],
                indicator.baseline,
                indicator.target,
                indicator.unit,
            )
        old = self.series_view.chart()
        self.series_view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _selected_indicator(self) -> str | None:
        table = self.ui.indicatorTable
        row = table.currentRow()
        item = table.item(row, 0) if row >= 0 else None
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value else None

    def _show_recommendation(self) -> None:
        """Put the selected recommendation's rationale and next steps in the fields below."""
        index = self.ui.recommendationsView.currentIndex()
        model = self.recommendations
        row = model.row(index.row()) if index.isValid() else None
        row_id = row.get("id") if row is not None else None
        if row_id != self.saver.row_id:
            self.saver.load(row_id, row or {})
        for edit in (self.ui.rationaleEdit, self.ui.nextStepsEdit):
            edit.setEnabled(row_id is not None)

    def _report_defaults(self) -> dict[str, Any]:
        """A new value is for the indicator selected above (else the first), as of today."""
        indicator = self._selected_indicator()
        known = [code for code, _ in self._indicators]
        if indicator not in known:
            indicator = known[0] if known else None
        return {
            "project_id": self.project_id,
            "indicator_id": indicator,
            "reported_on": date.today(),
        }

    def _show_summary(self) -> None:
        view = self._view
        if view is None:
            self.ui.summaryLabel.clear()
            return
        totals = reads.totals(self._services.store, view.id)
        self.ui.summaryLabel.setText(
            self.tr("Projekty: {n} · wydano {spent} z {cost} zł · przyznano {granted} zł").format(
                n=totals.projects,
                spent=amount_text(totals.spent, 0),
                cost=amount_text(totals.cost, 0),
                granted=amount_text(totals.granted, 0),
            )
        )

    def _on_tab(self, _index: int) -> None:
        self._refresh_dashboard_if_shown()
        self._update_buttons()

    def _refresh_dashboard_if_shown(self) -> None:
        if self._view is None or not self._dashboard_stale:
            return
        if self.ui.areaTabs.currentWidget() is not self.ui.dashboardTab:
            return
        self.refresh_dashboard()

    def refresh_dashboard(self) -> None:
        """Read the partnership's figures again and redraw the dashboard."""
        if self._view is None:
            return
        self._dashboard_stale = False
        self.dashboard.show_overview(reads.overview(self._services.store, self._view.id))

    # -- adding rows -------------------------------------------------------------------------

    def current_table(self) -> DraftTableView | None:
        """The typed-in table of the shown tab that takes new rows (None: none does)."""
        ui = self.ui
        tab = ui.areaTabs.currentWidget()
        if tab is ui.recommendationsTab:
            return ui.recommendationsView
        if tab is not ui.projectsTab or self.project_id is None:
            return None
        return {
            ui.expensesTab: ui.expensesView,
            ui.indicatorsTab: ui.reportsView,
            ui.applicationsTab: ui.applicationsView,
        }.get(ui.projectTabs.currentWidget())

    def new_row(self) -> None:
        """Ctrl+N: a new line in the shown table, ready to type."""
        view = self.current_table()
        if view is None or self._view is None:
            return
        if view is self.ui.reportsView and not self._indicators:
            from cwd_desktop.ui import messages

            messages.info(
                self,
                self.tr(
                    "Projekt nie ma jeszcze wskaźników. Dodaj je w fiszce projektu "
                    "(obszar Projekty, karta Wskaźniki)."
                ),
            )
            return
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        view.open_draft()

    def _update_buttons(self) -> None:
        self.ui.newRowButton.setEnabled(self.current_table() is not None)


def _html(text: str) -> str:
    return html.escape(text, quote=False)

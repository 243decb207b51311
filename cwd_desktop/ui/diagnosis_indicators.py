"""The "Wskaźniki" tab: indicator definitions, the JST × year grid of one, and its chart.

Above, the definitions (name, unit, theme, source) as a typed-in list: a
new indicator exists once its name is typed. Below, the values of the
selected indicator, member JST by year, typed cell by cell
(``diagnosis_grid``), and beside them its chart: a line per JST over the
years, or bars for the latest year. Removing an indicator removes its
values with it, in one undoable step.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtGui import QPainter, QUndoStack
from PySide6.QtWidgets import QHeaderView, QLabel, QWidget

from cwd_desktop.errors import UserError
from cwd_desktop.services import diagnosis_reads as reads
from cwd_desktop.services.teryt import Jst
from cwd_desktop.ui import messages
from cwd_desktop.ui.diagnosis_chart import BARS, LINES, indicator_chart
from cwd_desktop.ui.diagnosis_grid import IndicatorGridModel
from cwd_desktop.ui.fieldwork_tables import DraftTableModel, no_rows
from cwd_desktop.ui.forms.ui_diagnosis_indicators import Ui_DiagnosisIndicators
from cwd_desktop.ui.record_table import Column
from cwd_desktop.ui.undo_base import AppliedCommand

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services


class RemoveIndicatorCommand(AppliedCommand):
    """An indicator removed with its values; undo brings both back."""

    def __init__(
        self, panel: IndicatorsPanel, indicator_id: str, value_ids: list[str], text: str
    ) -> None:
        super().__init__(text)
        self._panel, self._id, self._values = panel, indicator_id, value_ids

    def apply(self) -> None:
        from cwd_desktop.services import diagnosis

        self._values = diagnosis.delete_indicator(self._panel.services, self._id)
        self._panel.reload()

    def revert(self) -> None:
        from cwd_desktop.services import diagnosis

        diagnosis.restore_indicator(self._panel.services, self._id, self._values)
        self._panel.reload(select=self._id)


class IndicatorTableModel(DraftTableModel):
    """Indicator definitions; removing a row removes the indicator's values too."""

    def __init__(self, panel: IndicatorsPanel, columns: list[Column], undo: QUndoStack) -> None:
        super().__init__(lambda: panel.services.records, "indicator", columns, undo, panel, dict)
        self._panel = panel

    def remove_row(self, row: int) -> None:
        if self.is_draft(row):
            self.discard_draft()
            return
        self._panel.remove_indicator(str(self.row(row)["id"]))


class IndicatorsPanel(QWidget):
    """The indicators of one partnership: definitions, values and chart."""

    sig_changed = Signal()

    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._undo = undo_stack
        self.partnership_id: str | None = None
        self.members: list[Jst] = []
        self.ui = Ui_DiagnosisIndicators()
        self.ui.setupUi(self)
        ui = self.ui
        columns = [
            Column("name", QCoreApplication.translate("DiagnosisIndicators", "Nazwa wskaźnika")),
            Column("unit", QCoreApplication.translate("DiagnosisIndicators", "Jednostka")),
            Column("area", QCoreApplication.translate("DiagnosisIndicators", "Obszar tematyczny")),
            Column("source", QCoreApplication.translate("DiagnosisIndicators", "Źródło")),
            Column(
                "values",
                QCoreApplication.translate("DiagnosisIndicators", "Wartości"),
                kind="int",
                editable=False,
            ),
        ]
        self.definitions = IndicatorTableModel(self, columns, undo_stack)
        self.definitions.configure(no_rows)
        view = ui.indicatorView
        view.setModel(self.definitions)
        view.setSelectionBehavior(view.SelectionBehavior.SelectItems)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate((380, 80, 200, 260, 70)):
            view.setColumnWidth(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.definitions.sig_changed.connect(self._definitions_changed)
        self.grid = IndicatorGridModel(services, undo_stack, self)
        ui.gridView.setModel(self.grid)
        ui.gridView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.gridView.horizontalHeader().setMinimumSectionSize(52)
        self.grid.sig_changed.connect(self._values_changed)
        self.grid.modelReset.connect(self._grid_shown)
        ui.chartMode.addItem(
            QCoreApplication.translate(
                "DiagnosisIndicators", "linie — wartości w kolejnych latach"
            ),
            LINES,
        )
        ui.chartMode.addItem(
            QCoreApplication.translate("DiagnosisIndicators", "słupki — ostatni rok"), BARS
        )
        ui.chartMode.currentIndexChanged.connect(lambda _i: self.refresh_chart())
        self.chart_view = QChartView(ui.chartHost)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        ui.chartHostLayout.addWidget(self.chart_view)
        self.placeholder = QLabel(ui.chartHost)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #666;")
        ui.chartHostLayout.addWidget(self.placeholder)
        ui.yearSpin.setValue(date.today().year - 1)
        ui.addYearButton.clicked.connect(self.add_year)
        ui.addIndicatorButton.clicked.connect(self.add_indicator)
        ui.removeIndicatorButton.clicked.connect(self.remove_current)
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([220, 480])
        ui.lowerSplitter.setStretchFactor(0, 3)
        ui.lowerSplitter.setStretchFactor(1, 2)
        ui.lowerSplitter.setSizes([600, 420])
        self._show_grid(None)

    # -- partnership ------------------------------------------------------------------------

    def show_partnership(self, partnership_id: str | None, members: list[Jst]) -> None:
        """Show the indicators of a partnership and select the first."""
        self.partnership_id = partnership_id
        self.members = members
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Read the definitions again; select ``select`` (else keep the selection)."""
        current = select or self.current_id()
        pid = self.partnership_id
        self.definitions.partnership_id = pid
        self.definitions.configure(
            reads.indicator_source(self.services.store, pid) if pid else no_rows
        )
        self.definitions.reload()
        for widget in (self.ui.indicatorView, self.ui.addIndicatorButton):
            widget.setEnabled(pid is not None)
        row = self.definitions.row_of(current) if current else -1
        if row < 0 and self.definitions.rowCount() and not self.definitions.is_draft(0):
            row = 0
        if row >= 0:
            self.ui.indicatorView.setCurrentIndex(self.definitions.index(row, 0))
        self._show_grid(self.current_id())

    def current_id(self) -> str | None:
        """The id of the selected indicator, or None."""
        index = self.ui.indicatorView.currentIndex()
        if not index.isValid() or self.definitions.is_draft(index.row()):
            return None
        return self.definitions.row_id(index.row())

    def select(self, indicator_id: str) -> None:
        """Select an indicator (a search result)."""
        self.definitions.discard_draft()
        row = self.definitions.row_of(indicator_id)
        if row >= 0:
            self.ui.indicatorView.setCurrentIndex(self.definitions.index(row, 0))

    # -- definitions ------------------------------------------------------------------------

    def add_indicator(self) -> None:
        """Open a new definition line, ready for the name."""
        self.ui.indicatorView.setFocus()
        self.ui.indicatorView.open_draft()

    def remove_current(self) -> None:
        """Remove the selected indicator with its values (undoable)."""
        indicator_id = self.current_id()
        if indicator_id is not None:
            self.remove_indicator(indicator_id)

    def remove_indicator(self, indicator_id: str) -> None:
        """Remove an indicator and its values in one undoable step."""
        from cwd_desktop.services import diagnosis

        info = reads.indicator(self.services.store, indicator_id)
        try:
            removed = diagnosis.delete_indicator(self.services, indicator_id)
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        name = info.name if info else ""
        text = QCoreApplication.translate(
            "DiagnosisIndicators", "usunięcie wskaźnika {name}"
        ).format(name=name)
        self._undo.push(RemoveIndicatorCommand(self, indicator_id, removed, text))
        self.reload()
        self.sig_changed.emit()

    def _definitions_changed(self) -> None:
        self._show_grid(self.current_id(), keep=True)
        self.sig_changed.emit()

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_grid(self.current_id())

    # -- grid and chart ---------------------------------------------------------------------

    def _show_grid(self, indicator_id: str | None, keep: bool = False) -> None:
        if keep and self.grid.grid is not None and self.grid.grid.indicator.id == indicator_id:
            self.grid.reload()
        else:
            self.grid.show_indicator(self.members, indicator_id)
        enabled = self.grid.grid is not None
        for widget in (self.ui.gridView, self.ui.yearSpin, self.ui.addYearButton):
            widget.setEnabled(enabled)
        self.ui.removeIndicatorButton.setEnabled(enabled)

    def _grid_shown(self) -> None:
        grid = self.grid.grid
        if grid is None:
            self.ui.gridLabel.setText(
                QCoreApplication.translate(
                    "DiagnosisIndicators", "Wybierz wskaźnik powyżej albo dodaj nowy."
                )
            )
        else:
            info = grid.indicator
            source = (
                html.escape(info.source)
                if info.source
                else QCoreApplication.translate("DiagnosisIndicators", "źródło nie podane")
            )
            self.ui.gridLabel.setText(
                f"<b>{html.escape(info.title())}</b> — <span style='color:#666'>{source}</span>"
            )
        self.refresh_chart()

    def _values_changed(self) -> None:
        # The value count in the definitions table follows the grid.
        current = self.current_id()
        if current is not None:
            info = reads.indicator(self.services.store, current)
            row = self.definitions.row_of(current)
            if info is not None and row >= 0:
                self.definitions.replace_row({**self.definitions.row(row), "values": info.values})
        self.refresh_chart()
        self.sig_changed.emit()

    def refresh_chart(self) -> None:
        """Draw the selected indicator's chart in the chosen form."""
        grid = self.grid.grid
        chart = None
        if grid is not None:
            mode = str(self.ui.chartMode.currentData())
            self.grid.set_show_colors(mode == LINES)
            chart = indicator_chart(grid, self.grid.names, mode, legend=False)
        if chart is None:
            self.placeholder.setText(
                QCoreApplication.translate(
                    "DiagnosisIndicators", "Wykres pojawi się, gdy wskaźnik będzie miał wartości."
                )
                if grid is not None
                else ""
            )
            self.chart_view.hide()
            self.placeholder.show()
            return
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.placeholder.hide()
        self.chart_view.show()

    def add_year(self) -> None:
        """Show a column for the year in the spin box, and put the cursor in it."""
        column = self.grid.add_year(self.ui.yearSpin.value())
        if column >= 0 and self.grid.rowCount():
            index = self.grid.index(0, column)
            self.ui.gridView.setCurrentIndex(index)
            self.ui.gridView.setFocus()

    def chart_modes(self) -> list[Any]:
        """The chart forms offered (for tests)."""
        return [self.ui.chartMode.itemData(i) for i in range(self.ui.chartMode.count())]

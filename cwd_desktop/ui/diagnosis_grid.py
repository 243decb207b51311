"""The JST × year table of one indicator, each cell saved as typed, with undo.

Rows are the partnership's members (and any other JST the indicator has
values for), columns the years with values plus those the user added. A
cell takes a number written the Polish way ("1 234,5"); empty text or
Delete removes the value. Every change is stored at once through
``services.diagnosis.set_value`` and pushed on the page's undo stack, so
Ctrl+Z writes the previous value (or its absence) back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPixmap, QUndoStack
from PySide6.QtWidgets import QWidget

from cwd_desktop.errors import UserError
from cwd_desktop.services import diagnosis_reads as reads
from cwd_desktop.services.diagnosis_reads import IndicatorGrid, number_text
from cwd_desktop.ui import messages
from cwd_desktop.ui.diagnosis_chart import series_colors
from cwd_desktop.ui.undo_base import AppliedCommand

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services
    from cwd_desktop.services.teryt import Jst

AnyIndex = QModelIndex | QPersistentModelIndex


def store_cell(
    services: Services, indicator_id: str, teryt: str, year: int, value: object
) -> float | None:
    """Store one cell (the write module loads the ORM, so it is imported here)."""
    from cwd_desktop.services import diagnosis

    return diagnosis.set_value(services, indicator_id, teryt, year, value)


class SetCellCommand(AppliedCommand):
    """A cell already stored; undo stores the old value (or removes the cell) again."""

    def __init__(
        self,
        model: IndicatorGridModel,
        cell: tuple[str, str, int],
        old: float | None,
        new: float | None,
        text: str,
    ) -> None:
        super().__init__(text)
        self._model, self._cell, self._old, self._new = model, cell, old, new

    def apply(self) -> None:
        self._model.write(*self._cell, self._new)

    def revert(self) -> None:
        self._model.write(*self._cell, self._old)


class IndicatorGridModel(QAbstractTableModel):
    """The values of the indicator shown, JST by year."""

    #: A value was stored (typed, cleared, undone).
    sig_changed = Signal()

    def __init__(self, services: Services, undo_stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._undo = undo_stack
        self._widget = parent
        self.members: list[Jst] = []
        self.grid: IndicatorGrid | None = None
        self.names: dict[str, str] = {}
        self._extra_years: set[int] = set()
        self._decimals = 0
        self._colors: dict[str, QColor] = {}
        #: Show each JST's line colour beside its name (while the chart draws lines).
        self.show_colors = True

    # -- loading -----------------------------------------------------------------------------

    def show_indicator(self, members: list[Jst], indicator_id: str | None) -> None:
        """Show one indicator of a partnership with these members (None: nothing)."""
        if self.grid is None or self.grid.indicator.id != indicator_id:
            self._extra_years = set()
        self.members = members
        self._load(indicator_id)

    def reload(self) -> None:
        """Read the values again (after an import or an undo)."""
        self._load(self.grid.indicator.id if self.grid else None)

    def _load(self, indicator_id: str | None) -> None:
        self.beginResetModel()
        grid = None
        if indicator_id is not None:
            grid = reads.grid(
                self._services.store,
                self._services.teryt.get,
                self.members,
                indicator_id,
                tuple(self._extra_years),
            )
        if grid is not None and not grid.years:
            grid.years = reads.default_years(_last_full_year())
        self.grid = grid
        self.names = reads.jst_labels(grid.rows) if grid else {}
        self._decimals = grid.decimals() if grid else 0
        self._colors = series_colors(grid) if grid else {}
        self.endResetModel()

    def set_show_colors(self, shown: bool) -> None:
        """Show or hide the line colours beside the JST names."""
        if shown != self.show_colors:
            self.show_colors = shown
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(self.rowCount() - 1, 0))

    def add_year(self, year: int) -> int:
        """Show a column for ``year`` (empty until typed in); its column."""
        if self.grid is None:
            return -1
        if year not in self.grid.years:
            self._extra_years.add(year)
            self._load(self.grid.indicator.id)
        return self.grid.years.index(year) if self.grid else -1

    # -- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.years)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.grid is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return str(self.grid.years[section])
            jst = self.grid.rows[section]
            return self.names.get(jst.code, jst.name)
        if (
            role == Qt.ItemDataRole.DecorationRole
            and orientation == Qt.Orientation.Vertical
            and self.show_colors
        ):
            # The JST's colour in the chart beside the table (the chart has no legend there).
            color = self._colors.get(self.grid.rows[section].code)
            return swatch(color) if color is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical:
            jst = self.grid.rows[section]
            return f"{jst.describe()} — TERYT {jst.code}"
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def cell(self, index: AnyIndex) -> tuple[str, int]:
        """(TERYT, year) of a cell."""
        assert self.grid is not None
        return self.grid.rows[index.row()].code, self.grid.years[index.column()]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        value = self.grid.value(*self.cell(index))
        if role == Qt.ItemDataRole.DisplayRole:
            return number_text(value, self._decimals) if value is not None else ""
        if role == Qt.ItemDataRole.EditRole:
            return number_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.grid is None:
            return False
        teryt, year = self.cell(index)
        indicator_id = self.grid.indicator.id
        try:
            old = store_cell(self._services, indicator_id, teryt, year, value)
        except UserError as exc:
            messages.show_user_error(self._widget, exc)
            return False
        self._refresh_cell(teryt, year)
        new = self.grid.value(teryt, year)
        if new == old:
            return False
        text = QCoreApplication.translate("DiagnosisGrid", "wartość: {jst}, {year}").format(
            jst=self.names.get(teryt, teryt), year=year
        )
        self._undo.push(SetCellCommand(self, (indicator_id, teryt, year), old, new, text))
        self.sig_changed.emit()
        return True

    # -- used by undo ------------------------------------------------------------------------

    def write(self, indicator_id: str, teryt: str, year: int, value: float | None) -> None:
        """Store a value from an undo or redo and show it if its indicator is shown."""
        store_cell(self._services, indicator_id, teryt, year, value)
        if self.grid is not None and self.grid.indicator.id == indicator_id:
            if year not in self.grid.years:
                self._extra_years.add(year)
            self.reload()
        self.sig_changed.emit()

    def _refresh_cell(self, teryt: str, year: int) -> None:
        """Read one cell again after a write (no reset: the cursor stays where it is)."""
        assert self.grid is not None
        found = reads.value_id(self._services.store, self.grid.indicator.id, teryt, year)
        self.grid.cells.pop((teryt, year), None)
        if found is not None:
            row = (
                self._services.store.reader()
                .execute("SELECT value FROM indicator_value WHERE id = ?", (found,))
                .fetchone()
            )
            self.grid.cells[(teryt, year)] = (found, float(row[0]))
        colors = series_colors(self.grid)
        if colors != self._colors:  # a JST got its first value, or lost its last
            self._colors = colors
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)
        decimals = self.grid.decimals()
        if decimals != self._decimals:  # a value with more decimals: the whole table follows
            self._decimals = decimals
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
        codes = [j.code for j in self.grid.rows]
        if teryt in codes and year in self.grid.years:
            index = self.index(codes.index(teryt), self.grid.years.index(year))
            self.dataChanged.emit(index, index)


def swatch(color: QColor) -> QIcon:
    """A small square of ``color``: the JST's line colour beside its name."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(color)
    return QIcon(pixmap)


def _last_full_year() -> int:
    """The latest year statistics are usually published for: the one before this."""
    from datetime import date

    return date.today().year - 1

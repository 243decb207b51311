"""A paged, editable table of synced records that saves every cell as it changes.

Used by every list where people type in the field (stakeholders, attendance,
action items, consultation comments). Rows come from an area's read
function in pages of ``PAGE`` rows, so a table of 100,000 rows opens at once;
a filter text is handed to the same function (which uses the FTS index).
Each edit is written at once through ``Records`` and pushed on a
``QUndoStack`` as an already-done command, so Ctrl+Z writes the old value
back. Nothing is ever unsaved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import QWidget

from cwd_desktop.errors import UserError
from cwd_desktop.ui import messages
from cwd_desktop.ui.undo_base import AppliedCommand, RowCreated, RowRemoved

if TYPE_CHECKING:
    from cwd_desktop.services.records import Records

AnyIndex = QModelIndex | QPersistentModelIndex
Row = dict[str, Any]
#: (filter text, offset, limit) -> rows, each with "id" and the columns' fields.
RowSource = Callable[[str, int, int], list[Row]]
RowStyle = Callable[[Row], QColor | None]

IdRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    """One column: the field it shows, its title, and how it is edited.

    ``kind`` is text, int, date, bool or choice; a choice column's
    ``choices()`` gives (stored code, label) pairs, ``None`` allowed as a code.
    """

    field: str
    title: str
    kind: str = "text"
    choices: Callable[[], list[tuple[Any, str]]] | None = None
    editable: bool = True
    minimum: int = 0
    maximum: int = 1_000_000


def format_value(column: Column, value: Any) -> str:
    """What a cell shows."""
    if value is None or value == "":
        return ""
    if column.kind == "date" and isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if column.kind == "bool":
        return "✓" if value else ""
    if column.kind == "choice" and column.choices is not None:
        return dict(column.choices()).get(value, str(value))
    return str(value)


class SetFieldCommand(AppliedCommand):
    """A cell edit that has already been stored; undo stores the old value again."""

    def __init__(
        self, model: RecordTableModel, row_id: str, field: str, old: Any, new: Any, text: str
    ) -> None:
        super().__init__(text)
        self._model, self._row_id, self._field = model, row_id, field
        self._old, self._new = old, new

    def apply(self) -> None:
        self._model.write(self._row_id, self._field, self._new)

    def revert(self) -> None:
        self._model.write(self._row_id, self._field, self._old)


class RecordTableModel(QAbstractTableModel):
    """Rows of one synced table, fetched in pages, edited cell by cell."""

    PAGE = 200
    sig_changed = Signal()

    def __init__(
        self,
        records: Callable[[], Records],
        table: str,
        columns: list[Column],
        source: RowSource,
        undo_stack: QUndoStack,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._records = records
        self.table = table
        self.columns = columns
        self._source = source
        self._undo = undo_stack
        self._widget = parent
        self._rows: list[Row] = []
        self._filter = ""
        self._exhausted = False
        self.row_style: RowStyle | None = None

    @property
    def records(self) -> Records:
        """The write service (its module loads the ORM, so it is fetched lazily)."""
        return self._records()

    # -- loading -------------------------------------------------------------------

    def set_source(self, source: RowSource) -> None:
        """Show rows from another source (e.g. another consultation's comments)."""
        self._source = source
        self.reload()

    def set_filter(self, text: str) -> None:
        """Show only rows matching ``text`` (as the area's source interprets it)."""
        self._filter = text
        self.reload()

    def reload(self) -> None:
        """Read the first page again."""
        self.beginResetModel()
        self._rows = self._source(self._filter, 0, self.PAGE)
        self._exhausted = len(self._rows) < self.PAGE
        self.endResetModel()
        self.sig_changed.emit()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        more = self._source(self._filter, len(self._rows), self.PAGE)
        self._exhausted = len(more) < self.PAGE
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    # -- Qt model API ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        value = row.get(column.field)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return format_value(column, value)
        if role == Qt.ItemDataRole.EditRole:
            if column.kind == "date":
                return QDate(value.year, value.month, value.day) if value else QDate()
            return value
        if role == IdRole:
            return row["id"]
        if role == Qt.ItemDataRole.BackgroundRole and self.row_style is not None:
            color = self.row_style(row)
            return QBrush(color) if color is not None else None
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        new = self._from_editor(column, value)
        old = row.get(column.field)
        if new == old or (new in ("", None) and old in ("", None)):
            return False
        try:
            stored_old = self.records.set_field(self.table, row["id"], column.field, new)
        except UserError as exc:
            messages.show_user_error(self._widget, exc)
            return False
        self._set_cached(row["id"], column.field, new)
        text = QCoreApplication.translate("RecordTableModel", "zmiana: {field}").format(
            field=column.title
        )
        self._undo.push(SetFieldCommand(self, row["id"], column.field, stored_old, new, text))
        self.sig_changed.emit()
        return True

    # -- used by pages and commands -------------------------------------------------------

    def row(self, row: int) -> Row:
        """The values shown in ``row``."""
        return self._rows[row]

    def row_of(self, row_id: str) -> int:
        """The row showing ``row_id``, or -1."""
        return next((i for i, r in enumerate(self._rows) if r["id"] == row_id), -1)

    def add_row(self, partnership_id: str, values: dict[str, Any]) -> int:
        """Create a record, show it at the end, and return its row (-1 if refused)."""
        try:
            row_id = self.records.create(self.table, partnership_id, values)
        except UserError as exc:
            messages.show_user_error(self._widget, exc)
            return -1
        text = QCoreApplication.translate("RecordTableModel", "nowy wiersz")
        self._undo.push(RowCreated(lambda: self.records, self.table, row_id, text, self.reload))
        self.reload()
        while self.row_of(row_id) < 0 and self.canFetchMore():
            self.fetchMore()
        return self.row_of(row_id)

    def remove_row(self, row: int) -> None:
        """Tombstone the record in ``row`` (undoable)."""
        row_id = self._rows[row]["id"]
        text = QCoreApplication.translate("RecordTableModel", "usunięcie wiersza")
        try:
            self._undo.push(RowRemoved(lambda: self.records, self.table, row_id, text, self.reload))
        except UserError as exc:
            messages.show_user_error(self._widget, exc)

    def write(self, row_id: str, field: str, value: Any) -> None:
        """Store ``value`` (from an undo or redo) and show it."""
        self.records.set_field(self.table, row_id, field, value)
        self._set_cached(row_id, field, value)
        self.sig_changed.emit()

    def _set_cached(self, row_id: str, field: str, value: Any) -> None:
        index = self.row_of(row_id)
        if index < 0:
            return
        self._rows[index][field] = value
        self.dataChanged.emit(self.index(index, 0), self.index(index, len(self.columns) - 1))

    @staticmethod
    def _from_editor(column: Column, value: Any) -> Any:
        if column.kind == "date":
            if isinstance(value, QDate):
                return value.toPython() if value.isValid() else None
            return value or None
        if column.kind == "int":
            return int(value) if value not in (None, "") else None
        if column.kind == "bool":
            return bool(value)
        if isinstance(value, str):
            return value.strip()
        return value

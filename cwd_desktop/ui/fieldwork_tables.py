"""Typed-in tables of field work whose rows need a field before they may exist.

An attendance line needs a name, an action item a description: an empty row
must never be stored. ``DraftTableModel`` therefore ends, on request, with a
blank *draft* line that lives only in memory; the first cell typed into it
creates the record (with the table's defaults) in one undoable step, and the
line becomes an ordinary row in place, so Tab carries on to the next cell.
A draft left empty simply disappears on the next reload or on Escape.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from cwd_desktop.domain.vocab import ActionStatus
from cwd_desktop.errors import UserError
from cwd_desktop.services.teryt import Jst
from cwd_desktop.ui import messages
from cwd_desktop.ui.date_edit import FieldDateEdit
from cwd_desktop.ui.record_table import (
    Column,
    IdRole,
    RecordTableModel,
    Row,
    RowSource,
    format_value,
)
from cwd_desktop.ui.record_view import RecordDelegate, RecordTableView
from cwd_desktop.ui.undo_base import RowCreated
from cwd_desktop.ui.vocab_combo import vocab_text

AnyIndex = QModelIndex | QPersistentModelIndex
Defaults = Callable[[], dict[str, Any]]

#: Background of an overdue action item (a soft red that keeps black text readable).
OVERDUE = QColor("#f6c9c9")


def no_rows(_query: str, _offset: int, _limit: int) -> list[Row]:
    """The source of a table before a partnership is loaded."""
    return []


def is_overdue(row: Row, today: date | None = None) -> bool:
    """Deadline passed and not done (as ``services.fieldwork.is_overdue``, on a shown row)."""
    due = row.get("due_on")
    return (
        isinstance(due, date)
        and due < (today or date.today())
        and row.get("status") != ActionStatus.DONE.value
    )


def overdue_style(row: Row) -> QColor | None:
    """``RecordTableModel.row_style`` for action items."""
    return OVERDUE if is_overdue(row) else None


def status_choices() -> list[tuple[Any, str]]:
    """(code, label) of every action status, in the UI language."""
    from cwd_desktop.domain.vocab import label

    return [(s.value, vocab_text(label(s))) for s in ActionStatus]


def jst_names(members: list[Jst]) -> dict[str, str]:
    """A short display name per member JST; the kind is added where names repeat."""
    counts: dict[str, int] = {}
    for jst in members:
        counts[jst.name] = counts.get(jst.name, 0) + 1
    names: dict[str, str] = {}
    for jst in members:
        if not jst.is_gmina:
            names[jst.code] = QCoreApplication.translate("fieldwork", "powiat {name}").format(
                name=jst.name
            )
        elif counts[jst.name] > 1:
            names[jst.code] = f"{jst.name} ({vocab_text(jst.kind)})"
        else:
            names[jst.code] = jst.name
    return names


def compact_rows(view: QTableView) -> None:
    """One line per row, as in the typed-in tables (long texts are elided, full in the tooltip)."""
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.verticalHeader().hide()


class FieldworkDelegate(RecordDelegate):
    """``RecordDelegate`` whose dates are typed whole (``FieldDateEdit``) and may be cleared."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        if self._column(index).kind == "date":
            return FieldDateEdit(parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, FieldDateEdit):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.set_value(
                value.toPython() if isinstance(value, QDate) and value.isValid() else None
            )
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, FieldDateEdit):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class DraftTableModel(RecordTableModel):
    """A ``RecordTableModel`` that can end with an unsaved draft line (see module doc)."""

    def __init__(
        self,
        records: Callable[[], Any],
        table: str,
        columns: list[Column],
        undo_stack: Any,
        parent: QWidget,
        defaults: Defaults,
    ) -> None:
        super().__init__(records, table, columns, no_rows, undo_stack, parent)
        self._defaults = defaults
        self._drafting = False
        self.partnership_id: str | None = None

    # -- the draft line ----------------------------------------------------------------

    def is_draft(self, row: int) -> bool:
        """True for the unsaved line at the end."""
        return self._drafting and row == len(self._rows)

    def start_draft(self) -> int:
        """Show the draft line (once) and return its row."""
        if not self._drafting:
            row = len(self._rows)
            self.beginInsertRows(QModelIndex(), row, row)
            self._drafting = True
            self.endInsertRows()
        return len(self._rows)

    def discard_draft(self) -> None:
        """Drop the draft line, if any."""
        if self._drafting:
            row = len(self._rows)
            self.beginRemoveRows(QModelIndex(), row, row)
            self._drafting = False
            self.endRemoveRows()

    def configure(self, source: RowSource | None = None, filter_text: str = "") -> None:
        """Take rows from ``source`` (None: the same) with ``filter_text``, at the next reload."""
        if source is not None:
            self._source = source
        self._filter = filter_text

    def reload(self) -> None:
        self._drafting = False
        super().reload()

    # -- Qt model API ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return super().rowCount(parent) + (1 if self._drafting and not parent.isValid() else 0)

    def row(self, row: int) -> Row:
        if self.is_draft(row):
            return {"id": None, **self._defaults()}
        return super().row(row)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.is_draft(index.row()):
            return super().data(index, role)
        column = self.columns[index.column()]
        value = self._defaults().get(column.field)
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(column, value)
        if role == Qt.ItemDataRole.EditRole:
            if column.kind == "date":
                return QDate(value.year, value.month, value.day) if value else QDate()
            return value
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#777"))
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.is_draft(index.row()):
            return super().setData(index, value, role)
        if role != Qt.ItemDataRole.EditRole or self.partnership_id is None:
            return False
        column = self.columns[index.column()]
        new = self._from_editor(column, value)
        if new in ("", None):
            return False
        values = {**self._defaults(), column.field: new}
        try:
            row_id = self.records.create(self.table, self.partnership_id, values)
        except UserError as exc:
            messages.show_user_error(self._widget, exc)
            return False
        text = QCoreApplication.translate("RecordTableModel", "nowy wiersz")
        self._undo.push(RowCreated(lambda: self.records, self.table, row_id, text, self.reload))
        # The draft becomes the stored row in place: no reset, so the editor moves on.
        self._drafting = False
        self._rows.append(self.records.get(self.table, row_id))
        row = len(self._rows) - 1
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        self.sig_changed.emit()
        return True

    def remove_row(self, row: int) -> None:
        if self.is_draft(row):
            self.discard_draft()
        else:
            super().remove_row(row)

    def replace_row(self, row: Row) -> None:
        """Show fresh values of one row in place (no reset: selection and editors stay)."""
        index = self.row_of(row["id"])
        if index >= 0:
            self._rows[index] = row
            self.dataChanged.emit(self.index(index, 0), self.index(index, len(self.columns) - 1))

    def row_id(self, row: int) -> str | None:
        """The stored id shown in ``row`` (None for the draft)."""
        return None if self.is_draft(row) else str(self.index(row, 0).data(IdRole))


class DraftTableView(RecordTableView):
    """A ``RecordTableView`` whose "new row" is a draft line (see ``DraftTableModel``).

    Enter on the last row (or on an empty table) opens the draft; Escape on
    a draft that holds nothing removes it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sig_new_row_requested.connect(self.open_draft)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if isinstance(model, RecordTableModel):
            self.setItemDelegate(FieldworkDelegate(model, self))

    def draft_model(self) -> DraftTableModel | None:
        model = self.model()
        return model if isinstance(model, DraftTableModel) else None

    def open_draft(self) -> None:
        """Put the cursor in the draft line, ready to type."""
        model = self.draft_model()
        if model is None or model.partnership_id is None:
            return
        self.edit_row(model.start_draft())

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        model = self.draft_model()
        current = self.currentIndex()
        super().closeEditor(editor, hint)
        if (
            model is not None
            and hint == QAbstractItemDelegate.EndEditHint.RevertModelCache
            and current.isValid()
            and model.is_draft(current.row())
        ):
            model.discard_draft()

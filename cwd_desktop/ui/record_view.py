"""The table view for fast keyboard entry into a ``RecordTableModel``.

Date cells are typed whole (``date_edit.FieldDateEdit``: 12.06.2025, 1.6.25)
and may be emptied; QDateEdit's section editing silently mangled typed dates.

Typing starts editing a cell, Tab moves to the next cell, Enter saves the
cell and moves to the next row; Enter on the last row asks the page for a
new row (``sig_new_row_requested``) and starts editing it. Delete removes
the current row (undoable).
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from cwd_desktop.ui.date_edit import FieldDateEdit
from cwd_desktop.ui.record_table import Column, RecordTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


class RecordDelegate(QStyledItemDelegate):
    """Editors by column kind: line, spin box, date, or a combo of choices."""

    def __init__(self, model: RecordTableModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model

    def _column(self, index: AnyIndex) -> Column:
        return self._model.columns[index.column()]

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        column = self._column(index)
        if column.kind == "choice" and column.choices is not None:
            combo = QComboBox(parent)
            for code, text in column.choices():
                combo.addItem(text, code)
            return combo
        if column.kind == "date":
            return FieldDateEdit(parent)
        if column.kind == "int":
            spin = QSpinBox(parent)
            spin.setRange(column.minimum, column.maximum)
            return spin
        return QLineEdit(parent)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            position = editor.findData(value)
            editor.setCurrentIndex(max(position, 0))
        elif isinstance(editor, FieldDateEdit):
            known = isinstance(value, QDate) and value.isValid()
            editor.set_value(value.toPython() if known else None)
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        value: Any
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, (FieldDateEdit, QSpinBox)):
            value = editor.value()
        else:
            value = cast(QLineEdit, editor).text()
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class RecordTableView(QTableView):
    """A QTableView tuned for entering rows with the keyboard alone."""

    sig_new_row_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if isinstance(model, RecordTableModel):
            self.setItemDelegate(RecordDelegate(model, self))

    def record_model(self) -> RecordTableModel:
        """The model, typed."""
        return cast(RecordTableModel, self.model())

    def first_editable_column(self) -> int:
        """Where a new row's typing starts."""
        columns = self.record_model().columns
        return next((i for i, c in enumerate(columns) if c.editable), 0)

    def edit_row(self, row: int) -> None:
        """Put the cursor in the first editable cell of ``row`` and open its editor."""
        index = self.model().index(row, self.first_editable_column())
        self.setCurrentIndex(index)
        self.scrollTo(index)
        self.edit(index)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self._next_row()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            self._next_row()
            return
        if key == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            current = self.currentIndex()
            if current.isValid():
                self.record_model().remove_row(current.row())
            return
        super().keyPressEvent(event)

    def _next_row(self) -> None:
        current = self.currentIndex()
        row = current.row() if current.isValid() else -1
        if row + 1 >= self.model().rowCount():
            self.sig_new_row_requested.emit()
            return
        index = self.model().index(row + 1, self.first_editable_column())
        self.setCurrentIndex(index)

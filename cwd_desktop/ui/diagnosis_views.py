"""Table views of the diagnosis page, tuned for the keyboard.

- ``OrderedListView``: a typed-in list (SWOT quadrant, conclusions) whose
  entries are moved with Alt+↑ / Alt+↓ (``sig_move`` carries -1 or +1).
- ``IndicatorGridView``: the JST × year grid of one indicator. Typing starts
  editing a cell, Enter stores it and goes down to the next JST (the way
  one copies a column of numbers), Delete or Backspace empties the cell.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

from cwd_desktop.ui.fieldwork_tables import DraftTableView


def _alt_arrow(event: QKeyEvent) -> int:
    """-1 for Alt+Up, +1 for Alt+Down, 0 otherwise."""
    if not event.modifiers() & Qt.KeyboardModifier.AltModifier:
        return 0
    return {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()), 0)


class OrderedListView(DraftTableView):
    """A ``DraftTableView`` whose rows move with Alt+↑ / Alt+↓.

    A new entry is typed from ``start_column`` on: the column it cannot exist
    without (a conclusion's text, not its area).
    """

    sig_move = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_column = 0

    def first_editable_column(self) -> int:
        return max(self.start_column, super().first_editable_column())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        delta = _alt_arrow(event)
        if delta and self.state() != self.State.EditingState:
            self.sig_move.emit(delta)
            return
        super().keyPressEvent(event)


class IndicatorGridView(QTableView):
    """The JST × year grid: type a number, Enter goes down, Delete empties the cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(26)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self._down()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        editing = self.state() == self.State.EditingState
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            self._down()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not editing:
            current = self.currentIndex()
            if current.isValid() and self.model() is not None:
                self.model().setData(current, "", Qt.ItemDataRole.EditRole)
            return
        super().keyPressEvent(event)

    def _down(self) -> None:
        current = self.currentIndex()
        model = self.model()
        if not current.isValid() or model is None:
            return
        if current.row() + 1 < model.rowCount():
            self.setCurrentIndex(model.index(current.row() + 1, current.column()))

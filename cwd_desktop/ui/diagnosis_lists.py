"""Ordered typed-in lists of the diagnosis: a SWOT quadrant, the conclusions.

Each is a ``DraftTableModel`` (an entry exists once its text is typed) in an
``OrderedListView``: Enter adds an entry, Delete removes one, Alt+↑/↓ or the
arrow buttons move it. Every change is stored at once and undoable: a move
is pushed as a ``MoveCommand`` that moves the entry back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView, QWidget

from cwd_desktop.errors import UserError
from cwd_desktop.services.diagnosis_reads import RowSource
from cwd_desktop.ui import messages
from cwd_desktop.ui.fieldwork_tables import DraftTableModel, no_rows
from cwd_desktop.ui.forms.ui_diagnosis_list import Ui_DiagnosisList
from cwd_desktop.ui.record_table import Column, IdRole
from cwd_desktop.ui.undo_base import AppliedCommand

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services


def move_entry(services: Services, table: str, row_id: str, delta: int) -> bool:
    """Move an entry up or down its list (the write module loads the ORM: imported here)."""
    from cwd_desktop.services import diagnosis

    return diagnosis.move(services, table, row_id, delta)


class MoveCommand(AppliedCommand):
    """An entry already moved; undo moves it back, redo moves it again."""

    def __init__(
        self,
        services: Services,
        table: str,
        row_id: str,
        delta: int,
        refresh: Callable[[str], None],
        text: str,
    ) -> None:
        super().__init__(text)
        self._services, self._table, self._row_id = services, table, row_id
        self._delta, self._refresh = delta, refresh

    def apply(self) -> None:
        move_entry(self._services, self._table, self._row_id, self._delta)
        self._refresh(self._row_id)

    def revert(self) -> None:
        move_entry(self._services, self._table, self._row_id, -self._delta)
        self._refresh(self._row_id)


class OrderedListPanel(QWidget):
    """One ordered list with its buttons; ``set_source`` shows a partnership's entries."""

    #: Entries were added, changed, moved or removed.
    sig_changed = Signal()

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        table: str,
        columns: list[Column],
        defaults: Callable[[], dict[str, Any]],
        parent: QWidget | None = None,
        *,
        start_column: int = 0,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._undo = undo_stack
        self.table = table
        self.ui = Ui_DiagnosisList()
        self.ui.setupUi(self)
        self.model = DraftTableModel(
            lambda: services.records, table, columns, undo_stack, self, defaults
        )
        self.model.configure(no_rows)
        view = self.ui.view
        view.setModel(self.model)
        view.start_column = start_column
        view.setWordWrap(True)
        view.setStyleSheet("QTableView::item { padding: 3px 4px; }")
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        self.model.sig_changed.connect(self._changed)
        self.model.modelReset.connect(view.resizeRowsToContents)
        self.model.dataChanged.connect(lambda *_: view.resizeRowsToContents())
        view.sig_move.connect(self.move_current)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.removeButton.clicked.connect(self.remove_current)
        self.ui.upButton.clicked.connect(lambda: self.move_current(-1))
        self.ui.downButton.clicked.connect(lambda: self.move_current(1))

    def show_hint(self, shown: bool) -> None:
        """Show or hide the keyboard hint under the list (one hint is enough on a tab)."""
        if not shown:
            self.ui.hintLabel.setText("")  # kept in the layout: it holds the buttons' stretch

    def set_title(self, html: str) -> None:
        """The rich-text title above the list."""
        self.ui.titleLabel.setText(html)

    def set_source(self, partnership_id: str | None, source: RowSource | None) -> None:
        """Show the entries of a partnership (None: nothing, editing off)."""
        self.model.partnership_id = partnership_id
        self.model.configure(source or no_rows)
        self.model.reload()
        for widget in (self.ui.view, self.ui.addButton, self.ui.removeButton):
            widget.setEnabled(partnership_id is not None)

    def _changed(self) -> None:
        self.sig_changed.emit()

    def row_ids(self) -> list[str]:
        """The stored entries shown, in order."""
        return [
            str(self.model.index(r, 0).data(IdRole))
            for r in range(self.model.rowCount())
            if not self.model.is_draft(r)
        ]

    def add(self) -> None:
        """Open a new entry at the end, ready to type."""
        self.ui.view.setFocus()
        self.ui.view.open_draft()

    def remove_current(self) -> None:
        """Remove the selected entry (undoable)."""
        index = self.ui.view.currentIndex()
        if index.isValid():
            self.model.remove_row(index.row())

    def select_row(self, row_id: str) -> None:
        """Put the cursor on an entry (an empty line being typed is dropped)."""
        self.model.discard_draft()
        row = self.model.row_of(row_id)
        if row >= 0:
            column = max(self.ui.view.currentIndex().column(), self.ui.view.first_editable_column())
            index = self.model.index(row, min(column, self.model.columnCount() - 1))
            self.ui.view.setCurrentIndex(index)
            self.ui.view.scrollTo(index)

    def move_current(self, delta: int) -> None:
        """Move the selected entry ``delta`` places (Alt+↑ is -1), undoably."""
        index = self.ui.view.currentIndex()
        if not index.isValid() or self.model.is_draft(index.row()):
            return
        row_id = self.model.row_id(index.row())
        if row_id is None:
            return
        try:
            moved = move_entry(self._services, self.table, row_id, delta)
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        if not moved:
            return
        text = QCoreApplication.translate("DiagnosisLists", "zmiana kolejności")
        self._undo.push(
            MoveCommand(self._services, self.table, row_id, delta, self._after_move, text)
        )
        self._after_move(row_id)

    def _after_move(self, row_id: str) -> None:
        self.model.reload()
        self.select_row(row_id)
        self.sig_changed.emit()

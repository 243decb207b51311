"""The "Otwarte działania" tab: every open action item of the partnership in one place.

Sorted by deadline, overdue items shaded red. Status, deadline, owner and
description are edited in place (typing or F2; saved and undoable like any
cell); an item marked done stays visible until the list is read again, so a
slip can be undone where it happened. Double-click opens the meeting.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from cwd_desktop.services.app import Services
from cwd_desktop.ui.fieldwork_tables import (
    DraftTableModel,
    compact_rows,
    is_overdue,
    overdue_style,
    status_choices,
)
from cwd_desktop.ui.forms.ui_fieldwork_actions import Ui_ActionsPanel
from cwd_desktop.ui.record_table import Column


class ActionsPanel(QWidget):
    """Open action items of one partnership."""

    #: (meeting id, action item id) to open.
    sig_open_meeting = Signal(str, str)

    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ActionsPanel()
        self.ui.setupUi(self)
        self.model = DraftTableModel(
            lambda: services.records,
            "action_item",
            [
                Column("due_on", self.tr("Termin"), "date"),
                Column("description", self.tr("Działanie")),
                Column("owner", self.tr("Odpowiedzialny")),
                Column("status", self.tr("Status"), "choice", choices=status_choices),
                Column("meeting", self.tr("Spotkanie"), editable=False),
                Column("held_on", self.tr("Z dnia"), "date", editable=False),
            ],
            undo_stack,
            self,
            defaults=dict,
        )
        self.model.row_style = overdue_style
        view = self.ui.actionsView
        view.setModel(self.model)
        compact_rows(view)
        # Double-click opens the meeting; editing starts by typing, F2 or a second click.
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 160)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 120)
        header.setStretchLastSection(False)
        view.doubleClicked.connect(self._open)
        self.ui.filterEdit.textChanged.connect(self.model.set_filter)
        self.model.sig_changed.connect(self._count)

    def load(self, reads: Any, partnership_id: str) -> None:
        """Read the partnership's open action items (the filter is kept)."""
        self.model.configure(reads.open_actions(partnership_id), self.ui.filterEdit.text())
        self.model.reload()

    def select_action(self, action_id: str) -> bool:
        """Put the cursor on one action item; False if it is not in the list (done, gone)."""
        if self.model.row_of(action_id) < 0 and self.ui.filterEdit.text():
            self.ui.filterEdit.clear()
        row = self.model.row_of(action_id)
        if row >= 0:
            self.ui.actionsView.setCurrentIndex(self.model.index(row, 1))
            self.ui.actionsView.scrollTo(self.model.index(row, 1))
        return row >= 0

    def _count(self) -> None:
        rows = [self.model.row(r) for r in range(self.model.rowCount())]
        open_rows = [r for r in rows if r.get("status") != "done"]
        overdue = sum(1 for r in open_rows if is_overdue(r))
        self.ui.countLabel.setText(
            self.tr("otwartych: {open}, po terminie: {overdue}").format(
                open=len(open_rows), overdue=overdue
            )
        )

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.model.row(index.row())
            self.sig_open_meeting.emit(str(row["meeting_id"]), str(row["id"]))

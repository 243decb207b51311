"""The "Spotkania" tab: the partnership's meetings, filtered as you type, and the one open.

The list above is read-only; the meeting selected is edited in the
``MeetingPanel`` below, whose saves update the list row in place (never a
reload while the user types). The filter searches titles, agendas, minutes
and decisions through the FTS index, ignoring Polish diacritics.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView, QWidget

from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.teryt import Jst
from cwd_desktop.ui import messages
from cwd_desktop.ui.fieldwork_commands import AddMeetingCommand, DeleteMeetingCommand
from cwd_desktop.ui.fieldwork_tables import DraftTableModel, compact_rows
from cwd_desktop.ui.forms.ui_fieldwork_meetings import Ui_MeetingsTab
from cwd_desktop.ui.meeting_panel import MeetingPanel
from cwd_desktop.ui.record_table import Column, IdRole


class MeetingsTab(QWidget):
    """Meetings of one partnership and the selected meeting's panel."""

    #: Something the page's summary counts changed.
    sig_changed = Signal()

    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._undo = undo_stack
        self._reads: Any = None
        self._partnership_id: str | None = None
        self.ui = Ui_MeetingsTab()
        self.ui.setupUi(self)
        self.panel = MeetingPanel(services, undo_stack, self.ui.panelHost)
        self.ui.panelLayout.addWidget(self.panel)
        self.model = DraftTableModel(
            lambda: services.records,
            "meeting",
            [
                Column("held_on", self.tr("Data"), "date", editable=False),
                Column("title", self.tr("Spotkanie"), editable=False),
                Column("place", self.tr("Miejsce"), editable=False),
                Column("attendees", self.tr("Osób"), "int", editable=False),
                Column("open_actions", self.tr("Otwarte"), "int", editable=False),
            ],
            undo_stack,
            self,
            defaults=dict,
        )
        view = self.ui.meetingsView
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 170)
        header.setStretchLastSection(False)
        compact_rows(view)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 4)
        self.ui.splitter.setSizes([130, 600])
        view.selectionModel().currentRowChanged.connect(self._on_current)
        self.ui.filterEdit.textChanged.connect(self._on_filter)
        self.ui.newButton.clicked.connect(lambda: self.new_meeting())
        self.ui.deleteButton.clicked.connect(self.delete_meeting)
        self.panel.sig_meeting_saved.connect(self._refresh_row)
        self.panel.sig_lists_changed.connect(self._refresh_row)

    # -- loading --------------------------------------------------------------------------

    def load(
        self,
        reads: Any,
        partnership_id: str,
        members: list[Jst],
        missions: list[tuple[str, str]],
        groups: list[tuple[str, str]],
    ) -> None:
        """Show the partnership's meetings (the first one opened)."""
        self._reads, self._partnership_id = reads, partnership_id
        self.panel.set_context(reads, partnership_id, members, missions, groups)
        self.model.configure(reads.meetings(partnership_id))
        self._clear_filter()
        self.reload(self.panel.meeting_id)

    def reload(self, select_id: str | None = None) -> None:
        """Read the list again and select ``select_id`` (else the first meeting)."""
        if self._reads is None:
            return
        self.panel.flush()
        self.model.reload()
        row = self.model.row_of(select_id) if select_id else -1
        while row < 0 and select_id and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(select_id)
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        self._select_row(row, force=True)
        self.ui.deleteButton.setEnabled(self.model.rowCount() > 0)
        self.sig_changed.emit()

    def _clear_filter(self) -> None:
        self.ui.filterEdit.blockSignals(True)
        self.ui.filterEdit.clear()
        self.ui.filterEdit.blockSignals(False)
        self.model.configure()

    def _select_row(self, row: int, force: bool = False) -> None:
        view = self.ui.meetingsView
        if row < 0:
            view.selectionModel().clearSelection()
            self._show(None)
            return
        index = self.model.index(row, 1)
        view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.scrollTo(index)
        self._show(str(index.data(IdRole)), force)

    def _show(self, meeting_id: str | None, force: bool = False) -> None:
        if meeting_id == self.panel.meeting_id and meeting_id is not None and not force:
            return
        meeting = self._reads.meeting(meeting_id) if meeting_id and self._reads else None
        self.panel.show_meeting(meeting)

    def select_meeting(self, meeting_id: str) -> bool:
        """Open one meeting (clearing the filter if it hides it); False if it is gone."""
        if self.model.row_of(meeting_id) < 0 and self.ui.filterEdit.text():
            self.ui.filterEdit.clear()
        if self.model.row_of(meeting_id) < 0:
            self.reload(meeting_id)
        row = self.model.row_of(meeting_id)
        if row >= 0:
            self._select_row(row)
        return row >= 0

    # -- slots ------------------------------------------------------------------------------

    def _on_current(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self._show(str(current.data(IdRole)))

    def _on_filter(self, text: str) -> None:
        keep = self.panel.meeting_id
        self.panel.flush()
        self.model.set_filter(text)
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self._select_row(row)
        elif self.model.rowCount() > 0:
            self._select_row(0)
        else:
            self._select_row(-1)

    def _refresh_row(self, meeting_id: str) -> None:
        row = self._reads.meeting(meeting_id) if self._reads else None
        if row is not None:
            self.model.replace_row(row)
        self.sig_changed.emit()

    # -- commands ---------------------------------------------------------------------------

    def new_meeting(self, mission_id: str | None = None, group_id: str | None = None) -> None:
        """Create a meeting dated today and put the cursor in its title."""
        if self._partnership_id is None:
            return
        self.panel.flush()
        values: dict[str, Any] = {
            "title": self.tr("Nowe spotkanie"),
            "held_on": date.today(),
            "mission_id": mission_id,
            "group_id": group_id,
        }
        try:
            meeting_id = self._services.records.create("meeting", self._partnership_id, values)
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        self._undo.push(AddMeetingCommand(self._services.store, meeting_id, self.reload))
        self._clear_filter()
        self.reload(meeting_id)
        self.panel.focus_title()

    def delete_meeting(self) -> None:
        """Remove the selected meeting with its lists, after a question (undoable)."""
        meeting_id = self.panel.meeting_id
        if meeting_id is None:
            return
        title = self.panel.ui.titleEdit.text()
        question = self.tr(
            "Usunąć spotkanie „{title}” wraz z jego działaniami i listą obecności? "
            "Ctrl+Z przywróci spotkanie i działania, ale nie nazwiska z listy obecności "
            "(dane osobowe są usuwane od razu)."
        ).format(title=title)
        if not messages.confirm(self, question):
            return
        self.panel.flush()
        try:
            self._undo.push(
                DeleteMeetingCommand(self._services.store, meeting_id, title, self.reload)
            )
        except UserError as exc:
            messages.show_user_error(self, exc)

"""One meeting as it is typed in: its fields, minutes, attendance list and action items.

Every field saves itself (``AutoSaver``); the two lists are typed-in tables
(``DraftTableView``): Enter opens a new line, Tab moves between its cells,
and each cell is stored as it is left. Overdue action items are shaded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from cwd_desktop.domain.vocab import ActionStatus
from cwd_desktop.services.app import Services
from cwd_desktop.services.teryt import Jst
from cwd_desktop.ui.fieldwork_autosave import AutoSaver
from cwd_desktop.ui.fieldwork_tables import (
    DraftTableModel,
    compact_rows,
    jst_names,
    no_rows,
    overdue_style,
    status_choices,
)
from cwd_desktop.ui.forms.ui_meeting_panel import Ui_MeetingPanel
from cwd_desktop.ui.record_table import Column, Row

#: Fields of a meeting the panel edits.
MEETING_FIELDS = ("title", "held_on", "place", "teryt", "mission_id", "group_id")
MEETING_TEXTS = ("agenda", "minutes", "decisions")


def fill_combo(combo: QComboBox, empty: str, items: list[tuple[str, str]]) -> None:
    """Offer ``empty`` (data "") then (id, text) items, keeping the current choice if it stays."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(empty, "")
    for item_id, text in items:
        combo.addItem(text, item_id)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


class MeetingPanel(QWidget):
    """The selected meeting; disabled while no meeting is selected."""

    #: A meeting's own fields were stored (the list shows title, date, place…).
    sig_meeting_saved = Signal(str)
    #: Its attendance list or action items changed (counts, open actions).
    sig_lists_changed = Signal(str)

    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._reads: Any = None
        self.meeting_id: str | None = None
        self.ui = Ui_MeetingPanel()
        self.ui.setupUi(self)
        ui = self.ui
        self.saver = AutoSaver(lambda: services.records, "meeting", undo_stack, self)
        self.saver.bind_line("title", self.tr("tytuł spotkania"), ui.titleEdit)
        self.saver.bind_date("held_on", self.tr("data spotkania"), ui.dateEdit)
        self.saver.bind_line("place", self.tr("miejsce spotkania"), ui.placeEdit)
        self.saver.bind_combo("teryt", self.tr("JST spotkania"), ui.jstCombo)
        self.saver.bind_combo("mission_id", self.tr("misja spotkania"), ui.missionCombo)
        self.saver.bind_combo("group_id", self.tr("grupa robocza spotkania"), ui.groupCombo)
        self.saver.bind_text("agenda", self.tr("porządek obrad"), ui.agendaEdit)
        self.saver.bind_text("minutes", self.tr("protokół"), ui.minutesEdit)
        self.saver.bind_text("decisions", self.tr("ustalenia"), ui.decisionsEdit)
        self.saver.sig_saved.connect(lambda row_id, _field: self.sig_meeting_saved.emit(row_id))
        ui.minutesEdit.setPlaceholderText(
            self.tr("Przebieg spotkania, wnioski i zgłoszone potrzeby…")
        )
        ui.decisionsEdit.setPlaceholderText(self.tr("Co postanowiono (jedno w wierszu)…"))

        records = lambda: services.records  # noqa: E731
        self.attendance = DraftTableModel(
            records,
            "attendance",
            [
                Column("name", self.tr("Imię i nazwisko")),
                Column("role", self.tr("Funkcja, instytucja")),
                Column(
                    "present",
                    self.tr("Obecność"),
                    "choice",
                    choices=lambda: [(True, self.tr("obecny")), (False, self.tr("nieobecny"))],
                ),
            ],
            undo_stack,
            self,
            defaults=lambda: {"meeting_id": self.meeting_id, "present": True},
        )
        self.actions = DraftTableModel(
            records,
            "action_item",
            [
                Column("description", self.tr("Działanie")),
                Column("owner", self.tr("Odpowiedzialny")),
                Column("due_on", self.tr("Termin"), "date"),
                Column("status", self.tr("Status"), "choice", choices=status_choices),
            ],
            undo_stack,
            self,
            defaults=lambda: {"meeting_id": self.meeting_id, "status": ActionStatus.OPEN.value},
        )
        self.actions.row_style = overdue_style
        ui.attendanceView.setModel(self.attendance)
        ui.actionsView.setModel(self.actions)
        for model in (self.attendance, self.actions):
            model.sig_changed.connect(self._lists_changed)
        self._size_columns()
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([160, 240])
        self.show_meeting(None)

    def _size_columns(self) -> None:
        attendance = self.ui.attendanceView.horizontalHeader()
        attendance.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        attendance.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        attendance.setStretchLastSection(False)
        attendance.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        actions = self.ui.actionsView.horizontalHeader()
        actions.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        actions.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        actions.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        actions.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        actions.setStretchLastSection(False)
        actions.resizeSection(1, 95)
        for view in (self.ui.attendanceView, self.ui.actionsView):
            compact_rows(view)

    # -- context --------------------------------------------------------------------------

    def set_context(
        self,
        reads: Any,
        partnership_id: str,
        members: list[Jst],
        missions: list[tuple[str, str]],
        groups: list[tuple[str, str]],
    ) -> None:
        """The partnership's JST, missions and groups to choose from."""
        self._reads = reads
        self.attendance.partnership_id = partnership_id
        self.actions.partnership_id = partnership_id
        ui = self.ui
        fill_combo(ui.jstCombo, self.tr("— nie wskazano —"), list(jst_names(members).items()))
        fill_combo(ui.missionCombo, self.tr("— poza misją —"), missions)
        fill_combo(ui.groupCombo, self.tr("— żadna —"), groups)

    def show_meeting(self, meeting: Row | None) -> None:
        """Show ``meeting`` (a row of ``FieldworkReads.meeting``), or nothing."""
        self.saver.load(meeting["id"] if meeting else None, meeting or {})
        self.meeting_id = meeting["id"] if meeting else None
        self.setEnabled(meeting is not None)
        if meeting is None or self._reads is None:
            self.attendance.set_source(no_rows)
            self.actions.set_source(no_rows)
            return
        self.attendance.set_source(self._reads.attendance(meeting["id"]))
        self.actions.set_source(self._reads.action_items(meeting["id"]))

    def flush(self) -> None:
        """Store whatever is typed but not yet saved."""
        self.saver.flush()

    def focus_title(self) -> None:
        """Start typing a new meeting: the title selected, ready to be replaced."""
        self.ui.titleEdit.setFocus()
        self.ui.titleEdit.selectAll()

    def select_action(self, action_id: str) -> None:
        """Put the cursor on one action item of the meeting shown."""
        row = self.actions.row_of(action_id)
        if row >= 0:
            self.ui.actionsView.setCurrentIndex(self.actions.index(row, 0))
            self.ui.actionsView.setFocus()

    def _lists_changed(self) -> None:
        if self.meeting_id is not None:
            self.sig_lists_changed.emit(self.meeting_id)

    def hideEvent(self, event: Any) -> None:
        """Leaving the page saves what is being typed."""
        self.flush()
        super().hideEvent(event)

"""The "Misje i spotkania" area: missions, working groups, meetings and open action items.

The page reads nothing until it is first shown: its service module loads
SQLAlchemy (for the validators), which must not delay the first paint, so
``services.fieldwork`` is imported on first use. Every edit anywhere on the
page is saved at once and goes on the page's ``undo_stack``, which is
cleared when another partnership is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QWidget

from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView
from cwd_desktop.ui.actions_panel import ActionsPanel
from cwd_desktop.ui.fieldwork_groups import GroupsTab
from cwd_desktop.ui.fieldwork_meetings import MeetingsTab
from cwd_desktop.ui.fieldwork_missions import MissionsTab
from cwd_desktop.ui.forms.ui_fieldwork_page import Ui_FieldworkPage


class FieldworkPage(QWidget):
    """Field work of the selected partnership, in four tabs."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._reads: Any = None
        self._view: PartnershipView | None = None
        self._stale = False
        self.undo_stack = QUndoStack(self)
        self.ui = Ui_FieldworkPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.missions = MissionsTab(services, self.undo_stack, ui.missionsPage)
        self.groups = GroupsTab(services, self.undo_stack, ui.groupsPage)
        self.meetings = MeetingsTab(services, self.undo_stack, ui.meetingsPage)
        self.actions = ActionsPanel(services, self.undo_stack, ui.actionsPage)
        ui.missionsLayout.addWidget(self.missions)
        ui.groupsLayout.addWidget(self.groups)
        ui.meetingsLayout.addWidget(self.meetings)
        ui.actionsLayout.addWidget(self.actions)
        ui.tabs.setCurrentWidget(ui.meetingsPage)
        for tab in (self.missions, self.groups):
            tab.sig_open_meeting.connect(self.open_meeting)
            tab.sig_changed.connect(self._choices_changed)
        self.missions.sig_new_meeting.connect(
            lambda mission_id: self._new_meeting(mission_id=mission_id)
        )
        self.groups.sig_new_meeting.connect(lambda group_id: self._new_meeting(group_id=group_id))
        self.meetings.sig_changed.connect(self._show_summary)
        self.actions.sig_open_meeting.connect(self._open_action_meeting)
        self.actions.model.sig_changed.connect(self._show_summary)
        ui.tabs.currentChanged.connect(self._on_tab)

    # -- the partnership shown -------------------------------------------------------------

    def show_partnership(self, view: PartnershipView) -> None:
        """Show ``view``'s field work (read when the page is visible)."""
        self._flush()
        if self._view is None or self._view.id != view.id:
            self.undo_stack.clear()
        self._view = view
        if self.isVisible():
            self._load()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._load()
        super().showEvent(event)

    def _ensure_loaded(self) -> None:
        if self._stale or self._reads is None:
            self._load()

    def _load(self) -> None:
        view = self._view
        if view is None:
            return
        self._stale = False
        if self._reads is None:
            from cwd_desktop.services.fieldwork import FieldworkReads

            self._reads = FieldworkReads(self._services.store)
        reads = self._reads
        self.missions.load(reads, view.id, view.members, view.data.advisors)
        self.groups.load(reads, view.id, view.members)
        self.meetings.load(
            reads, view.id, view.members, self.missions.titles(), self.groups.names()
        )
        self.actions.load(reads, view.id)
        self._show_summary()

    def _flush(self) -> None:
        self.missions.flush()
        self.meetings.panel.flush()

    def _choices_changed(self) -> None:
        """Missions or groups changed: a meeting offers the new ones to choose from."""
        view = self._view
        if view is None or self._reads is None or self._stale:
            return
        self.meetings.panel.set_context(
            self._reads, view.id, view.members, self.missions.titles(), self.groups.names()
        )
        self._show_summary()

    def _show_summary(self) -> None:
        view = self._view
        if view is None or self._reads is None:
            self.ui.summaryLabel.clear()
            return
        s = self._reads.summary(view.id)
        text = self.tr(
            "Misje: {missions} · grupy robocze: {groups} · spotkania: {meetings} · "
            "otwarte działania: {open}"
        ).format(missions=s.missions, groups=s.groups, meetings=s.meetings, open=s.open_actions)
        if s.overdue_actions:
            overdue = self.tr("po terminie: {n}").format(n=s.overdue_actions)
            text += f', <b style="color:#b00020">{overdue}</b>'
        self.ui.summaryLabel.setText(text)

    def _on_tab(self, _index: int) -> None:
        if self._reads is None or self._view is None:
            return
        self._flush()
        current = self.ui.tabs.currentWidget()
        if current is self.ui.actionsPage:
            self.actions.load(self._reads, self._view.id)
        elif current is self.ui.missionsPage:
            keep = self.missions.current_id()
            self.missions.load(
                self._reads, self._view.id, self._view.members, self._view.data.advisors
            )
            if keep:
                self.missions.select_mission(keep)
        elif current is self.ui.groupsPage:
            keep = self.groups.current_id()
            self.groups.load(self._reads, self._view.id, self._view.members)
            if keep:
                self.groups.select_group(keep)
        elif current is self.ui.meetingsPage:
            self.meetings.reload(self.meetings.panel.meeting_id)

    # -- opening records --------------------------------------------------------------------

    def open_meeting(self, meeting_id: str) -> bool:
        """Show one meeting in the "Spotkania" tab."""
        self._ensure_loaded()
        self.ui.tabs.setCurrentWidget(self.ui.meetingsPage)
        return self.meetings.select_meeting(meeting_id)

    def _open_action_meeting(self, meeting_id: str, action_id: str) -> None:
        if self.open_meeting(meeting_id):
            self.meetings.panel.select_action(action_id)

    def _new_meeting(self, mission_id: str | None = None, group_id: str | None = None) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.meetingsPage)
        self.meetings.new_meeting(mission_id=mission_id, group_id=group_id)

    def open_record(self, kind: str, row_id: str) -> None:
        """Show a search result: the right tab, with that record selected."""
        self._ensure_loaded()
        ui = self.ui
        if kind == "meeting":
            self.open_meeting(row_id)
        elif kind == "field_mission":
            ui.tabs.setCurrentWidget(ui.missionsPage)
            self.missions.select_mission(row_id)
        elif kind == "working_group":
            ui.tabs.setCurrentWidget(ui.groupsPage)
            self.groups.select_group(row_id)
        elif kind == "action_item":
            ui.tabs.setCurrentWidget(ui.actionsPage)
            if not self.actions.select_action(row_id):
                row = (
                    self._services.store.reader()
                    .execute("SELECT meeting_id FROM action_item WHERE id = ?", (row_id,))
                    .fetchone()
                )
                if row is not None:
                    self._open_action_meeting(str(row[0]), row_id)

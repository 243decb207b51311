"""The "Grupy robocze" tab: working groups, their members (typed in) and their meetings.

A member is a person from a member JST or from a stakeholder of the
partnership; both are chosen from lists in the members table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView, QWidget

from cwd_desktop.services.app import Services
from cwd_desktop.services.teryt import Jst
from cwd_desktop.ui.fieldwork_tables import DraftTableModel, compact_rows, jst_names, no_rows
from cwd_desktop.ui.forms.ui_fieldwork_groups import Ui_GroupsTab
from cwd_desktop.ui.record_table import Column, IdRole


class GroupsTab(QWidget):
    """Working groups of one partnership and the selected group's members and meetings."""

    sig_open_meeting = Signal(str)
    #: "New meeting of this group": the group's id.
    sig_new_meeting = Signal(str)
    #: Groups were added, renamed or removed.
    sig_changed = Signal()

    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._reads: Any = None
        self._partnership_id: str | None = None
        self._jst: list[tuple[Any, str]] = []
        self._stakeholders: list[tuple[Any, str]] = []
        self._shown: str | None = None
        self.ui = Ui_GroupsTab()
        self.ui.setupUi(self)
        records = lambda: services.records  # noqa: E731
        self.model = DraftTableModel(
            records,
            "working_group",
            [
                Column("name", self.tr("Grupa robocza")),
                Column("theme", self.tr("Temat")),
                Column("members", self.tr("Członków"), "int", editable=False),
                Column("meetings", self.tr("Spotkań"), "int", editable=False),
            ],
            undo_stack,
            self,
            defaults=dict,
        )
        self.members = DraftTableModel(
            records,
            "working_group_member",
            [
                Column("name", self.tr("Imię i nazwisko")),
                Column("role", self.tr("Funkcja, instytucja")),
                Column("teryt", self.tr("JST"), "choice", choices=lambda: self._jst),
                Column(
                    "stakeholder_id",
                    self.tr("Interesariusz"),
                    "choice",
                    choices=lambda: self._stakeholders,
                ),
            ],
            undo_stack,
            self,
            defaults=lambda: {"group_id": self._shown},
        )
        self.meetings = DraftTableModel(
            records,
            "meeting",
            [
                Column("held_on", self.tr("Data"), "date", editable=False),
                Column("title", self.tr("Spotkanie"), editable=False),
            ],
            undo_stack,
            self,
            defaults=dict,
        )
        ui = self.ui
        for view, model in (
            (ui.groupsView, self.model),
            (ui.membersView, self.members),
            (ui.meetingsView, self.meetings),
        ):
            view.setModel(model)
            compact_rows(view)
        groups = ui.groupsView.horizontalHeader()
        groups.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        groups.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        groups.setStretchLastSection(False)
        groups.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        groups.resizeSection(0, 220)
        members = ui.membersView.horizontalHeader()
        members.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        meetings = ui.meetingsView.horizontalHeader()
        meetings.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        meetings.setStretchLastSection(True)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([150, 500])
        ui.groupsView.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.model.modelReset.connect(self._show_current)
        self.model.sig_changed.connect(self.sig_changed)
        self.members.sig_changed.connect(self._members_changed)
        ui.newButton.clicked.connect(ui.groupsView.open_draft)
        ui.meetingsView.doubleClicked.connect(self._open_meeting)
        ui.newMeetingButton.clicked.connect(self._new_meeting)
        self._show_current()

    def load(self, reads: Any, partnership_id: str, members: list[Jst]) -> None:
        """Show the partnership's groups; its JST and stakeholders are offered for members."""
        self._reads, self._partnership_id = reads, partnership_id
        none = self.tr("—")
        self._jst = [(None, none), *jst_names(members).items()]
        self._stakeholders = [(None, none), *reads.stakeholders(partnership_id)]
        self.model.partnership_id = partnership_id
        self.members.partnership_id = partnership_id
        self.model.configure(reads.groups(partnership_id))
        self._shown = None
        self.model.reload()
        if self.model.rowCount():
            self.select_group(str(self.model.index(0, 0).data(IdRole)))

    def names(self) -> list[tuple[str, str]]:
        """(id, name) of every group, for choosing a meeting's group."""
        if self._reads is None or self._partnership_id is None:
            return []
        return [
            (r["id"], r["name"]) for r in self._reads.groups(self._partnership_id)("", 0, 10_000)
        ]

    def select_group(self, group_id: str) -> bool:
        """Select one group; False if it is not there."""
        row = self.model.row_of(group_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.ui.groupsView.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.ui.groupsView.scrollTo(index)
        self._show_current()
        return True

    def current_id(self) -> str | None:
        """The selected group (None for none or the unsaved draft line)."""
        index = self.ui.groupsView.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        group_id = self.current_id()
        if group_id == self._shown and group_id is not None:
            return
        self._shown = group_id
        self.ui.detailWidget.setEnabled(group_id is not None)
        if group_id is None or self._reads is None or self._partnership_id is None:
            self.members.set_source(no_rows)
            self.meetings.set_source(no_rows)
            return
        self.members.set_source(self._reads.group_members(group_id))
        self.meetings.set_source(self._reads.meetings(self._partnership_id, group_id=group_id))

    def _members_changed(self) -> None:
        if self._shown and self._reads and self._partnership_id:
            for row in self._reads.groups(self._partnership_id)("", 0, 10_000):
                if row["id"] == self._shown:
                    self.model.replace_row(row)

    def _open_meeting(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_open_meeting.emit(str(index.data(IdRole)))

    def _new_meeting(self) -> None:
        if self._shown is not None:
            self.sig_new_meeting.emit(self._shown)

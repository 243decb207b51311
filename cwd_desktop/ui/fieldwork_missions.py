"""The "Misje" tab: field missions typed into a table, with places, programme and notes.

Title, dates and advisors are typed in the table (Enter adds a mission
dated today); the mission selected shows its places as a check list of the
partnership's JST, its programme and notes (saved as they change), and its
meetings, which open in the "Spotkania" tab.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QWidget

from cwd_desktop.services.app import Services
from cwd_desktop.services.teryt import Jst
from cwd_desktop.ui.fieldwork_autosave import AutoSaver
from cwd_desktop.ui.fieldwork_tables import DraftTableModel, compact_rows, jst_names, no_rows
from cwd_desktop.ui.forms.ui_fieldwork_missions import Ui_MissionsTab
from cwd_desktop.ui.record_table import Column, IdRole, Row, RowSource


class MissionsTab(QWidget):
    """Missions of one partnership and the selected mission's details."""

    sig_open_meeting = Signal(str)
    #: "New meeting in this mission": the mission's id.
    sig_new_meeting = Signal(str)
    #: Missions were added, renamed or removed.
    sig_changed = Signal()

    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._reads: Any = None
        self._partnership_id: str | None = None
        self._names: dict[str, str] = {}
        self._advisors = ""
        self.ui = Ui_MissionsTab()
        self.ui.setupUi(self)
        records = lambda: services.records  # noqa: E731
        self.model = DraftTableModel(
            records,
            "field_mission",
            [
                Column("title", self.tr("Misja")),
                Column("start_on", self.tr("Od"), "date"),
                Column("end_on", self.tr("Do"), "date"),
                Column("places_label", self.tr("Miejsca"), editable=False),
                Column("advisors", self.tr("Doradcy")),
            ],
            undo_stack,
            self,
            defaults=lambda: {
                "start_on": date.today(),
                "end_on": date.today(),
                "advisors": self._advisors,
            },
        )
        view = self.ui.missionsView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 170)
        header.setStretchLastSection(False)
        compact_rows(view)
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
        self.ui.meetingsView.setModel(self.meetings)
        compact_rows(self.ui.meetingsView)
        self.ui.meetingsView.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.meetingsView.horizontalHeader().setStretchLastSection(True)
        self.saver = AutoSaver(records, "field_mission", undo_stack, self)
        places = self.ui.placesList
        self.saver.bind(
            "places",
            self.tr("miejsca misji"),
            places,
            self._checked_places,
            self._check_places,
            places.itemChanged,
            immediate=True,
        )
        self.saver.bind_text("agenda", self.tr("program misji"), self.ui.agendaEdit)
        self.saver.bind_text("notes", self.tr("notatki z misji"), self.ui.notesEdit)
        self.saver.sig_saved.connect(self._refresh_row)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.splitter.setSizes([150, 500])
        view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.model.modelReset.connect(self._show_current)
        self.model.sig_changed.connect(self.sig_changed)
        self.ui.newButton.clicked.connect(view.open_draft)
        self.ui.meetingsView.doubleClicked.connect(self._open_meeting)
        self.ui.newMeetingButton.clicked.connect(self._new_meeting)
        self._show_current()

    # -- loading --------------------------------------------------------------------------

    def load(self, reads: Any, partnership_id: str, members: list[Jst], advisors: str) -> None:
        """Show the partnership's missions; its JST are the places to choose from."""
        self._reads, self._partnership_id = reads, partnership_id
        self._names = jst_names(members)
        self._advisors = ", ".join(a.strip() for a in advisors.splitlines() if a.strip())
        self.saver.load(None, {})
        places = self.ui.placesList
        places.blockSignals(True)
        places.clear()
        for code, name in self._names.items():
            item = QListWidgetItem(name, places)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        places.blockSignals(False)
        self.model.partnership_id = partnership_id
        self.model.configure(self._labelled(reads.missions(partnership_id)))
        self.model.reload()
        if self.model.rowCount():
            self.select_mission(str(self.model.index(0, 0).data(IdRole)))

    def _labelled(self, source: RowSource) -> RowSource:
        def labelled(query: str, offset: int, limit: int) -> list[Row]:
            return [self._label(r) for r in source(query, offset, limit)]

        return labelled

    def _label(self, row: Row) -> Row:
        codes = [c for c in str(row.get("places") or "").split(",") if c]
        row["places_label"] = ", ".join(self._names.get(c, c) for c in codes)
        return row

    def titles(self) -> list[tuple[str, str]]:
        """(id, "title (dates)") of every mission, for choosing a meeting's mission."""
        if self._reads is None or self._partnership_id is None:
            return []
        rows = self._reads.missions(self._partnership_id)("", 0, 10_000)
        return [
            (r["id"], f"{r['title']} ({r['start_on']:%d.%m.%Y})" if r["start_on"] else r["title"])
            for r in rows
        ]

    def select_mission(self, mission_id: str) -> bool:
        """Select one mission; False if it is not there."""
        row = self.model.row_of(mission_id)
        if row < 0:
            return False
        self.ui.missionsView.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.ui.missionsView.scrollTo(self.model.index(row, 0))
        self._show_current()
        return True

    def flush(self) -> None:
        """Save what is being typed."""
        self.saver.flush()

    # -- the mission selected -------------------------------------------------------------

    def current_id(self) -> str | None:
        """The selected mission (None for none or the unsaved draft line)."""
        index = self.ui.missionsView.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        mission_id = self.current_id()
        if mission_id is not None and mission_id == self.saver.row_id:
            return
        mission = self._reads.mission(mission_id) if mission_id and self._reads else None
        self.saver.load(mission_id if mission else None, mission or {})
        self.ui.detailWidget.setEnabled(mission is not None)
        if mission is None or self._partnership_id is None:
            self.meetings.set_source(no_rows)
        else:
            self.meetings.set_source(
                self._reads.meetings(self._partnership_id, mission_id=mission_id)
            )

    def _checked_places(self) -> str:
        places = self.ui.placesList
        return ",".join(
            str(places.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(places.count())
            if places.item(i).checkState() == Qt.CheckState.Checked
        )

    def _check_places(self, value: Any) -> None:
        codes = set(str(value or "").split(","))
        places = self.ui.placesList
        places.blockSignals(True)
        for i in range(places.count()):
            item = places.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        places.blockSignals(False)

    def _refresh_row(self, mission_id: str, _field: str) -> None:
        row = self._reads.mission(mission_id) if self._reads else None
        if row is not None:
            self.model.replace_row(self._label(row))

    def _open_meeting(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_open_meeting.emit(str(index.data(IdRole)))

    def _new_meeting(self) -> None:
        mission_id = self.current_id()
        if mission_id is not None:
            self.flush()
            self.sig_new_meeting.emit(mission_id)

    def hideEvent(self, event: Any) -> None:
        """Leaving the tab saves what is being typed."""
        self.flush()
        super().hideEvent(event)

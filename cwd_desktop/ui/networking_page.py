"""The "Sieciowanie" area: networking events of the whole team.

Left: the events (dates, kind, title, place, theme, how many partnerships
and people took part), newest first, filtered by words, kind, theme, year
and "only those the partnership shown took part in". Right: the selected
event (``networking_details``): its form, the partnerships and people that
took part, its materials.

Events are shared by the team, so the page works whatever partnership is
shown; the partnership only feeds the "tylko z udziałem" filter. Keys:
Ctrl+N adds an event and puts the cursor in its title, Delete in the list
removes the selected event (after a question; Ctrl+Z brings it back),
Ctrl+F goes to the search field. Every change is stored at once and goes on
``undo_stack``. Reads are plain SQL (``services.networking_reads``); the
write services load SQLAlchemy, so they are imported only when something is
written.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QHeaderView, QLineEdit, QWidget

from cwd_desktop.domain.scope import TEAM_SCOPE
from cwd_desktop.domain.vocab_followup import EventKind, NetworkTheme
from cwd_desktop.errors import UserError
from cwd_desktop.services import networking_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView
from cwd_desktop.ui import messages
from cwd_desktop.ui.forms.ui_networking_page import Ui_NetworkingPage
from cwd_desktop.ui.networking_details import LIST_FIELDS, EventDetails
from cwd_desktop.ui.record_table import Column, RecordTableModel, Row
from cwd_desktop.ui.undo_base import RowCreated
from cwd_desktop.ui.vocab_combo import fill_vocab_combo


class EventListModel(RecordTableModel):
    """The events list: read-only rows, one of which can be re-read in place after an edit."""

    def replace_row(self, row: Row) -> None:
        """Show fresh values of one event (no reset: the selection stays)."""
        index = self.row_of(row["id"])
        if index >= 0:
            self._rows[index] = row
            self.dataChanged.emit(self.index(index, 0), self.index(index, len(self.columns) - 1))


def _with_period(rows: list[Row], kinds: dict[str, str], themes: dict[str, str]) -> list[Row]:
    """What the list shows beside the stored fields: dates and town, kind and theme."""
    for row in rows:
        row["period"] = reads.format_period(row["starts_on"], row["ends_on"])
        town = str(row["place"] or "").split(",")[0].strip()
        row["when"] = f"{row['period']}\n{town}" if town else row["period"]
        kind = kinds.get(row["kind"], row["kind"])
        row["what"] = f"{kind}\n{themes.get(row['theme'], row['theme'])}"
        row["share"] = f"{row['partnerships']} / {row['participants']}"
    return rows


class EventRemoved(QUndoCommand):
    """Removes an event with its partnerships and people when pushed; undo brings them back."""

    def __init__(self, page: NetworkingPage, event_id: str, text: str) -> None:
        super().__init__(text)
        self._page, self._event_id = page, event_id
        self._removed: list[tuple[str, str]] = []

    def redo(self) -> None:
        from cwd_desktop.services import networking

        self._removed = networking.delete_event(self._page.services, self._event_id)
        self._page.reload()

    def undo(self) -> None:
        from cwd_desktop.services import networking

        networking.restore_rows(self._page.services, self._removed)
        self._page.reload(select_id=self._event_id)


class NetworkingPage(QWidget):
    """Networking events; the partnership shown feeds the "tylko z udziałem" filter."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ui = Ui_NetworkingPage()
        self.ui.setupUi(self)
        self.undo_stack = QUndoStack(self)
        self._view: PartnershipView | None = None
        self._stale = True
        self.event_id: str | None = None
        ui = self.ui
        self._kinds = reads.kind_labels(messages.translate)
        self._themes = reads.theme_labels(messages.translate)
        self.list_model = EventListModel(
            lambda: services.records,
            "network_event",
            [
                Column("when", self.tr("Termin"), editable=False),
                Column("title", self.tr("Wydarzenie"), editable=False),
                Column("what", self.tr("Rodzaj, temat"), editable=False),
                Column("share", self.tr("Partn. / os."), editable=False),
            ],
            lambda _text, _offset, _limit: [],
            self.undo_stack,
            self,
        )
        view = ui.eventsView
        view.setModel(self.list_model)
        view.verticalHeader().hide()
        view.setWordWrap(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in ((0, 102), (2, 150), (3, 74)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        view.installEventFilter(self)
        self.details = EventDetails(services, ui, self.undo_stack, self)
        fill_vocab_combo(ui.kindFilter, EventKind, self.tr("Wszystkie rodzaje"))
        fill_vocab_combo(ui.themeFilter, NetworkTheme, self.tr("Wszystkie tematy"))
        font = ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        ui.titleLabel.setFont(font)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([640, 460])
        self._connect()
        self._show_event(None)

    def _decorate(self, rows: list[Row]) -> list[Row]:
        return _with_period(rows, self._kinds, self._themes)

    def _connect(self) -> None:
        ui = self.ui
        ui.newButton.clicked.connect(self.new_event)
        ui.deleteButton.clicked.connect(self.delete_event)
        ui.filterEdit.textChanged.connect(self.list_model.set_filter)
        for combo in (ui.kindFilter, ui.themeFilter, ui.yearFilter):
            combo.activated.connect(lambda _i: self.reload())
        ui.mineCheck.toggled.connect(lambda _on: self.reload())
        ui.eventsView.selectionModel().currentRowChanged.connect(self._on_row)
        self.list_model.modelReset.connect(self._after_reset)
        self.details.sig_saved.connect(self._on_saved)
        self.details.sig_parts_changed.connect(self._refresh_row)
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence("Ctrl+N"), self.new_event),
            (QKeySequence.StandardKey.Find, self.focus_filter),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(scope)
            shortcut.activated.connect(slot)

    # -- the page contract ------------------------------------------------------------------

    def show_partnership(self, view: PartnershipView) -> None:
        """The partnership shown: the "tylko z udziałem" filter follows it."""
        self.details.flush()
        if self._view is not None and self._view.id != view.id:
            self.undo_stack.clear()
        self._view = view
        self.ui.mineCheck.setText(
            self.tr("Tylko z udziałem: {short}").format(short=view.data.short_name)
        )
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._load()

    def open_record(self, kind: str, row_id: str) -> None:
        """Show a search result: the event, with the partnership or person found."""
        if self._stale:
            self._load()
        store = self.services.store
        event_id: str | None = row_id
        if kind == "event_participant":
            event_id = reads.participant_event(store, row_id)
        elif kind == "event_partnership":
            event_id = reads.member_of(store, row_id)
        if event_id is None:
            return
        self.clear_filters()
        self.reload(select_id=event_id)
        if kind == "event_participant":
            self.ui.tabs.setCurrentWidget(self.ui.peopleTab)
            self.details.select_participant(row_id)
        elif kind == "event_partnership":
            self.ui.tabs.setCurrentWidget(self.ui.peopleTab)
            self.details.select_member(row_id)

    # -- loading -------------------------------------------------------------------------------

    def _load(self) -> None:
        self._stale = False
        self.details.set_partnerships(reads.local_partnerships(self.services.store))
        self._fill_years()
        self.reload()

    def _fill_years(self) -> None:
        combo = self.ui.yearFilter
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("Każdy rok"), 0)
        for year in reads.event_years(self.services.store):
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))

    def current_filter(self) -> reads.EventFilter:
        """The filters as chosen above the list."""
        ui = self.ui
        mine = ui.mineCheck.isChecked() and self._view is not None
        return reads.EventFilter(
            kind=ui.kindFilter.currentData() or None,
            theme=ui.themeFilter.currentData() or None,
            year=int(ui.yearFilter.currentData() or 0) or None,
            partnership_id=self._view.id if mine and self._view else None,
        )

    def clear_filters(self) -> None:
        """Show every event (a new or opened event must not be hidden by a filter)."""
        ui = self.ui
        for widget in (ui.kindFilter, ui.themeFilter, ui.yearFilter, ui.mineCheck):
            widget.blockSignals(True)
        ui.kindFilter.setCurrentIndex(0)
        ui.themeFilter.setCurrentIndex(0)
        ui.yearFilter.setCurrentIndex(0)
        ui.mineCheck.setChecked(False)
        for widget in (ui.kindFilter, ui.themeFilter, ui.yearFilter, ui.mineCheck):
            widget.blockSignals(False)
        ui.filterEdit.clear()  # the list's own filter text follows (textChanged)

    def reload(self, select_id: str | None = None) -> None:
        """Read the list again (with the filters), keeping or choosing the selected event."""
        if select_id is not None:
            self.event_id = select_id
        store, wanted = self.services.store, self.current_filter()
        source = reads.event_source(store, wanted)
        self.list_model.set_source(
            lambda text, offset, limit: self._decorate(source(text, offset, limit))
        )

    def _after_reset(self) -> None:
        self._show_summary()
        model = self.list_model
        keep = self.event_id
        if keep is not None and model.row_of(keep) >= 0:
            self.select_event(keep, refresh=True)
        elif model.rowCount() > 0:
            self.select_event(model.row(0)["id"])
        else:
            self._show_event(None)

    def select_event(self, event_id: str, *, refresh: bool = False) -> None:
        """Select ``event_id`` in the list and show it."""
        model = self.list_model
        row = model.row_of(event_id)
        if row < 0:
            return
        view = self.ui.eventsView
        view.selectionModel().blockSignals(True)
        view.setCurrentIndex(model.index(row, 1))
        view.selectionModel().blockSignals(False)
        view.scrollTo(model.index(row, 1))
        if refresh or event_id != self.event_id or self.details.record is None:
            self._show_event(event_id)

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_event(self.list_model.row(current.row())["id"])

    def _show_event(self, event_id: str | None) -> None:
        self.event_id = event_id
        self.details.show_event(event_id)
        ui = self.ui
        ui.stack.setCurrentWidget(ui.eventPage if event_id else ui.emptyPage)
        ui.deleteButton.setEnabled(event_id is not None)
        ui.mineCheck.setEnabled(self._view is not None)

    def _show_summary(self) -> None:
        wanted = self.current_filter()
        rows = reads.events(
            self.services.store,
            replace(wanted, text=self.ui.filterEdit.text()),
        )
        people = sum(int(r["participants"]) for r in rows)
        self.ui.summaryLabel.setText(
            self.tr("Wydarzenia: {n} · uczestnicy łącznie: {people}").format(
                n=len(rows), people=people
            )
        )

    def _on_saved(self, event_id: str, field: str) -> None:
        if field in LIST_FIELDS:
            self._refresh_row(event_id)
            if field == "starts_on":
                self._fill_years()

    def _refresh_row(self, event_id: str) -> None:
        row = reads.list_row(self.services.store, event_id)
        if row is not None:
            self.list_model.replace_row(self._decorate([row])[0])
        self._show_summary()

    # -- commands ------------------------------------------------------------------------------

    def focus_filter(self) -> None:
        """Ctrl+F: the search field above the list."""
        self.ui.filterEdit.setFocus()
        self.ui.filterEdit.selectAll()

    def new_event(self) -> None:
        """Add a seminar dated today and put the cursor in its title (Ctrl+Z takes it back)."""
        self.details.flush()
        try:
            event_id = self.services.records.create(
                "network_event",
                TEAM_SCOPE,
                {
                    "title": self.tr("Nowe wydarzenie sieciujące"),
                    "starts_on": date.today(),
                    "kind": EventKind.SEMINAR.value,
                    "theme": NetworkTheme.OTHER.value,
                },
            )
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        text = self.tr("nowe wydarzenie")
        self.undo_stack.push(
            RowCreated(lambda: self.services.records, "network_event", event_id, text, self.reload)
        )
        self.clear_filters()
        self._fill_years()
        self.reload(select_id=event_id)
        self.ui.tabs.setCurrentWidget(self.ui.detailsTab)
        edit: QLineEdit = self.ui.titleEdit
        edit.setFocus()
        edit.selectAll()

    def delete_event(self) -> None:
        """Remove the selected event with its partnerships and people, after a question."""
        event = self.details.record
        if event is None:
            return
        question = self.tr(
            "Usunąć wydarzenie „{title}” wraz z listą partnerstw i uczestników? Imiona, "
            "nazwiska i adresy e-mail uczestników zostaną wymazane i nie wrócą po cofnięciu "
            "(Ctrl+Z przywróci wydarzenie)."
        ).format(title=event["title"])
        if not messages.confirm(self, question):
            return
        try:
            self.undo_stack.push(EventRemoved(self, event["id"], self.tr("usunięcie wydarzenia")))
        except UserError as exc:
            messages.show_user_error(self, exc)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the events list removes the selected event."""
        if (
            watched is self.ui.eventsView
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.delete_event()
            return True
        return super().eventFilter(watched, event)

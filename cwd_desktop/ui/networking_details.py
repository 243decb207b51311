"""The right side of the "Sieciowanie" page: one event's form, who took part, its materials.

The event's fields are bound with ``AutoSaver`` (saved on leaving a field,
after a pause in typing, at once for a choice); the partnerships that took
part are a list fed from the partnerships held on this laptop; the people
are a keyboard-entry table (``DraftTableView``: a row exists once its name
is typed). Every change goes on the page's undo stack. A study visit also
shows its host (a partnership or a JST picked from the TERYT register) and
the practices seen. Materials are knowledge-base documents of the event,
listed here and opened in their usual program.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QObject, QStringListModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QCompleter, QLineEdit, QListWidgetItem, QWidget

from cwd_desktop.domain.scope import TEAM_SCOPE
from cwd_desktop.domain.vocab_followup import EventKind, NetworkTheme
from cwd_desktop.errors import UserError
from cwd_desktop.services import networking_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.ui import messages
from cwd_desktop.ui.fieldwork_autosave import AutoSaver
from cwd_desktop.ui.fieldwork_tables import DraftTableModel, compact_rows, no_rows
from cwd_desktop.ui.forms.ui_networking_page import Ui_NetworkingPage
from cwd_desktop.ui.record_table import Column
from cwd_desktop.ui.undo_base import RowCreated, RowRemoved
from cwd_desktop.ui.vocab_combo import fill_vocab_combo

#: Fields whose change shows in the events list or the heading.
LIST_FIELDS = frozenset({"kind", "title", "starts_on", "ends_on", "place", "theme", "organiser"})
_CODE_AT_END = re.compile(r"(\d{7}|\d{4})\s*$")


def size_text(size: int) -> str:
    """A file size as people read it."""
    return f"{size / 1024:.0f} KB" if size >= 1024 else f"{size} B"


def bind_line(saver: AutoSaver, field: str, title: str, edit: QLineEdit) -> None:
    """``AutoSaver.bind_line`` that shows a long text from its start, not its end."""

    def put(value: Any) -> None:
        edit.setText(value or "")
        edit.setCursorPosition(0)

    saver.bind(field, title, edit, edit.text, put, edit.textEdited)
    edit.editingFinished.connect(lambda: saver.save(field))


class EventDetails(QObject):
    """Shows and edits the event ``show_event`` was given."""

    #: (event id, field) after a field of the event was stored (typed, undone or redone).
    sig_saved = Signal(str, str)
    #: The partnerships or people of the shown event changed (counts in the list).
    sig_parts_changed = Signal(str)

    def __init__(
        self,
        services: Services,
        ui: Ui_NetworkingPage,
        undo_stack: QUndoStack,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._services, self.ui, self._undo, self._widget = services, ui, undo_stack, parent
        self.record: dict[str, Any] | None = None
        self._members: list[reads.Member] = []
        self._local: list[tuple[str, str, str]] = []
        self._material_count = 0
        records = lambda: services.records  # noqa: E731
        fill_vocab_combo(ui.kindCombo, EventKind)
        fill_vocab_combo(ui.themeCombo, NetworkTheme)
        self.saver = AutoSaver(records, "network_event", undo_stack, parent)
        self._jst_model = QStringListModel(self)
        self._completer = QCompleter(self._jst_model, ui.hostJstEdit)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(12)
        ui.hostJstEdit.setCompleter(self._completer)
        self._bind()
        self.participants = DraftTableModel(
            records,
            "event_participant",
            [
                Column("name", self.tr("Imię i nazwisko")),
                Column("institution", self.tr("Instytucja")),
                Column("role", self.tr("Funkcja")),
                Column(
                    "member_partnership_id",
                    self.tr("Partnerstwo"),
                    "choice",
                    choices=self._member_choices,
                ),
                Column("email", self.tr("E-mail")),
            ],
            undo_stack,
            parent,
            defaults=lambda: {"event_id": self.record["id"] if self.record else None},
        )
        view = ui.participantsView
        view.setModel(self.participants)
        compact_rows(view)
        for column, width in enumerate((140, 150, 100, 122)):
            view.setColumnWidth(column, width)
        ui.materialsList.setWordWrap(True)
        ui.materialsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.peopleLayout.setStretch(0, 0)
        ui.peopleLayout.setStretch(1, 1)
        self._connect()
        font = ui.headingLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        ui.headingLabel.setFont(font)

    # -- binding ------------------------------------------------------------------------

    def _bind(self) -> None:
        ui, saver = self.ui, self.saver
        saver.bind_combo("kind", self.tr("rodzaj wydarzenia"), ui.kindCombo)
        bind_line(saver, "title", self.tr("tytuł wydarzenia"), ui.titleEdit)
        saver.bind_date("starts_on", self.tr("data wydarzenia"), ui.startsEdit)
        saver.bind_date("ends_on", self.tr("data zakończenia"), ui.endsEdit)
        bind_line(saver, "place", self.tr("miejsce"), ui.placeEdit)
        saver.bind_combo("theme", self.tr("temat"), ui.themeCombo)
        bind_line(saver, "organiser", self.tr("organizator"), ui.organiserEdit)
        saver.bind_text("description", self.tr("opis"), ui.descriptionEdit)
        saver.bind_combo(
            "host_partnership_id", self.tr("partnerstwo-gospodarz"), ui.hostPartnershipCombo
        )
        # The JST is saved when a suggestion is picked or the field is left, never
        # half-typed: the binding's focus watch is on a label that never takes focus.
        saver.bind(
            "host_teryt",
            self.tr("JST-gospodarz"),
            ui.hostJstLabel,
            self._host_code,
            self._show_host_jst,
            self._completer.activated,
            immediate=True,
        )
        ui.hostJstEdit.editingFinished.connect(lambda: saver.save("host_teryt"))
        bind_line(saver, "host_name", self.tr("nazwa gospodarza"), ui.hostNameEdit)
        saver.bind_text("practices_seen", self.tr("poznane praktyki"), ui.practicesEdit)
        saver.bind_text("lessons", self.tr("wnioski"), ui.lessonsEdit)

    def _connect(self) -> None:
        ui = self.ui
        self.saver.sig_saved.connect(self._on_saved)
        ui.hostJstEdit.textEdited.connect(self._suggest_jst)
        ui.addMemberButton.clicked.connect(self.add_member)
        ui.removeMemberButton.clicked.connect(self.remove_member)
        ui.addParticipantButton.clicked.connect(self.add_participant)
        ui.removeParticipantButton.clicked.connect(self.remove_participant)
        ui.participantFilter.textChanged.connect(self._filter_participants)
        self.participants.sig_changed.connect(self._on_participants_changed)
        ui.openMaterialButton.clicked.connect(self.open_material)
        ui.materialsList.itemActivated.connect(lambda _item: self.open_material())

    # -- the host JST ---------------------------------------------------------------------

    def _host_code(self) -> str | None:
        """The TERYT code the host field names: picked from the list, typed, or a unique name."""
        text = self.ui.hostJstEdit.text().strip()
        if not text:
            return None
        found = _CODE_AT_END.search(text)
        if found is not None:
            return found.group(1)
        hits = self._services.teryt.search(text, limit=2)
        return hits[0].code if len(hits) == 1 else text

    def _show_host_jst(self, code: Any) -> None:
        jst = self._services.teryt.get(str(code)) if code else None
        self.ui.hostJstEdit.setText(f"{jst.describe()} · {jst.code}" if jst else str(code or ""))
        self.ui.hostJstEdit.setCursorPosition(0)

    def _suggest_jst(self, text: str) -> None:
        hits = self._services.teryt.search(text, limit=15) if len(text.strip()) >= 2 else []
        self._jst_model.setStringList([f"{j.describe()} · {j.code}" for j in hits])
        if hits:
            self._completer.complete()

    # -- the event shown -------------------------------------------------------------------

    def set_partnerships(self, local: list[tuple[str, str, str]]) -> None:
        """The partnerships held here: (id, short name, name), for the host and member lists."""
        self._local = local
        self._fill_host_choices()
        self._fill_member_combo()

    def _fill_host_choices(self) -> None:
        combo = self.ui.hostPartnershipCombo
        combo.clear()
        combo.addItem(self.tr("— nie wskazano —"), "")
        for pid, short, name in self._local:
            combo.addItem(f"{short} — {name}", pid)
        host = self.record["host_partnership_id"] if self.record else None
        if host and combo.findData(host) < 0:
            # A colleague's partnership this laptop does not hold: shown by its stored name.
            combo.addItem((self.record or {}).get("host_name") or host, host)
        combo.setCurrentIndex(max(combo.findData(host or ""), 0))

    def flush(self) -> None:
        """Save whatever is still being typed."""
        self.saver.flush()

    def show_event(self, event_id: str | None) -> None:
        """Show one event (None: none)."""
        self.saver.flush()
        store = self._services.store
        self.record = reads.get_event(store, event_id) if event_id else None
        self._fill_host_choices()
        self.saver.load(event_id if self.record else None, self.record or {})
        self.participants.partnership_id = TEAM_SCOPE if self.record else None
        self.refresh_parts()
        self._show_heading()
        self._show_host()

    def refresh_parts(self) -> None:
        """Read the event's partnerships, people and materials again."""
        event = self.record
        store = self._services.store
        self._members = reads.members(store, event["id"]) if event else []
        self._fill_members()
        self._fill_member_combo()
        source = reads.participant_source(store, event["id"]) if event else no_rows
        self.participants.configure(source, self.ui.participantFilter.text())
        self.participants.reload()
        self._fill_materials()
        self._show_counts()

    def _on_saved(self, row_id: str, field: str) -> None:
        event = self.record
        if event is not None and row_id == event["id"]:
            stored = reads.get_event(self._services.store, row_id)
            if stored is not None:
                event.update(stored)
                if field in ("host_partnership_id", "host_teryt"):
                    self.saver.refresh_field("host_name", stored["host_name"])
                if field == "host_teryt":  # a typed code or name shows as the JST it means
                    self.saver.refresh_field("host_teryt", stored["host_teryt"])
            if field in LIST_FIELDS:
                self._show_heading()
            if field in ("kind", "host_partnership_id", "host_teryt"):
                self._show_host()
        self.sig_saved.emit(row_id, field)

    def _show_heading(self) -> None:
        event, ui = self.record, self.ui
        if event is None:
            ui.headingLabel.clear()
            return
        kind = reads.kind_labels(messages.translate).get(event["kind"], event["kind"])
        parts = [kind, reads.format_period(event["starts_on"], event["ends_on"])]
        if event["place"]:
            parts.append(event["place"])
        ui.headingLabel.setText(
            f"<b>{html.escape(event['title'])}</b><br>"
            f"<span style='color:#555'>{html.escape(' · '.join(parts))}</span>"
        )

    def _show_host(self) -> None:
        """The host fields belong to a study visit; a visit without a host says so."""
        event, ui = self.record, self.ui
        visit = bool(event and event["kind"] == EventKind.STUDY_VISIT.value)
        ui.hostGroup.setVisible(visit)
        missing = visit and not (event and (event["host_partnership_id"] or event["host_teryt"]))
        ui.hostHint.setText(
            self.tr("Wskaż gospodarza wizyty: partnerstwo z listy albo JST z rejestru TERYT.")
        )
        ui.hostHint.setVisible(missing)

    def _show_counts(self) -> None:
        ui = self.ui
        people = sum(
            1 for r in range(self.participants.rowCount()) if not self.participants.is_draft(r)
        )
        ui.tabs.setTabText(
            ui.tabs.indexOf(ui.peopleTab),
            self.tr("Uczestnicy ({partnerships} / {people})").format(
                partnerships=len(self._members), people=people
            )
            if self.record
            else self.tr("Uczestnicy"),
        )
        count = self._material_count
        ui.tabs.setTabText(
            ui.tabs.indexOf(ui.materialsTab),
            self.tr("Materiały ({n})").format(n=count) if count else self.tr("Materiały"),
        )

    # -- partnerships that took part ------------------------------------------------------

    def _member_choices(self) -> list[tuple[Any, str]]:
        return [(None, "—")] + [(m.partnership_id, m.short_name or m.name) for m in self._members]

    def _fill_members(self) -> None:
        widget = self.ui.membersList
        widget.clear()
        for member in self._members:
            text = member.display
            if not member.local:
                text += " " + self.tr("(partnerstwo spoza tego komputera)")
            item = QListWidgetItem(text, widget)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
        self.ui.removeMemberButton.setEnabled(widget.count() > 0)

    def _fill_member_combo(self) -> None:
        combo = self.ui.memberCombo
        combo.clear()
        taken = {m.partnership_id for m in self._members}
        for pid, short, name in self._local:
            if pid not in taken:
                combo.addItem(f"{short} — {name}", pid)
        has = self.record is not None and combo.count() > 0
        combo.setEnabled(has)
        self.ui.addMemberButton.setEnabled(has)

    def add_member(self, partnership_id: str | None = None) -> None:
        """Add the partnership chosen in the combo (or ``partnership_id``) to the event."""
        event = self.record
        pid = partnership_id or self.ui.memberCombo.currentData()
        if event is None or not pid:
            return
        from cwd_desktop.services import networking

        try:
            row_id = networking.add_member(self._services, event["id"], str(pid))
        except UserError as exc:
            messages.show_user_error(self._widget, exc)
            return
        self._pushed(RowCreated, "event_partnership", row_id, self.tr("dodanie partnerstwa"))

    def remove_member(self) -> None:
        """Take the selected partnership off the event's list (undoable)."""
        item = self.ui.membersList.currentItem() or self.ui.membersList.item(0)
        if item is not None:
            link = str(item.data(Qt.ItemDataRole.UserRole))
            self._pushed(RowRemoved, "event_partnership", link, self.tr("usunięcie partnerstwa"))

    def _pushed(self, command: Any, table: str, row_id: str, text: str) -> None:
        try:
            self._undo.push(
                command(lambda: self._services.records, table, row_id, text, self._parts_changed)
            )
        except UserError as exc:
            messages.show_user_error(self._widget, exc)
            return
        self._parts_changed()

    def _parts_changed(self) -> None:
        self.refresh_parts()
        if self.record is not None:
            self.sig_parts_changed.emit(self.record["id"])

    # -- people ------------------------------------------------------------------------------

    def add_participant(self) -> None:
        """Open the draft line of the people table, ready to type a name."""
        if self.record is None:
            return
        self.ui.tabs.setCurrentWidget(self.ui.peopleTab)
        if self.ui.participantFilter.text():
            self.ui.participantFilter.clear()
        self.ui.participantsView.setFocus()
        self.ui.participantsView.open_draft()

    def remove_participant(self) -> None:
        """Remove the selected person (undoable; the name and e-mail are erased)."""
        current = self.ui.participantsView.currentIndex()
        if current.isValid():
            self.participants.remove_row(current.row())

    def _filter_participants(self, text: str) -> None:
        self.participants.configure(filter_text=text)
        self.participants.reload()

    def _on_participants_changed(self) -> None:
        self._show_counts()
        if self.record is not None:
            self.sig_parts_changed.emit(self.record["id"])

    def select_participant(self, participant_id: str) -> None:
        """Put the cursor on one person of the table."""
        row = self.participants.row_of(participant_id)
        if row >= 0:
            index = self.participants.index(row, 0)
            self.ui.participantsView.setCurrentIndex(index)
            self.ui.participantsView.scrollTo(index)

    def select_member(self, link_id: str) -> None:
        """Put the cursor on one partnership of the list."""
        widget = self.ui.membersList
        for i in range(widget.count()):
            if widget.item(i).data(Qt.ItemDataRole.UserRole) == link_id:
                widget.setCurrentRow(i)

    # -- materials -------------------------------------------------------------------------

    def _fill_materials(self) -> None:
        widget = self.ui.materialsList
        widget.clear()
        found = reads.materials(self._services.store, self.record["id"]) if self.record else []
        for material in found:
            text = f"{material.title}\n{material.filename} · {size_text(material.size)}"
            item = QListWidgetItem(text, widget)
            item.setData(Qt.ItemDataRole.UserRole, material)
        if not found and self.record is not None:
            item = QListWidgetItem(self.tr("Brak materiałów z tego wydarzenia."), widget)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self._material_count = len(found)
        self.ui.openMaterialButton.setEnabled(bool(found))

    def _material(self) -> reads.Material | None:
        item = self.ui.materialsList.currentItem() or self.ui.materialsList.item(0)
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, reads.Material) else None

    def material_file(self) -> str | None:
        """The selected material as a file on disk (a UserError is shown), or None."""
        material = self._material()
        if material is None:
            return None
        try:
            return str(reads.material_path(self._services.store, material))
        except UserError as exc:
            messages.show_user_error(self._widget, exc)
            return None

    def open_material(self) -> None:
        """Open the selected material in the program the system uses for its type."""
        path = self.material_file()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

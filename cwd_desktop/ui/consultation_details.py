"""The "Szczegóły wydarzenia" tab of the consultation log: fields, participants, files.

The event's fields are written through the page's events model (the
``set_field`` callback), so a detail edit is stored, shown in the events
table and undoable exactly like a cell edit. Participants and attachments
are rows of their own, created and tombstoned with undoable commands.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from cwd_desktop.domain.vocab import ConsultationForm
from cwd_desktop.errors import UserError
from cwd_desktop.services import consultation_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView
from cwd_desktop.ui import messages
from cwd_desktop.ui.forms.ui_consultations_page import Ui_ConsultationsPage
from cwd_desktop.ui.undo_base import RowCreated, RowRemoved
from cwd_desktop.ui.vocab_combo import fill_vocab_combo, set_combo_code

NO_DATE = QDate(2000, 1, 1)  # the minimum of the optional date fields, shown as "—"
SetField = Callable[[str, Any], None]


def date_of(value: QDate) -> date | None:
    """The date an optional date field holds (None for "—")."""
    return None if value <= NO_DATE else value.toPython()


def size_text(size: int) -> str:
    """A file size as people read it."""
    return f"{size / 1024:.0f} KB" if size >= 1024 else f"{size} B"


class EventDetails(QObject):
    """Fills the details tab from the selected event and saves what is changed there."""

    def __init__(
        self,
        services: Services,
        ui: Ui_ConsultationsPage,
        undo_stack: QUndoStack,
        set_field: SetField,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._services, self.ui, self._undo = services, ui, undo_stack
        self._set_field, self._widget = set_field, parent
        self._view: PartnershipView | None = None
        self._event_id: str | None = None
        self._labels: dict[str, reads.Label] = {}
        self._filling = False
        self._setup()
        self._connect()

    def _setup(self) -> None:
        ui = self.ui
        fill_vocab_combo(ui.formCombo, ConsultationForm)
        for edit in (ui.announcedEdit, ui.untilEdit):
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText("—")
        ui.stakeholderCombo.lineEdit().setPlaceholderText(self.tr("Wybierz z rejestru…"))
        completer = ui.stakeholderCombo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(completer.CompletionMode.PopupCompletion)
        for widget in (ui.stakeholdersList, ui.attachmentsList):
            widget.setWordWrap(True)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.detailsLayout.setStretch(0, 3)
        ui.detailsLayout.setStretch(1, 2)

    def _connect(self) -> None:
        ui = self.ui
        ui.placeEdit.editingFinished.connect(lambda: self._save("place", ui.placeEdit.text()))
        ui.jstCombo.activated.connect(
            lambda _i: self._save("teryt", ui.jstCombo.currentData() or None)
        )
        ui.formCombo.activated.connect(lambda _i: self._save("form", ui.formCombo.currentData()))
        ui.announcedEdit.editingFinished.connect(
            lambda: self._save("announced_on", date_of(ui.announcedEdit.date()))
        )
        ui.untilEdit.editingFinished.connect(
            lambda: self._save("comments_until", date_of(ui.untilEdit.date()))
        )
        ui.participantsSpin.editingFinished.connect(
            lambda: self._save("participants", ui.participantsSpin.value())
        )
        ui.notesEdit.installEventFilter(self)
        ui.linkButton.clicked.connect(self.link_stakeholder)
        ui.unlinkButton.clicked.connect(self.unlink_stakeholder)
        ui.addFileButton.clicked.connect(lambda: self.add_file())
        ui.openFileButton.clicked.connect(self.open_file)
        ui.removeFileButton.clicked.connect(self.remove_file)
        ui.attachmentsList.itemActivated.connect(lambda _item: self.open_file())

    def _save(self, field: str, value: Any) -> None:
        if not self._filling and self._event_id is not None:
            self._set_field(field, value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Notes are saved when the cursor leaves them, like every other field."""
        if watched is self.ui.notesEdit and event.type() == QEvent.Type.FocusOut:
            self._save("notes", self.ui.notesEdit.toPlainText())
        return super().eventFilter(watched, event)

    # -- filling -----------------------------------------------------------------------

    def set_partnership(self, view: PartnershipView) -> None:
        """The lists that depend on the partnership: its JST and its stakeholder register."""
        self._view = view
        store = self._services.store
        self._labels = reads.category_labels(store, view.id)
        combo = self.ui.jstCombo
        combo.clear()
        combo.addItem("—", "")
        for jst in view.members:
            combo.addItem(jst.describe(), jst.code)
        register = self.ui.stakeholderCombo
        register.clear()
        for ref in reads.register_stakeholders(store, view.id):
            register.addItem(f"{ref.name} ({ref.place})" if ref.place else ref.name, ref.id)
        register.setCurrentIndex(-1)
        register.setEnabled(register.count() > 0)
        self.ui.linkButton.setEnabled(register.count() > 0)

    def show_event(self, event: dict[str, Any] | None) -> None:
        """Show an event's row (as the events table holds it), or nothing."""
        ui = self.ui
        self._event_id = event["id"] if event else None
        self._filling = True
        try:
            if event is None:
                ui.placeEdit.clear()
                ui.notesEdit.clear()
            else:
                ui.placeEdit.setText(event["place"])
                set_combo_code(ui.jstCombo, event["teryt"])
                set_combo_code(ui.formCombo, event["form"])
                for edit, value in (
                    (ui.announcedEdit, event["announced_on"]),
                    (ui.untilEdit, event["comments_until"]),
                ):
                    edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
                ui.participantsSpin.setValue(int(event["participants"] or 0))
                if ui.notesEdit.toPlainText() != event["notes"]:
                    ui.notesEdit.setPlainText(event["notes"])
        finally:
            self._filling = False
        self.refresh_lists()

    def refresh_lists(self) -> None:
        """Read the event's participants and attachments again."""
        self._fill_stakeholders()
        self._fill_attachments()

    # -- participants ----------------------------------------------------------------

    def _fill_stakeholders(self) -> None:
        widget = self.ui.stakeholdersList
        widget.clear()
        if self._event_id is None:
            return
        for link in reads.linked_stakeholders(self._services.store, self._event_id):
            ref = link.stakeholder
            category = self._labels.get(ref.category)
            text = f"{ref.name} — {category.render(messages.translate)}" if category else ref.name
            item = QListWidgetItem(text, widget)
            item.setData(Qt.ItemDataRole.UserRole, link.id)
        self.ui.unlinkButton.setEnabled(widget.count() > 0)

    def link_stakeholder(self) -> None:
        """Add the stakeholder chosen in the register combo to the event's participants."""
        combo = self.ui.stakeholderCombo
        index = combo.findText(combo.currentText())
        stakeholder_id = combo.itemData(index) if index >= 0 else None
        if self._event_id is None or self._view is None or not stakeholder_id:
            return
        values = {"consultation_id": self._event_id, "stakeholder_id": stakeholder_id}
        self._create("consultation_stakeholder", values, self.tr("dodanie uczestnika"))
        combo.setCurrentIndex(-1)

    def unlink_stakeholder(self) -> None:
        """Remove the selected participant (undoable)."""
        item = self.ui.stakeholdersList.currentItem()
        if item is not None:
            self._remove(
                "consultation_stakeholder",
                item.data(Qt.ItemDataRole.UserRole),
                self.tr("usunięcie uczestnika"),
            )

    # -- attachments -------------------------------------------------------------------

    def _fill_attachments(self) -> None:
        widget = self.ui.attachmentsList
        widget.clear()
        if self._event_id is not None:
            for info in reads.attachments(self._services.store, "consultation", self._event_id):
                item = QListWidgetItem(f"{info.filename}  ({size_text(info.size)})", widget)
                item.setData(Qt.ItemDataRole.UserRole, info.id)
        has = widget.count() > 0
        self.ui.openFileButton.setEnabled(has)
        self.ui.removeFileButton.setEnabled(has)

    def select_attachment(self, attachment_id: str) -> None:
        """Put the cursor on one attachment of the list."""
        widget = self.ui.attachmentsList
        for i in range(widget.count()):
            if widget.item(i).data(Qt.ItemDataRole.UserRole) == attachment_id:
                widget.setCurrentRow(i)

    def add_file(self, path: str | None = None) -> None:
        """Attach a file to the event; its bytes are copied into the blob store."""
        if self._event_id is None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(self._widget, self.tr("Dodaj załącznik"))
        if not path:
            return
        from cwd_desktop.services import consultations

        try:
            row_id = consultations.add_attachment(
                self._services, "consultation", self._event_id, Path(path)
            )
        except UserError as exc:
            messages.show_user_error(self._widget, exc)
            return
        self._pushed_created("attachment", row_id, self.tr("dodanie załącznika"))

    def open_file(self) -> None:
        """Open the selected attachment in the program the system uses for its type."""
        item = self.ui.attachmentsList.currentItem()
        if item is None:
            return
        from cwd_desktop.services import consultations

        try:
            path = consultations.attachment_path(
                self._services.store, item.data(Qt.ItemDataRole.UserRole)
            )
        except UserError as exc:
            messages.show_user_error(self._widget, exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_file(self) -> None:
        """Remove the selected attachment from the event (undoable; the bytes stay)."""
        item = self.ui.attachmentsList.currentItem()
        if item is not None:
            self._remove(
                "attachment", item.data(Qt.ItemDataRole.UserRole), self.tr("usunięcie załącznika")
            )

    # -- undoable rows -------------------------------------------------------------------

    def _create(self, table: str, values: dict[str, Any], text: str) -> None:
        assert self._view is not None
        try:
            row_id = self._services.records.create(table, self._view.id, values)
        except UserError as exc:
            messages.show_user_error(self._widget, exc)
            return
        self._pushed_created(table, row_id, text)

    def _pushed_created(self, table: str, row_id: str, text: str) -> None:
        self._undo.push(
            RowCreated(lambda: self._services.records, table, row_id, text, self.refresh_lists)
        )
        self.refresh_lists()

    def _remove(self, table: str, row_id: str, text: str) -> None:
        try:
            self._undo.push(
                RowRemoved(lambda: self._services.records, table, row_id, text, self.refresh_lists)
            )
        except UserError as exc:
            messages.show_user_error(self._widget, exc)

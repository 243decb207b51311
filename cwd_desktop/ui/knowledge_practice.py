"""One good practice of the knowledge base: its fields, the projects it inspired, its files.

Fields save themselves as they are typed (``AutoSaver``); a TERYT code
typed for a practice without an owner name fills the name from the register.
Links to projects (of any partnership) and the files attached are listed
below; linking and unlinking are undoable like every other change. Attaching
a file is the page's job (it runs the text extraction in the background), so
this widget only asks for it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QLineEdit, QListWidgetItem, QWidget

from cwd_desktop.domain.vocab import PolicyObjective
from cwd_desktop.domain.vocab_followup import NetworkTheme
from cwd_desktop.errors import UserError
from cwd_desktop.services import knowledge_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.ui import messages
from cwd_desktop.ui.fieldwork_autosave import AutoSaver
from cwd_desktop.ui.forms.ui_knowledge_practice import Ui_KnowledgePractice
from cwd_desktop.ui.undo_base import RowCreated, RowRemoved
from cwd_desktop.ui.vocab_combo import fill_vocab_combo

IdRole = Qt.ItemDataRole.UserRole


def bind_line(saver: AutoSaver, field: str, title: str, edit: QLineEdit) -> None:
    """``AutoSaver.bind_line`` that shows a long text from its start, not its end."""

    def put(value: Any) -> None:
        edit.setText(value or "")
        edit.setCursorPosition(0)

    saver.bind(field, title, edit, edit.text, put, edit.textEdited)
    edit.editingFinished.connect(lambda: saver.save(field))


def project_text(row: dict[str, Any]) -> str:
    """``PGZB · 6. Bus na telefon — …``: which partnership's project, by number."""
    return f"{row['partnership_name']} · {row['number']}. {row['title']}"


class KnowledgePractice(QWidget):
    """Edits the practice ``show_practice`` was given."""

    #: (practice id, field) after a field was stored (typed, undone or redone).
    sig_saved = Signal(str, str)
    #: Links or documents of the practice changed (the list's counts are stale).
    sig_parts_changed = Signal()
    #: The user asked to attach a file to this practice (practice id).
    sig_attach_requested = Signal(str)
    #: The user asked to see a document's details (document id).
    sig_document_requested = Signal(str)

    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.undo_stack = undo_stack
        self.ui = Ui_KnowledgePractice()
        self.ui.setupUi(self)
        self.practice_id: str | None = None
        #: The partnership shown in the main window: its projects come first when linking.
        self.partnership_id: str | None = None
        ui = self.ui
        fill_vocab_combo(ui.themeCombo, NetworkTheme)
        fill_vocab_combo(ui.policyCombo, PolicyObjective, self.tr("— brak —"))
        self.saver = AutoSaver(lambda: services.records, "good_practice", undo_stack, self)
        saver = self.saver
        bind_line(saver, "title", self.tr("tytuł praktyki"), ui.titleEdit)
        bind_line(saver, "owner_name", self.tr("JST / partnerstwo"), ui.ownerEdit)
        saver.bind_line("owner_teryt", self.tr("TERYT"), ui.terytEdit)
        saver.bind_combo("owner_partnership_id", self.tr("partnerstwo"), ui.partnershipCombo)
        saver.bind_combo("theme", self.tr("temat"), ui.themeCombo)
        saver.bind_combo("policy_objective", self.tr("cel polityki"), ui.policyCombo)
        saver.bind_text("description", self.tr("opis"), ui.descriptionEdit)
        saver.bind_text("results", self.tr("rezultaty"), ui.resultsEdit)
        bind_line(saver, "contact", self.tr("kontakt"), ui.contactEdit)
        bind_line(saver, "source", self.tr("źródło"), ui.sourceEdit)
        saver.sig_saved.connect(self._on_saved)
        ui.linkButton.clicked.connect(lambda: self.link_project())
        ui.unlinkButton.clicked.connect(self.unlink_selected)
        ui.attachButton.clicked.connect(self._ask_attach)
        ui.openDocumentButton.clicked.connect(self.open_selected_document)
        ui.showDocumentButton.clicked.connect(self._show_selected_document)
        ui.documentsList.itemDoubleClicked.connect(lambda _item: self._show_selected_document())
        for widget in (ui.projectsList, ui.documentsList):
            widget.setWordWrap(True)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.projectsList.currentRowChanged.connect(lambda _row: self._update_buttons())
        ui.documentsList.currentRowChanged.connect(lambda _row: self._update_buttons())

    # -- the practice shown --------------------------------------------------------------------

    def flush(self) -> None:
        """Store what is typed but not yet saved."""
        self.saver.flush()

    def show_practice(self, practice_id: str | None) -> None:
        """Show a practice (None: nothing), saving what was typed for the previous one."""
        self.saver.flush()
        row = reads.get_practice(self._services.store, practice_id) if practice_id else None
        self.practice_id = row["id"] if row else None
        self._fill_partnerships()
        self.saver.load(self.practice_id, row or {})
        self.refresh_parts()

    def refresh_parts(self) -> None:
        """Read the links and documents of the practice again."""
        self._fill_projects()
        self._fill_documents()
        self._update_buttons()

    def _fill_partnerships(self) -> None:
        combo = self.ui.partnershipCombo
        combo.clear()
        combo.addItem(self.tr("— żadne —"), "")
        for view in self._services.partnerships.list():
            combo.addItem(view.data.short_name, view.id)

    def _fill_projects(self) -> None:
        ui = self.ui
        ui.projectsList.clear()
        ui.projectCombo.clear()
        if self.practice_id is None:
            return
        store = self._services.store
        linked = set()
        for link in reads.practice_projects(store, self.practice_id):
            item = QListWidgetItem(project_text(link))
            item.setData(IdRole, link["id"])
            item.setToolTip(link["note"] or "")
            ui.projectsList.addItem(item)
            linked.add(link["project_id"])
        if not linked:
            item = QListWidgetItem(self.tr("Brak powiązanych projektów."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            ui.projectsList.addItem(item)
        choices = reads.project_choices(store)
        choices.sort(key=lambda row: row["partnership_id"] != self.partnership_id)
        for row in choices:
            if row["id"] not in linked:
                ui.projectCombo.addItem(project_text(row), row["id"])

    def _fill_documents(self) -> None:
        ui = self.ui
        ui.documentsList.clear()
        if self.practice_id is None:
            return
        rows = reads.documents(self._services.store, practice_id=self.practice_id)
        for row in rows:
            item = QListWidgetItem(f"{row['title']} ({row['filename']})")
            item.setData(IdRole, row["id"])
            item.setToolTip(str(row["filename"]))
            ui.documentsList.addItem(item)
        if not rows:
            item = QListWidgetItem(self.tr("Brak dołączonych plików."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            ui.documentsList.addItem(item)

    def _update_buttons(self) -> None:
        ui = self.ui
        shown = self.practice_id is not None
        link = ui.projectsList.currentItem()
        document = ui.documentsList.currentItem()
        ui.linkButton.setEnabled(shown and ui.projectCombo.count() > 0)
        ui.unlinkButton.setEnabled(shown and link is not None and bool(link.data(IdRole)))
        ui.attachButton.setEnabled(shown)
        has_document = document is not None and bool(document.data(IdRole))
        ui.openDocumentButton.setEnabled(has_document)
        ui.showDocumentButton.setEnabled(has_document)

    def _on_saved(self, row_id: str, field: str) -> None:
        if field == "owner_teryt" and row_id == self.practice_id:
            row = reads.get_practice(self._services.store, row_id)
            if row is not None:  # a code typed without a name: the register's name was used
                self.saver.refresh_field("owner_name", row["owner_name"])
        self.sig_saved.emit(row_id, field)

    # -- links to projects ---------------------------------------------------------------------

    def link_project(self, project_id: str | None = None) -> str | None:
        """Link the practice to ``project_id`` (default: the project chosen); undoable."""
        project_id = project_id or self.ui.projectCombo.currentData()
        if self.practice_id is None or not project_id:
            return None
        from cwd_desktop.services.knowledge import link_project

        try:
            link_id = link_project(self._services, self.practice_id, str(project_id))
        except UserError as exc:
            messages.show_user_error(self, exc)
            return None
        self.undo_stack.push(
            RowCreated(
                lambda: self._services.records,
                "practice_project",
                link_id,
                self.tr("powiązanie praktyki z projektem"),
                self._after_parts_changed,
            )
        )
        self._after_parts_changed()
        return link_id

    def unlink_selected(self) -> None:
        """Remove the selected link (undoable; the project itself stays)."""
        item = self.ui.projectsList.currentItem()
        if item is None or not item.data(IdRole):
            return
        try:
            self.undo_stack.push(
                RowRemoved(
                    lambda: self._services.records,
                    "practice_project",
                    str(item.data(IdRole)),
                    self.tr("usunięcie powiązania z projektem"),
                    self._after_parts_changed,
                )
            )
        except UserError as exc:
            messages.show_user_error(self, exc)

    def _after_parts_changed(self) -> None:
        self.refresh_parts()
        self.sig_parts_changed.emit()

    # -- documents -----------------------------------------------------------------------------

    def _ask_attach(self) -> None:
        if self.practice_id is not None:
            self.sig_attach_requested.emit(self.practice_id)

    def _selected_document(self) -> str | None:
        item = self.ui.documentsList.currentItem()
        return str(item.data(IdRole)) if item is not None and item.data(IdRole) else None

    def _show_selected_document(self) -> None:
        document_id = self._selected_document()
        if document_id is not None:
            self.sig_document_requested.emit(document_id)

    def open_selected_document(self) -> None:
        """Open the selected file in the program the system uses for its type."""
        document_id = self._selected_document()
        if document_id is not None:
            open_document(self, self._services, document_id)


def open_document(parent: QWidget, services: Services, document_id: str) -> None:
    """Open a read-only copy of a document's file (a message if it is not on this computer)."""
    try:
        path = reads.document_file(services.store, document_id)
    except UserError as exc:
        messages.show_user_error(parent, exc)
        return
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        messages.error(
            parent,
            QCoreApplication.translate(
                "KnowledgePractice", "Nie udało się otworzyć pliku {path}."
            ).format(path=path),
        )

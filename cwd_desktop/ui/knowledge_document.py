"""One document of the knowledge base: its title, kind, theme, practice, and the text read from it.

The fields save themselves as they are typed (``AutoSaver``). When the page
is searching, the passage of the file's text where the words were found is
shown above the text, with the word marked, so the user sees why the
document matched. The text shown is what search looks through: a scanned
PDF without text shows none, which tells the user why it is never found.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from cwd_desktop.domain.vocab_followup import KnowledgeKind, NetworkTheme
from cwd_desktop.services import knowledge_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.ui.fieldwork_autosave import AutoSaver
from cwd_desktop.ui.forms.ui_knowledge_document import Ui_KnowledgeDocumentPanel
from cwd_desktop.ui.knowledge_practice import bind_line, open_document
from cwd_desktop.ui.vocab_combo import fill_vocab_combo

#: Characters of the extracted text shown (the whole text is searched either way).
SHOWN_TEXT = 200_000


def size_text(size: int) -> str:
    """``35 KB``, ``1,2 MB``."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")


class KnowledgeDocumentPanel(QWidget):
    """Edits the document ``show_document`` was given."""

    #: (document id, field) after a field was stored.
    sig_saved = Signal(str, str)

    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.ui = Ui_KnowledgeDocumentPanel()
        self.ui.setupUi(self)
        self.document_id: str | None = None
        ui = self.ui
        fill_vocab_combo(ui.kindCombo, KnowledgeKind)
        fill_vocab_combo(ui.themeCombo, NetworkTheme)
        self.saver = AutoSaver(lambda: services.records, "knowledge_document", undo_stack, self)
        bind_line(self.saver, "title", self.tr("tytuł dokumentu"), ui.titleEdit)
        self.saver.bind_combo("kind", self.tr("rodzaj"), ui.kindCombo)
        self.saver.bind_combo("theme", self.tr("temat"), ui.themeCombo)
        self.saver.bind_combo("practice_id", self.tr("praktyka"), ui.practiceCombo)
        self.saver.bind_text("description", self.tr("opis"), ui.descriptionEdit)
        self.saver.sig_saved.connect(self.sig_saved)
        ui.openButton.clicked.connect(self.open_file)
        ui.snippetLabel.hide()

    def flush(self) -> None:
        """Store what is typed but not yet saved."""
        self.saver.flush()

    def show_document(self, document_id: str | None, query: str = "") -> None:
        """Show a document; with ``query``, the passage of its text where the words occur."""
        self.saver.flush()
        store = self._services.store
        row = reads.get_document(store, document_id) if document_id else None
        self.document_id = row["id"] if row else None
        ui = self.ui
        ui.practiceCombo.clear()
        ui.practiceCombo.addItem(self.tr("— bez praktyki —"), "")
        for practice in reads.practices(store):
            ui.practiceCombo.addItem(practice["title"], practice["id"])
        self.saver.load(self.document_id, row or {})
        event = str(row["event_title"] or "") if row else ""
        ui.eventLabel.setText(event)
        ui.eventLabel.setToolTip(event)
        ui.eventLabel.setVisible(bool(event))
        ui.eventCaption.setVisible(bool(event))
        if row is None:
            ui.fileLabel.clear()
            ui.textView.clear()
            ui.snippetLabel.hide()
            ui.openButton.setEnabled(False)
            return
        facts = [str(row["filename"]), size_text(int(row["size"] or 0))]
        if row["added_on"]:
            facts.append(row["added_on"].strftime("%d.%m.%Y"))
        ui.fileLabel.setText(" · ".join(facts))
        ui.fileLabel.setToolTip(" · ".join(facts))
        ui.openButton.setEnabled(True)
        text = reads.document_text(store, row["id"])
        ui.textCaption.setText(
            self.tr("Tekst odczytany z pliku (przeszukiwany; znaków: {n}):").format(n=len(text))
            if text
            else self.tr("Z pliku nie odczytano tekstu (np. skan bez warstwy tekstowej).")
        )
        ui.textView.setPlainText(text[:SHOWN_TEXT])
        self.show_snippet(query, text)

    def show_snippet(self, query: str, text: str | None = None) -> None:
        """Mark where ``query``'s words occur in the file's text (hidden when they do not)."""
        ui = self.ui
        if self.document_id is None or not query.strip():
            ui.snippetLabel.hide()
            return
        if text is None:
            text = reads.document_text(self._services.store, self.document_id)
        found = reads.find_snippet(text, query, width=240)
        if found is None:
            ui.snippetLabel.hide()
            return
        ui.snippetLabel.setText(
            self.tr("Znaleziono w treści pliku:")
            + "<br>"
            + html.escape(found.before)
            + "<b>"
            + html.escape(found.hit)
            + "</b>"
            + html.escape(found.after)
        )
        ui.snippetLabel.show()

    def open_file(self) -> None:
        """Open a read-only copy of the file in its usual program."""
        if self.document_id is not None:
            open_document(self, self._services, self.document_id)

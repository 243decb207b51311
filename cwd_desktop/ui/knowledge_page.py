"""The "Baza wiedzy" area: good practices and documents the whole team shares.

Top: a search field (as you type; Polish diacritics ignored; words inside
the attached DOCX, PDF and XLSX files found too) and filters by theme and
document kind. Left: two lists, "Dobre praktyki" (a practice is listed when
it, or a file attached to it, matches) and "Dokumenty" (with the passage of
the file where the words were found). Right: the selected practice
(``knowledge_practice``: fields, inspired projects, files) or document
(``knowledge_document``).

The base is team-wide (``TEAM_SCOPE``): it looks the same whichever
partnership is selected in the main window, so the undo stack is kept when
the partnership changes. Adding a file reads its text in the background
(``Operation``); a damaged or password-protected file is refused with one
sentence and nothing is stored. Keys: Ctrl+N new practice, Ctrl+Shift+O add
a file, Ctrl+F search, Delete removes the selected row (Ctrl+Z restores).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableView, QWidget

from cwd_desktop.domain.vocab import label
from cwd_desktop.domain.vocab_followup import KnowledgeKind, NetworkTheme
from cwd_desktop.services import knowledge_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView
from cwd_desktop.ui import messages
from cwd_desktop.ui.forms.ui_knowledge_page import Ui_KnowledgePage
from cwd_desktop.ui.knowledge_commands import PracticeRemoved
from cwd_desktop.ui.knowledge_document import KnowledgeDocumentPanel
from cwd_desktop.ui.knowledge_practice import KnowledgePractice
from cwd_desktop.ui.record_table import Column, RecordTableModel
from cwd_desktop.ui.undo_base import RowCreated, RowRemoved
from cwd_desktop.ui.vocab_combo import fill_vocab_combo, vocab_text

PRACTICES_TAB, DOCUMENTS_TAB = 0, 1
#: Practice fields shown in the list: a change there refreshes the list.
LIST_FIELDS = frozenset({"title", "owner_name", "owner_teryt", "owner_partnership_id", "theme"})
FILE_FILTER = "(*.docx *.pdf *.xlsx *.xlsm *.ods *.txt *.md)"


def _choices(values: Any) -> Any:
    return lambda: [(v.value, vocab_text(label(v))) for v in values]


class KnowledgePage(QWidget):
    """The team's knowledge base."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.ui = Ui_KnowledgePage()
        self.ui.setupUi(self)
        self.undo_stack = QUndoStack(self)
        self._view: PartnershipView | None = None
        self._stale = True
        self._refresh_details = False
        self.practice_id: str | None = None
        self.document_id: str | None = None
        ui = self.ui
        records = lambda: services.records  # noqa: E731
        self.practices_model = RecordTableModel(
            records,
            "good_practice",
            [
                Column("title", self.tr("Tytuł"), editable=False),
                Column("owner", self.tr("JST / partnerstwo"), editable=False),
                Column("theme", self.tr("Temat"), "choice", _choices(NetworkTheme), False),
                Column("documents", self.tr("Pliki"), "int", editable=False),
                Column("projects", self.tr("Proj."), "int", editable=False),
            ],
            lambda _q, _o, _l: [],
            self.undo_stack,
            self,
        )
        self.documents_model = RecordTableModel(
            records,
            "knowledge_document",
            [
                Column("title", self.tr("Tytuł"), editable=False),
                Column("kind", self.tr("Rodzaj"), "choice", _choices(KnowledgeKind), False),
                Column("belongs_to", self.tr("Praktyka / wydarzenie"), editable=False),
                Column("snippet", self.tr("Znaleziono w treści"), editable=False),
            ],
            lambda _q, _o, _l: [],
            self.undo_stack,
            self,
        )
        self._setup_view(
            ui.practicesView, self.practices_model, ((1, 150), (2, 150), (3, 40), (4, 44))
        )
        self._setup_view(ui.documentsView, self.documents_model, ((1, 105), (2, 170)))
        self.practice_panel = KnowledgePractice(services, self.undo_stack, ui.practicePage)
        ui.practiceLayout.addWidget(self.practice_panel)
        self.document_panel = KnowledgeDocumentPanel(services, self.undo_stack, ui.documentPage)
        ui.documentLayout.addWidget(self.document_panel)
        fill_vocab_combo(ui.themeFilter, NetworkTheme, self.tr("wszystkie"))
        fill_vocab_combo(ui.kindFilter, KnowledgeKind, self.tr("wszystkie"))
        font = ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        ui.titleLabel.setFont(font)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([640, 520])
        self._connect()
        self._show(None, None)

    def _setup_view(
        self, view: QTableView, model: RecordTableModel, widths: tuple[tuple[int, int], ...]
    ) -> None:
        view.setModel(model)
        view.verticalHeader().hide()
        view.setWordWrap(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in widths:
            header.resizeSection(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.installEventFilter(self)

    def _connect(self) -> None:
        ui = self.ui
        ui.newButton.clicked.connect(lambda: self.new_practice())
        ui.addFileButton.clicked.connect(lambda: self.add_file())
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.importButton.clicked.connect(lambda: self.import_xlsx())
        ui.exportButton.clicked.connect(lambda: self.export_xlsx())
        ui.searchEdit.textChanged.connect(self._on_search)
        ui.themeFilter.currentIndexChanged.connect(lambda _i: self._configure())
        ui.kindFilter.currentIndexChanged.connect(lambda _i: self._configure())
        ui.listTabs.currentChanged.connect(self._on_tab)
        ui.practicesView.selectionModel().currentRowChanged.connect(self._on_practice_row)
        ui.documentsView.selectionModel().currentRowChanged.connect(self._on_document_row)
        self.practices_model.modelReset.connect(self._after_practices_reset)
        self.documents_model.modelReset.connect(self._after_documents_reset)
        panel = self.practice_panel
        panel.sig_saved.connect(self._on_practice_saved)
        panel.sig_parts_changed.connect(self._reload_keep)
        panel.sig_attach_requested.connect(lambda pid: self.add_file(practice_id=pid))
        panel.sig_document_requested.connect(self.select_document)
        self.document_panel.sig_saved.connect(lambda _id, _field: self._reload_keep())
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence("Ctrl+N"), self.new_practice),
            (QKeySequence("Ctrl+Shift+O"), self.add_file),
            (QKeySequence.StandardKey.Find, self.focus_search),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(scope)
            shortcut.activated.connect(slot)

    # -- the page contract ---------------------------------------------------------------------

    def show_partnership(self, view: PartnershipView) -> None:
        """The base is team-wide: the partnership changes nothing shown (read when visible)."""
        self._view = view
        self.practice_panel.partnership_id = view.id
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._load()

    def open_record(self, kind: str, row_id: str) -> None:
        """Show a search result: the practice, the document, or the practice of a link."""
        if self._stale:
            self._load()
        if kind == "practice_project":
            row = (
                self._services.store.reader()
                .execute("SELECT practice_id FROM practice_project WHERE id = ?", (row_id,))
                .fetchone()
            )
            if row is None:
                return
            kind, row_id = "good_practice", str(row[0])
        self.clear_filters()
        if kind == "good_practice":
            self.select_practice(row_id)
        elif kind == "knowledge_document":
            self.select_document(row_id)

    # -- loading -------------------------------------------------------------------------------

    def _load(self) -> None:
        self._stale = False
        self._reread_details()

    def _reread_details(self) -> None:
        """Read the lists and the record shown again (after a sync or an import).

        Ordinary reloads keep the record shown as it is, so a field being
        typed in is never reset under the cursor.
        """
        self.practice_panel.flush()
        self.document_panel.flush()
        self._refresh_details = True
        try:
            self._configure()
        finally:
            self._refresh_details = False

    def _configure(self) -> None:
        """Give the lists sources for the chosen filters and read them."""
        store = self._services.store
        theme = self.ui.themeFilter.currentData() or None
        kind = self.ui.kindFilter.currentData() or None
        self.practices_model.set_source(reads.practice_source(store, theme))
        self.documents_model.set_source(reads.document_source(store, kind, theme))
        self._update_summary()

    def reload(self) -> None:
        """Read both lists again (selections are kept where the rows still exist)."""
        self.practices_model.reload()
        self.documents_model.reload()
        self._update_summary()

    def _reload_keep(self) -> None:
        self.practice_panel.flush()
        self.document_panel.flush()
        self.reload()

    def clear_filters(self) -> None:
        """Empty the search field and show every theme and kind."""
        ui = self.ui
        for widget in (ui.searchEdit, ui.themeFilter, ui.kindFilter):
            widget.blockSignals(True)
        ui.searchEdit.clear()
        ui.themeFilter.setCurrentIndex(0)
        ui.kindFilter.setCurrentIndex(0)
        for widget in (ui.searchEdit, ui.themeFilter, ui.kindFilter):
            widget.blockSignals(False)
        self.practices_model.set_filter("")
        self.documents_model.set_filter("")
        self._configure()

    def _on_search(self, text: str) -> None:
        self.practices_model.set_filter(text)
        self.documents_model.set_filter(text)
        self._update_summary()
        if self.document_id is not None:
            self.document_panel.show_snippet(text)

    def _update_summary(self) -> None:
        ui = self.ui
        practices, documents = self.practices_model.rowCount(), self.documents_model.rowCount()
        ui.listTabs.setTabText(PRACTICES_TAB, self.tr("Dobre praktyki ({n})").format(n=practices))
        ui.listTabs.setTabText(DOCUMENTS_TAB, self.tr("Dokumenty ({n})").format(n=documents))
        self._document_columns(bool(ui.searchEdit.text().strip()))
        if ui.searchEdit.text().strip():
            text = self.tr("Znaleziono: praktyki {p}, dokumenty {d}.").format(
                p=practices, d=documents
            )
            if documents and not practices:
                text += " " + self.tr("Wyniki są na karcie „Dokumenty”.")
        else:
            text = self.tr("Praktyki: {p} · dokumenty: {d}").format(p=practices, d=documents)
        ui.summaryLabel.setText(text)

    def _document_columns(self, searching: bool) -> None:
        """While searching, the passage found takes the room of the practice column."""
        view = self.ui.documentsView
        view.setColumnHidden(2, searching)
        view.setColumnHidden(3, not searching)
        view.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch if searching else QHeaderView.ResizeMode.Interactive
        )

    # -- selection -----------------------------------------------------------------------------

    def _after_practices_reset(self) -> None:
        keep = self.practice_id
        if keep is not None and self._select_row(self.ui.practicesView, self.practices_model, keep):
            if self.ui.listTabs.currentIndex() == PRACTICES_TAB:
                self._show(keep, None, refresh=self._refresh_details)
        elif self.ui.listTabs.currentIndex() == PRACTICES_TAB:
            self._show(None, None)

    def _after_documents_reset(self) -> None:
        keep = self.document_id
        if keep is not None and self._select_row(self.ui.documentsView, self.documents_model, keep):
            if self.ui.listTabs.currentIndex() == DOCUMENTS_TAB:
                self._show(None, keep, refresh=self._refresh_details)
        elif self.ui.listTabs.currentIndex() == DOCUMENTS_TAB:
            self._show(None, None)

    @staticmethod
    def _select_row(view: QTableView, model: RecordTableModel, row_id: str) -> bool:
        while model.row_of(row_id) < 0 and model.canFetchMore():
            model.fetchMore()
        row = model.row_of(row_id)
        if row < 0:
            return False
        view.selectionModel().blockSignals(True)
        view.setCurrentIndex(model.index(row, 0))
        view.selectionModel().blockSignals(False)
        view.scrollTo(model.index(row, 0))
        return True

    def select_practice(self, practice_id: str) -> bool:
        """Show the practices list with ``practice_id`` selected and its details."""
        self.ui.listTabs.setCurrentIndex(PRACTICES_TAB)
        if not self._select_row(self.ui.practicesView, self.practices_model, practice_id):
            return False
        self._show(practice_id, None)
        return True

    def select_document(self, document_id: str) -> bool:
        """Show the documents list with ``document_id`` selected and its details."""
        self.ui.listTabs.setCurrentIndex(DOCUMENTS_TAB)
        if not self._select_row(self.ui.documentsView, self.documents_model, document_id):
            self.clear_filters()
            if not self._select_row(self.ui.documentsView, self.documents_model, document_id):
                return False
        self._show(None, document_id)
        return True

    def _on_practice_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(self.practices_model.row(current.row())["id"], None)

    def _on_document_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(None, self.documents_model.row(current.row())["id"])

    def _on_tab(self, index: int) -> None:
        view = self.ui.practicesView if index == PRACTICES_TAB else self.ui.documentsView
        model = view.model()
        current = view.currentIndex()
        if not current.isValid() and model.rowCount() > 0:
            view.setCurrentIndex(model.index(0, 0))
            return  # the row change shows it
        if current.isValid() and index == PRACTICES_TAB:
            self._show(self.practices_model.row(current.row())["id"], None)
        elif current.isValid():
            self._show(None, self.documents_model.row(current.row())["id"])
        else:
            self._show(None, None)

    def _show(
        self, practice_id: str | None, document_id: str | None, refresh: bool = False
    ) -> None:
        """Show a practice, a document, or (both None) the hint."""
        ui = self.ui
        if practice_id is not None:
            if refresh or practice_id != self.practice_panel.practice_id:
                self.practice_panel.show_practice(practice_id)
            self.practice_id = practice_id
            ui.stack.setCurrentWidget(ui.practicePage)
        elif document_id is not None:
            if refresh or document_id != self.document_panel.document_id:
                self.document_panel.show_document(document_id, ui.searchEdit.text())
            self.document_id = document_id
            ui.stack.setCurrentWidget(ui.documentPage)
        else:
            self.practice_panel.flush()
            self.document_panel.flush()
            ui.stack.setCurrentWidget(ui.emptyPage)
        ui.deleteButton.setEnabled(practice_id is not None or document_id is not None)

    def _on_practice_saved(self, practice_id: str, field: str) -> None:
        if field in LIST_FIELDS:
            self.practices_model.reload()

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search field."""
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    # -- changes -------------------------------------------------------------------------------

    def new_practice(self) -> str | None:
        """Add a practice (of the theme filtered by, if any) and put the cursor in its title."""
        from cwd_desktop.errors import UserError
        from cwd_desktop.services.knowledge import create_practice

        self.practice_panel.flush()
        values = {"title": self.tr("Nowa dobra praktyka")}
        theme = self.ui.themeFilter.currentData()
        if theme:
            values["theme"] = theme
        try:
            practice_id = create_practice(self._services, values)
        except UserError as exc:
            messages.show_user_error(self, exc)
            return None
        self.undo_stack.push(
            RowCreated(
                lambda: self._services.records,
                "good_practice",
                practice_id,
                self.tr("nowa dobra praktyka"),
                self.reload,
            )
        )
        self.clear_filters()
        if theme:
            self.ui.themeFilter.setCurrentIndex(max(self.ui.themeFilter.findData(theme), 0))
        self.practice_id = practice_id
        self.select_practice(practice_id)
        title = self.practice_panel.ui.titleEdit
        title.setFocus(Qt.FocusReason.OtherFocusReason)
        title.selectAll()
        return practice_id

    def add_file(self, path: str | None = None, practice_id: str | None = None) -> None:
        """Add a file (to a practice if given); its text is read in the background."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Dodaj plik do bazy wiedzy"),
                "",
                self.tr("Dokumenty {patterns}").format(patterns=FILE_FILTER),
            )
        if not path:
            return
        from cwd_desktop.services.knowledge import add_document
        from cwd_desktop.ui.background import Operation

        self.practice_panel.flush()
        self.document_panel.flush()
        services, source = self._services, Path(path)
        kind = self.ui.kindFilter.currentData() or KnowledgeKind.DOCUMENT.value
        theme = self.ui.themeFilter.currentData() or NetworkTheme.OTHER.value
        if practice_id is not None:
            practice = reads.get_practice(services.store, practice_id)
            theme = practice["theme"] if practice else theme
        Operation(
            self,
            lambda progress: add_document(
                services, source, kind=kind, theme=theme, practice_id=practice_id, progress=progress
            ),
        ).success(lambda row_id: self._document_added(row_id, practice_id)).with_progress(
            self.tr("Odczytywanie pliku {name}…").format(name=source.name)
        ).run_in_background()

    def _document_added(self, document_id: str, practice_id: str | None) -> None:
        self.undo_stack.push(
            RowCreated(
                lambda: self._services.records,
                "knowledge_document",
                document_id,
                self.tr("dodanie pliku"),
                self._reload_keep,
            )
        )
        if practice_id is not None:
            self.reload()
            self.practice_panel.refresh_parts()
            return
        self.clear_filters()
        self.select_document(document_id)
        title = self.document_panel.ui.titleEdit
        title.setFocus(Qt.FocusReason.OtherFocusReason)
        title.selectAll()

    def delete_selected(self) -> None:
        """Remove the practice (with its links and files) or the document shown; undoable."""
        from cwd_desktop.errors import UserError

        ui = self.ui
        if ui.stack.currentWidget() is ui.practicePage and self.practice_id is not None:
            row = reads.get_practice(self._services.store, self.practice_id)
            if row is None:
                return
            question = self.tr(
                "Usunąć dobrą praktykę „{title}” wraz z powiązaniami z projektami i dołączonymi "
                "plikami ({n})? Ctrl+Z cofa usunięcie."
            ).format(title=row["title"], n=row["documents"])
            if not messages.confirm(self, question):
                return
            self.practice_panel.flush()
            command: Any = PracticeRemoved(
                self._services,
                row["id"],
                self.tr("usunięcie praktyki {title}").format(title=row["title"]),
                self.reload,
            )
        elif ui.stack.currentWidget() is ui.documentPage and self.document_id is not None:
            doc = reads.get_document(self._services.store, self.document_id)
            if doc is None:
                return
            question = self.tr("Usunąć dokument „{title}” ({file}) z bazy wiedzy? Ctrl+Z cofa.")
            if not messages.confirm(
                self, question.format(title=doc["title"], file=doc["filename"])
            ):
                return
            self.document_panel.flush()
            command = RowRemoved(
                lambda: self._services.records,
                "knowledge_document",
                doc["id"],
                self.tr("usunięcie dokumentu {title}").format(title=doc["title"]),
                self.reload,
            )
        else:
            return
        try:
            self.undo_stack.push(command)
        except UserError as exc:
            messages.show_user_error(self, exc)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.ui.practicesView, self.ui.documentsView)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    # -- XLSX ----------------------------------------------------------------------------------

    def import_xlsx(self, path: str | None = None) -> None:
        """Read practices from a spreadsheet in the background, all or nothing."""
        from cwd_desktop.ui.knowledge_transfer import import_xlsx

        self.practice_panel.flush()
        import_xlsx(self, self._services, path, self._reread_details)

    def export_xlsx(self, path: str | None = None) -> None:
        """Save every practice as an XLSX list in the background."""
        from cwd_desktop.ui.knowledge_transfer import export_xlsx

        self.practice_panel.flush()
        export_xlsx(self, self._services, path)

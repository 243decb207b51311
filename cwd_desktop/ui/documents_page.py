"""The "Dokumenty" area: the Word documents exported for a partnership, version by version.

Each export (from here, from another area or from the CLI) is kept as a
DocumentVersion with its bytes in the blob store. The page lists them
newest first, filtered by kind, and offers: export a new document (the
kinds come from the export registry), open a version (a read-only temporary
copy, never the stored bytes), save a copy elsewhere, and export the same
document again from today's data. Exports run in the background with a
progress dialog.

The lead wires the main window's menus with ``fill_export_menu``; the page
itself imports no ORM: versions are read with plain SQL by
``services.documents``, and the registry is imported only when an export
is asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMenu, QToolButton, QWidget

from cwd_desktop.domain.vocab import DocumentKind
from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.documents import DocumentService, VersionInfo
from cwd_desktop.services.partnerships import PartnershipView
from cwd_desktop.ui import messages
from cwd_desktop.ui.document_export_dialog import (
    DocumentExportDialog,
    default_folder,
    kind_label,
    remember_folder,
)
from cwd_desktop.ui.forms.ui_documents_page import Ui_DocumentsPage

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def format_size(size: int) -> str:
    """A file size as people read it (kB up to a megabyte, then MB)."""
    if size < 1_000_000:
        return f"{max(size / 1000, 0.1):.0f} kB" if size >= 1000 else f"{size} B"
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def format_when(moment: datetime) -> str:
    """A version's time in the computer's time zone, as dd.mm.rrrr gg:mm."""
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


class DocumentsPage(QWidget):
    """The exported documents of the partnership shown in the main window."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.documents = DocumentService(services)
        self.ui = Ui_DocumentsPage()
        self.ui.setupUi(self)
        self.undo_stack = QUndoStack(self)  # exports are not undone; Edit > Undo stays off
        self._view: PartnershipView | None = None
        self._versions: list[VersionInfo] = []
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Rodzaj"),
                self.tr("Tytuł"),
                self.tr("Wyeksportowano"),
                self.tr("Autor"),
                self.tr("Rozmiar"),
            ]
        )
        view = self.ui.versionsView
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 190), (2, 130), (3, 150), (4, 70)):
            view.setColumnWidth(column, width)
        font = self.ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        self.ui.kindCombo.addItem(self.tr("wszystkie"), "")
        for kind in DocumentKind:
            self.ui.kindCombo.addItem(kind_label(kind.value), kind.value)
        self.ui.kindCombo.currentIndexChanged.connect(self.refresh)
        self.ui.exportButton.clicked.connect(lambda: self.export_document())
        self._build_template_button()
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.saveCopyButton.clicked.connect(lambda: self.save_copy())
        self.ui.againButton.clicked.connect(lambda: self.export_again())
        view.doubleClicked.connect(lambda _index: self.open_selected())
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- the area protocol ------------------------------------------------------------

    def show_partnership(self, view: PartnershipView) -> None:
        """Show the versions of another partnership (or the same one, refreshed)."""
        if self._view is None or self._view.id != view.id:
            self.undo_stack.clear()
        self._view = view
        self.refresh()

    def open_record(self, kind: str, row_id: str) -> None:
        """Select a version found by the search (showing every kind if it is filtered out)."""
        if kind != "document_version":
            return
        if self._row_of(row_id) is None:
            self.ui.kindCombo.setCurrentIndex(0)
        row = self._row_of(row_id)
        if row is not None:
            self.ui.versionsView.selectRow(row)

    # -- the list ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the versions of the shown partnership."""
        selected = self.selected()
        self.model.removeRows(0, self.model.rowCount())
        self._versions = []
        if self._view is not None:
            kind = str(self.ui.kindCombo.currentData() or "") or None
            self._versions = self.documents.versions(self._view.id, kind)
        for version in self._versions:
            cells = [
                kind_label(version.kind),
                version.title,
                format_when(version.created_at),
                version.author,
                format_size(version.size),
            ]
            items = [QStandardItem(text) for text in cells]
            items[1].setToolTip(version.filename)
            items[4].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items[0].setData(version.id, _ID_ROLE)
            self.model.appendRow(items)
        self.ui.stack.setCurrentWidget(
            self.ui.versionsView if self._versions or self._filtered() else self.ui.emptyLabel
        )
        self.ui.countLabel.setText(self.tr("Wersje: {n}").format(n=len(self._versions)))
        row = self._row_of(selected.id) if selected is not None else None
        if row is not None:
            self.ui.versionsView.selectRow(row)
        self._update_buttons()

    def _filtered(self) -> bool:
        return bool(self.ui.kindCombo.currentData())

    def _row_of(self, version_id: str) -> int | None:
        for row, version in enumerate(self._versions):
            if version.id == version_id:
                return row
        return None

    def selected(self) -> VersionInfo | None:
        """The version of the current row, if any."""
        index: QModelIndex = self.ui.versionsView.currentIndex()
        if not index.isValid() or not self.ui.versionsView.selectionModel().hasSelection():
            return None
        return self._versions[index.row()] if index.row() < len(self._versions) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.ui.openButton, self.ui.saveCopyButton, self.ui.againButton):
            button.setEnabled(chosen)
        self.ui.exportButton.setEnabled(self._view is not None)

    # -- actions ----------------------------------------------------------------------

    def export_document(self, kind: str | None = None, subject: str | None = None) -> None:
        """Ask what to export (``kind``/``subject`` preselected); export in the background."""
        if self._view is None:
            return
        dialog = DocumentExportDialog(self._services, self._view, self, kind=kind, subject=subject)
        if dialog.exec() != DocumentExportDialog.DialogCode.Accepted:
            return
        chosen_kind, path, params = dialog.kind, dialog.path, dialog.params()
        view = self._view
        self._run(
            lambda progress: self.documents.export(
                chosen_kind, view.id, path, progress=progress, **params
            ),
            self.tr("Eksport dokumentu „{kind}”…").format(kind=kind_label(chosen_kind)),
        )

    def export_again(self, path: str | None = None) -> None:
        """The selected version's document from today's data, as a new version."""
        version = self.selected()
        if version is None:
            return
        if path is None:
            path = self._ask_path(self.tr("Eksportuj ponownie jako"), version.filename)
        if not path:
            return
        target = Path(path)
        self._run(
            lambda progress: self.documents.export_again(version.id, target, progress=progress),
            self.tr("Eksport dokumentu „{kind}”…").format(kind=kind_label(version.kind)),
        )

    def _run(self, work: Callable[..., VersionInfo], label: str) -> None:
        from cwd_desktop.ui.background import Operation

        Operation(self, work).success(self._exported).with_progress(label).run_in_background()

    def _exported(self, version: VersionInfo) -> None:
        if version.path is not None:
            remember_folder(version.path)
        if self.ui.kindCombo.currentData() not in ("", version.kind):
            self.ui.kindCombo.setCurrentIndex(0)
        self.refresh()
        row = self._row_of(version.id)
        if row is not None:
            self.ui.versionsView.selectRow(row)
        messages.info(
            self,
            self.tr("Zapisano dokument „{title}” w pliku {path}.").format(
                title=version.title, path=version.path
            ),
        )

    def open_selected(self) -> None:
        """Open a read-only copy of the selected version in the system's editor."""
        version = self.selected()
        if version is None:
            return
        try:
            copy = self.documents.open_path(version)
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            messages.warning(
                self, self.tr("Nie udało się otworzyć pliku {path}.").format(path=copy)
            )

    def save_copy(self, path: str | None = None) -> None:
        """Save the selected version's bytes to a file the user picks."""
        version = self.selected()
        if version is None:
            return
        if path is None:
            path = self._ask_path(self.tr("Zapisz kopię dokumentu"), version.filename)
        if not path:
            return
        try:
            written = self.documents.save_copy(version, Path(path))
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        remember_folder(written)
        messages.info(self, self.tr("Zapisano kopię dokumentu: {path}.").format(path=written))

    # -- the Word template ----------------------------------------------------------------

    def _build_template_button(self) -> None:
        """ "Szablon" next to the export button: choose one's own template, or go back."""
        self.template_button = QToolButton(self)
        self.template_button.setText(self.tr("Szablon"))
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.template_button)
        self.choose_template_action = menu.addAction(self.tr("Użyj własnego szablonu…"))
        self.choose_template_action.triggered.connect(lambda: self.choose_template())
        self.reset_template_action = menu.addAction(self.tr("Wróć do szablonu domyślnego"))
        self.reset_template_action.triggered.connect(self.reset_template)
        copy = menu.addAction(self.tr("Zapisz szablon domyślny jako… (do zmiany w programie Word)"))
        copy.triggered.connect(lambda: self.save_default_template())
        self.template_button.setMenu(menu)
        self.ui.headerRow.addWidget(self.template_button)
        self._show_template()

    def _show_template(self) -> None:
        from cwd_desktop.exports.docx.template import shipped_template

        path = self.documents.template()
        own = path != shipped_template()
        self.reset_template_action.setEnabled(own)
        self.template_button.setToolTip(
            self.tr("Szablon dokumentów: {path}").format(path=path)
            if own
            else self.tr("Szablon dokumentów: domyślny, dostarczony z programem")
        )

    def choose_template(self, path: str | None = None) -> None:
        """Use the user's own .docx/.dotx (checked for every style the exports use)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Wybierz szablon dokumentów"),
                str(default_folder()),
                self.tr("Szablon Word (*.docx *.dotx)"),
            )
        if not path:
            return
        try:
            self.documents.set_template(Path(path))
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        self._show_template()
        messages.info(self, self.tr("Nowe eksporty będą używać szablonu {path}.").format(path=path))

    def reset_template(self) -> None:
        """Go back to the template shipped with the app."""
        self.documents.set_template(None)
        self._show_template()

    def save_default_template(self, path: str | None = None) -> None:
        """A copy of the shipped template, to restyle in Word and choose back."""
        import shutil

        from cwd_desktop.exports.docx.template import shipped_template

        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Zapisz szablon domyślny"),
                str(default_folder() / "szablon-cwd.docx"),
                self.tr("Dokument Word (*.docx)"),
            )
        if not path:
            return
        try:
            shutil.copyfile(shipped_template(), path)
        except OSError as exc:
            messages.error(
                self,
                self.tr("Nie można zapisać szablonu w {path}: {reason}.").format(
                    path=path, reason=exc.strerror or str(exc)
                ),
            )

    def _ask_path(self, title: str, filename: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, title, str(default_folder() / filename), self.tr("Dokument Word (*.docx)")
        )
        if path and not path.lower().endswith(".docx"):
            path += ".docx"
        return path


def fill_export_menu(menu: QMenu, page: Callable[[], DocumentsPage | None]) -> None:
    """Fill ``menu`` with one "kind…" action per registered export, each time it opens.

    ``page`` returns the Documents page (created on demand by the main window);
    the registry is read only when the menu is first shown, not at start-up.
    """

    def populate() -> None:
        from cwd_desktop.exports.docx.registry import exporters

        menu.clear()
        for kind in exporters():
            action = menu.addAction(kind_label(kind.value).capitalize() + "…")
            action.triggered.connect(
                lambda _checked=False, code=kind.value: _export_from_menu(page, code)
            )

    menu.aboutToShow.connect(populate)


def _export_from_menu(page: Callable[[], DocumentsPage | None], kind: str) -> None:
    target = page()
    if target is not None:
        target.export_document(kind)

"""The "Eksport dokumentu" dialog: which document, about which record, to which file.

The kinds come from the export registry (``exports/docx/registry.py``), so
a new export module appears here by itself; a kind about one record (the
meeting of minutes, the project of an application) gets a second list with
the records to choose from, as its exporter lists them.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from cwd_desktop.domain.vocab import DocumentKind, label
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView
from cwd_desktop.ui import messages
from cwd_desktop.ui.forms.ui_document_export_dialog import Ui_DocumentExportDialog

_UNSAFE = re.compile(r'[\\/:*?"<>|]+')
#: The folder of the last export in this session, where the next one is suggested.
_last_folder: Path | None = None


def kind_label(kind: str) -> str:
    """A document kind's name in the UI language."""
    try:
        return QCoreApplication.translate("vocab", label(DocumentKind(kind)))
    except ValueError:
        return kind


def default_folder() -> Path:
    """The last export's folder, else the user's Documents folder."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def remember_folder(path: Path) -> None:
    """Suggest this file's folder for the next export."""
    global _last_folder
    _last_folder = path.parent


def suggested_name(kind: str, short_name: str) -> str:
    """E.g. "sprawozdanie z konsultacji PGZB 2024-03-12.docx"."""
    name = f"{kind_label(kind)} {short_name} {date.today().isoformat()}.docx"
    return _UNSAFE.sub("-", name)


class DocumentExportDialog(QDialog):
    """Choose a document kind, its subject record if it has one, and the file."""

    def __init__(
        self,
        services: Services,
        view: PartnershipView,
        parent: QWidget | None = None,
        *,
        kind: str | None = None,
        subject: str | None = None,
    ) -> None:
        super().__init__(parent)
        from cwd_desktop.exports.docx.registry import exporters

        self._services = services
        self._view = view
        self._exporters = {k.value: e for k, e in exporters().items()}
        self._path_typed = False
        self._browsed = ""  # a path the system dialog already asked about overwriting
        self.ui = Ui_DocumentExportDialog()
        self.ui.setupUi(self)
        for code in self._exporters:
            self.ui.kindCombo.addItem(kind_label(code), code)
        if kind is not None and kind in self._exporters:
            self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(kind))
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.ui.subjectCombo.currentIndexChanged.connect(self._update_ok)
        self.ui.pathEdit.textEdited.connect(self._path_edited)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.buttons.accepted.connect(self._accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._kind_changed()
        if subject is not None:
            index = self.ui.subjectCombo.findData(subject)
            if index >= 0:
                self.ui.subjectCombo.setCurrentIndex(index)
        self.resize(max(self.width(), 560), self.sizeHint().height())

    # -- what was chosen ---------------------------------------------------------------

    @property
    def kind(self) -> str:
        """The chosen kind's code."""
        return str(self.ui.kindCombo.currentData() or "")

    @property
    def path(self) -> Path:
        """The chosen file (``.docx`` added if missing)."""
        text = self.ui.pathEdit.text().strip()
        if text and not text.lower().endswith(".docx"):
            text += ".docx"
        return Path(text)

    def params(self) -> dict[str, str]:
        """The kind's parameters: its subject record, if it has one."""
        found = self._exporters.get(self.kind)
        if found is None or found.subject is None:
            return {}
        chosen = self.ui.subjectCombo.currentData()
        return {found.subject: str(chosen)} if chosen else {}

    # -- reacting ----------------------------------------------------------------------

    def _subject_caption(self, subject: str) -> str:
        names = {"meeting": self.tr("&Spotkanie:"), "project": self.tr("P&rojekt:")}
        return names.get(subject, self.tr("&Dotyczy:"))

    def _no_subject_note(self, subject: str) -> str:
        notes = {
            "meeting": self.tr(
                "Partnerstwo nie ma jeszcze spotkań: dodaj je w obszarze „Misje i spotkania”."
            ),
            "project": self.tr(
                "Partnerstwo nie ma jeszcze projektów: dodaj je w obszarze projektów."
            ),
        }
        return notes.get(subject, self.tr("Brak rekordów, których mógłby dotyczyć ten dokument."))

    def _kind_changed(self) -> None:
        found = self._exporters.get(self.kind)
        subject = found.subject if found is not None else None
        combo = self.ui.subjectCombo
        combo.clear()
        note = ""
        if subject is not None and found is not None:
            choices = found.choices(self._services, self._view.id) if found.choices else []
            for row_id, text in choices:
                combo.addItem(text, row_id)
            self.ui.subjectCaption.setText(self._subject_caption(subject))
            if not choices:
                note = self._no_subject_note(subject)
        self.ui.subjectCaption.setVisible(subject is not None)
        combo.setVisible(subject is not None)
        self.ui.noteLabel.setText(note)
        self.ui.noteLabel.setVisible(bool(note))
        if not self._path_typed:
            folder = Path(self.ui.pathEdit.text()).parent if self.ui.pathEdit.text() else None
            target = (folder or default_folder()) / suggested_name(
                self.kind, self._view.data.short_name
            )
            self.ui.pathEdit.setText(str(target))
        self._update_ok()

    def _path_edited(self) -> None:
        self._path_typed = True
        self._update_ok()

    def _update_ok(self) -> None:
        found = self._exporters.get(self.kind)
        ready = bool(self.ui.pathEdit.text().strip()) and found is not None
        if found is not None and found.subject is not None:
            ready = ready and bool(self.ui.subjectCombo.currentData())
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def browse(self) -> None:
        """Pick the file with the system's save dialog."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Zapisz dokument jako"),
            self.ui.pathEdit.text(),
            self.tr("Dokument Word (*.docx)"),
        )
        if path:
            self.ui.pathEdit.setText(path)
            self._browsed = str(self.path)
            self._path_typed = True
            self._update_ok()

    def _accept(self) -> None:
        path = self.path
        if path.is_dir():
            messages.warning(
                self, self.tr("{path} jest folderem; podaj nazwę pliku.").format(path=path)
            )
            return
        confirmed = str(path) == self._browsed
        if (
            path.exists()
            and not confirmed
            and not messages.confirm(
                self, self.tr("Plik {path} już istnieje. Zastąpić go?").format(path=path)
            )
        ):
            return
        self.accept()

"""The file and detection pages of the survey import wizard, and their shared helpers.

The pages are views of the wizard's state (``SurveyImportWizard``): they
show the read file and the ``ImportPlan`` and write the user's choices back
into the plan; the wizard does the reading and storing.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QFileDialog, QHeaderView, QLabel, QWizard, QWizardPage

from cwd_desktop.domain.text import fold
from cwd_desktop.domain.vocab import SurveyKind, label
from cwd_desktop.services.survey_import.model import (
    SOURCE_LABELS,
    Answer,
    MetaColumn,
    MetaRole,
)
from cwd_desktop.ui.forms.ui_survey_import_detection import Ui_SurveyImportDetectionPage
from cwd_desktop.ui.forms.ui_survey_import_file import Ui_SurveyImportFilePage
from cwd_desktop.ui.vocab_combo import vocab_text

if TYPE_CHECKING:
    from cwd_desktop.ui.survey_import_wizard import SurveyImportWizard

SURVEY_SUFFIXES = (".xlsx", ".xls", ".ods", ".csv")
PREVIEW_ROWS = 20
PREVIEW_COLUMN_WIDTH = 240
ERROR_COLOR = "#b3261e"
#: Words in a file name that tell who was asked (folded, no diacritics).
_KIND_WORDS = (
    (SurveyKind.YOUTH, ("mlodziez", "uczni", "mlodych", "youth")),
    (SurveyKind.BUSINESS, ("przedsiebior", "firm", "biznes", "business")),
    (SurveyKind.LEADERS, ("lider", "leader", "radn", "soltys")),
    (SurveyKind.RESIDENTS, ("mieszkan", "resident")),
)


def number_text(value: float) -> str:
    """A number as Polish text: ``34``, ``2,5``."""
    return str(int(value)) if value.is_integer() else f"{value:g}".replace(".", ",")


def answer_text(value: Answer) -> str:
    """One answer as text: chosen options joined with ``; ``, grid rows as ``row: answer``."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return "; ".join(value)
    if isinstance(value, dict):
        return "; ".join(f"{row}: {choice}" for row, choice in value.items())
    if isinstance(value, float):
        return number_text(value)
    return str(value)


def guess_kind(file_name: str) -> SurveyKind | None:
    """Who a survey asked, when the file name says it (``Ankieta młodzieży.xlsx``)."""
    name = fold(Path(file_name).stem)
    for kind, words in _KIND_WORDS:
        if any(word in name for word in words):
            return kind
    return None


def set_message(label: QLabel, text: str, error: bool = False) -> None:
    """Show ``text`` under a form, red when it is an error; hide the label when empty."""
    palette = label.palette()
    parent = label.parentWidget()
    normal = (parent or label).palette().color(QPalette.ColorRole.WindowText)
    palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOR) if error else normal)
    label.setPalette(palette)
    label.setText(text)
    label.setVisible(bool(text))


def _local_time(moment: datetime) -> str:
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{local:%d.%m.%Y, %H:%M}"


class SurveyImportFilePage(QWizardPage):
    """Step 1: the file (button, typed or pasted path, or dropped), the kind and the title."""

    def __init__(self, wizard: SurveyImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.ui = Ui_SurveyImportFilePage()
        self.ui.setupUi(self)
        self._default_title = ""
        for kind in SurveyKind:
            self.ui.kindCombo.addItem(vocab_text(label(kind)), kind.value)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(600)
        self._typing.timeout.connect(self._read_if_file)
        ui = self.ui
        ui.browseButton.clicked.connect(self._browse)
        ui.pathEdit.textEdited.connect(self._path_edited)
        ui.pathEdit.returnPressed.connect(self._read_typed)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.titleEdit.textChanged.connect(self._title_changed)
        ui.pathEdit.setAcceptDrops(False)  # a dropped file goes to the wizard, which reads it
        wizard.sig_file_read.connect(self._file_read)
        set_message(ui.statusLabel, "")

    def initializePage(self) -> None:
        self.ui.pathEdit.setFocus()

    def kind(self) -> SurveyKind:
        return SurveyKind(self.ui.kindCombo.currentData())

    def choose(self, path: Path) -> None:
        """Take ``path`` as the file (from the dialog, a drop or a test) and read it."""
        self.ui.pathEdit.setText(str(path))
        self._read(path)

    # -- QWizardPage -------------------------------------------------------------------

    def isComplete(self) -> bool:
        wizard = self._wizard
        if wizard.busy or wizard.plan is None or self._typed_path() != wizard.path:
            return False  # reading, unreadable, or another path typed since
        return wizard.existing is not None or bool(self.ui.titleEdit.text().strip())

    def nextId(self) -> int:
        from cwd_desktop.ui.survey_import_wizard import DETECTION_PAGE

        return -1 if self._wizard.existing is not None else DETECTION_PAGE

    def validatePage(self) -> bool:
        if self._wizard.existing is not None:
            self._wizard.use_existing()
        return True

    # -- behaviour ---------------------------------------------------------------------

    def _browse(self) -> None:
        current = self.ui.pathEdit.text().strip()
        start = str(Path(current).parent) if current else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Plik z odpowiedziami ankiety"),
            start,
            self.tr("Ankiety (*.xlsx *.xls *.ods *.csv);;Wszystkie pliki (*)"),
        )
        if path:
            self.choose(Path(path))

    def _path_edited(self) -> None:
        """A typed or pasted path is read once the user stops typing and the file exists."""
        self._typing.start()
        self.completeChanged.emit()

    def _typed_path(self) -> Path | None:
        """The path in the field: quotes dropped, a pasted ``file://`` address understood."""
        text = self.ui.pathEdit.text().strip().strip('"')
        if text.startswith("file:"):
            text = QUrl(text).toLocalFile()
        return Path(text) if text else None

    def _read_if_file(self) -> None:
        path = self._typed_path()
        if path is not None and path.is_file() and not self._is_current(path):
            self._read(path)

    def _read_typed(self) -> None:
        """Enter in the path field reads the file (once read, Enter moves on: Next is default)."""
        self._typing.stop()
        path = self._typed_path()
        if path is None:
            set_message(
                self.ui.statusLabel, self.tr("Wpisz ścieżkę pliku albo kliknij „Wybierz…”."), True
            )
            return
        if not self._is_current(path):
            self._read(path)

    def _is_current(self, path: Path) -> bool:
        wizard = self._wizard
        return wizard.path == path and (wizard.busy or wizard.plan is not None)

    def _read(self, path: Path) -> None:
        self._typing.stop()
        if not self.ui.titleEdit.text().strip() or self.ui.titleEdit.text() == self._default_title:
            self._default_title = path.stem
            self.ui.titleEdit.setText(path.stem)
        guessed = guess_kind(path.name)
        if guessed is not None:
            self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(guessed.value))
        self._wizard.read_file(path, self.kind(), self.ui.titleEdit.text().strip())

    def _file_read(self) -> None:
        wizard = self._wizard
        ui = self.ui
        existing = wizard.existing
        editable = existing is None
        ui.kindCombo.setEnabled(editable)
        ui.titleEdit.setEnabled(editable)
        if wizard.busy:
            set_message(ui.statusLabel, self.tr("Wczytywanie pliku…"))
        elif wizard.error:
            set_message(ui.statusLabel, wizard.error, error=True)
        elif existing is not None:
            set_message(
                ui.statusLabel,
                self.tr(
                    "Ten plik zaimportowano już {date} jako „{title}” (liczba odpowiedzi: {n}). "
                    "Ponowny import niczego nie doda: „Zakończ” zamknie okno i pokaże "
                    "zapisaną ankietę."
                ).format(
                    date=_local_time(existing.imported_at),
                    title=existing.title,
                    n=existing.response_count,
                ),
                error=True,
            )
        elif wizard.plan is not None:
            parsed = wizard.plan.parsed
            set_message(
                ui.statusLabel,
                self.tr("Wczytano: {source}, liczba odpowiedzi: {n}, liczba pytań: {q}.").format(
                    n=parsed.response_count,
                    q=len(parsed.questions),
                    source=QCoreApplication.translate("survey", SOURCE_LABELS[parsed.source]),
                ),
            )
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Zakończ"))
        self.setFinalPage(existing is not None)  # also refreshes the wizard's buttons
        self.completeChanged.emit()

    def _kind_changed(self) -> None:
        if self._wizard.plan is not None:
            self._wizard.plan.kind = self.kind()

    def _title_changed(self, text: str) -> None:
        if self._wizard.plan is not None:
            self._wizard.plan.title = text.strip()
        self.completeChanged.emit()


class SurveyImportDetectionPage(QWizardPage):
    """Step 2: the tool detected, the columns set aside and a preview of the answers."""

    def __init__(self, wizard: SurveyImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.ui = Ui_SurveyImportDetectionPage()
        self.ui.setupUi(self)
        self.preview = QStandardItemModel(self)
        self.ui.previewView.setModel(self.preview)
        header = self.ui.previewView.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view = self.ui.previewView
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        wizard.currentIdChanged.connect(self._shown)

    def initializePage(self) -> None:
        plan = self._wizard.plan
        assert plan is not None
        parsed = plan.parsed
        ui = self.ui
        ui.sourceValue.setText(QCoreApplication.translate("survey", SOURCE_LABELS[parsed.source]))
        ui.responsesValue.setText(
            self.tr("{n} (wiersze {first}–{last} pliku {file})").format(
                n=parsed.response_count,
                first=parsed.rows[0],
                last=parsed.rows[-1],
                file=parsed.file_name,
            )
        )
        ui.metadataValue.setText(self._metadata_text(parsed.metadata))

    def _shown(self) -> None:
        """Fill the preview each time the page is shown: back from the questions too."""
        if self._wizard.currentPage() is self and self._wizard.plan is not None:
            self._fill_preview()

    def cleanupPage(self) -> None:
        """Going back keeps the state (the plan lives in the wizard)."""

    def _role_text(self, role: MetaRole) -> str:
        texts = {
            MetaRole.TIMESTAMP: self.tr("czas wypełnienia"),
            MetaRole.ID: self.tr("identyfikator"),
            MetaRole.EMAIL: self.tr("e-mail"),
            MetaRole.NAME: self.tr("imię i nazwisko"),
            MetaRole.OTHER: self.tr("dane techniczne narzędzia"),
        }
        return texts[role]

    def _metadata_text(self, metadata: list[MetaColumn]) -> str:
        head = html.escape(self.tr("Kolumny pominięte (to nie pytania):")) + " "
        if not metadata:
            return head + html.escape(self.tr("brak — wszystkie kolumny są pytaniami."))
        parts = []
        for column in metadata:
            name = html.escape(column.header)
            role = html.escape(self._role_text(column.role))
            if column.personal:
                parts.append(
                    f'<span style="color:{ERROR_COLOR}"><b>{name}</b> ({role}) — '
                    + html.escape(self.tr("dane osobowe, nie będą zapisane"))
                    + "</span>"
                )
            else:
                parts.append(f"{name} ({role})")
        return head + ", ".join(parts)

    def _fill_preview(self) -> None:
        plan = self._wizard.plan
        assert plan is not None
        parsed = plan.parsed
        questions = plan.questions
        shown = min(PREVIEW_ROWS, parsed.response_count)
        model = self.preview
        model.clear()
        model.setColumnCount(len(questions))
        for column, question in enumerate(questions):
            item = QStandardItem(question.text)
            item.setToolTip(question.text)
            model.setHorizontalHeaderItem(column, item)
        for row in range(shown):
            items = []
            for question in questions:
                text = answer_text(parsed.answers[question.key][row])
                item = QStandardItem(text)
                if len(text) > 30:
                    item.setToolTip(text)
                items.append(item)
            model.appendRow(items)
            model.setVerticalHeaderItem(row, QStandardItem(str(parsed.rows[row])))
        view = self.ui.previewView
        view.resizeColumnsToContents()
        for column in range(model.columnCount()):
            view.setColumnWidth(column, min(view.columnWidth(column), PREVIEW_COLUMN_WIDTH))
        self.ui.previewLabel.setText(
            self.tr(
                "Podgląd odpowiedzi: {shown} z {n}, liczba pytań: {q}; po lewej numery wierszy "
                "w pliku. Typy pytań można poprawić w następnym kroku."
            ).format(shown=shown, n=parsed.response_count, q=len(questions))
        )


def short(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis (full text goes in a tooltip)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

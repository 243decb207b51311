"""The survey import wizard: file → detection → questions → gminy → summary.

The wizard is the controller: it reads the file and stores the survey in the
background (``Operation``), and holds the state the pages show and change —
the read table (kept so a corrected question type can be read again), the
``ImportPlan`` and, when the file was imported before, the stored survey.
Nothing is written before the user presses "Importuj" on the last page, and
the service stores every answer or none.

Used from the surveys page::

    wizard = SurveyImportWizard(services, partnership_view, parent)
    if wizard.exec() == QDialog.DialogCode.Accepted:
        show(wizard.result_info.survey_id)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget, QWizard

from cwd_desktop.domain.vocab import SurveyKind
from cwd_desktop.errors import Cancelled, UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView
from cwd_desktop.services.progress import Progress
from cwd_desktop.services.survey_data import SurveyInfo
from cwd_desktop.services.survey_import.parse import parse_table
from cwd_desktop.services.survey_import.read import SurveyTable, read_survey_table
from cwd_desktop.ui import crash, messages
from cwd_desktop.ui.background import Operation
from cwd_desktop.ui.survey_wizard_gminy import SurveyImportGminyPage
from cwd_desktop.ui.survey_wizard_pages import (
    SURVEY_SUFFIXES,
    SurveyImportDetectionPage,
    SurveyImportFilePage,
)
from cwd_desktop.ui.survey_wizard_questions import SurveyImportQuestionsPage
from cwd_desktop.ui.survey_wizard_summary import SurveyImportSummaryPage

if TYPE_CHECKING:
    from cwd_desktop.services.surveys import ImportPlan, ImportResult

FILE_PAGE, DETECTION_PAGE, QUESTIONS_PAGE, GMINY_PAGE, SUMMARY_PAGE = range(5)


class SurveyImportWizard(QWizard):
    """Imports one survey file into a partnership; ``result_info`` after Accepted.

    ``result_info.created`` is ``False`` when the file had been imported
    before: the wizard then only names the survey already stored.
    """

    #: The file was read (``plan`` set) or failed to read (``error`` set).
    sig_file_read = Signal()

    def __init__(
        self, services: Services, partnership: PartnershipView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.partnership = partnership
        self.path: Path | None = None
        self.table: SurveyTable | None = None
        self.plan: ImportPlan | None = None
        self.existing: SurveyInfo | None = None
        self.error = ""
        self.busy = False
        self.result_info: ImportResult | None = None
        self._reads = 0

        self.setWindowTitle(self.tr("Import ankiety — {name}").format(name=partnership.data.name))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Wstecz"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Dalej >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Importuj"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Anuluj"))
        self.setMinimumSize(QSize(900, 640))
        self.setAcceptDrops(True)

        self.file_page = SurveyImportFilePage(self)
        self.detection_page = SurveyImportDetectionPage(self)
        self.questions_page = SurveyImportQuestionsPage(self)
        self.gminy_page = SurveyImportGminyPage(self)
        self.summary_page = SurveyImportSummaryPage(self)
        self.setPage(FILE_PAGE, self.file_page)
        self.setPage(DETECTION_PAGE, self.detection_page)
        self.setPage(QUESTIONS_PAGE, self.questions_page)
        self.setPage(GMINY_PAGE, self.gminy_page)
        self.setPage(SUMMARY_PAGE, self.summary_page)
        self.setStartId(FILE_PAGE)

    def sizeHint(self) -> QSize:
        return QSize(980, 700)

    # -- reading the file ---------------------------------------------------------------

    def read_file(self, path: Path, kind: SurveyKind, title: str) -> None:
        """Read and parse ``path`` in the background; ``sig_file_read`` when done.

        A newer read makes an older one's result stale: only the last counts.
        """
        self._reads += 1
        generation = self._reads
        self.path, self.table, self.plan, self.existing, self.error = path, None, None, None, ""
        self.busy = True
        self.sig_file_read.emit()
        services, partnership_id = self.services, self.partnership.id
        steps = (
            self.tr("Czytanie pliku {name}…").format(name=path.name),
            self.tr("Rozpoznawanie pytań i typów odpowiedzi…"),
            self.tr("Przypisywanie gmin…"),
        )

        def work(progress: Progress) -> tuple[SurveyTable, ImportPlan, SurveyInfo | None]:
            progress.update(0, len(steps), steps[0])
            table = read_survey_table(path)
            progress.update(1, len(steps), steps[1])
            parsed = parse_table(table)
            progress.update(2, len(steps), steps[2])
            existing = services.surveys.find_import(partnership_id, parsed.sha256)
            plan = services.surveys.plan(parsed, partnership_id, kind, title or None)
            return table, plan, existing

        def done(result: tuple[SurveyTable, ImportPlan, SurveyInfo | None]) -> None:
            if generation != self._reads:
                return
            self.table, self.plan, self.existing = result
            self.busy = False
            self.sig_file_read.emit()

        def failed(exc: BaseException) -> None:
            if generation != self._reads:
                return
            self.busy = False
            if isinstance(exc, UserError):
                self.error = messages.render(exc)
            elif isinstance(exc, Cancelled):
                self.error = self.tr("Wczytywanie pliku przerwano.")
            else:
                self.error = self.tr("Nie udało się wczytać pliku.")
                crash.report(self, type(exc), exc, exc.__traceback__)
            self.sig_file_read.emit()

        Operation(self, work).success(done).failure(failed).with_progress(
            steps[0]
        ).run_in_background()

    # -- storing ------------------------------------------------------------------------

    def store(self) -> None:
        """Store the plan in the background; the wizard closes (Accepted) when it is stored.

        A ``UserError`` is shown as a message and the wizard stays open; a
        cancel stores nothing (the service works in one transaction).
        """
        plan = self.plan
        if plan is None or self.busy:
            return
        self.busy = True
        self.summary_page.show_message("")
        self.summary_page.completeChanged.emit()
        surveys = self.services.surveys

        def stored(result: ImportResult) -> None:
            self.busy = False
            self.result_info = result
            self.accept()

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.summary_page.completeChanged.emit()
            if isinstance(exc, UserError):
                messages.show_user_error(self, exc)
            elif isinstance(exc, Cancelled):
                self.summary_page.show_message(
                    self.tr("Import przerwano. Nic nie zostało zapisane."), error=True
                )
            else:
                crash.report(self, type(exc), exc, exc.__traceback__)

        Operation(self, lambda progress: surveys.store_plan(plan, progress)).success(
            stored
        ).failure(failed).with_progress(self.tr("Zapisywanie ankiety…")).run_in_background()

    def use_existing(self) -> None:
        """Finish on a file imported before: name the stored survey, store nothing."""
        from cwd_desktop.services.surveys import ImportResult

        existing = self.existing
        assert existing is not None
        questions = len(self.plan.questions) if self.plan is not None else 0
        self.result_info = ImportResult(
            existing.id, False, existing.response_count, questions, existing.title
        )

    # -- closing ------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel/Esc/close: ask first when a file was read and would be dropped."""
        if self.busy and self.table is not None:
            return  # storing: the progress dialog's Cancel stops it
        if (
            self.table is not None
            and self.existing is None
            and self.result_info is None
            and not messages.confirm(
                self,
                self.tr("Przerwać import? Wczytana ankieta nie zostanie zapisana."),
                self.tr("Import ankiety"),
            )
        ):
            return
        super().reject()

    # -- drag and drop ------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.currentId() == FILE_PAGE and _dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if self.currentId() != FILE_PAGE or path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.file_page.choose(path)


def _dropped_file(event: Any) -> Path | None:
    """The one survey file being dragged, if it is one."""
    mime = event.mimeData()
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in SURVEY_SUFFIXES else None

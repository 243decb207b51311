"""What the user can do with the surveys of the surveys page: import, rename, delete, export.

Import (Ctrl+I) runs the import wizard; rename (F2) edits the title in the
list; delete (Delete) asks first. All three are stored at once and pushed on
the page's undo stack, so Ctrl+Z takes an import back, restores a deleted
survey or writes the old title again. The summary export runs in the
background with a progress dialog; the survey is read again on the worker
thread, which has its own database connection.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu

from cwd_desktop.errors import UserError
from cwd_desktop.services.progress import Progress
from cwd_desktop.services.survey_summary import Dimension
from cwd_desktop.ui import messages
from cwd_desktop.ui.undo_base import AppliedCommand

if TYPE_CHECKING:
    from cwd_desktop.ui.surveys_page import SurveysPage

Refresh = Callable[[str | None], None]


class SurveyActions(QObject):
    """The survey actions of one page, with their shortcuts and undo."""

    def __init__(self, page: SurveysPage) -> None:
        super().__init__(page)
        self.page = page
        list_view = page.ui.surveysView
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.import_action = QAction(self.tr("Importuj ankietę…"), page)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setShortcutContext(scope)
        self.export_action = QAction(self.tr("Eksportuj podsumowanie do XLSX…"), page)
        self.export_action.setShortcutContext(scope)
        self.rename_action = QAction(self.tr("Zmień tytuł"), page)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action = QAction(self.tr("Usuń ankietę"), page)
        self.delete_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        page.addAction(self.import_action)
        page.addAction(self.export_action)
        # Delete and F2 act on the survey list only: elsewhere they edit text.
        list_view.addAction(self.rename_action)
        list_view.addAction(self.delete_action)
        list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        list_view.customContextMenuRequested.connect(self._menu)
        self.import_action.triggered.connect(self.import_survey)
        self.export_action.triggered.connect(lambda: self.export_xlsx())
        self.rename_action.triggered.connect(self.rename_current)
        self.delete_action.triggered.connect(self.delete_current)
        page.ui.importButton.clicked.connect(self.import_survey)
        page.ui.emptyImportButton.clicked.connect(self.import_survey)
        page.ui.exportButton.clicked.connect(lambda: self.export_xlsx())
        # Queued: the title arrives while the list's editor is still closing.
        page.surveys_model.sig_title_edited.connect(self.rename, Qt.ConnectionType.QueuedConnection)

    def set_enabled(self, has_survey: bool) -> None:
        """Export, rename and delete need a selected survey."""
        for action in (self.export_action, self.rename_action, self.delete_action):
            action.setEnabled(has_survey)
        self.page.ui.exportButton.setEnabled(has_survey)

    # -- import, rename, delete ----------------------------------------------------

    def import_survey(self) -> None:
        """Open the import wizard; show the survey it stored (Ctrl+Z takes it back)."""
        page = self.page
        view = page.partnership
        if view is None:
            return
        from cwd_desktop.ui.survey_import_wizard import SurveyImportWizard

        wizard = SurveyImportWizard(page.services, view, page)
        try:
            if wizard.exec() != QDialog.DialogCode.Accepted or wizard.result_info is None:
                return
            result = wizard.result_info
        finally:
            wizard.deleteLater()
        if result.created:
            surveys = page.services.surveys
            page.undo_stack.push(
                SurveyImported(
                    surveys.restore,
                    surveys.delete,
                    result.survey_id,
                    self.tr("Import ankiety „{title}”").format(title=result.title),
                    page.reload,
                )
            )
        page.reload(result.survey_id)

    def rename_current(self) -> None:
        """Start editing the selected survey's title in the list (F2)."""
        view = self.page.ui.surveysView
        index = view.currentIndex()
        if index.isValid():
            view.edit(index)

    def rename(self, survey_id: str, title: str) -> None:
        """Store a new title typed in the list, undoably."""
        page = self.page
        row = page.surveys_model.row_of(survey_id)
        if row < 0:
            return
        old = page.surveys_model.info(row).title
        surveys = page.services.surveys
        try:
            surveys.update(survey_id, title=title)
        except UserError as exc:
            messages.show_user_error(page, exc)
            return

        def store(sid: str, value: str) -> None:
            surveys.update(sid, title=value)

        page.undo_stack.push(
            SurveyRenamed(
                store,
                survey_id,
                old,
                title,
                self.tr("Zmiana tytułu ankiety „{title}”").format(title=old),
                page.reload,
            )
        )
        page.reload(survey_id)

    def delete_current(self) -> None:
        """Delete the selected survey after asking (Ctrl+Z brings it back)."""
        page = self.page
        info = page.current_info()
        if info is None:
            return
        question = self.tr(
            "Usunąć ankietę „{title}” (odpowiedzi: {n})? Można to cofnąć skrótem Ctrl+Z."
        ).format(title=info.title, n=info.response_count)
        if not messages.confirm(page, question, self.tr("Usuwanie ankiety")):
            return
        surveys = page.services.surveys
        try:
            surveys.delete(info.id)
        except UserError as exc:
            messages.show_user_error(page, exc)
            return
        model = page.surveys_model
        row = model.row_of(info.id)
        after = model.info(row + 1 if row + 1 < model.rowCount() else 0).id
        page.undo_stack.push(
            SurveyDeleted(
                surveys.delete,
                surveys.restore,
                info.id,
                self.tr("Usunięcie ankiety „{title}”").format(title=info.title),
                page.reload,
            )
        )
        page.reload(after if after != info.id else None)

    def _menu(self, pos: QPoint) -> None:
        menu = QMenu(self.page)
        menu.addAction(self.import_action)
        menu.addAction(self.export_action)
        menu.addSeparator()
        menu.addAction(self.rename_action)
        menu.addAction(self.delete_action)
        menu.exec(self.page.ui.surveysView.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # -- export --------------------------------------------------------------------

    def export_xlsx(self, path: str | None = None) -> None:
        """Save the shown survey's summary (current filters, every cross-tab) as XLSX."""
        page = self.page
        state, info = page.state, page.current_info()
        if state is None or info is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                page,
                self.tr("Eksport podsumowania ankiety"),
                self.tr("podsumowanie {title}.xlsx").format(title=info.title),
                self.tr("Arkusz XLSX (*.xlsx)"),
            )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from cwd_desktop.exports.xlsx.survey_summary import export_summary
        from cwd_desktop.ui.background import Operation

        target = Path(path)
        surveys = page.services.surveys
        survey_id = info.id
        filters = state.filters if state.filters.active else None
        dimensions = tuple(d for d in Dimension.ALL if state.has(d))
        names = dict(state.group_names)

        def work(_progress: Progress) -> Path:
            data = surveys.load(survey_id)  # this thread's own connection
            return export_summary(
                data,
                target,
                filters=filters,
                crosstabs=dimensions,
                group_names=names,
                translate=messages.translate,
            )

        Operation(page, work).success(
            lambda saved: messages.info(
                page,
                self.tr("Zapisano podsumowanie ankiety w pliku {path}.").format(path=saved),
            )
        ).with_progress(self.tr("Eksport podsumowania ankiety…")).run_in_background()


# -- undo -------------------------------------------------------------------------------


class SurveyDeleted(AppliedCommand):
    """A survey already deleted (tombstoned) when pushed; undo brings it back."""

    def __init__(
        self,
        delete: Callable[[str], None],
        restore: Callable[[str], None],
        survey_id: str,
        text: str,
        refresh: Refresh,
    ) -> None:
        super().__init__(text)
        self._delete, self._restore, self._id, self._refresh = delete, restore, survey_id, refresh

    def apply(self) -> None:
        self._delete(self._id)
        self._refresh(None)

    def revert(self) -> None:
        self._restore(self._id)
        self._refresh(self._id)


class SurveyImported(AppliedCommand):
    """A survey already imported when pushed; undo deletes it, redo brings it back."""

    def __init__(
        self,
        restore: Callable[[str], None],
        delete: Callable[[str], None],
        survey_id: str,
        text: str,
        refresh: Refresh,
    ) -> None:
        super().__init__(text)
        self._restore, self._delete, self._id, self._refresh = restore, delete, survey_id, refresh

    def apply(self) -> None:
        self._restore(self._id)
        self._refresh(self._id)

    def revert(self) -> None:
        self._delete(self._id)
        self._refresh(None)


class SurveyRenamed(AppliedCommand):
    """A survey title already changed when pushed; undo writes the old title back."""

    def __init__(
        self,
        rename: Callable[[str, str], None],
        survey_id: str,
        old: str,
        new: str,
        text: str,
        refresh: Refresh,
    ) -> None:
        super().__init__(text)
        self._rename, self._id, self._refresh = rename, survey_id, refresh
        self._old, self._new = old, new

    def apply(self) -> None:
        self._rename(self._id, self._new)
        self._refresh(self._id)

    def revert(self) -> None:
        self._rename(self._id, self._old)
        self._refresh(self._id)

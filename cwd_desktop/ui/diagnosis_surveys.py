"""The surveys of the diagnosis: a checkable list of the partnership's surveys, in report order.

A checked survey is stored as a ``diagnosis_survey`` row; the chosen ones
come first, in the order the report gives them, and move with Alt+↑/↓ or
the buttons. Checking, unchecking and moving are stored at once and undoable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QListWidgetItem, QWidget

from cwd_desktop.domain.vocab import SurveyKind, label
from cwd_desktop.errors import UserError
from cwd_desktop.services import diagnosis_reads as reads
from cwd_desktop.ui import messages
from cwd_desktop.ui.diagnosis_lists import MoveCommand, move_entry
from cwd_desktop.ui.forms.ui_diagnosis_surveys import Ui_DiagnosisSurveys
from cwd_desktop.ui.undo_base import AppliedCommand
from cwd_desktop.ui.vocab_combo import vocab_text

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services

SurveyRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2


def include(services: Services, partnership_id: str, survey_id: str, included: bool) -> bool:
    """Put a survey into the report or take it out (the write module is imported here)."""
    from cwd_desktop.services import diagnosis

    return diagnosis.include_survey(services, partnership_id, survey_id, included)


class IncludeCommand(AppliedCommand):
    """A survey already checked or unchecked; undo does the opposite."""

    def __init__(self, panel: SurveysPanel, survey_id: str, included: bool, text: str) -> None:
        super().__init__(text)
        self._panel, self._survey_id, self._included = panel, survey_id, included

    def apply(self) -> None:
        self._panel.set_included(self._survey_id, self._included)

    def revert(self) -> None:
        self._panel.set_included(self._survey_id, not self._included)


class SurveysPanel(QWidget):
    """Which surveys the diagnostic report includes, and in what order."""

    sig_changed = Signal()

    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._undo = undo_stack
        self.partnership_id: str | None = None
        self._loading = False
        self.ui = Ui_DiagnosisSurveys()
        self.ui.setupUi(self)
        self.ui.surveyList.itemChanged.connect(self._item_changed)
        self.ui.upButton.clicked.connect(lambda: self.move_current(-1))
        self.ui.downButton.clicked.connect(lambda: self.move_current(1))
        for keys, delta in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.ui.surveyList)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda d=delta: self.move_current(d))

    # -- showing ------------------------------------------------------------------------------

    def show_partnership(self, partnership_id: str | None) -> None:
        """List the surveys of a partnership (None: nothing)."""
        self.partnership_id = partnership_id
        self.reload()

    def reload(self, current: str | None = None) -> None:
        """Read the surveys and the choice again; keep ``current`` (a survey id) selected."""
        box = self.ui.surveyList
        self._loading = True
        box.clear()
        surveys = self._services.surveys.list(self.partnership_id) if self.partnership_id else []
        chosen = (
            reads.chosen_surveys(self._services.store, self.partnership_id)
            if self.partnership_id
            else []
        )
        rows = {survey_id: row_id for row_id, survey_id in chosen}
        order = [s for _, s in chosen]
        by_id = {s.id: s for s in surveys}
        ordered = [by_id[i] for i in order if i in by_id] + [s for s in surveys if s.id not in rows]
        for survey in ordered:
            kind = (
                vocab_text(label(SurveyKind(survey.kind)))
                if survey.kind in set(SurveyKind)
                else survey.kind
            )
            answers = QCoreApplication.translate("DiagnosisSurveys", "odpowiedzi: {n}").format(
                n=survey.response_count
            )
            item = QListWidgetItem(f"{survey.title}\n{kind} · {answers} · {survey.file_name}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if survey.id in rows else Qt.CheckState.Unchecked
            )
            item.setData(SurveyRole, survey.id)
            item.setData(RowRole, rows.get(survey.id))
            box.addItem(item)
            if survey.id == current:
                box.setCurrentItem(item)
        self._loading = False
        self.ui.emptyLabel.setText(
            ""
            if surveys
            else QCoreApplication.translate(
                "DiagnosisSurveys",
                "Partnerstwo nie ma jeszcze ankiet: zaimportuj je w obszarze „Ankiety”.",
            )
        )

    def chosen(self) -> list[str]:
        """The ids of the checked surveys, in report order."""
        box = self.ui.surveyList
        return [
            str(box.item(r).data(SurveyRole))
            for r in range(box.count())
            if box.item(r).checkState() == Qt.CheckState.Checked
        ]

    def select(self, survey_id: str) -> None:
        """Put the cursor on a survey."""
        box = self.ui.surveyList
        for row in range(box.count()):
            if box.item(row).data(SurveyRole) == survey_id:
                box.setCurrentRow(row)

    # -- changing -----------------------------------------------------------------------------

    def set_included(self, survey_id: str, included: bool) -> None:
        """Store the choice of one survey and show it (also used by undo)."""
        if self.partnership_id is None:
            return
        include(self._services, self.partnership_id, survey_id, included)
        self.reload(survey_id)
        self.sig_changed.emit()

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._loading or self.partnership_id is None:
            return
        survey_id = str(item.data(SurveyRole))
        included = item.checkState() == Qt.CheckState.Checked
        try:
            changed = include(self._services, self.partnership_id, survey_id, included)
        except UserError as exc:
            messages.show_user_error(self, exc)
            self.reload(survey_id)
            return
        if changed:
            text = (
                QCoreApplication.translate("DiagnosisSurveys", "dodanie ankiety do diagnozy")
                if included
                else QCoreApplication.translate("DiagnosisSurveys", "usunięcie ankiety z diagnozy")
            )
            self._undo.push(IncludeCommand(self, survey_id, included, text))
        # Reload after the item's signal has returned (it must not be deleted inside it).
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: self.reload(survey_id))
        self.sig_changed.emit()

    def move_current(self, delta: int) -> None:
        """Move the selected chosen survey up or down the report order, undoably."""
        item = self.ui.surveyList.currentItem()
        if item is None or item.data(RowRole) is None:
            return
        row_id, survey_id = str(item.data(RowRole)), str(item.data(SurveyRole))
        try:
            moved = move_entry(self._services, "diagnosis_survey", row_id, delta)
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        if not moved:
            return
        text = QCoreApplication.translate("DiagnosisSurveys", "zmiana kolejności ankiet")
        self._undo.push(
            MoveCommand(
                self._services,
                "diagnosis_survey",
                row_id,
                delta,
                lambda _row: self.reload(survey_id),
                text,
            )
        )
        self.reload(survey_id)
        self.sig_changed.emit()

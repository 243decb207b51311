"""The questions page of the survey import wizard: include, type, and the three roles.

Each question's type is a guess the user corrects in the table
(``survey_question_model``). The gmina, gender and age questions split the
results later; they are prefilled from the plan's guess, and a role question
left out or retyped beyond the role's types drops the role.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHeaderView, QWizardPage

from cwd_desktop.services.survey_import.model import QuestionType
from cwd_desktop.services.survey_roles import Roles
from cwd_desktop.ui.forms.ui_survey_import_questions import Ui_SurveyImportQuestionsPage
from cwd_desktop.ui.survey_question_model import (
    ANSWERED,
    OPTIONS,
    ROLE_TYPES,
    TEXT,
    TYPE,
    QuestionsModel,
    TypeDelegate,
    type_label,
)
from cwd_desktop.ui.survey_wizard_pages import set_message, short

if TYPE_CHECKING:
    from cwd_desktop.ui.survey_import_wizard import SurveyImportWizard


class SurveyImportQuestionsPage(QWizardPage):
    """Step 3: which questions to import, as which type, and the gmina/gender/age questions."""

    def __init__(self, wizard: SurveyImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.ui = Ui_SurveyImportQuestionsPage()
        self.ui.setupUi(self)
        self.model = QuestionsModel(self)
        view = self.ui.questionsView
        view.setModel(self.model)
        view.setItemDelegateForColumn(TYPE, TypeDelegate(view))
        view.setEditTriggers(view.EditTrigger.NoEditTriggers)
        header = view.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OPTIONS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TYPE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(ANSWERED, QHeaderView.ResizeMode.ResizeToContents)
        metrics = view.fontMetrics()
        header.resizeSection(
            TYPE, metrics.horizontalAdvance(type_label(QuestionType.MULTIPLE)) + 48
        )
        header.resizeSection(OPTIONS, 260)
        view.verticalHeader().setDefaultSectionSize(metrics.height() + 14)
        view.installEventFilter(self)
        self.model.sig_changed.connect(self._question_changed)
        self.roles = {
            "gmina": self.ui.gminaRoleCombo,
            "gender": self.ui.genderRoleCombo,
            "age": self.ui.ageRoleCombo,
        }
        for combo in self.roles.values():
            combo.currentIndexChanged.connect(self._role_chosen)
        set_message(self.ui.messageLabel, "")

    # -- QWizardPage -------------------------------------------------------------------

    def initializePage(self) -> None:
        wizard = self._wizard
        assert wizard.plan is not None and wizard.table is not None
        self.model.set_plan(wizard.plan, wizard.table)
        view = self.ui.questionsView
        for row in range(self.model.rowCount()):
            view.openPersistentEditor(self.model.index(row, TYPE))
        self._fill_roles()
        set_message(self.ui.messageLabel, "")
        view.setFocus()
        if self.model.rowCount():  # current, not selected: the first row stays readable
            view.selectionModel().setCurrentIndex(
                self.model.index(0, TEXT), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def cleanupPage(self) -> None:
        """Going back keeps the user's corrections (they live in the plan)."""

    def isComplete(self) -> bool:
        plan = self._wizard.plan
        return plan is not None and bool(plan.questions)

    def nextId(self) -> int:
        from cwd_desktop.ui.survey_import_wizard import GMINY_PAGE, SUMMARY_PAGE

        plan = self._wizard.plan
        return GMINY_PAGE if plan is not None and plan.roles.gmina is not None else SUMMARY_PAGE

    # -- behaviour ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space ticks or unticks the current question, whatever cell is current."""
        if (
            watched is self.ui.questionsView
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
        ):
            current = self.ui.questionsView.currentIndex()
            if current.isValid():
                self.model.set_included(current.row(), not self.model.included(current.row()))
                return True
        return super().eventFilter(watched, event)

    def _question_changed(self, key: str) -> None:
        """Refresh the roles and say what the change did (answers lost to a type are named)."""
        plan, table = self._wizard.plan, self._wizard.table
        assert plan is not None and table is not None
        self._fill_roles()
        message, error = "", False
        if not plan.questions:
            message, error = self.tr("Zaznacz co najmniej jedno pytanie do importu."), True
        elif key not in plan.excluded:
            question = plan.parsed.question(key)
            answered = self.model.answered(key)
            message = self.tr(
                "„{question}” jako {type}: odczytano {n} z {total} odpowiedzi."
            ).format(
                question=short(question.text),
                type=type_label(question.type),
                n=answered,
                total=plan.parsed.response_count,
            )
            filled = table.filled(question.columns)
            if answered < filled:
                message += " " + self.tr(
                    "Odpowiedzi niepasujące do tego typu, które zostaną pominięte: {lost}."
                ).format(lost=filled - answered)
                error = True
        set_message(self.ui.messageLabel, message, error)
        self.completeChanged.emit()

    def _fill_roles(self) -> None:
        """Offer the included questions of fitting types; keep each choice that still fits."""
        plan = self._wizard.plan
        assert plan is not None
        current = {"gmina": plan.roles.gmina, "gender": plan.roles.gender, "age": plan.roles.age}
        for role, combo in self.roles.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— brak —"), "")
            for question in plan.questions:
                if question.type in ROLE_TYPES[role]:
                    combo.addItem(short(question.text), question.key)
                    combo.setItemData(combo.count() - 1, question.text, Qt.ItemDataRole.ToolTipRole)
            index = combo.findData(current[role] or "")
            combo.setCurrentIndex(max(index, 0))
            combo.setToolTip(
                combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole) or ""
            )
            combo.blockSignals(False)
        self._apply_roles()

    def _role_chosen(self) -> None:
        combo = self.sender()
        if isinstance(combo, QComboBox):
            combo.setToolTip(
                combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole) or ""
            )
        self._apply_roles()

    def _apply_roles(self) -> None:
        """Write the combos into the plan; a new gmina question is matched to TERYT again."""
        plan = self._wizard.plan
        assert plan is not None
        chosen = {role: combo.currentData() or None for role, combo in self.roles.items()}
        roles = Roles(gmina=chosen["gmina"], gender=chosen["gender"], age=chosen["age"])
        if roles == plan.roles:
            return
        gmina_changed = roles.gmina != plan.roles.gmina
        plan.roles = roles
        if gmina_changed:
            if roles.gmina is not None:
                row = next(i for i, q in enumerate(self.model.questions) if q.key == roles.gmina)
                if self.model.question(row).type is QuestionType.TEXT:
                    self.model.set_type(row, QuestionType.SINGLE)  # a choice of the names given
            plan.gmina_map = self._wizard.services.surveys.match_gminy(plan).mapping

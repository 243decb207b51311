"""The last page of the survey import wizard: what will be stored, and what will not.

Finish ("Importuj") asks the wizard to store the plan in the background; the
wizard closes when the survey is stored and stays open on an error or cancel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizard, QWizardPage

from cwd_desktop.domain.vocab import label
from cwd_desktop.services.survey_import.model import SOURCE_LABELS
from cwd_desktop.ui.forms.ui_survey_import_summary import Ui_SurveyImportSummaryPage
from cwd_desktop.ui.survey_wizard_pages import set_message, short
from cwd_desktop.ui.vocab_combo import vocab_text

if TYPE_CHECKING:
    from cwd_desktop.ui.survey_import_wizard import SurveyImportWizard


class SurveyImportSummaryPage(QWizardPage):
    """Step 5: what will be stored, and what will not; Finish stores it."""

    def __init__(self, wizard: SurveyImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.ui = Ui_SurveyImportSummaryPage()
        self.ui.setupUi(self)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Importuj"))
        set_message(self.ui.messageLabel, "")

    def show_message(self, text: str, error: bool = False) -> None:
        set_message(self.ui.messageLabel, text, error)

    def initializePage(self) -> None:
        plan = self._wizard.plan
        assert plan is not None
        parsed = plan.parsed
        ui = self.ui
        self.show_message("")
        ui.titleValue.setText(plan.title)
        ui.kindValue.setText(vocab_text(label(plan.kind)))
        ui.sourceValue.setText(
            self.tr("{file} ({source})").format(
                file=parsed.file_name,
                source=QCoreApplication.translate("survey", SOURCE_LABELS[parsed.source]),
            )
        )
        ui.responsesValue.setText(str(parsed.response_count))
        questions = len(plan.questions)
        text = self.tr("{m} z {total}").format(m=questions, total=len(parsed.questions))
        skipped = [q.text for q in parsed.questions if q.key in plan.excluded]
        if skipped:
            text += " " + self.tr("(pominięte: {names})").format(
                names=", ".join(f"„{short(t)}”" for t in skipped)
            )
        ui.questionsValue.setText(text)
        ui.rolesValue.setText(self._roles_text())
        ui.gminyValue.setText(self._gminy_text())
        personal = [m.header for m in parsed.metadata if m.personal]
        other = [m.header for m in parsed.metadata if not m.personal]
        parts = []
        if personal:
            parts.append(self.tr("dane osobowe: {names}").format(names=", ".join(personal)))
        if other:
            parts.append(
                self.tr("pozostałe kolumny pominięte: {names}").format(names=", ".join(other))
            )
        ui.personalValue.setText("; ".join(parts) or self.tr("—"))

    def cleanupPage(self) -> None:
        """Going back keeps the state."""

    def isComplete(self) -> bool:
        return not self._wizard.busy

    def validatePage(self) -> bool:
        """Finish: the first press stores in the background; the wizard closes when stored."""
        if self._wizard.result_info is not None:
            return True
        self._wizard.store()
        return False

    def _roles_text(self) -> str:
        plan = self._wizard.plan
        assert plan is not None
        names = (
            (self.tr("gmina"), plan.roles.gmina),
            (self.tr("płeć"), plan.roles.gender),
            (self.tr("wiek"), plan.roles.age),
        )
        parts = [
            f"{name} — „{short(plan.parsed.question(key).text)}”"
            for name, key in names
            if key is not None
        ]
        return "; ".join(parts) if parts else self.tr("brak (wyniki bez podziału)")

    def _gminy_text(self) -> str:
        plan = self._wizard.plan
        assert plan is not None
        answers = plan.gmina_answers()
        if not answers:
            return self.tr("brak pytania o gminę")
        matched = [(v, n) for v, n in answers if v in plan.gmina_map]
        text = self.tr("przypisane nazwy: {m} z {n} (odpowiedzi: {r} z {t})").format(
            m=len(matched),
            n=len(answers),
            r=sum(n for _, n in matched),
            t=sum(n for _, n in answers),
        )
        unmatched = [v for v, _ in answers if v not in plan.gmina_map]
        if unmatched:
            text += "; " + self.tr("nieprzypisane: {names}").format(
                names=", ".join(f"„{v}”" for v in unmatched[:8])
                + (" …" if len(unmatched) > 8 else "")
            )
        return text

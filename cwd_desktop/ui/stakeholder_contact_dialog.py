"""The dialog for one contact person of a stakeholder, with the consent record.

It turns widgets into field values and hands them to the stakeholder
service; a refusal (malformed e-mail, a purpose with no consent date…) is
shown inline and the dialog stays open with what was typed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QWidget

from cwd_desktop.errors import UserError
from cwd_desktop.services.stakeholder_reads import Contact
from cwd_desktop.ui import messages
from cwd_desktop.ui.forms.ui_stakeholder_contact_dialog import Ui_StakeholderContactDialog


class StakeholderContactDialog(QDialog):
    """Edits a contact; ``exec()`` is Accepted only once the values were stored.

    ``save`` is called with the changed fields and must store them (raising
    a UserError to refuse); ``contact`` None means a new person.
    """

    def __init__(
        self,
        save: Any,
        contact: Contact | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_StakeholderContactDialog()
        self.ui.setupUi(self)
        self._save = save
        self._contact = contact
        self.changes: dict[str, Any] = {}
        self.before: dict[str, Any] = {}
        ui = self.ui
        today = QDate.currentDate()
        for check, edit in (
            (ui.consentCheck, ui.consentDate),
            (ui.withdrawnCheck, ui.withdrawnDate),
        ):
            edit.setDate(today)
            check.toggled.connect(edit.setEnabled)
        if contact is not None:
            self.setWindowTitle(self.tr("Osoba kontaktowa: {name}").format(name=contact.name))
            ui.nameEdit.setText(contact.name)
            ui.roleEdit.setText(contact.role)
            ui.phoneEdit.setText(contact.phone)
            ui.emailEdit.setText(contact.email)
            ui.purposeEdit.setText(contact.consent_purpose)
            self._set_date(ui.consentCheck, ui.consentDate, contact.consent_on)
            self._set_date(ui.withdrawnCheck, ui.withdrawnDate, contact.consent_withdrawn_on)
            self.before = self.values()
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.nameEdit.setFocus()

    @staticmethod
    def _set_date(check: Any, edit: QDateEdit, value: date | None) -> None:
        check.setChecked(value is not None)
        if value is not None:
            edit.setDate(QDate(value.year, value.month, value.day))

    def values(self) -> dict[str, Any]:
        """The fields as typed."""
        ui = self.ui
        return {
            "name": ui.nameEdit.text().strip(),
            "role": ui.roleEdit.text().strip(),
            "phone": ui.phoneEdit.text().strip(),
            "email": ui.emailEdit.text().strip(),
            "consent_purpose": ui.purposeEdit.text().strip(),
            "consent_on": ui.consentDate.date().toPython() if ui.consentCheck.isChecked() else None,
            "consent_withdrawn_on": ui.withdrawnDate.date().toPython()
            if ui.withdrawnCheck.isChecked()
            else None,
        }

    def accept(self) -> None:
        """Store the changed fields; stay open with a message if they are refused."""
        values = self.values()
        changes = {k: v for k, v in values.items() if self.before.get(k, None) != v}
        if self._contact is not None and not changes:
            super().accept()
            return
        try:
            self._save(changes if self._contact is not None else values)
        except UserError as exc:
            self.ui.errorLabel.setText(messages.render(exc))
            self.ui.errorLabel.setVisible(True)
            widget = {
                "name": self.ui.nameEdit,
                "role": self.ui.roleEdit,
                "phone": self.ui.phoneEdit,
                "email": self.ui.emailEdit,
                "consent_purpose": self.ui.purposeEdit,
                "consent_on": self.ui.consentCheck,
                "consent_withdrawn_on": self.ui.withdrawnDate,
            }.get(exc.field or "", self.ui.nameEdit)
            widget.setFocus()
            return
        self.changes = changes
        super().accept()

"""The RODO menu of the contact persons panel: export a person's data, consent, erasure.

Three things a coordinator is asked for under GDPR, on the selected contact
person of the stakeholder page: a copy of everything stored about them
(JSON or XLSX), a withdrawal of consent (undoable like any edit; the person
then disappears from exports) and an erasure from every record that names
them (``services.gdpr``), after a confirmation that says what will go and
that it cannot be undone.

Removing a person (the panel's remove button or Delete) asks which of two
things is meant: taking them off the stakeholder's list (a colleague who
left: past attendance lists still name them) or erasing everything about
them (a RODO request), which then shows its own confirmation. Neither can
be undone: a tombstone blanks the personal fields at once. After an erasure
every page's undo history is cleared (``MainWindow.forget_undo_history``),
since an old step could write an erased value back.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from cwd_desktop.services.stakeholder_reads import Contact
from cwd_desktop.ui import messages
from cwd_desktop.ui.background import Operation

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services
    from cwd_desktop.services.gdpr import Erasure
    from cwd_desktop.ui.stakeholders_page import StakeholdersPage


class RemoveContactBox(QMessageBox):
    """How to remove a contact person: from the list only, or every record (RODO).

    Cancel is the default and the Escape button, so Enter never erases.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Usunięcie osoby kontaktowej"))
        self.setText(self.tr("Jak usunąć osobę „{name}”?").format(name=name))
        only_list = self.tr("Usuń tylko z listy")
        everything = self.tr("Usuń wszystkie dane osoby (RODO)")
        choices = (
            (
                only_list,
                self.tr(
                    "osoba znika z osób kontaktowych interesariusza, a jej dane z tej listy "
                    "(imię i nazwisko, funkcja, telefon, e-mail) zostają trwale usunięte. Wpisy, "
                    "które ją wymieniają (listy obecności, grupy robocze, uwagi z konsultacji, "
                    "zadania), zostają bez zmian, np. gdy przestała pracować w instytucji."
                ),
            ),
            (
                everything,
                self.tr(
                    "na żądanie osoby usuwa też jej wpisy na listach obecności i w grupach "
                    "roboczych, czyści pola z jej imieniem i nazwiskiem i usuwa jej telefon "
                    "i e-mail z treści wpisów. Przed usunięciem program pokaże, co dokładnie "
                    "zmieni."
                ),
            ),
        )
        final = self.tr("Żadnego z tych usunięć nie można cofnąć.")
        self.setInformativeText(
            "".join(f"<p><b>{escape(head)}</b>: {escape(text)}</p>" for head, text in choices)
            + f"<p>{escape(final)}</p>"
        )
        self.list_button = self.addButton(only_list, QMessageBox.ButtonRole.DestructiveRole)
        self.erase_button = self.addButton(everything + "…", QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(self.tr("Anuluj"), QMessageBox.ButtonRole.RejectRole)
        self.list_button.setObjectName("removeFromListButton")
        self.erase_button.setObjectName("eraseEverywhereButton")
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)


def forget_undo_everywhere(page: QWidget) -> None:
    """Clear the page's undo steps and, in the main window, every other page's too."""
    stack = getattr(page, "undo_stack", None)
    if stack is not None:
        stack.clear()
    forget = getattr(page.window(), "forget_undo_history", None)
    if callable(forget):
        forget()


class ContactGdprActions(QObject):
    """The actions and their menu; the page gives the selected contact and reloads after."""

    def __init__(
        self,
        page: StakeholdersPage,
        services: Services,
        selected: Callable[[], Contact | None],
        reload: Callable[[], None],
    ) -> None:
        super().__init__(page)
        self._page = page
        self._services = services
        self._selected = selected
        self._reload = reload
        self.menu = QMenu(page)
        self.export_action = self.menu.addAction(self.tr("Eksportuj dane osoby (RODO)…"))
        self.consent_action = self.menu.addAction(self.tr("Wycofanie zgody"))
        self.menu.addSeparator()
        self.erase_action = self.menu.addAction(
            self.tr("Usuń dane osoby ze wszystkich wpisów (RODO)…")
        )
        self.export_action.triggered.connect(self.export_data)
        self.consent_action.triggered.connect(self.toggle_consent)
        self.erase_action.triggered.connect(self.erase)
        self.menu.aboutToShow.connect(self.refresh)
        #: The removal question while it is open (``remove``), for the keyboard and tests.
        self.removal_box: RemoveContactBox | None = None

    def refresh(self) -> None:
        """Enable the actions for the selected person; name the consent step they need."""
        contact = self._selected()
        for action in (self.export_action, self.consent_action, self.erase_action):
            action.setEnabled(contact is not None)
        if contact is not None and contact.withdrawn:
            self.consent_action.setText(self.tr("Przywróć zgodę (udzielona ponownie dziś)"))
        else:
            self.consent_action.setText(self.tr("Zapisz wycofanie zgody (od dziś)"))

    def show_at(self, pos: QPoint) -> None:
        """The same menu as a context menu of the contacts table."""
        view = self._page.ui.contactsView
        if self._selected() is not None:
            self.menu.popup(view.viewport().mapToGlobal(pos))

    # -- access ------------------------------------------------------------------------

    def export_data(self) -> None:
        """Ask where to save the person's data (XLSX or JSON), then write it."""
        contact = self._selected()
        if contact is None:
            return
        slug = "_".join(contact.name.split()) or contact.id
        suggested = Path.home() / self.tr("dane-osoby-{name}.xlsx").format(name=slug)
        xlsx, json_filter = self.tr("Skoroszyt XLSX (*.xlsx)"), self.tr("JSON (*.json)")
        path, chosen = QFileDialog.getSaveFileName(
            self._page,
            self.tr("Eksport danych osoby (RODO)"),
            str(suggested),
            f"{xlsx};;{json_filter}",
        )
        if not path:
            return
        if not path.lower().endswith((".xlsx", ".json")):
            path += ".json" if chosen == json_filter else ".xlsx"
        self.export_to(contact.id, Path(path))

    def export_to(self, contact_id: str, path: Path) -> None:
        """Write the person's data to ``path`` in the background; say where when done."""
        from cwd_desktop.services.gdpr import export_person_file

        services = self._services

        def done(written: Any) -> None:
            messages.info(
                self._page,
                self.tr(
                    "Zapisano dane osoby do pliku {path}. Plik zawiera dane osobowe: "
                    "przekaż go tylko tej osobie."
                ).format(path=written),
            )

        Operation(
            self._page,
            lambda _progress: export_person_file(
                services, contact_id, path, QCoreApplication.translate
            ),
        ).success(done).with_progress(self.tr("Eksport danych osoby…")).run_in_background()

    # -- consent -------------------------------------------------------------------------

    def toggle_consent(self) -> None:
        """Record a withdrawal (or a renewed consent) as of today; Ctrl+Z takes it back."""
        from cwd_desktop.errors import UserError
        from cwd_desktop.services.gdpr import restore_consent, withdraw_consent
        from cwd_desktop.ui.stakeholders_page import EditCommand

        contact = self._selected()
        if contact is None:
            return
        services = self._services
        change = restore_consent if contact.withdrawn else withdraw_consent
        try:
            old = change(services, contact.id)
        except UserError as exc:
            messages.show_user_error(self._page, exc)
            return
        if not old:
            return
        new = services.records.get("contact_person", contact.id)
        text = self.tr("przywrócenie zgody") if contact.withdrawn else self.tr("wycofanie zgody")
        self._page.undo_stack.push(
            EditCommand(
                self._page, "contact_person", contact.id, old, {k: new[k] for k in old}, text
            )
        )
        self._reload()

    # -- erasure -------------------------------------------------------------------------

    def erase(self) -> None:
        """Find what will be erased, ask, erase, then list what a person still has to edit.

        Both the search and the erasure run in the background: on a large store
        each reads every text field of the partnership.
        """
        contact = self._selected()
        if contact is not None:
            self.erase_contact(contact.id)

    def erase_contact(self, contact_id: str) -> None:
        """``erase`` for a given person (the removal question's second choice)."""
        from cwd_desktop.services.gdpr import plan_erasure

        services = self._services
        Operation(self._page, lambda _progress: plan_erasure(services, contact_id)).success(
            self._confirm_erasure
        ).with_progress(self.tr("Wyszukiwanie danych osoby…")).run_in_background()

    def _confirm_erasure(self, plan: Erasure) -> None:
        from cwd_desktop.services.gdpr import erase_person

        if not messages.confirm(
            self._page, self.question(plan), self.tr("Usunięcie danych osoby (RODO)")
        ):
            return
        services = self._services

        def done(erasure: Erasure) -> None:
            # Older steps on any page's undo stack may hold her data (notes, her phone).
            forget_undo_everywhere(self._page)
            self._reload()
            messages.info(self._page, self.report(erasure))

        Operation(self._page, lambda _progress: erase_person(services, plan.contact_id)).success(
            done
        ).with_progress(self.tr("Usuwanie danych osoby…")).run_in_background()

    # -- removal -------------------------------------------------------------------------

    def remove(self) -> None:
        """Ask whether to take the selected person off the list or erase them everywhere.

        The question is window-modal but does not block: the choice arrives
        in ``_removal_chosen``.
        """
        contact = self._selected()
        if contact is None:
            return
        if self.removal_box is not None:
            return  # already asking
        box = RemoveContactBox(contact.name, self._page)
        contact_id = contact.id
        box.buttonClicked.connect(lambda button: self._removal_chosen(box, button, contact_id))
        box.finished.connect(lambda _result: self._removal_closed(box))
        self.removal_box = box
        box.open()

    def _removal_closed(self, box: RemoveContactBox) -> None:
        if self.removal_box is box:
            self.removal_box = None
        box.deleteLater()

    def _removal_chosen(
        self, box: RemoveContactBox, button: QAbstractButton, contact_id: str
    ) -> None:
        if self.removal_box is box:
            self.removal_box = None
        if button is box.list_button:
            self.remove_from_list(contact_id)
        elif button is box.erase_button:
            self.erase_contact(contact_id)

    def remove_from_list(self, contact_id: str) -> None:
        """Tombstone the contact row alone (its personal fields are blanked, for good)."""
        from cwd_desktop.errors import UserError

        try:
            self._page.service.remove_contact(contact_id)
        except UserError as exc:
            messages.show_user_error(self._page, exc)
        else:
            # Edits of this person on the page's stack can neither be undone nor redone now.
            self._page.drop_undo_of("contact_person", contact_id)
        self._reload()

    def question(self, plan: Erasure) -> str:
        """The confirmation: what goes, what stays for a person, and that it is final."""
        lines = [
            self.tr(
                "Usunąć dane osoby „{name}” ze wszystkich wpisów? Jej imię i nazwisko, "
                "funkcja, telefon i e-mail zostaną trwale usunięte."
            ).format(name=plan.name)
        ]
        entries = sum(n for table, n in plan.removed.items() if table != "contact_person")
        if entries:
            lines.append(
                self.tr(
                    "Usunięte zostaną też jej wpisy na listach obecności i w grupach "
                    "roboczych: {n}."
                ).format(n=entries)
            )
        if plan.blanked:
            lines.append(
                self.tr(
                    "Wyczyszczone zostaną pola z jej imieniem i nazwiskiem (autor uwagi, "
                    "osoba odpowiedzialna, koordynator): {n}."
                ).format(n=sum(plan.blanked.values()))
            )
        if plan.redacted:
            lines.append(
                self.tr("Jej telefon i e-mail zostaną zastąpione w polach tekstowych: {n}.").format(
                    n=sum(plan.redacted.values())
                )
            )
        if plan.review:
            lines.append(
                self.tr(
                    "Jej imię i nazwisko w treści wpisów ({n}) trzeba będzie poprawić ręcznie."
                ).format(n=len(plan.review))
            )
        lines.append(
            self.tr(
                "Tego nie można cofnąć. Usunięcie trafi do innych doradców przy synchronizacji."
            )
        )
        return "\n\n".join(lines)

    def report(self, erasure: Erasure) -> str:
        """What was done, and the places where her name is still in a text."""
        text = self.tr("Dane osoby „{name}” usunięto.").format(name=erasure.name)
        if not erasure.review:
            return text
        places = "\n".join(
            "• "
            + QCoreApplication.translate("PersonData", m.label)
            + (f": {m.where}" if m.where else "")
            + f" — {QCoreApplication.translate('PersonData', m.field_label)}"
            for m in erasure.review
        )
        return (
            text
            + "\n\n"
            + self.tr("Jej imię i nazwisko zostało w treści tych wpisów; popraw je ręcznie:")
            + "\n"
            + places
        )


def attach(
    page: StakeholdersPage,
    services: Services,
    selected: Callable[[], Contact | None],
    reload: Callable[[], None],
) -> ContactGdprActions:
    """Give the page's RODO button and the contacts table's context menu the actions."""
    from PySide6.QtCore import Qt

    actions = ContactGdprActions(page, services, selected, reload)
    page.ui.gdprButton.setMenu(actions.menu)
    view: QWidget = page.ui.contactsView
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(actions.show_at)
    return actions

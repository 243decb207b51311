"""The RODO menu of the contact persons panel: export a person's data, consent, erasure.

Three things a coordinator is asked for under GDPR, on the selected contact
person of the stakeholder page: a copy of everything stored about them
(JSON or XLSX), a withdrawal of consent (undoable like any edit; the person
then disappears from exports) and an erasure from every record that names
them (``services.gdpr``), after a confirmation that says what will go and
that it cannot be undone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from cwd_desktop.services.stakeholder_reads import Contact
from cwd_desktop.ui import messages
from cwd_desktop.ui.background import Operation

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services
    from cwd_desktop.services.gdpr import Erasure
    from cwd_desktop.ui.stakeholders_page import StakeholdersPage


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
        from cwd_desktop.services.gdpr import plan_erasure

        contact = self._selected()
        if contact is None:
            return
        services = self._services
        Operation(self._page, lambda _progress: plan_erasure(services, contact.id)).success(
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
            # Older steps on the undo stack may hold her data (notes, her phone).
            self._page.undo_stack.clear()
            self._reload()
            messages.info(self._page, self.report(erasure))

        Operation(self._page, lambda _progress: erase_person(services, plan.contact_id)).success(
            done
        ).with_progress(self.tr("Usuwanie danych osoby…")).run_in_background()

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

"""Undoable partnership changes for the main window's QUndoStack.

Each command calls the services, so an undo is an ordinary change: it is
stored at once and travels through sync like any other edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipData
from cwd_desktop.ui.undo_base import AppliedCommand

Refresh = Callable[[str | None], None]


class CreatePartnership(AppliedCommand):
    """A partnership created in the dialog; undo removes it, redo brings it back."""

    def __init__(self, services: Services, partnership_id: str, short: str, refresh: Refresh):
        super().__init__(
            QCoreApplication.translate("undo", "dodanie partnerstwa {short}").format(short=short)
        )
        self._services, self._id, self._refresh = services, partnership_id, refresh

    def apply(self) -> None:
        self._services.partnerships.restore(self._id)
        self._refresh(self._id)

    def revert(self) -> None:
        self._services.partnerships.delete(self._id)
        self._refresh(None)


class EditPartnership(AppliedCommand):
    """An edit saved in the dialog; undo writes the previous values back."""

    def __init__(
        self,
        services: Services,
        partnership_id: str,
        before: PartnershipData,
        after: PartnershipData,
        refresh: Refresh,
    ):
        super().__init__(
            QCoreApplication.translate("undo", "edycja partnerstwa {short}").format(
                short=after.short_name
            )
        )
        self._services, self._id, self._refresh = services, partnership_id, refresh
        self._before, self._after = before, after

    def apply(self) -> None:
        self._services.partnerships.update(self._id, self._after)
        self._refresh(self._id)

    def revert(self) -> None:
        self._services.partnerships.update(self._id, self._before)
        self._refresh(self._id)


class DeletePartnership(QUndoCommand):
    """Deleting a partnership (a tombstone); undo restores it with its members."""

    def __init__(self, services: Services, partnership_id: str, short: str, refresh: Refresh):
        super().__init__(
            QCoreApplication.translate("undo", "usunięcie partnerstwa {short}").format(short=short)
        )
        self._services, self._id, self._refresh = services, partnership_id, refresh

    def redo(self) -> None:
        self._services.partnerships.delete(self._id)
        self._refresh(None)

    def undo(self) -> None:
        self._services.partnerships.restore(self._id)
        self._refresh(self._id)

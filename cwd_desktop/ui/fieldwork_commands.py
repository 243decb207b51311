"""Undoable creation and removal of whole meetings (with their lists).

Removing a meeting tombstones its action items and attendance list in the
same unit of work (``services.fieldwork.delete_meeting``); undo brings back
the meeting and its action items. The attendance names were erased (GDPR)
and do not come back, which the confirmation says beforehand.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from cwd_desktop.store import Store
from cwd_desktop.ui.undo_base import AppliedCommand

Refresh = Callable[[str | None], None]


class AddMeetingCommand(AppliedCommand):
    """A meeting just created; undo removes it, redo brings it back."""

    def __init__(self, store: Store, meeting_id: str, refresh: Refresh) -> None:
        super().__init__(QCoreApplication.translate("fieldwork", "nowe spotkanie"))
        self._store, self._id, self._refresh = store, meeting_id, refresh
        self._actions: list[str] = []

    def apply(self) -> None:
        from cwd_desktop.services.fieldwork import restore_meeting

        restore_meeting(self._store, self._id, self._actions)
        self._refresh(self._id)

    def revert(self) -> None:
        from cwd_desktop.services.fieldwork import delete_meeting

        self._actions = delete_meeting(self._store, self._id)
        self._refresh(None)


class DeleteMeetingCommand(QUndoCommand):
    """A meeting removed with its lists; undo restores the meeting and its action items."""

    def __init__(self, store: Store, meeting_id: str, title: str, refresh: Refresh) -> None:
        super().__init__(
            QCoreApplication.translate("fieldwork", "usunięcie spotkania {title}").format(
                title=title
            )
        )
        self._store, self._id, self._refresh = store, meeting_id, refresh
        self._actions: list[str] = []

    def redo(self) -> None:
        from cwd_desktop.services.fieldwork import delete_meeting

        self._actions = delete_meeting(self._store, self._id)
        self._refresh(None)

    def undo(self) -> None:
        from cwd_desktop.services.fieldwork import restore_meeting

        restore_meeting(self._store, self._id, self._actions)
        self._refresh(self._id)

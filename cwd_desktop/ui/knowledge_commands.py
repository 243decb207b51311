"""Undoable changes of the knowledge base page beyond one field or one row.

Removing a practice tombstones its project links and attached documents with
it; undo brings back exactly those (``services.knowledge.delete_practice`` /
``restore_practice``). Like every command here it is stored when pushed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from cwd_desktop.services.app import Services


class PracticeRemoved(QUndoCommand):
    """Tombstones a practice with its links and documents when pushed; undo restores them."""

    def __init__(
        self, services: Services, practice_id: str, text: str, refresh: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self._services, self._practice_id, self._refresh = services, practice_id, refresh
        self._removed: Any = None

    def redo(self) -> None:
        from cwd_desktop.services.knowledge import delete_practice

        self._removed = delete_practice(self._services, self._practice_id)
        self._refresh()

    def undo(self) -> None:
        from cwd_desktop.services.knowledge import restore_practice

        if self._removed is not None:
            restore_practice(self._services, self._removed)
        self._refresh()

"""Undo commands for records the consultations page adds or removes outside its tables.

Participants (``consultation_stakeholder``) and attachments are created and
tombstoned through ``Records``; undo and redo are ordinary changes that are
stored at once and travel through sync. A removed attachment keeps its blob,
so undo brings the file back too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from cwd_desktop.services.app import Services


class RecordCreated(QUndoCommand):
    """A row already stored; undo tombstones it, redo restores it."""

    def __init__(
        self, services: Services, table: str, row_id: str, text: str, refresh: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self._services, self._table, self._row_id, self._refresh = services, table, row_id, refresh
        self._skip = True

    def redo(self) -> None:
        if self._skip:  # pushed after the row was stored
            self._skip = False
            return
        self._services.records.restore(self._table, self._row_id)
        self._refresh()

    def undo(self) -> None:
        self._services.records.delete(self._table, self._row_id)
        self._refresh()


class RecordRemoved(QUndoCommand):
    """Tombstoning a row when pushed; undo restores it."""

    def __init__(
        self, services: Services, table: str, row_id: str, text: str, refresh: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self._services, self._table, self._row_id, self._refresh = services, table, row_id, refresh

    def redo(self) -> None:
        self._services.records.delete(self._table, self._row_id)
        self._refresh()

    def undo(self) -> None:
        self._services.records.restore(self._table, self._row_id)
        self._refresh()

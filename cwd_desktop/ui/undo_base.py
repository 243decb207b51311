"""The undo commands every page shares.

In this app a change is stored the moment the user makes it; the command
is pushed afterwards, only to make it undoable. ``QUndoStack.push`` calls
``redo()`` at once, so ``AppliedCommand`` skips that first call and runs
``apply()`` only on a real redo. Undo and redo are ordinary stored changes
that travel through sync like any other edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from cwd_desktop.services.records import Records


class AppliedCommand(QUndoCommand):
    """A change already stored when pushed: ``apply`` redoes it, ``revert`` undoes it."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # the push itself: the change is stored already
            self._pushed = True
            return
        self.apply()

    def undo(self) -> None:
        self.revert()

    def apply(self) -> None:
        """Store the change again."""
        raise NotImplementedError

    def revert(self) -> None:
        """Store the state from before the change."""
        raise NotImplementedError


class RowCreated(AppliedCommand):
    """A row already stored; undo tombstones it, redo restores it."""

    def __init__(
        self,
        records: Callable[[], Records],
        table: str,
        row_id: str,
        text: str,
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._records, self._table, self._row_id, self._refresh = records, table, row_id, refresh

    def apply(self) -> None:
        self._records().restore(self._table, self._row_id)
        self._refresh()

    def revert(self) -> None:
        self._records().delete(self._table, self._row_id)
        self._refresh()


class RowRemoved(QUndoCommand):
    """Tombstones a row when pushed (the push does it); undo restores it."""

    def __init__(
        self,
        records: Callable[[], Records],
        table: str,
        row_id: str,
        text: str,
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._records, self._table, self._row_id, self._refresh = records, table, row_id, refresh

    def redo(self) -> None:
        self._records().delete(self._table, self._row_id)
        self._refresh()

    def undo(self) -> None:
        self._records().restore(self._table, self._row_id)
        self._refresh()

"""Undoable project-level changes of the projects page: removing a project, the key mark.

Both are stored the moment the user acts; undo is an ordinary stored change
too. Removing a project tombstones its funding, tasks, indicators, links and
outline with it, and undo brings back exactly those. Marking a key project
unmarks the previous one; undo marks the previous one again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from cwd_desktop.services.app import Services
from cwd_desktop.ui.undo_base import AppliedCommand

Refresh = Callable[[], None]


class ProjectRemoved(QUndoCommand):
    """Tombstones a project and its parts when pushed; undo restores them."""

    def __init__(self, services: Services, project_id: str, text: str, refresh: Refresh) -> None:
        super().__init__(text)
        self._services, self._project_id, self._refresh = services, project_id, refresh
        self._removed: Any = None

    def redo(self) -> None:
        from cwd_desktop.services.projects import delete_project

        self._removed = delete_project(self._services.store, self._project_id)
        self._refresh()

    def undo(self) -> None:
        from cwd_desktop.services.projects import restore_project

        if self._removed is not None:
            restore_project(self._services.store, self._removed)
        self._refresh()


class KeyChanged(AppliedCommand):
    """The key project changed from ``previous`` to ``current`` (either may be None)."""

    def __init__(
        self,
        services: Services,
        partnership_id: str,
        previous: str | None,
        current: str | None,
        text: str,
        refresh: Refresh,
    ) -> None:
        super().__init__(text)
        self._services, self._partnership_id = services, partnership_id
        self._previous, self._current, self._refresh = previous, current, refresh

    def _set(self, project_id: str | None) -> None:
        from cwd_desktop.services.projects import set_key_project

        set_key_project(self._services, self._partnership_id, project_id)
        self._refresh()

    def apply(self) -> None:
        self._set(self._current)

    def revert(self) -> None:
        self._set(self._previous)

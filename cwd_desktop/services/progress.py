"""Progress reporting and cancellation for long work, without Qt.

Services doing long work (imports, exports, sync) accept a ``Progress`` and
call ``update`` between steps; when the user has pressed Cancel, ``update``
raises ``Cancelled`` so the unit of work rolls back and nothing is half-stored.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from cwd_desktop.errors import Cancelled

Listener = Callable[[int, int, str], None]


class Progress:
    """A thread-safe progress channel from a worker to whoever displays it."""

    def __init__(self, listener: Listener | None = None) -> None:
        self._listener = listener
        self._cancel = threading.Event()

    def update(self, done: int, total: int, text: str = "") -> None:
        """Report ``done`` of ``total`` steps; raise ``Cancelled`` if asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()
        if self._listener is not None:
            self._listener(done, total, text)

    def cancel(self) -> None:
        """Ask the work to stop at its next ``update``."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """True once ``cancel`` was called."""
        return self._cancel.is_set()


NO_PROGRESS = Progress()

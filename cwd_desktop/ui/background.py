"""The one way to run long work off the GUI thread.

Modelled on Anki's ``CollectionOp``::

    Operation(parent, lambda progress: services.x.import_file(path, progress))
        .success(on_done)
        .with_progress(tr("Importowanie…"))
        .run_in_background()

Work runs on a single worker thread (one writer to the database at a time);
success, failure and progress callbacks arrive on the GUI thread. A
``UserError`` is shown as a message, ``Cancelled`` quietly, anything else
goes to the crash dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cwd_desktop.errors import Cancelled, UserError
from cwd_desktop.services.progress import Progress
from cwd_desktop.ui import crash, messages

Work = Callable[[Progress], Any]

_running: set[Operation] = set()
_pool: QThreadPool | None = None


def writer_pool() -> QThreadPool:
    """The single-thread pool all database work goes through."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def wait_for_background(timeout_ms: int = 30_000) -> bool:
    """Block until queued work is done (used at exit and by tests)."""
    return writer_pool().waitForDone(timeout_ms)


class _Bridge(QObject):
    sig_progress = Signal(int, int, str)
    sig_done = Signal(object, object)  # result, exception


class _Runnable(QRunnable):
    def __init__(self, work: Work, progress: Progress, bridge: _Bridge) -> None:
        super().__init__()
        self._work, self._progress, self._bridge = work, progress, bridge

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._bridge.sig_done.emit(None, exc)
        else:
            self._bridge.sig_done.emit(result, None)


class Operation(QObject):
    """A unit of long work with callbacks; build it, then ``run_in_background``."""

    def __init__(self, parent: QWidget | None, work: Work) -> None:
        super().__init__(parent)
        self._parent = parent
        self._work = work
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._label: str | None = None
        self._dialog: QProgressDialog | None = None
        self._bridge = _Bridge(self)  # owned by Qt: never deleted from the worker thread
        self._progress = Progress(self._bridge.sig_progress.emit)
        self._bridge.sig_progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._bridge.sig_done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    def success(self, callback: Callable[[Any], None]) -> Operation:
        """Call ``callback(result)`` on the GUI thread when the work succeeds."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Operation:
        """Replace the default failure handling (message or crash dialog)."""
        self._on_failure = callback
        return self

    def with_progress(self, label: str) -> Operation:
        """Show a progress dialog with a Cancel button while the work runs."""
        self._label = label
        return self

    def run_in_background(self) -> None:
        """Queue the work on the writer thread."""
        if self._label is not None:
            dialog = QProgressDialog(
                self._label,
                QCoreApplication.translate("Operation", "Anuluj"),
                0,
                0,
                self._parent,
            )
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.canceled.connect(self._progress.cancel)
            self._dialog = dialog
        _running.add(self)
        writer_pool().start(_Runnable(self._work, self._progress, self._bridge))

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._progress.cancel()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)
            if text:
                # Services mark their step names QT_TRANSLATE_NOOP("progress", …);
                # other text (a question being read) has no entry and shows as is.
                self._dialog.setLabelText(QCoreApplication.translate("progress", text))

    def _on_done(self, result: Any, exc: BaseException | None) -> None:
        _running.discard(self)
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        if exc is None:
            if self._on_success is not None:
                self._on_success(result)
        elif self._on_failure is not None:
            self._on_failure(exc)
        elif isinstance(exc, Cancelled):
            pass
        elif isinstance(exc, UserError):
            messages.show_user_error(self._parent, exc)
        else:
            crash.report(self._parent, type(exc), exc, exc.__traceback__)
        self.deleteLater()

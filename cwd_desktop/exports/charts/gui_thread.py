"""Running Qt drawing on the GUI thread from a background export.

Qt draws only on the GUI thread, while exports run on the writer thread
(``ui/background.py``); a chart or Gantt picture is drawn by hopping to the
GUI thread and waiting for it there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot


def on_gui_thread(work: Callable[[], None]) -> None:
    """Run ``work`` on the Qt GUI thread and wait for it (directly if already there)."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is app.thread():
        work()
        return

    class _Hop(QObject):
        """Lives on the GUI thread; its slot runs the work there."""

        sig_run = Signal(object)

        def __init__(self) -> None:
            super().__init__()
            self.error: BaseException | None = None

        @Slot(object)
        def run(self, task: Callable[[], None]) -> None:
            try:
                task()
            except BaseException as exc:  # handed back to the waiting thread
                self.error = exc

    hop = _Hop()
    hop.moveToThread(app.thread())
    hop.sig_run.connect(hop.run, Qt.ConnectionType.BlockingQueuedConnection)
    hop.sig_run.emit(work)
    error = hop.error
    hop.deleteLater()
    if error is not None:
        raise error

"""The start-up reference: a bare PySide6 window that reports its first paint.

It pays what any PySide6 app pays (the interpreter, importing QtWidgets, the
platform plugin, fonts, the first paint) and nothing else, and it reports
like the app does under ``CWD_EXIT_AFTER_PAINT=1``: one line
``CWD_PAINTED <time.time()>`` once the first paint is done, then exit 0.
Run as a script, not as ``-m``, so that no package of ours is imported.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    """Reports the first paint of the watched window, then quits the app."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            # Report once this paint is finished, not as it starts.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"CWD_PAINTED {time.time()!r}", flush=True)
        self._app.quit()


def main() -> int:
    """Show the window and run until its first paint has been reported."""
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QLabel("Bare PySide6 window"))
    window.resize(1024, 700)
    reporter = FirstPaint(app)
    window.installEventFilter(reporter)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

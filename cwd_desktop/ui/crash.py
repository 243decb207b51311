"""The crash dialog: bugs are logged with their traceback and shown, never hidden.

``install`` replaces ``sys.excepthook`` so that an exception escaping a slot
(which Qt would otherwise just print) is handled here: a ``UserError`` that
slipped through becomes a message; anything else is written to a log file
in the platformdirs log folder and shown with the path of that file.
"""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cwd_desktop import __version__
from cwd_desktop.config import log_dir
from cwd_desktop.errors import UserError


def write_log(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> Path | None:
    """Write the traceback to ``crash-<time>.log``; return its path (None if impossible)."""
    text = "".join(traceback.format_exception(kind, exc, tb))
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.log"
        path.write_text(f"cwd-desktop {__version__}\n{text}", encoding="utf-8")
    except OSError:
        return None
    return path


def report(
    parent: QWidget | None,
    kind: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> Path | None:
    """Log a bug and show the crash dialog; return the log file."""
    path = write_log(kind, exc, tb)
    sys.stderr.write("".join(traceback.format_exception(kind, exc, tb)))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Błąd programu"))
    box.setText(
        QCoreApplication.translate(
            "CrashDialog",
            "Wystąpił nieoczekiwany błąd programu. Twoje zapisane dane są bezpieczne.",
        )
    )
    where = (
        str(path)
        if path
        else QCoreApplication.translate("CrashDialog", "(nie udało się zapisać dziennika)")
    )
    box.setInformativeText(
        QCoreApplication.translate("CrashDialog", "Szczegóły zapisano w pliku: {path}").format(
            path=where
        )
    )
    box.setDetailedText("".join(traceback.format_exception(kind, exc, tb)))
    box.setObjectName("crashDialog")
    if QApplication.instance() is not None and not QApplication.instance().property("cwd_no_modal"):
        box.exec()
    return path


def install() -> None:
    """Route uncaught exceptions on the GUI thread to the message or crash dialog."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        parent = QApplication.activeWindow()
        if isinstance(exc, UserError):
            from cwd_desktop.ui import messages

            messages.show_user_error(parent, exc)
            return
        report(parent, kind, exc, tb)

    sys.excepthook = hook

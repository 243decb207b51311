"""The one message API of the GUI: info, warning, error, question.

Widgets never build QMessageBox themselves; they call these, so every
message looks the same and tests can find them. ``show_user_error`` renders
a core ``UserError`` in the UI language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cwd_desktop.errors import UserError


def translate(context: str, text: str) -> str:
    """Qt's translation, shaped as the core's ``Translate`` callable."""
    return QCoreApplication.translate(context, text)


def render(error: UserError) -> str:
    """A core UserError as a sentence in the UI language."""
    return error.render(translate)


def info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    """Tell the user something went as expected."""
    QMessageBox.information(
        parent, title or QCoreApplication.translate("messages", "Informacja"), text
    )


def warning(parent: QWidget | None, text: str, title: str | None = None) -> None:
    """Tell the user something needs attention."""
    QMessageBox.warning(parent, title or QCoreApplication.translate("messages", "Uwaga"), text)


def error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    """Tell the user something failed and what to do about it."""
    QMessageBox.critical(parent, title or QCoreApplication.translate("messages", "Błąd"), text)


def show_user_error(parent: QWidget | None, exc: UserError) -> None:
    """Show a UserError raised by a service."""
    error(parent, render(exc))


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    """Ask a yes/no question; No is the default so Enter never destroys data."""
    answer = QMessageBox.question(
        parent,
        title or QCoreApplication.translate("messages", "Potwierdzenie"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes

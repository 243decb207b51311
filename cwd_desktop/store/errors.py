"""Turning SQLite failures caused by the environment into user messages."""

from __future__ import annotations

from pathlib import Path

from cwd_desktop.errors import BugError, UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP


def user_error_from_db(exc: BaseException, db: Path) -> Exception:
    """A UserError for disk full, read-only, locked or corrupt; else a BugError."""
    message = str(getattr(exc, "orig", exc)).lower()
    if "disk is full" in message or "disk i/o" in message:
        template = QT_TRANSLATE_NOOP(
            "errors", "Brak miejsca na dysku dla bazy {path}; zmiana nie została zapisana."
        )
    elif "readonly" in message or "read-only" in message:
        template = QT_TRANSLATE_NOOP(
            "errors", "Baza {path} jest tylko do odczytu; zmiana nie została zapisana."
        )
    elif "locked" in message or "busy" in message:
        template = QT_TRANSLATE_NOOP(
            "errors", "Baza {path} jest zajęta przez inny program; spróbuj ponownie za chwilę."
        )
    elif "not a database" in message or "malformed" in message:
        template = QT_TRANSLATE_NOOP(
            "errors", "Plik {path} jest uszkodzony lub nie jest bazą danych SQLite."
        )
    else:
        return BugError(f"database error on {db}: {exc}")
    return UserError(template, path=str(db))

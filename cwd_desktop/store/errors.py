"""Turning failures caused by the environment into user messages.

A full disk, a read-only folder, a database another program holds and a
damaged file are not bugs: each becomes one sentence that says what
happened and what the user can do about it.
"""

from __future__ import annotations

import errno
from pathlib import Path

from cwd_desktop.errors import BugError, UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP


def is_disk_full(exc: BaseException) -> bool:
    """True for SQLite's SQLITE_FULL and the OS's ENOSPC / EDQUOT / EFBIG."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return True
    return "disk is full" in str(getattr(exc, "orig", exc)).lower()


def user_error_from_db(exc: BaseException, db: Path) -> Exception:
    """A UserError for disk full, read-only, locked or corrupt; else a BugError."""
    message = str(getattr(exc, "orig", exc)).lower()
    if "disk is full" in message or "disk i/o" in message:
        template = QT_TRANSLATE_NOOP(
            "errors",
            "Brak miejsca na dysku dla bazy {path}; zmiana nie została zapisana, "
            "zwolnij miejsce i spróbuj ponownie.",
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
            "errors",
            "Plik bazy {path} jest uszkodzony; zmiana nie została zapisana — uruchom program "
            "ponownie, aby sprawdził plik i zaproponował przywrócenie kopii zapasowej.",
        )
    else:
        return BugError(f"database error on {db}: {exc}")
    return UserError(template, path=str(db))


class CorruptStore(UserError):
    """The store file failed its integrity check and was moved aside.

    ``moved_to`` is where the damaged file now lives (it is never deleted);
    ``backup`` is the newest backup to offer, if there is one. The GUI asks
    whether to restore it; the CLI names the ``restore`` command to run.
    """

    def __init__(self, path: Path, moved_to: Path, backup: Path | None, verdict: str) -> None:
        self.path = path
        self.moved_to = moved_to
        self.backup = backup
        self.verdict = verdict
        if backup is not None:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Plik bazy {path} jest uszkodzony ({verdict}) i został przeniesiony do "
                    "{moved}; przywróć najnowszą kopię poleceniem: "
                    'cwd-desktop restore "{backup}".',
                ),
                path=str(path),
                verdict=verdict,
                moved=str(moved_to),
                backup=str(backup),
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Plik bazy {path} jest uszkodzony ({verdict}) i został przeniesiony do "
                    "{moved}; kopii zapasowej nie ma, więc przy następnym uruchomieniu "
                    "powstanie nowa, pusta baza (dane wrócą z synchronizacji).",
                ),
                path=str(path),
                verdict=verdict,
                moved=str(moved_to),
            )


class StoreInUse(UserError):
    """Another process has the store open, so it must not be replaced or moved now."""

    def __init__(self, path: Path, pid: int | None = None) -> None:
        self.pid = pid
        if pid is not None:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Baza {path} jest otwarta w innym oknie programu lub poleceniu "
                    "(proces {pid}); zamknij je i spróbuj ponownie.",
                ),
                path=str(path),
                pid=pid,
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Baza {path} jest otwarta w innym oknie programu lub poleceniu; "
                    "zamknij je i spróbuj ponownie.",
                ),
                path=str(path),
            )

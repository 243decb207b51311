"""Consistent copies of the store, made with SQLite's online backup API.

The backup API copies a live WAL database page by page under a read
transaction, so a backup taken while the app runs is still consistent.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime
from pathlib import Path

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.store.sqlite import read_only_uri

BACKUP_GLOB = "cwd-*.sqlite3"


def backup_database(source: Path, target: Path) -> Path:
    """Copy ``source`` into the new file ``target`` and verify the copy.

    The copy is written to a temporary name and renamed only after
    ``integrity_check`` passes, so a failed backup never leaves a file that
    looks usable.
    """
    partial = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                (verdict,) = dst.execute("PRAGMA integrity_check").fetchone()
            finally:
                dst.close()
        finally:
            src.close()
        if verdict != "ok":
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Kopia zapasowa {path} jest uszkodzona: {verdict}."),
                path=str(target),
                verdict=verdict,
            )
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Nie udało się zapisać kopii zapasowej {path}: {reason}."),
            path=str(target),
            reason=str(exc),
        ) from exc
    return target


def rotating_backup(source: Path, folder: Path, reason: str, keep: int) -> Path:
    """Make ``folder/cwd-<timestamp>-<reason>.sqlite3`` and keep the newest ``keep``.

    The backup just made always survives, even when ``keep`` is 0 or less.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_database(source, folder / f"cwd-{stamp}-{reason}.sqlite3")
    others = sorted(p for p in folder.glob(BACKUP_GLOB) if p != target)
    for old in others[: max(0, len(others) - (max(1, keep) - 1))]:
        old.unlink(missing_ok=True)
    return target


def list_backups(folder: Path) -> list[Path]:
    """Backups in ``folder``, newest first."""
    return sorted(folder.glob(BACKUP_GLOB), reverse=True)

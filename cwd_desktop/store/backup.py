"""Consistent copies of the store, made with SQLite's online backup API.

The backup API copies a live WAL database page by page under a read
transaction, so a backup taken while the app runs is still consistent.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP

BACKUP_GLOB = "cwd-*.sqlite3"


def backup_database(source: Path, target: Path) -> Path:
    """Copy ``source`` into the new file ``target`` and verify the copy.

    The copy is written to a temporary name and renamed only after
    ``integrity_check`` passes, so a failed backup never leaves a file that
    looks usable.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
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
        partial.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Nie udało się zapisać kopii zapasowej {path}: {reason}."),
            path=str(target),
            reason=str(exc),
        ) from exc
    return target


def rotating_backup(source: Path, folder: Path, reason: str, keep: int) -> Path:
    """Make ``folder/cwd-<timestamp>-<reason>.sqlite3`` and keep the newest ``keep``."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_database(source, folder / f"cwd-{stamp}-{reason}.sqlite3")
    backups = sorted(folder.glob(BACKUP_GLOB))
    for old in backups[: max(0, len(backups) - keep)]:
        old.unlink(missing_ok=True)
    return target


def list_backups(folder: Path) -> list[Path]:
    """Backups in ``folder``, newest first."""
    return sorted(folder.glob(BACKUP_GLOB), reverse=True)

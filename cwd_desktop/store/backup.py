"""Consistent copies of the store, made with SQLite's online backup API.

The backup API copies a live WAL database page by page under a read
transaction, so a backup taken while the app runs is still consistent.
Backups live in ``data_dir/backups`` as ``cwd-<timestamp>-<reason>.sqlite3``:
the name alone says when and why a copy was made, so listing them never
opens a file. Each copy is a single self-contained file (rollback journal,
not WAL) that opens anywhere, even from a read-only pendrive.

A backup of an encrypted store is encrypted with the store's key (the
backup API copies page by page between two SQLCipher connections keyed
alike), so no plain copy of an encrypted store is ever written.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.store.errors import is_disk_full
from cwd_desktop.store.sqlite import (
    connect_read_only,
    db_errors,
    is_database_error,
    open_connection,
)

BACKUP_GLOB = "cwd-*.sqlite3"
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"cwd-(\d{8}-\d{6}-\d{6})-(.+)\.sqlite3")
#: A ``.part`` file this old belongs to a backup that was interrupted (power loss, kill).
STALE_PART_SECONDS = 3600

#: Why a backup was made (the last part of its file name).
MANUAL = "manual"
DAILY = "daily"
BEFORE_RESTORE = "before-restore"
BEFORE_MIGRATION_PREFIX = "before-"


class DamagedSource(UserError):
    """The copy failed its integrity check: the source itself is damaged."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when and why it was made, and its size in bytes."""

    path: Path
    made_at: datetime
    reason: str
    size: int


def fsync_path(path: Path) -> None:
    """Flush a file (or, on POSIX, a folder's entries) to the disk."""
    flags = (os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)) if path.is_dir() else os.O_RDWR
    try:
        fd = os.open(path, flags)
    except OSError:
        return  # Windows cannot open folders; its renames are durable enough.
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_failure(target: Path, exc: BaseException) -> UserError:
    if is_disk_full(exc):
        return UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Brak miejsca na dysku na kopię zapasową {path}; zwolnij miejsce "
                "i spróbuj ponownie.",
            ),
            path=str(target),
        )
    return UserError(
        QT_TRANSLATE_NOOP("errors", "Nie udało się zapisać kopii zapasowej {path}: {reason}."),
        path=str(target),
        reason=getattr(exc, "strerror", None) or str(exc),
    )


def backup_database(source: Path, target: Path, key: bytes | None = None) -> Path:
    """Copy ``source`` into the new file ``target`` and verify the copy.

    The copy is written to a temporary name, checked with
    ``integrity_check``, flushed to disk and only then renamed, so a failed
    or interrupted backup never leaves a file that looks usable. With
    ``key`` (an encrypted store) the copy is encrypted with the same key.
    """
    partial = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        src = connect_read_only(source, key)
        try:
            dst = open_connection(partial, key)
            try:
                src.backup(dst)
                verdict = str(dst.execute("PRAGMA integrity_check").fetchone()[0])
                if verdict == "ok":
                    dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        if verdict != "ok":
            raise DamagedSource(
                QT_TRANSLATE_NOOP("errors", "Kopia zapasowa {path} jest uszkodzona: {verdict}."),
                path=str(target),
                verdict=verdict.splitlines()[0],
            )
        fsync_path(partial)
        partial.replace(target)
        fsync_path(target.parent)
    except db_errors(OSError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        damage = "malformed" in str(exc) or (key is not None and "not a database" in str(exc))
        if is_database_error(exc) and damage:
            raise DamagedSource(
                QT_TRANSLATE_NOOP("errors", "Kopia zapasowa {path} jest uszkodzona: {verdict}."),
                path=str(target),
                verdict=str(exc),
            ) from exc
        raise _write_failure(target, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
    return target


def backup_name(reason: str, when: datetime | None = None) -> str:
    """The file name of a backup made now (or ``when``) for ``reason``."""
    return f"cwd-{(when or datetime.now()).strftime(STAMP_FORMAT)}-{reason}.sqlite3"


def rotating_backup(
    source: Path, folder: Path, reason: str, keep: int, key: bytes | None = None
) -> Path:
    """Make ``folder/cwd-<timestamp>-<reason>.sqlite3`` and keep the newest ``keep``.

    The backup just made always survives, even when ``keep`` is 0 or less.
    ``key``: the store's SQLCipher key (the backup is encrypted with it).
    """
    target = backup_database(source, folder / backup_name(reason), key)
    others = sorted(p for p in folder.glob(BACKUP_GLOB) if p != target)
    for old in others[: max(0, len(others) - (max(1, keep) - 1))]:
        old.unlink(missing_ok=True)
    _remove_stale_parts(folder)
    return target


def _remove_stale_parts(folder: Path) -> None:
    """Delete ``.part`` files left by backups interrupted long ago (never a running one)."""
    limit = time.time() - STALE_PART_SECONDS
    for part in folder.glob(BACKUP_GLOB + ".part"):
        with contextlib.suppress(OSError):
            if part.stat().st_mtime < limit:
                part.unlink()


def list_backups(folder: Path) -> list[Path]:
    """Backups in ``folder``, newest first."""
    return sorted(folder.glob(BACKUP_GLOB), reverse=True)


def describe(path: Path) -> BackupInfo:
    """When and why ``path`` was made, read from its name (its mtime for foreign names)."""
    stat = path.stat()
    match = _NAME.fullmatch(path.name)
    if match:
        with contextlib.suppress(ValueError):
            made = datetime.strptime(match.group(1), STAMP_FORMAT)
            return BackupInfo(path, made, match.group(2), stat.st_size)
    return BackupInfo(path, datetime.fromtimestamp(stat.st_mtime), "", stat.st_size)


def backup_infos(folder: Path) -> list[BackupInfo]:
    """Every backup in ``folder`` with its date, reason and size, newest first."""
    infos = []
    for path in list_backups(folder):
        with contextlib.suppress(OSError):  # removed by a rotation meanwhile
            infos.append(describe(path))
    return sorted(infos, key=lambda i: i.made_at, reverse=True)


def newest_backup(folder: Path) -> Path | None:
    """The most recent backup in ``folder``, if any."""
    infos = backup_infos(folder)
    return infos[0].path if infos else None


def daily_backup_due(folder: Path, today: date | None = None) -> bool:
    """True when no backup (of any kind) was made today, local time."""
    day = today or date.today()
    return not any(info.made_at.date() == day for info in backup_infos(folder))

"""Restoring the store from a backup: verify first, keep the current file, swap atomically.

A restore happens in three steps so that nothing is replaced until the new
file is known to be good, and so that the GUI can do the slow part in the
background while its own store is still open:

1. ``prepare_restore`` copies the chosen file into the data folder (next to
   the store, so the final rename is atomic) and verifies the copy: sound
   (``integrity_check``), a store of this app (its tables and an Alembic
   revision), not from a newer version. A bad file is one sentence, and the
   copy is removed.
2. ``keep_current`` backs up the store being replaced ("before-restore").
3. ``install_restore`` proves that no other process has the store open, then
   removes the old -wal/-shm (a stale WAL replayed into the new file would
   damage it) and renames the verified copy over the store. A store that
   could not be backed up (it is itself damaged) is moved aside instead:
   the current file is never simply overwritten.

An older backup is migrated by the next ``open_store``, after the usual
backup before a migration.

Encryption: a restore never changes whether the store is encrypted. An
encrypted backup is read with this data folder's key (from the keyring);
the verified copy is then encrypted (or decrypted) to match the store it
replaces, so restoring an old plain backup into an encrypted store leaves
no plain copy of the data behind. With no store in place (it was damaged and
moved aside) the backup is installed as it is.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from cwd_desktop.config import BACKUP_DIRNAME, DB_FILENAME
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.store import migrate
from cwd_desktop.store.backup import BEFORE_RESTORE, DamagedSource, fsync_path, rotating_backup
from cwd_desktop.store.encryption import (
    MissingKey,
    available,
    current_key,
    is_encrypted,
    stored_key,
    unavailable_error,
    verify_key,
)
from cwd_desktop.store.errors import StoreInUse, is_disk_full
from cwd_desktop.store.recrypt import recrypt_file
from cwd_desktop.store.sqlite import (
    db_errors,
    is_database_error,
    is_operational_error,
    looks_encrypted,
    looks_like_sqlite,
    open_connection,
)
from cwd_desktop.store.store import move_aside, other_instances

#: Tables every store of this app has had since its first revision.
REQUIRED_TABLES = frozenset({"alembic_version", "partnership", "outbox", "local_meta"})
STAGING_PREFIX = ".restore-"
_COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class PreparedRestore:
    """A verified copy of the chosen backup, waiting in the data folder to be installed."""

    data_dir: Path
    source: Path
    staged: Path
    revision: str
    #: The "before-restore" backup of the store being replaced (None: not made).
    current_backup: Path | None = None


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did: from which file, and where the replaced store went."""

    source: Path
    store: Path
    revision: str
    current_backup: Path | None
    moved_aside: Path | None


def _not_a_backup(source: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Plik {path} nie jest kopią zapasową bazy programu CWD; niczego nie zastąpiono.",
        ),
        path=str(source),
    )


def _remove_with_companions(path: Path) -> None:
    for name in (path.name, *(path.name + s for s in _COMPANIONS)):
        with contextlib.suppress(OSError):
            path.with_name(name).unlink(missing_ok=True)


def _copy_in(source: Path, staged: Path) -> None:
    """Copy the file (and a -wal beside it, which holds its latest commits) into place."""
    try:
        shutil.copyfile(source, staged)
        wal = source.with_name(source.name + "-wal")
        if wal.is_file():
            shutil.copyfile(wal, staged.with_name(staged.name + "-wal"))
    except OSError as exc:
        if is_disk_full(exc):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Brak miejsca na dysku w folderze danych {folder} na przywracaną kopię "
                    "{path}; zwolnij miejsce, niczego nie zastąpiono.",
                ),
                folder=str(staged.parent),
                path=str(source),
            ) from exc
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "Nie można odczytać pliku {path} ({reason}); niczego nie zastąpiono."
            ),
            path=str(source),
            reason=exc.strerror or str(exc),
        ) from exc


def _verify(staged: Path, source: Path, key: bytes | None = None) -> str:
    """Check the private copy; return its schema revision or raise a UserError."""
    try:
        conn = open_connection(staged, key)
    except db_errors() as exc:
        raise _not_a_backup(source) from exc
    try:
        try:
            verdict = str(conn.execute("PRAGMA integrity_check").fetchone()[0])
        except db_errors() as exc:
            if not is_database_error(exc):
                raise
            if "not a database" in str(exc):
                raise _not_a_backup(source) from exc
            verdict = str(exc)
        if verdict != "ok":
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Kopia zapasowa {path} jest uszkodzona ({verdict}); niczego nie "
                    "zastąpiono, wybierz inną kopię.",
                ),
                path=str(source),
                verdict=verdict.splitlines()[0],
            )
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not REQUIRED_TABLES.issubset(tables):
            raise _not_a_backup(source)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None:
            raise _not_a_backup(source)
        revision = str(row[0])
        migrate.needs_upgrade(revision, source)  # a newer app's file is refused here
        # One self-contained file: the copied WAL is folded in before the swap.
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    return revision


def prepare_restore(data_dir: Path, source: Path) -> PreparedRestore:
    """Copy ``source`` next to the store and verify it; nothing is replaced yet."""
    source = source.expanduser()
    if not source.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Plik kopii {path} nie istnieje; niczego nie zastąpiono."),
            path=str(source),
        )
    key = _backup_key(data_dir, source)
    staged = data_dir / f"{STAGING_PREFIX}{uuid.uuid4().hex}.sqlite3"
    try:
        _copy_in(source, staged)
        revision = _verify(staged, source, key)
        staged = _match_store(data_dir, staged, key)
        fsync_path(staged)
    except BaseException:
        _remove_with_companions(staged)
        raise
    return PreparedRestore(data_dir, source, staged, revision)


def _backup_key(data_dir: Path, source: Path) -> bytes | None:
    """The key that opens the backup ``source`` (None: a plain file), or a UserError."""
    try:
        plain = source.stat().st_size > 0 and looks_like_sqlite(source)
        encrypted = not plain and is_encrypted(source) and looks_encrypted(source)
    except OSError:
        plain = encrypted = False
    if plain:
        return None
    if not encrypted:
        raise _not_a_backup(source)
    if not available():
        raise unavailable_error(source)
    key = stored_key(data_dir)
    if key is None:
        raise MissingKey(source)
    verify_key(source, key)  # another folder's backup: one clear sentence, nothing copied
    return key


def _match_store(data_dir: Path, staged: Path, key: bytes | None) -> Path:
    """Give the verified copy the encryption of the store it replaces; return its path.

    No store in place: the copy stays as it is. Otherwise a plain copy for an
    encrypted store is encrypted with the store's key, an encrypted copy for
    a plain store decrypted (the user chose a plain store).
    """
    db = data_dir / DB_FILENAME
    if not db.exists() or db.stat().st_size == 0:
        return staged
    wanted = current_key(data_dir) if is_encrypted(db) else None
    if is_encrypted(db) and wanted is None:
        return staged  # the store's own key is not at hand: keep the backup as it is
    if wanted == key:
        return staged
    converted = staged.with_name(f"{STAGING_PREFIX}{uuid.uuid4().hex}.sqlite3")
    recrypt_file(staged, key, converted, wanted)
    _remove_with_companions(staged)
    return converted


def discard(prepared: PreparedRestore) -> None:
    """Remove the verified copy of a restore that will not happen."""
    _remove_with_companions(prepared.staged)


def ensure_not_in_use(db: Path, key: bytes | None = None) -> None:
    """Raise StoreInUse if another process has ``db`` open; leave it a single file.

    The open-markers name live processes; SQLite confirms: leaving WAL mode
    needs every other connection closed, and it folds the WAL into the file.
    ``key``: the store's SQLCipher key (None: plain, or looked up for an
    encrypted file).
    """
    others = other_instances(db.parent)
    if others:
        raise StoreInUse(db, others[0])
    if not db.exists():
        return
    if key is None and is_encrypted(db):
        key = current_key(db.parent)
        if key is None:
            return  # cannot be opened here, so it cannot be checked either
    try:
        conn = open_connection(db, key, timeout=0)
        try:
            conn.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            conn.close()
    except db_errors() as exc:
        if is_operational_error(exc) and ("locked" in str(exc) or "busy" in str(exc)):
            raise StoreInUse(db) from exc
        if not is_database_error(exc):
            raise
        # a damaged store: it will be moved aside, not read


def keep_current(prepared: PreparedRestore, keep: int) -> PreparedRestore:
    """Back up the store about to be replaced ("before-restore"), if it can be read.

    A damaged store cannot be backed up; it is moved aside by
    ``install_restore`` instead.
    """
    db = prepared.data_dir / DB_FILENAME
    if not db.exists() or db.stat().st_size == 0:
        return prepared
    key = current_key(prepared.data_dir) if is_encrypted(db) else None
    if key is None and is_encrypted(db):
        return prepared  # no key here: move it aside as it is rather than copy it
    try:
        made = rotating_backup(
            db, prepared.data_dir / BACKUP_DIRNAME, BEFORE_RESTORE, keep, key=key
        )
    except DamagedSource:
        return prepared
    return replace(prepared, current_backup=made)


def install_restore(prepared: PreparedRestore) -> RestoreReport:
    """Put the verified copy in place of the store; the caller has closed its store."""
    db = prepared.data_dir / DB_FILENAME
    try:
        ensure_not_in_use(db)
        moved: Path | None = None
        if db.exists() and prepared.current_backup is None and db.stat().st_size > 0:
            moved = move_aside(db, "replaced")
        for suffix in _COMPANIONS:
            db.with_name(db.name + suffix).unlink(missing_ok=True)
        os.replace(prepared.staged, db)
        fsync_path(db.parent)
    except OSError as exc:
        discard(prepared)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "Nie udało się zastąpić bazy {path} kopią {source}: {reason}."
            ),
            path=str(db),
            source=str(prepared.source),
            reason=exc.strerror or str(exc),
        ) from exc
    except BaseException:
        discard(prepared)
        raise
    return RestoreReport(prepared.source, db, prepared.revision, prepared.current_backup, moved)


def finish_restore(prepared: PreparedRestore, keep: int) -> RestoreReport:
    """Back up the current store and install ``prepared`` (no store of ours is open).

    Another process using the store is found before the slow backup, and
    again just before the swap.
    """
    try:
        ensure_not_in_use(prepared.data_dir / DB_FILENAME)
        prepared = keep_current(prepared, keep)
    except BaseException:
        discard(prepared)
        raise
    return install_restore(prepared)


def prepare_while_open(data_dir: Path, source: Path, keep: int) -> PreparedRestore:
    """The slow part of a restore, done while this process still has the store open.

    For the GUI: verify the copy and back up the current store in the
    background; the swap (``install_restore``) follows once the window has
    closed the store. Another process using the store is reported now, not
    after the window has gone.
    """
    others = other_instances(data_dir)
    if others:
        raise StoreInUse(data_dir / DB_FILENAME, others[0])
    prepared = prepare_restore(data_dir, source)
    try:
        return keep_current(prepared, keep)
    except BaseException:
        discard(prepared)
        raise


def restore_store(data_dir: Path, source: Path, keep: int) -> RestoreReport:
    """Verify ``source``, back up the current store and put ``source`` in its place."""
    return finish_restore(prepare_restore(data_dir, source), keep)

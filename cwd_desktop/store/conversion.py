"""Encrypting (or decrypting) an existing store in one step, safely.

The steps, each of which leaves the original untouched until the last:

1. the key: the folder's key from the keyring if it ever had one, else a
   new random key, put in the keyring *first* (no keyring: nothing happens);
2. a backup of the store as it is, with the usual backup machinery;
3. ``sqlcipher_export`` into a temporary file beside the store, under the
   new key (``recrypt``), in one read transaction;
4. the copy is proved: it opens with the key, passes ``integrity_check``,
   has the same schema and row counts, and is flushed to the disk;
5. the swap (``install_conversion``, fast, on the caller's thread): if
   anything was committed to the store since the copy was read
   (``PRAGMA data_version``), the copy is thrown away; else every
   connection of this store is closed, no other process may have the file
   open, the old -wal/-shm go, and the copy is renamed over the store;
6. the backups: each one is rewritten the same way (a verified ``.part``
   file renamed over it), so no plain copy of an encrypted store is left
   in the backup folder. A backup encrypted with a key this folder does not
   know is left as it is and reported.

A failure or a Cancel anywhere before step 5 leaves the store exactly as it
was (the temporary file is removed); a failure during step 6 leaves every
backup either converted or as it was, and running the conversion again
finishes the job. The GUI runs 1–4 and 6 on the writer thread and 5 on the
GUI thread, between two reads; the CLI calls ``convert_store``.

Attachments and exported documents (``blobs/``) are separate files and are
not encrypted by this; the UI says so.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.progress import NO_PROGRESS, Progress
from cwd_desktop.store.backup import fsync_path, list_backups
from cwd_desktop.store.encryption import (
    available,
    format_recovery_key,
    is_encrypted,
    new_key,
    remember_key,
    stored_key,
    unavailable_error,
)
from cwd_desktop.store.errors import StoreInUse
from cwd_desktop.store.recrypt import (
    export_copy,
    open_source,
    recrypt_file,
    remove_copy,
    verify_copy,
)
from cwd_desktop.store.restore import ensure_not_in_use
from cwd_desktop.store.sqlite import Connection, db_errors
from cwd_desktop.store.store import Store, other_instances

BEFORE_ENCRYPTION = "before-encryption"
BEFORE_DECRYPTION = "before-decryption"
STAGING_PREFIX = ".convert-"
_COMPANIONS = ("-wal", "-shm", "-journal")

STEP_BACKUP = QT_TRANSLATE_NOOP("progress", "Zapisywanie kopii zapasowej…")
STEP_ENCRYPT = QT_TRANSLATE_NOOP("progress", "Szyfrowanie bazy…")
STEP_DECRYPT = QT_TRANSLATE_NOOP("progress", "Odszyfrowywanie bazy…")
STEP_VERIFY = QT_TRANSLATE_NOOP("progress", "Sprawdzanie przepisanej bazy…")
STEP_BACKUPS = QT_TRANSLATE_NOOP("progress", "Przepisywanie kopii zapasowych ({n} z {total})…")
MAIN_STEPS = 3


@dataclass
class PreparedConversion:
    """A verified copy of the store under its new key, waiting to be swapped in."""

    store_path: Path
    staged: Path
    #: The key of the copy (None: decrypted, a plain file).
    key: bytes | None
    #: The backup of the store made before the copy.
    backup: Path
    _source: Connection = field(repr=False)
    _data_version: int = field(repr=False)


@dataclass(frozen=True)
class BackupsReport:
    """Backups rewritten under the new key, and those that could not be read."""

    converted: int = 0
    skipped: tuple[Path, ...] = ()


@dataclass(frozen=True)
class ConversionReport:
    """What ``convert_store`` did."""

    encrypted: bool
    #: False: the store already was in the wanted state (only backups were looked at).
    changed: bool
    backup: Path | None
    backups: BackupsReport
    #: The recovery key, shown once after encrypting (None after decrypting).
    recovery_key: str | None


def target_key(store: Store, encrypt: bool) -> bytes | None:
    """The key the store is converted to: the folder's own (old or new) key, or None.

    A new key is put in the keyring before anything else happens, so a store
    is never encrypted with a key that is not kept anywhere.
    """
    if not encrypt:
        return None
    if not available():
        raise unavailable_error()
    if store.key is not None:
        return store.key
    key = stored_key(store.data_dir)
    if key is None:
        key = new_key()
        remember_key(store.data_dir, key)
    return key


def _clean_leftovers(data_dir: Path) -> None:
    """Remove copies left by a conversion that was killed (power loss) long ago."""
    for path in data_dir.glob(STAGING_PREFIX + "*"):
        with contextlib.suppress(OSError):
            path.unlink()


def prepare_conversion(
    store: Store, key: bytes | None, progress: Progress = NO_PROGRESS
) -> PreparedConversion:
    """Back the store up and write a verified copy under ``key``; nothing is replaced yet."""
    others = other_instances(store.data_dir)
    if others:
        raise StoreInUse(store.path, others[0])
    _clean_leftovers(store.data_dir)
    progress.update(0, MAIN_STEPS, STEP_BACKUP)
    backup = store.backup(BEFORE_ENCRYPTION if key is not None else BEFORE_DECRYPTION)
    progress.update(1, MAIN_STEPS, STEP_ENCRYPT if key is not None else STEP_DECRYPT)
    staged = store.data_dir / f"{STAGING_PREFIX}{uuid.uuid4().hex}.sqlite3"
    source = open_source(store.path, store.key)
    try:
        snapshot = export_copy(source, staged, key, lambda: progress.cancelled)
        # Read now, after the copy's read transaction: any later commit changes it.
        version = int(source.execute("PRAGMA data_version").fetchone()[0])
        progress.update(2, MAIN_STEPS, STEP_VERIFY)
        verify_copy(staged, key, snapshot, store.path)
        fsync_path(staged)
        progress.update(MAIN_STEPS, MAIN_STEPS, "")
    except BaseException:
        source.close()
        remove_copy(staged)
        raise
    return PreparedConversion(store.path, staged, key, backup, source, version)


def discard_conversion(prepared: PreparedConversion) -> None:
    """Throw away a copy that will not be installed."""
    with contextlib.suppress(Exception):
        prepared._source.close()
    remove_copy(prepared.staged)


def install_conversion(store: Store, prepared: PreparedConversion) -> None:
    """Swap the verified copy in under the open ``store``; from now on it uses the new key.

    Fast (a rename), so the GUI calls it on its own thread where no read can
    run meanwhile. A commit since the copy was read, or another process with
    the store open, is a UserError and the store is left as it was.
    """
    db = prepared.store_path
    try:
        version = int(prepared._source.execute("PRAGMA data_version").fetchone()[0])
        prepared._source.close()
        if version != prepared._data_version:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Dane w bazie {path} zmieniły się w trakcie przepisywania; baza pozostała "
                    "bez zmian — spróbuj ponownie.",
                ),
                path=str(db),
            )
        store.release_connections()
        ensure_not_in_use(db, store.key)
        for suffix in _COMPANIONS:
            db.with_name(db.name + suffix).unlink(missing_ok=True)
        os.replace(prepared.staged, db)
        fsync_path(db.parent)
    except OSError as exc:
        discard_conversion(prepared)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Nie udało się zastąpić bazy {path} przepisaną kopią ({reason}); baza "
                "pozostała bez zmian.",
            ),
            path=str(db),
            reason=exc.strerror or str(exc),
        ) from exc
    except BaseException:
        discard_conversion(prepared)
        raise
    store.key = prepared.key


def convert_backups(
    folder: Path,
    from_key: bytes | None,
    to_key: bytes | None,
    progress: Progress = NO_PROGRESS,
) -> BackupsReport:
    """Rewrite every backup in ``folder`` under ``to_key`` (each one atomically).

    Backups already in the wanted state are left alone; one that neither the
    old nor the new key opens (an old key's backup) is skipped and listed.
    """
    files = list_backups(folder)
    converted = 0
    skipped: list[Path] = []
    for n, path in enumerate(files, start=1):
        progress.update(n - 1, len(files), STEP_BACKUPS.format(n=n, total=len(files)))
        encrypted = is_encrypted(path)
        if encrypted == (to_key is not None):
            continue
        source_key = from_key if encrypted else None
        if encrypted and source_key is None:
            skipped.append(path)
            continue
        part = path.with_name(path.name + ".part")
        try:
            recrypt_file(path, source_key, part, to_key, lambda: progress.cancelled)
        except db_errors() as exc:
            if "not a database" not in str(exc):
                raise
            skipped.append(path)  # encrypted with a key this folder no longer knows
            continue
        except UserError:
            skipped.append(path)  # damaged: left as it is for the user to judge
            continue
        os.replace(part, path)
        fsync_path(folder)
        converted += 1
    progress.update(len(files), len(files), "")
    return BackupsReport(converted, tuple(skipped))


def convert_store(
    store: Store, encrypt: bool, progress: Progress = NO_PROGRESS
) -> ConversionReport:
    """Encrypt (or decrypt) ``store`` and its backups in one step; see the module docstring."""
    old_key = store.key
    key = target_key(store, encrypt)
    changed = (store.key is None) == encrypt
    backup: Path | None = None
    if changed:
        prepared = prepare_conversion(store, key, progress)
        try:
            install_conversion(store, prepared)
        finally:
            backup = prepared.backup
    backups = convert_backups(store.backup_dir, old_key or key, key, progress)
    return ConversionReport(
        encrypted=key is not None,
        changed=changed,
        backup=backup,
        backups=backups,
        recovery_key=format_recovery_key(key) if key is not None else None,
    )

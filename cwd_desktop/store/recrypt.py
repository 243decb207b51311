"""Copying a database file into a new file with other encryption (plain ↔ SQLCipher).

The copy is made by SQLCipher's ``sqlcipher_export`` (ATTACH … KEY …), the
documented way to encrypt or decrypt a database: schema, data, indexes,
triggers, the full-text index and ``sqlite_sequence`` are written into a
fresh file under the new key. The copy is then proved before anyone uses
it: it opens with the new key, passes ``integrity_check``, has the same
schema and the same number of rows in every table as the source had in the
same read transaction, and is flushed to the disk. A failed or cancelled
copy is removed; the source is only ever read.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from cwd_desktop.errors import Cancelled, UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.store.backup import fsync_path
from cwd_desktop.store.sqlite import (
    BUSY_TIMEOUT_MS,
    Connection,
    is_operational_error,
    key_literal,
    open_connection,
    read_only_uri,
)

#: How many SQLite VM steps pass between two looks at the Cancel button.
CANCEL_CHECK_STEPS = 20_000
ALIAS = "recrypted"
_Snapshot = tuple[list[tuple[str, str, str]], dict[str, int]]


def open_source(path: Path, key: bytes | None) -> Connection:
    """A read-only SQLCipher connection on ``path`` (plain when ``key`` is None), autocommit."""
    conn = open_connection(
        read_only_uri(path),
        key,
        uri=True,
        cipher=True,
        check_same_thread=False,
        isolation_level=None,
    )
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return conn


def _snapshot(conn: Connection, schema: str) -> _Snapshot:
    """The schema entries and the row count of every table of ``schema``."""
    entries = sorted(
        (str(t), str(n), str(sql or ""))
        for t, n, sql in conn.execute(f"SELECT type, name, sql FROM {schema}.sqlite_master")
    )
    counts = {
        name: int(conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0])
        for kind, name, _sql in entries
        if kind == "table" and not name.startswith("sqlite_stat")
    }
    return entries, counts


def export_copy(
    source: Connection,
    target: Path,
    key: bytes | None,
    cancelled: Callable[[], bool] | None = None,
) -> _Snapshot:
    """Write the whole of ``source`` into the new file ``target`` under ``key``.

    Returns the source's schema and row counts, read in the same read
    transaction as the copy, for ``verify_copy``. Raises ``Cancelled`` when
    ``cancelled()`` turns true; the caller removes ``target`` then.
    """
    if cancelled is not None:
        source.set_progress_handler(lambda: 1 if cancelled() else 0, CANCEL_CHECK_STEPS)
    source.execute(
        f"ATTACH DATABASE ? AS {ALIAS} KEY ?",
        (str(target), key_literal(key) if key is not None else ""),
    )
    try:
        source.execute("BEGIN")
        try:
            source.execute(f"SELECT sqlcipher_export('{ALIAS}')")
            for pragma in ("user_version", "application_id"):
                value = int(source.execute(f"PRAGMA main.{pragma}").fetchone()[0])
                source.execute(f"PRAGMA {ALIAS}.{pragma} = {value}")
            snapshot = _snapshot(source, "main")
            source.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(Exception):
                source.execute("ROLLBACK")
            raise
    except Exception as exc:
        if cancelled is not None and cancelled() and is_operational_error(exc):
            raise Cancelled() from exc
        raise
    finally:
        if cancelled is not None:
            source.set_progress_handler(None, 0)
        with contextlib.suppress(Exception):
            source.execute(f"DETACH DATABASE {ALIAS}")
    return snapshot


def verify_copy(target: Path, key: bytes | None, expected: _Snapshot, label: Path) -> None:
    """Prove the copy: it opens with ``key``, is sound, and matches ``expected``."""
    conn = open_connection(target, key, cipher=True)
    try:
        verdict = str(conn.execute("PRAGMA integrity_check").fetchone()[0])
        found = _snapshot(conn, "main") if verdict == "ok" else None
    finally:
        conn.close()
    if verdict != "ok":
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Przepisana kopia bazy {path} jest uszkodzona ({verdict}); oryginał pozostał "
                "bez zmian.",
            ),
            path=str(label),
            verdict=verdict.splitlines()[0],
        )
    if found != expected:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Przepisana kopia bazy {path} ma inne tabele lub liczby wierszy niż oryginał; "
                "oryginał pozostał bez zmian.",
            ),
            path=str(label),
        )


def remove_copy(target: Path) -> None:
    """Delete a copy that will not be used (and its journal)."""
    for name in (target.name, target.name + "-journal", target.name + "-wal", target.name + "-shm"):
        with contextlib.suppress(OSError):
            target.with_name(name).unlink(missing_ok=True)


def recrypt_file(
    source: Path,
    source_key: bytes | None,
    target: Path,
    target_key: bytes | None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Copy ``source`` into the new, verified and flushed file ``target`` under ``target_key``."""
    try:
        conn = open_source(source, source_key)
        try:
            snapshot = export_copy(conn, target, target_key, cancelled)
        finally:
            conn.close()
        verify_copy(target, target_key, snapshot, source)
        fsync_path(target)
    except BaseException:
        remove_copy(target)
        raise

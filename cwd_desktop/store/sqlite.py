"""Plain ``sqlite3`` access: PRAGMAs, read-only URIs, file sniffing, encrypted files.

Standard library only, on purpose: opening the store and the reads the GUI
needs for its first paint go through here, so SQLAlchemy (a quarter of a
second to import) is loaded only after the window is on screen.

An encrypted store (see ``store.encryption``) is a SQLCipher file: the same
DB-API, from the ``sqlcipher3`` module, which is imported only when a key is
given, so a plain store never pays for it. Every opener here takes that key
(``None``: a plain file). SQLCipher's exceptions are its own classes, not
``sqlite3``'s; code that catches database errors uses ``db_errors()``.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, cast

BUSY_TIMEOUT_MS = 10_000
SQLITE_MAGIC = b"SQLite format 3\x00"
#: SQLCipher's page size; an encrypted file is a whole number of pages.
CIPHER_PAGE_SIZE = 4096
CIPHER_MODULE = "sqlcipher3"
KEY_BYTES = 32

#: A DB-API connection we hand out: ``sqlite3``'s, or SQLCipher's, which has the same
#: API (typed as ``sqlite3``'s so callers are checked against that API).
Connection = sqlite3.Connection


def cipher_dbapi() -> ModuleType:
    """SQLCipher's DB-API module, imported on first use (ImportError when not installed)."""
    # A plain import statement (not importlib), so PyInstaller sees and bundles it.
    from sqlcipher3 import dbapi2  # type: ignore[import-untyped]

    return cast(ModuleType, dbapi2)


def key_literal(key: bytes) -> str:
    """A raw 256-bit key as SQLCipher's key string: no passphrase derivation, so opening is fast."""
    if len(key) != KEY_BYTES:
        raise ValueError("a store key is 32 bytes")
    return f"x'{key.hex()}'"


def apply_key(conn: Connection, key: bytes) -> None:
    """Key a fresh SQLCipher connection; must precede every other use of the file."""
    # A wrong key is an expected event (a user error), not something for stderr.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f'PRAGMA key = "{key_literal(key)}"')
    # Pinned, so that a future SQLCipher with other defaults still reads our files.
    conn.execute("PRAGMA cipher_compatibility = 4")


def open_connection(
    target: str | Path,
    key: bytes | None = None,
    *,
    uri: bool = False,
    timeout: float = 5.0,
    check_same_thread: bool = True,
    isolation_level: str | None = "",
    cipher: bool = False,
) -> Connection:
    """A bare connection: ``sqlite3`` for a plain file, SQLCipher keyed with ``key``.

    ``cipher``: made by SQLCipher even without a key (it reads plain files
    too), for ``sqlcipher_export`` into an encrypted copy.
    """
    module: Any = sqlite3 if key is None and not cipher else cipher_dbapi()
    conn = cast(
        Connection,
        module.connect(
            str(target),
            uri=uri,
            timeout=timeout,
            check_same_thread=check_same_thread,
            isolation_level=isolation_level,
        ),
    )
    if key is not None:
        try:
            apply_key(conn, key)
        except BaseException:
            conn.close()
            raise
    return conn


def apply_pragmas(conn: Connection) -> None:
    """WAL so readers never block the writer; FULL sync because laptops lose power."""
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    # GDPR: erased personal data is overwritten on disk, not left in free space.
    conn.execute("PRAGMA secure_delete=ON")


def connect(path: Path, key: bytes | None = None) -> Connection:
    """A read-write connection with the store's PRAGMAs (autocommit off)."""
    conn = open_connection(path, key, check_same_thread=False)
    try:
        apply_pragmas(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def read_only_uri(path: Path) -> str:
    """A ``sqlite3`` URI opening ``path`` read-only; ``#``, ``?`` and spaces are escaped."""
    return path.resolve().as_uri() + "?mode=ro"


def connect_read_only(path: Path, key: bytes | None = None) -> Connection:
    """A read-only connection: nothing (not even the journal mode) of the file changes."""
    return open_connection(read_only_uri(path), key, uri=True)


def looks_like_sqlite(path: Path) -> bool:
    """True if ``path`` is empty or starts with the SQLite header (a plain, unencrypted file)."""
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    return head in (b"", SQLITE_MAGIC)


def looks_encrypted(path: Path) -> bool:
    """True if ``path`` could be a SQLCipher file: whole pages, no SQLite header.

    SQLCipher replaces the header with a random salt, so an encrypted store
    cannot be told from random bytes; a text file is rarely whole pages long.
    """
    size = path.stat().st_size
    return size > 0 and size % CIPHER_PAGE_SIZE == 0 and not looks_like_sqlite(path)


def db_errors(*also: type[Exception]) -> tuple[type[Exception], ...]:
    """``sqlite3.Error``, SQLCipher's ``Error`` once it is in use, and ``also`` (for ``except``)."""
    cipher = sys.modules.get(f"{CIPHER_MODULE}.dbapi2")
    if cipher is None:
        return (sqlite3.Error, *also)
    return (sqlite3.Error, cipher.Error, *also)


def is_database_error(exc: BaseException) -> bool:
    """True for a ``DatabaseError`` of either module (damage, "not a database", …)."""
    cipher = sys.modules.get(f"{CIPHER_MODULE}.dbapi2")
    kinds: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
    if cipher is not None:
        kinds = (sqlite3.DatabaseError, cipher.DatabaseError)
    return isinstance(exc, kinds)


def is_operational_error(exc: BaseException) -> bool:
    """True for an ``OperationalError`` of either module (locked, busy, interrupted, …)."""
    cipher = sys.modules.get(f"{CIPHER_MODULE}.dbapi2")
    kinds: tuple[type[Exception], ...] = (sqlite3.OperationalError,)
    if cipher is not None:
        kinds = (sqlite3.OperationalError, cipher.OperationalError)
    return isinstance(exc, kinds)

"""Plain ``sqlite3`` access: PRAGMAs, read-only URIs, file sniffing.

Standard library only, on purpose: opening the store and the reads the GUI
needs for its first paint go through here, so SQLAlchemy (a quarter of a
second to import) is loaded only after the window is on screen.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

BUSY_TIMEOUT_MS = 10_000
SQLITE_MAGIC = b"SQLite format 3\x00"


def apply_pragmas(conn: sqlite3.Connection) -> None:
    """WAL so readers never block the writer; FULL sync because laptops lose power."""
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    # GDPR: erased personal data is overwritten on disk, not left in free space.
    conn.execute("PRAGMA secure_delete=ON")


def connect(path: Path) -> sqlite3.Connection:
    """A read-write connection with the store's PRAGMAs (autocommit off)."""
    conn = sqlite3.connect(str(path), check_same_thread=False)
    apply_pragmas(conn)
    return conn


def read_only_uri(path: Path) -> str:
    """A ``sqlite3`` URI opening ``path`` read-only; ``#``, ``?`` and spaces are escaped."""
    return path.resolve().as_uri() + "?mode=ro"


def looks_like_sqlite(path: Path) -> bool:
    """True if ``path`` is empty or starts with the SQLite header."""
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    return head in (b"", SQLITE_MAGIC)

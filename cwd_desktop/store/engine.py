"""The SQLite engine with the PRAGMAs a field laptop needs.

WAL so readers never block the writer; ``synchronous=FULL`` because laptops
lose power and an acknowledged write must survive it; foreign keys on; a
busy timeout so a CLI command and the GUI can share the file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event

BUSY_TIMEOUT_MS = 10_000
SQLITE_MAGIC = b"SQLite format 3\x00"


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine on ``path`` with the store's PRAGMAs set on every connection."""
    # URL.create, not an f-string: a folder named "Dane?2" must not become a query string.
    engine = create_engine(URL.create("sqlite", database=str(path)), future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def read_only_uri(path: Path) -> str:
    """A ``sqlite3`` URI opening ``path`` read-only; ``#``, ``?`` and spaces are escaped."""
    return path.resolve().as_uri() + "?mode=ro"


def looks_like_sqlite(path: Path) -> bool:
    """True if ``path`` is empty or starts with the SQLite header."""
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    return head in (b"", SQLITE_MAGIC)

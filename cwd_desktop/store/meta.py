"""Facts about this store kept in ``local_meta``, read with plain ``sqlite3``."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

DEVICE_KEY = "device_id"
TERYT_KEY = "teryt_sha256"


def read_meta(conn: sqlite3.Connection, key: str) -> str | None:
    """The value stored under ``key``, or None."""
    row = conn.execute("SELECT value FROM local_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def file_digest(path: Path) -> str:
    """SHA-256 of a file, to reload reference data only when it changed."""
    return hashlib.sha256(path.read_bytes()).hexdigest()

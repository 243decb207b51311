"""The SQLAlchemy engine on the store file, with the same PRAGMAs as ``store.sqlite``."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event

from cwd_desktop.store.sqlite import apply_pragmas


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    apply_pragmas(dbapi_conn)


def make_engine(path: Path) -> Engine:
    """An engine on ``path`` with the store's PRAGMAs set on every connection."""
    # URL.create, not an f-string: a folder named "Dane?2" must not become a query string.
    engine = create_engine(URL.create("sqlite", database=str(path)))
    event.listen(engine, "connect", _on_connect)
    return engine

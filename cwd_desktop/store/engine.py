"""The SQLAlchemy engine on the store file, with the same PRAGMAs as ``store.sqlite``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event

from cwd_desktop.store.sqlite import apply_pragmas, cipher_dbapi, open_connection


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    apply_pragmas(dbapi_conn)


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine on ``path`` with the store's PRAGMAs set on every connection.

    For an encrypted store (``key`` given) every pooled connection is made by
    SQLCipher and keyed before SQLAlchemy sees it; the dialect's DB-API
    module is SQLCipher's too, so its errors are wrapped like ``sqlite3``'s
    (``DBAPIError``) and the rest of the code need not know.
    """
    # URL.create, not an f-string: a folder named "Dane?2" must not become a query string.
    url = URL.create("sqlite", database=str(path))
    if key is None:
        engine = create_engine(url)
    else:
        engine = create_engine(
            url,
            module=cipher_dbapi(),
            creator=lambda: open_connection(path, key, check_same_thread=False),
        )
    event.listen(engine, "connect", _on_connect)
    return engine

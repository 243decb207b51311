"""Keeps the FTS5 search index in step with every flush (see ``store.search``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from cwd_desktop.domain.base import Synced
from cwd_desktop.store import search


def index_object(conn: Any, obj: Synced) -> None:
    """(Re)index one record, or drop it from the index if it is a tombstone."""
    fields = type(obj).__search__
    if not fields:
        return
    kind = type(obj).__table__.name  # type: ignore[attr-defined]
    body = search.body_text([getattr(obj, name) for name in fields])
    search.upsert(conn, kind, obj.id, obj.partnership_id, body, obj.deleted_at is None)


def _after_flush(session: Session, _flush_context: object) -> None:
    touched = [
        obj
        for obj in (*session.new, *session.dirty)
        if isinstance(obj, Synced) and type(obj).__search__
    ]
    if not touched:
        return
    conn = session.connection().connection.driver_connection
    for obj in touched:
        index_object(conn, obj)


def install_search_listener(factory: sessionmaker[Session]) -> None:
    """Attach the indexer to every session this factory makes."""
    event.listen(factory, "after_flush", _after_flush)

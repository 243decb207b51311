"""Writing what came from elsewhere into this store, without echoing it back.

Rows arriving from the server (or a bundle) are written with SQLAlchemy
Core on the unit of work's connection: the outbox listener watches ORM
flushes only, so nothing written here is queued to be pushed again. The
search index is updated here instead of by its flush listener.

A field with a change still waiting in this device's outbox keeps the local
value: that change will be pushed next and merged on the server, where a
real clash becomes a conflict. Every other field takes the incoming value.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from cwd_desktop.domain.types import utcnow
from cwd_desktop.store import search
from cwd_desktop.sync.codec import row_python
from cwd_desktop.sync.server import SyncedTable

_CHUNK = 900


def chunks(items: list[Any], size: int = _CHUNK) -> Iterator[list[Any]]:
    """Slices small enough for SQLite's limit on bound parameters."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def pending_fields(conn: Connection, table: str, row_ids: Iterable[str]) -> dict[str, set[str]]:
    """Fields of these rows with a local change not yet pushed."""
    pending: dict[str, set[str]] = defaultdict(set)
    ids = sorted(set(row_ids))
    for part in chunks(ids):
        marks = ", ".join("?" * len(part))
        rows = conn.exec_driver_sql(
            f"SELECT row_id, changes FROM outbox WHERE table_name = ? AND row_id IN ({marks})",
            (table, *part),
        )
        for row_id, changes in rows:
            pending[str(row_id)].update(json.loads(changes))
    return pending


def apply_rows(
    conn: Connection,
    spec: SyncedTable,
    rows: list[dict[str, Any]],
    *,
    respect_pending: bool = True,
    json_form: bool = True,
) -> int:
    """Write incoming rows (JSON form) over the local ones; return how many were written.

    ``respect_pending=False`` is for rows already merged against the local
    row (bundles), which carry the local pending values where they win.
    """
    if not rows:
        return 0
    table = spec.table
    pending = (
        pending_fields(conn, spec.name, (str(r["id"]) for r in rows)) if respect_pending else {}
    )
    existing: set[str] = set()
    if pending:
        for part in chunks(sorted(pending)):
            existing.update(
                str(r[0]) for r in conn.execute(select(table.c.id).where(table.c.id.in_(part)))
            )
    full: list[dict[str, Any]] = []
    partial: list[tuple[str, dict[str, Any]]] = []
    for raw in rows:
        values = row_python(table, raw) if json_form else raw
        keep = pending.get(str(raw["id"]))
        if keep and str(raw["id"]) in existing:
            # The row's version and last-change stamp stay local too: its unsent change
            # comes back from the server with the server's, once it is pushed.
            skip = {*keep, "id", "version", "updated_at", "updated_by"}
            partial.append((str(raw["id"]), {k: v for k, v in values.items() if k not in skip}))
        else:
            full.append(values)
    if full:
        stmt = sqlite_insert(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=[table.c.id],
            set_={c.name: stmt.excluded[c.name] for c in table.columns if c.name != "id"},
        )
        for part in chunks(full, 500):
            conn.execute(stmt, part)
    for row_id, values in partial:
        if values:
            conn.execute(update(table).where(table.c.id == row_id).values(**values))
    if spec.personal:
        gone = [str(r["id"]) for r in rows if r.get("deleted_at") is not None]
        scrub_personal_conflicts(conn, spec.name, gone, spec.personal)
    if spec.search:
        _reindex(conn, spec, [dict(v) for v in full] + _reload(conn, spec, [r for r, _ in partial]))
    return len(rows)


def _reload(conn: Connection, spec: SyncedTable, row_ids: list[str]) -> list[dict[str, Any]]:
    if not row_ids:
        return []
    table = spec.table
    out: list[dict[str, Any]] = []
    for part in chunks(row_ids):
        out.extend(
            dict(r._mapping) for r in conn.execute(select(table).where(table.c.id.in_(part)))
        )
    return out


def _reindex(conn: Connection, spec: SyncedTable, rows: list[dict[str, Any]]) -> None:
    search.upsert_many(
        conn.connection.driver_connection,
        spec.name,
        [
            (
                str(row["id"]),
                str(row["partnership_id"]),
                search.body_text([row.get(name) for name in spec.search]),
                row.get("deleted_at") is None,
            )
            for row in rows
        ],
    )


def current_rows(conn: Connection, spec: SyncedTable, row_ids: Iterable[str]) -> dict[str, Any]:
    """The local rows with these ids, keyed by id (Python values)."""
    table = spec.table
    found: dict[str, Any] = {}
    for part in chunks(sorted(set(row_ids))):
        for r in conn.execute(select(table).where(table.c.id.in_(part))):
            found[str(r.id)] = dict(r._mapping)
    return found


def scrub_personal_conflicts(
    conn: Connection, table: str, row_ids: list[str], fields: Iterable[str]
) -> None:
    """Blank and close conflicts on personal fields of deleted rows (GDPR erasure).

    A clash of two phone numbers keeps both; once the person is erased,
    neither may survive in the conflicts table.
    """
    names = sorted(fields)
    if not row_ids or not names:
        return
    for part in chunks(row_ids, 500):
        conn.exec_driver_sql(
            "UPDATE sync_conflict SET base_value = '\"\"', current_value = '\"\"', "
            "other_value = '\"\"', resolution = CASE WHEN resolution IS NULL THEN NULL "
            "ELSE '\"\"' END, resolved_at = COALESCE(resolved_at, ?), resolution_pending = 0 "
            f"WHERE table_name = ? AND field IN ({', '.join('?' * len(names))}) "
            f"AND row_id IN ({', '.join('?' * len(part))})",
            (utcnow().replace(tzinfo=None).isoformat(sep=" "), table, *names, *part),
        )


def defer_foreign_keys(conn: Connection) -> None:
    """Check foreign keys at commit: rows of one sync may arrive children first."""
    conn.execute(text("PRAGMA defer_foreign_keys = ON"))

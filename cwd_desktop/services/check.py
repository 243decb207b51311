"""``cwd-desktop check``: is the store sound, and does the outbox match the data?"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text

from cwd_desktop.domain import Base, OutboxEntry, Synced
from cwd_desktop.store import Store
from cwd_desktop.store.migrate import HEAD_REVISION, current_revision


@dataclass(frozen=True)
class CheckResult:
    """One check: its name, whether it passed, and what was found."""

    name: str
    ok: bool
    detail: str


def synced_tables() -> list[type[Synced]]:
    """Every ORM class whose rows travel through sync."""
    return [m.class_ for m in Base.registry.mappers if issubclass(m.class_, Synced)]


def run_checks(store: Store) -> list[CheckResult]:
    """Integrity, foreign keys, schema revision and outbox consistency."""
    results: list[CheckResult] = []
    with store.engine.connect() as conn:
        verdict = conn.execute(text("PRAGMA integrity_check")).scalar()
        results.append(CheckResult("integrity", verdict == "ok", str(verdict)))
        broken = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
        results.append(CheckResult("foreign_keys", not broken, f"{len(broken)} broken references"))
        revision = current_revision(conn)
        results.append(CheckResult("schema", revision == HEAD_REVISION, f"revision {revision}"))
    with store.session() as session:
        problems = 0
        for model in synced_tables():
            table = model.__table__.name  # type: ignore[attr-defined]
            last = (
                select(OutboxEntry.row_id, func.max(OutboxEntry.base_version + 1).label("v"))
                .where(OutboxEntry.table_name == table)
                .group_by(OutboxEntry.row_id)
                .subquery()
            )
            mismatched = session.scalar(
                select(func.count())
                .select_from(last)
                .outerjoin(model, model.id == last.c.row_id)
                .where((model.id.is_(None)) | (model.version != last.c.v))
            )
            problems += mismatched or 0
        results.append(
            CheckResult("outbox", problems == 0, f"{problems} rows differ from their outbox")
        )
    missing, stale = search_index_gaps(store)
    results.append(
        CheckResult(
            "search_index",
            missing == stale == 0,
            f"{missing} records missing from the search index, {stale} stale entries",
        )
    )
    return results


def searchable_tables() -> list[type[Synced]]:
    """Synced models with full-text indexed fields."""
    return [m for m in synced_tables() if m.__search__]


def search_index_gaps(store: Store) -> tuple[int, int]:
    """(live records not indexed, index entries of no live record)."""
    conn = store.reader()
    missing = stale = 0
    for model in searchable_tables():
        table = model.__table__.name  # type: ignore[attr-defined]
        missing += conn.execute(
            f"SELECT count(*) FROM {table} t WHERE t.deleted_at IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM search_key k WHERE k.row_id = t.id)"
        ).fetchone()[0]
        stale += conn.execute(
            f"SELECT count(*) FROM search_key k WHERE k.kind = ? AND NOT EXISTS"
            f" (SELECT 1 FROM {table} t WHERE t.id = k.row_id AND t.deleted_at IS NULL)",
            (table,),
        ).fetchone()[0]
    return int(missing), int(stale)


def rebuild_search_index(store: Store) -> int:
    """Index every live searchable record anew (``check --repair``); return how many."""
    from cwd_desktop.store.indexing import index_object

    count = 0
    with store.unit_of_work() as session:
        conn = session.connection().connection.driver_connection
        assert conn is not None
        conn.execute("DELETE FROM search_index")
        conn.execute("DELETE FROM search_key")
        for model in searchable_tables():
            for obj in session.scalars(select(model).where(model.deleted_at.is_(None))):
                index_object(conn, obj)
                count += 1
    return count

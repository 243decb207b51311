"""``cwd-desktop check``: is the store sound, does the outbox match the data, how far
behind is sync?

``run_checks`` lists what must hold (a failure makes ``check`` exit 1);
``sync_lag`` says how much is waiting to be synced, which is not a fault but
tells an advisor how long ago the colleagues last saw their work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

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


@dataclass(frozen=True)
class SyncLag:
    """How far behind sync is: what waits to be sent, since when, and what needs a person."""

    pending: int
    oldest_pending_at: datetime | None
    last_sync: datetime | None
    open_conflicts: int
    now: datetime

    @property
    def oldest_pending_age(self) -> timedelta | None:
        """How long the oldest unsent change has been waiting."""
        return self.now - self.oldest_pending_at if self.oldest_pending_at else None

    @property
    def since_last_sync(self) -> timedelta | None:
        """How long ago the last sync finished (None: never)."""
        return self.now - self.last_sync if self.last_sync else None

    def as_json(self) -> dict[str, object]:
        """The machine-readable form printed by ``check --json``."""

        def seconds(delta: timedelta | None) -> int | None:
            return int(delta.total_seconds()) if delta is not None else None

        return {
            "pending": self.pending,
            "oldest_pending_at": _iso(self.oldest_pending_at),
            "oldest_pending_age_seconds": seconds(self.oldest_pending_age),
            "last_sync": _iso(self.last_sync),
            "since_last_sync_seconds": seconds(self.since_last_sync),
            "open_conflicts": self.open_conflicts,
        }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _utc(text: str | None) -> datetime | None:
    """A timestamp as stored by ``UtcDateTime`` in SQLite (naive UTC text)."""
    if not text:
        return None
    value = datetime.fromisoformat(text)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def sync_lag(store: Store, now: datetime | None = None) -> SyncLag:
    """Pending outbox changes, the oldest one's time, the last sync and open conflicts."""
    from cwd_desktop.sync.client import last_sync

    conn = store.reader()
    pending, oldest = conn.execute("SELECT count(*), min(created_at) FROM outbox").fetchone()
    (conflicts,) = conn.execute(
        "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL"
    ).fetchone()
    synced = last_sync(store)
    return SyncLag(
        pending=int(pending),
        oldest_pending_at=_utc(oldest),
        last_sync=synced.astimezone(UTC) if synced else None,
        open_conflicts=int(conflicts),
        now=now or datetime.now(UTC),
    )


def describe_age(delta: timedelta) -> str:
    """A short Polish duration for the CLI: "3 dni 4 godz.", "25 min", "mniej niż minutę"."""
    minutes = int(delta.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        unit = "dzień" if days == 1 else "dni"
        return f"{days} {unit} {hours} godz." if hours else f"{days} {unit}"
    if hours:
        return f"{hours} godz. {minutes} min" if minutes else f"{hours} godz."
    return f"{minutes} min" if minutes else "mniej niż minutę"

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
    return results

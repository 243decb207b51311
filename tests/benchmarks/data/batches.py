"""Writing generated rows through the ORM in units of work, a few thousand at a time.

Rows go in as model objects added to ``store.unit_of_work()`` sessions, so
the outbox listener and the search-index listener see every row exactly as
they see a user's edits; only the batching (thousands of rows per
transaction instead of one) differs from real use. Per-row ``Records``
calls would also run the validators, which are not what is measured here.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING

from cwd_desktop.store import Store

if TYPE_CHECKING:
    from cwd_desktop.domain import Synced

#: Rows per transaction: large enough that commits (fsync) do not dominate,
#: small enough that a session's identity map stays modest.
BATCH = 4000


def row_id(rng: random.Random) -> str:
    """A version-4 UUID drawn from ``rng``: ids like the app's, but the same for one seed."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def save(store: Store, rows: Iterable[Synced], batch: int = BATCH) -> int:
    """Add ``rows`` in units of work of ``batch`` rows each; return how many were stored."""
    stored = 0
    pending: list[Synced] = []
    for obj in rows:
        pending.append(obj)
        if len(pending) >= batch:
            stored += _commit(store, pending)
            pending = []
    if pending:
        stored += _commit(store, pending)
    return stored


def _commit(store: Store, rows: list[Synced]) -> int:
    """One transaction; parent tables flushed before the tables that refer to them.

    The models declare foreign keys but no relationships, so the session
    cannot order inserts across tables by itself; a flush per table, in the
    metadata's dependency order, does (each flush feeds the listeners).
    """
    from cwd_desktop.domain import Base

    order = {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)}
    by_table: dict[str, list[Synced]] = {}
    for obj in rows:
        by_table.setdefault(type(obj).__table__.name, []).append(obj)  # type: ignore[attr-defined]
    with store.unit_of_work() as session:
        for name in sorted(by_table, key=order.__getitem__):
            session.add_all(by_table[name])
            session.flush()
    return len(rows)

"""Row ids and UTC timestamps that travel between devices."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy.exc import StatementError

from cwd_desktop.domain import Partnership
from cwd_desktop.domain.types import new_id, utcnow
from cwd_desktop.store import Store


def test_new_ids_are_random_uuids() -> None:
    """Ids made offline on two laptops never collide: they are random UUIDs."""
    ids = {new_id() for _ in range(1000)}

    assert len(ids) == 1000
    assert all(uuid.UUID(i).version == 4 for i in ids)


def test_utcnow_is_timezone_aware() -> None:
    """Timestamps are made in UTC, never naive local time."""
    assert utcnow().utcoffset() == timedelta(0)


def test_timestamps_come_back_from_sqlite_as_the_same_instant_in_utc(store: Store) -> None:
    """A time written in Warsaw summer time is read back as the same moment, in UTC."""
    warsaw = timezone(timedelta(hours=2))
    moment = datetime(2024, 7, 1, 14, 30, tzinfo=warsaw)
    row_id = new_id()
    with store.unit_of_work() as session:
        session.add(
            Partnership(
                id=row_id, partnership_id=row_id, name="P", short_name="P", deleted_at=moment
            )
        )

    with store.session() as session:
        row = session.get(Partnership, row_id)
        assert row is not None and row.deleted_at is not None
        assert row.deleted_at == moment
        assert row.deleted_at.tzinfo == UTC
        assert row.deleted_at.hour == 12


def test_naive_timestamp_is_refused(store: Store) -> None:
    """A naive datetime is a bug (its zone is unknown) and stores nothing."""
    row_id = new_id()
    with pytest.raises(StatementError), store.unit_of_work() as session:
        session.add(
            Partnership(
                id=row_id,
                partnership_id=row_id,
                name="P",
                short_name="P",
                deleted_at=datetime(2024, 7, 1, 14, 30),
            )
        )

    assert store.pending_changes() == 0

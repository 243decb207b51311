"""Field-level writes: validated, atomic, undoable, and GDPR-erasing on delete."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from cwd_desktop.domain import ContactPerson, OutboxEntry
from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.records import parse_date


@pytest.fixture
def pid(services: Services) -> str:
    return services.partnerships.create(DEMO_PARTNERSHIPS[0])


def outbox(services: Services, row_id: str) -> list[OutboxEntry]:
    with services.store.session() as session:
        return list(
            session.scalars(
                select(OutboxEntry).where(OutboxEntry.row_id == row_id).order_by(OutboxEntry.seq)
            )
        )


def test_set_field_returns_old_value_and_records_one_change(services: Services, pid: str) -> None:
    """A cell edit stores the new value, returns the old one for undo, and queues one change."""
    row = services.records.create("stakeholder", pid, {"name": "OSP Lelkowo", "category": "osp"})
    old = services.records.set_field("stakeholder", row, "influence", 5)
    assert old == 3
    assert services.records.get("stakeholder", row)["influence"] == 5
    last = outbox(services, row)[-1]
    assert (last.op, last.changes) == ("update", {"influence": {"old": 3, "new": 5}})


def test_protected_fields_cannot_be_set(services: Services, pid: str) -> None:
    """Ids, the partnership and sync bookkeeping are never set from a form."""
    row = services.records.create("stakeholder", pid, {"name": "OSP Lelkowo", "category": "osp"})
    for field in ("id", "partnership_id", "version", "deleted_at"):
        with pytest.raises(ValueError):
            services.records.set_field("stakeholder", row, field, "x")


def test_create_many_is_all_or_nothing(services: Services, pid: str) -> None:
    """If one row of a batch is refused, none of the batch is stored."""
    before = services.store.pending_changes()
    with pytest.raises(UserError):
        services.records.create_many(
            "stakeholder",
            pid,
            [{"name": "OSP Lelkowo", "category": "osp"}, {"name": "", "category": "osp"}],
        )
    assert services.store.pending_changes() == before
    count = services.store.reader().execute("SELECT count(*) FROM stakeholder").fetchone()[0]
    assert count == 0


def test_deleting_a_contact_erases_personal_data_everywhere(services: Services, pid: str) -> None:
    """GDPR: the tombstoned row and every unsent outbox entry lose the person's data at once."""
    stakeholder = services.records.create(
        "stakeholder", pid, {"name": "KGW Płoskinia", "category": "kgw"}
    )
    person = services.records.create(
        ContactPerson,
        pid,
        {
            "stakeholder_id": stakeholder,
            "name": "Halina Zawadzka",
            "role": "przewodnicząca",
            "phone": "+48 600 100 200",
            "email": "halina@example.pl",
            "consent_purpose": "kontakt w sprawie konsultacji",
            "consent_on": parse_date("2024-03-01", "consent_on"),
        },
    )
    services.records.delete(ContactPerson, person)
    with services.store.session() as session:
        row = session.get(ContactPerson, person)
        assert row is not None and row.deleted_at is not None
        assert (row.name, row.role, row.phone, row.email) == ("", "", "", "")
    dump = " ".join(str(e.changes) for e in outbox(services, person))
    for secret in ("Halina", "Zawadzka", "600 100 200", "halina@example.pl", "przewodnicząca"):
        assert secret not in dump
    assert [e.op for e in outbox(services, person)] == ["insert", "delete"]
    services.store.close()  # checkpoints the WAL into the database file
    raw = services.store.path.read_bytes()
    wal = services.store.path.with_name("cwd.sqlite3-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert b"Zawadzka" not in raw, "secure_delete overwrites the erased bytes on disk"


def test_parse_date_accepts_polish_and_iso_forms() -> None:
    """Dates typed as 05.03.2024 or 2024-03-05 are the same day; nonsense names the field."""
    assert parse_date("05.03.2024", "d") == parse_date("2024-03-05", "d")
    assert parse_date("", "d") is None
    with pytest.raises(UserError) as caught:
        parse_date("30.02.2024", "held_on")
    assert caught.value.field == "held_on"

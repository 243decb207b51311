"""The outbox: every local change leaves exactly the row the sync engine must push."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from cwd_desktop.domain import OutboxEntry, Partnership, PartnershipJst
from cwd_desktop.domain.base import SYNC_META_COLUMNS
from cwd_desktop.domain.types import new_id
from cwd_desktop.domain.vocab import Osi, Stage
from cwd_desktop.errors import BugError
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipData
from cwd_desktop.store import Store

BOLESLAWIEC_TOWN = "0201011"
BOLESLAWIEC_RURAL = "0201022"
GROMADKA = "0201032"


def outbox(store: Store) -> list[OutboxEntry]:
    """All outbox rows, oldest first."""
    with store.session() as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))


def member(store: Store, partnership_id: str, teryt: str) -> PartnershipJst:
    """The membership row of one JST, tombstoned or not."""
    with store.session() as session:
        return session.scalars(
            select(PartnershipJst).where(
                PartnershipJst.partnership_id == partnership_id, PartnershipJst.teryt == teryt
            )
        ).one()


def partnership_row(store: Store, row_id: str) -> Partnership:
    """The stored partnership row, tombstoned or not."""
    with store.session() as session:
        row = session.get(Partnership, row_id)
        assert row is not None
        return row


def sample() -> PartnershipData:
    """A small partnership around Bolesławiec."""
    return PartnershipData(
        name="Bolesławieckie Partnerstwo Rozwoju",
        short_name="BPR",
        osi=Osi.MEDIUM_CITY,
        leader_teryt=BOLESLAWIEC_TOWN,
        members=[BOLESLAWIEC_TOWN, BOLESLAWIEC_RURAL],
        coordinator="Tomasz Nowak",
        criteria={"crit_area": 1, "merit_srw": 4},
        formed_on=date(2022, 4, 20),
    )


def test_create_writes_one_insert_per_row_with_every_field(
    services: Services, store: Store
) -> None:
    """Creating a partnership queues an insert of the partnership and of each member."""
    pid = services.partnerships.create(sample())

    entries = outbox(store)
    assert [(e.table_name, e.op) for e in entries] == [
        ("partnership", "insert"),
        ("partnership_jst", "insert"),
        ("partnership_jst", "insert"),
    ]
    head = entries[0]
    assert head.row_id == pid
    assert head.partnership_id == pid
    assert head.base_version == 0
    data_columns = {c.key for c in Partnership.__table__.columns} - SYNC_META_COLUMNS
    assert set(head.changes) == data_columns
    assert all(change["old"] is None for change in head.changes.values())
    assert head.changes["name"]["new"] == "Bolesławieckie Partnerstwo Rozwoju"
    assert head.changes["osi"]["new"] == "medium_city"
    assert head.changes["crit_area"]["new"] is True
    assert head.changes["merit_srw"]["new"] == 4
    assert head.changes["formed_on"]["new"] == "2022-04-20"
    assert head.changes["deleted_at"]["new"] is None

    teryts = {e.changes["teryt"]["new"] for e in entries[1:]}
    assert teryts == {BOLESLAWIEC_TOWN, BOLESLAWIEC_RURAL}
    assert all(e.partnership_id == pid for e in entries[1:])
    assert all(e.changes["partnership_id"] == {"old": None, "new": pid} for e in entries[1:])


def test_insert_stamps_version_device_and_time(services: Services, store: Store) -> None:
    """A new row is version 1, stamped with this device and a UTC time, like its outbox row."""
    pid = services.partnerships.create(sample())

    row = partnership_row(store, pid)
    assert row.version == 1
    assert row.updated_by == store.device_id
    assert row.updated_at is not None and row.updated_at.utcoffset() is not None
    entry = outbox(store)[0]
    assert entry.device_id == store.device_id
    assert entry.created_at == row.updated_at
    assert len({e.mutation_id for e in outbox(store)}) == 3


def test_update_records_only_changed_fields_with_old_new_and_base_version(
    services: Services, store: Store
) -> None:
    """Editing two fields queues one update carrying just those fields, old and new."""
    pid = services.partnerships.create(sample())
    before = len(outbox(store))

    data = services.partnerships.get(pid).data
    data.name = "Partnerstwo Ziemi Bolesławieckiej"
    data.advisory_end = date(2023, 6, 30)
    services.partnerships.update(pid, data)

    new = outbox(store)[before:]
    assert len(new) == 1
    (entry,) = new
    assert (entry.table_name, entry.op, entry.row_id) == ("partnership", "update", pid)
    assert entry.changes == {
        "name": {
            "old": "Bolesławieckie Partnerstwo Rozwoju",
            "new": "Partnerstwo Ziemi Bolesławieckiej",
        },
        "advisory_end": {"old": None, "new": "2023-06-30"},
    }
    assert entry.base_version == 1
    assert partnership_row(store, pid).version == 2


def test_saving_unchanged_values_leaves_no_outbox_row(services: Services, store: Store) -> None:
    """Saving the dialog without edits (or retyping the same name) queues nothing."""
    pid = services.partnerships.create(sample())
    before = len(outbox(store))

    data = services.partnerships.get(pid).data
    services.partnerships.update(pid, data)
    data.name = "Bolesławieckie Partnerstwo Rozwoju"
    services.partnerships.update(pid, data)

    assert len(outbox(store)) == before
    assert partnership_row(store, pid).version == 1


def test_versions_increase_by_one_per_change(services: Services, store: Store) -> None:
    """Each saved edit bumps the version by one, and the outbox chains base versions."""
    pid = services.partnerships.create(sample())
    for stage in (Stage.DIAGNOSIS, Stage.STRATEGY, Stage.IMPLEMENTATION):
        data = services.partnerships.get(pid).data
        data.stage = stage
        services.partnerships.update(pid, data)

    assert partnership_row(store, pid).version == 4
    assert services.partnerships.get(pid).version == 4
    chain = [e.base_version for e in outbox(store) if e.row_id == pid]
    assert chain == [0, 1, 2, 3]


def test_delete_is_a_tombstone_that_stays_in_the_table(services: Services, store: Store) -> None:
    """Deleting a partnership queues deletions; the rows stay for sync, marked deleted."""
    pid = services.partnerships.create(sample())
    before = len(outbox(store))

    services.partnerships.delete(pid)

    new = outbox(store)[before:]
    assert sorted((e.table_name, e.op) for e in new) == [
        ("partnership", "delete"),
        ("partnership_jst", "delete"),
        ("partnership_jst", "delete"),
    ]
    for entry in new:
        # Only deleted_at changes; every other field rides along unchanged (old == new) as
        # what the deleting user saw, so the server can tell a colleague's later edit.
        changed = {f for f, c in entry.changes.items() if c["old"] != c["new"]}
        assert changed == {"deleted_at"}
        assert entry.changes["deleted_at"]["old"] is None
        assert entry.changes["deleted_at"]["new"] is not None
    snapshot = next(e for e in new if e.table_name == "partnership").changes
    assert snapshot["name"] == {"old": sample().name, "new": sample().name}
    row = partnership_row(store, pid)
    assert row.deleted_at is not None
    assert row.version == 2
    with store.session() as session:
        live_members = session.scalar(
            text("SELECT count(*) FROM partnership_jst WHERE deleted_at IS NULL")
        )
        all_members = session.scalar(text("SELECT count(*) FROM partnership_jst"))
    assert (live_members, all_members) == (0, 2)


def test_removing_a_member_tombstones_and_readding_revives_the_same_row(
    services: Services, store: Store
) -> None:
    """A JST removed and added back is one row (same id) with a delete then an update."""
    pid = services.partnerships.create(sample())
    original = member(store, pid, BOLESLAWIEC_RURAL)
    before = len(outbox(store))

    data = services.partnerships.get(pid).data
    data.members = [BOLESLAWIEC_TOWN]
    services.partnerships.update(pid, data)

    removed = outbox(store)[before:]
    assert [(e.table_name, e.op, e.row_id) for e in removed] == [
        ("partnership_jst", "delete", original.id)
    ]
    assert services.partnerships.get(pid).data.members == [BOLESLAWIEC_TOWN]

    data.members = [BOLESLAWIEC_TOWN, BOLESLAWIEC_RURAL]
    services.partnerships.update(pid, data)

    (revived,) = outbox(store)[before + 1 :]
    assert (revived.op, revived.row_id, revived.base_version) == ("update", original.id, 2)
    assert set(revived.changes) == {"deleted_at"}
    assert revived.changes["deleted_at"]["new"] is None
    again = member(store, pid, BOLESLAWIEC_RURAL)
    assert again.id == original.id
    assert again.deleted_at is None
    assert again.version == 3
    assert set(services.partnerships.get(pid).data.members) == {
        BOLESLAWIEC_TOWN,
        BOLESLAWIEC_RURAL,
    }


def test_adding_a_new_member_queues_only_its_insert(services: Services, store: Store) -> None:
    """Adding a gmina to an existing partnership queues one insert and leaves the rest alone."""
    pid = services.partnerships.create(sample())
    before = len(outbox(store))

    data = services.partnerships.get(pid).data
    data.members = [*data.members, GROMADKA]
    services.partnerships.update(pid, data)

    (entry,) = outbox(store)[before:]
    assert (entry.table_name, entry.op, entry.partnership_id) == ("partnership_jst", "insert", pid)
    assert entry.changes["teryt"] == {"old": None, "new": GROMADKA}
    assert partnership_row(store, pid).version == 1


def test_hard_delete_of_a_synced_row_is_refused_and_writes_nothing(
    services: Services, store: Store
) -> None:
    """A hard delete would never reach the server, so it is a bug and stores nothing."""
    pid = services.partnerships.create(sample())
    before = len(outbox(store))

    with pytest.raises(BugError), store.unit_of_work() as session:
        removed = session.scalars(select(PartnershipJst)).first()
        session.delete(removed)
        session.delete(session.get(Partnership, pid))

    assert len(outbox(store)) == before
    assert partnership_row(store, pid).deleted_at is None
    assert services.partnerships.get(pid).data.name == "Bolesławieckie Partnerstwo Rozwoju"


def test_failed_unit_of_work_leaves_neither_data_nor_outbox(store: Store) -> None:
    """An error in the middle of a change rolls back the row and its outbox entry together."""
    row_id = new_id()
    with pytest.raises(RuntimeError), store.unit_of_work() as session:
        session.add(Partnership(id=row_id, partnership_id=row_id, name="Próba", short_name="P"))
        session.flush()
        raise RuntimeError("power cut")

    with store.session() as session:
        assert session.get(Partnership, row_id) is None
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0
    assert store.pending_changes() == 0


def test_row_without_partnership_is_refused(store: Store) -> None:
    """A synced row must name its partnership, or sync could not scope it."""
    with pytest.raises(BugError), store.unit_of_work() as session:
        session.add(PartnershipJst(teryt=BOLESLAWIEC_TOWN, partnership_id=""))

    assert store.pending_changes() == 0


def test_pending_changes_counts_outbox_rows(services: Services, store: Store) -> None:
    """The status bar's 'changes waiting for sync' equals the number of queued mutations."""
    assert store.pending_changes() == 0
    services.partnerships.create(sample())
    assert store.pending_changes() == 3

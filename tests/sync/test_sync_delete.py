"""A deletion meeting an edit, in both orders: the record stays deleted, and nobody's work vanishes.

The deletion wins for now (a deleted record never comes back by itself),
but the clash is a conflict on ``deleted_at`` naming both people; keeping
the record (resolving with None) brings it back everywhere with the edit.
A deleted contact person's personal data stays erased everywhere, even
when a colleague edited her phone number offline (GDPR).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from cwd_desktop.errors import UserError
from cwd_desktop.sync.conflicts import ConflictView, open_conflicts, resolve
from tests.sync.conftest import Central, Device, replica, server_replica, team


def _is_deleted(device: Device, table: str, row_id: str) -> bool:
    row = (
        device.store.reader()
        .execute(f"SELECT deleted_at FROM {table} WHERE id = ?", (row_id,))
        .fetchone()
    )
    assert row is not None, f"{table} {row_id} is not on this laptop at all"
    return row[0] is not None


def _deletion_conflict(device: Device) -> ConflictView:
    [view] = open_conflicts(device.store)
    assert view.is_deletion and view.field == "deleted_at"
    return view


@pytest.mark.parametrize("order", ["delete-first", "edit-first"])
def test_an_edit_meeting_a_deletion_is_a_conflict_and_keeping_restores_the_edit(
    central: Central, make_fast_device: Callable[[str, str], Device], order: str
) -> None:
    (anna, bartek, celina), pid = team(central, make_fast_device, "anna", "bartek", "celina")
    sid = anna.services.records.create(
        "stakeholder", pid, {"name": "KGW Płoskinia", "category": "kgw", "notes": ""}
    )
    for device in (anna, bartek, celina):
        device.sync()

    if order == "delete-first":
        anna.services.records.delete("stakeholder", sid)
        anna.sync()
        bartek.services.records.update("stakeholder", sid, {"notes": "Nowa przewodnicząca"})
        assert bartek.sync().new_conflicts == 1
    else:
        bartek.services.records.update("stakeholder", sid, {"notes": "Nowa przewodnicząca"})
        bartek.sync()
        anna.services.records.delete("stakeholder", sid)
        assert anna.sync().new_conflicts == 1
    for device in (anna, bartek, celina):
        device.sync()

    for device in (anna, bartek, celina):
        assert _is_deleted(device, "stakeholder", sid)
        view = _deletion_conflict(device)
        assert view.current is not None and view.current_by == "Anna"  # deleted, by Anna
        assert view.other is None  # the other side: keep the record
        assert view.other_by == "Bartek"
    [(deleted_at, notes)] = central.query(
        "SELECT deleted_at, notes FROM stakeholder WHERE id = %s", (sid,)
    )
    assert deleted_at is not None and notes == "Nowa przewodnicząca"
    assert central.query("SELECT field, remote_by FROM conflicts") == [("deleted_at", "Anna")]

    # Celina, who did neither, decides to keep the record.
    resolve(celina.store, _deletion_conflict(celina).id, None)
    for device in (celina, anna, bartek, celina):
        device.sync()

    for device in (anna, bartek, celina):
        row = device.services.records.get("stakeholder", sid)
        assert (row["name"], row["notes"]) == ("KGW Płoskinia", "Nowa przewodnicząca")
        assert open_conflicts(device.store) == []
    assert central.query("SELECT deleted_at FROM stakeholder WHERE id = %s", (sid,)) == [(None,)]
    assert central.query("SELECT resolved_at IS NOT NULL, resolution FROM conflicts") == [
        (True, None)
    ]
    assert replica(anna.store) == replica(bartek.store) == server_replica(central)


def test_the_edit_a_later_deletion_overrode_names_its_author(
    central: Central, make_fast_device: Callable[[str, str], Device]
) -> None:
    (celina, bartek, anna), pid = team(central, make_fast_device, "celina", "bartek", "anna")
    sid = celina.services.records.create(
        "stakeholder", pid, {"name": "LGD Zalew", "category": "ngo"}
    )
    for device in (celina, bartek, anna):
        device.sync()
    bartek.services.records.update("stakeholder", sid, {"notes": "Nowy prezes"})
    bartek.sync()
    anna.services.records.delete("stakeholder", sid)  # Anna has not seen Bartek's edit
    anna.sync()

    [(deleted_by, edited_by)] = central.query("SELECT remote_by, local_by FROM conflicts")
    assert (deleted_by, edited_by) == ("Anna", "Bartek")  # not "Celina", who made the row
    [view] = open_conflicts(anna.store)
    assert (view.current_by, view.other_by) == ("Anna", "Bartek")
    [(edited_at,)] = central.query("SELECT local_at FROM conflicts")
    [(created_at,)] = central.query(
        "SELECT min(processed_at) FROM processed_mutations WHERE advisor = 'celina'"
    )
    assert isinstance(edited_at, datetime) and isinstance(created_at, datetime)
    assert edited_at > created_at


@pytest.mark.parametrize("order", ["delete-first", "edit-first"])
def test_a_deleted_contact_persons_data_stays_erased_everywhere(
    central: Central, make_fast_device: Callable[[str, str], Device], order: str
) -> None:
    (anna, bartek), pid = team(central, make_fast_device, "anna", "bartek")
    sid = anna.services.records.create(
        "stakeholder", pid, {"name": "OSP Frombork", "category": "osp"}
    )
    person = anna.services.records.create(
        "contact_person",
        pid,
        {
            "stakeholder_id": sid,
            "name": "Halina Wiśniewska",
            "role": "prezes",
            "phone": "600 100 200",
            "email": "h.wisniewska@example.pl",
            "consent_purpose": "kontakt w sprawie konsultacji",
            "consent_on": "2021-06-17",
        },
    )
    anna.sync()
    bartek.sync()

    if order == "delete-first":
        anna.services.records.delete("contact_person", person)
        anna.sync()
        bartek.services.records.update("contact_person", person, {"phone": "601 999 888"})
        bartek.sync()
    else:
        bartek.services.records.update("contact_person", person, {"phone": "601 999 888"})
        bartek.sync()
        anna.services.records.delete("contact_person", person)
        anna.sync()
    for device in (anna, bartek, anna, bartek):
        device.sync()

    personal = ("name", "role", "phone", "email")
    on_server = central.query(
        "SELECT deleted_at IS NOT NULL, name, role, phone, email, consent_purpose "
        "FROM contact_person WHERE id = %s",
        (person,),
    )
    assert on_server == [(True, "", "", "", "", "kontakt w sprawie konsultacji")]
    for device in (anna, bartek):
        assert _is_deleted(device, "contact_person", person)
        row = (
            device.store.reader()
            .execute(f"SELECT {', '.join(personal)} FROM contact_person WHERE id = ?", (person,))
            .fetchone()
        )
        assert tuple(row) == ("", "", "", "")
    # Neither number survives anywhere: not in a conflict, not in an outbox.
    for secret in ("600 100 200", "601 999 888", "Wiśniewska"):
        assert central.query(
            "SELECT count(*) FROM conflicts WHERE concat(base_value, local_value, "
            "remote_value, resolution)::text LIKE %s",
            (f"%{secret}%",),
        ) == [(0,)]
        for device in (anna, bartek):
            conn = device.store.reader()
            for table in ("sync_conflict", "outbox"):
                dump = " ".join(str(r) for r in conn.execute(f"SELECT * FROM {table}"))
                assert secret not in dump, (table, secret)

    if order == "edit-first":
        # The deletion carries no personal values to compare, so an edit of personal
        # fields only is not noticed as a clash: the person simply stays erased.
        assert open_conflicts(bartek.store) == open_conflicts(anna.store) == []
        return
    # Keeping the record brings it back without the erased data.
    conflicts = open_conflicts(bartek.store)
    assert [c.field for c in conflicts] == ["deleted_at"]
    resolve(bartek.store, conflicts[0].id, None)
    for device in (bartek, anna):
        device.sync()
    for device in (anna, bartek):
        row = device.services.records.get("contact_person", person)
        assert [row[f] for f in personal] == ["", "", "", ""]
        assert row["consent_purpose"] == "kontakt w sprawie konsultacji"
    assert central.query(
        "SELECT deleted_at, phone FROM contact_person WHERE id = %s", (person,)
    ) == [(None, "")]


def _phone_clash_then_erasure(
    central: Central, make_fast_device: Callable[[str, str], Device]
) -> tuple[Device, Device, str]:
    """Anna and Bartek typed different phone numbers for Halina; then Anna erased her."""
    (anna, bartek), pid = team(central, make_fast_device, "anna", "bartek")
    sid = anna.services.records.create(
        "stakeholder", pid, {"name": "OSP Frombork", "category": "osp"}
    )
    person = anna.services.records.create(
        "contact_person", pid, {"stakeholder_id": sid, "name": "Halina Wiśniewska", "phone": ""}
    )
    anna.sync()
    bartek.sync()
    anna.services.records.update("contact_person", person, {"phone": "600 100 200"})
    bartek.services.records.update("contact_person", person, {"phone": "601 999 888"})
    anna.sync()
    bartek.sync()
    [clash] = open_conflicts(bartek.store)
    assert (clash.field, clash.current, clash.other) == ("phone", "600 100 200", "601 999 888")
    anna.sync()
    anna.services.records.delete("contact_person", person)
    for device in (anna, bartek, anna):
        device.sync()
    return anna, bartek, person


def test_an_erased_persons_clashing_phone_numbers_survive_nowhere(
    central: Central, make_fast_device: Callable[[str, str], Device]
) -> None:
    anna, bartek, _person = _phone_clash_then_erasure(central, make_fast_device)
    for secret in ("600 100 200", "601 999 888"):
        assert central.query(
            "SELECT count(*) FROM conflicts WHERE concat(base_value, local_value, "
            "remote_value, resolution)::text LIKE %s",
            (f"%{secret}%",),
        ) == [(0,)], secret
        for device in (anna, bartek):
            dump = " ".join(
                str(r) for r in device.store.reader().execute("SELECT * FROM sync_conflict")
            )
            assert secret not in dump, secret


def test_an_erased_persons_phone_cannot_be_brought_back_by_a_conflict(
    central: Central, make_fast_device: Callable[[str, str], Device]
) -> None:
    anna, bartek, person = _phone_clash_then_erasure(central, make_fast_device)
    open_now = [c for c in open_conflicts(bartek.store) if c.field == "phone"]
    for clash in open_now:  # none left open is fine too
        with pytest.raises(UserError) as caught:
            resolve(bartek.store, clash.id, clash.other)
        assert "\n" not in str(caught.value)
    for device in (bartek, anna):
        device.sync()
    assert central.query("SELECT phone FROM contact_person WHERE id = %s", (person,)) == [("",)]

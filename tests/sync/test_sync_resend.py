"""A batch whose acknowledgement was lost is sent again: the server changes nothing twice.

The push reaches the server and commits, but the laptop never hears back
(the connection drops before the answer). Its outbox still holds the
batch, so the next sync sends it again; the server must recognise every
mutation and apply none of them a second time.
"""

from __future__ import annotations

from collections.abc import Callable

import psycopg

from cwd_desktop.sync import server
from cwd_desktop.sync.client import synchronise
from cwd_desktop.sync.conflicts import open_conflicts
from cwd_desktop.sync.pipeline import LocalSide
from cwd_desktop.sync.server import PushResult, synced_catalog
from tests.sync.conftest import Central, Device, replica, server_replica, team


def _push_without_acknowledging(device: Device) -> tuple[int, PushResult]:
    """Send the whole outbox as one batch, as a sync would, but drop the answer."""
    catalog = synced_catalog()
    local = LocalSide(device.store, catalog)
    with psycopg.connect(device.dsn, autocommit=True) as conn:
        conn.execute("SET TIME ZONE 'UTC'")
        server.register_device(conn, device.store.device_id)
        assigned = server.assigned_partnerships(conn)
        entries = local.next_batch(assigned, 0, 10_000)
        result = server.push_batch(conn, catalog, [m for _, m in entries], local.read_blob)
    return len(entries), result


def _server_state(central: Central) -> dict[str, object]:
    return {
        "processed": central.query("SELECT count(*) FROM processed_mutations"),
        "feed": central.query("SELECT count(*) FROM change_feed"),
        "conflicts": central.query(
            "SELECT table_name, row_id, field, local_value, remote_value FROM conflicts "
            "ORDER BY table_name, row_id, field"
        ),
        "versions": central.query("SELECT id, version FROM stakeholder ORDER BY id"),
        "partnership": central.query("SELECT count(*), max(version) FROM partnership"),
    }


def test_a_first_push_resent_after_a_lost_answer_is_recognised(
    central: Central, make_fast_device: Callable[[str, str], Device]
) -> None:
    (anna, bartek), pid = team(central, make_fast_device, "anna", "bartek")
    for name in ("OSP Frombork", "KGW Płoskinia", "LGD Zalew Wiślany"):
        anna.services.records.create("stakeholder", pid, {"name": name, "category": "ngo"})
    pending = anna.store.pending_changes()

    sent, first = _push_without_acknowledging(anna)
    assert sent == pending and len(first.applied) == pending
    assert anna.store.pending_changes() == pending  # the laptop never heard back
    before = _server_state(central)
    assert before["processed"] == [(pending,)]

    report = anna.sync()

    assert report.already_there == pending
    assert report.pushed == 0 and report.new_conflicts == 0
    assert _server_state(central) == before
    assert anna.store.pending_changes() == 0
    assert all(row[1] == 1 for row in central.query("SELECT id, version FROM stakeholder"))
    bartek.sync()
    assert replica(anna.store) == replica(bartek.store) == server_replica(central)


def test_a_resent_edit_does_not_overwrite_a_colleagues_later_edit(
    central: Central, make_fast_device: Callable[[str, str], Device]
) -> None:
    (anna, bartek), pid = team(central, make_fast_device, "anna", "bartek")
    sid = anna.services.records.create(
        "stakeholder", pid, {"name": "OSP Frombork", "category": "osp"}
    )
    anna.sync()
    bartek.sync()
    anna.services.records.update("stakeholder", sid, {"name": "OSP we Fromborku"})
    _push_without_acknowledging(anna)
    bartek.sync()
    assert bartek.services.records.get("stakeholder", sid)["name"] == "OSP we Fromborku"
    bartek.services.records.update("stakeholder", sid, {"name": "OSP Frombork-Miasto"})
    bartek.sync()
    before = _server_state(central)

    report = anna.sync()

    assert (report.already_there, report.pushed, report.new_conflicts) == (1, 0, 0)
    assert _server_state(central) == before
    assert central.query("SELECT name, version FROM stakeholder") == [("OSP Frombork-Miasto", 3)]
    assert anna.services.records.get("stakeholder", sid)["name"] == "OSP Frombork-Miasto"
    assert open_conflicts(anna.store) == []
    assert anna.store.pending_changes() == 0
    assert replica(anna.store) == server_replica(central)


def test_a_resent_clash_is_recorded_once(
    central: Central, make_fast_device: Callable[[str, str], Device]
) -> None:
    (anna, bartek), pid = team(central, make_fast_device, "anna", "bartek")
    sid = anna.services.records.create(
        "stakeholder", pid, {"name": "OSP Frombork", "category": "osp"}
    )
    anna.sync()
    bartek.sync()
    bartek.services.records.update("stakeholder", sid, {"name": "Ochotnicza Straż Pożarna"})
    bartek.sync()
    anna.services.records.update("stakeholder", sid, {"name": "OSP we Fromborku"})
    anna.services.records.update("stakeholder", sid, {"place": "Frombork"})

    _sent, first = _push_without_acknowledging(anna)
    assert first.conflicts == 1
    before = _server_state(central)

    report = synchronise(anna.store, anna.dsn, batch_size=1)  # resent one mutation at a time

    assert (report.already_there, report.pushed, report.new_conflicts) == (2, 0, 0)
    assert _server_state(central) == before
    [view] = open_conflicts(anna.store)
    assert (view.current, view.current_by) == ("Ochotnicza Straż Pożarna", "Bartek")
    assert (view.other, view.other_by) == ("OSP we Fromborku", "Anna")
    row = anna.services.records.get("stakeholder", sid)
    assert (row["name"], row["place"]) == ("Ochotnicza Straż Pożarna", "Frombork")
    anna.sync()
    assert len(open_conflicts(anna.store)) == 1
    assert anna.store.pending_changes() == 0

"""Two and three advisors editing the same records offline, then meeting in the central store.

Whatever order they sync in, every replica ends equal to the server; edits
of different fields all survive; the same field changed twice is exactly
one conflict per clash, with both values and both people's names; and a
conflict settled on one laptop is settled on all of them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from cwd_desktop.errors import UserError
from cwd_desktop.services import consultations
from cwd_desktop.sync.client import synchronise
from cwd_desktop.sync.conflicts import ConflictView, open_conflicts, resolve
from cwd_desktop.sync.report import SyncReport
from tests.sync.conftest import Central, Device, replica, server_replica, team


def _records(device: Device, pid: str) -> dict[str, str]:
    """A stakeholder, a consultation comment and a project, made on ``device``."""
    services = device.services
    stakeholder = services.records.create(
        "stakeholder",
        pid,
        {"name": "OSP Frombork", "category": "osp", "place": "Frombork", "notes": ""},
    )
    event = services.records.create(
        "consultation",
        pid,
        {"held_on": "2021-11-30", "subject": "Projekt strategii — spotkanie otwarte"},
    )
    comment = consultations.add_comment(
        services,
        event,
        {"author": "Jan Żółkiewski", "content": "Brak ścieżki rowerowej.", "section": "Cel 2.1"},
    )
    project = services.records.create(
        "project", pid, {"title": "Velo Zalew", "cost": 1000.0, "description": ""}
    )
    return {"stakeholder": stakeholder, "comment": comment, "project": project}


def _sync_all(devices: list[Device], rounds: int = 2) -> list[SyncReport]:
    reports = []
    for _ in range(rounds):
        reports += [d.sync() for d in devices]
    return reports


def _assert_converged(central: Central, devices: list[Device]) -> None:
    server = server_replica(central)
    assert server, "the server holds nothing"
    for device in devices:
        assert device.store.pending_changes() == 0
        assert replica(device.store) == server


def _by_field(views: list[ConflictView]) -> dict[tuple[str, str], list[ConflictView]]:
    out: dict[tuple[str, str], list[ConflictView]] = {}
    for v in views:
        out.setdefault((v.table, v.field), []).append(v)
    return out


def test_three_advisors_editing_different_fields_all_keep_every_edit(
    central: Central, make_fast_device: Callable[[str, str], Device]
) -> None:
    (anna, bartek, celina), pid = team(central, make_fast_device, "anna", "bartek", "celina")
    ids = _records(anna, pid)
    _sync_all([anna, bartek, celina], rounds=1)

    anna.services.records.update("stakeholder", ids["stakeholder"], {"place": "Frombork, Rynek 1"})
    bartek.services.records.update("stakeholder", ids["stakeholder"], {"notes": "Prezes: druh K."})
    celina.services.records.update("stakeholder", ids["stakeholder"], {"influence": 5})
    anna.services.records.update("comment", ids["comment"], {"proposal": "Velo Zalew"})
    bartek.services.records.update("comment", ids["comment"], {"disposition": "accepted"})
    celina.services.records.update("comment", ids["comment"], {"justification": "Dodano 2.1.4."})
    anna.services.records.update("project", ids["project"], {"cost": 2500.5})
    bartek.services.records.update("project", ids["project"], {"is_key": True})
    celina.services.records.update("project", ids["project"], {"description": "Trasa wokół"})

    reports = _sync_all([celina, anna, bartek])

    assert sum(r.new_conflicts for r in reports) == 0
    for device in (anna, bartek, celina):
        assert open_conflicts(device.store) == []
        s = device.services.records.get("stakeholder", ids["stakeholder"])
        assert (s["place"], s["notes"], s["influence"]) == (
            "Frombork, Rynek 1",
            "Prezes: druh K.",
            5,
        )
        c = device.services.records.get("comment", ids["comment"])
        assert (c["proposal"], c["disposition"], c["justification"]) == (
            "Velo Zalew",
            "accepted",
            "Dodano 2.1.4.",
        )
        p = device.services.records.get("project", ids["project"])
        assert (p["cost"], p["is_key"], p["description"]) == (2500.5, True, "Trasa wokół")
    _assert_converged(central, [anna, bartek, celina])
    assert central.query("SELECT count(*) FROM conflicts") == [(0,)]


def test_the_same_field_changed_on_three_laptops_is_one_conflict_per_clash(
    central: Central, make_fast_device: Callable[[str, str], Device]
) -> None:
    (anna, bartek, celina), pid = team(central, make_fast_device, "anna", "bartek", "celina")
    ids = _records(anna, pid)
    _sync_all([anna, bartek, celina], rounds=1)

    sid, cid, prj = ids["stakeholder"], ids["comment"], ids["project"]
    anna.services.records.update("stakeholder", sid, {"name": "OSP we Fromborku"})
    bartek.services.records.update("stakeholder", sid, {"name": "Ochotnicza Straż Pożarna"})
    celina.services.records.update("stakeholder", sid, {"name": "OSP Frombork (gm. Frombork)"})
    bartek.services.records.update("comment", cid, {"content": "Brak ścieżki wokół Zalewu."})
    celina.services.records.update("comment", cid, {"content": "Brak trasy Velo Zalew."})
    celina.services.records.update("project", prj, {"cost": 1200.0})
    anna.services.records.update("project", prj, {"cost": 999.99})

    anna.sync()
    first = bartek.sync()
    second = celina.sync()
    assert (first.new_conflicts, second.new_conflicts) == (1, 3)
    _sync_all([anna, bartek, celina])

    server = central.query(
        "SELECT table_name, field, remote_value, remote_by, local_value, local_by "
        "FROM conflicts WHERE resolved_at IS NULL ORDER BY table_name, field, local_by"
    )
    assert server == [
        (
            "comment",
            "content",
            "Brak ścieżki wokół Zalewu.",
            "Bartek",
            "Brak trasy Velo Zalew.",
            "Celina",
        ),
        ("project", "cost", 999.99, "Anna", 1200.0, "Celina"),
        ("stakeholder", "name", "OSP we Fromborku", "Anna", "Ochotnicza Straż Pożarna", "Bartek"),
        (
            "stakeholder",
            "name",
            "OSP we Fromborku",
            "Anna",
            "OSP Frombork (gm. Frombork)",
            "Celina",
        ),
    ]
    for device in (anna, bartek, celina):
        found = _by_field(open_conflicts(device.store))
        assert sorted(found) == [
            ("comment", "content"),
            ("project", "cost"),
            ("stakeholder", "name"),
        ]
        names = sorted(
            (v.current, v.current_by, v.other, v.other_by) for v in found[("stakeholder", "name")]
        )
        assert names == [
            ("OSP we Fromborku", "Anna", "OSP Frombork (gm. Frombork)", "Celina"),
            ("OSP we Fromborku", "Anna", "Ochotnicza Straż Pożarna", "Bartek"),
        ]
        [cost] = found[("project", "cost")]
        assert (cost.current, cost.current_by, cost.other, cost.other_by) == (
            999.99,
            "Anna",
            1200.0,
            "Celina",
        )
        assert cost.base == 1000.0
        assert cost.current_at is not None and cost.other_at is not None
        # The record keeps the value that reached the server first.
        assert device.services.records.get("stakeholder", sid)["name"] == "OSP we Fromborku"
        assert device.services.records.get("project", prj)["cost"] == 999.99
        assert (
            device.services.records.get("comment", cid)["content"] == "Brak ścieżki wokół Zalewu."
        )
    _assert_converged(central, [anna, bartek, celina])


def test_a_conflict_settled_on_one_laptop_is_settled_everywhere(
    central: Central, make_fast_device: Callable[[str, str], Device]
) -> None:
    (anna, bartek, celina), pid = team(central, make_fast_device, "anna", "bartek", "celina")
    ids = _records(anna, pid)
    _sync_all([anna, bartek, celina], rounds=1)
    sid = ids["stakeholder"]
    anna.services.records.update("stakeholder", sid, {"name": "OSP we Fromborku"})
    bartek.services.records.update("stakeholder", sid, {"name": "Ochotnicza Straż Pożarna"})
    celina.services.records.update("stakeholder", sid, {"name": "OSP Frombork (gm. Frombork)"})
    _sync_all([anna, bartek, celina])
    assert len(open_conflicts(celina.store)) == 2

    # Celina settles the clash on her laptop with her own value.
    mine = next(v for v in open_conflicts(celina.store) if v.other_by == "Celina")
    resolve(celina.store, mine.id, mine.other)
    assert open_conflicts(celina.store) == []  # both clashes on that field are settled
    celina.sync()

    rows = central.query("SELECT resolved_at IS NOT NULL, resolution FROM conflicts")
    assert rows == [(True, "OSP Frombork (gm. Frombork)")] * 2
    assert central.query("SELECT name FROM stakeholder WHERE id = %s", (sid,)) == [
        ("OSP Frombork (gm. Frombork)",)
    ]
    assert len(open_conflicts(anna.store)) == 2  # not synced since
    anna.sync()
    bartek.sync()
    for device in (anna, bartek, celina):
        assert open_conflicts(device.store) == []
        assert device.services.records.get("stakeholder", sid)["name"] == (
            "OSP Frombork (gm. Frombork)"
        )
    _sync_all([anna, bartek, celina], rounds=1)
    _assert_converged(central, [anna, bartek, celina])
    assert central.query("SELECT count(*) FROM conflicts") == [(2,)]


# -- two pushes of the same row at the same moment -----------------------------------------


def _sync_in_threads(devices: list[Device], central: Central, sid: str) -> list[Any]:
    """Sync every device in its own thread, all pushing into the row while it is locked.

    An administrator's transaction holds the row; both pushes queue behind it
    (the server locks touched rows ``FOR UPDATE``), and only when both are
    waiting is the lock released, so they really meet on the server.
    """
    outcomes: list[Any] = [None] * len(devices)

    def run(i: int) -> None:
        try:
            outcomes[i] = synchronise(devices[i].store, devices[i].dsn)
        except BaseException as exc:  # reported by the test thread
            outcomes[i] = exc

    with psycopg.connect(central.admin_dsn) as holder:
        holder.execute("SELECT 1 FROM stakeholder WHERE id = %s FOR UPDATE", (sid,))
        holder_pid = holder.info.backend_pid
        threads = [threading.Thread(target=run, args=(i,)) for i in range(len(devices))]
        for t in threads:
            t.start()
        with psycopg.connect(central.admin_dsn, autocommit=True) as watch:
            for _ in range(2000):
                (waiting,) = watch.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE pid <> %s "
                    "AND cardinality(pg_blocking_pids(pid)) > 0",
                    (holder_pid,),
                ).fetchone() or (0,)
                if waiting >= len(devices) or not any(t.is_alive() for t in threads):
                    break
                threading.Event().wait(0.01)
        assert waiting == len(devices), "the pushes did not meet on the locked row"
        holder.rollback()
    for t in threads:
        t.join()
    return outcomes


@pytest.mark.parametrize("same_field", [True, False], ids=["same-field", "other-fields"])
def test_two_pushes_into_one_row_at_once_lose_no_edit(
    central: Central, make_fast_device: Callable[[str, str], Device], same_field: bool
) -> None:
    (anna, bartek), pid = team(central, make_fast_device, "anna", "bartek")
    sid = anna.services.records.create(
        "stakeholder", pid, {"name": "KGW Płoskinia", "category": "kgw", "place": "", "notes": ""}
    )
    anna.sync()
    bartek.sync()
    anna.services.records.update("stakeholder", sid, {"notes": "Przewodnicząca: p. Nowak"})
    bartek_change = {"notes": "Spotkania w świetlicy"} if same_field else {"place": "Płoskinia 12"}
    bartek.services.records.update("stakeholder", sid, bartek_change)

    outcomes = _sync_in_threads([anna, bartek], central, sid)

    assert all(isinstance(o, SyncReport) for o in outcomes), outcomes
    assert sum(o.pushed for o in outcomes) == 2
    _sync_all([anna, bartek])
    [(notes, place, version)] = central.query(
        "SELECT notes, place, version FROM stakeholder WHERE id = %s", (sid,)
    )
    conflicts = central.query("SELECT field, remote_value, local_value FROM conflicts")
    if same_field:
        # One of them landed first; the other's value waits in a conflict, not lost.
        assert notes in ("Przewodnicząca: p. Nowak", "Spotkania w świetlicy")
        other = ({"Przewodnicząca: p. Nowak", "Spotkania w świetlicy"} - {notes}).pop()
        assert conflicts == [("notes", notes, other)]
        for device in (anna, bartek):
            [view] = open_conflicts(device.store)
            assert {view.current_by, view.other_by} == {"Anna", "Bartek"}
            assert (view.current, view.other) == (notes, other)
    else:
        assert (notes, place) == ("Przewodnicząca: p. Nowak", "Płoskinia 12")
        assert conflicts == []
    # Created, then the first push; the second one merged on top of it (or only clashed).
    assert version == (2 if same_field else 3)
    _assert_converged(central, [anna, bartek])


def test_two_advisors_settling_one_conflict_differently_lose_neither_decision(
    central: Central, make_fast_device: Callable[[str, str], Device]
) -> None:
    (anna, bartek), pid = team(central, make_fast_device, "anna", "bartek")
    sid = anna.services.records.create(
        "stakeholder", pid, {"name": "OSP Frombork", "category": "osp"}
    )
    _sync_all([anna, bartek], rounds=1)
    anna.services.records.update("stakeholder", sid, {"name": "OSP we Fromborku"})
    bartek.services.records.update("stakeholder", sid, {"name": "Ochotnicza Straż Pożarna"})
    _sync_all([anna, bartek])
    [on_anna], [on_bartek] = open_conflicts(anna.store), open_conflicts(bartek.store)
    assert on_anna.current == on_bartek.current == "OSP we Fromborku"

    # Both settle it offline, each the other way round: Anna takes Bartek's name, he hers.
    resolve(anna.store, on_anna.id, on_anna.other)
    resolve(bartek.store, on_bartek.id, on_bartek.current)
    _sync_all([anna, bartek])

    _assert_converged(central, [anna, bartek])
    final = anna.services.records.get("stakeholder", sid)["name"]
    offered = {v for c in open_conflicts(anna.store) for v in (c.current, c.other)}
    for decision in ("Ochotnicza Straż Pożarna", "OSP we Fromborku"):
        # Each decision is either what the record holds or still offered in a conflict.
        assert final == decision or decision in offered, decision
    [(resolution,)] = central.query(
        "SELECT resolution FROM conflicts WHERE resolved_at IS NOT NULL"
    )
    assert final == resolution or offered


def test_one_laptop_syncing_twice_at_once_sends_everything_once(
    central: Central, make_fast_device: Callable[[str, str], Device]
) -> None:
    """The Synchronizacja page and a scheduled ``cwd-desktop sync`` may start together."""
    (anna, bartek), pid = team(central, make_fast_device, "anna", "bartek")
    anna.services.records.create_many(
        "stakeholder",
        pid,
        [{"name": f"Koło Gospodyń Wiejskich nr {i}", "category": "kgw"} for i in range(400)],
    )
    total = anna.store.pending_changes()
    outcomes: list[Any] = [None, None]
    start = threading.Barrier(2)

    def run(i: int) -> None:
        start.wait()
        try:
            outcomes[i] = synchronise(anna.store, anna.dsn, batch_size=25)
        except BaseException as exc:  # reported below
            outcomes[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    # At least one finishes; the other may be told, in one sentence, to try again.
    assert all(isinstance(o, SyncReport | UserError) for o in outcomes), outcomes
    assert any(isinstance(o, SyncReport) for o in outcomes), outcomes
    anna.sync()
    bartek.sync()
    assert central.query(
        "SELECT count(*), count(DISTINCT mutation_id) FROM processed_mutations"
    ) == [(total, total)]
    assert central.query("SELECT count(*), max(version) FROM stakeholder") == [(400, 1)]
    _assert_converged(central, [anna, bartek])


def test_a_push_still_running_during_a_colleagues_pull_reaches_her_next_time(
    central: Central, make_fast_device: Callable[[str, str], Device]
) -> None:
    """A pull must not move past rows a slower transaction has written but not committed yet."""
    (anna, bartek), pid = team(central, make_fast_device, "anna", "bartek")
    sid = anna.services.records.create(
        "stakeholder", pid, {"name": "OSP Frombork", "category": "osp"}
    )
    person = anna.services.records.create(
        "contact_person", pid, {"stakeholder_id": sid, "name": "Halina Wiśniewska"}
    )
    _sync_all([anna, bartek], rounds=1)
    # Bartek's batch writes a stakeholder first, then waits for the contact person's row.
    new = bartek.services.records.create(
        "stakeholder", pid, {"name": "LGD Zalew", "category": "ngo"}
    )
    bartek.services.records.update("contact_person", person, {"role": "prezes"})
    outcome: list[Any] = []

    with psycopg.connect(central.admin_dsn) as holder:
        holder.execute("SELECT 1 FROM contact_person WHERE id = %s FOR UPDATE", (person,))
        thread = threading.Thread(
            target=lambda: outcome.append(synchronise(bartek.store, bartek.dsn))
        )
        thread.start()
        with psycopg.connect(central.admin_dsn, autocommit=True) as watch:
            blocked: list[tuple[int]] = []
            while thread.is_alive() and not blocked:
                blocked = watch.execute(
                    "SELECT pid FROM pg_stat_activity WHERE usename = 'bartek' "
                    "AND cardinality(pg_blocking_pids(pid)) > 0"
                ).fetchall()
            assert blocked, "Bartek's push never waited"
        during = anna.sync()  # Bartek's stakeholder is written but not committed
        holder.rollback()
    thread.join()

    assert isinstance(outcome[0], SyncReport) and outcome[0].pushed == 2
    assert during.pulled == 0
    assert anna.store.reader().execute(
        "SELECT count(*) FROM stakeholder WHERE id = ?", (new,)
    ).fetchone() == (0,)
    after = anna.sync()
    assert after.pulled >= 2
    assert anna.services.records.get("stakeholder", new)["name"] == "LGD Zalew"
    assert anna.services.records.get("contact_person", person)["role"] == "prezes"
    _assert_converged(central, [anna, bartek])


def test_the_same_change_made_on_two_laptops_is_no_conflict(
    central: Central, make_fast_device: Callable[[str, str], Device]
) -> None:
    (anna, bartek), pid = team(central, make_fast_device, "anna", "bartek")
    ids = _records(anna, pid)
    _sync_all([anna, bartek], rounds=1)
    for device in (anna, bartek):
        device.services.records.update(
            "project", ids["project"], {"cost": 0.1 + 0.2, "is_key": True}
        )
        device.services.records.update(
            "comment", ids["comment"], {"disposition": "accepted", "justification": "Dodano 2.1.4."}
        )
        device.services.records.update(
            "stakeholder", ids["stakeholder"], {"place": "Frombork, Rynek 1"}
        )

    reports = _sync_all([anna, bartek])

    assert sum(r.new_conflicts for r in reports) == 0
    assert central.query("SELECT count(*) FROM conflicts") == [(0,)]
    assert central.query("SELECT cost, is_key FROM project") == [(0.1 + 0.2, True)]
    _assert_converged(central, [anna, bartek])

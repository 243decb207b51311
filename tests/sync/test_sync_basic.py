"""Two advisors' laptops meeting in the central store: the everyday cases."""

from __future__ import annotations

from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.sync.conflicts import open_conflicts
from tests.sync.conftest import Central, Device


def _pair(central: Central, make_device) -> tuple[Device, Device, str]:  # type: ignore[no-untyped-def]
    probe = make_device("anna", "")
    pid = probe.services.partnerships.create(DEMO_PARTNERSHIPS[0])
    anna_dsn = central.add_advisor("anna", pid)
    bartek_dsn = central.add_advisor("bartek", pid)
    anna = Device(probe.services, anna_dsn)
    bartek = make_device("bartek", bartek_dsn)
    return anna, bartek, pid


def test_a_partnership_made_offline_reaches_a_colleague(central: Central, make_device) -> None:  # type: ignore[no-untyped-def]
    anna, bartek, pid = _pair(central, make_device)
    report = anna.sync()
    assert report.pushed > 0 and anna.store.pending_changes() == 0
    bartek.sync()
    view = bartek.services.partnerships.get(pid)
    assert view.data.name == DEMO_PARTNERSHIPS[0].name
    assert len(view.members) == len(DEMO_PARTNERSHIPS[0].members)


def test_different_fields_merge_and_the_same_field_is_a_conflict(central: Central, make_device) -> None:  # type: ignore[no-untyped-def]
    anna, bartek, pid = _pair(central, make_device)
    sid = anna.services.records.create(
        "stakeholder", pid, {"name": "OSP Frombork", "place": "Frombork", "notes": ""}
    )
    anna.sync()
    bartek.sync()
    anna.services.records.update("stakeholder", sid, {"place": "Frombork, ul. Młyńska 5"})
    bartek.services.records.update("stakeholder", sid, {"notes": "Prezes: druh Kowalski"})
    anna.services.records.update("stakeholder", sid, {"name": "OSP we Fromborku"})
    bartek.services.records.update("stakeholder", sid, {"name": "Ochotnicza Straż Pożarna Frombork"})
    anna.sync()
    report = bartek.sync()
    assert report.new_conflicts == 1
    anna.sync()
    for device in (anna, bartek):
        row = device.services.records.get("stakeholder", sid)
        assert row["place"] == "Frombork, ul. Młyńska 5"
        assert row["notes"] == "Prezes: druh Kowalski"
        assert row["name"] == "OSP we Fromborku"
    [conflict] = open_conflicts(bartek.store)
    assert conflict.field == "name"
    assert conflict.current == "OSP we Fromborku" and conflict.current_by == "Anna"
    assert conflict.other == "Ochotnicza Straż Pożarna Frombork" and conflict.other_by == "Bartek"

"""Two advisors' laptops meeting in the central store: the everyday cases."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from cwd_desktop.errors import UserError
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.sync.conflicts import open_conflicts
from tests.sync.conftest import Central, Device

MakeDevice = Callable[[str, str], Device]


def _pair(central: Central, make_device: MakeDevice) -> tuple[Device, Device, str]:
    probe = make_device("anna", "")
    pid = probe.services.partnerships.create(DEMO_PARTNERSHIPS[0])
    anna_dsn = central.add_advisor("anna", pid)
    bartek_dsn = central.add_advisor("bartek", pid)
    anna = Device(probe.services, anna_dsn)
    bartek = make_device("bartek", bartek_dsn)
    return anna, bartek, pid


def test_a_partnership_made_offline_reaches_a_colleague(
    central: Central, make_device: MakeDevice
) -> None:
    anna, bartek, pid = _pair(central, make_device)
    report = anna.sync()
    assert report.pushed > 0 and anna.store.pending_changes() == 0
    bartek.sync()
    view = bartek.services.partnerships.get(pid)
    assert view.data.name == DEMO_PARTNERSHIPS[0].name
    assert len(view.members) == len(DEMO_PARTNERSHIPS[0].members)


def test_different_fields_merge_and_the_same_field_is_a_conflict(
    central: Central, make_device: MakeDevice
) -> None:
    anna, bartek, pid = _pair(central, make_device)
    sid = anna.services.records.create(
        "stakeholder", pid, {"name": "OSP Frombork", "place": "Frombork", "notes": ""}
    )
    anna.sync()
    bartek.sync()
    anna.services.records.update("stakeholder", sid, {"place": "Frombork, ul. Młyńska 5"})
    bartek.services.records.update("stakeholder", sid, {"notes": "Prezes: druh Kowalski"})
    anna.services.records.update("stakeholder", sid, {"name": "OSP we Fromborku"})
    osp = "Ochotnicza Straż Pożarna Frombork"
    bartek.services.records.update("stakeholder", sid, {"name": osp})
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


def test_the_same_gmina_added_on_two_laptops_is_one_member(
    central: Central, make_device: MakeDevice
) -> None:
    anna, bartek, pid = _pair(central, make_device)
    anna.sync()
    bartek.sync()
    data = anna.services.partnerships.get(pid).data
    gminy = (
        anna.store.reader()
        .execute(
            "SELECT code FROM teryt_unit WHERE length(code) = 7 AND code LIKE '28%' ORDER BY code"
        )
        .fetchall()
    )
    extra = next(code for (code,) in gminy if code not in data.members)
    for device in (anna, bartek):
        view = device.services.partnerships.get(pid)
        device.services.partnerships.update(
            pid, replace(view.data, members=[*view.data.members, extra])
        )
    anna.sync()
    report = bartek.sync()
    anna.sync()
    assert report.new_conflicts == 0
    for device in (anna, bartek):
        members = [j.code for j in device.services.partnerships.get(pid).members]
        assert members.count(extra) == 1
    assert central.query(
        "SELECT count(*) FROM partnership_jst WHERE partnership_id = %s AND teryt = %s",
        (pid, extra),
    ) == [(1,)]


def test_two_partnerships_with_one_short_name_stop_the_pull_with_a_sentence(
    central: Central,
    make_device: MakeDevice,
) -> None:
    anna, bartek, pid = _pair(central, make_device)
    anna.sync()
    other = bartek.services.partnerships.create(
        replace(DEMO_PARTNERSHIPS[1], short_name=DEMO_PARTNERSHIPS[0].short_name.lower())
    )
    central.assign("bartek", other)
    with pytest.raises(UserError, match=r"partnership.*zmień skrót"):
        bartek.sync()
    assert bartek.store.pending_changes() == 0  # the push went through before the pull
    with pytest.raises(UserError):
        bartek.services.partnerships.get(pid)  # nothing of the pull was stored

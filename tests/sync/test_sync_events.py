"""A networking event with its partnerships and people, round-tripped through the real PostgreSQL.

Events are shared by the whole team: a colleague who is assigned only one of
the partnerships that took part (or none) still receives the event, the
partnerships (by the name stored with the link) and the people. Edits travel
back; a removed participant stays removed and its personal data is blank on
the server too.
"""

from __future__ import annotations

from collections.abc import Callable

from cwd_desktop.domain.scope import TEAM_SCOPE
from cwd_desktop.services import networking_reads as reads
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.networking import NewParticipant, add_event
from tests.sync.conftest import Central, Device

MakeDevice = Callable[[str, str], Device]


def test_an_event_with_participants_round_trips_between_two_laptops(
    central: Central, make_device: MakeDevice
) -> None:
    anna_probe = make_device("anna", "")
    services_a = anna_probe.services
    pgzb = services_a.partnerships.create(DEMO_PARTNERSHIPS[0])
    mof = services_a.partnerships.create(DEMO_PARTNERSHIPS[1])
    anna = Device(services_a, central.add_advisor("anna", pgzb, mof))
    bartek = make_device("bartek", central.add_advisor("bartek", mof))  # only one of the two
    celina = make_device("celina", central.add_advisor("celina"))  # no partnership at all

    event_id = add_event(
        anna.services,
        {
            "title": "Wizyta studyjna w ZIT Aglomeracji Wałbrzyskiej",
            "kind": "study_visit",
            "theme": "cooperation",
            "starts_on": "2025-05-14",
            "ends_on": "2025-05-15",
            "place": "Wałbrzych",
            "host_teryt": "0265011",
            "host_name": "Aglomeracja Wałbrzyska (ZIT)",
            "practices_seen": "wspólne biuro ZIT",
        },
        [pgzb, mof],
        [
            NewParticipant(
                "Tomasz Nowak", "UM Bolesławiec", "koordynator", "t.nowak@example.org", mof
            ),
            NewParticipant("Krzysztof Malinowski", "UM Braniewa", "kierownik referatu", "", pgzb),
            NewParticipant("Agata Wróblewska", "UG Gromadka", "wójt", "a.w@example.org", mof),
        ],
    )
    anna.sync()
    bartek.sync()
    celina.sync()

    for device in (bartek, celina):
        [event] = reads.events(device.store)
        assert event["id"] == event_id and event["participants"] == 3
        got = reads.get_event(device.store, event_id)
        assert got is not None and got["host_name"] == "Aglomeracja Wałbrzyska (ZIT)"
        members = reads.members(device.store, event_id)
        assert sorted(m.name for m in members) == [
            "Bolesławieckie Partnerstwo Rozwoju",
            "Partnerstwo Gmin Ziemi Braniewskiej",
        ]
        people = {p["name"]: p for p in reads.participants(device.store, event_id)}
        assert people["Tomasz Nowak"]["email"] == "t.nowak@example.org"
        assert people["Tomasz Nowak"]["member_partnership_id"] == mof
    # Bartek holds MOF but not PGZB; the link to PGZB still shows by its stored name.
    local = {m.name: m.local for m in reads.members(bartek.store, event_id)}
    assert local == {
        "Bolesławieckie Partnerstwo Rozwoju": True,
        "Partnerstwo Gmin Ziemi Braniewskiej": False,
    }
    assert celina.services.partnerships.count() == 0

    # Bartek corrects a participant; Anna receives it.
    people_b = {p["name"]: p["id"] for p in reads.participants(bartek.store, event_id)}
    bartek.services.records.update(
        "event_participant", people_b["Tomasz Nowak"], {"role": "koordynator partnerstwa"}
    )
    bartek.sync()
    anna.sync()
    by_name = {p["name"]: p for p in reads.participants(anna.store, event_id)}
    assert by_name["Tomasz Nowak"]["role"] == "koordynator partnerstwa"

    # Anna removes a participant: it stays removed everywhere, its personal data blank.
    gone = by_name["Agata Wróblewska"]["id"]
    anna.services.records.delete("event_participant", gone)
    anna.sync()
    bartek.sync()
    celina.sync()
    for device in (anna, bartek, celina):
        names = [p["name"] for p in reads.participants(device.store, event_id)]
        assert sorted(names) == ["Krzysztof Malinowski", "Tomasz Nowak"]
    [(name, email, institution, deleted_at, scope)] = central.query(
        "SELECT name, email, institution, deleted_at, partnership_id FROM event_participant"
        " WHERE id = %s",
        (gone,),
    )
    assert (name, email) == ("", "") and deleted_at is not None
    assert institution == "UG Gromadka" and scope == TEAM_SCOPE
    # A second round changes nothing: the deletion is not undone by anyone's older copy.
    bartek.sync()
    anna.sync()
    assert len(reads.participants(anna.store, event_id)) == 2
    [(live,)] = central.query(
        "SELECT count(*) FROM event_participant WHERE event_id = %s AND deleted_at IS NULL",
        (event_id,),
    )
    assert live == 2

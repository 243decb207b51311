"""Networking events: what may be stored, the partnership-date rule, reads, removal and RODO."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cwd_desktop.domain.scope import TEAM_SCOPE
from cwd_desktop.errors import UserError
from cwd_desktop.services import networking
from cwd_desktop.services import networking_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.gdpr import erase_person, export_person
from cwd_desktop.services.networking import NewParticipant, add_event, parse_participant

SEMINAR = {
    "title": "Transport publiczny w obszarach funkcjonalnych",
    "starts_on": "2025-03-18",
    "kind": "seminar",
    "theme": "transport",
    "place": "Olsztyn, Urząd Marszałkowski",
}


@pytest.fixture
def ids(services: Services) -> dict[str, str]:
    """The three demo partnerships (formed 2020-10-14, 2022-04-20 and 2022-05-09)."""
    return {d.short_name: services.partnerships.create(d) for d in DEMO_PARTNERSHIPS}


def _count(services: Services, table: str) -> int:
    return int(services.store.reader().execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _nothing_stored(services: Services) -> None:
    for table in ("network_event", "event_partnership", "event_participant"):
        assert _count(services, table) == 0, table
    outbox = services.store.reader().execute(
        "SELECT count(*) FROM outbox WHERE table_name LIKE 'event%' OR table_name = 'network_event'"
    )
    assert outbox.fetchone()[0] == 0


def test_an_event_with_partnerships_and_people_is_stored_team_wide_and_listed(
    services: Services, ids: dict[str, str]
) -> None:
    event_id = add_event(
        services,
        SEMINAR,
        ["PGZB", "PZŁ"],
        [
            parse_participant("Robert Zając;UMiG Łosice;inspektor;r.zajac@example.org;PZŁ"),
            NewParticipant("dr Paweł Górecki", "UWM", "prelegent"),
        ],
    )
    row = services.records.get("network_event", event_id)
    assert row["partnership_id"] == TEAM_SCOPE
    assert row["starts_on"] == date(2025, 3, 18) and row["kind"] == "seminar"
    [listed] = reads.events(services.store)
    assert (listed["partnerships"], listed["participants"]) == (2, 2)
    members = reads.members(services.store, event_id)
    assert [m.short_name for m in members] == ["PGZB", "PZŁ"]
    assert members[0].name == "Partnerstwo Gmin Ziemi Braniewskiej"
    people = {p["name"]: p for p in reads.participants(services.store, event_id)}
    assert people["Robert Zając"]["member_partnership_id"] == ids["PZŁ"]
    assert people["dr Paweł Górecki"]["member_partnership_id"] is None
    for table in ("event_partnership", "event_participant"):
        scopes = services.store.reader().execute(f"SELECT DISTINCT partnership_id FROM {table}")
        assert [s for (s,) in scopes] == [TEAM_SCOPE]


def test_filters_by_partnership_kind_theme_year_and_words(
    services: Services, ids: dict[str, str]
) -> None:
    seminar = add_event(services, SEMINAR, ["PGZB"])
    forum = add_event(
        services,
        {
            "title": "Forum energii",
            "starts_on": "24.09.2026",
            "kind": "forum wymiany doświadczeń",
            "theme": "environment",
            "place": "Poznań",
        },
        ["PZŁ", "MOF Bolesławiec"],
    )

    def titles(**wanted: Any) -> list[str]:
        found = reads.events(services.store, reads.EventFilter(**wanted))
        return [r["id"] for r in found]

    assert titles() == [forum, seminar]  # newest first
    assert titles(partnership_id=ids["PGZB"]) == [seminar]
    assert titles(partnership_id=ids["PZŁ"]) == [forum]
    assert titles(kind="forum") == [forum]
    assert titles(theme="transport") == [seminar]
    assert titles(year=2025) == [seminar]
    assert titles(text="poznan") == [forum]  # diacritics ignored
    assert reads.event_years(services.store) == [2026, 2025]


def test_an_event_dated_before_its_partnership_existed_is_refused_and_nothing_stored(
    services: Services, ids: dict[str, str]
) -> None:
    with pytest.raises(UserError) as refused:
        add_event(
            services,
            {**SEMINAR, "title": "Seminarium 2021", "starts_on": "2021-03-12"},
            ["PGZB", "MOF Bolesławiec"],
            [NewParticipant("Marta Szczepańska", "UM Bolesławiec", "specjalista")],
        )
    message = str(refused.value)
    assert "Seminarium 2021" in message and "12.03.2021" in message
    assert "Bolesławieckie Partnerstwo Rozwoju" in message and "20.04.2022" in message
    _nothing_stored(services)


def test_a_partnership_added_later_is_checked_against_the_event_date(
    services: Services, ids: dict[str, str]
) -> None:
    event_id = add_event(services, {**SEMINAR, "starts_on": "2022-01-20"}, ["PGZB"])
    with pytest.raises(UserError) as refused:
        networking.add_member(services, event_id, ids["PZŁ"])
    assert "09.05.2022" in str(refused.value) and "20.01.2022" in str(refused.value)
    assert "Partnerstwo Ziemi Łosickiej" in str(refused.value)
    assert [m.short_name for m in reads.members(services.store, event_id)] == ["PGZB"]
    with pytest.raises(UserError, match="już na liście"):
        networking.add_member(services, event_id, ids["PGZB"])


def test_moving_an_event_before_a_member_partnership_existed_is_refused(
    services: Services, ids: dict[str, str]
) -> None:
    event_id = add_event(services, SEMINAR, ["PGZB", "PZŁ"])
    with pytest.raises(UserError) as refused:
        services.records.set_field("network_event", event_id, "starts_on", "01.01.2022")
    message = str(refused.value)
    assert SEMINAR["title"] in message and "01.01.2022" in message
    assert "Partnerstwo Ziemi Łosickiej" in message and "09.05.2022" in message
    assert services.records.get("network_event", event_id)["starts_on"] == date(2025, 3, 18)
    # A date all members had existed by is fine.
    services.records.set_field("network_event", event_id, "starts_on", "2022-06-01")


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"title": "  "}, "title", "nazwę wydarzenia"),
        ({"starts_on": None}, "starts_on", "datę wydarzenia"),
        ({"starts_on": "32.13.2025"}, "starts_on", "„32.13.2025” nie jest datą"),
        ({"ends_on": "2025-03-17"}, "ends_on", "skończyć się (17.03.2025)"),
        ({"kind": "piknik"}, "kind", "Nieznany rodzaj wydarzenia „piknik”"),
        ({"theme": "sport"}, "theme", "Nieznany temat wydarzenia „sport”"),
        ({"kind": "study_visit"}, "host_partnership_id", "musi mieć gospodarza"),
        ({"kind": "study_visit", "host_teryt": "28"}, "host_teryt", "„28” nie jest kodem TERYT"),
        (
            {"kind": "study_visit", "host_partnership_id": "nie-ma"},
            "host_partnership_id",
            "Nie ma partnerstwa nie-ma",
        ),
    ],
)
def test_bad_event_values_are_refused_naming_the_field(
    services: Services, values: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(UserError) as refused:
        services.records.create("network_event", TEAM_SCOPE, {**SEMINAR, **values})
    assert refused.value.field == field
    assert words in str(refused.value)
    _nothing_stored(services)


def test_a_study_visit_takes_its_host_name_from_the_register_or_the_partnership(
    services: Services, ids: dict[str, str]
) -> None:
    visit = {**SEMINAR, "kind": "wizyta studyjna", "title": "Wizyta w Wałbrzychu"}
    by_jst = services.records.create(
        "network_event", TEAM_SCOPE, {**visit, "host_teryt": "0265011"}
    )
    assert services.records.get("network_event", by_jst)["host_name"] == "Wałbrzych"
    by_partnership = services.records.create(
        "network_event", TEAM_SCOPE, {**visit, "host_partnership_id": ids["MOF Bolesławiec"]}
    )
    row = services.records.get("network_event", by_partnership)
    assert row["kind"] == "study_visit"
    assert row["host_name"] == "Bolesławieckie Partnerstwo Rozwoju"


def test_networking_rows_belong_to_the_team_scope(services: Services, ids: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="TEAM_SCOPE"):
        services.records.create("network_event", ids["PGZB"], SEMINAR)


def test_bad_participants_are_refused(services: Services, ids: dict[str, str]) -> None:
    event_id = add_event(services, SEMINAR, ["PGZB"])
    create = services.records.create
    with pytest.raises(UserError, match="imię i nazwisko uczestnika") as refused:
        create("event_participant", TEAM_SCOPE, {"event_id": event_id, "institution": "UM"})
    assert refused.value.field == "name"
    with pytest.raises(UserError, match=re.escape("„jan.kowalski@” nie wygląda na adres e-mail")):
        create(
            "event_participant",
            TEAM_SCOPE,
            {"event_id": event_id, "name": "Jan Kowalski", "email": "jan.kowalski@"},
        )
    with pytest.raises(UserError, match="nie jest na liście partnerstw") as refused:
        create(
            "event_participant",
            TEAM_SCOPE,
            {"event_id": event_id, "name": "Jan Kowalski", "member_partnership_id": ids["PZŁ"]},
        )
    assert refused.value.field == "member_partnership_id"
    with pytest.raises(UserError, match="Uczestnik „;UM”"):
        parse_participant(";UM")
    assert reads.participants(services.store, event_id) == []


def test_deleting_an_event_takes_its_people_with_it_and_undo_brings_rows_back(
    services: Services, ids: dict[str, str]
) -> None:
    event_id = add_event(
        services,
        SEMINAR,
        ["PGZB"],
        [NewParticipant("Halina Dąbrowska", "UG Wilczęta", "sekretarz", "h.d@example.org")],
    )
    removed = networking.delete_event(services, event_id)
    assert reads.events(services.store) == []
    stored = (
        services.store.reader()
        .execute("SELECT name, email, institution, deleted_at FROM event_participant")
        .fetchone()
    )
    assert stored[0] == "" and stored[1] == "" and stored[3] is not None  # erased (RODO)
    networking.restore_rows(services, removed)
    [listed] = reads.events(services.store)
    assert (listed["partnerships"], listed["participants"]) == (1, 1)
    [person] = reads.participants(services.store, event_id)
    assert person["name"] == "" and person["institution"] == "UG Wilczęta"


def test_person_export_and_erasure_cover_event_participants(
    services: Services, ids: dict[str, str]
) -> None:
    pid = ids["PGZB"]
    osp = services.records.create("stakeholder", pid, {"name": "OSP Frombork", "category": "osp"})
    halina = services.records.create(
        "contact_person",
        pid,
        {"stakeholder_id": osp, "name": "Halina Dąbrowska", "email": "h.d@example.org"},
    )
    first = add_event(services, SEMINAR, ["PGZB"])
    second = add_event(services, {**SEMINAR, "title": "Forum", "starts_on": "2025-09-24"}, [])
    create = services.records.create
    linked = create(
        "event_participant",
        TEAM_SCOPE,
        {"event_id": first, "name": "H. Dąbrowska", "contact_person_id": halina},
    )
    by_name = create(
        "event_participant",
        TEAM_SCOPE,
        {"event_id": second, "name": "halina dąbrowska", "institution": "UG Wilczęta"},
    )
    other = create("event_participant", TEAM_SCOPE, {"event_id": second, "name": "Jan Nowak"})
    found = {
        (m["row_id"], m["field"]): m
        for m in export_person(services, halina)["mentions"]
        if m["table"] == "event_participant"
    }
    assert (linked, "name") in found and (by_name, "name") in found
    assert found[(by_name, "name")]["on_erasure"] == "tombstone"
    assert "Forum" in found[(by_name, "name")]["where"]
    assert not any(row_id == other for row_id, _ in found)
    erase_person(services, halina)
    left = {
        p["id"]: p["name"]
        for event_id in (first, second)
        for p in reads.participants(services.store, event_id)
    }
    assert by_name not in left  # tombstoned, name erased
    assert left[other] == "Jan Nowak"


def test_materials_of_an_event_are_listed_and_opened_under_their_own_name(
    services: Services, ids: dict[str, str], tmp_path: Path
) -> None:
    from cwd_desktop.services.knowledge import add_document

    event_id = add_event(services, SEMINAR, ["PGZB"])
    source = tmp_path / "program seminarium.txt"
    source.write_text("Program: transport na żądanie w gminach wiejskich.", encoding="utf-8")
    add_document(services, source, title="Program seminarium", kind="material", event_id=event_id)
    [material] = reads.materials(services.store, event_id)
    assert (material.title, material.filename) == ("Program seminarium", "program seminarium.txt")
    opened = reads.material_path(services.store, material)
    assert opened.name == "program seminarium.txt"
    assert opened.read_bytes() == source.read_bytes()
    assert reads.materials(services.store, add_event(services, {**SEMINAR, "title": "X"})) == []

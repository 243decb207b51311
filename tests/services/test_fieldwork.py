"""Missions, working groups, meetings, attendance and action items: rules and reads."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import fill_demo
from cwd_desktop.services.fieldwork import FieldworkReads, delete_meeting, restore_meeting
from cwd_desktop.services.partnerships import PartnershipData
from cwd_desktop.store import Store

LOSICE, HUSZLEW, SARNAKI = "1410023", "1410012", "1410052"
BRANIEWO = "2802011"  # a real gmina, but not a member of the test partnership
TODAY = date(2025, 6, 16)


@pytest.fixture
def pid(services: Services) -> str:
    """A partnership of Łosice and Huszlew."""
    return services.partnerships.create(
        PartnershipData(
            name="Partnerstwo Ziemi Łosickiej",
            short_name="PZŁ",
            leader_teryt=LOSICE,
            members=[LOSICE, HUSZLEW],
        )
    )


@pytest.fixture
def other_pid(services: Services) -> str:
    """Another partnership, whose rows must never be linked from the first one."""
    return services.partnerships.create(
        PartnershipData(name="Inne partnerstwo", short_name="INNE", members=[SARNAKI])
    )


@pytest.fixture
def reads(store: Store) -> FieldworkReads:
    return FieldworkReads(store)


def meeting(services: Services, pid: str, **values: object) -> str:
    return services.records.create(
        "meeting", pid, {"title": "Warsztat z sołtysami", "held_on": TODAY, **values}
    )


def count(store: Store, table: str) -> int:
    sql = f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
    return int(store.reader().execute(sql).fetchone()[0])


# -- validators --------------------------------------------------------------------------------


def test_mission_ending_before_it_starts_is_refused_naming_the_end_date(
    services: Services, pid: str, store: Store
) -> None:
    with pytest.raises(UserError) as caught:
        services.records.create(
            "field_mission",
            pid,
            {"title": "Misja", "start_on": date(2025, 6, 10), "end_on": date(2025, 6, 8)},
        )

    assert caught.value.field == "end_on"
    assert "08.06.2025" in str(caught.value) and "10.06.2025" in str(caught.value)
    assert count(store, "field_mission") == 0


def test_moving_a_missions_start_past_its_end_is_refused_naming_the_start(
    services: Services, pid: str
) -> None:
    mission = services.records.create(
        "field_mission",
        pid,
        {"title": "Misja", "start_on": date(2025, 6, 10), "end_on": date(2025, 6, 11)},
    )

    with pytest.raises(UserError) as caught:
        services.records.set_field("field_mission", mission, "start_on", "12.06.2025")

    assert caught.value.field == "start_on"
    assert services.records.get("field_mission", mission)["start_on"] == date(2025, 6, 10)


def test_mission_places_must_be_member_jst(services: Services, pid: str) -> None:
    with pytest.raises(UserError) as caught:
        services.records.create(
            "field_mission",
            pid,
            {"title": "Misja", "start_on": TODAY, "places": f"{LOSICE}, {BRANIEWO}"},
        )

    assert caught.value.field == "places"
    assert BRANIEWO in str(caught.value)


def test_mission_places_are_cleaned_and_end_defaults_to_start(services: Services, pid: str) -> None:
    mission = services.records.create(
        "field_mission",
        pid,
        {
            "title": "  Misja  ",
            "start_on": "16.06.2025",
            "places": f" {HUSZLEW} ;{LOSICE},{LOSICE}",
        },
    )

    stored = services.records.get("field_mission", mission)
    assert stored["title"] == "Misja"
    assert stored["places"] == f"{HUSZLEW},{LOSICE}"
    assert stored["end_on"] == TODAY


@pytest.mark.parametrize(
    ("table", "values", "field"),
    [
        ("field_mission", {"title": " ", "start_on": TODAY}, "title"),
        ("working_group", {"name": ""}, "name"),
        ("meeting", {"title": "Spotkanie"}, "held_on"),
        ("meeting", {"title": "", "held_on": TODAY}, "title"),
        ("meeting", {"title": "Spotkanie", "held_on": TODAY, "teryt": BRANIEWO}, "teryt"),
        ("meeting", {"title": "Spotkanie", "held_on": "31.02.2025"}, "held_on"),
    ],
)
def test_bad_input_is_refused_with_the_field_named(
    services: Services, pid: str, store: Store, table: str, values: dict[str, object], field: str
) -> None:
    with pytest.raises(UserError) as caught:
        services.records.create(table, pid, values)

    assert caught.value.field == field
    assert count(store, table) == 0


def test_meeting_cannot_belong_to_another_partnerships_mission_or_group(
    services: Services, pid: str, other_pid: str
) -> None:
    foreign_mission = services.records.create(
        "field_mission", other_pid, {"title": "Cudza misja", "start_on": TODAY}
    )
    foreign_group = services.records.create("working_group", other_pid, {"name": "Cudza grupa"})

    with pytest.raises(UserError) as mission_error:
        meeting(services, pid, mission_id=foreign_mission)
    with pytest.raises(UserError) as group_error:
        meeting(services, pid, group_id=foreign_group)

    assert mission_error.value.field == "mission_id"
    assert group_error.value.field == "group_id"


def test_meeting_cannot_be_moved_to_a_deleted_mission(services: Services, pid: str) -> None:
    mission = services.records.create("field_mission", pid, {"title": "Misja", "start_on": TODAY})
    meeting_id = meeting(services, pid)
    services.records.delete("field_mission", mission)

    with pytest.raises(UserError) as caught:
        services.records.set_field("meeting", meeting_id, "mission_id", mission)

    assert caught.value.field == "mission_id"


def test_group_member_needs_a_name_a_member_jst_and_a_stakeholder_of_the_partnership(
    services: Services, pid: str
) -> None:
    group = services.records.create("working_group", pid, {"name": "Transport publiczny"})

    refused = []
    for values in (
        {"name": ""},
        {"name": "Jan Nowak", "teryt": BRANIEWO},
        {"name": "Jan Nowak", "stakeholder_id": "no-such-stakeholder"},
    ):
        with pytest.raises(UserError) as caught:
            services.records.create("working_group_member", pid, {"group_id": group, **values})
        refused.append(caught.value.field)
    member = services.records.create(
        "working_group_member",
        pid,
        {"group_id": group, "name": "Jan Nowak", "teryt": HUSZLEW, "stakeholder_id": ""},
    )

    assert refused == ["name", "teryt", "stakeholder_id"]
    assert services.records.get("working_group_member", member)["stakeholder_id"] is None


def test_action_item_needs_a_description_and_a_known_status(services: Services, pid: str) -> None:
    meeting_id = meeting(services, pid)

    with pytest.raises(UserError) as no_text:
        services.records.create("action_item", pid, {"meeting_id": meeting_id, "description": ""})
    with pytest.raises(UserError) as bad_status:
        services.records.create(
            "action_item",
            pid,
            {"meeting_id": meeting_id, "description": "Zebrać dane", "status": "someday"},
        )
    with pytest.raises(UserError) as bad_date:
        services.records.create(
            "action_item",
            pid,
            {"meeting_id": meeting_id, "description": "Zebrać dane", "due_on": "jutro"},
        )

    assert (no_text.value.field, bad_status.value.field, bad_date.value.field) == (
        "description",
        "status",
        "due_on",
    )
    assert "someday" in str(bad_status.value)


def test_attendance_needs_a_name(services: Services, pid: str) -> None:
    meeting_id = meeting(services, pid)

    with pytest.raises(UserError) as caught:
        services.records.create("attendance", pid, {"meeting_id": meeting_id, "name": "  "})

    assert caught.value.field == "name"


# -- reads --------------------------------------------------------------------------------------


def add_actions(services: Services, pid: str, meeting_id: str) -> dict[str, str]:
    """Four action items: overdue, due later, without a deadline, and done long ago."""
    rows = [
        ("Zebrać rozkłady jazdy", TODAY - timedelta(days=3), "open"),
        ("Przygotować fiszkę projektu", TODAY + timedelta(days=10), "in_progress"),
        ("Zapytać starostwo o dane", None, "open"),
        ("Przesłać listę obecności", TODAY - timedelta(days=30), "done"),
    ]
    ids = services.records.create_many(
        "action_item",
        pid,
        [
            {"meeting_id": meeting_id, "description": d, "owner": "Ewa", "due_on": due, "status": s}
            for d, due, s in rows
        ],
    )
    return dict(zip([d for d, _, _ in rows], ids, strict=True))


def test_open_actions_exclude_done_ones_and_come_by_deadline_with_overdue_marked(
    services: Services, pid: str, reads: FieldworkReads
) -> None:
    meeting_id = meeting(services, pid, title="Rada partnerstwa")
    add_actions(services, pid, meeting_id)

    rows = reads.open_actions(pid, today=TODAY)("", 0, 50)

    assert [(r["description"], r["overdue"]) for r in rows] == [
        ("Zebrać rozkłady jazdy", True),
        ("Przygotować fiszkę projektu", False),
        ("Zapytać starostwo o dane", False),
    ]
    assert {r["meeting"] for r in rows} == {"Rada partnerstwa"}
    assert rows[0]["held_on"] == TODAY


def test_action_done_leaves_the_open_list_and_an_overdue_one_is_no_longer_overdue(
    services: Services, pid: str, reads: FieldworkReads
) -> None:
    ids = add_actions(services, pid, meeting(services, pid))

    services.records.set_field("action_item", ids["Zebrać rozkłady jazdy"], "status", "done")

    summary = reads.summary(pid, today=TODAY)
    rows = reads.open_actions(pid, today=TODAY)("", 0, 50)
    assert "Zebrać rozkłady jazdy" not in {r["description"] for r in rows}
    assert (summary.open_actions, summary.overdue_actions) == (2, 0)


def test_summary_counts_missions_meetings_and_overdue_actions(
    services: Services, pid: str, other_pid: str, reads: FieldworkReads
) -> None:
    services.records.create("field_mission", pid, {"title": "Misja", "start_on": TODAY})
    services.records.create("working_group", pid, {"name": "Turystyka"})
    add_actions(services, pid, meeting(services, pid))
    add_actions(services, other_pid, meeting(services, other_pid))

    summary = reads.summary(pid, today=TODAY)

    assert (summary.missions, summary.groups, summary.meetings) == (1, 1, 1)
    assert (summary.open_actions, summary.overdue_actions) == (3, 1)


def test_actions_of_a_meeting_mark_overdue_only_unfinished_items(
    services: Services, pid: str, reads: FieldworkReads
) -> None:
    meeting_id = meeting(services, pid)
    add_actions(services, pid, meeting_id)

    rows = reads.action_items(meeting_id, today=TODAY)("", 0, 50)

    assert [r["overdue"] for r in rows] == [True, False, False, False]
    assert rows[3]["status"] == "done"


def test_meeting_filter_finds_words_of_the_minutes_without_polish_letters(
    services: Services, pid: str, other_pid: str, reads: FieldworkReads
) -> None:
    wanted = meeting(services, pid, minutes="Sołtysi zgłosili brak połączeń autobusowych.")
    meeting(services, pid, title="Rada partnerstwa", minutes="Przyjęto plan pracy.")
    meeting(services, other_pid, minutes="Brak połączeń także tutaj.")

    found = reads.meetings(pid)("polaczen autob", 0, 50)

    assert [r["id"] for r in found] == [wanted]
    assert services.search("zglosili", pid) == [("meeting", wanted)]


def test_meetings_of_a_mission_and_of_a_group(
    services: Services, pid: str, reads: FieldworkReads
) -> None:
    mission = services.records.create("field_mission", pid, {"title": "Misja", "start_on": TODAY})
    group = services.records.create("working_group", pid, {"name": "Transport publiczny"})
    in_mission = meeting(services, pid, title="W misji", mission_id=mission)
    of_group = meeting(services, pid, title="Grupy", group_id=group, held_on=TODAY - timedelta(1))
    meeting(services, pid, title="Osobno")

    assert [r["id"] for r in reads.meetings(pid, mission_id=mission)("", 0, 9)] == [in_mission]
    assert [r["id"] for r in reads.meetings(pid, group_id=group)("", 0, 9)] == [of_group]
    shown = reads.meeting(in_mission)
    assert shown is not None and shown["mission"] == "Misja" and shown["held_on"] == TODAY
    groups = reads.groups(pid)("", 0, 9)
    assert (groups[0]["name"], groups[0]["meetings"]) == ("Transport publiczny", 1)


# -- GDPR and deletion ------------------------------------------------------------------------


def test_tombstoned_attendance_row_loses_the_name_in_the_row_and_in_the_outbox(
    services: Services, pid: str, store: Store
) -> None:
    line = services.records.create(
        "attendance",
        pid,
        {"meeting_id": meeting(services, pid), "name": "Zofia Kwiatkowska", "role": "sołtys"},
    )

    services.records.delete("attendance", line)

    conn = store.reader()
    name, role = conn.execute("SELECT name, role FROM attendance WHERE id = ?", (line,)).fetchone()
    outbox = [
        json.loads(r[0])
        for r in conn.execute("SELECT changes FROM outbox WHERE row_id = ?", (line,))
    ]
    assert (name, role) == ("", "")
    assert outbox, "the deletion must still sync"
    assert "Kwiatkowska" not in json.dumps(outbox, ensure_ascii=False)
    assert "sołtys" not in json.dumps(outbox, ensure_ascii=False)


def test_deleting_a_meeting_removes_its_lists_and_undo_brings_back_the_actions(
    services: Services, pid: str, store: Store, reads: FieldworkReads
) -> None:
    meeting_id = meeting(services, pid)
    add_actions(services, pid, meeting_id)
    services.records.create(
        "attendance", pid, {"meeting_id": meeting_id, "name": "Zofia Kwiatkowska"}
    )

    removed = delete_meeting(store, meeting_id)

    assert reads.meetings(pid)("", 0, 9) == []
    assert reads.open_actions(pid)("", 0, 9) == []
    assert count(store, "attendance") == 0
    restore_meeting(store, meeting_id, removed)
    assert [r["id"] for r in reads.meetings(pid)("", 0, 9)] == [meeting_id]
    assert len(reads.action_items(meeting_id)("", 0, 9)) == 4
    erased = store.reader().execute("SELECT name FROM attendance").fetchone()[0]
    assert erased == ""


# -- demo --------------------------------------------------------------------------------------


def test_demo_shows_missions_groups_meetings_and_overdue_and_upcoming_actions(
    services: Services, store: Store, reads: FieldworkReads
) -> None:
    fill_demo(services)
    pending = store.pending_changes()

    for view in services.partnerships.list():
        summary = reads.summary(view.id)
        assert summary.missions == 2
        assert 2 <= summary.groups <= 3
        assert 4 <= summary.meetings <= 6
        assert summary.overdue_actions >= 1
        actions = reads.open_actions(view.id)("", 0, 100)
        assert any(not a["overdue"] and a["due_on"] and a["due_on"] > date.today() for a in actions)
        for mission in reads.missions(view.id)("", 0, 10):
            assert set(mission["places"].split(",")) <= set(view.data.members)
    fill_demo(services)
    assert store.pending_changes() == pending

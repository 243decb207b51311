"""The project package: validators, the key project, deleting with parts, the overview figures."""

from __future__ import annotations

from datetime import date

import pytest

from cwd_desktop.errors import UserError
from cwd_desktop.services import project_package as package
from cwd_desktop.services import projects
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.store import Store


@pytest.fixture
def pid(services: Services) -> str:
    return services.partnerships.create(DEMO_PARTNERSHIPS[0])


def _project(services: Services, pid: str, **values: object) -> str:
    return projects.create_project(
        services, pid, {"title": "Przebudowa drogi powiatowej Braniewo–Pieniężno", **values}
    )


def _count(store: Store, table: str) -> int:
    return int(
        store.reader()
        .execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL")
        .fetchone()[0]
    )


def test_a_task_ending_before_it_starts_is_refused_and_nothing_is_stored(
    services: Services, store: Store, pid: str
) -> None:
    project = _project(services, pid)

    with pytest.raises(UserError) as caught:
        services.records.create(
            "project_task",
            pid,
            {
                "project_id": project,
                "name": "Roboty budowlane",
                "start_on": "2027-04-01",
                "end_on": "15.03.2027",
            },
        )

    assert str(caught.value) == (
        "Zadanie „Roboty budowlane” kończy się (15.03.2027) przed rozpoczęciem (01.04.2027)."
    )
    assert caught.value.field == "end_on"
    assert _count(store, "project_task") == 0


def test_moving_a_task_start_past_its_end_is_refused_and_the_old_dates_stay(
    services: Services, pid: str
) -> None:
    project = _project(services, pid)
    task = services.records.create(
        "project_task",
        pid,
        {
            "project_id": project,
            "name": "Przetarg",
            "start_on": "2026-12-01",
            "end_on": "2027-03-31",
        },
    )

    with pytest.raises(UserError, match="Zadanie „Przetarg” kończy się"):
        services.records.set_field("project_task", task, "start_on", "2027-05-01")

    stored = services.records.get("project_task", task)
    assert (stored["start_on"], stored["end_on"]) == (date(2026, 12, 1), date(2027, 3, 31))


def test_a_new_project_gets_the_next_number_and_defaults(
    services: Services, store: Store, pid: str
) -> None:
    first = _project(services, pid)
    second = _project(services, pid, title="Sieć punktów opieki nad seniorami")

    assert services.records.get("project", first)["number"] == 1
    row = package.get_project(store, second)
    assert row is not None
    assert row["number"] == 2
    assert (row["policy_objective"], row["status"], row["readiness"]) == ("po5", "proposed", "idea")


def test_fiche_values_are_cleaned_and_bad_ones_named(services: Services, pid: str) -> None:
    project = _project(services, pid)
    records = services.records

    records.update(
        "project",
        project,
        {"cost": "12 500 000,50 zł", "policy_objective": "PO3 Europa lepiej połączona"},
    )
    stored = records.get("project", project)
    assert stored["cost"] == pytest.approx(12_500_000.50)
    assert stored["policy_objective"] == "po3"

    with pytest.raises(UserError, match="„dużo” nie jest kwotą w złotych"):
        records.set_field("project", project, "cost", "dużo")
    with pytest.raises(UserError, match="Lider projektu 1465011 nie jest JST członkowską"):
        records.set_field("project", project, "leader_teryt", "1465011")
    with pytest.raises(UserError, match="Podaj tytuł projektu"):
        records.set_field("project", project, "title", "  ")
    records.set_field("project", project, "leader_teryt", "2802053")
    assert records.get("project", project)["leader_teryt"] == "2802053"


def test_only_one_key_project_per_partnership(services: Services, store: Store, pid: str) -> None:
    road = _project(services, pid)
    seniors = _project(services, pid, title="Sieć punktów opieki nad seniorami")

    assert projects.set_key_project(services, pid, road) is None
    previous = projects.set_key_project(services, pid, seniors)

    assert previous == road
    assert package.key_project_id(store, pid) == seniors
    assert services.records.get("project", road)["is_key"] is False
    assert package.application(store, seniors) is not None  # the outline opens at once
    # undo: the previous key project back, the second one unmarked
    projects.set_key_project(services, pid, previous)
    assert package.key_project_id(store, pid) == road
    assert services.records.get("project", seniors)["is_key"] is False


def test_key_marks_of_other_partnerships_are_left_alone(services: Services, pid: str) -> None:
    other = services.partnerships.create(DEMO_PARTNERSHIPS[1])
    here = _project(services, pid)
    there = _project(services, other, title="Rewitalizacja śródmieścia Bolesławca")
    projects.set_key_project(services, other, there)

    projects.set_key_project(services, pid, here)

    assert services.records.get("project", there)["is_key"] is True


def test_an_application_outline_needs_the_key_project(services: Services, pid: str) -> None:
    project = _project(services, pid)

    with pytest.raises(UserError, match="Zarys wniosku ma tylko projekt kluczowy"):
        services.records.create("project_application", pid, {"project_id": project})


def test_links_to_the_strategy_and_to_comments_are_checked(
    services: Services, store: Store, pid: str
) -> None:
    project = _project(services, pid)
    records = services.records
    objective = records.create(
        "strategic_objective", pid, {"number": 1, "title": "Dostępność transportowa"}
    )
    other = records.create("strategic_objective", pid, {"number": 2, "title": "Usługi społeczne"})
    direction = records.create(
        "action_direction", pid, {"objective_id": objective, "number": 2, "title": "Drogi"}
    )

    # A direction alone brings its objective with it.
    link = records.create("project_link", pid, {"project_id": project, "direction_id": direction})
    assert records.get("project_link", link)["objective_id"] == objective
    with pytest.raises(UserError, match="już powiązany z tym celem"):
        records.create(
            "project_link",
            pid,
            {"project_id": project, "objective_id": objective, "direction_id": direction},
        )
    with pytest.raises(UserError, match="nie należy do wybranego celu"):
        records.create(
            "project_link",
            pid,
            {"project_id": project, "objective_id": other, "direction_id": direction},
        )
    rows = package.link_source(store, project)("", 0, 10)
    assert [(r["objective_label"], r["direction_label"]) for r in rows] == [
        ("1. Dostępność transportowa", "1.2. Drogi")
    ]

    event = records.create(
        "consultation", pid, {"held_on": "2026-01-20", "subject": "Projekt strategii"}
    )
    comment = records.create(
        "comment",
        pid,
        {"consultation_id": event, "author": "Sołtys Podgórza", "content": "Chodnik przy drodze"},
    )
    records.create("project_comment", pid, {"project_id": project, "comment_id": comment})
    with pytest.raises(UserError, match="już powiązana z projektem"):
        records.create("project_comment", pid, {"project_id": project, "comment_id": comment})
    shaped = package.comment_link_source(store, project)("", 0, 10)
    assert [(r["author"], r["content"]) for r in shaped] == [
        ("Sołtys Podgórza", "Chodnik przy drodze")
    ]


def test_deleting_a_project_takes_its_parts_and_undo_brings_them_back(
    services: Services, store: Store, pid: str
) -> None:
    project = _project(services, pid)
    records = services.records
    records.create("project_funding", pid, {"project_id": project, "source": "kpo", "amount": 5})
    records.create(
        "project_task",
        pid,
        {
            "project_id": project,
            "name": "Projekt",
            "start_on": "2026-01-01",
            "end_on": "2026-02-01",
        },
    )
    projects.set_key_project(services, pid, project)

    removed = projects.delete_project(store, project)

    assert package.count_projects(store, pid) == 0
    assert package.key_project_id(store, pid) is None
    assert _count(store, "project_funding") == _count(store, "project_task") == 0
    projects.restore_project(store, removed)
    assert package.key_project_id(store, pid) == project
    assert _count(store, "project_funding") == _count(store, "project_task") == 1
    assert _count(store, "project_application") == 1


def test_overview_sums_cost_by_source_policy_and_area(
    services: Services, store: Store, pid: str
) -> None:
    records = services.records
    road = _project(
        services, pid, cost=10_000_000, policy_objective="po3", thematic_area="transport"
    )
    trail = _project(
        services,
        pid,
        title="Szlak rowerowy Zalewu Wiślanego",
        cost=4_000_000,
        policy_objective="po5",
        thematic_area="tourism",
        status="accepted",
    )
    seniors = _project(
        services,
        pid,
        title="Sieć punktów opieki nad seniorami",
        cost=2_000_000,
        policy_objective="po5",
        thematic_area="health",
    )
    for project, source, amount in (
        (road, "regional_fe", 8_500_000),
        (road, "own", 1_500_000),
        (trail, "regional_fe", 3_400_000),
        (trail, "own", 300_000),  # 300 000 short of the cost
        (seniors, "kpo", 2_000_000),
    ):
        records.create(
            "project_funding", pid, {"project_id": project, "source": source, "amount": amount}
        )

    figures = package.overview(store, pid)

    assert figures.projects == 3
    assert figures.cost == pytest.approx(16_000_000)
    assert figures.funding == pytest.approx(15_700_000)
    assert [(s.code, s.amount, s.count) for s in figures.by_source] == [
        ("regional_fe", 11_900_000, 2),
        ("kpo", 2_000_000, 1),
        ("own", 1_800_000, 2),
    ]
    assert [(s.label, s.amount, s.count) for s in figures.by_policy] == [
        ("PO3 Europa lepiej połączona", 10_000_000, 1),
        ("PO5 Europa bliższa obywatelom", 6_000_000, 2),
    ]
    assert {s.code: s.amount for s in figures.by_area} == {
        "health": 2_000_000,
        "transport": 10_000_000,
        "tourism": 4_000_000,
    }
    assert [(s.code, s.count) for s in figures.by_status] == [("proposed", 2), ("accepted", 1)]
    assert figures.mismatched == [(2, "Szlak rowerowy Zalewu Wiślanego", 4_000_000, 3_700_000)]
    assert package.funding_warning(4_000_000, 3_700_000) == (
        "Źródła finansowania (3\u00a0700\u00a0000,00 zł) nie pokrywają kosztu projektu "
        "(4\u00a0000\u00a0000,00 zł): brakuje 300\u00a0000,00 zł."
    )


def test_the_list_filters_by_words_number_and_leader(
    services: Services, store: Store, pid: str
) -> None:
    _project(services, pid, leader_teryt="2802053")
    _project(services, pid, title="Szlak rowerowy Zalewu Wiślanego", leader_teryt="2802033")
    read = package.project_source(store, pid)

    assert [r["title"] for r in read("zalew", 0, 50)] == ["Szlak rowerowy Zalewu Wiślanego"]
    assert [r["number"] for r in read("1", 0, 50)] == [1]
    assert [r["leader"] for r in read("Pieni", 0, 50)] == ["Pieniężno"]
    assert [r["leader"] for r in read("", 0, 50)] == ["Pieniężno", "Frombork"]

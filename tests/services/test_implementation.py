"""Implementation monitoring validators: expenses, indicator reports, applications, recommendations.

Each refusal is one sentence naming the project (and indicator), and the
row is not stored.
"""

from __future__ import annotations

from datetime import date

import pytest

from cwd_desktop.errors import UserError
from cwd_desktop.services import projects
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.store import Store

TITLE = "Przebudowa drogi powiatowej Braniewo–Pieniężno"


@pytest.fixture
def pid(services: Services) -> str:
    return services.partnerships.create(DEMO_PARTNERSHIPS[0])


@pytest.fixture
def project(services: Services, pid: str) -> str:
    return projects.create_project(
        services, pid, {"title": TITLE, "start_on": "2026-02-01", "end_on": "2029-01-31"}
    )


@pytest.fixture
def indicator(services: Services, pid: str, project: str) -> str:
    return services.records.create(
        "project_indicator",
        pid,
        {
            "project_id": project,
            "name": "Długość przebudowanych dróg",
            "unit": "km",
            "baseline": 0,
            "target": 14.2,
            "year": 2029,
        },
    )


def _count(store: Store, table: str) -> int:
    return int(
        store.reader()
        .execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL")
        .fetchone()[0]
    )


# -- indicator reports --------------------------------------------------------------------


def test_a_value_in_another_unit_is_refused_naming_project_and_indicator(
    services: Services, store: Store, pid: str, indicator: str
) -> None:
    with pytest.raises(UserError) as caught:
        services.records.create(
            "indicator_report",
            pid,
            {"indicator_id": indicator, "reported_on": "2027-06-30", "value": "3200", "unit": "m"},
        )

    assert str(caught.value) == (
        f"Wartość wskaźnika „Długość przebudowanych dróg” projektu „{TITLE}” podano w m, "
        "a wskaźnik jest mierzony w km; przelicz ją na km albo zostaw jednostkę pustą."
    )
    assert caught.value.field == "unit"
    assert _count(store, "indicator_report") == 0


def test_a_value_without_a_unit_takes_the_indicators_unit_and_its_project(
    services: Services, pid: str, project: str, indicator: str
) -> None:
    report = services.records.create(
        "indicator_report",
        pid,
        {"indicator_id": indicator, "reported_on": "30.06.2027", "value": "3,5", "unit": ""},
    )

    stored = services.records.get("indicator_report", report)
    assert stored["unit"] == "km"
    assert stored["value"] == 3.5
    assert stored["project_id"] == project
    assert stored["reported_on"] == date(2027, 6, 30)


def test_changing_the_unit_of_a_stored_value_is_refused_and_the_old_unit_stays(
    services: Services, pid: str, indicator: str
) -> None:
    report = services.records.create(
        "indicator_report",
        pid,
        {"indicator_id": indicator, "reported_on": "2027-06-30", "value": 3.5},
    )

    with pytest.raises(UserError, match="podano w mb, a wskaźnik jest mierzony w km"):
        services.records.set_field("indicator_report", report, "unit", "mb")

    assert services.records.get("indicator_report", report)["unit"] == "km"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", f"Podaj wartość wskaźnika „Długość przebudowanych dróg” projektu „{TITLE}”."),
        (
            "dużo",
            f"Wartość wskaźnika „Długość przebudowanych dróg” projektu „{TITLE}” „dużo” "
            "nie jest liczbą.",
        ),
        (
            "inf",
            f"Wartość wskaźnika „Długość przebudowanych dróg” projektu „{TITLE}” „inf” "
            "nie jest liczbą.",
        ),
    ],
)
def test_a_value_must_be_a_finite_number(
    services: Services, store: Store, pid: str, indicator: str, value: str, message: str
) -> None:
    with pytest.raises(UserError) as caught:
        services.records.create(
            "indicator_report",
            pid,
            {"indicator_id": indicator, "reported_on": "2027-06-30", "value": value},
        )

    assert str(caught.value) == message
    assert _count(store, "indicator_report") == 0


def test_a_report_needs_its_date(
    services: Services, store: Store, pid: str, indicator: str
) -> None:
    with pytest.raises(UserError) as caught:
        services.records.create("indicator_report", pid, {"indicator_id": indicator, "value": 2})

    assert caught.value.field == "reported_on"
    assert _count(store, "indicator_report") == 0


def test_an_indicator_of_another_project_is_refused(
    services: Services, store: Store, pid: str, indicator: str
) -> None:
    other = projects.create_project(services, pid, {"title": "Szlak rowerowy Zalewu Wiślanego"})

    with pytest.raises(UserError) as caught:
        services.records.create(
            "indicator_report",
            pid,
            {
                "project_id": other,
                "indicator_id": indicator,
                "reported_on": "2027-06-30",
                "value": 1,
            },
        )

    assert str(caught.value) == (
        "Wskaźnik „Długość przebudowanych dróg” nie należy do projektu "
        "„Szlak rowerowy Zalewu Wiślanego”."
    )
    assert _count(store, "indicator_report") == 0


# -- expenses --------------------------------------------------------------------------------


def test_an_expense_is_stored_with_its_amount_typed_the_polish_way(
    services: Services, pid: str, project: str
) -> None:
    expense = services.records.create(
        "project_expense",
        pid,
        {
            "project_id": project,
            "spent_on": "15.03.2026",
            "amount": "1 250 000,50 zł",
            "description": "Dokumentacja projektowa — I transza",
        },
    )

    stored = services.records.get("project_expense", expense)
    assert stored["amount"] == 1_250_000.5
    assert stored["spent_on"] == date(2026, 3, 15)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"spent_on": "2026-03-15", "amount": "-100"}, "amount"),
        ({"amount": "100"}, "spent_on"),
        ({"spent_on": "31.02.2026", "amount": "100"}, "spent_on"),
    ],
)
def test_a_negative_or_undated_expense_is_refused(
    services: Services, store: Store, pid: str, project: str, values: dict, field: str
) -> None:
    with pytest.raises(UserError) as caught:
        services.records.create("project_expense", pid, {"project_id": project, **values})

    assert caught.value.field == field
    assert _count(store, "project_expense") == 0


def test_an_expense_of_a_project_of_another_partnership_is_refused(
    services: Services, store: Store, project: str
) -> None:
    other = services.partnerships.create(DEMO_PARTNERSHIPS[1])

    with pytest.raises(UserError, match="nie istnieje w tym partnerstwie"):
        services.records.create(
            "project_expense",
            other,
            {"project_id": project, "spent_on": "2026-03-15", "amount": 10},
        )

    assert _count(store, "project_expense") == 0


# -- funding applications ----------------------------------------------------------------------


def test_an_amount_granted_needs_a_selected_application(
    services: Services, store: Store, pid: str, project: str
) -> None:
    with pytest.raises(UserError) as caught:
        services.records.create(
            "funding_application",
            pid,
            {
                "project_id": project,
                "programme": "FEWiM 2021–2027",
                "result": "in_evaluation",
                "amount_requested": "19 880 000",
                "amount_granted": "19 000 000",
            },
        )
    assert caught.value.field == "amount_granted"
    assert TITLE in str(caught.value)
    assert _count(store, "funding_application") == 0

    application = services.records.create(
        "funding_application",
        pid,
        {
            "project_id": project,
            "programme": "FEWiM 2021–2027",
            "result": "wybrany do dofinansowania",
            "amount_requested": "19 880 000",
            "amount_granted": "19 000 000",
            "submitted_on": "2026-04-30",
            "decided_on": "2026-09-15",
        },
    )
    stored = services.records.get("funding_application", application)
    assert (stored["result"], stored["amount_granted"]) == ("selected", 19_000_000.0)


def test_a_decision_before_submission_is_refused_and_the_old_date_stays(
    services: Services, pid: str, project: str
) -> None:
    application = services.records.create(
        "funding_application",
        pid,
        {"project_id": project, "call": "FEWM.06.01-IZ.00-001/26", "submitted_on": "2026-04-30"},
    )

    with pytest.raises(UserError) as caught:
        services.records.set_field("funding_application", application, "decided_on", "2026-03-01")

    assert str(caught.value) == (
        f"Wniosek projektu „{TITLE}” rozstrzygnięto (01.03.2026) przed jego złożeniem (30.04.2026)."
    )
    assert services.records.get("funding_application", application)["decided_on"] is None


def test_an_unknown_result_or_a_negative_request_is_refused(
    services: Services, store: Store, pid: str, project: str
) -> None:
    with pytest.raises(UserError, match="nie jest wynikiem naboru"):
        services.records.create(
            "funding_application", pid, {"project_id": project, "result": "zatwierdzony?"}
        )
    with pytest.raises(UserError) as caught:
        services.records.create(
            "funding_application", pid, {"project_id": project, "amount_requested": "-5"}
        )
    assert caught.value.field == "amount_requested"
    assert _count(store, "funding_application") == 0


# -- recommendations -------------------------------------------------------------------------


def test_a_recommendation_needs_a_title(services: Services, store: Store, pid: str) -> None:
    with pytest.raises(UserError) as caught:
        services.records.create("recommendation", pid, {"title": "   ", "priority": "high"})

    assert str(caught.value) == "Podaj tytuł rekomendacji."
    assert _count(store, "recommendation") == 0

    row = services.records.create(
        "recommendation", pid, {"title": "Powołać zespół ds. wdrażania", "priority": "wysoki"}
    )
    assert services.records.get("recommendation", row)["priority"] == "high"


# -- actual dates on projects and tasks --------------------------------------------------------


def test_an_actual_end_before_the_actual_start_is_refused_for_a_task_and_a_project(
    services: Services, pid: str, project: str
) -> None:
    task = services.records.create(
        "project_task",
        pid,
        {
            "project_id": project,
            "name": "Przetarg na roboty budowlane",
            "start_on": "2027-01-15",
            "end_on": "2027-04-30",
            "actual_start_on": "2027-02-01",
        },
    )

    with pytest.raises(UserError) as caught:
        services.records.set_field("project_task", task, "actual_end_on", "2027-01-20")
    assert str(caught.value) == (
        "Zadanie „Przetarg na roboty budowlane” zakończono (20.01.2027) przed jego "
        "rozpoczęciem (01.02.2027)."
    )
    assert services.records.get("project_task", task)["actual_end_on"] is None

    services.records.update("project", project, {"actual_start_on": "2026-03-01"})
    with pytest.raises(UserError) as caught:
        services.records.set_field("project", project, "actual_end_on", "2026-01-01")
    assert caught.value.field == "actual_end_on"
    assert TITLE in str(caught.value)
    assert services.records.get("project", project)["actual_end_on"] is None


def test_the_planned_schedule_rules_still_hold_with_actual_dates(
    services: Services, store: Store, pid: str, project: str
) -> None:
    with pytest.raises(UserError, match="kończy się"):
        services.records.create(
            "project_task",
            pid,
            {
                "project_id": project,
                "name": "Odbiór",
                "start_on": "2028-11-01",
                "end_on": "2028-10-01",
                "actual_start_on": "2028-11-02",
            },
        )
    assert _count(store, "project_task") == 0


# -- the demo ----------------------------------------------------------------------------------


def test_the_demo_fills_implementation_of_every_partnership_once(
    services: Services, store: Store
) -> None:
    from cwd_desktop.services import implementation_reads as reads
    from cwd_desktop.services.demo import fill_demo
    from cwd_desktop.services.demo_data import implementation as demo

    fill_demo(services)
    reader = store.reader()
    for view in services.partnerships.list():
        overview = reads.overview(store, view.id, today=date(2026, 11, 21))
        results = {a.result for p in overview.projects for a in p.applications}
        assert {"selected", "rejected", "in_evaluation"} <= results, view.data.short_name
        assert 3 <= len(overview.recommendations) <= 5
        assert overview.totals.spent > 0
        assert any(t.delayed for p in overview.projects for t in p.tasks)
        dates = reader.execute(
            "SELECT count(DISTINCT reported_on) FROM indicator_report WHERE partnership_id = ?",
            (view.id,),
        ).fetchone()[0]
        assert dates >= 2
    pending = store.pending_changes()

    demo.fill(services, {v.data.short_name: v.id for v in services.partnerships.list()})

    assert store.pending_changes() == pending

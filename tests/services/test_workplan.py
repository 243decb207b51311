"""The work plan: tasks checked before they are stored, and a default plan from the stages."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cwd_desktop.domain.vocab import MIN_COMMENT_PERIOD_DAYS, REPORT_DUE_DAYS, Stage
from cwd_desktop.errors import UserError
from cwd_desktop.services import workplan_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.workplan import STEPS, create_default_plan, default_plan
from cwd_desktop.services.workplan_reads import TaskFilter, summary, task_source, tasks
from cwd_desktop.ui.messages import render


@pytest.fixture
def pid(services: Services) -> str:
    return services.partnerships.create(DEMO_PARTNERSHIPS[0])  # PGZB, advisory from 11.01.2021


def _task(services: Services, pid: str, title: str, **values: object) -> str:
    return services.records.create(
        "work_task",
        pid,
        {"title": title, "start_on": "2021-02-01", "end_on": "2021-02-28", **values},
    )


def test_a_task_ending_before_it_starts_is_one_sentence_and_nothing_is_stored(
    services: Services, pid: str
) -> None:
    with pytest.raises(UserError) as caught:
        _task(services, pid, "Analiza SWOT", start_on="2021-05-10", end_on="2021-05-01")

    assert caught.value.field == "end_on"
    assert render(caught.value) == (
        "Zadanie „Analiza SWOT” kończy się (01.05.2021) przed rozpoczęciem (10.05.2021)."
    )
    assert tasks(services.store, pid) == []


def test_moving_the_start_after_the_end_is_refused_and_the_dates_stay(
    services: Services, pid: str
) -> None:
    task = _task(services, pid, "Warsztaty")

    with pytest.raises(UserError) as caught:
        services.records.set_field("work_task", task, "start_on", "15.03.2021")

    assert caught.value.field == "start_on"
    assert "kończy się (28.02.2021) przed rozpoczęciem (15.03.2021)" in render(caught.value)
    assert tasks(services.store, pid)[0]["start_on"] == date(2021, 2, 1)


def test_an_unknown_stage_or_status_is_refused_by_name(services: Services, pid: str) -> None:
    with pytest.raises(UserError) as stage:
        _task(services, pid, "Warsztaty", stage="rekrutacja")
    with pytest.raises(UserError) as status:
        _task(services, pid, "Warsztaty", status="gotowe")

    assert stage.value.field == "stage"
    assert render(stage.value).startswith("„rekrutacja” nie jest etapem doradztwa")
    assert status.value.field == "status"
    assert tasks(services.store, pid) == []


def test_a_task_needs_a_title_and_a_start(services: Services, pid: str) -> None:
    with pytest.raises(UserError) as title:
        _task(services, pid, "   ")
    with pytest.raises(UserError) as start:
        _task(services, pid, "Warsztaty", start_on="")

    assert render(title.value) == "Podaj nazwę zadania planu pracy."
    assert render(start.value) == "Podaj datę rozpoczęcia zadania „Warsztaty”."


def test_the_default_plan_runs_through_the_stages_from_the_advisory_start(
    services: Services, pid: str
) -> None:
    view = services.partnerships.get(pid)
    plan = default_plan(view)
    start = date(2021, 1, 11)

    stages = [t["stage"] for t in plan]
    # Every stage, in the order of the advisory process, each in one block.
    assert list(dict.fromkeys(stages)) == [s.value for s in Stage]
    assert stages == sorted(stages, key=[s.value for s in Stage].index)
    assert min(t["start_on"] for t in plan) == start
    by_stage = {
        s: (
            min(t["start_on"] for t in plan if t["stage"] == s),
            max(t["end_on"] for t in plan if t["stage"] == s),
        )
        for s in dict.fromkeys(stages)
    }
    # Diagnosis follows the work plan, the strategy follows the diagnosis.
    assert by_stage["workplan"][1] < by_stage["diagnosis"][0] + timedelta(days=1)
    assert by_stage["diagnosis"][1] < by_stage["strategy"][0]
    # Komponent I takes about nine months, Komponent II three to four more.
    component_i = by_stage["implementation"][1] - start
    component_ii = by_stage["component_ii"][1] - by_stage["component_ii"][0]
    assert 255 <= component_i.days <= 285
    assert 90 <= component_ii.days <= 125
    assert all(t["end_on"] >= t["start_on"] for t in plan)
    titles = {t["title"]: t for t in plan}
    consultation = titles["Konsultacje projektu strategii"]
    report = titles["Sprawozdanie z konsultacji"]
    period = consultation["end_on"] - consultation["start_on"]
    assert period.days >= MIN_COMMENT_PERIOD_DAYS
    assert report["start_on"] > consultation["end_on"]
    assert report["end_on"] - consultation["end_on"] <= timedelta(days=REPORT_DUE_DAYS)
    assert "Analiza SWOT" in titles
    assert any("zarys wniosku" in t.lower() for t in titles)
    # The partnership's own people are named.
    assert titles["Analiza SWOT"]["responsible"] == "Marek Wiśniewski, Katarzyna Zielińska"
    assert titles["Powołanie grup roboczych"]["responsible"] == "Anna Kowalczyk"


def test_a_partnership_without_an_advisory_start_is_planned_from_today(
    services: Services,
) -> None:
    from dataclasses import replace

    pid = services.partnerships.create(replace(DEMO_PARTNERSHIPS[2], advisory_start=None))
    plan = default_plan(services.partnerships.get(pid))

    assert plan[0]["start_on"] == date.today()


def test_the_default_plan_is_stored_whole_once_and_only_for_an_empty_plan(
    services: Services, pid: str
) -> None:
    ids = create_default_plan(services, pid)

    stored = tasks(services.store, pid)
    assert len(stored) == len(ids) == len(default_plan(services.partnerships.get(pid)))
    assert stored[0]["title"] == "Spotkanie otwierające doradztwo"
    with pytest.raises(UserError) as again:
        create_default_plan(services, pid)
    assert "ma już zadania" in render(again.value)
    assert len(tasks(services.store, pid)) == len(ids)


def test_the_default_plan_is_atomic(services: Services, pid: str) -> None:
    """A plan with one bad task stores nothing (``create_many`` is one transaction)."""
    plan = default_plan(services.partnerships.get(pid))
    plan[5]["end_on"] = plan[5]["start_on"] - timedelta(days=1)

    with pytest.raises(UserError):
        services.records.create_many("work_task", pid, plan)

    assert tasks(services.store, pid) == []


def test_overdue_tasks_are_filtered_and_counted(services: Services, pid: str) -> None:
    today = date(2021, 6, 1)
    _task(services, pid, "Ankiety", end_on="2021-05-20", status="in_progress")
    _task(services, pid, "Dane GUS", end_on="2021-05-20", status="done")
    _task(services, pid, "SWOT", start_on="2021-05-25", end_on="2021-06-30")

    overdue = task_source(services.store, pid, TaskFilter(overdue_only=True), today)("", 0, 50)
    figures = summary(services.store, pid, today)

    assert [t["title"] for t in overdue] == ["Ankiety"]
    assert (figures.tasks, figures.done, figures.in_progress, figures.overdue) == (3, 1, 1, 1)
    assert reads.is_overdue(overdue[0], today)


def test_the_table_source_filters_by_stage_and_text_and_sorts(services: Services, pid: str) -> None:
    _task(services, pid, "Analiza SWOT", stage="diagnosis", start_on="2021-02-20")
    _task(services, pid, "Spotkanie otwierające", stage="workplan", start_on="2021-01-11")
    _task(services, pid, "Cele strategiczne", stage="strategy", start_on="2021-02-10")

    grouped = task_source(services.store, pid)("", 0, 50)
    diagnosis = task_source(services.store, pid, TaskFilter(stage="diagnosis"))("", 0, 50)
    by_title = task_source(services.store, pid, TaskFilter(order="title", descending=True))
    found = task_source(services.store, pid)("otwierajace", 0, 50)  # diacritics ignored

    assert [t["stage"] for t in grouped] == ["workplan", "diagnosis", "strategy"]
    assert [t["title"] for t in diagnosis] == ["Analiza SWOT"]
    assert next(t["title"] for t in by_title("", 0, 50)) == "Spotkanie otwierające"
    assert [t["title"] for t in found] == ["Spotkanie otwierające"]


def test_the_demo_plans_match_each_partnership_and_are_added_once(services: Services) -> None:
    from cwd_desktop.services.demo_data import workplan as demo

    ids = {p.short_name: services.partnerships.create(p) for p in DEMO_PARTNERSHIPS}
    today = date(2026, 11, 21)

    demo.fill(services, ids, today)
    demo.fill(services, ids, today)

    def statuses(short: str, stage: str) -> set[str]:
        return {t["status"] for t in tasks(services.store, ids[short]) if t["stage"] == stage}

    assert all(len(tasks(services.store, i)) == len(STEPS) for i in ids.values())
    # PGZB: the diagnosis is done, the strategy under way, two of its tasks overdue.
    assert statuses("PGZB", "diagnosis") == {"done"}
    assert {"done", "in_progress", "open"} <= statuses("PGZB", "strategy")
    assert summary(services.store, ids["PGZB"], today).overdue == 2
    # PZŁ has just started: only its opening meeting is done, nothing is overdue.
    pzl = summary(services.store, ids["PZŁ"], today)
    assert (pzl.done, pzl.overdue) == (1, 0)
    assert statuses("PZŁ", "strategy") == {"open"}

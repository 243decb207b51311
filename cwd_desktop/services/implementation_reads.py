"""Implementation monitoring read with plain SQL: plan against reality, per project and in total.

Qt-free and ORM-free, so the implementation page may import it when the main
window is built; the raport z realizacji zadań and the recommendations
document (``exports.docx.implementation`` / ``recommendations``) read the same
numbers, so page and documents never disagree.

API (every function takes ``today``: None means the real today; tests pass a date)::

    overview(store, partnership_id, today=None) -> Overview
        # everything below computed once: .projects, .totals, .balance,
        # .issues, .recommendations, .action_items
    projects(store, partnership_id, today=None, project_id=None) -> list[ProjectProgress]
        # by number; each with .tasks, .indicators (each with .reports), .applications,
        # .expenses and the derived .delay_days, .spent, .granted, .pending, .not_applied,
        # .indicators_achieved (share 0..1 or None)
    totals(store, partnership_id, today=None) -> Totals
    balance(store, partnership_id, today=None) -> Balance
    open_issues(store, partnership_id, today=None) -> list[OpenIssue]
    recommendations(store, partnership_id) -> list[RecommendationRow]   # by priority, due date
    open_action_items(store, partnership_id) -> list[ActionItemRow]     # status != done
    ISSUE_LABELS: dict[IssueKind, str]   # QT_TRANSLATE_NOOP("implementation", ...) headings
    IndicatorState (achieved/on_track/behind/no_data), IssueKind (the open-issue kinds),
    PENDING_RESULTS, CLOSED_STATUSES, NEAR_YEARS
    # Charts of these for pages and documents: ``exports.charts.implementation``
    # (indicator_chart, funding_chart, state_chart; QtCharts, print-ready).

Definitions (said once here, used everywhere):

- **delay** of a project or task end: the actual end minus the planned end in
  days when the actual end is known (negative = early); otherwise, while the
  work is not finished, how far today is past the planned end (0 before it).
  None when there is no planned end, or a finished project has no actual end.
- **% of target** of an indicator: progress from its baseline to its target
  (``(latest - baseline) / (target - baseline)``), which also reads right for an
  indicator that should fall; ``latest / target`` when there is no baseline or
  it equals the target. None without a report or a target.
- **indicator state**: ``achieved`` (≥ 100 %), ``on_track`` (at least the share
  of the time elapsed between the project's start and the indicator's deadline,
  31 December of its year or the project's planned end), ``behind`` (less, or
  no value once the deadline has passed), ``no_data`` (nothing reported yet,
  deadline ahead).
- **secured funding**: the granted amounts of applications whose result is in
  ``FUNDED_RESULTS``; **pending**: requested amounts still being decided
  (``PENDING_RESULTS``); **not applied**: the rest of the cost, never negative.
- **open issues** (``IssueKind`` order): running projects past their planned
  end and their unfinished tasks past theirs (completed or dropped projects'
  delays are history, shown in the tables only); indicators ``behind`` whose
  deadline year has passed or is at most ``NEAR_YEARS`` away; rejected or
  withdrawn and still pending applications; running projects without any
  application; spending above the cost; action items of meetings not done.
  Dropped projects raise none.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from cwd_desktop.domain.vocab import ActionStatus, ProjectStatus
from cwd_desktop.domain.vocab_followup import (
    ApplicationResult,
    RecommendationPriority,
)
from cwd_desktop.services.implementation_model import (  # re-exported: reads.X
    _PRIORITY_RANK,
    CLOSED_STATUSES,
    ISSUE_LABELS,
    NEAR_YEARS,
    PENDING_RESULTS,
    ActionItemRow,
    ApplicationRow,
    Balance,
    ExpenseRow,
    IndicatorProgress,
    IndicatorReading,
    IndicatorState,
    IssueKind,
    OpenIssue,
    Overview,
    ProjectProgress,
    RecommendationRow,
    Row,
    TaskProgress,
    Totals,
)

#: The figures' types live in ``implementation_model``; callers read both from here.
__all__ = [
    "CLOSED_STATUSES",
    "ISSUE_LABELS",
    "NEAR_YEARS",
    "PENDING_RESULTS",
    "ActionItemRow",
    "ApplicationRow",
    "Balance",
    "ExpenseRow",
    "IndicatorProgress",
    "IndicatorReading",
    "IndicatorState",
    "IssueKind",
    "OpenIssue",
    "Overview",
    "ProjectProgress",
    "RecommendationRow",
    "TaskProgress",
    "Totals",
    "balance",
    "open_action_items",
    "open_issues",
    "overview",
    "projects",
    "recommendations",
    "totals",
]
from cwd_desktop.store import Store

# --------------------------------------------------------------------------- reading


def _day(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _rows(conn: sqlite3.Connection, sql: str, args: Iterable[Any]) -> list[Row]:
    cursor = conn.execute(sql, tuple(args))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor]


def _delay(planned: date | None, actual: date | None, finished: bool, today: date) -> int | None:
    if planned is None:
        return None
    if actual is not None:
        return (actual - planned).days
    if finished:
        return None
    return max(0, (today - planned).days)


def _percent(baseline: float | None, target: float | None, latest: float | None) -> float | None:
    if latest is None or target is None:
        return None
    if baseline is not None and baseline != target:
        # "+ 0.0" turns the -0.0 of "no change on a falling indicator" into 0.0.
        return (latest - baseline) / (target - baseline) * 100.0 + 0.0
    if target == 0:
        return 100.0 if latest == 0 else None
    return latest / target * 100.0 + 0.0


def _state(
    percent: float | None,
    has_reports: bool,
    start: date | None,
    deadline: date | None,
    today: date,
) -> IndicatorState:
    if percent is not None and percent >= 100.0:
        return IndicatorState.ACHIEVED
    passed = deadline is not None and deadline < today
    if not has_reports:
        return IndicatorState.BEHIND if passed else IndicatorState.NO_DATA
    if percent is None:
        return IndicatorState.NO_DATA
    if passed:
        return IndicatorState.BEHIND
    expected = 0.0
    if start is not None and deadline is not None and deadline > start and today > start:
        expected = (today - start).days / (deadline - start).days * 100.0
    return IndicatorState.ON_TRACK if percent >= expected else IndicatorState.BEHIND


def _children(conn: sqlite3.Connection, table: str, pid: str, columns: str) -> dict[str, list[Row]]:
    by_project: dict[str, list[Row]] = defaultdict(list)
    for row in _rows(
        conn,
        f"SELECT c.id, c.project_id, {columns} FROM {table} c"
        " JOIN project p ON p.id = c.project_id AND p.deleted_at IS NULL"
        " WHERE c.partnership_id = ? AND c.deleted_at IS NULL ORDER BY c.rowid",
        (pid,),
    ):
        by_project[row["project_id"]].append(row)
    return by_project


def projects(
    store: Store,
    partnership_id: str,
    today: date | None = None,
    project_id: str | None = None,
) -> list[ProjectProgress]:
    """The partnership's live projects by number, each with its tasks, indicators and money."""
    day = today or date.today()
    conn = store.reader()
    sql = (
        "SELECT id, number, title, status, is_key, start_on, end_on, actual_start_on,"
        " actual_end_on, cost FROM project WHERE partnership_id = ? AND deleted_at IS NULL"
    )
    args: list[Any] = [partnership_id]
    if project_id is not None:
        sql += " AND id = ?"
        args.append(project_id)
    project_rows = _rows(conn, sql + " ORDER BY number, title COLLATE NOCASE, rowid", args)
    tasks = _children(
        conn,
        "project_task",
        partnership_id,
        "c.name, c.position, c.start_on, c.end_on, c.actual_start_on, c.actual_end_on, c.outcome",
    )
    indicators = _children(
        conn,
        "project_indicator",
        partnership_id,
        "c.name, c.unit, c.kind, c.baseline, c.target, c.year",
    )
    reports = _children(
        conn,
        "indicator_report",
        partnership_id,
        "c.indicator_id, c.reported_on, c.value, c.unit, c.note",
    )
    applications = _children(
        conn,
        "funding_application",
        partnership_id,
        "c.programme, c.call, c.submitted_on, c.amount_requested, c.result, c.decided_on,"
        " c.amount_granted, c.note",
    )
    expenses = _children(
        conn, "project_expense", partnership_id, "c.spent_on, c.amount, c.description"
    )
    return [
        _project(p, tasks, indicators, reports, applications, expenses, day) for p in project_rows
    ]


def _project(
    p: Row,
    tasks: dict[str, list[Row]],
    indicators: dict[str, list[Row]],
    reports: dict[str, list[Row]],
    applications: dict[str, list[Row]],
    expenses: dict[str, list[Row]],
    today: date,
) -> ProjectProgress:
    pid = p["id"]
    start, end = _day(p["start_on"]), _day(p["end_on"])
    actual_start, actual_end = _day(p["actual_start_on"]), _day(p["actual_end_on"])
    finished = p["status"] in CLOSED_STATUSES
    series: dict[str, list[IndicatorReading]] = defaultdict(list)
    for r in reports.get(pid, []):
        on = _day(r["reported_on"])
        if on is not None and r["value"] is not None:
            series[r["indicator_id"]].append(
                IndicatorReading(r["id"], on, float(r["value"]), r["unit"] or "", r["note"] or "")
            )
    indicator_list = []
    for i in indicators.get(pid, []):
        readings = tuple(sorted(series.get(i["id"], []), key=lambda x: x.reported_on))
        latest = readings[-1] if readings else None
        year = i["year"]
        deadline = date(int(year), 12, 31) if year else end
        baseline = None if i["baseline"] is None else float(i["baseline"])
        target = None if i["target"] is None else float(i["target"])
        percent = _percent(baseline, target, latest.value if latest else None)
        indicator_list.append(
            IndicatorProgress(
                id=i["id"],
                project_id=pid,
                name=i["name"] or "",
                unit=i["unit"] or "",
                kind=i["kind"] or "",
                baseline=baseline,
                target=target,
                year=int(year) if year else None,
                deadline=deadline,
                reports=readings,
                latest_value=latest.value if latest else None,
                latest_on=latest.reported_on if latest else None,
                percent=percent,
                state=_state(percent, bool(readings), actual_start or start, deadline, today),
            )
        )
    task_list = []
    for t in sorted(
        tasks.get(pid, []), key=lambda t: (t["position"] or 0, t["start_on"] or "", t["name"] or "")
    ):
        t_end, t_actual_end = _day(t["end_on"]), _day(t["actual_end_on"])
        task_list.append(
            TaskProgress(
                id=t["id"],
                name=t["name"] or "",
                position=int(t["position"] or 0),
                start_on=_day(t["start_on"]),
                end_on=t_end,
                actual_start_on=_day(t["actual_start_on"]),
                actual_end_on=t_actual_end,
                outcome=t["outcome"] or "",
                delay_days=_delay(t_end, t_actual_end, p["status"] == ProjectStatus.DROPPED, today),
            )
        )
    application_list = sorted(
        (
            ApplicationRow(
                id=a["id"],
                project_id=pid,
                programme=a["programme"] or "",
                call=a["call"] or "",
                submitted_on=_day(a["submitted_on"]),
                amount_requested=float(a["amount_requested"] or 0.0),
                result=a["result"] or ApplicationResult.PREPARING.value,
                decided_on=_day(a["decided_on"]),
                amount_granted=float(a["amount_granted"] or 0.0),
                note=a["note"] or "",
            )
            for a in applications.get(pid, [])
        ),
        key=lambda a: (a.submitted_on or date.max, a.programme),
    )
    expense_list = sorted(
        (
            ExpenseRow(
                e["id"], _day(e["spent_on"]), float(e["amount"] or 0.0), e["description"] or ""
            )
            for e in expenses.get(pid, [])
        ),
        key=lambda e: e.spent_on or date.min,
    )
    return ProjectProgress(
        id=pid,
        number=int(p["number"] or 0),
        title=p["title"] or "",
        status=p["status"] or ProjectStatus.PROPOSED.value,
        is_key=bool(p["is_key"]),
        start_on=start,
        end_on=end,
        actual_start_on=actual_start,
        actual_end_on=actual_end,
        delay_days=_delay(end, actual_end, finished, today),
        cost=float(p["cost"] or 0.0),
        tasks=tuple(task_list),
        indicators=tuple(indicator_list),
        applications=tuple(application_list),
        expenses=tuple(expense_list),
    )


def _totals(items: list[ProjectProgress]) -> Totals:
    by_status: dict[str, int] = {s.value: 0 for s in ProjectStatus}
    for p in items:
        by_status[p.status] = by_status.get(p.status, 0) + 1
    return Totals(
        projects=len(items),
        by_status=by_status,
        cost=sum((p.cost for p in items), 0.0),
        spent=sum((p.spent for p in items), 0.0),
        requested=sum((p.requested for p in items), 0.0),
        granted=sum((p.granted for p in items), 0.0),
        pending=sum((p.pending for p in items), 0.0),
        secured_by_project={p.id: p.granted for p in items},
    )


def _balance(items: list[ProjectProgress]) -> Balance:
    indicators = [i for p in items for i in p.indicators]
    states = [i.state for i in indicators]
    applications = [a for p in items for a in p.applications]
    return Balance(
        indicators=len(indicators),
        achieved=states.count(IndicatorState.ACHIEVED),
        on_track=states.count(IndicatorState.ON_TRACK),
        behind=states.count(IndicatorState.BEHIND),
        no_data=states.count(IndicatorState.NO_DATA),
        projects=len(items),
        completed=sum(p.status == ProjectStatus.COMPLETED for p in items),
        in_progress=sum(p.status == ProjectStatus.IN_PROGRESS for p in items),
        dropped=sum(p.status == ProjectStatus.DROPPED for p in items),
        cost=sum((p.cost for p in items), 0.0),
        granted=sum((p.granted for p in items), 0.0),
        pending=sum((p.pending for p in items), 0.0),
        spent=sum((p.spent for p in items), 0.0),
        applications=len(applications),
        funded_applications=sum(a.funded for a in applications),
    )


def _issues(
    items: list[ProjectProgress], actions: list[ActionItemRow], today: date
) -> list[OpenIssue]:
    found: dict[IssueKind, list[OpenIssue]] = defaultdict(list)
    for p in items:
        if p.status == ProjectStatus.DROPPED:
            continue
        closed = p.status in CLOSED_STATUSES
        if p.delayed and not closed:
            found[IssueKind.PROJECT_DELAYED].append(
                OpenIssue(
                    IssueKind.PROJECT_DELAYED,
                    p.title,
                    p.id,
                    p.label,
                    due_on=p.end_on,
                    days_late=p.delay_days,
                    status=p.status,
                )
            )
        for t in p.tasks:
            if t.delayed and not closed and not t.done:
                found[IssueKind.TASK_DELAYED].append(
                    OpenIssue(
                        IssueKind.TASK_DELAYED,
                        t.name,
                        p.id,
                        p.label,
                        due_on=t.end_on,
                        days_late=t.delay_days,
                    )
                )
        for i in p.indicators:
            near = i.deadline is not None and i.deadline.year <= today.year + NEAR_YEARS
            if i.state is IndicatorState.BEHIND and near:
                found[IssueKind.INDICATOR_BEHIND].append(
                    OpenIssue(
                        IssueKind.INDICATOR_BEHIND,
                        i.name,
                        p.id,
                        p.label,
                        due_on=i.deadline,
                        amount=i.latest_value,
                        percent=i.percent,
                    )
                )
        for a in p.applications:
            subject = " – ".join(x for x in (a.programme, a.call) if x)
            if a.result in (ApplicationResult.REJECTED, ApplicationResult.WITHDRAWN):
                kind = IssueKind.APPLICATION_REJECTED
            elif a.pending:
                kind = IssueKind.APPLICATION_PENDING
            else:
                continue
            found[kind].append(
                OpenIssue(
                    kind,
                    subject,
                    p.id,
                    p.label,
                    due_on=a.decided_on or a.submitted_on,
                    amount=a.amount_requested,
                    status=a.result,
                )
            )
        if not p.applications and p.status not in CLOSED_STATUSES:
            found[IssueKind.NO_APPLICATION].append(
                OpenIssue(IssueKind.NO_APPLICATION, p.title, p.id, p.label, amount=p.cost)
            )
        if p.cost > 0 and p.spent > p.cost:
            found[IssueKind.OVERSPENDING].append(
                OpenIssue(
                    IssueKind.OVERSPENDING,
                    p.title,
                    p.id,
                    p.label,
                    amount=p.spent - p.cost,
                    percent=p.spent / p.cost * 100.0,
                )
            )
    for item in actions:
        late = (today - item.due_on).days if item.due_on and item.due_on < today else None
        found[IssueKind.ACTION_ITEM].append(
            OpenIssue(
                IssueKind.ACTION_ITEM,
                item.description,
                project=item.meeting_title,
                due_on=item.due_on,
                days_late=late,
                status=item.status,
                owner=item.owner,
            )
        )
    return [issue for kind in IssueKind for issue in found.get(kind, [])]


def recommendations(store: Store, partnership_id: str) -> list[RecommendationRow]:
    """The partnership's recommendations: high priority first, then by due date and title."""
    rows = _rows(
        store.reader(),
        "SELECT r.id, r.title, r.rationale, r.next_steps, r.priority, r.responsible, r.due_on,"
        " p.id AS project_id, p.number, p.title AS project_title FROM recommendation r"
        " LEFT JOIN project p ON p.id = r.project_id AND p.deleted_at IS NULL"
        " WHERE r.partnership_id = ? AND r.deleted_at IS NULL ORDER BY r.rowid",
        (partnership_id,),
    )
    found = [
        RecommendationRow(
            id=r["id"],
            title=r["title"] or "",
            rationale=r["rationale"] or "",
            next_steps=r["next_steps"] or "",
            priority=r["priority"] or RecommendationPriority.MEDIUM.value,
            responsible=r["responsible"] or "",
            due_on=_day(r["due_on"]),
            project_id=r["project_id"],
            project=f"{r['number']}. {r['project_title']}" if r["project_id"] else "",
        )
        for r in rows
    ]
    found.sort(
        key=lambda r: (
            _PRIORITY_RANK.get(r.priority, len(_PRIORITY_RANK)),
            r.due_on or date.max,
            r.title.casefold(),
        )
    )
    return found


def open_action_items(store: Store, partnership_id: str) -> list[ActionItemRow]:
    """Action items of live meetings not marked done, by due date (undated last)."""
    rows = _rows(
        store.reader(),
        "SELECT a.id, a.description, a.owner, a.due_on, a.status, m.title, m.held_on"
        " FROM action_item a JOIN meeting m ON m.id = a.meeting_id AND m.deleted_at IS NULL"
        " WHERE a.partnership_id = ? AND a.deleted_at IS NULL AND a.status != ?"
        " ORDER BY a.due_on IS NULL, a.due_on, m.held_on, a.rowid",
        (partnership_id, ActionStatus.DONE.value),
    )
    return [
        ActionItemRow(
            id=r["id"],
            description=r["description"] or "",
            owner=r["owner"] or "",
            due_on=_day(r["due_on"]),
            status=r["status"] or ActionStatus.OPEN.value,
            meeting_title=r["title"] or "",
            meeting_on=_day(r["held_on"]),
        )
        for r in rows
    ]


def totals(store: Store, partnership_id: str, today: date | None = None) -> Totals:
    """Projects by status, cost, spent, requested, granted, pending; secured per project."""
    return _totals(projects(store, partnership_id, today))


def balance(store: Store, partnership_id: str, today: date | None = None) -> Balance:
    """The balance of benefits: indicators by state, money secured vs cost, projects done."""
    return _balance(projects(store, partnership_id, today))


def open_issues(store: Store, partnership_id: str, today: date | None = None) -> list[OpenIssue]:
    """The open issues, grouped by kind in ``IssueKind`` order."""
    day = today or date.today()
    return _issues(
        projects(store, partnership_id, day), open_action_items(store, partnership_id), day
    )


def overview(store: Store, partnership_id: str, today: date | None = None) -> Overview:
    """Everything at once (one read of each table): what the dashboard and documents use."""
    day = today or date.today()
    items = projects(store, partnership_id, day)
    actions = open_action_items(store, partnership_id)
    return Overview(
        today=day,
        projects=items,
        totals=_totals(items),
        balance=_balance(items),
        issues=_issues(items, actions, day),
        recommendations=recommendations(store, partnership_id),
        action_items=actions,
    )

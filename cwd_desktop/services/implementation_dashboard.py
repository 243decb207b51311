"""Rows for the implementation page's typed-in tables (plain SQL, no ORM).

The figures (delays, % of target, funding secured) come from
``services.implementation_reads``, so the page, the dashboard and the
documents agree; this module only adds what an editable table needs: the
stored values of one table's rows as a ``RowSource`` (``(filter, offset,
limit) -> rows``, each with ``id`` and the columns' fields as Python
values), and the choices of the pickers (a project's indicators, the
partnership's projects).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import Any

from cwd_desktop.services import implementation_reads as reads
from cwd_desktop.store import Store

Row = dict[str, Any]
RowSource = Callable[[str, int, int], list[Row]]


def _day(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _rows(cursor: sqlite3.Cursor) -> list[Row]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor]


def _paged(rows: list[Row], offset: int, limit: int) -> list[Row]:
    return rows[offset : offset + limit]


def project_row(project: reads.ProjectProgress) -> Row:
    """A project of the implementation list: plan, reality and the figures beside them."""
    return {
        "id": project.id,
        "number": project.number,
        "title": project.title,
        "status": project.status,
        "is_key": project.is_key,
        "start_on": project.start_on,
        "end_on": project.end_on,
        "actual_start_on": project.actual_start_on,
        "actual_end_on": project.actual_end_on,
        "delay_days": project.delay_days,
        "cost": project.cost,
        "spent": project.spent,
        "granted": project.granted,
        "indicators_achieved": project.indicators_achieved,
    }


def project_source(store: Store, partnership_id: str, today: date | None = None) -> RowSource:
    """The partnership's projects by number (``project_row`` each); no filter."""

    def source(_query: str, offset: int, limit: int) -> list[Row]:
        rows = [project_row(p) for p in reads.projects(store, partnership_id, today)]
        return _paged(rows, offset, limit)

    return source


def one_project(
    store: Store, partnership_id: str, project_id: str, today: date | None = None
) -> reads.ProjectProgress | None:
    """One project with its tasks, indicators and money, or None if it is gone."""
    found = reads.projects(store, partnership_id, today, project_id=project_id)
    return found[0] if found else None


def task_source(
    store: Store, partnership_id: str, project_id: str, today: date | None = None
) -> RowSource:
    """A project's schedule with the actual dates, the delay in days and the outcome."""

    def source(_query: str, offset: int, limit: int) -> list[Row]:
        project = one_project(store, partnership_id, project_id, today)
        tasks = project.tasks if project is not None else ()
        rows = [
            {
                "id": t.id,
                "name": t.name,
                "start_on": t.start_on,
                "end_on": t.end_on,
                "actual_start_on": t.actual_start_on,
                "actual_end_on": t.actual_end_on,
                "delay_days": t.delay_days,
                "outcome": t.outcome,
            }
            for t in tasks
        ]
        return _paged(rows, offset, limit)

    return source


def expense_source(store: Store, project_id: str) -> RowSource:
    """A project's expenses by date (undated last), then as entered."""

    def source(_query: str, offset: int, limit: int) -> list[Row]:
        rows = _rows(
            store.reader().execute(
                "SELECT id, project_id, spent_on, amount, description FROM project_expense"
                " WHERE project_id = ? AND deleted_at IS NULL"
                " ORDER BY spent_on IS NULL, spent_on, rowid LIMIT ? OFFSET ?",
                (project_id, limit, offset),
            )
        )
        for row in rows:
            row["spent_on"] = _day(row["spent_on"])
            row["amount"] = float(row["amount"] or 0.0)
        return rows

    return source


def report_source(store: Store, project_id: str) -> RowSource:
    """A project's indicator reports, by indicator (as entered) then date."""

    def source(_query: str, offset: int, limit: int) -> list[Row]:
        rows = _rows(
            store.reader().execute(
                "SELECT r.id, r.project_id, r.indicator_id, r.reported_on, r.value, r.unit,"
                " r.note FROM indicator_report r"
                " LEFT JOIN project_indicator i ON i.id = r.indicator_id"
                " WHERE r.project_id = ? AND r.deleted_at IS NULL"
                " ORDER BY i.rowid, r.reported_on, r.rowid LIMIT ? OFFSET ?",
                (project_id, limit, offset),
            )
        )
        for row in rows:
            row["reported_on"] = _day(row["reported_on"])
        return rows

    return source


def application_source(store: Store, project_id: str) -> RowSource:
    """A project's funding applications in the order they were entered."""

    def source(_query: str, offset: int, limit: int) -> list[Row]:
        rows = _rows(
            store.reader().execute(
                "SELECT id, project_id, programme, call, submitted_on, amount_requested, result,"
                " decided_on, amount_granted, note FROM funding_application"
                " WHERE project_id = ? AND deleted_at IS NULL ORDER BY rowid LIMIT ? OFFSET ?",
                (project_id, limit, offset),
            )
        )
        for row in rows:
            row["submitted_on"] = _day(row["submitted_on"])
            row["decided_on"] = _day(row["decided_on"])
            row["amount_requested"] = float(row["amount_requested"] or 0.0)
            row["amount_granted"] = float(row["amount_granted"] or 0.0)
        return rows

    return source


def recommendation_source(store: Store, partnership_id: str) -> RowSource:
    """The partnership's recommendations in the order they were entered (rows never jump)."""

    def source(_query: str, offset: int, limit: int) -> list[Row]:
        rows = _rows(
            store.reader().execute(
                "SELECT id, title, priority, project_id, responsible, due_on, rationale,"
                " next_steps FROM recommendation WHERE partnership_id = ? AND deleted_at IS NULL"
                " ORDER BY rowid LIMIT ? OFFSET ?",
                (partnership_id, limit, offset),
            )
        )
        for row in rows:
            row["due_on"] = _day(row["due_on"])
        return rows

    return source


def indicator_choices(store: Store, project_id: str) -> list[tuple[str, str]]:
    """(id, "name [unit]") of a project's live indicators: outputs first, as entered."""
    rows = store.reader().execute(
        "SELECT id, name, unit FROM project_indicator WHERE project_id = ? AND deleted_at IS NULL"
        " ORDER BY kind = 'result', rowid",
        (project_id,),
    )
    return [(str(i), f"{n} [{u}]" if u else str(n)) for i, n, u in rows]


def indicator_units(store: Store, project_id: str) -> dict[str, str]:
    """Indicator id -> its unit, for a project's live indicators."""
    rows = store.reader().execute(
        "SELECT id, unit FROM project_indicator WHERE project_id = ? AND deleted_at IS NULL",
        (project_id,),
    )
    return {str(i): str(u or "") for i, u in rows}


def project_choices(store: Store, partnership_id: str) -> list[tuple[str, str]]:
    """(id, "3. title") of the partnership's live projects, by number."""
    rows = store.reader().execute(
        "SELECT id, number, title FROM project WHERE partnership_id = ? AND deleted_at IS NULL"
        " ORDER BY number, title COLLATE NOCASE",
        (partnership_id,),
    )
    return [(str(i), f"{n}. {t}") for i, n, t in rows]


def kind_project(store: Store, kind: str, row_id: str) -> str | None:
    """The project a row of an implementation table belongs to (None: none, or unknown kind)."""
    if kind == "project":
        return row_id
    if kind not in ("project_task", "project_expense", "indicator_report", "funding_application"):
        return None
    found = (
        store.reader()
        .execute(f"SELECT project_id FROM {kind} WHERE id = ? AND deleted_at IS NULL", (row_id,))
        .fetchone()
    )
    return str(found[0]) if found else None

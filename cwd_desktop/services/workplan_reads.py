"""Reading the work plan (plan pracy) with plain SQL: what the page, the export and tests show.

The writes and the default plan live in ``services.workplan``, which loads
SQLAlchemy; this module does not, so the work plan page can import it when
the main window is built. Tasks are ordered by the advisory stages
(``Stage`` in its declared order), then by dates, so the table and the
timeline group a stage's tasks together.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from cwd_desktop.domain.vocab import ActionStatus, Stage
from cwd_desktop.store import Store
from cwd_desktop.store import search as fts

Row = dict[str, Any]
#: (filter text, offset, limit) -> rows; what ``ui.record_table`` pages through.
RowSource = Callable[[str, int, int], list[Row]]

#: The stages in the order the advisory process runs through them.
STAGE_ORDER: tuple[str, ...] = tuple(s.value for s in Stage)
_STAGE_RANK = (
    "CASE t.stage "
    + " ".join(f"WHEN '{code}' THEN {rank}" for rank, code in enumerate(STAGE_ORDER))
    + f" ELSE {len(STAGE_ORDER)} END"
)
#: Sort keys the page may ask for (column field -> SQL), each ending on a stable order.
_ORDER_BY = {
    "stage": f"{_STAGE_RANK} {{dir}}, t.start_on, t.end_on, t.position, t.rowid",
    "title": "t.title COLLATE NOCASE {dir}, t.start_on, t.rowid",
    "start_on": f"t.start_on {{dir}}, t.end_on {{dir}}, {_STAGE_RANK}, t.rowid",
    "end_on": f"t.end_on {{dir}}, t.start_on {{dir}}, {_STAGE_RANK}, t.rowid",
    "responsible": "t.responsible COLLATE NOCASE {dir}, t.start_on, t.rowid",
    "status": (
        "CASE t.status WHEN 'open' THEN 0 WHEN 'in_progress' THEN 1 ELSE 2 END {dir},"
        " t.start_on, t.rowid"
    ),
    "notes": "t.notes COLLATE NOCASE {dir}, t.start_on, t.rowid",
}
_SELECT = (
    "SELECT t.id, t.stage, t.title, t.start_on, t.end_on, t.responsible, t.status, t.position,"
    " t.notes FROM work_task t WHERE t.partnership_id = ? AND t.deleted_at IS NULL"
)


@dataclass(frozen=True)
class TaskFilter:
    """What the page's filter row asks for; the default shows every task."""

    stage: str | None = None
    status: str | None = None
    overdue_only: bool = False
    order: str = "stage"
    descending: bool = False


@dataclass(frozen=True)
class PlanSummary:
    """The counts shown above the table and in the export's introduction."""

    tasks: int
    done: int
    in_progress: int
    overdue: int
    first: date | None
    last: date | None


def _day(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _task(row: Row) -> Row:
    row["start_on"], row["end_on"] = _day(row["start_on"]), _day(row["end_on"])
    return row


def is_overdue(row: Row, today: date | None = None) -> bool:
    """The task should have ended (``end_on`` before today) and is not done."""
    end = row.get("end_on")
    return (
        isinstance(end, date)
        and end < (today or date.today())
        and row.get("status") != ActionStatus.DONE.value
    )


def format_date(value: date | None) -> str:
    """A date as Polish documents write it (dd.mm.rrrr); "" for none."""
    return value.strftime("%d.%m.%Y") if value else ""


def task_source(
    store: Store,
    partnership_id: str,
    task_filter: TaskFilter | None = None,
    today: date | None = None,
) -> RowSource:
    """The partnership's tasks as the table pages through them, filtered and sorted.

    The filter text goes through the FTS index (title, responsible, notes;
    diacritics ignored); ``today`` decides what is overdue (the real today
    when None, read at each call so a page left open over midnight stays right).
    """
    chosen = task_filter or TaskFilter()
    order = _ORDER_BY.get(chosen.order, _ORDER_BY["stage"]).format(
        dir="DESC" if chosen.descending else "ASC"
    )

    def source(query: str, offset: int, limit: int) -> list[Row]:
        sql = _SELECT
        args: list[Any] = [partnership_id]
        expression = fts.match_expression(query, "work_task", partnership_id)
        if expression:
            sql += (
                " AND t.id IN (SELECT k.row_id FROM search_index"
                " JOIN search_key k ON k.id = search_index.rowid WHERE search_index MATCH ?)"
            )
            args.append(expression)
        if chosen.stage:
            sql += " AND t.stage = ?"
            args.append(chosen.stage)
        if chosen.status:
            sql += " AND t.status = ?"
            args.append(chosen.status)
        if chosen.overdue_only:
            sql += " AND t.end_on < ? AND t.status != ?"
            args += [(today or date.today()).isoformat(), ActionStatus.DONE.value]
        sql += f" ORDER BY {order} LIMIT ? OFFSET ?"
        return _rows(store.reader().execute(sql, [*args, limit, offset]))

    return source


def tasks(store: Store, partnership_id: str) -> list[Row]:
    """Every live task of the partnership, by stage and dates (export, timeline)."""
    return task_source(store, partnership_id)("", 0, -1)


def task_count(store: Store, partnership_id: str) -> int:
    """How many live tasks the plan has (0: offer the default plan)."""
    row = (
        store.reader()
        .execute(
            "SELECT count(*) FROM work_task WHERE partnership_id = ? AND deleted_at IS NULL",
            (partnership_id,),
        )
        .fetchone()
    )
    return int(row[0])


def summary(store: Store, partnership_id: str, today: date | None = None) -> PlanSummary:
    """Counts of the plan's tasks by progress, and the span of its dates."""
    day = (today or date.today()).isoformat()
    row = (
        store.reader()
        .execute(
            "SELECT count(*), coalesce(sum(status = 'done'), 0),"
            " coalesce(sum(status = 'in_progress'), 0),"
            " coalesce(sum(end_on < ? AND status != 'done'), 0), min(start_on), max(end_on)"
            " FROM work_task WHERE partnership_id = ? AND deleted_at IS NULL",
            (day, partnership_id),
        )
        .fetchone()
    )
    return PlanSummary(
        int(row[0]), int(row[1]), int(row[2]), int(row[3]), _day(row[4]), _day(row[5])
    )


def _rows(cursor: sqlite3.Cursor) -> list[Row]:
    names = [d[0] for d in cursor.description]
    return [_task(dict(zip(names, r, strict=True))) for r in cursor]

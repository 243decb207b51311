"""Field work: missions, working groups, meetings, attendance lists and action items.

Two halves, both Qt-free:

- validators (``register_validator``) that ``Records`` runs before every
  write of these tables: required fields, dates in order, places and JST
  that are members of the partnership, links to live rows of the same
  partnership, known action statuses;
- reads with plain SQL on the store's ``reader()``: row sources for the
  typed-in tables (filtered through the FTS index), the partnership's open
  action items in one list, and a small summary.

This module loads SQLAlchemy (through ``services.records``), so the GUI
imports it lazily, after the first paint.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, text

from cwd_desktop.domain.vocab import ActionStatus
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.records import Check, parse_date, register_validator
from cwd_desktop.store import Store
from cwd_desktop.store import search as fts

Row = dict[str, Any]
#: (filter text, offset, limit) -> rows; what ``ui.record_table`` pages through.
RowSource = Callable[[str, int, int], list[Row]]


# -- validation ----------------------------------------------------------------------


def _required_text(values: dict[str, Any], check: Check, field: str, message: str) -> None:
    """Strip ``field``; refuse it empty on a new row or when it is being changed."""
    if field in values:
        values[field] = str(values[field] or "").strip()
        if not values[field]:
            raise UserError(message, field=field)
    elif check.is_new:
        raise UserError(message, field=field)


def _strip(values: dict[str, Any], *fields: str) -> None:
    for field in fields:
        if field in values:
            values[field] = str(values[field] or "").strip()


def _member_codes(check: Check) -> set[str]:
    rows = check.session.execute(
        text("SELECT teryt FROM partnership_jst WHERE partnership_id = :p AND deleted_at IS NULL"),
        {"p": check.partnership_id},
    )
    return {str(r[0]) for r in rows}


def _member_jst(check: Check, values: dict[str, Any], field: str) -> None:
    """An optional TERYT code that must name a member JST of the partnership."""
    if field not in values:
        return
    code = str(values[field] or "").strip()
    if not code:
        values[field] = None
        return
    if code not in _member_codes(check):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "{code} nie jest kodem TERYT JST członkowskiej partnerstwa."
            ),
            field=field,
            code=code,
        )
    values[field] = code


def _live_link(
    check: Check, values: dict[str, Any], field: str, table: str, message: str, required: bool
) -> None:
    """An id that must be a live row of ``table`` in the same partnership (or empty)."""
    if field not in values:
        if required and check.is_new:
            raise UserError(message, field=field, id="")
        return
    row_id = str(values[field] or "").strip()
    if not row_id:
        if required:
            raise UserError(message, field=field, id="")
        values[field] = None
        return
    found = check.session.execute(
        text(
            f"SELECT 1 FROM {table} WHERE id = :id AND partnership_id = :p AND deleted_at IS NULL"
        ),
        {"id": row_id, "p": check.partnership_id},
    ).first()
    if found is None:
        raise UserError(message, field=field, id=row_id)
    values[field] = row_id


def _date(values: dict[str, Any], check: Check, field: str, message: str | None) -> None:
    """Parse ``field``; with a ``message`` it is required."""
    if field in values:
        values[field] = parse_date(values[field], field)
        if values[field] is None and message:
            raise UserError(message, field=field)
    elif check.is_new and message:
        raise UserError(message, field=field)


@register_validator("field_mission")
def validate_mission(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """Title; start ≤ end (end defaults to start); places are member JST codes."""
    _required_text(values, check, "title", QT_TRANSLATE_NOOP("errors", "Podaj tytuł misji."))
    _strip(values, "advisors", "agenda", "notes")
    _date(values, check, "start_on", QT_TRANSLATE_NOOP("errors", "Podaj datę rozpoczęcia misji."))
    if "end_on" in values or check.is_new:
        values["end_on"] = parse_date(values.get("end_on"), "end_on") or values.get("start_on")
        if values["end_on"] is None:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Podaj datę zakończenia misji."), field="end_on"
            )
    start = values.get("start_on", check.current.get("start_on"))
    end = values.get("end_on", check.current.get("end_on"))
    if start and end and start > end:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Misja nie może kończyć się ({end}) wcześniej, niż się zaczyna ({start}).",
            ),
            field="end_on" if "end_on" in values else "start_on",
            start=start.strftime("%d.%m.%Y"),
            end=end.strftime("%d.%m.%Y"),
        )
    if "places" in values:
        codes = [c.strip() for c in str(values["places"] or "").replace(";", ",").split(",")]
        codes = list(dict.fromkeys(c for c in codes if c))
        members = _member_codes(check) if codes else set()
        for code in codes:
            if code not in members:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Miejsce misji {code} nie jest kodem TERYT JST członkowskiej partnerstwa.",
                    ),
                    field="places",
                    code=code,
                )
        values["places"] = ",".join(codes)
    return values


@register_validator("working_group")
def validate_group(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A group needs a name."""
    _required_text(
        values, check, "name", QT_TRANSLATE_NOOP("errors", "Podaj nazwę grupy roboczej.")
    )
    _strip(values, "theme")
    return values


@register_validator("working_group_member")
def validate_group_member(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A member has a name, belongs to a live group, and may come from a JST or a stakeholder."""
    _required_text(
        values,
        check,
        "name",
        QT_TRANSLATE_NOOP("errors", "Podaj imię i nazwisko członka grupy roboczej."),
    )
    _strip(values, "role")
    _live_link(
        check,
        values,
        "group_id",
        "working_group",
        QT_TRANSLATE_NOOP("errors", "Grupa robocza {id} nie istnieje w tym partnerstwie."),
        required=True,
    )
    _member_jst(check, values, "teryt")
    _live_link(
        check,
        values,
        "stakeholder_id",
        "stakeholder",
        QT_TRANSLATE_NOOP("errors", "Interesariusz {id} nie istnieje w tym partnerstwie."),
        required=False,
    )
    return values


@register_validator("meeting")
def validate_meeting(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """Title and date; the mission, group and JST, if given, belong to the partnership."""
    _required_text(values, check, "title", QT_TRANSLATE_NOOP("errors", "Podaj tytuł spotkania."))
    _date(values, check, "held_on", QT_TRANSLATE_NOOP("errors", "Podaj datę spotkania."))
    _strip(values, "place", "agenda", "minutes", "decisions")
    _live_link(
        check,
        values,
        "mission_id",
        "field_mission",
        QT_TRANSLATE_NOOP("errors", "Misja {id} nie istnieje w tym partnerstwie."),
        required=False,
    )
    _live_link(
        check,
        values,
        "group_id",
        "working_group",
        QT_TRANSLATE_NOOP("errors", "Grupa robocza {id} nie istnieje w tym partnerstwie."),
        required=False,
    )
    _member_jst(check, values, "teryt")
    return values


@register_validator("attendance")
def validate_attendance(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A line of the attendance list names a person of a live meeting."""
    _required_text(
        values, check, "name", QT_TRANSLATE_NOOP("errors", "Podaj imię i nazwisko uczestnika.")
    )
    _strip(values, "role")
    _live_link(
        check,
        values,
        "meeting_id",
        "meeting",
        QT_TRANSLATE_NOOP("errors", "Spotkanie {id} nie istnieje w tym partnerstwie."),
        required=True,
    )
    _live_link(
        check,
        values,
        "stakeholder_id",
        "stakeholder",
        QT_TRANSLATE_NOOP("errors", "Interesariusz {id} nie istnieje w tym partnerstwie."),
        required=False,
    )
    if "present" in values:
        values["present"] = bool(values["present"])
    return values


@register_validator("action_item")
def validate_action(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """What is to be done (required), by whom, by when, and how far it got."""
    _required_text(
        values, check, "description", QT_TRANSLATE_NOOP("errors", "Podaj opis działania.")
    )
    _strip(values, "owner")
    _live_link(
        check,
        values,
        "meeting_id",
        "meeting",
        QT_TRANSLATE_NOOP("errors", "Spotkanie {id} nie istnieje w tym partnerstwie."),
        required=True,
    )
    _date(values, check, "due_on", None)
    if "status" in values:
        status = str(values["status"] or "").strip() or ActionStatus.OPEN.value
        if status not in {s.value for s in ActionStatus}:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors", "„{value}” nie jest statusem działania (open, in_progress, done)."
                ),
                field="status",
                value=status,
            )
        values["status"] = status
    return values


# -- reads -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldworkSummary:
    """The counts shown above the page."""

    missions: int
    groups: int
    meetings: int
    open_actions: int
    overdue_actions: int


def _day(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _fts(query: str, kind: str, partnership_id: str, alias: str) -> tuple[str, list[Any]]:
    """An SQL condition keeping the rows of ``alias`` that match ``query`` (or none at all)."""
    expression = fts.match_expression(query, kind, partnership_id)
    if not expression:
        return "", []
    return (
        f" AND {alias}.id IN (SELECT k.row_id FROM search_index"
        " JOIN search_key k ON k.id = search_index.rowid WHERE search_index MATCH ?)",
        [expression],
    )


def _rows(cursor: sqlite3.Cursor) -> list[Row]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor]


_MEETING_SQL = (
    "SELECT m.id, m.title, m.held_on, m.place, m.teryt, m.agenda, m.minutes, m.decisions,"
    " f.id AS mission_id, f.title AS mission, g.id AS group_id, g.name AS group_name,"
    " (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id AND a.deleted_at IS NULL)"
    " AS attendees,"
    " (SELECT count(*) FROM action_item a WHERE a.meeting_id = m.id AND a.deleted_at IS NULL"
    "  AND a.status != 'done') AS open_actions"
    " FROM meeting m"
    " LEFT JOIN field_mission f ON f.id = m.mission_id AND f.deleted_at IS NULL"
    " LEFT JOIN working_group g ON g.id = m.group_id AND g.deleted_at IS NULL"
    " WHERE m.deleted_at IS NULL"
)


def _meeting_row(row: Row) -> Row:
    row["held_on"] = _day(row["held_on"])
    row["mission"] = row["mission"] or ""
    row["group_name"] = row["group_name"] or ""
    return row


def _action_row(row: Row, today: date) -> Row:
    row["due_on"] = _day(row["due_on"])
    if "held_on" in row:
        row["held_on"] = _day(row["held_on"])
    row["overdue"] = is_overdue(row["due_on"], row["status"], today)
    return row


def is_overdue(due_on: date | None, status: str, today: date) -> bool:
    """An action item is overdue when its deadline has passed and it is not done."""
    return due_on is not None and due_on < today and status != ActionStatus.DONE.value


class FieldworkReads:
    """Plain-SQL reads of one store's field work; every method sees live rows only."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def _conn(self) -> sqlite3.Connection:
        return self._store.reader()

    # -- missions and groups -------------------------------------------------------------

    def missions(self, partnership_id: str) -> RowSource:
        """The partnership's missions, newest first, with their number of meetings."""

        def source(query: str, offset: int, limit: int) -> list[Row]:
            cond, params = _fts(query, "field_mission", partnership_id, "f")
            cursor = self._conn().execute(
                "SELECT f.id, f.title, f.start_on, f.end_on, f.places, f.advisors, f.agenda,"
                " f.notes, (SELECT count(*) FROM meeting m WHERE m.mission_id = f.id"
                "  AND m.deleted_at IS NULL) AS meetings"
                " FROM field_mission f WHERE f.partnership_id = ? AND f.deleted_at IS NULL"
                f"{cond} ORDER BY f.start_on DESC, f.title LIMIT ? OFFSET ?",
                [partnership_id, *params, limit, offset],
            )
            rows = _rows(cursor)
            for row in rows:
                row["start_on"], row["end_on"] = _day(row["start_on"]), _day(row["end_on"])
            return rows

        return source

    def mission(self, mission_id: str) -> Row | None:
        """One live mission, or None."""
        cursor = self._conn().execute(
            "SELECT id, partnership_id, title, start_on, end_on, places, advisors, agenda, notes"
            " FROM field_mission WHERE id = ? AND deleted_at IS NULL",
            (mission_id,),
        )
        rows = _rows(cursor)
        if not rows:
            return None
        row = rows[0]
        row["start_on"], row["end_on"] = _day(row["start_on"]), _day(row["end_on"])
        return row

    def groups(self, partnership_id: str) -> RowSource:
        """The partnership's working groups by name, with member and meeting counts."""

        def source(query: str, offset: int, limit: int) -> list[Row]:
            cond, params = _fts(query, "working_group", partnership_id, "g")
            cursor = self._conn().execute(
                "SELECT g.id, g.name, g.theme,"
                " (SELECT count(*) FROM working_group_member w WHERE w.group_id = g.id"
                "  AND w.deleted_at IS NULL) AS members,"
                " (SELECT count(*) FROM meeting m WHERE m.group_id = g.id"
                "  AND m.deleted_at IS NULL) AS meetings"
                " FROM working_group g WHERE g.partnership_id = ? AND g.deleted_at IS NULL"
                f"{cond} ORDER BY g.name COLLATE NOCASE LIMIT ? OFFSET ?",
                [partnership_id, *params, limit, offset],
            )
            return _rows(cursor)

        return source

    def group_members(self, group_id: str) -> RowSource:
        """A group's members in the order they were entered (the filter is ignored)."""

        def source(_query: str, offset: int, limit: int) -> list[Row]:
            cursor = self._conn().execute(
                "SELECT id, group_id, name, role, teryt, stakeholder_id FROM working_group_member"
                " WHERE group_id = ? AND deleted_at IS NULL ORDER BY rowid LIMIT ? OFFSET ?",
                (group_id, limit, offset),
            )
            return _rows(cursor)

        return source

    def stakeholders(self, partnership_id: str) -> list[tuple[str, str]]:
        """(id, name) of the partnership's live stakeholders, for choosing a member's one."""
        rows = self._conn().execute(
            "SELECT id, name FROM stakeholder WHERE partnership_id = ? AND deleted_at IS NULL"
            " ORDER BY name COLLATE NOCASE",
            (partnership_id,),
        )
        return [(str(r[0]), str(r[1])) for r in rows]

    # -- meetings -------------------------------------------------------------------------

    def meetings(
        self,
        partnership_id: str,
        *,
        mission_id: str | None = None,
        group_id: str | None = None,
    ) -> RowSource:
        """Meetings, newest first; a filter searches title, agenda, minutes and decisions."""

        def source(query: str, offset: int, limit: int) -> list[Row]:
            cond, params = _fts(query, "meeting", partnership_id, "m")
            sql = _MEETING_SQL + " AND m.partnership_id = ?" + cond
            args: list[Any] = [partnership_id, *params]
            if mission_id is not None:
                sql += " AND m.mission_id = ?"
                args.append(mission_id)
            if group_id is not None:
                sql += " AND m.group_id = ?"
                args.append(group_id)
            sql += " ORDER BY m.held_on DESC, m.title LIMIT ? OFFSET ?"
            return [
                _meeting_row(r) for r in _rows(self._conn().execute(sql, [*args, limit, offset]))
            ]

        return source

    def meeting(self, meeting_id: str) -> Row | None:
        """One live meeting with its mission's title and group's name, or None."""
        rows = _rows(self._conn().execute(_MEETING_SQL + " AND m.id = ?", (meeting_id,)))
        return _meeting_row(rows[0]) if rows else None

    def attendance(self, meeting_id: str) -> RowSource:
        """A meeting's attendance list in the order it was typed."""

        def source(_query: str, offset: int, limit: int) -> list[Row]:
            cursor = self._conn().execute(
                "SELECT id, meeting_id, name, role, stakeholder_id, present FROM attendance"
                " WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY rowid LIMIT ? OFFSET ?",
                (meeting_id, limit, offset),
            )
            rows = _rows(cursor)
            for row in rows:
                row["present"] = bool(row["present"])
            return rows

        return source

    def action_items(self, meeting_id: str, today: date | None = None) -> RowSource:
        """A meeting's action items in the order they were typed, each marked ``overdue``."""

        def source(_query: str, offset: int, limit: int) -> list[Row]:
            day = today or date.today()
            cursor = self._conn().execute(
                "SELECT id, meeting_id, description, owner, due_on, status FROM action_item"
                " WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY rowid LIMIT ? OFFSET ?",
                (meeting_id, limit, offset),
            )
            return [_action_row(r, day) for r in _rows(cursor)]

        return source

    # -- open actions and the summary -------------------------------------------------------

    def open_actions(self, partnership_id: str, today: date | None = None) -> RowSource:
        """Every action item not done, of live meetings, by deadline (none last).

        Each row also carries its meeting's id, title and date, and ``overdue``.
        A filter searches the description and the owner.
        """

        def source(query: str, offset: int, limit: int) -> list[Row]:
            day = today or date.today()
            cond, params = _fts(query, "action_item", partnership_id, "a")
            cursor = self._conn().execute(
                "SELECT a.id, a.description, a.owner, a.due_on, a.status, a.meeting_id,"
                " m.title AS meeting, m.held_on"
                " FROM action_item a JOIN meeting m ON m.id = a.meeting_id"
                " AND m.deleted_at IS NULL"
                " WHERE a.partnership_id = ? AND a.deleted_at IS NULL AND a.status != ?"
                f"{cond} ORDER BY a.due_on IS NULL, a.due_on, m.held_on, a.rowid"
                " LIMIT ? OFFSET ?",
                [partnership_id, ActionStatus.DONE.value, *params, limit, offset],
            )
            return [_action_row(r, day) for r in _rows(cursor)]

        return source

    def summary(self, partnership_id: str, today: date | None = None) -> FieldworkSummary:
        """Counts of missions, groups, meetings, and open and overdue action items."""
        day = (today or date.today()).isoformat()
        conn = self._conn()

        def count(sql: str, *args: Any) -> int:
            return int(conn.execute(sql, (partnership_id, *args)).fetchone()[0])

        live = "WHERE partnership_id = ? AND deleted_at IS NULL"
        open_sql = (
            "SELECT count(*) FROM action_item a JOIN meeting m ON m.id = a.meeting_id"
            " AND m.deleted_at IS NULL WHERE a.partnership_id = ? AND a.deleted_at IS NULL"
            " AND a.status != 'done'"
        )
        return FieldworkSummary(
            missions=count(f"SELECT count(*) FROM field_mission {live}"),
            groups=count(f"SELECT count(*) FROM working_group {live}"),
            meetings=count(f"SELECT count(*) FROM meeting {live}"),
            open_actions=count(open_sql),
            overdue_actions=count(open_sql + " AND a.due_on < ?", day),
        )


# -- deleting a meeting with its lists -----------------------------------------------------


def delete_meeting(store: Store, meeting_id: str) -> list[str]:
    """Tombstone a meeting, its action items and its attendance list in one unit of work.

    The attendance names are erased at once (GDPR). Returns the ids of the
    action items removed with it, so an undo can bring them back.
    """
    from cwd_desktop.domain.base import Synced
    from cwd_desktop.domain.fieldwork import ActionItem, Attendance, Meeting
    from cwd_desktop.domain.types import utcnow
    from cwd_desktop.services.records import not_found

    with store.unit_of_work() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None or meeting.deleted_at is not None:
            raise not_found("meeting", meeting_id)
        now = utcnow()
        meeting.deleted_at = now
        items = session.scalars(
            select(ActionItem).where(
                ActionItem.meeting_id == meeting_id, ActionItem.deleted_at.is_(None)
            )
        ).all()
        lines = session.scalars(
            select(Attendance).where(
                Attendance.meeting_id == meeting_id, Attendance.deleted_at.is_(None)
            )
        ).all()
        children: list[Synced] = [*items, *lines]
        for child in children:
            child.deleted_at = now
        removed = [item.id for item in items]
        return removed


def restore_meeting(store: Store, meeting_id: str, action_ids: list[str]) -> None:
    """Undo ``delete_meeting``: the meeting and its action items come back (not the names)."""
    from cwd_desktop.domain.fieldwork import ActionItem, Meeting
    from cwd_desktop.services.records import not_found

    with store.unit_of_work() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise not_found("meeting", meeting_id)
        meeting.deleted_at = None
        for action_id in action_ids:
            item = session.get(ActionItem, action_id)
            if item is not None:
                item.deleted_at = None

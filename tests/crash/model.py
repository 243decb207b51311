"""What the store must hold after a kill: the acknowledged writes, replayed in order.

The writer journals each write twice: an *intent* before it calls the app
(what it is about to do) and an *ack* after the call returned (the unit of
work committed; the user was told "saved"). The parent replays the acked
writes onto a ``Model`` and compares it with the store, field by field:

- an acked write must be there, with its value (a later acked write of the
  same field supersedes it);
- the one write in flight when the kill landed (an intent without an ack)
  may be there or not, but whole: its exact new values or the old ones, all
  rows of an import or none;
- nothing else may differ (no row appears that no write made).

After each trial the model adopts what the store shows for the in-flight
write, so the next trial, continuing on the surviving store, is checked
exactly again.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

#: The fields of each table the workloads write, hence compare.
TRACKED: dict[str, tuple[str, ...]] = {
    "stakeholder": ("name", "category", "place", "influence", "interest", "notes"),
    "contact_person": ("stakeholder_id", "name", "role", "phone", "email"),
    "comment": ("consultation_id", "author", "section", "content", "proposal", "justification"),
    "survey": ("title", "response_count", "questions"),
}
#: Fields blanked when a row is tombstoned (GDPR erasure, ``Synced.__personal__``).
PERSONAL: dict[str, tuple[str, ...]] = {"contact_person": ("name", "role", "phone", "email")}
DELETED = "(deleted)"

Record = dict[str, Any]
#: table -> row id -> {field: value, DELETED: bool}
Snapshot = dict[str, dict[str, dict[str, Any]]]


@dataclass
class Row:
    """A row the workloads made, with the values they last gave its tracked fields."""

    table: str
    values: dict[str, Any]
    deleted: bool = False

    def as_found(self) -> dict[str, Any]:
        """The row in the form ``snapshot`` reads from the store."""
        return {**self.values, DELETED: self.deleted}


@dataclass
class Model:
    """The expected content of the tracked tables in the workload's partnership."""

    rows: dict[str, Row] = field(default_factory=dict)

    def live(self, table: str) -> list[str]:
        """Ids of live rows of ``table``, sorted (so a seeded writer picks the same one)."""
        return sorted(i for i, r in self.rows.items() if r.table == table and not r.deleted)

    def apply(self, op: Record, ack: Record) -> None:
        """Replay one entry write (create, update, delete) whose ack names its row."""
        kind, table = op["kind"], op.get("table", "")
        if kind == "create":
            self.rows[ack["id"]] = Row(table, dict(op["values"]))
        elif kind == "update":
            self.rows[op["row_id"]].values.update(op["values"])
        elif kind == "delete":
            row = self.rows[op["row_id"]]
            row.deleted = True
            for name in PERSONAL.get(table, ()):
                row.values[name] = ""


def snapshot(conn: sqlite3.Connection, partnership_id: str) -> Snapshot:
    """Every row of the tracked tables in the partnership, as stored."""
    found: Snapshot = {}
    for table, fields in TRACKED.items():
        if table == "survey":
            sql = (
                "SELECT s.id, s.deleted_at IS NOT NULL, s.title, s.response_count,"
                " (SELECT count(*) FROM survey_question q WHERE q.survey_id = s.id"
                "  AND q.deleted_at IS NULL) FROM survey s WHERE s.partnership_id = ?"
            )
        else:
            sql = (
                f"SELECT id, deleted_at IS NOT NULL, {', '.join(fields)} FROM {table}"
                " WHERE partnership_id = ?"
            )
        found[table] = {
            str(r[0]): {DELETED: bool(r[1]), **dict(zip(fields, r[2:], strict=True))}
            for r in conn.execute(sql, (partnership_id,))
        }
    return found


@dataclass
class Diff:
    """How the store differs from the model."""

    missing: list[tuple[str, str]] = field(default_factory=list)  # (table, id) not stored
    extra: dict[str, list[str]] = field(default_factory=dict)  # table -> ids no write made
    wrong: list[tuple[str, str, str, Any, Any]] = field(default_factory=list)
    # (table, id, field, expected, found)

    def __bool__(self) -> bool:
        return bool(self.missing or any(self.extra.values()) or self.wrong)

    def describe(self, limit: int = 5) -> list[str]:
        """One line per difference (the first few of each kind)."""
        lines = [f"acknowledged {t} row {i} is missing" for t, i in self.missing[:limit]]
        for table, ids in self.extra.items():
            lines += [f"{table} row {i} is stored but no write made it" for i in ids[:limit]]
        lines += [
            f"{t} {i}: {f} is {found!r}, the acknowledged value is {expected!r}"
            for t, i, f, expected, found in self.wrong[:limit]
        ]
        return lines


def diff(model: Model, found: Snapshot) -> Diff:
    """Compare every tracked row, both ways."""
    result = Diff()
    for row_id, row in model.rows.items():
        stored = found[row.table].get(row_id)
        if stored is None:
            result.missing.append((row.table, row_id))
            continue
        for name, expected in row.as_found().items():
            if stored[name] != expected:
                result.wrong.append((row.table, row_id, name, expected, stored[name]))
    for table, rows in found.items():
        extra = sorted(i for i in rows if i not in model.rows)
        if extra:
            result.extra[table] = extra
    return result


@dataclass
class Verdict:
    """The outcome of checking one trial's journal against the store."""

    problems: list[str]
    #: The write in flight at the kill, if any: "committed", "rolled back" or "sync".
    in_flight: str | None = None
    acked: int = 0


def _adopt_import(model: Model, op: Record, found: Snapshot, ids: list[str] | None) -> str | None:
    """Add an import's rows to the model; a problem if the store holds part of it.

    ``ids`` are the stakeholder ids the import returned (acked), or None for
    an import in flight: then its rows are recognised by their unique names.
    """
    rows: list[Record] = op["rows"]
    by_name = {
        v["name"]: i
        for i, v in found["stakeholder"].items()
        if i not in model.rows and v["notes"] == rows[0]["stakeholder"]["notes"]
    }
    if ids is None:
        if not by_name:
            return None
        ids = [by_name.get(r["stakeholder"]["name"], "") for r in rows]
        if "" in ids or len(by_name) != len(rows):
            return f"import {op['token']} is stored partly: {len(by_name)} of {len(rows)} rows"
    contacts: dict[str, list[str]] = {}
    for cid, values in found["contact_person"].items():
        if cid not in model.rows:
            contacts.setdefault(values["stakeholder_id"], []).append(cid)
    for row_id, planned in zip(ids, rows, strict=True):
        model.rows[row_id] = Row("stakeholder", dict(planned["stakeholder"]))
        if planned["contact"] is not None:
            mine = contacts.get(row_id, [])
            if len(mine) != 1:
                return f"import {op['token']}: {len(mine)} contact persons stored for row {row_id}"
            model.rows[mine[0]] = Row(
                "contact_person", {"stakeholder_id": row_id, **planned["contact"]}
            )
    return None


def _adopt_survey(model: Model, op: Record, found: Snapshot, survey_id: str | None) -> None:
    if survey_id is None:
        title = op["values"]["title"]
        fresh = [
            i for i, v in found["survey"].items() if i not in model.rows and v["title"] == title
        ]
        if len(fresh) != 1:
            return
        survey_id = fresh[0]
    model.rows[survey_id] = Row("survey", dict(op["values"]))


def _apply_acked(model: Model, op: Record, ack: Record, found: Snapshot) -> str | None:
    if op["kind"] == "import_stakeholders":
        return _adopt_import(model, op, found, list(ack["ids"]))
    if op["kind"] == "import_survey":
        _adopt_survey(model, op, found, ack["id"])
    elif op["kind"] != "sync":
        model.apply(op, ack)
    return None


def _explain_in_flight(model: Model, op: Record, found: Snapshot) -> tuple[str, str | None]:
    """Adopt the in-flight write if the store has it whole: (outcome, problem)."""
    kind = op["kind"]
    before = diff(model, found)
    if kind == "sync":
        return "sync", None
    if not before:
        return "rolled back", None
    if kind == "create":
        extra = before.extra.get(op["table"], [])
        if len(extra) == 1:
            model.rows[extra[0]] = Row(op["table"], dict(op["values"]))
    elif kind == "import_stakeholders":
        problem = _adopt_import(model, op, found, None)
        if problem:
            return "partly", problem
    elif kind == "import_survey":
        _adopt_survey(model, op, found, None)
    elif kind == "update":
        row = model.rows[op["row_id"]]
        stored = found[row.table][op["row_id"]]
        if all(stored[k] == v for k, v in op["values"].items()):
            row.values.update(op["values"])
    elif kind == "delete" and found[op["table"]][op["row_id"]][DELETED]:
        model.apply(op, {})
    return "committed", None


def reconcile(
    model: Model, journal: list[tuple[Record, Record | None]], found: Snapshot
) -> Verdict:
    """Replay the acked writes, settle the one in flight, and list what does not match."""
    verdict = Verdict([])
    in_flight: Record | None = None
    for position, (op, ack) in enumerate(journal):
        if ack is None:
            if position != len(journal) - 1:
                verdict.problems.append(f"write {op['seq']} has no ack but later writes do")
            in_flight = op
            continue
        verdict.acked += 1
        problem = _apply_acked(model, op, ack, found)
        if problem:
            verdict.problems.append(problem)
    if in_flight is not None:
        verdict.in_flight, problem = _explain_in_flight(model, in_flight, found)
        if problem:
            verdict.problems.append(problem)
    left = diff(model, found)
    if left:
        what = "" if in_flight is None else f" (in flight: {in_flight['kind']} {in_flight['seq']})"
        verdict.problems += [line + what for line in left.describe()]
    return verdict

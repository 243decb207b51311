"""Reads of the project package: lists, one fiche whole, and the package overview.

Plain SQL on the store's ``reader()`` (no ORM), so the projects page can
use it before SQLAlchemy is loaded, and an export of 200 fiches costs a
handful of queries (``fiches`` reads every table of the package once).
Only live rows are seen. Amounts are PLN as floats; labels of the
vocabularies are the Polish ones (the UI translates them in ``vocab``).

The writes and the validators are in ``services.projects``.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from cwd_desktop.domain.text import fold
from cwd_desktop.domain.vocab import (
    FundingSource,
    IndicatorKind,
    PolicyObjective,
    ProjectStatus,
    Readiness,
    ThematicArea,
    label,
)
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.store import Store
from cwd_desktop.store import search as fts

Row = dict[str, Any]
RowSource = Callable[[str, int, int], list[Row]]

#: The fiche's columns of ``project`` (everything but the sync bookkeeping).
PROJECT_FIELDS = (
    "id",
    "partnership_id",
    "number",
    "title",
    "leader_teryt",
    "partners",
    "location",
    "policy_objective",
    "thematic_area",
    "description",
    "scope",
    "integrated",
    "cost",
    "readiness",
    "status",
    "start_on",
    "end_on",
    "is_key",
    "need",
    "options",
    "technical",
    "legal",
    "institutional",
    "financial",
    "risks",
    "durability",
)
#: The feasibility analysis sections (wstępna analiza wykonalności) with their Polish titles.
FEASIBILITY: tuple[tuple[str, str], ...] = (
    ("need", QT_TRANSLATE_NOOP("ProjectFiche", "Potrzeba i stan obecny")),
    ("options", QT_TRANSLATE_NOOP("ProjectFiche", "Rozważane warianty i wariant wybrany")),
    ("technical", QT_TRANSLATE_NOOP("ProjectFiche", "Aspekty techniczne")),
    (
        "legal",
        QT_TRANSLATE_NOOP("ProjectFiche", "Aspekty prawne (pozwolenia, własność terenu)"),
    ),
    (
        "institutional",
        QT_TRANSLATE_NOOP("ProjectFiche", "Aspekty instytucjonalne (kto realizuje, kto utrzymuje)"),
    ),
    (
        "financial",
        QT_TRANSLATE_NOOP(
            "ProjectFiche", "Aspekty finansowe (koszt, finansowanie, koszty utrzymania)"
        ),
    ),
    ("risks", QT_TRANSLATE_NOOP("ProjectFiche", "Ryzyka i sposoby ich ograniczania")),
    ("durability", QT_TRANSLATE_NOOP("ProjectFiche", "Trwałość projektu")),
)
APPLICATION_FIELDS = (
    "id",
    "project_id",
    "programme",
    "measure",
    "call",
    "summary",
    "objectives",
    "target_groups",
    "budget",
    "sector_context",
    "sector_demand",
    "sector_supply",
    "sector_gaps",
    "sector_conclusions",
)
#: The application outline's text sections (zarys wniosku) with their Polish titles.
APPLICATION_SECTIONS: tuple[tuple[str, str], ...] = (
    ("summary", QT_TRANSLATE_NOOP("ProjectFiche", "Streszczenie projektu")),
    ("objectives", QT_TRANSLATE_NOOP("ProjectFiche", "Cele projektu")),
    ("target_groups", QT_TRANSLATE_NOOP("ProjectFiche", "Grupy docelowe")),
    ("budget", QT_TRANSLATE_NOOP("ProjectFiche", "Budżet projektu")),
)
#: The sector analysis (analiza sektorowa) of the key project.
SECTOR_SECTIONS: tuple[tuple[str, str], ...] = (
    ("sector_context", QT_TRANSLATE_NOOP("ProjectFiche", "Kontekst sektora")),
    ("sector_demand", QT_TRANSLATE_NOOP("ProjectFiche", "Popyt (potrzeby i odbiorcy)")),
    ("sector_supply", QT_TRANSLATE_NOOP("ProjectFiche", "Podaż (istniejąca oferta)")),
    ("sector_gaps", QT_TRANSLATE_NOOP("ProjectFiche", "Luki i bariery")),
    ("sector_conclusions", QT_TRANSLATE_NOOP("ProjectFiche", "Wnioski dla projektu")),
)

_AMOUNT_CHARS = re.compile(r"[\s\u00a0\u202f]|zł|pln", re.IGNORECASE)


# -- values ---------------------------------------------------------------------------


def parse_amount(value: Any, field: str = "cost") -> float:
    """PLN from a number or text typed the Polish way ("1 250 000,50 zł"); else a UserError."""
    if value is None or value == "":
        return 0.0
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = _AMOUNT_CHARS.sub("", str(value)).replace(",", ".")
        try:
            number = float(text) if text else 0.0
        except ValueError:
            number = -1.0
    if number < 0 or number != number:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "„{value}” nie jest kwotą w złotych (np. 1 250 000,00)."),
            field=field,
            value=str(value).strip(),
        )
    return number


def amount_text(value: float | None, decimals: int = 2) -> str:
    """``1 250 000,50`` (a non-breaking thin space between thousands, a decimal comma)."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\u00a0").replace(".", ",")


def number_text(value: float | None) -> str:
    """An indicator value: whole numbers without decimals, others with a comma."""
    if value is None:
        return ""
    if float(value).is_integer():
        return amount_text(value, 0)
    return f"{value:g}".replace(".", ",")


def date_text(value: date | None) -> str:
    """``12.06.2026``, or an empty string."""
    return value.strftime("%d.%m.%Y") if value else ""


def vocab_code(enum: type[StrEnum], value: Any) -> str | None:
    """The code of ``value`` given as a code or its Polish label; None if unknown or empty."""
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    for member in enum:
        if text == member.value or fold(text) == fold(label(member)):
            return member.value
    return None


def vocab_label(enum: type[StrEnum], code: str | None) -> str:
    """The Polish label of a stored code ("" for none, the code itself if unknown)."""
    if not code:
        return ""
    try:
        return label(enum(code))
    except ValueError:
        return code


def _day(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _rows(cursor: sqlite3.Cursor) -> list[Row]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor]


def _project(row: Row) -> Row:
    row["start_on"], row["end_on"] = _day(row.get("start_on")), _day(row.get("end_on"))
    row["is_key"] = bool(row.get("is_key"))
    row["cost"] = float(row.get("cost") or 0.0)
    return row


# -- JST names ------------------------------------------------------------------------


def jst_labels(store: Store, partnership_id: str) -> dict[str, str]:
    """A short name for each member JST; the kind is added where names repeat."""
    rows = store.reader().execute(
        "SELECT t.code, t.name, t.kind FROM partnership_jst j JOIN teryt_unit t"
        " ON t.code = j.teryt WHERE j.partnership_id = ? AND j.deleted_at IS NULL"
        " ORDER BY t.code",
        (partnership_id,),
    )
    members = [(str(c), str(n), str(k)) for c, n, k in rows]
    counts: dict[str, int] = defaultdict(int)
    for _, name, _ in members:
        counts[name] += 1
    labels: dict[str, str] = {}
    for code, name, kind in members:
        if len(code) == 4:
            labels[code] = f"powiat {name}"
        elif counts[name] > 1:
            labels[code] = f"{name} ({kind})"
        else:
            labels[code] = name
    return labels


# -- the list of projects ---------------------------------------------------------------

_LIST_SQL = (
    "SELECT p.id, p.number, p.title, p.leader_teryt, p.cost, p.policy_objective,"
    " p.thematic_area, p.status, p.readiness, p.is_key, p.start_on, p.end_on,"
    " (SELECT coalesce(sum(f.amount), 0) FROM project_funding f WHERE f.project_id = p.id"
    "  AND f.deleted_at IS NULL) AS funding"
    " FROM project p WHERE p.partnership_id = ? AND p.deleted_at IS NULL"
)


def project_source(store: Store, partnership_id: str) -> RowSource:
    """The partnership's projects by number; a filter matches words of the fiche or the number.

    Each row carries ``leader`` (the JST's name) and ``funding`` (the sum of
    its funding sources) besides the stored fields.
    """

    def source(query: str, offset: int, limit: int) -> list[Row]:
        labels = jst_labels(store, partnership_id)
        sql, args = _LIST_SQL, [partnership_id]
        text = query.strip()
        expression = fts.match_expression(text, "project", partnership_id)
        if text.isdigit():
            sql += " AND p.number = ?"
            args.append(text)
        elif expression:
            sql += (
                " AND (p.id IN (SELECT k.row_id FROM search_index JOIN search_key k"
                " ON k.id = search_index.rowid WHERE search_index MATCH ?)"
                " OR p.leader_teryt IN (SELECT code FROM teryt_unit WHERE name LIKE ?))"
            )
            args += [expression, f"{text}%"]
        sql += " ORDER BY p.number, p.title COLLATE NOCASE LIMIT ? OFFSET ?"
        rows = _rows(store.reader().execute(sql, [*args, limit, offset]))
        for row in rows:
            _project(row)
            row["funding"] = float(row["funding"] or 0.0)
            row["leader"] = labels.get(row["leader_teryt"] or "", "")
        return rows

    return source


def get_project(store: Store, project_id: str) -> Row | None:
    """Every fiche field of one live project, or None."""
    rows = _rows(
        store.reader().execute(
            f"SELECT {', '.join(PROJECT_FIELDS)} FROM project WHERE id = ? AND deleted_at IS NULL",
            (project_id,),
        )
    )
    return _project(rows[0]) if rows else None


def find_project(store: Store, partnership_id: str, ref: str) -> Row | None:
    """A live project of the partnership by id, by number, or by its exact title."""
    text = ref.strip()
    reader = store.reader()
    found = reader.execute(
        "SELECT id FROM project WHERE partnership_id = ? AND deleted_at IS NULL"
        " AND (id = ? OR (? != '' AND CAST(number AS TEXT) = ?) OR title = ?)"
        " ORDER BY id = ? DESC LIMIT 1",
        (partnership_id, text, text, text, text, text),
    ).fetchone()
    return get_project(store, str(found[0])) if found else None


def next_number(store: Store, partnership_id: str) -> int:
    """The number a new project gets: one more than the highest."""
    row = (
        store.reader()
        .execute(
            "SELECT max(number) FROM project WHERE partnership_id = ? AND deleted_at IS NULL",
            (partnership_id,),
        )
        .fetchone()
    )
    return int(row[0] or 0) + 1


def key_project_id(store: Store, partnership_id: str) -> str | None:
    """The id of the partnership's key project, if one is marked."""
    row = (
        store.reader()
        .execute(
            "SELECT id FROM project WHERE partnership_id = ? AND is_key = 1"
            " AND deleted_at IS NULL ORDER BY number LIMIT 1",
            (partnership_id,),
        )
        .fetchone()
    )
    return str(row[0]) if row else None


def count_projects(store: Store, partnership_id: str) -> int:
    """How many live projects the partnership's package holds."""
    row = (
        store.reader()
        .execute(
            "SELECT count(*) FROM project WHERE partnership_id = ? AND deleted_at IS NULL",
            (partnership_id,),
        )
        .fetchone()
    )
    return int(row[0])


# -- the lists of one fiche ---------------------------------------------------------------


def _child_source(
    store: Store, sql: str, project_id: str, convert: Callable[[Row], Row]
) -> RowSource:
    def source(_query: str, offset: int, limit: int) -> list[Row]:
        cursor = store.reader().execute(sql + " LIMIT ? OFFSET ?", (project_id, limit, offset))
        return [convert(r) for r in _rows(cursor)]

    return source


def _funding(row: Row) -> Row:
    row["amount"] = float(row["amount"] or 0.0)
    return row


def _task(row: Row) -> Row:
    row["start_on"], row["end_on"] = _day(row["start_on"]), _day(row["end_on"])
    return row


def _same(row: Row) -> Row:
    return row


def funding_source(store: Store, project_id: str) -> RowSource:
    """A project's funding sources in the order they were entered."""
    return _child_source(
        store,
        "SELECT id, project_id, source, amount FROM project_funding"
        " WHERE project_id = ? AND deleted_at IS NULL ORDER BY rowid",
        project_id,
        _funding,
    )


def task_source(store: Store, project_id: str) -> RowSource:
    """A project's schedule: tasks by position, then start date."""
    return _child_source(
        store,
        "SELECT id, project_id, name, start_on, end_on, position FROM project_task"
        " WHERE project_id = ? AND deleted_at IS NULL ORDER BY position, start_on, rowid",
        project_id,
        _task,
    )


def indicator_source(store: Store, project_id: str) -> RowSource:
    """A project's indicators: outputs first, then results, in the order entered."""
    return _child_source(
        store,
        "SELECT id, project_id, kind, name, unit, baseline, target, year, source"
        " FROM project_indicator WHERE project_id = ? AND deleted_at IS NULL"
        " ORDER BY kind = 'result', rowid",
        project_id,
        _same,
    )


def link_source(store: Store, project_id: str) -> RowSource:
    """The objectives and directions a project serves, with their numbers and titles."""
    return _child_source(
        store,
        "SELECT l.id, l.project_id, l.objective_id, l.direction_id,"
        " o.number AS objective_number, o.title AS objective,"
        " d.number AS direction_number, d.title AS direction"
        " FROM project_link l JOIN strategic_objective o ON o.id = l.objective_id"
        " AND o.deleted_at IS NULL"
        " LEFT JOIN action_direction d ON d.id = l.direction_id AND d.deleted_at IS NULL"
        " WHERE l.project_id = ? AND l.deleted_at IS NULL"
        " ORDER BY o.number, d.number, l.rowid",
        project_id,
        _link,
    )


def _link(row: Row) -> Row:
    row["objective_label"] = f"{row['objective_number']}. {row['objective']}"
    if row["direction_id"] and row["direction"] is not None:
        row["direction_label"] = (
            f"{row['objective_number']}.{row['direction_number']}. {row['direction']}"
        )
    else:
        row["direction_label"] = ""
    return row


def comment_link_source(store: Store, project_id: str) -> RowSource:
    """The consultation comments that shaped a project, with their event's date and subject."""
    return _child_source(
        store,
        "SELECT pc.id, pc.project_id, pc.comment_id, c.number, c.author, c.content,"
        " c.proposal, c.disposition, e.held_on, e.subject"
        " FROM project_comment pc JOIN comment c ON c.id = pc.comment_id"
        " AND c.deleted_at IS NULL"
        " JOIN consultation e ON e.id = c.consultation_id AND e.deleted_at IS NULL"
        " WHERE pc.project_id = ? AND pc.deleted_at IS NULL ORDER BY e.held_on, c.number",
        project_id,
        _comment_link,
    )


def _comment_link(row: Row) -> Row:
    row["held_on"] = _day(row["held_on"])
    for name in ("author", "content", "proposal", "subject"):
        row[name] = row[name] or ""
    return row


def objectives(store: Store, partnership_id: str) -> list[tuple[str, str]]:
    """(id, "1. title") of the partnership's strategic objectives, by number."""
    rows = store.reader().execute(
        "SELECT id, number, title FROM strategic_objective WHERE partnership_id = ?"
        " AND deleted_at IS NULL ORDER BY number, title",
        (partnership_id,),
    )
    return [(str(i), f"{n}. {t}") for i, n, t in rows]


def directions(store: Store, partnership_id: str) -> list[tuple[str, str, str]]:
    """(id, objective id, "1.2. title") of the partnership's directions of action."""
    rows = store.reader().execute(
        "SELECT d.id, d.objective_id, o.number, d.number, d.title FROM action_direction d"
        " JOIN strategic_objective o ON o.id = d.objective_id AND o.deleted_at IS NULL"
        " WHERE d.partnership_id = ? AND d.deleted_at IS NULL ORDER BY o.number, d.number",
        (partnership_id,),
    )
    return [(str(i), str(o), f"{on}.{dn}. {t}") for i, o, on, dn, t in rows]


def application(store: Store, project_id: str) -> Row | None:
    """The application outline of a project (its newest live one), or None."""
    rows = _rows(
        store.reader().execute(
            f"SELECT {', '.join(APPLICATION_FIELDS)} FROM project_application"
            " WHERE project_id = ? AND deleted_at IS NULL ORDER BY rowid DESC LIMIT 1",
            (project_id,),
        )
    )
    return rows[0] if rows else None


# -- funding check ---------------------------------------------------------------------------


def funding_warning(cost: float, funding: float) -> str:
    """A sentence when the funding sources do not add up to the cost ("" when they do)."""
    if abs(cost - funding) < 0.005:
        return ""
    if funding < cost:
        return (
            f"Źródła finansowania ({amount_text(funding)} zł) nie pokrywają kosztu projektu "
            f"({amount_text(cost)} zł): brakuje {amount_text(cost - funding)} zł."
        )
    return (
        f"Źródła finansowania ({amount_text(funding)} zł) przekraczają koszt projektu "
        f"({amount_text(cost)} zł) o {amount_text(funding - cost)} zł."
    )


# -- the whole package -----------------------------------------------------------------------


@dataclass
class Fiche:
    """One project with everything its fiche shows (for exports)."""

    project: Row
    leader: str
    funding: list[Row] = field(default_factory=list)
    tasks: list[Row] = field(default_factory=list)
    indicators: list[Row] = field(default_factory=list)
    links: list[Row] = field(default_factory=list)
    comments: list[Row] = field(default_factory=list)

    @property
    def funding_total(self) -> float:
        """The sum of the funding sources."""
        return sum(float(f["amount"]) for f in self.funding)

    @property
    def span(self) -> tuple[date | None, date | None]:
        """The project's period: its own dates, else those of its tasks."""
        start = self.project["start_on"] or min((t["start_on"] for t in self.tasks), default=None)
        end = self.project["end_on"] or max((t["end_on"] for t in self.tasks), default=None)
        return start, end


def _by_project(
    store: Store, sql: str, partnership_id: str, convert: Callable[[Row], Row]
) -> dict[str, list[Row]]:
    grouped: dict[str, list[Row]] = defaultdict(list)
    for row in _rows(store.reader().execute(sql, (partnership_id,))):
        grouped[row["project_id"]].append(convert(row))
    return grouped


def fiches(
    store: Store, partnership_id: str, project_ids: Iterable[str] | None = None
) -> list[Fiche]:
    """Every live project of the partnership (or just ``project_ids``) with its lists, by number."""
    labels = jst_labels(store, partnership_id)
    projects = _rows(
        store.reader().execute(
            f"SELECT {', '.join(PROJECT_FIELDS)} FROM project WHERE partnership_id = ?"
            " AND deleted_at IS NULL ORDER BY number, title COLLATE NOCASE",
            (partnership_id,),
        )
    )
    wanted = set(project_ids) if project_ids is not None else None
    live = " AND x.deleted_at IS NULL AND x.partnership_id = ?"
    funding = _by_project(
        store,
        "SELECT x.id, x.project_id, x.source, x.amount FROM project_funding x WHERE 1"
        + live
        + " ORDER BY x.rowid",
        partnership_id,
        _funding,
    )
    tasks = _by_project(
        store,
        "SELECT x.id, x.project_id, x.name, x.start_on, x.end_on, x.position"
        " FROM project_task x WHERE 1" + live + " ORDER BY x.position, x.start_on, x.rowid",
        partnership_id,
        _task,
    )
    indicators = _by_project(
        store,
        "SELECT x.id, x.project_id, x.kind, x.name, x.unit, x.baseline, x.target, x.year,"
        " x.source FROM project_indicator x WHERE 1"
        + live
        + " ORDER BY x.kind = 'result', x.rowid",
        partnership_id,
        _same,
    )
    links = _by_project(
        store,
        "SELECT x.id, x.project_id, x.objective_id, x.direction_id,"
        " o.number AS objective_number, o.title AS objective,"
        " d.number AS direction_number, d.title AS direction"
        " FROM project_link x JOIN strategic_objective o ON o.id = x.objective_id"
        " AND o.deleted_at IS NULL"
        " LEFT JOIN action_direction d ON d.id = x.direction_id AND d.deleted_at IS NULL"
        " WHERE 1" + live + " ORDER BY o.number, d.number, x.rowid",
        partnership_id,
        _link,
    )
    comments = _by_project(
        store,
        "SELECT x.id, x.project_id, x.comment_id, c.number, c.author, c.content, c.proposal,"
        " c.disposition, e.held_on, e.subject FROM project_comment x"
        " JOIN comment c ON c.id = x.comment_id AND c.deleted_at IS NULL"
        " JOIN consultation e ON e.id = c.consultation_id AND e.deleted_at IS NULL"
        " WHERE 1" + live + " ORDER BY e.held_on, c.number",
        partnership_id,
        _comment_link,
    )
    found = []
    for row in projects:
        if wanted is not None and row["id"] not in wanted:
            continue
        pid = row["id"]
        found.append(
            Fiche(
                _project(row),
                labels.get(row["leader_teryt"] or "", ""),
                funding.get(pid, []),
                tasks.get(pid, []),
                indicators.get(pid, []),
                links.get(pid, []),
                comments.get(pid, []),
            )
        )
    return found


@dataclass(frozen=True)
class Share:
    """One line of an overview table: a code, its Polish label, an amount and a count."""

    code: str
    label: str
    amount: float
    count: int


@dataclass
class PackageOverview:
    """The package in figures: totals and the breakdowns the overview shows and exports."""

    projects: int = 0
    cost: float = 0.0
    funding: float = 0.0
    by_source: list[Share] = field(default_factory=list)
    by_policy: list[Share] = field(default_factory=list)
    by_area: list[Share] = field(default_factory=list)
    by_status: list[Share] = field(default_factory=list)
    by_readiness: list[Share] = field(default_factory=list)
    #: (number, title, cost, funding) of projects whose funding does not add up to the cost.
    mismatched: list[tuple[int, str, float, float]] = field(default_factory=list)


def _shares(enum: type[StrEnum], amounts: dict[str, float], counts: dict[str, int]) -> list[Share]:
    """A line per vocabulary value present, in the vocabulary's order (unknown codes last)."""
    known = [m.value for m in enum]
    codes = [c for c in known if c in counts] + sorted(c for c in counts if c not in known)
    return [
        Share(code, vocab_label(enum, code), amounts.get(code, 0.0), counts[code]) for code in codes
    ]


def overview(store: Store, partnership_id: str) -> PackageOverview:
    """Cost by funding source, by policy objective and by thematic area; counts by status."""
    reader = store.reader()
    projects = _rows(
        reader.execute(
            "SELECT p.id, p.number, p.title, p.cost, p.policy_objective, p.thematic_area,"
            " p.status, p.readiness,"
            " (SELECT coalesce(sum(f.amount), 0) FROM project_funding f WHERE f.project_id = p.id"
            "  AND f.deleted_at IS NULL) AS funding"
            " FROM project p WHERE p.partnership_id = ? AND p.deleted_at IS NULL ORDER BY p.number",
            (partnership_id,),
        )
    )
    result = PackageOverview(projects=len(projects))
    policy_cost: dict[str, float] = defaultdict(float)
    area_cost: dict[str, float] = defaultdict(float)
    status_cost: dict[str, float] = defaultdict(float)
    readiness_cost: dict[str, float] = defaultdict(float)
    policy_n: dict[str, int] = defaultdict(int)
    area_n: dict[str, int] = defaultdict(int)
    status_n: dict[str, int] = defaultdict(int)
    readiness_n: dict[str, int] = defaultdict(int)
    for p in projects:
        cost, funding = float(p["cost"] or 0.0), float(p["funding"] or 0.0)
        result.cost += cost
        result.funding += funding
        for amounts, counts, code in (
            (policy_cost, policy_n, p["policy_objective"]),
            (area_cost, area_n, p["thematic_area"]),
            (status_cost, status_n, p["status"]),
            (readiness_cost, readiness_n, p["readiness"]),
        ):
            amounts[code] += cost
            counts[code] += 1
        if abs(cost - funding) >= 0.005:
            result.mismatched.append((int(p["number"]), str(p["title"]), cost, funding))
    source_rows = reader.execute(
        "SELECT f.source, sum(f.amount), count(DISTINCT f.project_id) FROM project_funding f"
        " JOIN project p ON p.id = f.project_id AND p.deleted_at IS NULL"
        " WHERE f.partnership_id = ? AND f.deleted_at IS NULL GROUP BY f.source",
        (partnership_id,),
    ).fetchall()
    result.by_source = _shares(
        FundingSource,
        {str(s): float(a or 0.0) for s, a, _ in source_rows},
        {str(s): int(n) for s, _, n in source_rows},
    )
    result.by_policy = _shares(PolicyObjective, policy_cost, policy_n)
    result.by_area = _shares(ThematicArea, area_cost, area_n)
    result.by_status = _shares(ProjectStatus, status_cost, status_n)
    result.by_readiness = _shares(Readiness, readiness_cost, readiness_n)
    return result


def percent_text(part: float, whole: float) -> str:
    """A share as "12,5%" ("—" of nothing)."""
    if not whole:
        return "—"
    return f"{100 * part / whole:.1f}%".replace(".", ",")


def indicator_kind_label(code: str | None) -> str:
    """ "produkt" / "rezultat"."""
    return vocab_label(IndicatorKind, code)

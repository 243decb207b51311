"""Reading a partnership's strategy with plain SQL (no ORM: the GUI may import this early).

One ``Strategy`` row per partnership holds the text sections; objectives,
directions, expected results, financial lines and images are rows of their
own. Children of a removed (tombstoned) objective are not shown: removing an
objective hides its directions and results with it, and undoing the removal
brings them back untouched.

The diagnosis conclusions and the project package belong to other areas;
they are read here only to be cited, and a store whose tables are missing
or empty simply gives nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from cwd_desktop.domain.vocab import Dimension, StrategyType
from cwd_desktop.store import Store

Row = dict[str, Any]
RowSource = Callable[[str, int, int], list[Row]]

#: The strategy's text columns, in the order the editor and the document show them.
TEXT_FIELDS = (
    "title",
    "horizon",
    "diagnosis_summary",
    "vision",
    "mission",
    "spatial_model",
    "spatial_policy",
    "osi_regional",
    "osi_local",
    "implementation",
    "financial_framework",
    "area_description",
    "needs_analysis",
    "integrated_approach",
    "partner_involvement",
)
#: The title a new strategy gets, by type (the partnership's name filled in).
DEFAULT_TITLES = {
    StrategyType.SUPRALOCAL.value: "Strategia rozwoju ponadlokalnego — {name}",
    StrategyType.ZIT.value: "Strategia terytorialna ZIT — {name}",
    StrategyType.IIT.value: "Strategia terytorialna IIT — {name}",
}
#: Strategy sections that may carry maps or diagrams (art. 10e ust. 3 pkt 4, 6, 7 u.s.g.).
IMAGE_SECTIONS = ("spatial_model", "spatial_policy", "osi_regional", "osi_local")


@dataclass(frozen=True)
class Objective:
    """A strategic objective (cel strategiczny)."""

    id: str
    number: int
    title: str
    dimension: str
    description: str


@dataclass(frozen=True)
class Direction:
    """A direction of action (kierunek działań) of one objective."""

    id: str
    objective_id: str
    number: int
    title: str
    description: str


@dataclass(frozen=True)
class Result:
    """An expected result with its indicator."""

    id: str
    objective_id: str
    description: str
    indicator: str
    unit: str
    baseline: float | None
    target: float | None
    year: int | None
    source: str
    spatial: str


@dataclass(frozen=True)
class FinanceLine:
    """One line of the financial framework."""

    id: str
    source: str
    amount: float
    notes: str
    position: int


@dataclass(frozen=True)
class Image:
    """A map or diagram of a section, stored as a blob by content hash."""

    id: str
    section: str
    caption: str
    filename: str
    sha256: str
    position: int


@dataclass(frozen=True)
class Conclusion:
    """A conclusion of the diagnosis (written in the diagnosis area)."""

    area: str
    text: str


@dataclass(frozen=True)
class ProjectLine:
    """A project of the package as the strategy's annex lists it."""

    number: int
    title: str
    leader: str
    policy_objective: str
    cost: float
    objectives: str


@dataclass
class StrategyData:
    """Everything the compliance check and the Word export need, read at once."""

    partnership_id: str
    strategy: Row
    objectives: list[Objective] = field(default_factory=list)
    directions: list[Direction] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    finance: list[FinanceLine] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    conclusions: list[Conclusion] = field(default_factory=list)

    @property
    def type(self) -> str:
        """The strategy type code (supralocal, zit, iit)."""
        return str(self.strategy.get("type") or StrategyType.SUPRALOCAL.value)

    @property
    def is_territorial(self) -> bool:
        """A ZIT or IIT strategy, which also needs the art. 29 CPR elements."""
        return self.type in (StrategyType.ZIT.value, StrategyType.IIT.value)

    def text(self, name: str) -> str:
        """A text section, stripped ("" when never written)."""
        return str(self.strategy.get(name) or "").strip()

    def directions_of(self, objective_id: str) -> list[Direction]:
        return [d for d in self.directions if d.objective_id == objective_id]

    def results_of(self, objective_id: str) -> list[Result]:
        return [r for r in self.results if r.objective_id == objective_id]

    def images_of(self, section: str) -> list[Image]:
        return [i for i in self.images if i.section == section]

    def objectives_in(self, dimension: str) -> list[Objective]:
        return [o for o in self.objectives if o.dimension == dimension]

    def objective_label(self, objective_id: str) -> str:
        """ "Cel 2. Title" for an objective id."""
        found = next((o for o in self.objectives if o.id == objective_id), None)
        return f"Cel {found.number}. {found.title}" if found else ""


def number_text(value: float | None, decimals: int | None = None) -> str:
    """A number written the Polish way: "98 500", "17,9"; "" for none."""
    if value is None:
        return ""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
    text = f"{value:,.{decimals}f}".replace(",", "\u00a0").replace(".", ",")
    if decimals and "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def money(value: float) -> str:
    """An amount in złoty: "168 500 000", "1 250,5"."""
    return number_text(value, 0 if float(value).is_integer() else 2)


def _conn(store: Store) -> sqlite3.Connection:
    return store.reader()


def strategy_row(store: Store, partnership_id: str) -> Row | None:
    """The partnership's strategy row (the oldest, if a sync ever brought two), or None."""
    cursor = _conn(store).execute(
        "SELECT * FROM strategy WHERE partnership_id = ? AND deleted_at IS NULL"
        " ORDER BY rowid LIMIT 1",
        (partnership_id,),
    )
    row = cursor.fetchone()
    if row is None:
        return None
    names = [d[0] for d in cursor.description]
    return dict(zip(names, row, strict=True))


def objectives(store: Store, partnership_id: str) -> list[Objective]:
    """Live objectives in their numbered order."""
    rows = _conn(store).execute(
        "SELECT id, number, title, dimension, description FROM strategic_objective"
        " WHERE partnership_id = ? AND deleted_at IS NULL ORDER BY number, title, rowid",
        (partnership_id,),
    )
    return [
        Objective(str(a), int(b or 0), str(c or ""), str(d or ""), str(e or ""))
        for a, b, c, d, e in rows
    ]


_LIVE_OBJECTIVE = (
    " JOIN strategic_objective o ON o.id = x.objective_id AND o.deleted_at IS NULL"
    " WHERE x.partnership_id = ? AND x.deleted_at IS NULL"
)


def directions(
    store: Store, partnership_id: str, objective_id: str | None = None
) -> list[Direction]:
    """Live directions of live objectives, by objective and then by their own number."""
    sql = (
        "SELECT x.id, x.objective_id, x.number, x.title, x.description FROM action_direction x"
        + _LIVE_OBJECTIVE
    )
    params: tuple[Any, ...] = (partnership_id,)
    if objective_id is not None:
        sql += " AND x.objective_id = ?"
        params += (objective_id,)
    sql += " ORDER BY o.number, o.title, x.number, x.title, x.rowid"
    return [
        Direction(str(a), str(b), int(c or 0), str(d or ""), str(e or ""))
        for a, b, c, d, e in _conn(store).execute(sql, params)
    ]


def results(store: Store, partnership_id: str, objective_id: str | None = None) -> list[Result]:
    """Live expected results of live objectives, in the order they were added."""
    sql = (
        "SELECT x.id, x.objective_id, x.description, x.indicator, x.unit, x.baseline,"
        " x.target, x.year, x.source, x.spatial FROM expected_result x" + _LIVE_OBJECTIVE
    )
    params: tuple[Any, ...] = (partnership_id,)
    if objective_id is not None:
        sql += " AND x.objective_id = ?"
        params += (objective_id,)
    sql += " ORDER BY o.number, o.title, x.rowid"
    return [
        Result(
            str(r[0]),
            str(r[1]),
            str(r[2] or ""),
            str(r[3] or ""),
            str(r[4] or ""),
            None if r[5] is None else float(r[5]),
            None if r[6] is None else float(r[6]),
            None if r[7] is None else int(r[7]),
            str(r[8] or ""),
            str(r[9] or ""),
        )
        for r in _conn(store).execute(sql, params)
    ]


def finance(store: Store, partnership_id: str) -> list[FinanceLine]:
    """The financial framework's lines in their order."""
    rows = _conn(store).execute(
        "SELECT id, source, amount, notes, position FROM finance_source"
        " WHERE partnership_id = ? AND deleted_at IS NULL ORDER BY position, rowid",
        (partnership_id,),
    )
    return [
        FinanceLine(str(a), str(b or ""), float(c or 0.0), str(d or ""), int(e or 0))
        for a, b, c, d, e in rows
    ]


def images(store: Store, partnership_id: str, section: str | None = None) -> list[Image]:
    """The strategy's images (of one section if given) in their order."""
    sql = (
        "SELECT id, section, caption, filename, sha256, position FROM strategy_image"
        " WHERE partnership_id = ? AND deleted_at IS NULL"
    )
    params: tuple[Any, ...] = (partnership_id,)
    if section is not None:
        sql += " AND section = ?"
        params += (section,)
    sql += " ORDER BY position, rowid"
    return [
        Image(str(a), str(b), str(c or ""), str(d or ""), str(e), int(f or 0))
        for a, b, c, d, e, f in _conn(store).execute(sql, params)
    ]


def conclusions(store: Store, partnership_id: str) -> list[Conclusion]:
    """The diagnosis conclusions; none when the diagnosis area has none (or no table yet)."""
    try:
        rows = _conn(store).execute(
            "SELECT area, text FROM conclusion WHERE partnership_id = ? AND deleted_at IS NULL"
            " AND trim(coalesce(text, '')) != '' ORDER BY position, rowid",
            (partnership_id,),
        )
        return [Conclusion(str(a or "").strip(), str(b).strip()) for a, b in rows]
    except sqlite3.OperationalError:
        return []


def projects(store: Store, partnership_id: str) -> list[ProjectLine]:
    """The project package for the annex: title, leader, PO, cost, objectives served."""
    conn = _conn(store)
    try:
        rows = conn.execute(
            "SELECT p.id, p.number, p.title, coalesce(t.name, ''), p.policy_objective, p.cost"
            " FROM project p LEFT JOIN teryt_unit t ON t.code = p.leader_teryt"
            " WHERE p.partnership_id = ? AND p.deleted_at IS NULL ORDER BY p.number, p.title",
            (partnership_id,),
        ).fetchall()
    except sqlite3.OperationalError:
        return []
    served: dict[str, set[int]] = {}
    try:
        links = conn.execute(
            "SELECT l.project_id, o.number FROM project_link l"
            " JOIN strategic_objective o ON o.id = l.objective_id AND o.deleted_at IS NULL"
            " WHERE l.partnership_id = ? AND l.deleted_at IS NULL",
            (partnership_id,),
        )
        for project_id, number in links:
            served.setdefault(str(project_id), set()).add(int(number or 0))
    except sqlite3.OperationalError:
        pass
    return [
        ProjectLine(
            int(number or 0),
            str(title or ""),
            str(leader),
            str(po or ""),
            float(cost or 0.0),
            ", ".join(str(n) for n in sorted(served.get(str(pid), ()))),
        )
        for pid, number, title, leader, po, cost in rows
    ]


def load(store: Store, partnership_id: str) -> StrategyData:
    """The whole strategy of a partnership (an empty one if it was never started)."""
    return StrategyData(
        partnership_id=partnership_id,
        strategy=strategy_row(store, partnership_id) or {},
        objectives=objectives(store, partnership_id),
        directions=directions(store, partnership_id),
        results=results(store, partnership_id),
        finance=finance(store, partnership_id),
        images=images(store, partnership_id),
        conclusions=conclusions(store, partnership_id),
    )


# -- row sources for the typed-in tables ----------------------------------------------------


def _page(rows: list[Any], query: str, offset: int, limit: int) -> list[Row]:
    """Dicts of the rows containing ``query`` (these lists are short: filtered here)."""
    from cwd_desktop.domain.text import fold

    wanted = fold(query.strip())
    found = [asdict(r) for r in rows]
    if wanted:
        found = [r for r in found if any(wanted in fold(str(v)) for v in r.values() if v)]
    return found[offset : offset + limit]


def objective_source(store: Store, partnership_id: str) -> RowSource:
    return lambda q, o, n: _page(objectives(store, partnership_id), q, o, n)


def direction_source(store: Store, partnership_id: str, objective_id: str) -> RowSource:
    return lambda q, o, n: _page(directions(store, partnership_id, objective_id), q, o, n)


def result_source(store: Store, partnership_id: str, objective_id: str) -> RowSource:
    return lambda q, o, n: _page(results(store, partnership_id, objective_id), q, o, n)


def finance_source(store: Store, partnership_id: str) -> RowSource:
    return lambda q, o, n: _page(finance(store, partnership_id), q, o, n)


def dimension_order() -> tuple[str, ...]:
    """The three dimensions of art. 10e ust. 3 pkt 1 u.s.g., in the law's order."""
    return tuple(d.value for d in Dimension)

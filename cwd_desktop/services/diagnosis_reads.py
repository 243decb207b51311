"""Reading the diagnosis: indicators and their values, the SWOT, conclusions, chosen surveys.

Plain SQL through the store's reader, no SQLAlchemy: the diagnosis page
imports this module, and pages must not load the ORM at import. Writes are
in ``services.diagnosis``. Numbers are read and written the Polish way here
too ("1 234,5"; "-" and "." mean "no data", as GUS writes it), so the grid
editor, the importer and the report agree.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from cwd_desktop.domain.text import fold
from cwd_desktop.domain.vocab import SwotQuadrant
from cwd_desktop.services.teryt import Jst
from cwd_desktop.store import Store

Row = dict[str, Any]
#: (filter text, offset, limit) -> rows: what the typed-in tables read.
RowSource = Callable[[str, int, int], list[Row]]

#: Cells meaning "no data" in GUS tables: "-" (zero or none), "." (not known), "x" (not applicable).
MISSING_MARKS = frozenset({"", "-", "–", "—", ".", "x", "X", "b.d.", "bd", "brak danych"})
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")
#: The quadrants in the order of the SWOT matrix: strengths, weaknesses, opportunities, threats.
QUADRANTS: tuple[SwotQuadrant, ...] = tuple(SwotQuadrant)


class NotANumber(ValueError):
    """A cell that is neither a number nor a GUS "no data" mark."""


def parse_number(value: object) -> float | None:
    """A number typed or read the Polish way ("1 234,5", "12.5", 7); None for "no data".

    ``NotANumber`` for anything else (the caller names the cell), also for what
    no table can hold: NaN and infinity (a spreadsheet's ``NaN`` cell, "1e999"),
    which SQLite would store as NULL or as a value no chart can draw.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise NotANumber(str(value))
    if isinstance(value, (int, float)):
        return _finite(value, str(value))
    text = str(value).strip()
    if text in MISSING_MARKS:
        return None
    compact = _SPACES.sub("", text).replace("−", "-")
    if compact.count(",") == 1 and "." in compact:
        compact = compact.replace(".", "")  # "1.234,5": dots group thousands
    compact = compact.replace(",", ".")
    if not _NUMBER.fullmatch(compact):
        raise NotANumber(text)
    return _finite(compact, text)


def _finite(value: int | float | str, text: str) -> float:
    """``value`` as a finite float; ``NotANumber(text)`` for NaN, infinity or an int too big."""
    try:
        number = float(value)
    except OverflowError:  # an int beyond any float: 10**400
        raise NotANumber(text) from None
    if not math.isfinite(number):
        raise NotANumber(text)
    return number


def number_text(value: float | None, decimals: int | None = None) -> str:
    """A number written the Polish way: "16 512", "12,4"; "" for none.

    With ``decimals`` exactly that many (a table's column: "4,0" under "4,5");
    otherwise none for whole numbers and at most two for others.
    """
    if value is None:
        return ""
    auto = decimals is None
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
    text = f"{value:,.{decimals}f}".replace(",", "\u00a0").replace(".", ",")
    if auto and "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def decimals_of(values: Iterable[float], most: int = 2) -> int:
    """The decimals a column of these values needs (at most ``most``): 12.5 and 13 need one."""
    needed = 0
    for value in values:
        while needed < most and abs(value - round(value, needed)) > 1e-9:
            needed += 1
    return needed


def same_unit(a: str, b: str) -> bool:
    """Units equal but for brackets, spaces and letter case ("[osoba]" = "osoba")."""
    return unit_key(a) == unit_key(b)


def unit_key(unit: str) -> str:
    """A unit as compared: no brackets, no spaces, folded."""
    return fold(unit.strip().strip("[]").replace(" ", ""))


def name_key(name: str) -> str:
    """An indicator name as compared: folded, single spaces."""
    return " ".join(fold(name).split())


# -- indicators ------------------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorInfo:
    """An indicator's definition and how many values it holds."""

    id: str
    name: str
    unit: str
    source: str
    area: str
    position: int
    values: int = 0
    first_year: int | None = None
    last_year: int | None = None

    def title(self) -> str:
        """ "Ludność ogółem [osoba]"."""
        return f"{self.name} [{self.unit}]" if self.unit else self.name


@dataclass
class IndicatorGrid:
    """One indicator's values as the JST × year table shows them.

    ``rows`` are the member JST (in the partnership's order) followed by any
    other JST that has values; ``cells`` maps (TERYT, year) to (value id, value).
    """

    indicator: IndicatorInfo
    rows: list[Jst]
    years: list[int]
    cells: dict[tuple[str, int], tuple[str, float]] = field(default_factory=dict)

    def value(self, teryt: str, year: int) -> float | None:
        """The value of one JST in one year, or None."""
        found = self.cells.get((teryt, year))
        return found[1] if found else None

    def series(self, teryt: str) -> list[tuple[int, float]]:
        """(year, value) of one JST, in year order, skipping years without data."""
        return [(y, v) for y in self.years if (v := self.value(teryt, y)) is not None]

    def decimals(self) -> int:
        """The decimals every value is shown with, so a column lines up."""
        return decimals_of(v for _, v in self.cells.values())

    def last_year(self) -> int | None:
        """The latest year with any value."""
        years = [y for (_, y) in self.cells]
        return max(years) if years else None


_INDICATOR_SQL = (
    "SELECT i.id, i.name, i.unit, i.source, i.area, i.position,"
    " count(v.id), min(v.year), max(v.year)"
    " FROM indicator i LEFT JOIN indicator_value v"
    " ON v.indicator_id = i.id AND v.deleted_at IS NULL"
    " WHERE i.partnership_id = ? AND i.deleted_at IS NULL"
)


def _info(row: tuple[Any, ...]) -> IndicatorInfo:
    id_, name, unit, source, area, position, count, first, last = row
    return IndicatorInfo(
        str(id_),
        str(name),
        str(unit or ""),
        str(source or ""),
        str(area or ""),
        int(position or 0),
        int(count or 0),
        int(first) if first is not None else None,
        int(last) if last is not None else None,
    )


def indicators(store: Store, partnership_id: str) -> list[IndicatorInfo]:
    """The partnership's indicators in their order (position, then name)."""
    rows = store.reader().execute(
        _INDICATOR_SQL + " GROUP BY i.id ORDER BY i.position, i.name COLLATE NOCASE",
        (partnership_id,),
    )
    return [_info(tuple(r)) for r in rows]


def indicator(store: Store, indicator_id: str) -> IndicatorInfo | None:
    """One live indicator, or None."""
    row = (
        store.reader()
        .execute(
            _INDICATOR_SQL.replace("i.partnership_id = ?", "i.id = ?") + " GROUP BY i.id",
            (indicator_id,),
        )
        .fetchone()
    )
    return _info(tuple(row)) if row else None


def find_indicator(store: Store, partnership_id: str, name: str) -> IndicatorInfo | None:
    """The live indicator of this name (letter case and diacritics ignored), or None."""
    wanted = name_key(name)
    return next((i for i in indicators(store, partnership_id) if name_key(i.name) == wanted), None)


def indicator_areas(store: Store, partnership_id: str) -> list[str]:
    """The themes (areas) in use, in the order of their first indicator."""
    return list(dict.fromkeys(i.area for i in indicators(store, partnership_id) if i.area))


def default_years(last: int, count: int = 6) -> list[int]:
    """The years a new indicator's table offers: ``count`` years up to ``last``."""
    return list(range(last - count + 1, last + 1))


def grid(
    store: Store,
    register: Callable[[str], Jst | None],
    members: list[Jst],
    indicator_id: str,
    extra_years: tuple[int, ...] = (),
) -> IndicatorGrid | None:
    """The values of one indicator as a JST × year table (None if it is gone).

    ``register`` looks a TERYT code up (``services.teryt.get``), for values of
    JST that are not members; ``extra_years`` are columns the user added and
    has not filled yet.
    """
    info = indicator(store, indicator_id)
    if info is None:
        return None
    rows = store.reader().execute(
        "SELECT id, teryt, year, value FROM indicator_value"
        " WHERE indicator_id = ? AND deleted_at IS NULL",
        (indicator_id,),
    )
    cells = {(str(t), int(y)): (str(i), float(v)) for i, t, y, v in rows}
    jst = list(members)
    known = {j.code for j in jst}
    others = sorted({t for t, _ in cells if t not in known})
    for code in others:
        found = register(code)
        if found is not None:
            jst.append(found)
    years = sorted({y for _, y in cells} | set(extra_years))
    return IndicatorGrid(info, jst, years, cells)


def value_id(store: Store, indicator_id: str, teryt: str, year: int) -> str | None:
    """The live value row of one cell, or None."""
    row = (
        store.reader()
        .execute(
            "SELECT id FROM indicator_value WHERE indicator_id = ? AND teryt = ? AND year = ?"
            " AND deleted_at IS NULL ORDER BY rowid LIMIT 1",
            (indicator_id, teryt, year),
        )
        .fetchone()
    )
    return str(row[0]) if row else None


def jst_labels(jst: list[Jst]) -> dict[str, str]:
    """A short Polish name per JST: the kind is added where names repeat (Braniewo twice)."""
    counts: dict[str, int] = {}
    for unit in jst:
        counts[unit.name] = counts.get(unit.name, 0) + 1
    labels = {}
    for unit in jst:
        if len(unit.code) == 4 and unit.kind == "powiat":
            labels[unit.code] = f"powiat {unit.name}"
        elif counts[unit.name] > 1:
            labels[unit.code] = f"{unit.name} ({unit.kind})"
        else:
            labels[unit.code] = unit.name
    return labels


def indicator_source(store: Store, partnership_id: str) -> RowSource:
    """Rows of the indicator definitions table (filter by name, theme or source)."""

    def read(query: str, offset: int, limit: int) -> list[Row]:
        found = indicators(store, partnership_id)
        wanted = fold(query.strip())
        if wanted:
            found = [i for i in found if wanted in fold(f"{i.name} {i.area} {i.source}")]
        return [
            {
                "id": i.id,
                "name": i.name,
                "unit": i.unit,
                "area": i.area,
                "source": i.source,
                "position": i.position,
                "values": i.values,
            }
            for i in found[offset : offset + limit]
        ]

    return read


# -- SWOT and conclusions --------------------------------------------------------------------


def swot_items(store: Store, partnership_id: str, quadrant: str | None = None) -> list[Row]:
    """SWOT entries (of one quadrant if given) in order: id, quadrant, text, position."""
    sql = (
        "SELECT id, quadrant, text, position FROM swot_item"
        " WHERE partnership_id = ? AND deleted_at IS NULL"
    )
    args: list[Any] = [partnership_id]
    if quadrant is not None:
        sql += " AND quadrant = ?"
        args.append(quadrant)
    rows = store.reader().execute(sql + " ORDER BY position, rowid", args)
    return [
        {"id": str(i), "quadrant": str(q), "text": str(t), "position": int(p)}
        for i, q, t, p in rows
    ]


def swot(store: Store, partnership_id: str) -> dict[str, list[str]]:
    """The SWOT's texts by quadrant code, every quadrant present."""
    result: dict[str, list[str]] = {q.value: [] for q in QUADRANTS}
    for row in swot_items(store, partnership_id):
        result.setdefault(row["quadrant"], []).append(row["text"])
    return result


def swot_source(store: Store, partnership_id: str, quadrant: str) -> RowSource:
    """Rows of one quadrant's list."""

    def read(query: str, offset: int, limit: int) -> list[Row]:
        rows = swot_items(store, partnership_id, quadrant)
        wanted = fold(query.strip())
        if wanted:
            rows = [r for r in rows if wanted in fold(r["text"])]
        return rows[offset : offset + limit]

    return read


def conclusions(store: Store, partnership_id: str) -> list[Row]:
    """Conclusions in order, numbered from 1: id, number, area, text, position."""
    rows = store.reader().execute(
        "SELECT id, area, text, position FROM conclusion"
        " WHERE partnership_id = ? AND deleted_at IS NULL ORDER BY position, rowid",
        (partnership_id,),
    )
    return [
        {"id": str(i), "number": n, "area": str(a or ""), "text": str(t), "position": int(p)}
        for n, (i, a, t, p) in enumerate(rows, start=1)
    ]


def conclusion_source(store: Store, partnership_id: str) -> RowSource:
    """Rows of the conclusions table."""

    def read(query: str, offset: int, limit: int) -> list[Row]:
        rows = conclusions(store, partnership_id)
        wanted = fold(query.strip())
        if wanted:
            rows = [r for r in rows if wanted in fold(f"{r['area']} {r['text']}")]
        return rows[offset : offset + limit]

    return read


def conclusion_areas(store: Store, partnership_id: str) -> list[str]:
    """The areas the conclusions use, in order of first use (to offer them again)."""
    return list(dict.fromkeys(r["area"] for r in conclusions(store, partnership_id) if r["area"]))


# -- surveys ---------------------------------------------------------------------------------


def chosen_surveys(store: Store, partnership_id: str) -> list[tuple[str, str]]:
    """(row id, survey id) of the surveys the report includes, in order; live surveys only."""
    rows = store.reader().execute(
        "SELECT d.id, d.survey_id FROM diagnosis_survey d JOIN survey s ON s.id = d.survey_id"
        " WHERE d.partnership_id = ? AND d.deleted_at IS NULL AND s.deleted_at IS NULL"
        " ORDER BY d.position, d.rowid",
        (partnership_id,),
    )
    return [(str(a), str(b)) for a, b in rows]


def has_content(store: Store, partnership_id: str) -> bool:
    """True when the partnership has any diagnosis content (the demo then adds nothing)."""
    conn: sqlite3.Connection = store.reader()
    for table in ("indicator", "swot_item", "conclusion", "diagnosis_survey"):
        row = conn.execute(
            f"SELECT 1 FROM {table} WHERE partnership_id = ? AND deleted_at IS NULL LIMIT 1",
            (partnership_id,),
        ).fetchone()
        if row:
            return True
    return False

"""Reading the stakeholder register with plain ``sqlite3``.

The register page is built with the main window and lists its first rows
before SQLAlchemy is loaded, so every read here goes through the store's
``reader()``. Writes and their rules live in ``services.stakeholders``
(which loads the ORM); this module imports neither.

Category codes: a built-in ``StakeholderCategory`` value, or the id of a
custom ``stakeholder_category`` row of the same partnership. Labels returned
here are Polish source strings; the UI translates built-in ones in the
``vocab`` context (``Category.custom`` tells which are which).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from cwd_desktop.domain.text import fold
from cwd_desktop.domain.vocab import StakeholderCategory, label
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.teryt import Jst, TerytRegister
from cwd_desktop.store import Store, search

KIND = "stakeholder"
#: The fields of a register row (``rows``), besides ``id``.
ROW_FIELDS = ("name", "category", "teryt", "place", "influence", "interest", "notes")

Row = dict[str, Any]


@dataclass(frozen=True)
class Category:
    """A category a stakeholder can have: built-in (vocabulary) or added by the partnership."""

    code: str
    label: str
    custom: bool = False


@dataclass(frozen=True)
class Contact:
    """A contact person with the consent record that covers their data."""

    id: str
    stakeholder_id: str
    name: str
    role: str
    phone: str
    email: str
    consent_purpose: str
    consent_on: date | None
    consent_withdrawn_on: date | None

    @property
    def withdrawn(self) -> bool:
        """Consent was withdrawn: the data must not be used (nor exported)."""
        return self.consent_withdrawn_on is not None

    @property
    def has_consent(self) -> bool:
        """A consent is on record and still in force."""
        return self.consent_on is not None and not self.withdrawn


@dataclass(frozen=True)
class StakeholderDetail:
    """One stakeholder with its contact persons (for the detail panel and exports)."""

    id: str
    partnership_id: str
    name: str
    category: str
    teryt: str | None
    place: str
    influence: int
    interest: int
    notes: str
    contacts: list[Contact] = field(default_factory=list)


@dataclass(frozen=True)
class GridCell:
    """Stakeholders sharing one influence/interest score pair."""

    influence: int
    interest: int
    names: list[str]

    @property
    def count(self) -> int:
        """How many stakeholders sit in this cell."""
        return len(self.names)


@dataclass(frozen=True)
class DuplicateGroup:
    """Stakeholders that are probably the same: one folded name in one JST."""

    name: str
    teryt: str | None
    ids: list[str]


@dataclass(frozen=True)
class _Order:
    """Live stakeholder ids of a partnership in name order, as of one data version."""

    version: int
    ids: list[str]
    rank: dict[str, int]


def builtin_categories() -> list[Category]:
    """The vocabulary categories, in DOMAIN.md order."""
    return [Category(c.value, label(c)) for c in StakeholderCategory]


def duplicate_key(name: str, teryt: str | None) -> tuple[str, str]:
    """What "the same stakeholder" means: the folded name, spaces collapsed, in one JST."""
    return (" ".join(fold(name).split()), teryt or "")


def _date(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _contact(row: sqlite3.Row | tuple[Any, ...]) -> Contact:
    return Contact(
        id=row[0],
        stakeholder_id=row[1],
        name=row[2] or "",
        role=row[3] or "",
        phone=row[4] or "",
        email=row[5] or "",
        consent_purpose=row[6] or "",
        consent_on=_date(row[7]),
        consent_withdrawn_on=_date(row[8]),
    )


_CONTACT_SQL = (
    "SELECT id, stakeholder_id, name, role, phone, email, consent_purpose, consent_on,"
    " consent_withdrawn_on FROM contact_person WHERE deleted_at IS NULL"
)
_ROW_SQL = f"SELECT s.id, {', '.join('s.' + f for f in ROW_FIELDS)} FROM stakeholder s"


def _row(values: tuple[Any, ...]) -> Row:
    return dict(zip(("id", *ROW_FIELDS), values, strict=True))


class StakeholderReads:
    """Queries on one store's stakeholder register; every method reads live rows only."""

    def __init__(self, store: Store, teryt: TerytRegister) -> None:
        self._store = store
        self._teryt = teryt
        self._orders: dict[tuple[int, str], _Order] = {}
        self._sort_keys: dict[str, tuple[str, str]] = {}  # id → (name, folded name)

    def _conn(self) -> sqlite3.Connection:
        return self._store.reader()

    # -- categories and member JST -------------------------------------------------

    def categories(self, partnership_id: str) -> list[Category]:
        """Built-in categories, then the partnership's own ones by name."""
        rows = self._conn().execute(
            "SELECT id, name FROM stakeholder_category"
            " WHERE partnership_id = ? AND deleted_at IS NULL",
            (partnership_id,),
        )
        custom = sorted((Category(r[0], r[1], True) for r in rows), key=lambda c: fold(c.label))
        return [*builtin_categories(), *custom]

    def category_labels(self, partnership_id: str) -> dict[str, str]:
        """Code → Polish label of every category of the partnership."""
        return {c.code: c.label for c in self.categories(partnership_id)}

    def members(self, partnership_id: str) -> list[Jst]:
        """The partnership's live member JST (gminy first, by name)."""
        rows = self._conn().execute(
            "SELECT teryt FROM partnership_jst WHERE partnership_id = ? AND deleted_at IS NULL",
            (partnership_id,),
        )
        found = [j for (code,) in rows if (j := self._teryt.get(code)) is not None]
        return sorted(found, key=lambda j: (not j.is_gmina, fold(j.name), j.code))

    def jst_name(self, code: str | None) -> str:
        """``Braniewo (gmina miejska)`` or ``powiat łosicki`` for a code, "" for none."""
        if not code:
            return ""
        jst = self._teryt.get(code)
        if jst is None:
            return code
        return f"{jst.name} ({jst.kind})" if jst.is_gmina else f"{jst.kind} {jst.name}"

    # -- the register table ----------------------------------------------------------

    def _order(self, conn: sqlite3.Connection, partnership_id: str) -> _Order:
        """The partnership's live stakeholders in name order, cached until the data changes.

        Folding every name in SQL on each keystroke costs ~80 ms for 20,000
        rows; folding them once per change and slicing in Python keeps a
        keystroke at the cost of the FTS query. ``PRAGMA data_version`` tells
        when another connection (the writer) committed.
        """
        version = int(conn.execute("PRAGMA data_version").fetchone()[0])
        key = (id(conn), partnership_id)
        cached = self._orders.get(key)
        if cached is not None and cached.version == version:
            return cached
        found = conn.execute(
            "SELECT id, name FROM stakeholder WHERE partnership_id = ? AND deleted_at IS NULL",
            (partnership_id,),
        ).fetchall()
        keys = self._sort_keys
        for row_id, name in found:
            known = keys.get(row_id)
            if known is None or known[0] != name:  # fold only what is new or renamed
                keys[row_id] = (name, fold(name))
        ordered = sorted((keys[r[0]][1], r[0]) for r in found)
        order = _Order(
            version,
            [row_id for _, row_id in ordered],
            {row_id: n for n, (_, row_id) in enumerate(ordered)},
        )
        self._orders[key] = order
        return order

    def rows(
        self, partnership_id: str, text: str = "", offset: int = 0, limit: int = 200
    ) -> list[Row]:
        """One page of the register ordered by name, ignoring case and diacritics.

        ``text`` filters through the FTS index (name, place, notes; diacritics
        ignored, every word a prefix). Text with no letters or digits shows all.
        """
        conn = self._conn()
        order = self._order(conn, partnership_id)
        expression = search.match_expression(text, KIND, partnership_id) if text.strip() else ""
        if expression:
            rank = order.rank
            hits = conn.execute(
                "SELECT k.row_id FROM search_index JOIN search_key k ON k.id = search_index.rowid"
                " WHERE search_index MATCH ?",
                (expression,),
            )
            ids = sorted((r[0] for r in hits if r[0] in rank), key=rank.__getitem__)
        else:
            ids = order.ids
        page = ids[offset : offset + limit]
        if not page:
            return []
        marks = ", ".join("?" * len(page))
        found = {
            r[0]: _row(r)
            for r in conn.execute(
                _ROW_SQL + f" WHERE s.id IN ({marks}) AND s.deleted_at IS NULL", page
            )
        }
        return [found[row_id] for row_id in page if row_id in found]

    def row_source(self, partnership_id: str) -> Callable[[str, int, int], list[Row]]:
        """A ``RowSource`` for the register table of one partnership."""
        return lambda text, offset, limit: self.rows(partnership_id, text, offset, limit)

    def count(self, partnership_id: str) -> int:
        """Live stakeholders of the partnership."""
        row = (
            self._conn()
            .execute(
                "SELECT count(*) FROM stakeholder WHERE partnership_id = ? AND deleted_at IS NULL",
                (partnership_id,),
            )
            .fetchone()
        )
        return int(row[0])

    # -- one stakeholder -------------------------------------------------------------

    def get(self, stakeholder_id: str) -> StakeholderDetail:
        """A live stakeholder with its live contacts, or a UserError if it is gone."""
        conn = self._conn()
        row = conn.execute(
            "SELECT partnership_id, " + ", ".join(ROW_FIELDS) + " FROM stakeholder"
            " WHERE id = ? AND deleted_at IS NULL",
            (stakeholder_id,),
        ).fetchone()
        if row is None:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Interesariusz {row_id} już nie istnieje."),
                row_id=stakeholder_id,
            )
        values = dict(zip(ROW_FIELDS, row[1:], strict=True))
        return StakeholderDetail(
            id=stakeholder_id,
            partnership_id=row[0],
            contacts=self.contacts(stakeholder_id),
            **values,
        )

    def contacts(self, stakeholder_id: str) -> list[Contact]:
        """Live contact persons of a stakeholder, by name."""
        rows = self._conn().execute(_CONTACT_SQL + " AND stakeholder_id = ?", (stakeholder_id,))
        return sorted((_contact(r) for r in rows), key=lambda c: fold(c.name))

    def contact(self, contact_id: str) -> Contact:
        """A live contact person, or a UserError if it is gone."""
        row = self._conn().execute(_CONTACT_SQL + " AND id = ?", (contact_id,)).fetchone()
        if row is None:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Osoba kontaktowa {row_id} już nie istnieje."),
                row_id=contact_id,
            )
        return _contact(row)

    # -- analysis ----------------------------------------------------------------------

    def grid(self, partnership_id: str) -> list[GridCell]:
        """Occupied cells of the influence/interest grid, names sorted."""
        cells: dict[tuple[int, int], list[tuple[int, str]]] = defaultdict(list)
        conn = self._conn()
        rank = self._order(conn, partnership_id).rank
        rows = conn.execute(
            "SELECT id, influence, interest, name FROM stakeholder"
            " WHERE partnership_id = ? AND deleted_at IS NULL",
            (partnership_id,),
        )
        for row_id, influence, interest, name in rows:
            cells[(int(influence), int(interest))].append((rank.get(row_id, 0), name))
        return [
            GridCell(i, j, [name for _, name in sorted(names)])
            for (i, j), names in sorted(cells.items())
        ]

    def duplicate_index(self, partnership_id: str) -> dict[tuple[str, str], list[tuple[str, str]]]:
        """``duplicate_key`` → [(id, name)] of every live stakeholder (for imports)."""
        index: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        rows = self._conn().execute(
            "SELECT id, name, teryt FROM stakeholder"
            " WHERE partnership_id = ? AND deleted_at IS NULL",
            (partnership_id,),
        )
        for row_id, name, teryt in rows:
            index[duplicate_key(name, teryt)].append((row_id, name))
        return index

    def duplicates(self, partnership_id: str) -> list[DuplicateGroup]:
        """Groups of likely duplicates already in the register."""
        groups = [
            DuplicateGroup(items[0][1], key[1] or None, [i for i, _ in items])
            for key, items in self.duplicate_index(partnership_id).items()
            if len(items) > 1
        ]
        return sorted(groups, key=lambda g: fold(g.name))

    def register(self, partnership_id: str, with_contacts: bool = False) -> list[StakeholderDetail]:
        """Every live stakeholder by name, for exports; contacts only when asked."""
        conn = self._conn()
        rank = self._order(conn, partnership_id).rank
        rows = conn.execute(
            "SELECT id, partnership_id, " + ", ".join(ROW_FIELDS) + " FROM stakeholder"
            " WHERE partnership_id = ? AND deleted_at IS NULL",
            (partnership_id,),
        ).fetchall()
        rows.sort(key=lambda r: rank.get(r[0], len(rank)))
        contacts: dict[str, list[Contact]] = defaultdict(list)
        if with_contacts:
            found = conn.execute(_CONTACT_SQL + " AND partnership_id = ?", (partnership_id,))
            for contact in sorted((_contact(r) for r in found), key=lambda c: fold(c.name)):
                contacts[contact.stakeholder_id].append(contact)
        return [
            StakeholderDetail(
                id=r[0],
                partnership_id=r[1],
                contacts=contacts.get(r[0], []),
                **dict(zip(ROW_FIELDS, r[2:], strict=True)),
            )
            for r in rows
        ]

"""Partnerships: the service the UI and the CLI call.

Reads use the store's plain ``sqlite3`` reader and return ``PartnershipView``
objects: they run on the start-up path and must not wait for SQLAlchemy.
Changes are delegated to ``partnership_writes`` (ORM, outbox), imported on
first use. Every change is one unit of work, so a refused change (an unknown
TERYT code, a duplicate short name) stores nothing.
"""

from __future__ import annotations

import builtins
import sqlite3
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from cwd_desktop.domain.text import fold
from cwd_desktop.domain.vocab import Edition, FormalBasis, Osi, Stage, StrategyType
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.partnership_types import (
    CRITERIA_FIELDS,
    KEY_DATES,
    PLAIN_FIELDS,
    PartnershipData,
    PartnershipView,
)
from cwd_desktop.services.teryt import Jst, TerytRegister
from cwd_desktop.store import Store

if TYPE_CHECKING:
    from cwd_desktop.services.partnership_writes import PartnershipWriter

__all__ = ["PartnershipData", "PartnershipService", "PartnershipView"]

_COLUMNS = ("id", "version", *PLAIN_FIELDS, *CRITERIA_FIELDS)
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM partnership WHERE deleted_at IS NULL"


def find_id(rows: builtins.list[tuple[str, str]], key: str) -> str | None:
    """The id matching ``key`` (an id, or a short name in any letter case), or None.

    Compared in Python because SQLite's ``lower()`` folds ASCII only, and
    short names like ``PZŁ`` must match ``pzł``.
    """
    text = key.strip()
    folded = text.casefold()
    return next(
        (row_id for row_id, short in rows if row_id == text or short.casefold() == folded), None
    )


class PartnershipService:
    """Use cases on partnerships."""

    def __init__(self, store: Store, register: TerytRegister) -> None:
        self._store = store
        self._register = register

    # -- queries (plain sqlite3) ---------------------------------------------------

    def list(self) -> builtins.list[PartnershipView]:
        """Live partnerships sorted by name (Polish letters in their place), with members."""
        views = self._read(_SELECT, ())
        return sorted(views, key=lambda v: fold(v.data.name))

    def get(self, key: str) -> PartnershipView:
        """A partnership by id or short name (case-insensitive), or a UserError."""
        conn = self._store.reader()
        rows = conn.execute(
            "SELECT id, short_name FROM partnership WHERE deleted_at IS NULL"
        ).fetchall()
        found = find_id(rows, key)
        views = self._read(_SELECT + " AND id = ?", (found,)) if found else []
        if not views:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Nie ma partnerstwa {key}."), key=key.strip()
            )
        return views[0]

    def count(self) -> int:
        """Number of live partnerships."""
        conn = self._store.reader()
        row = conn.execute("SELECT count(*) FROM partnership WHERE deleted_at IS NULL").fetchone()
        return int(row[0])

    # -- commands (ORM, outbox) ----------------------------------------------------

    @cached_property
    def _writer(self) -> PartnershipWriter:
        from cwd_desktop.services.partnership_writes import PartnershipWriter

        return PartnershipWriter(self._store, self._register)

    def create(self, data: PartnershipData) -> str:
        """Store a new partnership and its members; return its id."""
        return self._writer.create(data)

    def update(self, key: str, data: PartnershipData) -> None:
        """Save the edited fields; unchanged fields leave no trace in the outbox."""
        self._writer.update(key, data)

    def delete(self, key: str) -> None:
        """Tombstone the partnership and its memberships (they sync as deletions)."""
        self._writer.delete(key)

    def restore(self, partnership_id: str) -> None:
        """Undo a deletion: the partnership and the members removed with it come back."""
        self._writer.restore(partnership_id)

    # -- internals -------------------------------------------------------------------

    def _read(self, sql: str, params: tuple[object, ...]) -> builtins.list[PartnershipView]:
        conn = self._store.reader()
        rows = conn.execute(sql, params).fetchall()
        members = self._members(conn, [row[0] for row in rows])
        return [self._view(row, members.get(row[0], [])) for row in rows]

    def _members(
        self, conn: sqlite3.Connection, ids: builtins.list[str]
    ) -> dict[str, builtins.list[Jst]]:
        result: dict[str, builtins.list[Jst]] = {}
        if not ids:
            return result
        marks = ", ".join("?" * len(ids))
        rows = conn.execute(
            "SELECT partnership_id, teryt FROM partnership_jst "
            f"WHERE deleted_at IS NULL AND partnership_id IN ({marks})",
            ids,
        )
        for partnership_id, code in rows:
            jst = self._register.get(code)
            if jst is not None:
                result.setdefault(partnership_id, []).append(jst)
        for members in result.values():
            members.sort(key=lambda j: (not j.is_gmina, fold(j.name), j.code))
        return result

    def _view(self, row: tuple[object, ...], members: builtins.list[Jst]) -> PartnershipView:
        values = dict(zip(_COLUMNS, row, strict=True))
        data = PartnershipData(members=[j.code for j in members])
        for name in PLAIN_FIELDS:
            value = values[name]
            if name in KEY_DATES and isinstance(value, str):
                value = date.fromisoformat(value)
            setattr(data, name, value)
        data.osi = Osi(str(values["osi"]))
        data.edition = Edition(str(values["edition"]))
        data.strategy_type = StrategyType(str(values["strategy_type"]))
        data.stage = Stage(str(values["stage"]))
        basis = values["formal_basis"]
        data.formal_basis = FormalBasis(basis) if isinstance(basis, str) and basis else None
        data.criteria = {name: int(str(values[name])) for name in CRITERIA_FIELDS}
        return PartnershipView(str(values["id"]), int(str(values["version"])), data, members)

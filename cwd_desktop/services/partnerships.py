"""Creating, editing, listing and removing partnerships.

The UI and the CLI exchange plain ``PartnershipData`` with this service; ORM
objects never leave it. Every change runs in one unit of work, so a refused
change (an unknown TERYT code, a duplicate short name) stores nothing.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field, fields
from datetime import date
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cwd_desktop.domain import Partnership, PartnershipJst
from cwd_desktop.domain.types import new_id, utcnow
from cwd_desktop.domain.vocab import (
    FORMAL_CRITERIA,
    MERIT_CRITERIA,
    MERIT_MAX,
    Edition,
    FormalBasis,
    Osi,
    Stage,
    StrategyType,
)
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.teryt import Jst, TerytRegister
from cwd_desktop.services.text import fold
from cwd_desktop.store import Store

CRITERIA_FIELDS = tuple(c.field for c in FORMAL_CRITERIA + MERIT_CRITERIA)


@dataclass
class PartnershipData:
    """Everything the partnership dialog edits; ``members`` are TERYT codes."""

    name: str = ""
    short_name: str = ""
    voivodeship: str | None = None
    osi: Osi = Osi.MARGINALISED
    edition: Edition = Edition.PLUS
    strategy_type: StrategyType = StrategyType.SUPRALOCAL
    formal_basis: FormalBasis | None = None
    formal_basis_note: str = ""
    leader_teryt: str | None = None
    members: list[str] = field(default_factory=list)
    council: str = ""
    coordinator: str = ""
    advisors: str = ""
    stage: Stage = Stage.WORKPLAN
    notes: str = ""
    criteria: dict[str, int] = field(default_factory=dict)
    formed_on: date | None = None
    selected_on: date | None = None
    advisory_start: date | None = None
    strategy_adopted_on: date | None = None
    advisory_end: date | None = None


#: Fields copied one-to-one between ``PartnershipData`` and the ORM row.
_PLAIN_FIELDS = tuple(
    f.name for f in fields(PartnershipData) if f.name not in {"members", "criteria"}
)
KEY_DATES = ("formed_on", "selected_on", "advisory_start", "strategy_adopted_on", "advisory_end")


@dataclass(frozen=True)
class PartnershipView:
    """A stored partnership with its members resolved against the register."""

    id: str
    version: int
    data: PartnershipData
    members: list[Jst]

    @property
    def leader(self) -> Jst | None:
        """The leader JST, if one is set."""
        return next((j for j in self.members if j.code == self.data.leader_teryt), None)

    def formal_score(self) -> int:
        """How many of the 8 formal criteria are met."""
        return sum(1 for c in FORMAL_CRITERIA if self.data.criteria.get(c.field))

    def merit_score(self) -> int:
        """Sum of the 3 merit criteria scores."""
        return sum(self.data.criteria.get(c.field, 0) for c in MERIT_CRITERIA)


def _fail(template: str, **params: object) -> UserError:
    return UserError(template, **params)


class PartnershipService:
    """Use cases on partnerships, each one a unit of work on the store."""

    def __init__(self, store: Store, register: TerytRegister) -> None:
        self._store = store
        self._register = register

    # -- queries -----------------------------------------------------------------

    def list(self) -> list[PartnershipView]:
        """Live partnerships sorted by name, members included."""
        with self._store.session() as session:
            rows = session.scalars(
                select(Partnership)
                .where(Partnership.deleted_at.is_(None))
                .order_by(func.lower(Partnership.name))
            ).all()
            members = self._members(session, [r.id for r in rows])
            return [self._view(r, members.get(r.id, [])) for r in rows]

    def get(self, key: str) -> PartnershipView:
        """A partnership by id or short name (case-insensitive), or a UserError."""
        with self._store.session() as session:
            row = self._find(session, key)
            return self._view(row, self._members(session, [row.id]).get(row.id, []))

    def count(self) -> int:
        """Number of live partnerships."""
        with self._store.session() as session:
            return (
                session.scalar(
                    select(func.count())
                    .select_from(Partnership)
                    .where(Partnership.deleted_at.is_(None))
                )
                or 0
            )

    # -- commands ----------------------------------------------------------------

    def create(self, data: PartnershipData) -> str:
        """Store a new partnership and its members; return its id."""
        clean = self._validate(data)
        with self._store.unit_of_work() as session:
            self._ensure_unique_short_name(session, clean.short_name, None)
            row_id = new_id()
            row = Partnership(id=row_id, partnership_id=row_id)
            self._apply(row, clean)
            session.add(row)
            self._sync_members(session, row_id, clean.members)
        return row_id

    def update(self, key: str, data: PartnershipData) -> None:
        """Save the edited fields; unchanged fields leave no trace in the outbox."""
        clean = self._validate(data)
        with self._store.unit_of_work() as session:
            row = self._find(session, key)
            self._ensure_unique_short_name(session, clean.short_name, row.id)
            self._apply(row, clean)
            self._sync_members(session, row.id, clean.members)

    def delete(self, key: str) -> None:
        """Tombstone the partnership and its memberships (they sync as deletions)."""
        with self._store.unit_of_work() as session:
            row = self._find(session, key)
            now = utcnow()
            row.deleted_at = now
            for member in session.scalars(
                select(PartnershipJst).where(
                    PartnershipJst.partnership_id == row.id, PartnershipJst.deleted_at.is_(None)
                )
            ):
                member.deleted_at = now

    # -- internals ---------------------------------------------------------------

    def _live_short_names(self, session: Session) -> builtins.list[tuple[str, str, str]]:
        """(id, short name, name) of live partnerships.

        Compared in Python because SQLite's ``lower()`` folds ASCII only, and
        short names like ``PZŁ`` must match ``pzł``.
        """
        rows = session.execute(
            select(Partnership.id, Partnership.short_name, Partnership.name).where(
                Partnership.deleted_at.is_(None)
            )
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def _find(self, session: Session, key: str) -> Partnership:
        text = key.strip()
        folded = text.casefold()
        match = next(
            (
                row_id
                for row_id, short, _ in self._live_short_names(session)
                if row_id == text or short.casefold() == folded
            ),
            None,
        )
        row = session.get(Partnership, match) if match else None
        if row is None:
            raise _fail(QT_TRANSLATE_NOOP("errors", "Nie ma partnerstwa {key}."), key=text)
        return row

    def _members(self, session: Session, ids: builtins.list[str]) -> dict[str, builtins.list[Jst]]:
        result: dict[str, builtins.list[Jst]] = {}
        if not ids:
            return result
        rows = session.execute(
            select(PartnershipJst.partnership_id, PartnershipJst.teryt).where(
                PartnershipJst.partnership_id.in_(ids), PartnershipJst.deleted_at.is_(None)
            )
        )
        for partnership_id, code in rows:
            jst = self._register.get(code)
            if jst is not None:
                result.setdefault(partnership_id, []).append(jst)
        for members in result.values():
            members.sort(key=lambda j: (not j.is_gmina, fold(j.name), j.code))
        return result

    def _view(self, row: Partnership, members: builtins.list[Jst]) -> PartnershipView:
        data = PartnershipData(members=[j.code for j in members])
        for name in _PLAIN_FIELDS:
            setattr(data, name, getattr(row, name))
        data.osi = Osi(row.osi)
        data.edition = Edition(row.edition)
        data.strategy_type = StrategyType(row.strategy_type)
        data.stage = Stage(row.stage)
        data.formal_basis = FormalBasis(row.formal_basis) if row.formal_basis else None
        data.criteria = {name: int(getattr(row, name)) for name in CRITERIA_FIELDS}
        return PartnershipView(row.id, row.version, data, members)

    def _apply(self, row: Partnership, data: PartnershipData) -> None:
        for name in _PLAIN_FIELDS:
            value = getattr(data, name)
            setattr(row, name, value.value if isinstance(value, StrEnum) else value)
        for criterion in FORMAL_CRITERIA:
            setattr(row, criterion.field, bool(data.criteria.get(criterion.field, 0)))
        for criterion in MERIT_CRITERIA:
            setattr(row, criterion.field, int(data.criteria.get(criterion.field, 0)))

    def _sync_members(
        self, session: Session, partnership_id: str, codes: builtins.list[str]
    ) -> None:
        """Make the live member rows equal ``codes``: add, revive or tombstone."""
        existing = {
            m.teryt: m
            for m in session.scalars(
                select(PartnershipJst).where(PartnershipJst.partnership_id == partnership_id)
            )
        }
        wanted = set(codes)
        now = utcnow()
        for code, member in existing.items():
            if code in wanted and member.deleted_at is not None:
                member.deleted_at = None
            elif code not in wanted and member.deleted_at is None:
                member.deleted_at = now
        for code in codes:
            if code not in existing:
                session.add(PartnershipJst(partnership_id=partnership_id, teryt=code))

    def _ensure_unique_short_name(self, session: Session, short: str, own_id: str | None) -> None:
        folded = short.casefold()
        clash = next(
            (
                name
                for row_id, other, name in self._live_short_names(session)
                if other.casefold() == folded and row_id != own_id
            ),
            None,
        )
        if clash is not None:
            raise _fail(
                QT_TRANSLATE_NOOP(
                    "errors", "Skrót {short} jest już używany przez partnerstwo „{other}”."
                ),
                short=short,
                other=clash,
            )

    def _validate(self, data: PartnershipData) -> PartnershipData:
        """A cleaned copy of ``data``, or a UserError naming the first bad field."""
        name = data.name.strip()
        short = data.short_name.strip()
        if not name:
            raise _fail(QT_TRANSLATE_NOOP("errors", "Nazwa partnerstwa nie może być pusta."))
        if not short:
            raise _fail(QT_TRANSLATE_NOOP("errors", "Skrót nazwy partnerstwa nie może być pusty."))
        members: builtins.list[str] = []
        for code in data.members:
            jst = self._register.require(code)
            if jst.code not in members:
                members.append(jst.code)
        leader = (data.leader_teryt or "").strip() or None
        if leader is not None:
            self._register.require(leader)
            if leader not in members:
                members.insert(0, leader)
        voivodeship = data.voivodeship
        if voivodeship:
            voivodeship = self._register.voivodeship_code(voivodeship)
        elif members:
            voivodeship = self._register.require(leader or members[0]).voivodeship_code
        for criterion in MERIT_CRITERIA:
            score = int(data.criteria.get(criterion.field, 0))
            if not 0 <= score <= MERIT_MAX:
                raise _fail(
                    QT_TRANSLATE_NOOP(
                        "errors", "Ocena kryterium „{criterion}” musi mieścić się w 0–{max}."
                    ),
                    criterion=criterion.label,
                    max=MERIT_MAX,
                )
        start, end = data.advisory_start, data.advisory_end
        if start and end and end < start:
            raise _fail(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Koniec doradztwa ({end}) jest wcześniejszy niż jego początek ({start}).",
                ),
                start=start.isoformat(),
                end=end.isoformat(),
            )
        clean = PartnershipData(**{f.name: getattr(data, f.name) for f in fields(data)})
        clean.name, clean.short_name, clean.members = name, short, members
        clean.leader_teryt, clean.voivodeship = leader, voivodeship
        clean.criteria = dict(data.criteria)
        return clean

"""The write side of partnerships: validation and ORM changes in one unit of work.

Kept apart from the read side (``partnerships``) so that SQLAlchemy is not
imported before the main window is painted; every change goes through the
ORM so that the outbox listener records it.
"""

from __future__ import annotations

import uuid
from dataclasses import fields
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from cwd_desktop.domain import Partnership, PartnershipJst
from cwd_desktop.domain.types import new_id, utcnow
from cwd_desktop.domain.vocab import FORMAL_CRITERIA, MERIT_CRITERIA, MERIT_MAX
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.partnership_types import PLAIN_FIELDS, PartnershipData
from cwd_desktop.services.partnerships import find_id
from cwd_desktop.services.teryt import TerytRegister
from cwd_desktop.store import Store


def _fail(template: str, field: str | None = None, **params: object) -> UserError:
    return UserError(template, field=field, **params)


def _blame(exc: UserError, field: str) -> UserError:
    """Attach the field at fault to an error raised by a lower layer."""
    exc.field = exc.field or field
    return exc


def member_id(partnership_id: str, teryt: str) -> str:
    """The id of a JST's membership row: the same on every device.

    Two advisors adding the same gmina offline then create the same row, which
    sync merges, instead of two rows that the (partnership, TERYT) unique index
    would refuse on whichever device pulls the second.
    """
    return str(
        uuid.uuid5(uuid.NAMESPACE_URL, f"cwd-desktop:partnership_jst:{partnership_id}:{teryt}")
    )


class PartnershipWriter:
    """Create, update and delete partnerships; each call is one unit of work."""

    def __init__(self, store: Store, register: TerytRegister) -> None:
        self._store = store
        self._register = register

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

    def restore(self, partnership_id: str) -> None:
        """Undo a deletion: revive the partnership and the members deleted with it.

        Refused if another live partnership has taken its short name meanwhile.
        """
        with self._store.unit_of_work() as session:
            row = session.get(Partnership, partnership_id)
            if row is None or row.deleted_at is None:
                raise _fail(
                    QT_TRANSLATE_NOOP("errors", "Nie ma usuniętego partnerstwa {key}."),
                    key=partnership_id,
                )
            self._ensure_unique_short_name(session, row.short_name, row.id)
            deleted_at = row.deleted_at
            row.deleted_at = None
            for member in session.scalars(
                select(PartnershipJst).where(
                    PartnershipJst.partnership_id == row.id,
                    PartnershipJst.deleted_at == deleted_at,
                )
            ):
                member.deleted_at = None

    def _live_short_names(self, session: Session) -> list[tuple[str, str, str]]:
        """(id, short name, name) of live partnerships.

        Short names are compared in Python (see ``partnerships.find_id``).
        """
        rows = session.execute(
            select(Partnership.id, Partnership.short_name, Partnership.name).where(
                Partnership.deleted_at.is_(None)
            )
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def _find(self, session: Session, key: str) -> Partnership:
        rows = [(row_id, short) for row_id, short, _ in self._live_short_names(session)]
        match = find_id(rows, key)
        row = session.get(Partnership, match) if match else None
        if row is None:
            raise _fail(QT_TRANSLATE_NOOP("errors", "Nie ma partnerstwa {key}."), key=key.strip())
        return row

    def _apply(self, row: Partnership, data: PartnershipData) -> None:
        for name in PLAIN_FIELDS:
            value = getattr(data, name)
            setattr(row, name, value.value if isinstance(value, StrEnum) else value)
        for criterion in FORMAL_CRITERIA:
            setattr(row, criterion.field, bool(data.criteria.get(criterion.field, 0)))
        for criterion in MERIT_CRITERIA:
            setattr(row, criterion.field, int(data.criteria.get(criterion.field, 0)))

    def _sync_members(self, session: Session, partnership_id: str, codes: list[str]) -> None:
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
                session.add(
                    PartnershipJst(
                        id=member_id(partnership_id, code),
                        partnership_id=partnership_id,
                        teryt=code,
                    )
                )

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
                field="short_name",
                short=short,
                other=clash,
            )

    def _validate(self, data: PartnershipData) -> PartnershipData:
        """A cleaned copy of ``data``, or a UserError naming the first bad field."""
        name = data.name.strip()
        short = data.short_name.strip()
        if not name:
            raise _fail(
                QT_TRANSLATE_NOOP("errors", "Nazwa partnerstwa nie może być pusta."), field="name"
            )
        if not short:
            raise _fail(
                QT_TRANSLATE_NOOP("errors", "Skrót nazwy partnerstwa nie może być pusty."),
                field="short_name",
            )
        members: list[str] = []
        for code in data.members:
            try:
                jst = self._register.require(code)
            except UserError as exc:
                raise _blame(exc, "members") from None
            if jst.code not in members:
                members.append(jst.code)
        leader = (data.leader_teryt or "").strip() or None
        if leader is not None:
            try:
                self._register.require(leader)
            except UserError as exc:
                raise _blame(exc, "members") from None
            if leader not in members:
                members.insert(0, leader)
        voivodeship = data.voivodeship
        if voivodeship:
            try:
                voivodeship = self._register.voivodeship_code(voivodeship)
            except UserError as exc:
                raise _blame(exc, "voivodeship") from None
        elif members:
            voivodeship = self._register.require(leader or members[0]).voivodeship_code
        for criterion in MERIT_CRITERIA:
            score = int(data.criteria.get(criterion.field, 0))
            if not 0 <= score <= MERIT_MAX:
                raise _fail(
                    QT_TRANSLATE_NOOP(
                        "errors", "Ocena kryterium „{criterion}” musi mieścić się w 0–{max}."
                    ),
                    field=criterion.field,
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
                field="advisory_end",
                start=start.isoformat(),
                end=end.isoformat(),
            )
        clean = PartnershipData(**{f.name: getattr(data, f.name) for f in fields(data)})
        clean.name, clean.short_name, clean.members = name, short, members
        clean.leader_teryt, clean.voivodeship = leader, voivodeship
        clean.criteria = dict(data.criteria)
        return clean

"""Networking events (sieciowanie): what may be stored (validators) and the writes beyond one field.

Events, the partnerships that took part and the people who came are synced
records shared by the whole team (``partnership_id`` is ``TEAM_SCOPE``),
written through ``Records``; the validators below check and clean every
value, whether it comes from the page, the CLI or the demo.

The rule the issue names: a partnership cannot have taken part in an event
held before it existed. It is checked when a partnership is added to an event
and when the date of an event is moved, against the partnerships' ``formed_on``
held on this laptop. Rows arriving by sync are not re-validated (a colleague
may hold partnerships this laptop does not).

Reads (plain SQL, no ORM) live in ``services.networking_reads``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from cwd_desktop.domain.base import TEAM_SCOPE
from cwd_desktop.domain.networking import EventParticipant, EventPartnership, NetworkEvent
from cwd_desktop.domain.partnership import Partnership
from cwd_desktop.domain.teryt import TerytUnit
from cwd_desktop.domain.types import new_id, utcnow
from cwd_desktop.domain.vocab import GMINA_KINDS, code_of
from cwd_desktop.domain.vocab_followup import EventKind, NetworkTheme
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.networking_reads import format_date
from cwd_desktop.services.records import Check, not_found, parse_date, register_validator

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from cwd_desktop.services.app import Services

#: A loose e-mail check: something@something.tld, no spaces.
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


# -- value helpers ---------------------------------------------------------------------


def _text(values: dict[str, Any], *names: str) -> None:
    """Strip text fields in place (None becomes "")."""
    for name in names:
        if name in values:
            values[name] = "" if values[name] is None else str(values[name]).strip()


def vocab_code(enum: type[StrEnum], value: Any) -> str | None:
    """The code of ``value`` given as a code or (words of) its Polish label; None if unknown."""
    return code_of(enum, value)


def _team_scope(check: Check) -> None:
    if check.partnership_id != TEAM_SCOPE:
        raise ValueError("networking rows belong to TEAM_SCOPE")


def _date(values: dict[str, Any], name: str, template: str) -> None:
    if name in values:
        try:
            values[name] = parse_date(values[name], name)
        except UserError:
            raise UserError(template, field=name, value=str(values[name]).strip()) from None


def _live_partnership(session: Session, partnership_id: Any, field: str) -> Partnership:
    found = session.get(Partnership, str(partnership_id or ""))
    if found is None or found.deleted_at is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Nie ma partnerstwa {key} na tym komputerze."),
            field=field,
            key=str(partnership_id or ""),
        )
    return found


def _live_event(session: Session, event_id: Any) -> NetworkEvent:
    event = session.get(NetworkEvent, str(event_id or ""))
    if event is None or event.deleted_at is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Nie ma wydarzenia sieciującego {id}."),
            field="event_id",
            id=str(event_id or ""),
        )
    return event


def _too_early(event_title: str, starts_on: date, partnership: Partnership) -> UserError:
    """The issue's bad input: an event dated before the partnership existed."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Wydarzenie „{event}” ({starts}) odbyło się przed utworzeniem partnerstwa "
            "„{partnership}” ({formed}), więc partnerstwo nie mogło w nim uczestniczyć.",
        ),
        field="starts_on",
        event=event_title,
        starts=format_date(starts_on),
        partnership=partnership.name,
        formed=format_date(partnership.formed_on),
    )


# -- validators ------------------------------------------------------------------------


@register_validator("network_event")
def check_event(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """Title and start date required; the end not before the start; known kind and theme.

    A study visit is created with its host (a partnership held here or a
    JST of the TERYT register); the host's name is filled in from it. Moving
    the date before the creation of a partnership that took part is refused.
    """
    _team_scope(check)
    session = check.session
    _text(
        values,
        "title",
        "place",
        "organiser",
        "description",
        "host_name",
        "practices_seen",
        "lessons",
    )
    if (check.is_new or "title" in values) and not values.get("title"):
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Podaj nazwę wydarzenia sieciującego."), field="title"
        )
    _date(
        values,
        "starts_on",
        QT_TRANSLATE_NOOP(
            "errors", "Data wydarzenia „{value}” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR)."
        ),
    )
    _date(
        values,
        "ends_on",
        QT_TRANSLATE_NOOP(
            "errors",
            "Data zakończenia wydarzenia „{value}” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR).",
        ),
    )
    if (check.is_new or "starts_on" in values) and values.get("starts_on") is None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Podaj datę wydarzenia sieciującego."), field="starts_on"
        )
    for name, enum, default, template in (
        (
            "kind",
            EventKind,
            EventKind.SEMINAR,
            QT_TRANSLATE_NOOP(
                "errors",
                "Nieznany rodzaj wydarzenia „{value}” (konferencja, seminarium, wizyta "
                "studyjna, forum lub spotkanie regionalne).",
            ),
        ),
        (
            "theme",
            NetworkTheme,
            NetworkTheme.OTHER,
            QT_TRANSLATE_NOOP("errors", "Nieznany temat wydarzenia „{value}”."),
        ),
    ):
        if name in values or check.is_new:
            raw = values.get(name)
            code = vocab_code(enum, raw)
            if code is None and raw not in (None, ""):
                raise UserError(template, field=name, value=str(raw))
            values[name] = code or default.value
    _check_host(session, values)
    merged = {**check.current, **values}
    starts, ends = merged.get("starts_on"), merged.get("ends_on")
    if starts is not None and ends is not None and ends < starts:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Wydarzenie „{event}” nie może skończyć się ({ends}) wcześniej, "
                "niż się zaczyna ({starts}).",
            ),
            field="ends_on" if "ends_on" in values else "starts_on",
            event=merged.get("title") or "",
            ends=format_date(ends),
            starts=format_date(starts),
        )
    if (
        check.is_new
        and merged.get("kind") == EventKind.STUDY_VISIT.value
        and not merged.get("host_partnership_id")
        and not merged.get("host_teryt")
    ):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Wizyta studyjna „{event}” musi mieć gospodarza: wskaż partnerstwo albo JST "
                "(kod TERYT).",
            ),
            field="host_partnership_id",
            event=merged.get("title") or "",
        )
    if not check.is_new and "starts_on" in values and starts is not None:
        _check_members_existed(session, str(check.current["id"]), merged["title"], starts)
    return values


def _check_host(session: Session, values: dict[str, Any]) -> None:
    """A host partnership held here and/or a JST of the register; its name as the host name."""
    if "host_partnership_id" in values:
        key = str(values["host_partnership_id"] or "").strip()
        values["host_partnership_id"] = key or None
        if key:
            host = _live_partnership(session, key, "host_partnership_id")
            if "host_name" not in values:
                values["host_name"] = host.name
    if "host_teryt" in values:
        code = str(values["host_teryt"] or "").strip()
        values["host_teryt"] = code or None
        if code:
            unit = session.get(TerytUnit, code)
            is_jst = unit is not None and (
                len(code) == 4 or (len(code) == 7 and unit.rodz in GMINA_KINDS)
            )
            if unit is None or not is_jst:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Gospodarz wizyty „{code}” nie jest kodem TERYT JST z rejestru "
                        "(gmina: 7 cyfr, powiat: 4 cyfry); wybierz JST z listy.",
                    ),
                    field="host_teryt",
                    code=code,
                )
            if "host_name" not in values and not values.get("host_partnership_id"):
                values["host_name"] = unit.name


def _check_members_existed(session: Session, event_id: str, title: str, starts: date) -> None:
    """Moving an event's date: every partnership held here that took part existed by then."""
    rows = session.execute(
        select(Partnership)
        .join(EventPartnership, EventPartnership.member_partnership_id == Partnership.id)
        .where(
            EventPartnership.event_id == event_id,
            EventPartnership.deleted_at.is_(None),
            Partnership.deleted_at.is_(None),
            Partnership.formed_on.is_not(None),
            Partnership.formed_on > starts,
        )
        .order_by(Partnership.formed_on.desc())
    ).scalars()
    latest = next(iter(rows), None)
    if latest is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Wydarzenia „{event}” nie można przenieść na {starts}: uczestniczyło w nim "
                "partnerstwo „{partnership}”, utworzone dopiero {formed}.",
            ),
            field="starts_on",
            event=title,
            starts=format_date(starts),
            partnership=latest.name,
            formed=format_date(latest.formed_on),
        )


@register_validator("event_partnership")
def check_event_partnership(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A partnership held on this laptop, existing by the event's date, linked once.

    Its name is stored with the link, so colleagues without the partnership
    still see who took part.
    """
    _team_scope(check)
    session = check.session
    merged = {**check.current, **values}
    if check.is_new or "event_id" in values or "member_partnership_id" in values:
        event = _live_event(session, merged.get("event_id"))
        partnership = _live_partnership(
            session, merged.get("member_partnership_id"), "member_partnership_id"
        )
        if partnership.formed_on is not None and partnership.formed_on > event.starts_on:
            raise _too_early(event.title, event.starts_on, partnership)
        duplicate = session.scalar(
            select(EventPartnership.id).where(
                EventPartnership.event_id == event.id,
                EventPartnership.member_partnership_id == partnership.id,
                EventPartnership.deleted_at.is_(None),
                EventPartnership.id != str(check.current.get("id") or ""),
            )
        )
        if duplicate is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors", "Partnerstwo „{partnership}” jest już na liście wydarzenia „{event}”."
                ),
                field="member_partnership_id",
                partnership=partnership.name,
                event=event.title,
            )
        values["member_partnership_id"] = partnership.id
        values["member_name"] = partnership.name
    return values


@register_validator("event_participant")
def check_participant(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A name (a row whose name was erased keeps its other fields), a plausible e-mail.

    The partnership a person came for must be one of the event's.
    """
    _team_scope(check)
    session = check.session
    _text(values, "name", "institution", "role", "email")
    merged = {**check.current, **values}
    if check.is_new or "event_id" in values:
        _live_event(session, merged.get("event_id"))
    if (check.is_new or "name" in values) and not values.get("name"):
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Podaj imię i nazwisko uczestnika wydarzenia."),
            field="name",
        )
    email = values.get("email")
    if email and not _EMAIL.fullmatch(email):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "„{value}” nie wygląda na adres e-mail uczestnika (np. jan@gmina.pl)."
            ),
            field="email",
            value=email,
        )
    if "member_partnership_id" in values:
        key = str(values["member_partnership_id"] or "").strip()
        values["member_partnership_id"] = key or None
    if "contact_person_id" in values:
        values["contact_person_id"] = str(values["contact_person_id"] or "").strip() or None
    member = merged.get("member_partnership_id") if "member_partnership_id" in values else None
    if member:
        linked = session.scalar(
            select(EventPartnership.id).where(
                EventPartnership.event_id == merged.get("event_id"),
                EventPartnership.member_partnership_id == member,
                EventPartnership.deleted_at.is_(None),
            )
        )
        if linked is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Partnerstwo uczestnika „{name}” nie jest na liście partnerstw tego "
                    "wydarzenia; dodaj je najpierw do wydarzenia.",
                ),
                field="member_partnership_id",
                name=merged.get("name") or "",
            )
    return values


# -- writes beyond one field -----------------------------------------------------------


@dataclass(frozen=True)
class NewParticipant:
    """A person to add with a new event (``partnership``: an id or short name, optional)."""

    name: str
    institution: str = ""
    role: str = ""
    email: str = ""
    partnership: str = ""


def parse_participant(text: str) -> NewParticipant:
    """``Name;Institution;Role[;e-mail[;partnership]]`` as the CLI takes it."""
    parts = [p.strip() for p in text.split(";")]
    if len(parts) > 5 or not parts[0]:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Uczestnik „{value}”: podaj „Imię i nazwisko;Instytucja;Funkcja” "
                "(opcjonalnie „;e-mail;partnerstwo”).",
            ),
            field="participant",
            value=text,
        )
    parts += [""] * (5 - len(parts))
    return NewParticipant(*parts)


def add_event(
    services: Services,
    values: Mapping[str, Any],
    partnerships: Iterable[str] = (),
    people: Iterable[NewParticipant] = (),
) -> str:
    """Store an event with the partnerships that took part and its participants, atomically.

    ``partnerships`` are ids or short names of partnerships held here. Any
    refused value stores nothing at all. Returns the event's id.
    """
    member_ids = [services.partnerships.get(key).id for key in partnerships]
    people = list(people)
    by_key = {
        person.partnership: services.partnerships.get(person.partnership).id
        for person in people
        if person.partnership
    }
    with services.store.unit_of_work() as session:
        event_id = new_id()
        clean = check_event(Check(session, TEAM_SCOPE, {}, True), dict(values))
        session.add(NetworkEvent(id=event_id, partnership_id=TEAM_SCOPE, **clean))
        session.flush()
        for member_id in member_ids:
            link = check_event_partnership(
                Check(session, TEAM_SCOPE, {}, True),
                {"event_id": event_id, "member_partnership_id": member_id},
            )
            session.add(EventPartnership(id=new_id(), partnership_id=TEAM_SCOPE, **link))
            session.flush()
        for person in people:
            row = check_participant(
                Check(session, TEAM_SCOPE, {}, True),
                {
                    "event_id": event_id,
                    "name": person.name,
                    "institution": person.institution,
                    "role": person.role,
                    "email": person.email,
                    "member_partnership_id": by_key.get(person.partnership),
                },
            )
            session.add(EventParticipant(id=new_id(), partnership_id=TEAM_SCOPE, **row))
    return event_id


def add_member(services: Services, event_id: str, partnership_id: str) -> str:
    """Record that a partnership took part in an event; return the link's id."""
    return services.records.create(
        "event_partnership",
        TEAM_SCOPE,
        {"event_id": event_id, "member_partnership_id": partnership_id},
    )


#: (table, row id) of rows tombstoned together, for undo.
Removed = list[tuple[str, str]]


def delete_event(services: Services, event_id: str) -> Removed:
    """Tombstone an event with its partnerships and participants, in one transaction.

    The participants' names and e-mails are erased with their rows (GDPR);
    ``restore_rows`` brings the rows back without them.
    """
    removed: Removed = []
    with services.store.unit_of_work() as session:
        event = session.get(NetworkEvent, event_id)
        if event is None or event.deleted_at is not None:
            raise not_found("network_event", event_id)
        now = utcnow()
        children: list[EventParticipant | EventPartnership] = [
            *session.scalars(
                select(EventParticipant).where(
                    EventParticipant.event_id == event_id, EventParticipant.deleted_at.is_(None)
                )
            ),
            *session.scalars(
                select(EventPartnership).where(
                    EventPartnership.event_id == event_id, EventPartnership.deleted_at.is_(None)
                )
            ),
        ]
        for row in children:
            row.deleted_at = now
            removed.append((row.__tablename__, row.id))
        event.deleted_at = now
        removed.append(("network_event", event_id))
    return removed


def restore_rows(services: Services, removed: Removed) -> None:
    """Undo ``delete_event``: the rows come back (erased personal data does not)."""
    from cwd_desktop.services.records import model_for

    with services.store.unit_of_work() as session:
        for table, row_id in reversed(removed):
            row = session.get(model_for(table), row_id)
            if row is not None:
                row.deleted_at = None

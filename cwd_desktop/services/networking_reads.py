"""Reading networking events with plain SQL: the list, one event, its people and materials.

Kept apart from ``services.networking`` (validators and writes, which load
the ORM) so that the networking page reads without SQLAlchemy. Events are
shared by the whole team (``partnership_id`` is ``TEAM_SCOPE``), so nothing
here filters by the partnership a row belongs to; "events of a partnership"
means the events it took part in (``event_partnership``). A partnership that
took part is shown by the name stored with the link, because a colleague's
laptop may not hold that partnership.

Also here: ``participant_mentions``, the GDPR tools' view of event
participants (a participant is personal data shared team-wide).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from cwd_desktop.domain.text import fold
from cwd_desktop.domain.vocab import VOCAB_CONTEXT, label
from cwd_desktop.domain.vocab_followup import EventKind, NetworkTheme
from cwd_desktop.i18n import Translate, identity
from cwd_desktop.services.blobs import opened_copy
from cwd_desktop.services.gdpr_match import Mention, Person, name_key
from cwd_desktop.store import Store

Row = dict[str, Any]
RowSource = Callable[[str, int, int], list[Row]]
#: Fields of ``network_event`` a form shows.
EVENT_FIELDS = (
    "id",
    "kind",
    "title",
    "starts_on",
    "ends_on",
    "place",
    "theme",
    "organiser",
    "description",
    "host_partnership_id",
    "host_name",
    "host_teryt",
    "practices_seen",
    "lessons",
)
_DATES = frozenset({"starts_on", "ends_on", "formed_on"})


def _date(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def format_date(value: date | None) -> str:
    """A date as Polish documents write it (dd.mm.rrrr); "" for none."""
    return value.strftime("%d.%m.%Y") if value else ""


def format_period(starts: date | None, ends: date | None) -> str:
    """``12.03.2025`` or ``12–13.03.2025`` or ``30.06–01.07.2025``: an event's dates."""
    if starts is None:
        return ""
    if ends is None or ends == starts:
        return format_date(starts)
    if (starts.year, starts.month) == (ends.year, ends.month):
        return f"{starts.day:02d}–{format_date(ends)}"
    if starts.year == ends.year:
        return f"{starts.strftime('%d.%m')}–{format_date(ends)}"
    return f"{format_date(starts)}–{format_date(ends)}"


def kind_labels(translate: Translate = identity) -> dict[str, str]:
    """Event kind code -> label in the UI language."""
    return {k.value: translate(VOCAB_CONTEXT, label(k)) for k in EventKind}


def theme_labels(translate: Translate = identity) -> dict[str, str]:
    """Theme code -> label in the UI language."""
    return {t.value: translate(VOCAB_CONTEXT, label(t)) for t in NetworkTheme}


def _typed(names: list[str], raw: tuple[Any, ...]) -> Row:
    row = dict(zip(names, raw, strict=True))
    for key in _DATES & set(row):
        row[key] = _date(row[key])
    return row


# -- the list of events ---------------------------------------------------------------


@dataclass(frozen=True)
class EventFilter:
    """What the list shows: every filter is optional (None = any)."""

    kind: str | None = None
    theme: str | None = None
    year: int | None = None
    #: Only events this partnership took part in.
    partnership_id: str | None = None
    #: Words typed into the search field (title, place, organiser, host), diacritics ignored.
    text: str = ""


_LIST_SQL = """
SELECT e.id, e.kind, e.title, e.starts_on, e.ends_on, e.place, e.theme, e.organiser,
       e.host_name, e.description,
       (SELECT count(*) FROM event_partnership p
         WHERE p.event_id = e.id AND p.deleted_at IS NULL) AS partnerships,
       (SELECT count(*) FROM event_participant q
         WHERE q.event_id = e.id AND q.deleted_at IS NULL) AS participants
FROM network_event e
WHERE e.deleted_at IS NULL
"""
_LIST_NAMES = [
    "id",
    "kind",
    "title",
    "starts_on",
    "ends_on",
    "place",
    "theme",
    "organiser",
    "host_name",
    "description",
    "partnerships",
    "participants",
]


def events(store: Store, wanted: EventFilter | None = None) -> list[Row]:
    """Live events matching ``wanted``, newest first, with their numbers of partnerships/people."""
    wanted = wanted or EventFilter()
    sql, params = _LIST_SQL, []
    if wanted.kind:
        sql += " AND e.kind = ?"
        params.append(wanted.kind)
    if wanted.theme:
        sql += " AND e.theme = ?"
        params.append(wanted.theme)
    if wanted.year:
        sql += " AND substr(e.starts_on, 1, 4) = ?"
        params.append(f"{wanted.year:04d}")
    if wanted.partnership_id:
        sql += (
            " AND EXISTS (SELECT 1 FROM event_partnership m WHERE m.event_id = e.id"
            " AND m.member_partnership_id = ? AND m.deleted_at IS NULL)"
        )
        params.append(wanted.partnership_id)
    sql += " ORDER BY e.starts_on DESC, e.title"
    rows = [_typed(_LIST_NAMES, r) for r in store.reader().execute(sql, params)]
    words = fold(wanted.text).split()
    if words:
        rows = [r for r in rows if _matches(r, words)]
    return rows


def _matches(row: Row, words: list[str]) -> bool:
    haystack = fold(
        " ".join(
            str(row[k] or "") for k in ("title", "place", "organiser", "host_name", "description")
        )
    )
    return all(w in haystack for w in words)


def event_source(store: Store, wanted: EventFilter) -> RowSource:
    """A ``RowSource`` of the events list (the filter text is the search field's)."""

    def source(text: str, offset: int, limit: int) -> list[Row]:
        found = events(store, replace(wanted, text=text))
        return found[offset : offset + limit]

    return source


def event_years(store: Store) -> list[int]:
    """The years events took place in, newest first (for the year filter)."""
    rows = store.reader().execute(
        "SELECT DISTINCT substr(starts_on, 1, 4) FROM network_event"
        " WHERE deleted_at IS NULL AND starts_on IS NOT NULL ORDER BY 1 DESC"
    )
    return [int(y) for (y,) in rows if y and str(y).isdigit()]


def get_event(store: Store, event_id: str) -> Row | None:
    """One live event's fields (dates as ``date``), or None."""
    cursor = store.reader().execute(
        f"SELECT {', '.join(EVENT_FIELDS)} FROM network_event WHERE id = ? AND deleted_at IS NULL",
        (event_id,),
    )
    raw = cursor.fetchone()
    return _typed(list(EVENT_FIELDS), raw) if raw else None


def list_row(store: Store, event_id: str) -> Row | None:
    """The events list's row of one event (after an edit), or None."""
    cursor = store.reader().execute(_LIST_SQL + " AND e.id = ?", (event_id,))
    raw = cursor.fetchone()
    return _typed(_LIST_NAMES, raw) if raw else None


# -- partnerships, people, materials ---------------------------------------------------


@dataclass(frozen=True)
class Member:
    """A partnership that took part in an event (``local``: this laptop holds it)."""

    id: str
    partnership_id: str
    name: str
    short_name: str
    local: bool

    @property
    def display(self) -> str:
        """``PGZB — Partnerstwo Gmin Ziemi Braniewskiej``, or the stored name alone."""
        if self.short_name and self.short_name != self.name:
            return f"{self.short_name} — {self.name}"
        return self.name


def members(store: Store, event_id: str) -> list[Member]:
    """The partnerships that took part in an event, by name."""
    rows = (
        store.reader()
        .execute(
            "SELECT m.id, m.member_partnership_id, m.member_name, p.name, p.short_name"
            " FROM event_partnership m LEFT JOIN partnership p"
            " ON p.id = m.member_partnership_id AND p.deleted_at IS NULL"
            " WHERE m.event_id = ? AND m.deleted_at IS NULL",
            (event_id,),
        )
        .fetchall()
    )
    found = [
        Member(
            str(link_id),
            str(pid),
            str(name or stored or ""),
            str(short or ""),
            name is not None,
        )
        for link_id, pid, stored, name, short in rows
    ]
    return sorted(found, key=lambda m: fold(m.short_name or m.name))


def member_of(store: Store, link_id: str) -> str | None:
    """The event of an ``event_partnership`` row (for opening a search result)."""
    row = (
        store.reader()
        .execute("SELECT event_id FROM event_partnership WHERE id = ?", (link_id,))
        .fetchone()
    )
    return str(row[0]) if row else None


def participant_event(store: Store, participant_id: str) -> str | None:
    """The event of an ``event_participant`` row."""
    row = (
        store.reader()
        .execute("SELECT event_id FROM event_participant WHERE id = ?", (participant_id,))
        .fetchone()
    )
    return str(row[0]) if row else None


_PARTICIPANT_NAMES = ["id", "name", "institution", "role", "email", "member_partnership_id"]


def participants(store: Store, event_id: str, text: str = "") -> list[Row]:
    """The people who took part in an event, by name (diacritics ignored in ``text``)."""
    rows = [
        dict(zip(_PARTICIPANT_NAMES, raw, strict=True))
        for raw in store.reader().execute(
            f"SELECT {', '.join(_PARTICIPANT_NAMES)} FROM event_participant"
            " WHERE event_id = ? AND deleted_at IS NULL",
            (event_id,),
        )
    ]
    words = fold(text).split()
    if words:
        rows = [
            r
            for r in rows
            if all(w in fold(f"{r['name']} {r['institution']} {r['role']}") for w in words)
        ]
    # Created rows keep their place at the end while typing; a reload sorts by name.
    return sorted(rows, key=lambda r: (not r["name"], fold(r["name"] or ""), r["id"]))


def participant_source(store: Store, event_id: str) -> RowSource:
    """A ``RowSource`` of one event's participants."""

    def source(text: str, offset: int, limit: int) -> list[Row]:
        return participants(store, event_id, text)[offset : offset + limit]

    return source


@dataclass(frozen=True)
class Material:
    """A knowledge-base document attached to an event (slides, minutes, a report)."""

    id: str
    title: str
    filename: str
    size: int
    kind: str
    sha256: str


def materials(store: Store, event_id: str) -> list[Material]:
    """The event's materials: knowledge-base documents with its ``event_id``."""
    rows = store.reader().execute(
        "SELECT id, title, filename, size, kind, sha256 FROM knowledge_document"
        " WHERE event_id = ? AND deleted_at IS NULL ORDER BY title",
        (event_id,),
    )
    return [
        Material(str(i), t or "", f or "", int(s or 0), k or "", h or "")
        for i, t, f, s, k, h in rows
    ]


def material_path(store: Store, material: Material) -> Path:
    """A read-only copy of a material under its own name, to open in its usual program.

    Blobs are named by hash, which no program recognises; a UserError if the
    bytes are not on this computer (not synced yet).
    """
    return opened_copy(store.data_dir, material.sha256, material.filename)


def local_partnerships(store: Store) -> list[tuple[str, str, str]]:
    """(id, short name, name) of the partnerships on this laptop, by short name."""
    rows = (
        store.reader()
        .execute("SELECT id, short_name, name FROM partnership WHERE deleted_at IS NULL")
        .fetchall()
    )
    return sorted(((str(i), str(s), str(n)) for i, s, n in rows), key=lambda r: fold(r[1]))


# -- GDPR ----------------------------------------------------------------------------------

_PARTICIPANT_TEXT = ("name", "institution", "role", "email")


def participant_mentions(conn: sqlite3.Connection, person: Person) -> list[Mention]:
    """Event participants (team-wide rows) that are, or mention, one contact person.

    A participant linked to the contact (``contact_person_id``) is that
    person. One with the same name is taken to be them when nothing says
    otherwise: it took part for the person's own partnership (and no colleague
    there shares the name) or for no partnership (and no contact anywhere
    shares it); else the match is ambiguous and left for a person to judge.
    The e-mail address and phone number are found in any of the fields.
    """
    identity = person.identity
    key = identity.key
    namesakes_anywhere = sum(
        1
        for (name,) in conn.execute(
            "SELECT name FROM contact_person WHERE deleted_at IS NULL AND id != ?", (person.id,)
        )
        if key and name_key(name) == key
    )
    cursor = conn.execute(
        "SELECT q.*, e.title AS event_title, e.starts_on AS event_starts_on"
        " FROM event_participant q LEFT JOIN network_event e ON e.id = q.event_id"
    )
    names = [d[0] for d in cursor.description]
    found: list[Mention] = []
    for raw in cursor:
        row = dict(zip(names, raw, strict=True))
        linked = row["contact_person_id"] == person.id
        member = row["member_partnership_id"]
        where = f"{row['event_title'] or ''} ({format_date(_date(row['event_starts_on']))})"
        record = {
            k: v
            for k, v in row.items()
            if k not in ("id", "partnership_id", "version", "updated_by", "event_title")
            and k != "event_starts_on"
        }
        for column in _PARTICIPANT_TEXT:
            value = row[column]
            matches = identity.matches(value)
            whole = column == "name" and identity.is_name(value)
            if linked and column == "name" and value and "name" not in matches:
                matches = ["name", *matches]
            if not matches:
                continue
            if linked:
                ambiguous = False
            elif member == person.partnership_id:
                ambiguous = person.namesakes > 0
            elif not member:
                ambiguous = namesakes_anywhere > 0
            else:
                ambiguous = True
            found.append(
                Mention(
                    table="event_participant",
                    row_id=str(row["id"]),
                    field=column,
                    matches=tuple(matches),
                    value=str(value),
                    where=where,
                    deleted=row["deleted_at"] is not None,
                    whole=whole,
                    ambiguous=whole and ambiguous,
                    record=record,
                )
            )
    return found

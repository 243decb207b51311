"""GDPR (RODO) for contact persons: access, erasure, and withdrawal of consent.

A contact person (``domain.stakeholder.ContactPerson``) is the app's one
record of an identified outside person: name, role, phone, e-mail and the
consent record covering them. What this module treats as **everything
stored about one contact person**:

1. their own row: the personal fields, the consent record (purpose, date
   given, date withdrawn), its version and last change, and the stakeholder
   and partnership it belongs to; open sync conflicts and unsent changes of
   that row;
2. records of the same partnership that name them as a whole field
   (``gdpr_match.NAME_FIELDS``: attendance lines, working group members,
   comment authors, action item owners, work plan task owners, the
   partnership coordinator), compared with case, Polish diacritics and
   spacing ignored. A namesake among the partnership's live contacts makes
   such a match ambiguous unless the row is linked to this person's
   stakeholder;
3. any other text field of the partnership's records (deleted ones too)
   that contains their name as whole words, their e-mail address or their
   phone number (the same digits, any spacing).

Not covered (said so in the report to the lead): copies outside the store
(backups, exported files, Word versions kept as blobs), other partnerships
(a person is a contact of one stakeholder of one partnership), anonymous
survey answers, and the name in an inflected form ("Anny Kowalskiej").

**Erasure** (``erase_person``), in one transaction: the contact row is
tombstoned (``store.outbox`` blanks its personal fields, its unsent outbox
entries and its conflicts at once; sync never refills them), attendance
lines and working group members that are the person are tombstoned too
(their name and role are personal fields, so the same sync rule protects
them), the other whole-field names are emptied, and the e-mail address and
phone number are replaced by ``[dane usunięte]`` in every live text field.
The name inside prose (minutes, notes) is not rewritten: a sentence about a
meeting is the partnership's record and its grammar is not ours to guess;
those places are returned as ``review`` for a person to edit. Afterwards the
search index is merged (``optimize``: deleted entries leave its pages) and
the WAL is checkpointed, so with ``secure_delete`` the erased bytes are gone
from the files on disk.

**Withdrawn consent** keeps the data (the consent record itself is proof)
but hides the person from every export that lists people; exports ask
``withheld_people`` which names to leave out.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cwd_desktop.services.gdpr_match import (
    BLANK,
    NAME_FIELDS,
    TOMBSTONE,
    Identity,
    Mention,
    Person,
    find_mentions,
    name_key,
)
from cwd_desktop.store import Store

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services

FORMAT = "cwd-desktop/rodo-osoba/1"
#: What erasure does with a mention (``Mention`` → ``action``).
REDACT, REVIEW, KEEP = "redact", "review", "keep"
_NAME_ACTIONS = {(t, f): a for t, f, a in NAME_FIELDS}
#: A networking event's participant row only records the person: it is tombstoned.
_NAME_ACTIONS[("event_participant", "name")] = TOMBSTONE


def _mentions(conn: Any, person: Person) -> list[Mention]:
    """The partnership's mentions, and the team-wide event participants that are the person."""
    from cwd_desktop.services.networking_reads import participant_mentions

    return find_mentions(conn, person) + participant_mentions(conn, person)


#: The scope of an export, written into the file itself (Polish; "PersonData").
SCOPE_NOTE = QT_TRANSLATE_NOOP(
    "PersonData",
    "Zestawienie obejmuje dane osoby kontaktowej zapisane w programie CWD Desktop na tym "
    "komputerze: jej rekord (dane osobowe i zgoda), interesariusza i partnerstwo, do których "
    "należy, wpisy partnerstwa, w których całe pole to jej imię i nazwisko (listy obecności, "
    "członkowie grup roboczych, autorzy uwag, osoby odpowiedzialne, koordynator, uczestnicy "
    "wydarzeń sieciujących), oraz pola "
    "tekstowe zawierające jej imię i nazwisko, adres e-mail lub numer telefonu. Nie obejmuje "
    "kopii zapasowych ani wcześniej wyeksportowanych plików.",
)


# -- reading the person ------------------------------------------------------------------


def load_person(store: Store, contact_id: str) -> Person:
    """The live contact person ``contact_id``; a UserError if there is none."""
    conn = store.reader()
    cursor = conn.execute(
        "SELECT * FROM contact_person WHERE id = ? AND deleted_at IS NULL", (contact_id,)
    )
    row = cursor.fetchone()
    if row is None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Osoba kontaktowa {row_id} już nie istnieje."),
            field="contact_id",
            row_id=contact_id,
        )
    values = dict(zip([d[0] for d in cursor.description], row, strict=True))
    person_id = str(values["id"])
    key = name_key(values["name"])
    others = conn.execute(
        "SELECT name FROM contact_person WHERE partnership_id = ? AND deleted_at IS NULL"
        " AND id != ?",
        (values["partnership_id"], person_id),
    )
    return Person(
        id=person_id,
        partnership_id=str(values["partnership_id"]),
        stakeholder_id=str(values["stakeholder_id"]),
        values=values,
        identity=Identity(str(values["name"]), str(values["email"]), str(values["phone"])),
        namesakes=sum(1 for (name,) in others if name_key(name) == key),
    )


def action(mention: Mention) -> str:
    """What erasure does with ``mention``: tombstone, blank, redact, review or keep.

    Deleted records are kept as they are: an edit of a tombstone would travel
    as a conflict to every colleague. Ambiguous names are for a person.
    """
    if mention.deleted:
        return KEEP
    if mention.whole and not mention.ambiguous:
        return _NAME_ACTIONS[(mention.table, mention.field)]
    if {"email", "phone"} & set(mention.matches):
        return REDACT
    return REVIEW if "name" in mention.matches else KEEP


# -- access: the export ------------------------------------------------------------------


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def export_person(services: Services, contact_id: str) -> dict[str, Any]:
    """Everything stored about one contact person (see the module docstring), JSON-ready."""
    from cwd_desktop.services.stakeholder_reads import StakeholderReads

    person = load_person(services.store, contact_id)
    conn = services.store.reader()
    v = person.values
    reads = StakeholderReads(services.store, services.teryt)
    owner = conn.execute(
        "SELECT name, category, teryt, place, deleted_at FROM stakeholder WHERE id = ?",
        (person.stakeholder_id,),
    ).fetchone()
    partnership = conn.execute(
        "SELECT name, short_name FROM partnership WHERE id = ?", (person.partnership_id,)
    ).fetchone()
    labels = reads.category_labels(person.partnership_id)
    conflicts = conn.execute(
        "SELECT field, base_value, current_value, current_by, other_value, other_by, "
        "created_at, resolved_at FROM sync_conflict WHERE table_name = 'contact_person' "
        "AND row_id = ? ORDER BY created_at",
        (person.id,),
    ).fetchall()
    pending = conn.execute(
        "SELECT count(*) FROM outbox WHERE table_name = 'contact_person' AND row_id = ?",
        (person.id,),
    ).fetchone()[0]
    mentions = _mentions(conn, person)
    return {
        "format": FORMAT,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "scope": SCOPE_NOTE,
        "person": {
            "id": person.id,
            "name": v["name"],
            "role": v["role"],
            "phone": v["phone"],
            "email": v["email"],
            "consent": {
                "purpose": v["consent_purpose"],
                "given_on": v["consent_on"],
                "withdrawn_on": v["consent_withdrawn_on"],
            },
            "record_version": v["version"],
            "last_changed_at": _iso(v["updated_at"]),
        },
        "stakeholder": {
            "id": person.stakeholder_id,
            "name": owner[0] if owner else "",
            "category": labels.get(owner[1], owner[1]) if owner else "",
            "teryt": owner[2] if owner else None,
            "jst": reads.jst_name(owner[2]) if owner else "",
            "place": owner[3] if owner else "",
            "deleted": bool(owner and owner[4]),
        },
        "partnership": {
            "id": person.partnership_id,
            "name": partnership[0] if partnership else "",
            "short_name": partnership[1] if partnership else "",
        },
        "mentions": [
            {
                "table": m.table,
                "kind": m.label,
                "row_id": m.row_id,
                "where": m.where,
                "field": m.field,
                "found": list(m.matches),
                "value": m.value,
                "whole_field_is_name": m.whole,
                "ambiguous": m.ambiguous,
                "deleted_record": m.deleted,
                "on_erasure": action(m),
                "record": {k: _iso(x) for k, x in m.record.items()},
            }
            for m in mentions
        ],
        "sync_conflicts": [
            {
                "field": c[0],
                "base": json.loads(c[1]) if c[1] is not None else None,
                "current": json.loads(c[2]) if c[2] is not None else None,
                "current_by": c[3],
                "other": json.loads(c[4]) if c[4] is not None else None,
                "other_by": c[5],
                "created_at": _iso(c[6]),
                "resolved_at": _iso(c[7]),
            }
            for c in conflicts
        ],
        "unsent_changes": int(pending),
    }


def write_person_json(data: dict[str, Any], path: Path) -> Path:
    """The export as UTF-8 JSON, written whole or not at all."""
    from cwd_desktop.exports.files import write_atomically

    text = json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"
    return write_atomically(path, text.encode("utf-8"))


def export_person_file(
    services: Services, contact_id: str, path: Path, translate: Translate = identity
) -> Path:
    """Write the person's export to ``path``: ``.json`` or ``.xlsx`` by its suffix."""
    suffix = path.suffix.lower()
    if suffix not in (".json", ".xlsx"):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Dane osoby można zapisać tylko do pliku .json lub .xlsx (podano {path}).",
            ),
            field="path",
            path=str(path),
        )
    data = export_person(services, contact_id)
    if suffix == ".json":
        return write_person_json(data, path)
    from cwd_desktop.exports.xlsx.gdpr import write_person_xlsx

    return write_person_xlsx(data, path, translate)


# -- erasure -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Erasure:
    """What an erasure did (or, from ``plan_erasure``, would do).

    ``removed`` counts tombstoned rows per table (the contact itself
    included), ``blanked`` emptied name fields and ``redacted`` text fields
    that lost the e-mail or phone, per ``table.field``. ``review`` lists the
    places where the name stays inside prose (or is ambiguous) for a person
    to edit; ``kept_deleted`` counts mentions in deleted records.
    """

    contact_id: str
    name: str
    removed: dict[str, int] = field(default_factory=dict)
    blanked: dict[str, int] = field(default_factory=dict)
    redacted: dict[str, int] = field(default_factory=dict)
    review: list[Mention] = field(default_factory=list)
    kept_deleted: int = 0
    done: bool = False

    def as_json(self) -> dict[str, Any]:
        """The report in JSON form (CLI ``--json``); the erased name is not repeated."""
        return {
            "contact_id": self.contact_id,
            "done": self.done,
            "removed": self.removed,
            "blanked": self.blanked,
            "redacted": self.redacted,
            "review": [
                {"table": m.table, "row_id": m.row_id, "field": m.field, "where": m.where}
                for m in self.review
            ],
            "kept_deleted": self.kept_deleted,
        }


def _summary(person: Person, mentions: list[Mention], done: bool) -> Erasure:
    removed: Counter[str] = Counter({"contact_person": 1})
    blanked: Counter[str] = Counter()
    redacted: Counter[str] = Counter()
    review: list[Mention] = []
    kept = 0
    for m in mentions:
        what = action(m)
        if what == TOMBSTONE:
            removed[m.table] += 1
        elif what == BLANK:
            blanked[f"{m.table}.{m.field}"] += 1
        elif what == REDACT:
            redacted[f"{m.table}.{m.field}"] += 1
            if "name" in m.matches:
                review.append(m)
        elif what == REVIEW:
            review.append(m)
        elif m.deleted:
            kept += 1
    return Erasure(
        person.id,
        str(person.values["name"]),
        dict(removed),
        dict(blanked),
        dict(redacted),
        review,
        kept,
        done,
    )


def plan_erasure(services: Services, contact_id: str) -> Erasure:
    """What ``erase_person`` would do, changing nothing (for the confirmation)."""
    person = load_person(services.store, contact_id)
    return _summary(person, _mentions(services.store.reader(), person), False)


def erase_person(services: Services, contact_id: str) -> Erasure:
    """Erase the person everywhere this module finds them reliably; one transaction.

    Cannot be undone: the erased values are not kept anywhere, not even for
    undo. Syncs as ordinary tombstones and edits.
    """
    from sqlalchemy import select, text

    from cwd_desktop.domain.base import TEAM_SCOPE
    from cwd_desktop.domain.local import SyncConflict
    from cwd_desktop.domain.stakeholder import ContactPerson
    from cwd_desktop.domain.types import utcnow
    from cwd_desktop.services.records import model_for, not_found

    store = services.store
    person = load_person(store, contact_id)
    mentions = _mentions(store.reader(), person)
    who = person.identity
    erased: set[tuple[str, str]] = set()
    with store.unit_of_work() as session:
        now = utcnow()
        contact = session.get(ContactPerson, contact_id)
        if contact is None or contact.deleted_at is not None:
            raise not_found("contact_person", contact_id)
        for m in mentions:
            what = action(m)
            if what in (REVIEW, KEEP):
                continue
            row = session.get(model_for(m.table), m.row_id)
            if row is None or row.deleted_at is not None:
                continue
            value = getattr(row, m.field)
            if what == TOMBSTONE and who.is_name(value):
                row.deleted_at = now
                erased.add((m.table, m.row_id))
            elif what == BLANK and who.is_name(value):
                setattr(row, m.field, "")
                erased.add((m.table, m.row_id))
            elif what == REDACT and isinstance(value, str):
                setattr(row, m.field, who.redact(value))
        contact.deleted_at = now
        session.flush()
        for conflict in session.scalars(
            select(SyncConflict).where(
                SyncConflict.partnership_id.in_((person.partnership_id, TEAM_SCOPE))
            )
        ):
            _scrub_conflict(conflict, who, (conflict.table_name, conflict.row_id) in erased, now)
        # Deleted FTS entries stay in the index's segments until they are merged.
        session.execute(text("INSERT INTO search_index(search_index) VALUES('optimize')"))
    store.reader().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    return _summary(person, mentions, True)


def _scrub_conflict(conflict: Any, who: Identity, erased_row: bool, now: datetime) -> None:
    """Take the person out of a conflict's values; close it if nothing is left to choose."""
    names = {f for _t, f, _a in NAME_FIELDS} if erased_row else set()
    changed = False
    for attr in ("base_value", "current_value", "other_value", "resolution"):
        value = getattr(conflict, attr)
        if isinstance(value, str):
            new = "" if conflict.field in names and who.is_name(value) else who.redact(value)
            if new != value:
                setattr(conflict, attr, new)
                changed = True
    if changed and conflict.resolved_at is None and conflict.current_value == conflict.other_value:
        conflict.resolved_at = now
        conflict.resolution = conflict.current_value
        conflict.resolution_pending = conflict.server_id is not None


# -- consent -----------------------------------------------------------------------------


def withdraw_consent(services: Services, contact_id: str, on: date | None = None) -> dict[str, Any]:
    """Record that the person withdrew consent (today unless ``on``); return the old values.

    The data stays (and can be erased separately); exports leave the person
    out from now on. Withdrawing twice keeps the first date.
    """
    person = load_person(services.store, contact_id)
    values = person.values
    if values["consent_withdrawn_on"]:
        return {}
    if not values["consent_on"]:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Osoba „{name}” nie ma zapisanej zgody, więc nie można jej wycofać; jeśli nie "
                "chce, by jej dane były przetwarzane, usuń je (RODO).",
            ),
            field="consent_withdrawn_on",
            name=values["name"],
        )
    return services.records.update(
        "contact_person", contact_id, {"consent_withdrawn_on": on or date.today()}
    )


def restore_consent(services: Services, contact_id: str, on: date | None = None) -> dict[str, Any]:
    """Record consent given again (today unless ``on``); return the old values (for undo)."""
    load_person(services.store, contact_id)
    return services.records.update(
        "contact_person",
        contact_id,
        {"consent_on": on or date.today(), "consent_withdrawn_on": None},
    )


@dataclass(frozen=True)
class Withheld:
    """Names exports must leave out: contacts of a partnership who withdrew consent.

    Compared like the GDPR matching (case, diacritics, spacing ignored); a
    namesake of such a person is left out too, which errs on the safe side.
    """

    keys: frozenset[str] = frozenset()

    def hides(self, name: str | None) -> bool:
        """``name`` belongs to a person whose consent is withdrawn."""
        return bool(self.keys) and bool(name) and name_key(name) in self.keys

    def shown(self, name: str | None) -> str:
        """``name`` as an export may print it: "" for a withheld person."""
        return "" if self.hides(name) else (name or "")

    def shown_list(self, text: str | None) -> str:
        """A typed list of people without the withheld ones, separators kept.

        Fields such as a work plan task's "Odpowiedzialni" or the
        partnership's coordinator hold several names separated by commas,
        semicolons or lines, each perhaps followed by its institution in
        brackets ("Anna Kowalczyk (Urząd Miasta Braniewa)"). A withheld
        person's item goes with the separator before it (after it, for the
        first item); what is left of the text is unchanged.
        """
        if not self.keys or not text:
            return text or ""
        parts = _LIST_SEPARATOR.split(text)
        items, separators = parts[0::2], parts[1::2]
        kept = [
            (separators[i - 1] if i else "", item)
            for i, item in enumerate(items)
            if not self.hides(_AFFILIATION.sub("", item))
        ]
        if len(kept) == len(items):
            return text
        if not kept:
            return ""
        shown = kept[0][1].lstrip() + "".join(sep + item for sep, item in kept[1:])
        return shown.strip()


#: What separates people in a typed list, and a trailing "(institution)" after a name.
_LIST_SEPARATOR = re.compile(r"([\n;,])")
_AFFILIATION = re.compile(r"\s*\([^()]*\)\s*$")


def withheld_people(store: Store, partnership_id: str) -> Withheld:
    """The partnership's live contacts whose consent is withdrawn, for exports to skip."""
    rows = store.reader().execute(
        "SELECT name FROM contact_person WHERE partnership_id = ? AND deleted_at IS NULL"
        " AND consent_withdrawn_on IS NOT NULL",
        (partnership_id,),
    )
    return Withheld(frozenset(k for (name,) in rows if (k := name_key(name))))

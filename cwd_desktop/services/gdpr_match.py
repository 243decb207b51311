"""Finding one contact person in the store: the matching rules of the GDPR tools.

A contact person is identified by three things typed about them: the name,
the e-mail address and the phone number. This module says, without
touching the database's write path, where those appear:

- **whole-field names**: a field that holds a person's name and nothing
  else (``NAME_FIELDS``: the attendance line, the working group member, the
  comment's author, the action item's owner, the work plan task's
  responsible person, the partnership's coordinator) and equals the contact's
  name once case, Polish diacritics and spacing are ignored. If another live
  contact of the same partnership has the same name, only rows linked to
  this person's stakeholder (attendance, working group member, comment)
  count; the rest are ambiguous and reported for a person to judge.
- **free text**: any other text field of a record of the partnership that
  contains the name as whole words, the e-mail address (any case) or the
  phone number (the same digits with any spacing, with or without +48).
  Other contact persons' rows are not searched: a namesake or a shared
  office number there is another person's data, not this one's.

Everything here reads with plain ``sqlite3`` (no ORM); rows are returned as
they are stored (dates as ISO text).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from cwd_desktop.domain.text import fold
from cwd_desktop.i18n import QT_TRANSLATE_NOOP

#: What an e-mail address or phone number found in free text is replaced with.
REDACTED = "[dane usunięte]"

#: How erasure treats a row whose name field is the person: rows that only record the
#: person are tombstoned (their name and role are ``__personal__``, so sync never
#: refills them); rows that must stay (a comment needs its answer) lose the field only.
TOMBSTONE, BLANK = "tombstone", "blank"
NAME_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("attendance", "name", TOMBSTONE),
    ("working_group_member", "name", TOMBSTONE),
    ("comment", "author", BLANK),
    ("action_item", "owner", BLANK),
    ("work_task", "responsible", BLANK),
    ("partnership", "coordinator", BLANK),
)
#: Tables whose rows name the stakeholder the person spoke for.
STAKEHOLDER_LINKED = frozenset({"attendance", "working_group_member", "comment"})

#: Polish names of the places a person can be mentioned (context "PersonData").
TABLE_LABELS: dict[str, str] = {
    "contact_person": QT_TRANSLATE_NOOP("PersonData", "osoba kontaktowa"),
    "stakeholder": QT_TRANSLATE_NOOP("PersonData", "interesariusz"),
    "attendance": QT_TRANSLATE_NOOP("PersonData", "lista obecności"),
    "working_group_member": QT_TRANSLATE_NOOP("PersonData", "członek grupy roboczej"),
    "working_group": QT_TRANSLATE_NOOP("PersonData", "grupa robocza"),
    "meeting": QT_TRANSLATE_NOOP("PersonData", "spotkanie"),
    "action_item": QT_TRANSLATE_NOOP("PersonData", "zadanie ze spotkania"),
    "field_mission": QT_TRANSLATE_NOOP("PersonData", "misja"),
    "consultation": QT_TRANSLATE_NOOP("PersonData", "konsultacje"),
    "comment": QT_TRANSLATE_NOOP("PersonData", "uwaga z konsultacji"),
    "attachment": QT_TRANSLATE_NOOP("PersonData", "załącznik"),
    "work_task": QT_TRANSLATE_NOOP("PersonData", "zadanie planu pracy"),
    "partnership": QT_TRANSLATE_NOOP("PersonData", "partnerstwo"),
    "project": QT_TRANSLATE_NOOP("PersonData", "projekt"),
    "project_application": QT_TRANSLATE_NOOP("PersonData", "zarys wniosku"),
    "document_version": QT_TRANSLATE_NOOP("PersonData", "dokument"),
    "survey": QT_TRANSLATE_NOOP("PersonData", "ankieta"),
    "event_participant": QT_TRANSLATE_NOOP("PersonData", "uczestnik wydarzenia sieciującego"),
}

#: Polish names of the fields a person is usually found in; others show their column name.
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("PersonData", "imię i nazwisko / nazwa"),
    "role": QT_TRANSLATE_NOOP("PersonData", "funkcja"),
    "author": QT_TRANSLATE_NOOP("PersonData", "zgłaszający"),
    "owner": QT_TRANSLATE_NOOP("PersonData", "odpowiedzialny"),
    "responsible": QT_TRANSLATE_NOOP("PersonData", "odpowiedzialni"),
    "coordinator": QT_TRANSLATE_NOOP("PersonData", "koordynator"),
    "notes": QT_TRANSLATE_NOOP("PersonData", "uwagi"),
    "minutes": QT_TRANSLATE_NOOP("PersonData", "przebieg spotkania"),
    "agenda": QT_TRANSLATE_NOOP("PersonData", "porządek"),
    "decisions": QT_TRANSLATE_NOOP("PersonData", "ustalenia"),
    "content": QT_TRANSLATE_NOOP("PersonData", "treść"),
    "proposal": QT_TRANSLATE_NOOP("PersonData", "propozycja"),
    "justification": QT_TRANSLATE_NOOP("PersonData", "uzasadnienie"),
    "description": QT_TRANSLATE_NOOP("PersonData", "opis"),
    "title": QT_TRANSLATE_NOOP("PersonData", "tytuł"),
    "council": QT_TRANSLATE_NOOP("PersonData", "rada partnerstwa"),
}

#: Columns never worth scanning: identifiers and sync bookkeeping.
_SKIP_COLUMNS = frozenset(
    {"id", "partnership_id", "updated_by", "updated_at", "deleted_at", "sha256"}
)
#: A record's title for people, per table: SQL giving one text for a row id.
_WHERE_SQL: dict[str, str] = {
    "attendance": "SELECT m.title || ' (' || m.held_on || ')' FROM attendance a"
    " JOIN meeting m ON m.id = a.meeting_id WHERE a.id = ?",
    "working_group_member": "SELECT g.name FROM working_group_member w"
    " JOIN working_group g ON g.id = w.group_id WHERE w.id = ?",
    "comment": "SELECT k.subject || ' (' || k.held_on || '), nr ' || c.number FROM comment c"
    " JOIN consultation k ON k.id = c.consultation_id WHERE c.id = ?",
    "action_item": "SELECT m.title || ' (' || m.held_on || '): ' || a.description"
    " FROM action_item a JOIN meeting m ON m.id = a.meeting_id WHERE a.id = ?",
    "meeting": "SELECT title || ' (' || held_on || ')' FROM meeting WHERE id = ?",
    "consultation": "SELECT subject || ' (' || held_on || ')' FROM consultation WHERE id = ?",
    "work_task": "SELECT title FROM work_task WHERE id = ?",
    "partnership": "SELECT name FROM partnership WHERE id = ?",
    "stakeholder": "SELECT name FROM stakeholder WHERE id = ?",
    "working_group": "SELECT name FROM working_group WHERE id = ?",
    "field_mission": "SELECT title FROM field_mission WHERE id = ?",
    "project": "SELECT title FROM project WHERE id = ?",
    "contact_person": "SELECT name FROM contact_person WHERE id = ?",
}


def name_key(name: str | None) -> str:
    """A name as compared: folded (case, diacritics) with single spaces."""
    return " ".join(fold(name or "").split())


def _phone_pattern(phone: str) -> re.Pattern[str] | None:
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("0048"):
        digits = digits[4:]
    elif digits.startswith("48") and len(digits) == 11:
        digits = digits[2:]
    if len(digits) < 7:
        return None  # too short to tell apart from other numbers in a text
    body = r"[\s\-().]*".join(digits)
    return re.compile(rf"(?<![\d+])(?:(?:\+|00)\s*48[\s\-]*)?\(?{body}(?!\d)")


@dataclass
class Identity:
    """What identifies a contact person in text, and the patterns that find it."""

    name: str
    email: str = ""
    phone: str = ""
    key: str = dataclass_field(init=False)
    _name_re: re.Pattern[str] | None = dataclass_field(init=False, repr=False)
    _email_re: re.Pattern[str] | None = dataclass_field(init=False, repr=False)
    _phone_re: re.Pattern[str] | None = dataclass_field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.key = name_key(self.name)
        words = self.key.split()
        self._name_re = (
            re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)")
            if words
            else None
        )
        email = self.email.strip()
        self._email_re = (
            re.compile(rf"(?<![\w.+\-]){re.escape(email)}(?!\.?[\w\-])", re.IGNORECASE)
            if email
            else None
        )
        self._phone_re = _phone_pattern(self.phone)

    def is_name(self, value: Any) -> bool:
        """The whole value is this person's name."""
        return isinstance(value, str) and bool(self.key) and name_key(value) == self.key

    def matches(self, value: Any) -> list[str]:
        """Which identifiers ``value`` contains: "name", "email", "phone" (in that order)."""
        if not isinstance(value, str) or not value:
            return []
        found = []
        if self._name_re is not None and self._name_re.search(fold(value)):
            found.append("name")
        if self._email_re is not None and self._email_re.search(value):
            found.append("email")
        if self._phone_re is not None and self._phone_re.search(value):
            found.append("phone")
        return found

    def redact(self, value: str) -> str:
        """``value`` with the e-mail address and phone number replaced by ``REDACTED``."""
        for pattern in (self._email_re, self._phone_re):
            if pattern is not None:
                value = pattern.sub(REDACTED, value)
        return value

    def scrub(self, value: Any) -> Any:
        """A stored value as erasure leaves it: the name alone blanked, contacts redacted."""
        if not isinstance(value, str):
            return value
        return "" if self.is_name(value) else self.redact(value)


@dataclass(frozen=True)
class Mention:
    """One field of one record where the person appears.

    ``whole`` means the field is exactly the person's name (``NAME_FIELDS``);
    ``ambiguous`` that another contact of the partnership has the same name
    and the row does not tell which of them it is. ``deleted`` marks a
    tombstoned record (still stored, not shown anywhere).
    """

    table: str
    row_id: str
    field: str
    matches: tuple[str, ...]
    value: str
    where: str
    deleted: bool
    whole: bool = False
    ambiguous: bool = False
    record: dict[str, Any] = dataclass_field(default_factory=dict, compare=False)

    @property
    def label(self) -> str:
        """The kind of record, in Polish (translate in the "PersonData" context)."""
        return TABLE_LABELS.get(self.table, self.table)

    @property
    def field_label(self) -> str:
        """The field's name for people, in Polish (context "PersonData"); else the column."""
        return FIELD_LABELS.get(self.field, self.field)


@dataclass(frozen=True)
class Person:
    """A live contact person as the GDPR tools read it."""

    id: str
    partnership_id: str
    stakeholder_id: str
    values: dict[str, Any]
    identity: Identity
    namesakes: int  # other live contacts of the partnership with the same name


def synced_text_tables(conn: sqlite3.Connection) -> dict[str, list[tuple[str, str]]]:
    """table -> [(column, declared type)] of every synced table (id, partnership, tombstone)."""
    tables: dict[str, list[tuple[str, str]]] = {}
    names = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    for name in names:
        columns = [
            (str(c[1]), str(c[2]).upper()) for c in conn.execute(f'PRAGMA table_info("{name}")')
        ]
        if {"id", "partnership_id", "deleted_at", "version"} <= {c for c, _ in columns}:
            tables[name] = columns
    return tables


def _is_text(declared: str) -> bool:
    return declared.startswith(("VARCHAR", "TEXT", "CHAR"))


def _plain(declared: str, value: Any) -> Any:
    if isinstance(value, bytes):
        return None
    if declared == "BOOLEAN" and value is not None:
        return bool(value)
    return value


def where(conn: sqlite3.Connection, table: str, row_id: str) -> str:
    """A short human title of a record (its meeting, consultation, name…)."""
    sql = _WHERE_SQL.get(table)
    if sql is None:
        return ""
    row = conn.execute(sql, (row_id,)).fetchone()
    return str(row[0]) if row and row[0] is not None else ""


def find_mentions(conn: sqlite3.Connection, person: Person) -> list[Mention]:
    """Every field of the partnership's records (tombstones too) naming the person."""
    identity = person.identity
    whole_fields = {(t, f) for t, f, _ in NAME_FIELDS}
    found: list[Mention] = []

    def hit(*values: Any) -> bool:
        return any(identity.matches(v) for v in values)

    conn.create_function("cwd_gdpr_hit", -1, hit, deterministic=True)
    try:
        for table, columns in synced_text_tables(conn).items():
            if table == "contact_person":
                continue  # the person's own row is read whole; other contacts are other people
            text = [c for c, t in columns if _is_text(t) and c not in _SKIP_COLUMNS]
            text = [c for c in text if not c.endswith("_id")]
            if not text:
                continue
            quoted = ", ".join(f'"{c}"' for c in text)
            rows = conn.execute(
                f'SELECT * FROM "{table}" WHERE partnership_id = ? AND cwd_gdpr_hit({quoted})',
                (person.partnership_id,),
            )
            names = [d[0] for d in rows.description]
            for raw in rows:
                found.extend(
                    _row_mentions(
                        conn,
                        person,
                        table,
                        dict(zip(names, raw, strict=True)),
                        text,
                        columns,
                        whole_fields,
                    )
                )
    finally:
        conn.create_function("cwd_gdpr_hit", -1, None)
    return found


def _row_mentions(
    conn: sqlite3.Connection,
    person: Person,
    table: str,
    row: dict[str, Any],
    text: list[str],
    columns: list[tuple[str, str]],
    whole_fields: set[tuple[str, str]],
) -> Iterator[Mention]:
    identity = person.identity
    declared = dict(columns)
    record = {
        c: _plain(declared[c], v)
        for c, v in row.items()
        if c not in {"id", "partnership_id", "version", "updated_by"} and not isinstance(v, bytes)
    }
    title = where(conn, table, str(row["id"]))
    for column in text:
        value = row[column]
        matches = identity.matches(value)
        if not matches:
            continue
        whole = (table, column) in whole_fields and identity.is_name(value)
        ambiguous = (
            whole
            and person.namesakes > 0
            and not (
                table in STAKEHOLDER_LINKED and row.get("stakeholder_id") == person.stakeholder_id
            )
        )
        yield Mention(
            table=table,
            row_id=str(row["id"]),
            field=column,
            matches=tuple(matches),
            value=str(value),
            where=title,
            deleted=row["deleted_at"] is not None,
            whole=whole,
            ambiguous=ambiguous,
            record=record,
        )

"""Conflicts: list them with both values side by side, and settle them.

A conflict (``SyncConflict``) is a field that two people changed to
different values, or an edit that met a deletion (field ``deleted_at``).
The record keeps one value for now; nothing is dropped. Resolving one is an
ordinary edit of the record (it goes through the outbox like any other
change and syncs), and a conflict that came from the server is marked
resolved there at the next sync.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from cwd_desktop.domain.local import SyncConflict
from cwd_desktop.domain.types import new_id, utcnow
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.store import Store
from cwd_desktop.store.meta import DEVICE_KEY
from cwd_desktop.sync.codec import canonical, from_json, problem, same

DELETED = "deleted_at"


@dataclass(frozen=True)
class ConflictView:
    """One open conflict as the dialog and ``conflicts list --json`` show it.

    ``current`` is the value the record holds now, ``other`` the one that was
    not applied; both in JSON form (ISO dates, numbers, text). For the field
    ``deleted_at`` a timestamp means "deleted" and None "keep the record".
    """

    id: str
    table: str
    kind: str
    row_id: str
    partnership_id: str
    title: str
    field: str
    base: Any
    current: Any
    current_by: str
    current_at: datetime | None
    other: Any
    other_by: str
    other_at: datetime | None
    created_at: datetime

    @property
    def is_deletion(self) -> bool:
        """An edit that met a deletion: the choice is to keep or delete the record."""
        return self.field == DELETED

    def to_json(self) -> dict[str, Any]:
        """What ``conflicts list --json`` prints for this conflict."""
        return {
            "id": self.id,
            "table": self.table,
            "kind": self.kind,
            "row_id": self.row_id,
            "partnership_id": self.partnership_id,
            "title": self.title,
            "field": self.field,
            "base": self.base,
            "current": {"value": self.current, "by": self.current_by, "at": _iso(self.current_at)},
            "other": {"value": self.other, "by": self.other_by, "at": _iso(self.other_at)},
            "created_at": _iso(self.created_at),
        }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def display(value: Any) -> str:
    """A value as a person reads it (no quotes around text, ``—`` for nothing)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "tak" if value else "nie"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def open_conflicts(store: Store, partnership_id: str | None = None) -> list[ConflictView]:
    """Open conflicts, oldest first, optionally of one partnership."""
    from cwd_desktop.services.search import KIND_LABELS, describe

    with store.session() as session:
        query = select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
        if partnership_id:
            query = query.where(SyncConflict.partnership_id == partnership_id)
        rows = list(session.scalars(query.order_by(SyncConflict.created_at, SyncConflict.id)))
    conn = store.reader()
    views = []
    for c in rows:
        hit = describe(conn, c.table_name, c.row_id) if c.table_name in KIND_LABELS else None
        views.append(
            ConflictView(
                id=c.id,
                table=c.table_name,
                kind=KIND_LABELS.get(c.table_name, c.table_name),
                row_id=c.row_id,
                partnership_id=c.partnership_id,
                title=hit.title if hit else c.row_id,
                field=c.field,
                base=c.base_value,
                current=c.current_value,
                current_by=c.current_by,
                current_at=c.current_at,
                other=c.other_value,
                other_by=c.other_by,
                other_at=c.other_at,
                created_at=c.created_at,
            )
        )
    return views


def count_open(store: Store) -> int:
    """How many conflicts wait for a decision (the status bar shows it)."""
    row = (
        store.reader()
        .execute("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL")
        .fetchone()
    )
    return int(row[0])


def _not_found(conflict_id: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("errors", "Nie ma otwartego konfliktu {id}."),
        field="conflict",
        id=conflict_id,
    )


def parse_value(store: Store, conflict_id: str, text: str) -> Any:
    """A value typed by the user for a conflict's field, in JSON form, or a UserError."""
    from cwd_desktop.services.records import model_for, parse_date

    with store.session() as session:
        c = session.get(SyncConflict, conflict_id)
        if c is None:
            raise _not_found(conflict_id)
        table = model_for(c.table_name).__table__  # type: ignore[attr-defined]
        field = c.field
    column = table.columns[field]
    python_type: type | None
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        python_type = None
    text = text.strip()
    if text == "" and column.nullable:
        return None
    try:
        if python_type is bool:
            return text.lower() in ("1", "tak", "true", "yes", "t")
        number: int | float | None = None
        if python_type is int:
            number = int(text)
        elif python_type is float:
            number = float(text.replace(",", "."))
        # A number the store or the server cannot hold (too big, infinite) is no number.
        if number is not None and problem(table, field, number) is None:
            return number
        if number is not None:
            raise ValueError(text)
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "„{value}” nie jest liczbą (pole {name})."),
            field=field,
            name=field,
            value=text,
        ) from None
    if field != DELETED and python_type is not None and python_type.__name__ == "date":
        return canonical(parse_date(text, field))
    return text


def resolve(store: Store, conflict_id: str, value: Any) -> None:
    """Settle a conflict with ``value`` (JSON form): the record gets it, as a normal edit.

    Every open conflict on the same field of the same record is settled with
    it. For ``deleted_at``, None keeps (restores) the record and a timestamp
    deletes it. Erased personal data of a deleted record cannot be put back.
    """
    from cwd_desktop.services.records import model_for

    with store.unit_of_work() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise _not_found(conflict_id)
        model = model_for(conflict.table_name)
        table = model.__table__  # type: ignore[attr-defined]
        obj = session.get(model, conflict.row_id)
        if obj is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Rekordu {row} nie ma na tym komputerze; zsynchronizuj dane "
                    "i spróbuj ponownie.",
                ),
                row=conflict.row_id,
            )
        field = conflict.field
        if field == DELETED:
            if value is None:
                obj.deleted_at = None
            elif obj.deleted_at is None:
                obj.deleted_at = utcnow()
        else:
            if obj.deleted_at is not None and field in model.__personal__:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Dane osobowe usuniętego rekordu zostały wymazane i nie mogą wrócić "
                        "(pole {name}).",
                    ),
                    field=field,
                    name=field,
                )
            wanted = from_json(table, field, value)
            if not same(canonical(getattr(obj, field)), canonical(wanted)):
                setattr(obj, field, wanted)
            elif conflict.server_id is None and not same(conflict.other_value, value):
                # A clash met in a bundle: the machine holding the other value must learn
                # the decision. (A server conflict is settled on the server instead, where
                # a colleague's different decision becomes a new conflict, not an overwrite.)
                _send_decision(session, obj, field, conflict.other_value, value)
        now = utcnow()
        siblings = session.scalars(
            select(SyncConflict).where(
                SyncConflict.table_name == conflict.table_name,
                SyncConflict.row_id == conflict.row_id,
                SyncConflict.field == field,
                SyncConflict.resolved_at.is_(None),
            )
        )
        for c in siblings:
            c.resolved_at = now
            c.resolution = value
            c.resolution_pending = c.server_id is not None


def _send_decision(session: Any, obj: Any, field: str, other: Any, chosen: Any) -> None:
    """Queue "``other`` becomes ``chosen``" although this record already holds ``chosen``.

    Keeping the value the record has is no edit here, but the device (or
    bundle) that holds the other value must learn the decision: this change
    finds the other value there and replaces it, and the server, already
    holding the chosen one, takes it as done. Written directly because the
    outbox listener only sees real changes of the row.
    """
    from cwd_desktop.domain.local import OutboxEntry

    device = str(session.info.get(DEVICE_KEY) or obj.updated_by or "")
    session.add(
        OutboxEntry(
            mutation_id=new_id(),
            table_name=type(obj).__table__.name,
            row_id=obj.id,
            partnership_id=obj.partnership_id,
            op="update",
            changes={field: {"old": other, "new": chosen}},
            base_version=obj.version - 1,  # as for a local edit: the version it changed
            created_at=utcnow(),
            device_id=device,
        )
    )


def record_local(
    session: Any,
    *,
    table: str,
    row_id: str,
    partnership_id: str,
    field: str,
    base: Any,
    current: Any,
    current_by: str,
    current_at: datetime | None,
    other: Any,
    other_by: str,
    other_at: datetime | None,
    server_id: str | None = None,
) -> None:
    """Add a conflict found on this device (bundle import) or pulled from the server."""
    session.add(
        SyncConflict(
            id=new_id(),
            server_id=server_id,
            table_name=table,
            row_id=row_id,
            partnership_id=partnership_id,
            field=field,
            base_value=base,
            current_value=current,
            current_by=current_by,
            current_at=current_at,
            other_value=other,
            other_by=other_by,
            other_at=other_at,
            created_at=utcnow(),
            resolution_pending=False,
        )
    )

"""The one place where local changes become outbox rows.

A ``before_flush`` listener on every store session looks at the synced
objects being inserted or changed, stamps their sync columns, and adds one
``OutboxEntry`` per row in the same flush, hence the same transaction.
Services never write to the outbox themselves; hard deletes of synced rows
are refused, because a deletion must travel as a tombstone.
"""

from __future__ import annotations

import base64
import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, event, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import flag_modified

from cwd_desktop.domain.base import SYNC_META_COLUMNS, Synced
from cwd_desktop.domain.local import OutboxEntry
from cwd_desktop.domain.types import utcnow
from cwd_desktop.errors import BugError
from cwd_desktop.store.meta import DEVICE_KEY


def to_json_value(value: Any) -> Any:
    """A column value as it is written to the outbox (and sent to the server)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):  # compressed survey answers: base64 keeps the entry JSON
        return base64.b64encode(value).decode("ascii")
    return value


def _data_columns(obj: Synced) -> list[str]:
    mapper = inspect(type(obj))
    return [attr.key for attr in mapper.column_attrs if attr.key not in SYNC_META_COLUMNS]


def _apply_defaults(obj: Synced) -> None:
    """Fill Python-side column defaults now, so the outbox sees the stored values."""
    mapper = inspect(type(obj))
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        if getattr(obj, attr.key) is None and column.default is not None:
            default = column.default
            if default.is_scalar:
                setattr(obj, attr.key, default.arg)
            elif default.is_callable:
                setattr(obj, attr.key, default.arg(None))


def _entry(obj: Synced, op: str, changes: dict[str, dict[str, Any]], device: str) -> OutboxEntry:
    return OutboxEntry(
        mutation_id=str(uuid.uuid4()),
        table_name=type(obj).__table__.name,  # type: ignore[attr-defined]
        row_id=obj.id,
        partnership_id=obj.partnership_id,
        op=op,
        changes=changes,
        base_version=obj.version - 1,
        created_at=obj.updated_at,
        device_id=device,
    )


def _record_insert(obj: Synced, device: str) -> OutboxEntry:
    _apply_defaults(obj)
    if not obj.partnership_id:
        raise BugError(f"{type(obj).__name__} {obj.id} has no partnership_id")
    obj.version = 1
    obj.updated_at = utcnow()
    obj.updated_by = device
    changes = {
        key: {"old": None, "new": to_json_value(getattr(obj, key))} for key in _data_columns(obj)
    }
    return _entry(obj, "insert", changes, device)


def _erase_personal(session: Session, obj: Synced) -> None:
    """GDPR: a tombstoned row loses its personal data now, here and in unsent outbox rows.

    The fields are blanked on the row, and the personal values in this
    row's pending outbox entries are replaced by blanks, so the erased data
    survives nowhere in the store (the delete itself still syncs).
    """
    personal = type(obj).__personal__
    for name in personal:
        setattr(obj, name, "")
    for entry in session.scalars(select(OutboxEntry).where(OutboxEntry.row_id == obj.id)):
        scrubbed: dict[str, dict[str, object]] = {
            field: ({"old": "", "new": ""} if field in personal else change)
            for field, change in entry.changes.items()
        }
        if scrubbed != entry.changes:
            entry.changes = scrubbed
            flag_modified(entry, "changes")
    # Conflicts on those fields held both clashing values: blank and close them too.
    session.execute(
        text(
            "UPDATE sync_conflict SET base_value = '\"\"', current_value = '\"\"', "
            "other_value = '\"\"', resolution = CASE WHEN resolution IS NULL THEN NULL "
            "ELSE '\"\"' END, resolved_at = COALESCE(resolved_at, :now), "
            "resolution_pending = 0 WHERE table_name = :table AND row_id = :row "
            "AND field IN :fields"
        ).bindparams(bindparam("fields", expanding=True)),
        {
            "now": utcnow().replace(tzinfo=None).isoformat(sep=" "),
            "table": type(obj).__table__.name,  # type: ignore[attr-defined]
            "row": obj.id,
            "fields": list(personal),
        },
    )


def _being_tombstoned(obj: Synced) -> bool:
    history = inspect(obj).attrs["deleted_at"].history
    was = history.deleted[0] if history.deleted else None
    return bool(history.added) and history.added[0] is not None and was is None


def _record_update(obj: Synced, device: str) -> OutboxEntry | None:
    state = inspect(obj)
    changes: dict[str, dict[str, Any]] = {}
    for key in _data_columns(obj):
        history = state.attrs[key].history
        if not history.added:
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0]
        if old != new:
            changes[key] = {"old": to_json_value(old), "new": to_json_value(new)}
    if not changes:
        return None
    if "id" in changes or "partnership_id" in changes:
        raise BugError(f"{type(obj).__name__} {obj.id}: id and partnership_id are immutable")
    op = "update"
    if "deleted_at" in changes and changes["deleted_at"]["old"] is None:
        op = "delete"
        personal = type(obj).__personal__
        for name in personal:
            changes[name] = {"old": "", "new": ""}
        # What the deleting user saw: the server then knows whether someone
        # edited the row meanwhile, and records that edit as a conflict.
        for key in _data_columns(obj):
            value = getattr(obj, key)
            skip = key in changes or key in personal or key in ("id", "partnership_id")
            if not skip and not isinstance(value, bytes):  # bulky survey answers never change
                changes[key] = {"old": to_json_value(value), "new": to_json_value(value)}
    obj.version = (obj.version or 0) + 1
    obj.updated_at = utcnow()
    obj.updated_by = device
    return _entry(obj, op, changes, device)


def _before_flush(session: Session, _flush_context: object, _instances: object) -> None:
    device = session.info.get(DEVICE_KEY)
    if not device:
        raise BugError("store session has no device id")
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise BugError(f"hard delete of synced {type(obj).__name__}; use a tombstone")
    entries: list[OutboxEntry] = []
    for obj in list(session.new):
        if isinstance(obj, Synced):
            entries.append(_record_insert(obj, device))
    for obj in list(session.dirty):
        if isinstance(obj, Synced) and type(obj).__personal__ and _being_tombstoned(obj):
            with session.no_autoflush:
                _erase_personal(session, obj)
    for obj in list(session.dirty):
        if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
            entry = _record_update(obj, device)
            if entry is not None:
                entries.append(entry)
    session.add_all(entries)


def install_outbox_listener(factory: sessionmaker[Session]) -> None:
    """Attach the listener to every session this factory makes."""
    event.listen(factory, "before_flush", _before_flush)

"""Field-level changes to synced records: the write path every area shares.

Forms in this app save each field as it changes, so most writes are "set
this field of that row". ``Records`` does that (and create, tombstone,
restore) in one unit of work each, after the area's validator has checked
and cleaned the values. The outbox and search listeners see every change.

Areas register a validator per table with ``register_validator``; it gets
the session, the partnership id, the row's current values (empty for a new
row) and the proposed changes, and returns the cleaned changes or raises a
``UserError`` naming the field.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from cwd_desktop.domain.base import SYNC_META_COLUMNS, Synced
from cwd_desktop.domain.types import new_id, utcnow
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.store import Store

#: Columns no form may set: identity and sync bookkeeping.
PROTECTED = frozenset({"id", "partnership_id", "deleted_at", *SYNC_META_COLUMNS})


@dataclass(frozen=True)
class Check:
    """What a validator is given."""

    session: Session
    partnership_id: str
    current: Mapping[str, Any]
    is_new: bool


Validator = Callable[[Check, dict[str, Any]], dict[str, Any]]
_VALIDATORS: dict[str, Validator] = {}
#: Area service modules that register validators; imported before the first write.
VALIDATOR_MODULES = (
    "cwd_desktop.services.stakeholders",
    "cwd_desktop.services.fieldwork",
    "cwd_desktop.services.consultations",
    "cwd_desktop.services.projects",
    "cwd_desktop.services.strategy",
    "cwd_desktop.services.workplan",
    "cwd_desktop.services.diagnosis",
    "cwd_desktop.services.knowledge",
    "cwd_desktop.services.networking",
    "cwd_desktop.services.implementation",
)


def load_validators() -> None:
    """Import every area module that registers validators (those that exist)."""
    for name in VALIDATOR_MODULES:
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name)


def register_validator(table: str) -> Callable[[Validator], Validator]:
    """Decorator: the validator for rows of ``table``."""

    def wrap(fn: Validator) -> Validator:
        _VALIDATORS[table] = fn
        return fn

    return wrap


def row_values(obj: Synced) -> dict[str, Any]:
    """All column values of an ORM row."""
    return {attr.key: getattr(obj, attr.key) for attr in inspect(type(obj)).column_attrs}


def not_found(table: str, row_id: str) -> UserError:
    """The record was removed (perhaps by a sync) while the user looked at it."""
    return UserError(
        QT_TRANSLATE_NOOP("errors", "Rekord {row_id} ({table}) już nie istnieje."),
        table=table,
        row_id=row_id,
    )


def parse_date(value: Any, field: str) -> date | None:
    """A date from a date, an ISO string, ``dd.mm.yyyy``, or empty; else a UserError."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        if "." in text:
            day, month, year = (int(p) for p in text.split("."))
            return date(year, month, day)
        return date.fromisoformat(text[:10])
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "„{value}” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR)."),
            field=field,
            value=text,
        ) from None


def model_for(table: str | type[Synced]) -> type[Synced]:
    """The ORM class of a synced table, by name (the UI refers to tables by name)."""
    if not isinstance(table, str):
        return table
    from cwd_desktop.domain import Base, all_models

    all_models()
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if getattr(cls, "__tablename__", None) == table and issubclass(cls, Synced):
            return cls
    raise KeyError(table)


Model = str | type[Synced]


class Records:
    """Create, change, tombstone and restore synced rows, one unit of work each.

    ``model`` arguments take the ORM class or its table name.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        load_validators()

    def _clean(
        self,
        session: Session,
        model: type[Synced],
        partnership_id: str,
        current: Mapping[str, Any],
        changes: Mapping[str, Any],
        is_new: bool,
    ) -> dict[str, Any]:
        table = model.__table__.name  # type: ignore[attr-defined]
        columns = {attr.key for attr in inspect(model).column_attrs}
        unknown = set(changes) - columns
        if unknown or set(changes) & PROTECTED:
            raise ValueError(
                f"{table}: fields not settable: {sorted(set(changes) & (PROTECTED | unknown))}"
            )
        validator = _VALIDATORS.get(table)
        values = dict(changes)
        if validator is not None:
            values = validator(Check(session, partnership_id, current, is_new), values)
        return values

    def create(self, model: Model, partnership_id: str, values: Mapping[str, Any]) -> str:
        """Store a new row of ``model`` in ``partnership_id``; return its id."""
        model = model_for(model)
        with self._store.unit_of_work() as session:
            clean = self._clean(session, model, partnership_id, {}, values, True)
            row_id = new_id()
            session.add(model(id=row_id, partnership_id=partnership_id, **clean))  # type: ignore[call-arg]
        return row_id

    def create_many(
        self, model: Model, partnership_id: str, rows: list[Mapping[str, Any]]
    ) -> list[str]:
        """Store several rows atomically: all of them or, on any error, none."""
        model = model_for(model)
        ids: list[str] = []
        with self._store.unit_of_work() as session:
            for values in rows:
                clean = self._clean(session, model, partnership_id, {}, values, True)
                row_id = new_id()
                session.add(model(id=row_id, partnership_id=partnership_id, **clean))  # type: ignore[call-arg]
                ids.append(row_id)
        return ids

    def update(self, model: Model, row_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Change some fields; return their previous values (for undo)."""
        model = model_for(model)
        with self._store.unit_of_work() as session:
            row = self._live(session, model, row_id)
            current = row_values(row)
            clean = self._clean(session, model, row.partnership_id, current, changes, False)
            old = {name: current[name] for name in clean}
            for name, value in clean.items():
                setattr(row, name, value)
        return old

    def set_field(self, model: Model, row_id: str, field: str, value: Any) -> Any:
        """Change one field; return its previous value."""
        return self.update(model, row_id, {field: value})[field]

    def get(self, model: Model, row_id: str) -> dict[str, Any]:
        """The current values of a live row."""
        model = model_for(model)
        with self._store.session() as session:
            return row_values(self._live(session, model, row_id))

    def delete(self, model: Model, row_id: str) -> None:
        """Tombstone a row (it syncs as a deletion; personal fields are erased now)."""
        model = model_for(model)
        with self._store.unit_of_work() as session:
            self._live(session, model, row_id).deleted_at = utcnow()

    def restore(self, model: Model, row_id: str) -> None:
        """Undo a tombstone (personal data erased by it does not come back)."""
        model = model_for(model)
        with self._store.unit_of_work() as session:
            row = session.get(model, row_id)
            if row is None:
                raise not_found(model.__table__.name, row_id)  # type: ignore[attr-defined]
            row.deleted_at = None

    @staticmethod
    def _live(session: Session, model: type[Synced], row_id: str) -> Synced:
        row = session.get(model, row_id)
        if row is None or row.deleted_at is not None:
            raise not_found(model.__table__.name, row_id)  # type: ignore[attr-defined]
        return row

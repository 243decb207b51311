"""One canonical JSON form for column values, shared by the outbox, the server and bundles.

Merging compares a mutation's ``old`` value with what a row holds now, on
the server (psycopg values) or here (SQLite through SQLAlchemy). Both are
turned into the outbox's JSON form first (``store.outbox.to_json_value``:
ISO dates, UTC timestamps, base64 bytes), so equal values compare equal
whichever side they come from; ``from_json`` turns them back into the
Python value a column takes.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, LargeBinary, Table

from cwd_desktop.domain.types import UtcDateTime
from cwd_desktop.store.outbox import to_json_value

#: Columns the sync code sets itself and never merges.
META = ("version", "updated_at", "updated_by")


def canonical(value: Any) -> Any:
    """``value`` in the outbox's JSON form (timestamps in UTC)."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.astimezone(UTC)
    if isinstance(value, memoryview):
        value = bytes(value)
    return to_json_value(value)


def same(a: Any, b: Any) -> bool:
    """Equal as stored values: 3 and 3.0 are, '' and None are not."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b or (a == b and type(a) is type(b))
    return bool(a == b)


@cache
def _kinds(table: Table) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for column in table.columns:
        kind = "plain"
        t = column.type
        if isinstance(t, UtcDateTime | DateTime):
            kind = "datetime"
        elif isinstance(t, Date):
            kind = "date"
        elif isinstance(t, LargeBinary):
            kind = "bytes"
        elif isinstance(t, Boolean):
            kind = "bool"
        elif isinstance(t, Float):
            kind = "float"
        elif isinstance(t, Integer):
            kind = "int"
        kinds[column.name] = kind
    return kinds


def from_json(table: Table, name: str, value: Any) -> Any:
    """The Python value of column ``name`` for its JSON form."""
    if value is None:
        return None
    kind = _kinds(table)[name]
    if kind == "datetime":
        parsed = datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "bytes":
        return base64.b64decode(value)
    if kind == "bool":
        return bool(value)
    if kind == "float":
        return float(value)
    if kind == "int":
        return int(value)
    return value


@cache
def _special(table: Table) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """All column names, and the (name, kind) of those whose JSON form differs."""
    kinds = _kinds(table)
    names = tuple(c.name for c in table.columns)
    special = tuple((n, k) for n, k in kinds.items() if k in ("datetime", "date", "bytes"))
    return names, special


def row_json(table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
    """Every column of a row (a mapping of Python values) in JSON form."""
    names, special = _special(table)
    out = {name: row[name] for name in names}
    for name, _kind in special:
        value = out[name]
        if value is not None:
            out[name] = canonical(value)
    return out


def row_python(table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    """Every column of a JSON-form row as the Python values the column takes."""
    names, special = _special(table)
    out = {name: values.get(name) for name in names}
    for name, _kind in special:
        value = out[name]
        if value is not None:
            out[name] = from_json(table, name, value)
    return out

"""One canonical JSON form for column values, shared by the outbox, the server and bundles.

Merging compares a mutation's ``old`` value with what a row holds now, on
the server (psycopg values) or here (SQLite through SQLAlchemy). Both are
turned into the outbox's JSON form first (``store.outbox.to_json_value``:
ISO dates, UTC timestamps, base64 bytes), so equal values compare equal
whichever side they come from; ``from_json`` turns them back into the
Python value a column takes.

``problem`` says whether a JSON value from elsewhere (a bundle) is one that
both databases can hold in its column: it is checked before anything is
written, because SQLite and PostgreSQL each refuse different values late,
in the middle of a write.
"""

from __future__ import annotations

import base64
import binascii
import math
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, LargeBinary, Table

from cwd_desktop.domain.types import UtcDateTime
from cwd_desktop.store.outbox import to_json_value

#: Columns the sync code sets itself and never merges.
META = ("version", "updated_at", "updated_by")

#: ``Integer`` columns are ``INTEGER`` (32 bits) on the server: a wider value would
#: fit in SQLite but could never be pushed, and would hold the outbox up for good.
INT_MIN, INT_MAX = -(2**31), 2**31 - 1
#: SQLite's own integer range (a whole number in a ``Float`` column is bound as one).
_SQLITE_INT = 2**63
#: A timestamp must stay inside the calendar when shown in any time zone.
_EARLIEST = datetime.min.replace(tzinfo=UTC) + timedelta(days=1)
_LATEST = datetime.max.replace(tzinfo=UTC) - timedelta(days=1)


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


def problem(table: Table, name: str, value: Any) -> str | None:
    """Why the JSON value ``value`` cannot be stored in column ``name``, or None if it can.

    Stored means here (SQLite) and on the server (PostgreSQL), so that a value
    taken from a bundle never stops this device's next push. The answer is the
    column's kind ("int", "float", "bool", "date", "datetime", "bytes",
    "text") or "long" for text longer than the column. None is never a
    problem here: whether a column may be empty is the caller's question.
    """
    if value is None:
        return None
    kind = _kinds(table)[name]
    if kind == "plain":
        kind = "text"
    if kind == "bool":
        return None if isinstance(value, bool) else kind
    if isinstance(value, bool):  # JSON true/false is no number, date or text
        return kind
    if kind == "int":
        return None if isinstance(value, int) and INT_MIN <= value <= INT_MAX else kind
    if kind == "float":
        if isinstance(value, int):
            return None if -_SQLITE_INT <= value < _SQLITE_INT else kind
        return None if isinstance(value, float) and math.isfinite(value) else kind
    if not isinstance(value, str) or not clean_text(value):
        return kind
    if kind == "text":
        length = text_limit(table, name)
        return "long" if length is not None and len(value) > length else None
    try:
        if kind == "date":
            date.fromisoformat(value)
        elif kind == "datetime":
            utc_moment(value)
        elif kind == "bytes":
            base64.b64decode(value, validate=True)
    except (ValueError, OverflowError, binascii.Error):
        return kind
    return None


def text_limit(table: Table, name: str) -> int | None:
    """The most characters column ``name`` holds (``varchar(n)`` on the server), or None."""
    length = getattr(table.columns[name].type, "length", None)
    return length if isinstance(length, int) else None


def utc_moment(text: str) -> datetime:
    """An ISO timestamp (naive text is UTC) in UTC.

    A ValueError if it is none, or if it would leave the calendar once moved
    to UTC or shown in some time zone (``9999-12-31T23:59:59-14:00``).
    """
    parsed = datetime.fromisoformat(text)
    try:
        moment = (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC)
    except OverflowError as exc:
        raise ValueError(f"{text} is outside the calendar in UTC") from exc
    if not _EARLIEST <= moment <= _LATEST:
        raise ValueError(f"{text} is too close to the end of the calendar")
    return moment


def clean_text(value: str) -> bool:
    """Text both databases take: no NUL character (PostgreSQL refuses it), valid UTF-8."""
    if "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a JSON escape
        return False
    return True


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

"""Reading one line of a bundle's ``mutations.jsonl``: a ``Mutation`` both databases can hold.

A bundle is signed, but what it carries is only as sound as the program (or
the text editor) that wrote it. Every line is checked before anything is
written: its ids, its table and columns, and every value against what this
store (SQLite) and the server (PostgreSQL) can hold (``codec.problem``), so
that a bad value is one sentence naming the line, the record and the field,
never a crash half-way through the import or a change that the server would
refuse at every later sync.
"""

from __future__ import annotations

import json
import uuid
from functools import cache
from pathlib import Path
from typing import Any

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.sync.codec import (
    INT_MAX,
    INT_MIN,
    META,
    clean_text,
    problem,
    text_limit,
    utc_moment,
)
from cwd_desktop.sync.mutation import Mutation
from cwd_desktop.sync.server import SyncedTable, synced_catalog

OPS = ("insert", "update", "delete")


@cache
def catalog() -> dict[str, SyncedTable]:
    """The synced tables by name, parents first (computed once)."""
    return synced_catalog()


#: Fields of a ``mutations.jsonl`` line that must be JSON strings.
_TEXT_FIELDS = ("mutation_id", "table", "row_id", "partnership_id", "op", "created_at")
#: Row, partnership and device ids are ``varchar(36)`` on the server.
_ID_LENGTH = 36
#: Fields whose text names a record in a message, most telling first.
_TITLE_FIELDS = ("short_name", "name", "title", "subject", "filename")
_SHOWN_LENGTH = 60
#: A person's name as conflicts keep it (``sync_conflict.current_by``).
_AUTHOR_LENGTH = 200


def _line_error(template: str, path: Path, line: int, **params: Any) -> UserError:
    return UserError(template, field="path", path=str(path), line=line, **params)


def shown(value: Any, plain: bool = True) -> str:
    """A value from the file as it may appear in a one-line message, shortened.

    Printable text (a table name) is shown as it is when ``plain``; anything
    else as JSON, whose escapes keep line breaks and control characters from
    splitting the message, and whose quotes tell the text "7" from the number 7.
    """
    if plain and isinstance(value, str) and value.isprintable():
        text = value
    else:
        try:
            text = json.dumps(value, ensure_ascii=False)
        except (TypeError, ValueError):
            text = repr(value)
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    if len(text) > _SHOWN_LENGTH:
        text = text[: _SHOWN_LENGTH - 1] + "…"
    return text


def _an_id(value: str, empty: bool = False) -> bool:
    """A row, partnership or device id both databases take (printable, at most 36 characters)."""
    if not value:
        return empty
    return len(value) <= _ID_LENGTH and value.isprintable() and not any(c.isspace() for c in value)


def _corrupt(path: Path, line: int) -> UserError:
    return _line_error(
        QT_TRANSLATE_NOOP(
            "errors",
            "Pakiet {path}, plik mutations.jsonl, wiersz {line}: uszkodzony zapis zmiany; "
            "nic nie wczytano.",
        ),
        path,
        line,
    )


def parse_mutation(path: Path, line: int, text: str) -> Mutation:
    """One line of ``mutations.jsonl``, checked against this program's tables and columns.

    Every value must be one both this store and the server can hold (see
    ``codec.problem``): a value SQLite or PostgreSQL would refuse is refused
    here, naming the line, the record and the field, before anything is written.
    """
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise TypeError("not an object")
        if not all(isinstance(data.get(name), str) for name in _TEXT_FIELDS):
            raise TypeError("a field is not text")
        if not isinstance(data.get("device_id", ""), str) or not isinstance(
            data.get("author", ""), str
        ):
            raise TypeError("device or author is not text")
        mutation = Mutation.from_json(data)
        if str(uuid.UUID(mutation.mutation_id)) != mutation.mutation_id:
            raise ValueError("not a canonical mutation id")
        if mutation.op not in OPS:
            raise ValueError("op")
        if mutation.table == "partnership" and mutation.row_id != mutation.partnership_id:
            raise ValueError("a partnership belongs to itself")
        if not (
            _an_id(mutation.row_id)
            and _an_id(mutation.partnership_id)
            and _an_id(mutation.device_id, empty=True)
            and clean_text(mutation.author)
            and len(mutation.author) <= _AUTHOR_LENGTH
        ):
            raise ValueError("an id or the author")
        utc_moment(mutation.created_at)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise _corrupt(path, line) from exc
    spec = catalog().get(mutation.table)
    if spec is None:
        raise _line_error(
            QT_TRANSLATE_NOOP(
                "errors",
                "Pakiet {path}, plik mutations.jsonl, wiersz {line}: nieznana tabela {table}; "
                "nic nie wczytano.",
            ),
            path,
            line,
            table=shown(mutation.table),
        )
    columns = spec.table.columns
    for name, change in mutation.changes.items():
        if name not in columns or name in META:
            raise _line_error(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Pakiet {path}, plik mutations.jsonl, wiersz {line}: nieznana kolumna "
                    "{column} w tabeli {table}; nic nie wczytano.",
                ),
                path,
                line,
                table=mutation.table,
                column=shown(name),
            )
        if "new" not in change or not _own_id(mutation, name, change):
            raise _corrupt(path, line)
        for side in ("old", "new"):
            kind = problem(spec.table, name, change.get(side))
            if kind is not None:
                raise _value_error(path, line, spec, mutation, name, change.get(side), kind)
        if change["new"] is None and not columns[name].nullable:
            raise _missing_value(path, line, mutation, name)
    if mutation.op == "insert":
        for name in _required(spec.name):
            if name not in mutation.changes:
                raise _missing_value(path, line, mutation, name)
    return mutation


def _own_id(mutation: Mutation, name: str, change: dict[str, Any]) -> bool:
    """A change of ``id`` or ``partnership_id`` only restates the mutation's own ids.

    An insert lists them among its fields; anything else would move a row
    into another record or partnership.
    """
    own = {"id": mutation.row_id, "partnership_id": mutation.partnership_id}.get(name)
    if own is None:
        return True
    return change.get("new") == own and change.get("old") in (None, own)


@cache
def _required(table: str) -> tuple[str, ...]:
    """Columns an insert must carry: never empty here, and with no default to fill them."""
    return tuple(
        c.name
        for c in catalog()[table].table.columns
        if not c.nullable
        and c.name not in META
        and c.name not in ("id", "partnership_id")
        and not (c.default is not None and getattr(c.default, "is_scalar", False))
    )


def record_name(mutation: Mutation) -> str:
    """The record a mutation is about, for a message: its title if it carries one, and id."""
    for name in _TITLE_FIELDS:
        change = mutation.changes.get(name)
        title = change.get("new") if isinstance(change, dict) else None
        if isinstance(title, str) and title.strip() and title.isprintable():
            return f"„{shown(title.strip())}” ({mutation.row_id})"
    return mutation.row_id


#: One sentence per reason a value cannot be stored (``codec.problem``'s answer).
_VALUE_TEMPLATES = {
    "int": QT_TRANSLATE_NOOP(
        "errors",
        "Pakiet {path}, plik mutations.jsonl, wiersz {line}: pole {column} rekordu {record} "
        "w tabeli {table} ma wartość {value}, a musi to być liczba całkowita od {low} do "
        "{high}; nic nie wczytano.",
    ),
    "float": QT_TRANSLATE_NOOP(
        "errors",
        "Pakiet {path}, plik mutations.jsonl, wiersz {line}: pole {column} rekordu {record} "
        "w tabeli {table} ma wartość {value}, a musi to być skończona liczba; nic nie wczytano.",
    ),
    "bool": QT_TRANSLATE_NOOP(
        "errors",
        "Pakiet {path}, plik mutations.jsonl, wiersz {line}: pole {column} rekordu {record} "
        "w tabeli {table} ma wartość {value}, a musi to być true albo false; nic nie wczytano.",
    ),
    "date": QT_TRANSLATE_NOOP(
        "errors",
        "Pakiet {path}, plik mutations.jsonl, wiersz {line}: pole {column} rekordu {record} "
        "w tabeli {table} ma wartość {value}, która nie jest datą RRRR-MM-DD; nic nie wczytano.",
    ),
    "datetime": QT_TRANSLATE_NOOP(
        "errors",
        "Pakiet {path}, plik mutations.jsonl, wiersz {line}: pole {column} rekordu {record} "
        "w tabeli {table} ma wartość {value}, która nie jest datą i godziną z zakresu "
        "kalendarza; nic nie wczytano.",
    ),
    "bytes": QT_TRANSLATE_NOOP(
        "errors",
        "Pakiet {path}, plik mutations.jsonl, wiersz {line}: pole {column} rekordu {record} "
        "w tabeli {table} ma wartość {value}, która nie jest zapisem base64; nic nie wczytano.",
    ),
    "text": QT_TRANSLATE_NOOP(
        "errors",
        "Pakiet {path}, plik mutations.jsonl, wiersz {line}: pole {column} rekordu {record} "
        "w tabeli {table} ma wartość {value}, która nie jest tekstem do zapisania (albo "
        "zawiera znak NUL); nic nie wczytano.",
    ),
    "long": QT_TRANSLATE_NOOP(
        "errors",
        "Pakiet {path}, plik mutations.jsonl, wiersz {line}: pole {column} rekordu {record} "
        "w tabeli {table} ma {length} znaków, a może mieć najwyżej {limit}; nic nie wczytano.",
    ),
}


def _value_error(
    path: Path,
    line: int,
    spec: SyncedTable,
    mutation: Mutation,
    name: str,
    value: Any,
    kind: str,
) -> UserError:
    extra: dict[str, Any] = {}
    if kind == "int":
        extra = {"low": INT_MIN, "high": INT_MAX}
    elif kind == "long":
        extra = {"length": len(value), "limit": text_limit(spec.table, name)}
    return _line_error(
        _VALUE_TEMPLATES[kind],
        path,
        line,
        table=mutation.table,
        column=name,
        record=record_name(mutation),
        value=shown(value, plain=False),
        **extra,
    )


def _missing_value(path: Path, line: int, mutation: Mutation, name: str) -> UserError:
    return _line_error(
        QT_TRANSLATE_NOOP(
            "errors",
            "Pakiet {path}, plik mutations.jsonl, wiersz {line}: rekordowi {record} w tabeli "
            "{table} brakuje wymaganej wartości pola {column}; nic nie wczytano.",
        ),
        path,
        line,
        table=mutation.table,
        column=name,
        record=record_name(mutation),
    )

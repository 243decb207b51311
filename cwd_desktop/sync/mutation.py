"""A change set as it travels: from the outbox, over the wire and in bundles."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from cwd_desktop.domain.local import OutboxEntry

#: The outbox columns ``Mutation.from_row`` takes, in order, for plain-SQL reads.
OUTBOX_COLUMNS = (
    "mutation_id, table_name, row_id, partnership_id, op, changes, created_at, device_id"
)


def iso_utc(value: str) -> str:
    """An outbox timestamp (naive UTC text in SQLite) as ISO text with its zone."""
    parsed = datetime.fromisoformat(value)
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).isoformat()


@dataclass(frozen=True)
class Mutation:
    """One outbox entry, independent of the session it came from.

    ``changes`` maps each field to ``{"old": …, "new": …}`` in JSON form
    (``sync.codec``); ``author`` is the person's name or server role, shown
    beside conflicts.
    """

    mutation_id: str
    table: str
    row_id: str
    partnership_id: str
    op: str
    changes: dict[str, dict[str, Any]]
    created_at: str
    device_id: str
    author: str = ""

    @classmethod
    def from_entry(cls, entry: OutboxEntry, author: str = "") -> Mutation:
        """A mutation from an outbox row."""
        return cls(
            mutation_id=entry.mutation_id,
            table=entry.table_name,
            row_id=entry.row_id,
            partnership_id=entry.partnership_id,
            op=entry.op,
            changes=dict(entry.changes),
            created_at=entry.created_at.isoformat(),
            device_id=entry.device_id,
            author=author,
        )

    @classmethod
    def from_row(cls, row: tuple[Any, ...], author: str = "") -> Mutation:
        """A mutation from an outbox row read with ``OUTBOX_COLUMNS`` (JSON still as text)."""
        mid, table, row_id, pid, op, changes, created, device = row
        return cls(
            mutation_id=str(mid),
            table=str(table),
            row_id=str(row_id),
            partnership_id=str(pid),
            op=str(op),
            changes=json.loads(changes),
            created_at=iso_utc(str(created)),
            device_id=str(device),
            author=author,
        )

    def to_json(self) -> dict[str, Any]:
        """A plain dict for JSON (bundles)."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Mutation:
        """The inverse of ``to_json``; a KeyError or TypeError on a malformed entry."""
        return cls(
            mutation_id=str(data["mutation_id"]),
            table=str(data["table"]),
            row_id=str(data["row_id"]),
            partnership_id=str(data["partnership_id"]),
            op=str(data["op"]),
            changes={str(k): dict(v) for k, v in dict(data["changes"]).items()},
            created_at=str(data["created_at"]),
            device_id=str(data["device_id"]),
            author=str(data.get("author", "")),
        )

"""A change set as it travels: from the outbox, over the wire and in bundles."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from cwd_desktop.domain.local import OutboxEntry


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

"""The merge rule, one pure function used by the server push, bundles and tests.

A mutation carries, per field, the value its author saw (``old``) and the
value they want (``new``). Against the row as it is now:

- the field still holds ``old`` (nobody else touched it): take ``new``;
- it already holds ``new``: nothing to do;
- it holds a third value (changed on both sides): keep it and record a
  conflict with both values, for a person to decide. Nothing is dropped.

Values are compared, not version numbers: a device's own earlier edits then
never look like someone else's, whichever batch or bundle carried them.

Deletions are tombstones. A delete mutation also lists every other field
with ``old == new`` (what its author saw); if the row changed since, the
delete still wins (a deleted row never comes back by itself) but a conflict
records the edit it overrode. An edit that reaches a tombstone is applied
to it (so restoring the row keeps it) and is a conflict as well. Personal
fields are blanked by a delete and never refilled on a tombstone (GDPR).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from cwd_desktop.sync.codec import same
from cwd_desktop.sync.mutation import Mutation

DELETED = "deleted_at"


@dataclass(frozen=True)
class FieldConflict:
    """A field with two different new values: the one kept and the one not applied.

    ``kept_is_incoming`` is True when the row keeps the mutation's value
    (a delete that overrode an edit), so the caller credits the right author.
    """

    field: str
    base: Any
    kept: Any
    other: Any
    kept_is_incoming: bool = False
    #: For a delete that overrode an edit: the fields edited since its author looked.
    edited: tuple[str, ...] = ()


@dataclass
class Merged:
    """The row after the mutation (JSON form), whether it changed, and the conflicts."""

    row: dict[str, Any] | None
    changed: bool
    conflicts: list[FieldConflict] = field(default_factory=list)
    missing: bool = False


def merge(
    current: dict[str, Any] | None, mutation: Mutation, personal: Collection[str] = ()
) -> Merged:
    """Apply ``mutation`` to ``current`` (a JSON-form row, or None if absent)."""
    if current is None:
        if mutation.op != "insert":
            # The row's insert travels elsewhere (another bundle); nothing to attach to.
            return Merged(None, False, missing=True)
        row = {name: change["new"] for name, change in mutation.changes.items()}
        row["id"], row["partnership_id"] = mutation.row_id, mutation.partnership_id
        row.setdefault(DELETED, None)
        return Merged(row, True)

    row = dict(current)
    conflicts: list[FieldConflict] = []
    tombstone = current.get(DELETED) is not None
    deleting = mutation.op == "delete"
    edited_since: list[str] = []
    for name, change in mutation.changes.items():
        old, new = change.get("old"), change.get("new")
        now = current.get(name)
        if deleting and name in personal:
            row[name] = ""
            continue
        if same(old, new):
            # A precondition (what the deleting author saw), not a change.
            if name not in personal and not same(now, old):
                edited_since.append(name)
            continue
        if same(now, new):
            continue
        if tombstone and name in personal and name != DELETED:
            continue  # erased personal data is never written back
        if mutation.op == "insert":
            # The row exists already: this is its creation arriving again (an old bundle,
            # a resend) or the same row made on two devices (one id for one gmina). What
            # the row holds now is later than the creation: only empty fields take it.
            if now is None:
                row[name] = new
            continue
        if same(now, old):
            row[name] = new
        else:
            conflicts.append(FieldConflict(name, old, now, new))
    if deleting and not tombstone and edited_since:
        conflicts.append(
            FieldConflict(DELETED, None, row.get(DELETED), None, True, tuple(edited_since))
        )
    if tombstone and DELETED not in mutation.changes and not deleting:
        conflicts.append(FieldConflict(DELETED, None, current.get(DELETED), None))
    changed = any(not same(row.get(k), current.get(k)) for k in row)
    return Merged(row, changed, conflicts)

"""Applying a bundle's mutations to this store, with the same merge rule as the server.

Everything happens in one local transaction. Per table, parents first, each
mutation not seen before is merged (``sync.merge``) against the local row as
it stands after the bundle's earlier mutations; the merged rows are written
with Core (``sync.local.apply_rows``), so they are not queued as this
device's own edits. A field changed on both sides keeps the local value and
becomes a local conflict record with both values and who changed each.

Each applied mutation is then forwarded: copied into this store's outbox
under its original id, so it reaches the server at this device's next sync
even if its author never syncs (the server skips a mutation it has seen),
and remembered in ``applied_mutation``. A mutation whose row (or a row it
refers to) this store does not have is neither applied nor remembered: a
later import, once the row has arrived, applies it.

Every line was checked when the bundle was read (``sync.bundle_parse``):
what reaches this module is values both databases can hold.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy.orm import Session

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.progress import Progress
from cwd_desktop.store import Store
from cwd_desktop.sync.bundle_parse import catalog as _catalog
from cwd_desktop.sync.bundle_parse import parse_mutation, record_name, shown
from cwd_desktop.sync.codec import META, canonical, row_json, same
from cwd_desktop.sync.merge import DELETED, FieldConflict, merge
from cwd_desktop.sync.mutation import Mutation
from cwd_desktop.sync.server import SyncedTable

__all__ = ["Outcome", "apply_bundle", "parse_mutation"]

_PROGRESS_EVERY = 200


def _when(value: Any) -> datetime | None:
    """An ISO timestamp as an aware datetime (naive text is UTC), or None."""
    if value is None or value == "":
        return None
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


# -- applying -------------------------------------------------------------------------


@dataclass
class Outcome:
    """What an import did, for the ``BundleReport``."""

    applied: int = 0
    already_there: int = 0
    new_conflicts: int = 0
    missing_rows: int = 0


class _Import:
    """One bundle being applied inside one unit of work."""

    def __init__(
        self,
        store: Store,
        session: Session,
        path: Path,
        names: dict[str, str],
        progress: Progress,
    ) -> None:
        self.store = store
        self.path = path
        self.session = session
        self.conn: Connection = session.connection()
        self.names = names
        self.progress = progress
        self.outcome = Outcome()
        #: (position in the bundle, mutation, the base version of its forwarded entry).
        self.accepted: list[tuple[int, Mutation, int]] = []
        #: Rows after this import, per table, to scrub forwarded personal data of tombstones.
        self.final: dict[str, dict[str, dict[str, Any] | None]] = {}
        #: (table, row) -> field -> (device, ISO time) of the changes written by this import.
        self.field_authors: dict[tuple[str, str], dict[str, tuple[str, str]]] = defaultdict(dict)
        self._present: set[tuple[str, str, Any]] = set()
        self._done = 0
        self._total = 0
        self._open: set[tuple[str, str]] | None = None

    def run(self, mutations: list[Mutation]) -> Outcome:
        from cwd_desktop.sync.local import defer_foreign_keys

        defer_foreign_keys(self.conn)
        seen = self._seen([m.mutation_id for m in mutations])
        by_table: dict[str, list[tuple[int, Mutation]]] = defaultdict(list)
        for index, m in enumerate(mutations):
            if m.mutation_id in seen:
                self.outcome.already_there += 1
                continue
            seen.add(m.mutation_id)
            by_table[m.table].append((index, m))
        self._total = sum(len(v) for v in by_table.values())
        for name, spec in _catalog().items():
            if name in by_table:
                self._table(spec, by_table[name])
        self._forward((m, base) for _, m, base in sorted(self.accepted, key=lambda a: a[0]))
        self._remember_authors()
        self.outcome.applied = len(self.accepted)
        step = QT_TRANSLATE_NOOP("progress", "Zapisywanie…")
        self.progress.update(self._total, self._total, step)
        return self.outcome

    def _seen(self, ids: list[str]) -> set[str]:
        from cwd_desktop.sync.local import chunks

        found: set[str] = set()
        for part in chunks(sorted(set(ids))):
            marks = ", ".join("?" * len(part))
            for table in ("outbox", "applied_mutation"):
                rows = self.conn.exec_driver_sql(
                    f"SELECT mutation_id FROM {table} WHERE mutation_id IN ({marks})", tuple(part)
                )
                found.update(str(r[0]) for r in rows)
        return found

    def _step(self) -> None:
        self._done += 1
        if self._done % _PROGRESS_EVERY == 0:
            self.progress.update(
                self._done, self._total, QT_TRANSLATE_NOOP("progress", "Wczytywanie zmian…")
            )

    # -- one table ----------------------------------------------------------------------

    def _table(self, spec: SyncedTable, mutations: list[tuple[int, Mutation]]) -> None:
        from cwd_desktop.sync.local import current_rows

        found = current_rows(self.conn, spec, (m.row_id for _, m in mutations))
        state: dict[str, dict[str, Any] | None] = {
            row_id: row_json(spec.table, row) for row_id, row in found.items()
        }
        touched: dict[str, dict[str, Any]] = {}
        for index, m in mutations:
            self._step()
            before = state.get(m.row_id)
            if before is not None and before.get("partnership_id") != m.partnership_id:
                raise self._other_partnership(spec, m)
            merged = merge(before, m, spec.personal)
            if merged.missing or merged.row is None:
                self.outcome.missing_rows += 1
                continue
            row = merged.row
            if merged.changed:
                if before is None:
                    _fill_defaults(spec, row)
                if not self._parents_present(spec, row, before):
                    self.outcome.missing_rows += 1
                    continue
            self._settle(spec.name, m, row)  # before this change's own conflicts exist
            for conflict in merged.conflicts:
                self._conflict(spec, m, before, conflict)
            if merged.changed:
                authors = self.field_authors[(spec.name, m.row_id)]
                for name, value in row.items():
                    if before is None or not same(value, before.get(name)):
                        authors[name] = (m.device_id, m.created_at)
                row["version"] = int((before or {}).get("version") or 0) + 1
                row["updated_at"] = m.created_at
                row["updated_by"] = m.device_id
                state[m.row_id] = touched[m.row_id] = row
            # The forwarded entry's base is the version this change leaves the row at, less
            # one, as for a local edit: ``check`` then finds outbox and row in step.
            version = int((state.get(m.row_id) or {}).get("version") or 0)
            self.accepted.append((index, m, max(version - 1, 0)))
        self._write(spec, list(touched.values()))
        self.final[spec.name] = state

    def _other_partnership(self, spec: SyncedTable, m: Mutation) -> UserError:
        """A change that places a record in another partnership than it has here.

        A record never changes partnership, so the bundle is damaged; applying
        it would also send the server a change it refuses at every sync.
        """
        return UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Pakiet {path}: zmiana rekordu {record} w tabeli {table} przypisuje go do "
                "innego partnerstwa niż na tym komputerze, więc pakiet jest uszkodzony; "
                "nic nie wczytano.",
            ),
            field="path",
            path=str(self.path),
            record=record_name(m),
            table=spec.name,
        )

    def _write(self, spec: SyncedTable, rows: list[dict[str, Any]]) -> None:
        """Write merged rows; a clash with a local unique index is one clear sentence.

        The server keeps no unique indexes (offline work is never refused), so
        two partnerships with one short name, made on two computers, can meet
        here; the whole import is then rolled back. Every value was checked
        while the bundle was read (``parse_mutation``), so any other refusal
        of the database is named as what it is, never as a duplicate.
        """
        from sqlalchemy.exc import IntegrityError

        from cwd_desktop.sync.local import apply_rows

        try:
            apply_rows(self.conn, spec, rows, respect_pending=False)
        except IntegrityError as exc:
            reason = str(exc.orig).splitlines()[0] if exc.orig else ""
            if reason.startswith("UNIQUE"):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Pakiet {path}: rekord tabeli {table} powiela rekord z tego komputera "
                        "({reason}), więc nic nie wczytano; zmień skrót nazwy jednego z nich "
                        "i wczytaj pakiet ponownie.",
                    ),
                    field="path",
                    path=str(self.path),
                    table=spec.name,
                    reason=reason,
                ) from exc
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Pakiet {path}: rekordów tabeli {table} nie można zapisać na tym komputerze "
                    "({reason}), więc nic nie wczytano.",
                ),
                field="path",
                path=str(self.path),
                table=spec.name,
                reason=shown(reason or type(exc.orig).__name__),
            ) from exc

    def _settle(self, table: str, m: Mutation, row: dict[str, Any]) -> None:
        """Close local conflicts this change decides: it picks one of their two values.

        A colleague who settled the same clash (keeping one value) sends "the
        other value becomes the chosen one"; once that is applied here, the
        conflict kept on this machine has been decided and closes.
        """
        from sqlalchemy import select

        from cwd_desktop.domain.local import SyncConflict
        from cwd_desktop.domain.types import utcnow

        if self._open is None:
            self._open = {
                (str(t), str(r))
                for t, r in self.session.execute(
                    select(SyncConflict.table_name, SyncConflict.row_id).where(
                        SyncConflict.resolved_at.is_(None)
                    )
                )
            }
        if (table, m.row_id) not in self._open:
            return
        for name, change in m.changes.items():
            old, new = change.get("old"), change.get("new")
            if same(old, new) or not same(row.get(name), new):
                continue
            for c in self.session.scalars(
                select(SyncConflict).where(
                    SyncConflict.table_name == table,
                    SyncConflict.row_id == m.row_id,
                    SyncConflict.field == name,
                    SyncConflict.resolved_at.is_(None),
                )
            ):
                pair = (c.current_value, c.other_value)
                if (same(pair[0], old) and same(pair[1], new)) or (
                    same(pair[0], new) and same(pair[1], old)
                ):
                    c.resolved_at = utcnow()
                    c.resolution = new
                    c.resolution_pending = c.server_id is not None

    def _parents_present(
        self, spec: SyncedTable, row: dict[str, Any], before: dict[str, Any] | None
    ) -> bool:
        """True if every row this one refers to (a stakeholder, a TERYT unit, …) is here.

        Parent tables come earlier in the catalog, so rows this bundle adds
        to them are already written on this connection.
        """
        for fk in spec.table.foreign_keys:
            value = row.get(fk.parent.name)
            if value is None or (before is not None and same(value, before.get(fk.parent.name))):
                continue
            target, column = fk.column.table.name, fk.column.name
            if (target, column, value) in self._present:
                continue
            hit = self.conn.exec_driver_sql(
                f'SELECT 1 FROM "{target}" WHERE "{column}" = ? LIMIT 1', (value,)
            ).first()
            if hit is None:
                return False
            self._present.add((target, column, value))
        return True

    # -- conflicts ----------------------------------------------------------------------

    def _name(self, device: str | None, fallback: str = "") -> str:
        if not device:
            return fallback
        return self.names.get(device) or fallback or device

    def _last_change(
        self, spec: SyncedTable, row_id: str, field: str, before: dict[str, Any] | None
    ) -> tuple[str, datetime | None]:
        """Who gave the local row its value of ``field``, and when.

        This import's own writes first, then the newest pending local
        change of the field, else the row's last change.
        """
        mine = self.field_authors.get((spec.name, row_id), {}).get(field)
        if mine:
            return self._name(mine[0]), _when(mine[1])
        rows = self.conn.exec_driver_sql(
            "SELECT device_id, created_at, changes FROM outbox "
            "WHERE table_name = ? AND row_id = ? ORDER BY seq DESC",
            (spec.name, row_id),
        )
        for device, created, changes in rows:
            change = json.loads(changes).get(field)
            if change and not same(change.get("old"), change.get("new")):
                return self._name(str(device)), _when(str(created))
        before = before or {}
        return self._name(before.get("updated_by")), _when(before.get("updated_at"))

    def _conflict(
        self, spec: SyncedTable, m: Mutation, before: dict[str, Any] | None, c: FieldConflict
    ) -> None:
        from cwd_desktop.sync.conflicts import record_local

        incoming = (self._name(m.device_id, m.author), _when(m.created_at))
        if c.edited:  # a deletion that overrode edits: credit the latest of them
            found = [self._last_change(spec, m.row_id, name, before) for name in c.edited]
            local = max(found, key=lambda who: who[1] or datetime.min.replace(tzinfo=UTC))
        else:
            local = self._last_change(spec, m.row_id, c.field, before)
        if c.kept_is_incoming:  # a deletion overrode a local edit
            current, other = (c.kept, *incoming), (c.other, *local)
        else:
            current, other = (c.kept, *local), (c.other, *incoming)
        record_local(
            self.session,
            table=spec.name,
            row_id=m.row_id,
            partnership_id=m.partnership_id,
            field=c.field,
            base=c.base,
            current=current[0],
            current_by=current[1],
            current_at=current[2],
            other=other[0],
            other_by=other[1],
            other_at=other[2],
        )
        self.outcome.new_conflicts += 1

    # -- forwarding ---------------------------------------------------------------------

    def _forward(self, mutations: Iterable[tuple[Mutation, int]]) -> None:
        """Queue the applied mutations for the server, under their own ids, and remember them."""
        from cwd_desktop.domain.local import AppliedMutation, OutboxEntry
        from cwd_desktop.sync.local import chunks

        catalog = _catalog()
        entries: list[dict[str, Any]] = []
        for m, base in mutations:
            spec = catalog[m.table]
            row = self.final.get(m.table, {}).get(m.row_id)
            changes = m.changes
            if spec.personal and row is not None and row.get(DELETED) is not None:
                # Erased here: the erased values must not survive in the outbox either.
                changes = {
                    name: ({"old": "", "new": ""} if name in spec.personal else change)
                    for name, change in changes.items()
                }
            entries.append(
                {
                    "mutation_id": m.mutation_id,
                    "table_name": m.table,
                    "row_id": m.row_id,
                    "partnership_id": m.partnership_id,
                    "op": m.op,
                    "changes": changes,
                    "base_version": base,
                    "created_at": _when(m.created_at),
                    "device_id": m.device_id,
                }
            )
        for part in chunks(entries, 500):
            self.conn.execute(insert(OutboxEntry.__table__), part)  # type: ignore[arg-type]
            self.conn.execute(
                insert(AppliedMutation.__table__).prefix_with("OR IGNORE"),  # type: ignore[arg-type]
                [{"mutation_id": e["mutation_id"]} for e in part],
            )

    def _remember_authors(self) -> None:
        """Keep the names behind the bundle's devices, for conflicts found later."""
        from cwd_desktop.domain.local import LocalMeta
        from cwd_desktop.sync.bundle import AUTHOR_KEY

        for device, name in self.names.items():
            if device != self.store.device_id and name:
                self.session.merge(LocalMeta(key=AUTHOR_KEY + device[:40], value=name[:500]))


def _fill_defaults(spec: SyncedTable, row: dict[str, Any]) -> None:
    """Give a new row the scalar defaults of columns its insert did not carry."""
    for column in spec.table.columns:
        if column.name in row or column.name in META:
            continue
        default = column.default
        if default is not None and getattr(default, "is_scalar", False):
            row[column.name] = canonical(default.arg)  # type: ignore[attr-defined]


def apply_bundle(
    store: Store,
    path: Path,
    mutations: list[Mutation],
    bundle_names: dict[str, str],
    progress: Progress,
) -> Outcome:
    """Apply the checked mutations of the bundle at ``path`` in one transaction.

    A Cancelled progress or a refused row rolls all of it back.
    """
    from cwd_desktop.sync.bundle import known_authors

    local = known_authors(store)
    names = {**local, **bundle_names, store.device_id: local[store.device_id]}
    with store.unit_of_work() as session:
        return _Import(store, session, path, names, progress).run(mutations)

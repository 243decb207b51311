"""The device's half of a sync: what to send, and writing back what came in.

Each step is its own local transaction, so a sync interrupted anywhere leaves
a consistent store: acknowledged batches are gone from the outbox and their
merged rows written; everything else is still pending and is sent again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update

from cwd_desktop.domain.local import (
    AppliedMutation,
    LocalMeta,
    OutboxEntry,
    SyncConflict,
    SyncCursor,
)
from cwd_desktop.domain.types import utcnow
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.blobs import BlobStore
from cwd_desktop.store import Store
from cwd_desktop.sync import conflicts as conflict_records
from cwd_desktop.sync.local import apply_rows, chunks, defer_foreign_keys
from cwd_desktop.sync.mutation import OUTBOX_COLUMNS, Mutation
from cwd_desktop.sync.server import Pulled, PushResult, SyncedTable


class LocalSide:
    """The store as the sync pipeline sees it."""

    def __init__(self, store: Store, catalog: dict[str, SyncedTable]) -> None:
        self.store = store
        self.catalog = catalog
        self.blobs = BlobStore(store.data_dir)
        self._sent_resolutions: list[str] = []

    # -- push --------------------------------------------------------------------------

    def count_pending(self, assigned: list[str]) -> tuple[int, int]:
        """(pending changes in assigned partnerships, pending changes held back)."""
        conn = self.store.reader()
        total = int(conn.execute("SELECT count(*) FROM outbox").fetchone()[0])
        mine = 0
        for part in chunks(assigned):
            marks = ", ".join("?" * len(part))
            mine += int(
                conn.execute(
                    f"SELECT count(*) FROM outbox WHERE partnership_id IN ({marks})", part
                ).fetchone()[0]
            )
        return mine, total - mine

    def next_batch(self, assigned: list[str], after: int, limit: int) -> list[tuple[int, Mutation]]:
        """The next ``limit`` outbox entries after ``after`` of assigned partnerships."""
        if not assigned:
            return []
        marks = ", ".join("?" * len(assigned))
        rows = self.store.reader().execute(
            f"SELECT seq, {OUTBOX_COLUMNS} FROM outbox WHERE seq > ? "
            f"AND partnership_id IN ({marks}) ORDER BY seq LIMIT ?",
            (after, *assigned, limit),
        )
        return [(int(row[0]), Mutation.from_row(row[1:])) for row in rows]

    def read_blob(self, sha256: str) -> bytes | None:
        """A file's bytes if this device has them."""
        try:
            path = self.blobs.path(sha256)
        except ValueError:
            return None
        return path.read_bytes() if path.is_file() else None

    def acknowledge(self, entries: list[tuple[int, Mutation]], result: PushResult) -> None:
        """Drop the sent entries and write the server's merged rows, in one transaction."""
        ids = [m.mutation_id for _, m in entries]
        with self.store.unit_of_work() as session:
            conn = session.connection()
            for part in chunks(ids):
                conn.execute(delete(OutboxEntry).where(OutboxEntry.mutation_id.in_(part)))
            conn.execute(
                insert(AppliedMutation).prefix_with("OR IGNORE"),
                [{"mutation_id": i} for i in ids],
            )
            defer_foreign_keys(conn)
            for name, spec in self.catalog.items():
                if name in result.rows:
                    apply_rows(conn, spec, result.rows[name])

    # -- conflicts -----------------------------------------------------------------------

    def pending_resolutions(self) -> dict[str, Any]:
        """Server conflicts settled here that the server has not been told of."""
        with self.store.session() as session:
            rows = session.execute(
                select(SyncConflict.server_id, SyncConflict.resolution).where(
                    SyncConflict.resolution_pending.is_(True)
                )
            ).all()
        self._sent_resolutions = [str(r[0]) for r in rows if r[0]]
        return {str(r[0]): r[1] for r in rows if r[0]}

    def resolutions_sent(self) -> None:
        """The server now knows of the resolutions read by ``pending_resolutions``."""
        if not self._sent_resolutions:
            return
        with self.store.unit_of_work() as session:
            session.execute(
                update(SyncConflict)
                .where(SyncConflict.server_id.in_(self._sent_resolutions))
                .values(resolution_pending=False)
            )

    def open_server_conflicts(self) -> list[str]:
        """Server ids of conflicts still open here (to learn which were settled elsewhere)."""
        rows = self.store.reader().execute(
            "SELECT server_id FROM sync_conflict WHERE resolved_at IS NULL "
            "AND server_id IS NOT NULL"
        )
        return [str(r[0]) for r in rows]

    # -- pull ----------------------------------------------------------------------------

    def cursors(self) -> dict[str, str]:
        """Each partnership's pull watermark."""
        rows = self.store.reader().execute("SELECT partnership_id, txid FROM sync_cursor")
        return {str(p): str(t) for p, t in rows}

    def apply_pulled(self, pulled: Pulled) -> int:
        """Write pulled rows and conflicts and move the cursors, all in one transaction."""
        count = 0
        with self.store.unit_of_work() as session:
            conn = session.connection()
            defer_foreign_keys(conn)
            for name, spec in self.catalog.items():
                rows = pulled.rows.get(name)
                if rows:
                    count += self._apply_unique(conn, spec, rows)
            self._merge_conflicts(session, pulled)
            for pid in pulled.partnerships:
                cursor = session.get(SyncCursor, pid)
                if cursor is None:
                    session.add(SyncCursor(partnership_id=pid, txid=pulled.watermark))
                else:
                    cursor.txid = pulled.watermark
        return count

    @staticmethod
    def _apply_unique(conn: Any, spec: SyncedTable, rows: list[dict[str, Any]]) -> int:
        """Apply pulled rows; a clash with a local unique index is one clear sentence.

        The server keeps no unique indexes (offline work must not be refused), so
        two partnerships with one short name can meet here; the pull then stops,
        nothing of it is stored, and the message says what to rename.
        """
        from sqlalchemy.exc import IntegrityError

        try:
            with conn.begin_nested():
                return apply_rows(conn, spec, rows, json_form=False)
        except IntegrityError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Pobrany rekord tabeli {table} powiela rekord z tego komputera ({reason}); "
                    "zmień skrót nazwy jednego z nich i zsynchronizuj ponownie. "
                    "Nic nie pobrano.",
                ),
                table=spec.name,
                reason=str(exc.orig).splitlines()[0] if exc.orig else "UNIQUE",
            ) from exc

    def _merge_conflicts(self, session: Any, pulled: Pulled) -> None:
        known = {
            str(r[0])
            for r in session.execute(
                select(SyncConflict.server_id).where(SyncConflict.server_id.is_not(None))
            )
        }
        for c in pulled.conflicts:
            sid = str(c["id"])
            if sid in known:
                continue
            twin = session.scalars(
                select(SyncConflict).where(
                    SyncConflict.server_id.is_(None),
                    SyncConflict.resolved_at.is_(None),
                    SyncConflict.table_name == c["table_name"],
                    SyncConflict.row_id == c["row_id"],
                    SyncConflict.field == c["field"],
                )
            ).first()
            if twin is not None:  # found here from a bundle already: the same clash
                twin.server_id = sid
                continue
            conflict_records.record_local(
                session,
                table=str(c["table_name"]),
                row_id=str(c["row_id"]),
                partnership_id=str(c["partnership_id"]),
                field=str(c["field"]),
                base=c["base_value"],
                current=c["remote_value"],
                current_by=str(c["remote_by"] or ""),
                current_at=c["remote_at"],
                other=c["local_value"],
                other_by=str(c["local_by"] or ""),
                other_at=c["local_at"],
                server_id=sid,
            )
        now = utcnow()
        for sid, resolution in pulled.resolved_elsewhere.items():
            session.execute(
                update(SyncConflict)
                .where(SyncConflict.server_id == sid, SyncConflict.resolved_at.is_(None))
                .values(resolved_at=now, resolution=resolution, resolution_pending=False)
            )

    # -- files ---------------------------------------------------------------------------

    def missing_blobs(self) -> list[str]:
        """Hashes of files live rows refer to that this device does not have."""
        conn = self.store.reader()
        wanted: set[str] = set()
        for spec in self.catalog.values():
            for column in spec.blobs:
                for (sha,) in conn.execute(
                    f'SELECT DISTINCT "{column}" FROM "{spec.name}" WHERE deleted_at IS NULL'
                ):
                    if sha and not self.blobs.exists(str(sha)):
                        wanted.add(str(sha))
        return sorted(wanted)

    def store_blobs(self, found: dict[str, bytes]) -> int:
        """Keep fetched files whose bytes match their hash; return how many."""
        stored = 0
        for sha, data in found.items():
            if self.blobs.put_bytes(data) == sha:
                stored += 1
        return stored

    def finish(self, when: datetime) -> None:
        """Remember when this sync finished (the status bar shows it)."""
        from cwd_desktop.sync.client import LAST_SYNC_KEY

        with self.store.unit_of_work() as session:
            session.merge(LocalMeta(key=LAST_SYNC_KEY, value=when.isoformat()))

"""The client's side of the central store: one pushed batch, one pull, in SQL.

Everything here runs on the advisor's own connection, so row-level security
decides what it may read and write. The merge itself (``sync.merge``) runs
in this process inside the server transaction, with the touched rows
locked (``FOR UPDATE``), so two advisors pushing the same row meet in turn
and the second one merges against the first one's result.

Writes are set-based for speed: the merged rows are copied (``COPY``) into a
temporary staging table and upserted with one statement per table, and the
change feed is filled by a statement-level trigger.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg import sql
from psycopg.rows import dict_row
from sqlalchemy import Table

from cwd_desktop.domain.base import TEAM_SCOPE
from cwd_desktop.sync.codec import row_json, row_python, same
from cwd_desktop.sync.merge import FieldConflict, merge
from cwd_desktop.sync.mutation import Mutation
from cwd_desktop.sync.server_schema import FIELD_AUTHORS

SCHEMA = "public"
#: Key of ``cwd_field_authors`` naming who made the row (fields nobody changed since).
INSERTED = "*"


@dataclass
class PushResult:
    """What one batch did on the server."""

    applied: list[str] = field(default_factory=list)
    already_there: list[str] = field(default_factory=list)
    conflicts: int = 0
    missing: int = 0
    #: table -> final rows (JSON form) of every row an update or delete touched, written
    #: back at once (a plain insert comes out as sent and is not echoed).
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    blobs_sent: int = 0
    txid: str = ""


@dataclass
class Pulled:
    """Rows changed since the cursors, the open conflicts, and the new watermark."""

    rows: dict[str, list[dict[str, Any]]]
    watermark: str
    partnerships: list[str]
    conflicts: list[dict[str, Any]]
    resolved_elsewhere: dict[str, Any]


@dataclass(frozen=True)
class SyncedTable:
    """A synced table as the sync code needs it."""

    table: Table
    personal: frozenset[str]
    blobs: tuple[str, ...]
    search: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.table.name


def synced_catalog() -> dict[str, SyncedTable]:
    """Every synced table by name, in foreign-key order (parents first)."""
    from cwd_desktop.domain import Base, Synced, all_models

    all_models()
    by_table: dict[str, type[Any]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Synced) and isinstance(mapper.local_table, Table):
            by_table[mapper.local_table.name] = cls
    catalog: dict[str, SyncedTable] = {}
    for table in Base.metadata.sorted_tables:
        model = by_table.get(table.name)
        if model is not None:
            catalog[table.name] = SyncedTable(
                table, frozenset(model.__personal__), model.__blobs__, model.__search__
            )
    return catalog


def assigned_partnerships(conn: psycopg.Connection[Any]) -> list[str]:
    """The partnerships this role may read and write, the team's shared scope first."""
    return [TEAM_SCOPE] + [
        str(r[0])
        for r in conn.execute(
            "SELECT partnership_id FROM public.advisor_partnership "
            "WHERE role_name = current_user AND partnership_id <> %s ORDER BY partnership_id",
            (TEAM_SCOPE,),
        )
    ]


def register_device(conn: psycopg.Connection[Any], device_id: str) -> None:
    """Note which role this device belongs to, so conflicts can name the person."""
    conn.execute(
        "INSERT INTO public.device (device_id) VALUES (%s) ON CONFLICT (device_id) DO NOTHING",
        (device_id,),
    )
    # Row-level security limits this to the role's own device row (a laptop handed to
    # another advisor keeps its first owner's name; it changes nothing else).
    conn.execute("UPDATE public.device SET last_seen = now() WHERE device_id = %s", (device_id,))


def _who(conn: psycopg.Connection[Any], devices: Iterable[str]) -> dict[str, str]:
    ids = sorted({d for d in devices if d})
    if not ids:
        return {}
    rows = conn.execute(
        "SELECT d.device_id, COALESCE(NULLIF(a.display_name, ''), d.role_name) "
        "FROM public.device d LEFT JOIN public.advisor a ON a.role_name = d.role_name "
        "WHERE d.device_id = ANY(%s)",
        (ids,),
    )
    return {str(r[0]): str(r[1]) for r in rows}


BlobReader = Callable[[str], bytes | None]


def push_batch(
    conn: psycopg.Connection[Any],
    catalog: dict[str, SyncedTable],
    mutations: list[Mutation],
    read_blob: BlobReader,
) -> PushResult:
    """Apply one batch in one server transaction; a mutation seen before is skipped."""
    result = PushResult()
    with conn.transaction():
        ids = [m.mutation_id for m in mutations]
        fresh = {
            str(r[0])
            for r in conn.execute(
                "INSERT INTO public.processed_mutations (mutation_id) "
                "SELECT unnest(%s::uuid[]) ON CONFLICT DO NOTHING RETURNING mutation_id",
                (ids,),
            )
        }
        todo = [m for m in mutations if m.mutation_id in fresh]
        result.applied = [m.mutation_id for m in todo]
        result.already_there = [m.mutation_id for m in mutations if m.mutation_id not in fresh]
        by_table: dict[str, list[Mutation]] = defaultdict(list)
        for m in todo:
            by_table[m.table].append(m)
        for name in [t for t in catalog if t in by_table]:
            spec = catalog[name]
            written, echo, conflicts, missing = _merge_table(conn, spec, by_table[name])
            result.missing += missing
            if written:
                result.blobs_sent += _send_blobs(conn, spec, written, read_blob)
                _write_rows(conn, spec, written)
            if echo:
                result.rows[name] = echo
            if conflicts:
                _store_conflicts(conn, spec, conflicts)
                result.conflicts += len(conflicts)
            if spec.personal:
                gone = [r["id"] for r in written if r.get("deleted_at") is not None]
                _scrub_conflicts(conn, spec, gone)
        row = conn.execute("SELECT pg_current_xact_id()::text").fetchone()
        result.txid = str(row[0]) if row else ""
    return result


_Conflict = tuple[Mutation, dict[str, Any], FieldConflict]


def _merge_table(
    conn: psycopg.Connection[Any], spec: SyncedTable, mutations: list[Mutation]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[_Conflict], int]:
    row_ids = sorted({m.row_id for m in mutations})
    current: dict[str, dict[str, Any]] = {}
    authors: dict[str, dict[str, Any]] = {}
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(
            sql.SQL("SELECT * FROM {} WHERE id = ANY(%s) ORDER BY id FOR UPDATE").format(
                sql.Identifier(SCHEMA, spec.name)
            ),
            (row_ids,),
        )
        for r in cur:
            current[str(r["id"])] = row_json(spec.table, r)
            authors[str(r["id"])] = dict(r.get(FIELD_AUTHORS) or {})
    touched: dict[str, dict[str, Any]] = {}
    sent: dict[str, dict[str, Any]] = defaultdict(dict)
    conflicts: list[_Conflict] = []
    missing = 0
    for m in mutations:
        before = current.get(m.row_id)
        if before is not None or m.op != "insert":  # a plain insert comes out as sent
            for name, change in m.changes.items():
                if m.op != "delete" or name == "deleted_at":
                    sent[m.row_id][name] = change.get("new")
        merged = merge(before, m, spec.personal)
        missing += merged.missing
        field_authors = authors.setdefault(m.row_id, {})
        for c in merged.conflicts:
            conflicts.append((m, _last_change(before or {}, field_authors, c), c))
        if merged.row is not None and merged.changed:
            row = merged.row
            if before is None:
                field_authors[INSERTED] = [m.device_id, m.created_at]
            else:
                for name, value in row.items():
                    if not same(value, before.get(name)):
                        field_authors[name] = [m.device_id, m.created_at]
            row[FIELD_AUTHORS] = field_authors
            row["version"] = int((before or {}).get("version") or 0) + 1
            row["updated_at"] = m.created_at
            row["updated_by"] = m.device_id
            current[m.row_id] = touched[m.row_id] = row
    # Every row an update or delete touched goes back as the server now has it (a clash
    # may have kept the server's value, and its version moved on): the device then
    # holds exactly the server's row. Only inserts that came out as sent are skipped.
    echo = [current[row_id] for row_id in sent if row_id in current]
    return list(touched.values()), echo, conflicts, missing


def _last_change(
    before: dict[str, Any], field_authors: dict[str, Any], conflict: FieldConflict
) -> dict[str, Any]:
    """Who made the other side of ``conflict`` and when.

    For a field clash: whoever changed that field last (else who made the row).
    For a delete that overrode edits: the latest author among the edited fields.
    """
    names = conflict.edited or (conflict.field,)
    known = [field_authors[n] for n in names if field_authors.get(n)]
    device, at = (
        max(known, key=lambda author: str(author[1]))
        if known
        else field_authors.get(INSERTED) or [before.get("updated_by"), before.get("updated_at")]
    )
    return {"updated_by": device, "updated_at": at}


def _write_rows(
    conn: psycopg.Connection[Any], spec: SyncedTable, rows: list[dict[str, Any]]
) -> None:
    """Upsert full rows through a staging table: COPY in, then one INSERT … ON CONFLICT."""
    columns = [c.name for c in spec.table.columns]
    from psycopg.types.json import Jsonb

    stage = sql.Identifier(f"cwd_stage_{spec.name}"[:63])
    conn.execute(
        sql.SQL("CREATE TEMP TABLE IF NOT EXISTS {} (LIKE {}) ON COMMIT DELETE ROWS").format(
            stage, sql.Identifier(SCHEMA, spec.name)
        )
    )
    cols = sql.SQL(", ").join(sql.Identifier(c) for c in [*columns, FIELD_AUTHORS])
    with conn.cursor() as cur:
        with cur.copy(sql.SQL("COPY {} ({}) FROM STDIN").format(stage, cols)) as copy:
            for row in rows:
                values = row_python(spec.table, row)
                copy.write_row([*(values[c] for c in columns), Jsonb(row[FIELD_AUTHORS])])
        updates = sql.SQL(", ").join(
            sql.SQL("{} = EXCLUDED.{}").format(sql.Identifier(c), sql.Identifier(c))
            for c in [*columns, FIELD_AUTHORS]
            if c != "id"
        )
        cur.execute(
            sql.SQL(
                "INSERT INTO {} ({}) SELECT {} FROM {} ON CONFLICT (id) DO UPDATE SET {}"
            ).format(sql.Identifier(SCHEMA, spec.name), cols, cols, stage, updates)
        )
        cur.execute(sql.SQL("TRUNCATE {}").format(stage))


def _store_conflicts(
    conn: psycopg.Connection[Any], spec: SyncedTable, conflicts: list[_Conflict]
) -> None:
    from psycopg.types.json import Jsonb

    who = _who(conn, [before.get("updated_by") or "" for _, before, _c in conflicts])
    me_row = conn.execute(
        "SELECT COALESCE(NULLIF(a.display_name, ''), current_user) FROM (SELECT 1) x "
        "LEFT JOIN public.advisor a ON a.role_name = current_user"
    ).fetchone()
    me = str(me_row[0]) if me_row else ""
    params = []
    for m, before, c in conflicts:
        them_by = who.get(str(before.get("updated_by") or ""), "")
        them_at = before.get("updated_at")
        incoming_by, incoming_at = m.author or me, m.created_at
        remote: tuple[Any, str, Any]
        local: tuple[Any, str, Any]
        if c.kept_is_incoming:  # the row keeps the pusher's value (a delete won)
            remote = (c.kept, incoming_by, incoming_at)
            local = (c.other, them_by, them_at)
        else:
            remote = (c.kept, them_by, them_at)
            local = (c.other, incoming_by, incoming_at)
        params.append(
            (
                spec.name,
                m.row_id,
                m.partnership_id,
                c.field,
                Jsonb(c.base),
                Jsonb(local[0]),
                local[1],
                local[2],
                Jsonb(remote[0]),
                remote[1],
                remote[2],
            )
        )
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO public.conflicts (table_name, row_id, partnership_id, field, "
            "base_value, local_value, local_by, local_at, remote_value, remote_by, remote_at) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            params,
        )


def _scrub_conflicts(conn: psycopg.Connection[Any], spec: SyncedTable, row_ids: list[str]) -> None:
    """GDPR: conflicts on personal fields of erased rows lose both values and close."""
    if not row_ids:
        return
    conn.execute(
        "UPDATE public.conflicts SET base_value = '\"\"'::jsonb, local_value = '\"\"'::jsonb, "
        "remote_value = '\"\"'::jsonb, resolution = CASE WHEN resolution IS NULL THEN NULL "
        "ELSE '\"\"'::jsonb END, resolved_at = COALESCE(resolved_at, now()), "
        "resolved_by = COALESCE(resolved_by, current_user) "
        "WHERE table_name = %s AND row_id = ANY(%s) AND field = ANY(%s)",
        (spec.name, row_ids, sorted(spec.personal)),
    )


def _send_blobs(
    conn: psycopg.Connection[Any],
    spec: SyncedTable,
    rows: list[dict[str, Any]],
    read_blob: BlobReader,
) -> int:
    """Upload the files these rows refer to that the server lacks, in the same transaction."""
    if not spec.blobs:
        return 0
    wanted = {
        (str(row[col]), str(row["partnership_id"]))
        for row in rows
        for col in spec.blobs
        if row.get(col)
    }
    if not wanted:
        return 0
    hashes, owners = zip(*sorted(wanted), strict=True)
    have = {
        (str(r[0]).strip(), str(r[1]))
        for r in conn.execute(
            "SELECT b.sha256, b.partnership_id FROM public.blob b "
            "JOIN unnest(%s::text[], %s::text[]) w(sha, pid) "
            "ON b.sha256 = w.sha AND b.partnership_id = w.pid",
            (list(hashes), list(owners)),
        )
    }
    sent = 0
    with conn.cursor() as cur:
        for sha, pid in sorted(wanted - have):
            data = read_blob(sha)
            if data is None:
                continue  # not on this device either; whoever has it will send it
            cur.execute(
                "INSERT INTO public.blob (sha256, partnership_id, size, data) "
                "VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING",
                (sha, pid, len(data), data),
            )
            sent += 1
    return sent


def fetch_blobs(conn: psycopg.Connection[Any], hashes: list[str]) -> dict[str, bytes]:
    """The bytes of these files, as far as this role may read them."""
    if not hashes:
        return {}
    found: dict[str, bytes] = {}
    for r in conn.execute(
        "SELECT DISTINCT ON (sha256) sha256, data FROM public.blob WHERE sha256 = ANY(%s)",
        (hashes,),
    ):
        found[str(r[0]).strip()] = bytes(r[1])
    return found


def pull(
    conn: psycopg.Connection[Any],
    catalog: dict[str, SyncedTable],
    cursors: dict[str, str],
    skip_txids: list[str],
    open_server_conflicts: list[str],
) -> Pulled:
    """Rows changed since each partnership's cursor, in one consistent snapshot.

    The new watermark is the snapshot's ``xmin``: every transaction below it
    has finished, so nothing committed later can land behind it. Rows of a
    transaction still running now are fetched by the next pull; a row seen
    twice is harmless, a row skipped would be lost.
    """
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        row = conn.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").fetchone()
        watermark = str(row[0]) if row else "0"
        partnerships = assigned_partnerships(conn)
        since = [cursors.get(p, "0") for p in partnerships]
        changed = conn.execute(
            "SELECT f.table_name, array_agg(DISTINCT f.row_id) FROM public.change_feed f "
            "JOIN unnest(%s::text[], %s::xid8[]) c(pid, since) "
            "ON f.partnership_id = c.pid AND f.txid >= c.since "
            "WHERE NOT (f.txid = ANY(%s::xid8[])) GROUP BY f.table_name",
            (partnerships, since, skip_txids),
        ).fetchall()
        rows: dict[str, list[dict[str, Any]]] = {}
        with conn.cursor(row_factory=dict_row) as cur:
            for table_name, ids in changed:
                spec = catalog.get(str(table_name))
                if spec is None:
                    continue  # a table of a newer client: the schema check refuses those
                cur.execute(
                    sql.SQL("SELECT {} FROM {} WHERE id = ANY(%s)").format(
                        sql.SQL(", ").join(sql.Identifier(c.name) for c in spec.table.columns),
                        sql.Identifier(SCHEMA, spec.name),
                    ),
                    (list(ids),),
                )
                rows[spec.name] = cur.fetchall()
            cur.execute(
                "SELECT id::text AS id, table_name, row_id, partnership_id, field, base_value, "
                "local_value, local_by, local_at, remote_value, remote_by, remote_at "
                "FROM public.conflicts WHERE resolved_at IS NULL ORDER BY created_at"
            )
            conflicts = cur.fetchall()
            resolved: dict[str, Any] = {}
            if open_server_conflicts:
                cur.execute(
                    "SELECT id::text AS id, resolution FROM public.conflicts "
                    "WHERE id = ANY(%s::uuid[]) AND resolved_at IS NOT NULL",
                    (open_server_conflicts,),
                )
                resolved = {str(r["id"]): r["resolution"] for r in cur}
    return Pulled(rows, watermark, partnerships, conflicts, resolved)


def push_resolutions(conn: psycopg.Connection[Any], resolutions: dict[str, Any]) -> None:
    """Mark conflicts settled on this device as resolved on the server."""
    if not resolutions:
        return
    from psycopg.types.json import Jsonb

    with conn.transaction(), conn.cursor() as cur:
        for cid, value in resolutions.items():
            cur.execute(
                "UPDATE public.conflicts SET resolved_at = now(), resolved_by = current_user, "
                "resolution = %s WHERE id = %s::uuid AND resolved_at IS NULL",
                (Jsonb(value), cid),
            )
            if cur.rowcount:
                continue
            # A colleague settled it first. The same decision is done; a different one
            # is not dropped: it becomes a new conflict against theirs.
            cur.execute(
                "INSERT INTO public.conflicts (table_name, row_id, partnership_id, field, "
                "base_value, local_value, local_by, local_at, remote_value, remote_by, "
                "remote_at) SELECT c.table_name, c.row_id, c.partnership_id, c.field, "
                "c.base_value, %s, COALESCE(NULLIF(me.display_name, ''), current_user), now(), "
                "c.resolution, COALESCE(NULLIF(them.display_name, ''), c.resolved_by), "
                "c.resolved_at FROM public.conflicts c "
                "LEFT JOIN public.advisor me ON me.role_name = current_user "
                "LEFT JOIN public.advisor them ON them.role_name = c.resolved_by "
                "WHERE c.id = %s::uuid AND c.resolution IS DISTINCT FROM %s",
                (Jsonb(value), cid, Jsonb(value)),
            )

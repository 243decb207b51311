"""What the harness checks after each kill, beyond the acked writes (``tests.crash.model``).

``store_checks``: the verdicts of ``cwd-desktop check`` in plain SQL.
``check_sync``: after a clean sync, server and store agree and every local
change reached the server exactly once. ``crash_server``: the server side of
the sync workload, a database with the CWD schema and one advisor.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

ADVISOR = "crash_advisor"


@dataclass(frozen=True)
class Server:
    """The PostgreSQL database of the sync workload and its advisor."""

    admin_dsn: str
    dsn: str


@contextlib.contextmanager
def crash_server(super_dsn: str) -> Iterator[Server]:
    """A fresh database with the CWD schema and one advisor, on a running cluster."""
    import psycopg
    from psycopg.conninfo import make_conninfo

    from cwd_desktop.sync.server_schema import add_advisor, init_schema

    name = f"crash_{os.getpid()}_{time.monotonic_ns() % 10**9}"
    with psycopg.connect(super_dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    admin = make_conninfo(super_dsn, dbname=name)
    try:
        with psycopg.connect(admin, autocommit=True) as conn:
            init_schema(conn)
            add_advisor(conn, ADVISOR, "haslo-crash", "Awaria")  # updates a role made before
        yield Server(admin, make_conninfo(admin, user=ADVISOR, password="haslo-crash"))
    finally:
        with psycopg.connect(super_dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def check_sync(store: Any, server: Server) -> tuple[list[str], int]:
    """A clean sync, then server and store must agree: (problems, re-sent mutations)."""
    import psycopg

    from cwd_desktop.sync.client import synchronise

    report = synchronise(store, server.dsn)
    problems = []
    if store.pending_changes():
        problems.append(f"{store.pending_changes()} changes still in the outbox after a sync")
    local, remote = _replica(store), _server_replica(server.admin_dsn)
    for table in sorted(set(local) | set(remote)):
        mine, theirs = local.get(table, {}), remote.get(table, {})
        differ = sorted(i for i in set(mine) | set(theirs) if mine.get(i) != theirs.get(i))
        problems += [
            f"{table} {i}: store {mine.get(i)} but server {theirs.get(i)}" for i in differ[:3]
        ]
    # Exactly once: the server's processed mutation ids (a primary key, so no id twice)
    # are the ids this store pushed and recorded as acknowledged, no more, no fewer.
    # (Counting versions instead would be wrong: a pending edit of a personal field,
    # blanked by a later erasure, reaches the server as a no-op and moves no version.)
    pushed = {str(r[0]) for r in store.reader().execute("SELECT mutation_id FROM applied_mutation")}
    with psycopg.connect(server.admin_dsn, autocommit=True) as conn:
        processed = {
            str(r[0])
            for r in conn.execute(
                "SELECT mutation_id FROM public.processed_mutations WHERE advisor = %s", (ADVISOR,)
            )
        }
        conflicts = conn.execute("SELECT count(*) FROM public.conflicts").fetchone()
    if processed != pushed:
        problems.append(
            f"{len(processed - pushed)} mutations processed by the server are unknown to the "
            f"store, {len(pushed - processed)} acknowledged by the store never reached it"
        )
    if conflicts and conflicts[0]:
        problems.append(f"{conflicts[0]} conflicts on the server, with one device writing")
    local_conflicts = store.reader().execute("SELECT count(*) FROM sync_conflict").fetchone()[0]
    if local_conflicts:
        problems.append(f"{local_conflicts} conflicts in the store, with one device writing")
    return problems, report.already_there


def _replica(store: Any) -> dict[str, dict[str, dict[str, object]]]:
    from sqlalchemy import select

    from cwd_desktop.sync.codec import row_json
    from cwd_desktop.sync.server import synced_catalog

    out: dict[str, dict[str, dict[str, object]]] = {}
    with store.engine.connect() as conn:
        for name, spec in synced_catalog().items():
            rows = conn.execute(select(spec.table)).mappings()
            out[name] = {str(r["id"]): row_json(spec.table, dict(r)) for r in rows}
    return out


def _server_replica(admin_dsn: str) -> dict[str, dict[str, dict[str, object]]]:
    import psycopg
    from psycopg.rows import dict_row

    from cwd_desktop.sync.codec import row_json
    from cwd_desktop.sync.server import synced_catalog

    out: dict[str, dict[str, dict[str, object]]] = {}
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute("SET TIME ZONE 'UTC'")
        with conn.cursor(row_factory=dict_row) as cur:
            for name, spec in synced_catalog().items():
                cur.execute(f'SELECT * FROM public."{name}"')
                out[name] = {str(r["id"]): row_json(spec.table, r) for r in cur}
    return out


def store_checks(store: Any) -> list[str]:
    """``run_checks``' verdicts in plain SQL: integrity, foreign keys, outbox, search index.

    ``services.check.run_checks`` builds its outbox query with SQLAlchemy,
    whose statement cache lives in the engine: on a store opened afresh for
    every trial it compiles ~40 statements each time (~0.2 s). The same
    rule here costs milliseconds; ``run_checks`` itself still runs every
    ``FULL_CHECK_EVERY`` trials and after the last one.
    """
    from cwd_desktop.services.check import search_index_gaps, synced_tables

    conn = store.reader()
    problems = []
    verdict = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    if verdict != ["ok"]:
        problems.append(f"PRAGMA integrity_check: {'; '.join(map(str, verdict[:5]))}")
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        problems.append(f"PRAGMA foreign_key_check: {len(broken)} broken references {broken[:3]}")
    for model in synced_tables():
        table = model.__table__.name  # type: ignore[attr-defined]
        mismatched = conn.execute(
            f"SELECT o.row_id, o.v, r.version FROM (SELECT row_id, max(base_version + 1) AS v"
            f" FROM outbox WHERE table_name = ? GROUP BY row_id) o"
            f" LEFT JOIN {table} r ON r.id = o.row_id WHERE r.id IS NULL OR r.version != o.v",
            (table,),
        ).fetchall()
        problems += [
            f"outbox: {table} {row} is at version {version}, its outbox at {v}"
            for row, v, version in mismatched[:3]
        ]
    missing, stale = search_index_gaps(store)
    if missing or stale:
        problems.append(f"search index: {missing} records missing, {stale} stale entries")
    return problems

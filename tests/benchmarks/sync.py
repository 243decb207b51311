"""Sync against a local PostgreSQL: 10,000 changed rows, and a sync with nothing to do.

Issue 6 targets:

- push and pull of 10,000 changed rows: at most 3 × a raw ``COPY`` of the
  same rows in the same run;
- a sync with nothing to do: at most 100 ms.

A throw-away PostgreSQL cluster is started here (``tests/pg_server.py``,
with PostgreSQL's default durability, unlike the tests' fsync-off one),
``server init`` makes the schema, two advisors are assigned one
partnership. Each run, advisor A's laptop gets 10,000 new stakeholders
(untimed), then the clock runs over A's sync (push: 5 batches of 2,000, each
one server transaction, merged against locked rows, upserted through COPY
staging; the change feed filled by statement triggers) plus B's sync (pull:
the change feed since B's watermark, the rows, written into B's SQLite with
the search index).

Reference, same rows, same run: their values (as A pushed them) written
with ``COPY … FROM STDIN`` into a plain table of the same columns, and read
back with ``COPY … TO STDOUT``, by the administrator on one connection.
Medians over the runs after a warm-up run.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.benchmarks.generate import Dataset
    from tests.benchmarks.measure import Result

ROWS = 10_000
RUNS = 4
EMPTY_RUNS = 15
MAX_RATIO = 3.0
MAX_EMPTY = 0.100


def _copy_reference(admin_dsn: str, rows: list[tuple[Any, ...]], columns: list[str]) -> float:
    """COPY the rows in and out of a plain table of the same columns; seconds."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS bench_copy")
        conn.execute("CREATE TABLE bench_copy (LIKE public.stakeholder INCLUDING DEFAULTS)")
        cols = sql.SQL(", ").join(sql.Identifier(c) for c in columns)
        start = time.perf_counter()
        copy_in = sql.SQL("COPY bench_copy ({}) FROM STDIN").format(cols)
        copy_out = sql.SQL("COPY bench_copy ({}) TO STDOUT").format(cols)
        with conn.transaction(), conn.cursor() as cur, cur.copy(copy_in) as copy:
            for row in rows:
                copy.write_row(row)
        with conn.cursor() as cur, cur.copy(copy_out) as copy:
            out = list(copy.rows())
        took = time.perf_counter() - start
        assert len(out) == len(rows)
        conn.execute("DROP TABLE bench_copy")
    return took


def _new_rows(services: Any, pid: str, run: int) -> None:
    services.records.create_many(
        "stakeholder",
        pid,
        [
            {
                "name": f"Stowarzyszenie nr {run}-{i} „Razem dla gminy”",
                "place": f"Sołectwo {i % 97}",
                "notes": "Zgłoszone na spotkaniu w świetlicy wiejskiej; chce udziału w grupie.",
            }
            for i in range(ROWS)
        ],
    )


def _pushed_values(admin_dsn: str, pid: str) -> tuple[list[tuple[Any, ...]], list[str]]:
    import psycopg

    from cwd_desktop.sync.server import synced_catalog

    columns = [c.name for c in synced_catalog()["stakeholder"].table.columns]
    with psycopg.connect(admin_dsn) as conn:
        rows = conn.execute(
            f"SELECT {', '.join(columns)} FROM public.stakeholder WHERE partnership_id = %s "
            "ORDER BY updated_at DESC LIMIT %s",
            (pid, ROWS),
        ).fetchall()
    return [tuple(r) for r in rows], columns


def run(dataset: Dataset | None = None, runs: int = RUNS) -> list[Result]:
    """Time A's push + B's pull of 10,000 rows against COPY; then empty syncs."""
    import psycopg
    from psycopg.conninfo import make_conninfo

    from cwd_desktop.services.app import Services
    from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
    from cwd_desktop.store import open_store
    from cwd_desktop.sync.client import synchronise
    from cwd_desktop.sync.server_schema import add_advisor, assign, init_schema
    from tests.benchmarks.measure import Result, Skipped
    from tests.pg_server import find_pg_bin, running_postgres

    del dataset
    bindir = find_pg_bin()
    if bindir is None:
        raise Skipped("PostgreSQL (initdb, pg_ctl) is not installed; run scripts/system-deps.sh")
    with (
        running_postgres(bindir, durable=True) as super_dsn,
        tempfile.TemporaryDirectory(prefix="cwd-bench-sync-") as temp,
    ):
        with psycopg.connect(super_dsn, autocommit=True) as conn:
            conn.execute("CREATE DATABASE cwd")
        admin = make_conninfo(super_dsn, dbname="cwd")
        a = open_store(Path(temp) / "a")
        b = open_store(Path(temp) / "b")
        try:
            sa = Services(a)
            pid = sa.partnerships.create(DEMO_PARTNERSHIPS[0])
            dsns = {}
            with psycopg.connect(admin, autocommit=True) as conn:
                init_schema(conn)
                for role in ("anna", "bartek"):
                    add_advisor(conn, role, f"haslo-{role}")
                    assign(conn, role, pid)
                    dsns[role] = make_conninfo(admin, user=role, password=f"haslo-{role}")
            synchronise(a, dsns["anna"])
            synchronise(b, dsns["bartek"])
            ours: list[float] = []
            pushes: list[float] = []
            pulls: list[float] = []
            raw: list[float] = []
            for attempt in range(runs + 1):
                _new_rows(sa, pid, attempt)
                start = time.perf_counter()
                pushed = synchronise(a, dsns["anna"])
                middle = time.perf_counter()
                pulled = synchronise(b, dsns["bartek"])
                end = time.perf_counter()
                if pushed.pushed != ROWS or pulled.pulled != ROWS:
                    raise RuntimeError(f"pushed {pushed.pushed}, pulled {pulled.pulled}")
                values, columns = _pushed_values(admin, pid)
                copy = _copy_reference(admin, values, columns)
                if attempt:  # the first run warms imports, caches and the server
                    ours.append(end - start)
                    pushes.append(middle - start)
                    pulls.append(end - middle)
                    raw.append(copy)
            empty: list[float] = []
            for _ in range(EMPTY_RUNS):
                start = time.perf_counter()
                synchronise(a, dsns["anna"])
                empty.append(time.perf_counter() - start)
        finally:
            a.close()
            b.close()
    return [
        Result(
            f"sync of {ROWS:,} changed rows, push + pull, vs raw COPY in + out",
            statistics.median(ours),
            "s",
            reference=statistics.median(raw),
            max_ratio=MAX_RATIO,
        ),
        Result(f"  of which push ({ROWS:,} rows, 2,000 a batch)", statistics.median(pushes), "s"),
        Result(f"  of which pull ({ROWS:,} rows)", statistics.median(pulls), "s"),
        Result(
            "sync with nothing to do (p50 of 15)",
            statistics.median(empty),
            "s",
            max_value=MAX_EMPTY,
        ),
    ]

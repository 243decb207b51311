"""A real PostgreSQL for the sync tests, started and stopped by the suite itself.

The server runs from the Debian ``postgresql`` package's binaries
(``scripts/system-deps.sh test`` installs them) in a throw-away cluster on a
free loopback port, so the tests never touch a developer's own databases.
initdb refuses to run as root, so under root (CI containers) the cluster
belongs to the ``postgres`` system user. Without the binaries every sync test
is skipped with the reason when pytest is run by hand on a machine without
them; under ``make test`` (``CWD_REQUIRE_POSTGRES=1``) a missing server fails.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import make_conninfo

from cwd_desktop.services.app import Services
from cwd_desktop.store import Store, open_store
from cwd_desktop.sync.report import SyncReport
from tests.pg_server import find_pg_bin, running_postgres


@pytest.fixture(scope="session")
def pg_dsn() -> Iterator[str]:
    """A superuser DSN of a fresh PostgreSQL cluster living for the whole session."""
    bindir = find_pg_bin()
    if bindir is None and os.environ.get("CWD_REQUIRE_POSTGRES"):
        pytest.fail("PostgreSQL (initdb, pg_ctl) is missing although `make test` installs it")
    if bindir is None:
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl) not found; "
            "run `scripts/system-deps.sh test` to install the Debian postgresql package"
        )
    with running_postgres(bindir) as dsn:
        yield dsn


@pytest.fixture
def server_db(pg_dsn: str) -> Iterator[str]:
    """A fresh, empty database on the session's server; its superuser DSN."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield make_conninfo(pg_dsn, dbname=name)
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@dataclass
class Central:
    """A central store set up by its administrator: schema, advisors, assignments."""

    admin_dsn: str

    def add_advisor(self, role: str, *partnerships: str) -> str:
        """Create an advisor role with access to ``partnerships``; return its DSN."""
        from cwd_desktop.sync.server_schema import add_advisor, assign

        password = f"pw-{role}-{uuid.uuid4().hex[:8]}"
        with psycopg.connect(self.admin_dsn, autocommit=True) as conn:
            add_advisor(conn, role, password, role.capitalize())
            for pid in partnerships:
                assign(conn, role, pid)
        return make_conninfo(self.admin_dsn, user=role, password=password)

    def assign(self, role: str, partnership_id: str) -> None:
        """Give an existing advisor one more partnership."""
        from cwd_desktop.sync.server_schema import assign

        with psycopg.connect(self.admin_dsn, autocommit=True) as conn:
            assign(conn, role, partnership_id)

    def query(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        """Rows of a query run as the administrator (who sees everything)."""
        with psycopg.connect(self.admin_dsn, autocommit=True) as conn:
            return list(conn.execute(sql, params).fetchall())


@pytest.fixture
def central(server_db: str) -> Central:
    """A fresh database with the CWD schema made by ``server init``."""
    from cwd_desktop.sync.server_schema import init_schema

    with psycopg.connect(server_db, autocommit=True) as conn:
        init_schema(conn)
    return Central(server_db)


@dataclass
class Device:
    """One advisor's laptop: its own store and services."""

    services: Services
    dsn: str

    @property
    def store(self) -> Store:
        return self.services.store

    def sync(self) -> SyncReport:
        from cwd_desktop.sync.client import synchronise

        return synchronise(self.store, self.dsn)


@pytest.fixture
def make_device(tmp_path: Path) -> Iterator[Callable[[str, str], Device]]:
    """Open a new device's store in its own folder, syncing with ``dsn``."""
    opened: list[Store] = []

    def make(name: str, dsn: str) -> Device:
        store = open_store(tmp_path / f"device-{name}")
        opened.append(store)
        return Device(Services(store), dsn)

    yield make
    for store in opened:
        store.close()


# -- helpers for the scenario tests (test_sync_*.py) ------------------------------------


def team(
    central: Central, make_device: Callable[[str, str], Device], *roles: str, demo: int = 0
) -> tuple[list[Device], str]:
    """One device per advisor role, all assigned to a demo partnership made on the first.

    Only the first device has the partnership until it syncs.
    """
    from cwd_desktop.services.demo import DEMO_PARTNERSHIPS

    first = make_device(roles[0], "")
    pid = first.services.partnerships.create(DEMO_PARTNERSHIPS[demo])
    devices = [Device(first.services, central.add_advisor(roles[0], pid))]
    devices += [make_device(role, central.add_advisor(role, pid)) for role in roles[1:]]
    return devices, pid


def replica(store: Store) -> dict[str, dict[str, dict[str, object]]]:
    """Every synced row of a device, table -> id -> row in the canonical JSON form."""
    from sqlalchemy import select

    from cwd_desktop.sync.codec import row_json
    from cwd_desktop.sync.server import synced_catalog

    out: dict[str, dict[str, dict[str, object]]] = {}
    with store.engine.connect() as conn:
        for name, spec in synced_catalog().items():
            rows = conn.execute(select(spec.table)).mappings()
            found = {str(r["id"]): row_json(spec.table, dict(r)) for r in rows}
            if found:
                out[name] = found
    return out


def server_replica(central: Central) -> dict[str, dict[str, dict[str, object]]]:
    """Every synced row on the server (as its administrator), in the same form as ``replica``."""
    from psycopg.rows import dict_row

    from cwd_desktop.sync.codec import row_json
    from cwd_desktop.sync.server import synced_catalog

    out: dict[str, dict[str, dict[str, object]]] = {}
    with psycopg.connect(central.admin_dsn, autocommit=True) as conn:
        conn.execute("SET TIME ZONE 'UTC'")
        with conn.cursor(row_factory=dict_row) as cur:
            for name, spec in synced_catalog().items():
                cur.execute(f'SELECT * FROM public."{name}"')
                found = {str(r["id"]): row_json(spec.table, r) for r in cur}
                if found:
                    out[name] = found
    return out


@pytest.fixture(scope="session")
def blank_store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new store's file (migrated, TERYT loaded), closed, without a device id, to copy.

    Opening a store in an empty folder loads the TERYT register, about half a
    second; scenario tests with three laptops per test copy this file instead.
    """
    import sqlite3

    from cwd_desktop.config import DB_FILENAME
    from cwd_desktop.store.meta import DEVICE_KEY

    folder = tmp_path_factory.mktemp("blank-store")
    open_store(folder).close()
    db = folder / DB_FILENAME
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DELETE FROM local_meta WHERE key = ?", (DEVICE_KEY,))
    conn.close()
    return db


@pytest.fixture
def make_fast_device(
    tmp_path: Path, blank_store_file: Path
) -> Iterator[Callable[[str, str], Device]]:
    """Like ``make_device``, but each store starts as a copy of ``blank_store_file``.

    ``open_store`` gives each copy its own device id, as on a new laptop.
    """
    opened: list[Store] = []

    def make(name: str, dsn: str) -> Device:
        folder = tmp_path / f"device-{name}"
        folder.mkdir()
        shutil.copyfile(blank_store_file, folder / blank_store_file.name)
        store = open_store(folder)
        opened.append(store)
        return Device(Services(store), dsn)

    yield make
    for store in opened:
        store.close()

"""``server init`` and advisor access, against the suite's real PostgreSQL.

The row-level security tests connect as the advisor's own LOGIN role with
its password and send plain SQL, as a curious advisor with psql would.
"""

from __future__ import annotations

import io
import uuid
from datetime import UTC, date, datetime
from typing import Any

import psycopg
import pytest
from psycopg import sql
from psycopg.conninfo import make_conninfo

from cwd_desktop.cli import main
from cwd_desktop.domain.scope import TEAM_SCOPE
from cwd_desktop.store.migrate import HEAD_REVISION
from cwd_desktop.sync.server_schema import (
    SYNC_TABLES,
    add_advisor,
    assign,
    init_schema,
    synced_tables,
)


def _connect(dsn: str) -> psycopg.Connection[Any]:
    return psycopg.connect(dsn, autocommit=True)


def _init(dsn: str) -> list[str]:
    with _connect(dsn) as conn:
        return init_schema(conn)


def _snapshot(dsn: str) -> list[Any]:
    """Everything init could change: columns, indexes, policies, triggers, RLS flags, grants."""
    queries = [
        "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
        "WHERE table_schema = 'public' ORDER BY 1, 2",
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1",
        "SELECT tablename, policyname, roles::text, qual, with_check FROM pg_policies ORDER BY 1",
        "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1",
        "SELECT relname, relrowsecurity, relforcerowsecurity, relacl::text FROM pg_class "
        "WHERE relnamespace = 'public'::regnamespace ORDER BY 1",
        "SELECT revision, updated_at FROM schema_version",
    ]
    with _connect(dsn) as conn:
        return [conn.execute(q).fetchall() for q in queries]


def _new_advisor(admin_dsn: str, *partnerships: str) -> str:
    """A fresh advisor role assigned to ``partnerships``; its own DSN (with its password)."""
    role = f"adv_{uuid.uuid4().hex[:10]}"
    password = uuid.uuid4().hex
    with _connect(admin_dsn) as conn:
        assert add_advisor(conn, role, password, "Anna Testowa")
        for pid in partnerships:
            assert assign(conn, role, pid)
    return make_conninfo(admin_dsn, user=role, password=password)


def _values(table: str, pid: str, row_id: str | None = None, **extra: Any) -> dict[str, Any]:
    """A complete row of ``table`` for partnership ``pid`` (every NOT NULL column filled)."""
    (t,) = [t for t in synced_tables() if t.name == table]
    samples: dict[type, Any] = {
        str: "x",
        int: 0,
        float: 0.0,
        bool: False,
        date: date(2026, 1, 1),
        datetime: datetime(2026, 1, 1, tzinfo=UTC),
        bytes: b"",
    }
    values: dict[str, Any] = {}
    for column in t.columns:
        if column.nullable:
            continue
        values[column.name] = samples[column.type.python_type]
    values.update(id=row_id or str(uuid.uuid4()), partnership_id=pid, **extra)
    return values


def _insert(conn: psycopg.Connection[Any], table: str, values: dict[str, Any]) -> None:
    conn.execute(
        sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
            sql.Identifier(table),
            sql.SQL(", ").join(map(sql.Identifier, values)),
            sql.SQL(", ").join(sql.Placeholder() * len(values)),
        ),
        list(values.values()),
    )


def _partnerships(admin_dsn: str) -> tuple[str, str]:
    """Two partnerships, A and B, on the server (as the administrator puts them)."""
    a, b = str(uuid.uuid4()), str(uuid.uuid4())
    with _connect(admin_dsn) as conn:
        for pid, short in ((a, "A"), (b, "B")):
            _insert(conn, "partnership", _values("partnership", pid, pid, short_name=short))
    return a, b


def test_init_creates_every_synced_table_and_the_sync_tables(server_db: str) -> None:
    done = _init(server_db)

    with _connect(server_db) as conn:
        tables = {
            r[0]
            for r in conn.execute(
                "SELECT relname FROM pg_class WHERE relkind = 'r' "
                "AND relnamespace = 'public'::regnamespace"
            )
        }
        forced = {
            r[0]
            for r in conn.execute(
                "SELECT relname FROM pg_class WHERE relrowsecurity AND relforcerowsecurity"
            )
        }
        revision = conn.execute("SELECT revision FROM schema_version").fetchone()
    synced = {t.name for t in synced_tables()}
    assert {"partnership", "stakeholder", "comment", "survey"} <= synced
    assert synced | set(SYNC_TABLES) <= tables
    assert synced <= forced
    assert revision == (HEAD_REVISION,)
    assert "utworzono tabelę partnership" in done


def test_a_second_init_changes_nothing(server_db: str) -> None:
    assert _init(server_db)
    before = _snapshot(server_db)

    assert _init(server_db) == []
    assert _snapshot(server_db) == before


def test_a_new_column_in_the_app_is_added_by_init(server_db: str) -> None:
    _init(server_db)
    with _connect(server_db) as conn:
        conn.execute("ALTER TABLE stakeholder DROP COLUMN notes")

    assert _init(server_db) == ["dodano kolumnę stakeholder.notes"]


def test_an_advisor_reads_and_writes_only_assigned_partnerships(server_db: str) -> None:
    _init(server_db)
    a, b = _partnerships(server_db)
    advisor = _new_advisor(server_db, a)

    with _connect(advisor) as conn:
        seen = [r[0] for r in conn.execute("SELECT short_name FROM partnership")]
        _insert(conn, "stakeholder", _values("stakeholder", a, name="Gmina Braniewo"))
        mine = conn.execute("SELECT count(*) FROM stakeholder").fetchone()
        renamed_b = conn.execute("UPDATE partnership SET name = 'przejęte' WHERE id = %s", (b,))
        assert renamed_b.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _insert(conn, "stakeholder", _values("stakeholder", b, name="Cudzy"))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE stakeholder SET partnership_id = %s", (b,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM partnership WHERE id = %s", (a,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SET row_security = off")
            conn.execute("SELECT * FROM partnership")
        conn.execute("RESET row_security")
        feed = {r[0] for r in conn.execute("SELECT partnership_id FROM change_feed")}

    assert seen == ["A"]
    assert mine == (1,)
    assert feed == {a}
    with _connect(server_db) as conn:
        names = conn.execute("SELECT name FROM partnership WHERE id = %s", (b,)).fetchone()
        feed_all = {r[0] for r in conn.execute("SELECT partnership_id FROM change_feed")}
    assert names == ("x",)
    assert feed_all == {a, b}


def test_an_unassigned_advisor_sees_and_writes_nothing(server_db: str) -> None:
    _init(server_db)
    a, _b = _partnerships(server_db)
    assigned = _new_advisor(server_db, a)
    with _connect(assigned) as conn:
        _insert(conn, "stakeholder", _values("stakeholder", a, name="Gmina Braniewo"))
    nobody = _new_advisor(server_db)

    with _connect(nobody) as conn:
        counts = [
            conn.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(t))).fetchone()
            for t in ("partnership", "stakeholder", "change_feed", "conflicts")
        ]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _insert(conn, "stakeholder", _values("stakeholder", a, name="Nieuprawniony"))

    assert counts == [(0,)] * 4


def test_server_commands_from_the_cli(
    server_db: str, data_dir: Any, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    base = ["--data-dir", str(data_dir), "server"]
    assert main([*base, "init", "--dsn", server_db]) == 0
    assert "utworzono tabelę partnership" in capsys.readouterr().out
    assert main([*base, "init", "--dsn", server_db]) == 0
    assert "nic nie zmieniono" in capsys.readouterr().out

    role = f"adv_{uuid.uuid4().hex[:10]}"
    monkeypatch.setattr("sys.stdin", io.StringIO("tajne-haslo\n"))
    assert main([*base, "add-advisor", "--dsn", server_db, "--role", role]) == 0
    a, _b = _partnerships(server_db)
    assert main([*base, "assign", "--dsn", server_db, "--role", role, "--partnership", a]) == 0
    capsys.readouterr()
    with _connect(make_conninfo(server_db, user=role, password="tajne-haslo")) as conn:
        assert [r[0] for r in conn.execute("SELECT short_name FROM partnership")] == ["A"]

    assert main([*base, "add-advisor", "--dsn", server_db, "--role", "Zła Nazwa"]) == 1
    assert "Nazwa roli doradcy „Zła Nazwa”" in capsys.readouterr().err


def test_a_database_owner_who_is_not_superuser_can_run_the_server(server_db: str) -> None:
    owner, password = f"own_{uuid.uuid4().hex[:10]}", uuid.uuid4().hex
    with _connect(server_db) as conn:
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(
                sql.Identifier(owner), sql.Literal(password)
            )
        )
        dbname = conn.info.dbname
        conn.execute(
            sql.SQL("ALTER DATABASE {} OWNER TO {}").format(
                sql.Identifier(dbname), sql.Identifier(owner)
            )
        )
    admin = make_conninfo(server_db, user=owner, password=password)
    assert _init(admin)
    a, _b = _partnerships(server_db)
    advisor = _new_advisor(admin, a)

    with _connect(advisor) as conn:
        _insert(conn, "stakeholder", _values("stakeholder", a, name="Gmina Braniewo"))
    with _connect(admin) as conn:
        feed = conn.execute("SELECT table_name FROM change_feed ORDER BY seq").fetchall()
        # FORCE: not even the tables' owner reads partnership data without an assignment.
        hidden = conn.execute("SELECT count(*) FROM stakeholder").fetchone()

    assert ("stakeholder",) in feed
    assert hidden == (0,)


def test_server_errors_are_one_sentence(
    server_db: str, data_dir: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(data_dir), "server"]
    bad = make_conninfo(server_db, password="zle-haslo")
    assert main([*base, "init", "--dsn", bad]) == 1
    err = capsys.readouterr().err
    assert "Nie można połączyć się z serwerem 127.0.0.1:" in err
    assert "zle-haslo" not in err

    _init(server_db)
    pid = str(uuid.uuid4())
    assert main([*base, "assign", "--dsn", server_db, "--role", "nikt", "--partnership", pid]) == 1
    assert "Na serwerze nie ma doradcy nikt" in capsys.readouterr().err


def test_an_old_row_trigger_is_replaced_by_statement_triggers_on_upgrade(server_db: str) -> None:
    """A server made by the first schema (one row-level feed trigger) is upgraded in place."""
    _init(server_db)
    with _connect(server_db) as conn:
        for event in ("insert", "update"):
            conn.execute(f"DROP TRIGGER cwd_feed_{event}_stakeholder ON stakeholder")
        conn.execute(
            "CREATE TRIGGER cwd_feed_stakeholder AFTER INSERT OR UPDATE ON stakeholder "
            "FOR EACH ROW EXECUTE FUNCTION public.cwd_record_changes()"
        )
    done = _init(server_db)
    assert "usunięto stary wyzwalacz cwd_feed_stakeholder" in done
    a, _b = _partnerships(server_db)
    with _connect(server_db) as conn:
        before = conn.execute("SELECT count(*) FROM change_feed").fetchone()
        with conn.transaction():
            for _ in range(3):
                _insert(conn, "stakeholder", _values("stakeholder", a))
        after = conn.execute(
            "SELECT count(*), count(DISTINCT txid) FROM change_feed "
            "WHERE table_name = 'stakeholder'"
        ).fetchone()
    assert before is not None and after is not None
    assert after == (3, 1)  # one feed row per row, all in the pushing transaction


def test_the_server_keeps_no_unique_index_that_offline_work_could_break(server_db: str) -> None:
    """Two advisors may create the same short name offline: the second push must not fail."""
    _init(server_db)
    with _connect(server_db) as conn:
        unique = conn.execute(
            "SELECT i.indexname FROM pg_indexes i WHERE i.schemaname = 'public' "
            "AND i.indexdef LIKE 'CREATE UNIQUE%%' AND i.indexname NOT LIKE 'pk_%%' "
            "AND i.tablename IN (SELECT unnest(%s::text[]))",
            ([t.name for t in synced_tables()],),
        ).fetchall()
    assert unique == []
    a, b = _partnerships(server_db)
    with _connect(server_db) as conn:  # both short names "Z": stored, not refused
        for pid in (a, b):
            conn.execute("UPDATE partnership SET short_name = 'Z' WHERE id = %s", (pid,))


def test_an_advisor_registers_only_its_own_devices(server_db: str) -> None:
    """Conflicts name people through the device table; nobody can claim another's device."""
    _init(server_db)
    anna = _new_advisor(server_db)
    bartek = _new_advisor(server_db)
    device = str(uuid.uuid4())
    with _connect(anna) as conn:
        conn.execute("INSERT INTO device (device_id) VALUES (%s)", (device,))
    with _connect(bartek) as conn:
        assert conn.execute("SELECT count(*) FROM device").fetchone() == (1,)  # sees it
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO device (device_id, role_name) VALUES (%s, 'someone_else')",
                (str(uuid.uuid4()),),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM device")
        taken = conn.execute("UPDATE device SET role_name = current_user").rowcount
    assert taken == 0
    with _connect(server_db) as conn:
        owner = conn.execute("SELECT role_name FROM device").fetchone()
    assert owner is not None and owner[0] == psycopg.conninfo.conninfo_to_dict(anna)["user"]


def test_every_advisor_shares_the_team_scope_but_nothing_else(server_db: str) -> None:
    """Events and the knowledge base belong to the whole team, assigned or not."""
    _init(server_db)
    a, _b = _partnerships(server_db)
    anna = _new_advisor(server_db, a)
    nobody = _new_advisor(server_db)
    with _connect(anna) as conn:
        _insert(conn, "good_practice", _values("good_practice", TEAM_SCOPE, title="Bus na telefon"))
        _insert(conn, "stakeholder", _values("stakeholder", a, name="Gmina Braniewo"))

    with _connect(nobody) as conn:
        practices = [r[0] for r in conn.execute("SELECT title FROM good_practice")]
        stakeholders = conn.execute("SELECT count(*) FROM stakeholder").fetchone()
        _insert(conn, "network_event", _values("network_event", TEAM_SCOPE, title="Forum"))
        feed = {r[0] for r in conn.execute("SELECT partnership_id FROM change_feed")}

    assert practices == ["Bus na telefon"]
    assert stakeholders == (0,)
    assert feed == {TEAM_SCOPE}


def test_an_old_scope_policy_is_replaced_on_upgrade(server_db: str) -> None:
    """A server whose policies predate the team scope gets the new ones from ``server init``."""
    _init(server_db)
    old = (
        "partnership_id IN (SELECT ap.partnership_id FROM public.advisor_partnership ap "
        "WHERE ap.role_name = current_user)"
    )
    with _connect(server_db) as conn:
        conn.execute("DROP POLICY cwd_scope_v2 ON good_practice")
        conn.execute(
            f"CREATE POLICY cwd_scope ON good_practice FOR ALL TO cwd_advisor USING ({old}) "
            f"WITH CHECK ({old})"
        )
    nobody = _new_advisor(server_db)
    with _connect(server_db) as conn:
        _insert(conn, "good_practice", _values("good_practice", TEAM_SCOPE, title="Klaster"))
    with _connect(nobody) as conn:
        before = conn.execute("SELECT count(*) FROM good_practice").fetchone()

    done = _init(server_db)

    with _connect(nobody) as conn:
        after = conn.execute("SELECT count(*) FROM good_practice").fetchone()
    with _connect(server_db) as conn:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT policyname FROM pg_policies WHERE tablename = 'good_practice'"
            )
        ]
    assert before == (0,)
    assert "usunięto starą politykę dostępu na good_practice" in done
    assert after == (1,)
    assert names == ["cwd_scope_v2"]

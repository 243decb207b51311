"""The central PostgreSQL schema: made and upgraded by ``cwd-desktop server init``.

The server holds the same synced tables as the clients (built from the ORM
metadata, so a new model or column reaches the server with no second schema
to maintain), plus the tables only sync needs: ``processed_mutations`` (so a
resent batch changes nothing), ``change_feed`` (what to pull, by transaction
id, so a late commit is never skipped as it would be with a timestamp or a
serial), ``conflicts``, the advisors and their partnership assignments, and
``schema_version`` (the client store revision the server was made for).

Decisions:

- No foreign keys on the server copies. Clients validate rows before they
  are written; on the server a foreign key would turn an ordering quirk of a
  batch or a bundle into a refused push, and referential checks bypass
  row-level security, so they would let a role probe rows of partnerships it
  cannot see. TERYT reference data ships with every client (resources), so
  the server has no ``teryt_unit`` table and no key to it either: a client
  with a newer register must not be refused by an older server.
- Access is row-level security, forced on synced tables even for their
  owner: an advisor role (a member of the ``cwd_advisor`` group) sees and
  writes only rows whose ``partnership_id`` is in its own
  ``advisor_partnership`` rows, whatever SQL it sends. Nothing is ever
  deleted (tombstones), so no one gets DELETE.
- Every step checks the catalog first and reports only what it changed, so a
  second run changes nothing and says so. All of it is one transaction.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import Table
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateIndex, CreateTable

from cwd_desktop.domain.base import TEAM_SCOPE
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.store.migrate import HEAD_REVISION

#: The group role every advisor role belongs to; the grants and policies name it.
ADVISOR_GROUP = "cwd_advisor"
SCHEMA = "public"

#: The partnerships of the connected role and the team's shared scope (networking
#: events, the knowledge base), used by every partnership-scoped policy.
_MINE = (
    f"(partnership_id = '{TEAM_SCOPE}' OR "
    "partnership_id IN (SELECT ap.partnership_id FROM public.advisor_partnership ap "
    "WHERE ap.role_name = current_user))"
)
#: The name of the scope policy. It changes whenever a policy's text changes, so
#: ``init_schema`` on an older server drops the old policy and creates the new one
#: (PostgreSQL cannot compare policy expressions reliably).
POLICY = "cwd_scope_v2"
#: Names the scope policy had on older servers, dropped on upgrade.
OLD_POLICIES = ("cwd_scope",)

#: Sync tables: name -> DDL. Created in this order (advisor before its assignments).
SYNC_TABLES: dict[str, str] = {
    "schema_version": """
        CREATE TABLE public.schema_version (
            id boolean PRIMARY KEY DEFAULT true CHECK (id),
            revision text NOT NULL,
            updated_at timestamptz NOT NULL DEFAULT now()
        )""",
    "advisor": """
        CREATE TABLE public.advisor (
            role_name text PRIMARY KEY,
            display_name text NOT NULL DEFAULT ''
        )""",
    "advisor_partnership": """
        CREATE TABLE public.advisor_partnership (
            role_name text NOT NULL REFERENCES public.advisor ON DELETE CASCADE,
            partnership_id varchar(36) NOT NULL,
            assigned_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (role_name, partnership_id)
        )""",
    "processed_mutations": """
        CREATE TABLE public.processed_mutations (
            mutation_id uuid PRIMARY KEY,
            advisor text NOT NULL DEFAULT current_user,
            processed_at timestamptz NOT NULL DEFAULT now()
        )""",
    "change_feed": """
        CREATE TABLE public.change_feed (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
            table_name text NOT NULL,
            row_id varchar(36) NOT NULL,
            partnership_id varchar(36) NOT NULL
        );
        CREATE INDEX ix_change_feed_partnership_txid ON public.change_feed (partnership_id, txid)
        """,
    "device": """
        CREATE TABLE public.device (
            device_id varchar(36) PRIMARY KEY,
            role_name text NOT NULL DEFAULT current_user,
            last_seen timestamptz NOT NULL DEFAULT now()
        )""",
    "blob": """
        CREATE TABLE public.blob (
            sha256 char(64) NOT NULL,
            partnership_id varchar(36) NOT NULL,
            size bigint NOT NULL,
            data bytea NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (sha256, partnership_id)
        )""",
    "conflicts": """
        CREATE TABLE public.conflicts (
            id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
            table_name text NOT NULL,
            row_id varchar(36) NOT NULL,
            partnership_id varchar(36) NOT NULL,
            field text NOT NULL,
            base_value jsonb,
            local_value jsonb,
            remote_value jsonb,
            local_by text,
            local_at timestamptz,
            remote_by text,
            remote_at timestamptz,
            created_at timestamptz NOT NULL DEFAULT now(),
            resolved_at timestamptz,
            resolved_by text,
            resolution jsonb
        );
        CREATE INDEX ix_conflicts_open ON public.conflicts (partnership_id)
            WHERE resolved_at IS NULL
        """,
}

#: Row-level security of the sync tables: table -> (privileges, policy); a policy
#: "USING|CHECK" has a separate WITH CHECK expression.
SYNC_ACCESS: dict[str, tuple[str, str | None]] = {
    "schema_version": ("SELECT", None),
    "advisor": ("SELECT", None),  # the team sees who is who (conflicts name people)
    "advisor_partnership": ("SELECT", "role_name = current_user"),
    "processed_mutations": ("SELECT, INSERT", "advisor = current_user"),
    "change_feed": ("SELECT", _MINE),
    "conflicts": ("SELECT, INSERT, UPDATE", _MINE),
    # Everyone sees whose device is whose (conflicts name the author); each writes only its own.
    "device": ("SELECT, INSERT, UPDATE", "role_name = current_user"),
    "blob": ("SELECT, INSERT", _MINE),
}

#: Appends every insert/update of a synced row to the change feed. SECURITY
#: DEFINER so advisors need no write grant on the feed; the fixed search_path
#: keeps a role from planting its own ``change_feed`` in front of ours.
FEED_FUNCTION = """
CREATE OR REPLACE FUNCTION public.cwd_record_changes() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    INSERT INTO public.change_feed (table_name, row_id, partnership_id)
    SELECT TG_TABLE_NAME, n.id, n.partnership_id FROM cwd_new_rows n;
    RETURN NULL;
END
$fn$"""
#: One statement-level trigger per event (PostgreSQL allows a transition table
#: on single-event triggers only): a push of 10,000 rows is one feed insert.
FEED_EVENTS = ("INSERT", "UPDATE")
#: The row-level trigger of the first server schema, replaced on upgrade.
OLD_FEED_TRIGGER = "cwd_feed_{table}"

#: Server-only column of every synced table: {field: [device id, ISO time]}.
FIELD_AUTHORS = "cwd_field_authors"

_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_DIALECT = postgresql.dialect()  # type: ignore[no-untyped-call]

Report = Callable[[str], None]


def synced_tables() -> list[Table]:
    """Every ORM table of a model with the ``Synced`` mixin, sorted by name."""
    from cwd_desktop.domain import all_models
    from cwd_desktop.domain.base import Base, Synced

    all_models()
    tables = {
        mapper.local_table
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Synced) and isinstance(mapper.local_table, Table)
    }
    return sorted(tables, key=lambda t: t.name)


def init_schema(conn: psycopg.Connection[Any]) -> list[str]:
    """Create or upgrade the central schema in one transaction; what was done, in Polish.

    ``conn`` must belong to a role that may create roles and tables (the
    database owner with CREATEROLE, or a superuser). An empty list means the
    server was already up to date.
    """
    done: list[str] = []
    with conn.transaction():
        _check_version(conn)
        _ensure_group(conn, done.append)
        for name, ddl in SYNC_TABLES.items():
            if not _exists(conn, name):
                conn.execute(ddl)
                done.append(f"utworzono tabelę {name}")
        _ensure_feed_function(conn, done.append)
        for table in synced_tables():
            _ensure_synced_table(conn, table, done.append)
            _ensure_access(
                conn, table.name, "SELECT, INSERT, UPDATE", _MINE, done.append, force=True
            )
        for name, (privileges, policy) in SYNC_ACCESS.items():
            _ensure_access(conn, name, privileges, policy, done.append, force=False)
        _ensure_read_all(conn, "device", done.append)
        conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(_group()))
        _set_version(conn, done.append)
    return done


def _group() -> sql.Identifier:
    return sql.Identifier(ADVISOR_GROUP)


def _exists(conn: psycopg.Connection[Any], table: str) -> bool:
    row = conn.execute("SELECT to_regclass(%s) IS NOT NULL", (f"{SCHEMA}.{table}",)).fetchone()
    return bool(row and row[0])


def _check_version(conn: psycopg.Connection[Any]) -> None:
    """Refuse to touch a server made by a newer app: downgrading it would lose columns."""
    if not _exists(conn, "schema_version"):
        return
    row = conn.execute("SELECT revision FROM public.schema_version").fetchone()
    if row and row[0].isdigit() and int(row[0]) > int(HEAD_REVISION):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Schemat serwera (wersja {server}) jest nowszy niż ta wersja programu "
                "({client}); zaktualizuj program.",
            ),
            server=row[0],
            client=HEAD_REVISION,
        )


def _set_version(conn: psycopg.Connection[Any], report: Report) -> None:
    row = conn.execute("SELECT revision FROM public.schema_version").fetchone()
    if row is None:
        conn.execute("INSERT INTO public.schema_version (revision) VALUES (%s)", (HEAD_REVISION,))
    elif row[0] != HEAD_REVISION:
        conn.execute(
            "UPDATE public.schema_version SET revision = %s, updated_at = now()",
            (HEAD_REVISION,),
        )
    else:
        return
    report(f"ustawiono wersję schematu {HEAD_REVISION}")


def _ensure_group(conn: psycopg.Connection[Any], report: Report) -> None:
    if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (ADVISOR_GROUP,)).fetchone():
        return
    conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(_group()))
    report(f"utworzono rolę grupową {ADVISOR_GROUP}")


def _ensure_feed_function(conn: psycopg.Connection[Any], report: Report) -> None:
    current = conn.execute(
        "SELECT pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n "
        "ON n.oid = p.pronamespace WHERE n.nspname = %s AND p.proname = 'cwd_record_changes'",
        (SCHEMA,),
    ).fetchone()
    body = FEED_FUNCTION.split("$fn$")[1]
    if current and body in current[0]:
        return
    conn.execute(FEED_FUNCTION)
    conn.execute("REVOKE ALL ON FUNCTION public.cwd_record_changes() FROM PUBLIC")
    report("utworzono funkcję dziennika zmian cwd_record_changes")


def _ensure_feed_triggers(conn: psycopg.Connection[Any], table: Table, report: Report) -> None:
    """Statement-level feed triggers on one synced table (replacing the old row-level one)."""
    regclass = f"{SCHEMA}.{table.name}"
    target = sql.Identifier(SCHEMA, table.name)
    old = OLD_FEED_TRIGGER.format(table=table.name)
    if conn.execute(
        "SELECT 1 FROM pg_trigger WHERE tgname = %s AND tgrelid = to_regclass(%s)", (old, regclass)
    ).fetchone():
        conn.execute(sql.SQL("DROP TRIGGER {} ON {}").format(sql.Identifier(old), target))
        report(f"usunięto stary wyzwalacz {old}")
    for event in FEED_EVENTS:
        name = f"cwd_feed_{event.lower()}_{table.name}"[:63]
        if conn.execute(
            "SELECT 1 FROM pg_trigger WHERE tgname = %s AND tgrelid = to_regclass(%s)",
            (name, regclass),
        ).fetchone():
            continue
        conn.execute(
            sql.SQL(
                "CREATE TRIGGER {} AFTER {} ON {} REFERENCING NEW TABLE AS cwd_new_rows "
                "FOR EACH STATEMENT EXECUTE FUNCTION public.cwd_record_changes()"
            ).format(sql.Identifier(name), sql.SQL(event), target)
        )
        report(f"dodano wyzwalacz dziennika zmian {name}")


def _ensure_synced_table(conn: psycopg.Connection[Any], table: Table, report: Report) -> None:
    """Create the table (no foreign keys, see the module docstring) or add new columns."""
    if not _exists(conn, table.name):
        ddl = CreateTable(table, include_foreign_key_constraints=[])
        conn.execute(str(ddl.compile(dialect=_DIALECT)))
        report(f"utworzono tabelę {table.name}")
    else:
        have = {
            r[0]
            for r in conn.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = %s AND table_name = %s",
                (SCHEMA, table.name),
            )
        }
        for column in table.columns:
            if column.name in have:
                continue
            # Nullable: rows already on the server have no value for a new column.
            conn.execute(
                sql.SQL("ALTER TABLE {} ADD COLUMN {} {}").format(
                    sql.Identifier(SCHEMA, table.name),
                    sql.Identifier(column.name),
                    sql.SQL(column.type.compile(dialect=_DIALECT)),
                )
            )
            report(f"dodano kolumnę {table.name}.{column.name}")
    _ensure_field_authors(conn, table, report)
    for index in sorted(table.indexes, key=lambda i: str(i.name)):
        if not _exists(conn, str(index.name)):
            # Never unique here: two advisors offline may both add "the same" row (a member
            # gmina, a short name); refusing the second push would lose it. Clients keep
            # their own unique indexes and meet such pairs as conflicts instead.
            ddl_text = str(CreateIndex(index).compile(dialect=_DIALECT))
            conn.execute(ddl_text.replace("CREATE UNIQUE INDEX", "CREATE INDEX", 1))
            report(f"utworzono indeks {index.name}")
    _ensure_feed_triggers(conn, table, report)


def _ensure_field_authors(conn: psycopg.Connection[Any], table: Table, report: Report) -> None:
    """A server-only column: who changed each field last and when, to name both sides of a
    conflict correctly even when another field of the row changed after."""
    found = conn.execute(
        "SELECT 1 FROM information_schema.columns WHERE table_schema = %s AND table_name = %s "
        "AND column_name = %s",
        (SCHEMA, table.name, FIELD_AUTHORS),
    ).fetchone()
    if found:
        return
    conn.execute(
        sql.SQL("ALTER TABLE {} ADD COLUMN {} jsonb NOT NULL DEFAULT '{{}}'::jsonb").format(
            sql.Identifier(SCHEMA, table.name), sql.Identifier(FIELD_AUTHORS)
        )
    )
    report(f"dodano kolumnę {table.name}.{FIELD_AUTHORS}")


def _ensure_access(
    conn: psycopg.Connection[Any],
    table: str,
    privileges: str,
    policy: str | None,
    report: Report,
    *,
    force: bool,
) -> None:
    """Grants for the advisor group, and row-level security with one policy.

    Synced tables force it even on their owner. The sync tables only enable
    it: the administrator (their owner, maybe not a superuser) must still
    manage assignments, and the change-feed trigger writes as that owner.
    """
    target = sql.Identifier(SCHEMA, table)
    conn.execute(sql.SQL("GRANT {} ON {} TO {}").format(sql.SQL(privileges), target, _group()))
    for old in OLD_POLICIES:
        if _has_policy(conn, table, old):
            conn.execute(sql.SQL("DROP POLICY {} ON {}").format(sql.Identifier(old), target))
            report(f"usunięto starą politykę dostępu na {table}")
    if policy is None:
        return
    flags = conn.execute(
        "SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE oid = to_regclass(%s)",
        (f"{SCHEMA}.{table}",),
    ).fetchone()
    if flags != (True, force):
        conn.execute(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(target))
        how = "FORCE" if force else "NO FORCE"
        conn.execute(sql.SQL("ALTER TABLE {} {} ROW LEVEL SECURITY").format(target, sql.SQL(how)))
        report(f"włączono row level security na {table}")
    if _has_policy(conn, table, POLICY):
        return
    using, _, check = policy.partition("|")
    conn.execute(
        sql.SQL("CREATE POLICY {} ON {} FOR ALL TO {} USING ({}) WITH CHECK ({})").format(
            sql.Identifier(POLICY), target, _group(), sql.SQL(using), sql.SQL(check or using)
        )
    )
    report(f"dodano politykę dostępu na {table}")


def _has_policy(conn: psycopg.Connection[Any], table: str, name: str) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM pg_policies WHERE schemaname = %s AND tablename = %s "
            "AND policyname = %s",
            (SCHEMA, table, name),
        ).fetchone()
        is not None
    )


def _ensure_read_all(conn: psycopg.Connection[Any], table: str, report: Report) -> None:
    """A second, SELECT-only policy: every advisor may read the table (policies add up)."""
    if conn.execute(
        "SELECT 1 FROM pg_policies WHERE schemaname = %s AND tablename = %s "
        "AND policyname = 'cwd_read'",
        (SCHEMA, table),
    ).fetchone():
        return
    conn.execute(
        sql.SQL("CREATE POLICY cwd_read ON {} FOR SELECT TO {} USING (true)").format(
            sql.Identifier(SCHEMA, table), _group()
        )
    )
    report(f"dodano politykę odczytu na {table}")


def add_advisor(
    conn: psycopg.Connection[Any], role: str, password: str, display_name: str = ""
) -> bool:
    """Create (or update the password of) an advisor's LOGIN role; True if it is new.

    The password is turned into a SCRAM verifier here, by libpq, so the plain
    text never reaches the server, its statement log or any file.
    """
    if not _ROLE_NAME.match(role) or role == ADVISOR_GROUP:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Nazwa roli doradcy „{role}” jest nieprawidłowa: użyj małych liter bez "
                "polskich znaków, cyfr i podkreślenia (do 63 znaków).",
            ),
            field="role",
            role=role,
        )
    if not password:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Hasło doradcy {role} nie może być puste."),
            field="password",
            role=role,
        )
    verifier = conn.pgconn.encrypt_password(
        password.encode(), role.encode(), b"scram-sha-256"
    ).decode()
    with conn.transaction():
        new = not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        verb = "CREATE ROLE {} LOGIN PASSWORD {}" if new else "ALTER ROLE {} LOGIN PASSWORD {}"
        conn.execute(sql.SQL(verb).format(sql.Identifier(role), sql.Literal(verifier)))
        conn.execute(sql.SQL("GRANT {} TO {}").format(_group(), sql.Identifier(role)))
        conn.execute(
            "INSERT INTO public.advisor (role_name, display_name) VALUES (%s, %s) "
            "ON CONFLICT (role_name) DO UPDATE SET display_name = "
            "COALESCE(NULLIF(EXCLUDED.display_name, ''), public.advisor.display_name)",
            (role, display_name),
        )
    return new


def assign(conn: psycopg.Connection[Any], role: str, partnership_id: str) -> bool:
    """Let an advisor see and write one partnership; True if it was not assigned yet."""
    with conn.transaction():
        if not conn.execute(
            "SELECT 1 FROM public.advisor WHERE role_name = %s", (role,)
        ).fetchone():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Na serwerze nie ma doradcy {role}; dodaj go najpierw "
                    "poleceniem „server add-advisor”.",
                ),
                field="role",
                role=role,
            )
        cur = conn.execute(
            "INSERT INTO public.advisor_partnership (role_name, partnership_id) "
            "VALUES (%s, %s) ON CONFLICT DO NOTHING",
            (role, partnership_id),
        )
        return cur.rowcount == 1


def unassign(conn: psycopg.Connection[Any], role: str, partnership_id: str) -> bool:
    """Take a partnership away from an advisor; True if it was assigned."""
    with conn.transaction():
        cur = conn.execute(
            "DELETE FROM public.advisor_partnership WHERE role_name = %s AND partnership_id = %s",
            (role, partnership_id),
        )
        return cur.rowcount == 1

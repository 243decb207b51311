"""``server init|add-advisor|assign|unassign``: the administrator's side of sync.

These run against the central PostgreSQL, not the local store: ``init``
creates or upgrades the schema and its row-level security, ``add-advisor``
makes one LOGIN role per advisor and ``assign`` gives it a partnership. The
password is read from the terminal (or one line of standard input, for
scripts) and never from the command line, where ``ps`` and shell history
would keep it.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.app import Services


def register(sub: Any, add: Any) -> None:
    """Add the ``server`` command group to the top-level parser."""
    group = sub.add_parser("server", help="serwer centralny PostgreSQL (administrator)")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    init = add(actions, "init", cmd_init, "utwórz lub zaktualizuj schemat serwera")
    init.add_argument("--dsn", required=True, help="adres serwera (konto administratora)")

    advisor = add(actions, "add-advisor", cmd_add_advisor, "dodaj doradcę lub zmień jego hasło")
    advisor.add_argument("--dsn", required=True, help="adres serwera (konto administratora)")
    advisor.add_argument("--role", required=True, help="nazwa roli doradcy, np. jkowalska")
    advisor.add_argument("--name", default="", help="imię i nazwisko doradcy")

    for name, handler, text in (
        ("assign", cmd_assign, "przydziel doradcy partnerstwo"),
        ("unassign", cmd_unassign, "odbierz doradcy partnerstwo"),
    ):
        p = add(actions, name, handler, text)
        p.add_argument("--dsn", required=True, help="adres serwera (konto administratora)")
        p.add_argument("--role", required=True, help="nazwa roli doradcy")
        p.add_argument("--partnership", required=True, help="id lub skrót nazwy partnerstwa")


def _print(args: argparse.Namespace, payload: Any, text: str) -> None:
    from cwd_desktop.cli import _print as print_result

    print_result(args, payload, text)


def _where(dsn: str) -> str:
    """host:port/database of a DSN, never its password, for messages."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(dsn)
    except psycopg.Error:
        return "?"
    host = parts.get("host") or "localhost"
    return f"{host}:{parts.get('port') or 5432}/{parts.get('dbname') or ''}"


def _reason(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


@contextmanager
def _server(dsn: str) -> Iterator[Any]:
    """An autocommit connection; an unreachable server or a refused statement is a user error.

    Refusals are the administrator's to fix (wrong password, an account that
    may not create roles), so they are one sentence, not a crash dialog.
    """
    import psycopg

    try:
        conn = psycopg.connect(dsn, autocommit=True)
    except (psycopg.Error, ValueError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Nie można połączyć się z serwerem {server}: {reason}"),
            field="dsn",
            server=_where(dsn),
            reason=_reason(exc),
        ) from exc
    try:
        with conn:
            yield conn
    except psycopg.Error as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Serwer {server} odrzucił operację: {reason}"),
            field="dsn",
            server=_where(dsn),
            reason=_reason(exc),
        ) from exc


def _partnership_id(services: Services, value: str) -> str:
    """A partnership known locally by id or short name, or any UUID as given."""
    try:
        return services.partnerships.get(value).id
    except UserError:
        try:
            return str(uuid.UUID(value))
        except ValueError:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Nie znaleziono partnerstwa „{value}”; podaj jego id (UUID) "
                    "lub skrót nazwy znany w tym folderze danych.",
                ),
                field="partnership",
                value=value,
            ) from None


def _read_password(role: str) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(f"Hasło doradcy {role}: ")
        if getpass.getpass("Powtórz hasło: ") != first:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Podane hasła doradcy {role} są różne."),
                field="password",
                role=role,
            )
        return first
    return sys.stdin.readline().rstrip("\r\n")


def cmd_init(services: Services, args: argparse.Namespace) -> None:
    """Create or upgrade the schema; print each change, or that there was none."""
    from cwd_desktop.store.migrate import HEAD_REVISION
    from cwd_desktop.sync.server_schema import init_schema

    with _server(args.dsn) as conn:
        done = init_schema(conn)
    text = (
        "\n".join(done) + f"\nSchemat serwera gotowy (wersja {HEAD_REVISION})."
        if done
        else f"Schemat serwera jest aktualny (wersja {HEAD_REVISION}); nic nie zmieniono."
    )
    _print(args, {"changes": done, "revision": HEAD_REVISION}, text)


def cmd_add_advisor(services: Services, args: argparse.Namespace) -> None:
    """A new advisor role (LOGIN, in the advisor group) or a new password for one."""
    from cwd_desktop.sync.server_schema import add_advisor

    password = _read_password(args.role)
    with _server(args.dsn) as conn:
        new = add_advisor(conn, args.role, password, args.name)
    text = f"Dodano doradcę {args.role}." if new else f"Zmieniono hasło doradcy {args.role}."
    _print(args, {"role": args.role, "created": new}, text)


def cmd_assign(services: Services, args: argparse.Namespace) -> None:
    """Give an advisor one partnership."""
    from cwd_desktop.sync.server_schema import assign

    pid = _partnership_id(services, args.partnership)
    with _server(args.dsn) as conn:
        added = assign(conn, args.role, pid)
    text = (
        f"Przydzielono partnerstwo {pid} doradcy {args.role}."
        if added
        else f"Doradca {args.role} już ma partnerstwo {pid}."
    )
    _print(args, {"role": args.role, "partnership_id": pid, "changed": added}, text)


def cmd_unassign(services: Services, args: argparse.Namespace) -> None:
    """Take a partnership away from an advisor."""
    from cwd_desktop.sync.server_schema import unassign

    pid = _partnership_id(services, args.partnership)
    with _server(args.dsn) as conn:
        removed = unassign(conn, args.role, pid)
    text = (
        f"Odebrano doradcy {args.role} partnerstwo {pid}."
        if removed
        else f"Doradca {args.role} nie miał partnerstwa {pid}."
    )
    _print(args, {"role": args.role, "partnership_id": pid, "changed": removed}, text)

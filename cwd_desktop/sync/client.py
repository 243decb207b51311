"""Sync with the central PostgreSQL: push the outbox in batches, then pull.

1. Push: the outbox, oldest first, in batches; each batch is one server
   transaction (``sync.server.push_batch``), then one local transaction
   drops the acknowledged entries and writes the server's merged rows.
   A connection lost in between is harmless: the next sync resends the
   batch and the server skips the mutations it has already processed.
2. Conflicts settled on this device are marked resolved on the server.
3. Pull: rows changed since each partnership's cursor (an xid8 watermark),
   the open conflicts, then the files the new rows refer to.

Mutations of partnerships the advisor is not assigned to on the server stay
in the outbox (``held_back``) instead of failing the whole push.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.progress import NO_PROGRESS, Progress
from cwd_desktop.store import Store
from cwd_desktop.sync.report import SyncReport

LAST_SYNC_KEY = "last_sync"


def last_sync(store: Store) -> datetime | None:
    """When this device last finished a sync, or None."""
    from cwd_desktop.store.meta import read_meta

    value = read_meta(store.reader(), LAST_SYNC_KEY)
    return datetime.fromisoformat(value) if value else None


def configured_dsn(store: Store, password: str | None = None) -> str:
    """The DSN from the settings and the keyring; a UserError when sync is not set up."""
    from cwd_desktop.sync.config import get_password, load_config

    config = load_config(store.settings)
    if config is None or not config.user:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Synchronizacja nie jest skonfigurowana: podaj adres serwera i nazwę "
                "użytkownika na stronie Synchronizacja.",
            )
        )
    password = password or get_password(config)
    if not password:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Brak hasła użytkownika {user} do serwera {where}: wpisz je na stronie "
                "Synchronizacja.",
            ),
            user=config.user,
            where=config.where,
        )
    return config.dsn(password)


def with_keyring_password(dsn: str) -> str:
    """``dsn`` with the password stored in the keyring for its server, if it has none."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    from cwd_desktop.sync.config import ServerConfig, get_password

    parts = conninfo_to_dict(dsn)
    if parts.get("password"):
        return dsn
    config = ServerConfig(
        host=str(parts.get("host") or "localhost"),
        user=str(parts.get("user") or ""),
        port=int(parts.get("port") or 5432),
        dbname=str(parts.get("dbname") or "cwd"),
    )
    password = get_password(config)
    return make_conninfo(dsn, password=password) if password else dsn


def where(dsn: str) -> str:
    """host:port/database of a DSN, never its password, for messages."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(dsn)
    except Exception:  # a malformed DSN is named as such by the connect error
        return "?"
    host, port = parts.get("host") or "localhost", parts.get("port") or 5432
    return f"{host}:{port}/{parts.get('dbname') or ''}"


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


@contextmanager
def connect(dsn: str) -> Iterator[Any]:
    """An autocommit connection in UTC; unreachable or refused is one UserError."""
    import psycopg

    try:
        conn = psycopg.connect(dsn, autocommit=True, connect_timeout=10)
    except psycopg.Error as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Nie można połączyć się z serwerem {where}: {reason}."),
            where=where(dsn),
            reason=_reason(exc),
        ) from exc
    try:
        conn.execute("SET TIME ZONE 'UTC'")
        yield conn
    except psycopg.errors.InsufficientPrivilege as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Serwer {where} odmówił dostępu ({reason}); poproś administratora o "
                "przydzielenie partnerstwa. Zmiany czekają na tym komputerze.",
            ),
            where=where(dsn),
            reason=_reason(exc),
        ) from exc
    except psycopg.Error as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Synchronizacja z serwerem {where} została przerwana ({reason}); wysłane "
                "paczki są zapisane, resztę wyśle następna synchronizacja.",
            ),
            where=where(dsn),
            reason=_reason(exc),
        ) from exc
    finally:
        conn.close()


def check_schema(conn: Any, dsn: str) -> None:
    """Refuse to push to a server whose schema differs from this client's."""
    from cwd_desktop.store.migrate import HEAD_REVISION

    row = conn.execute("SELECT to_regclass('public.schema_version') IS NOT NULL").fetchone()
    revision = None
    if row and row[0]:
        found = conn.execute("SELECT revision FROM public.schema_version").fetchone()
        revision = str(found[0]) if found else None
    if revision is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Na serwerze {where} nie ma bazy CWD; administrator musi uruchomić "
                "„cwd-desktop server init”.",
            ),
            where=where(dsn),
        )
    if revision.isdigit() and int(revision) > int(HEAD_REVISION):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Serwer {where} ma nowszy schemat danych (wersja {server}) niż ten program "
                "({client}); zaktualizuj program. Nic nie wysłano.",
            ),
            where=where(dsn),
            server=revision,
            client=HEAD_REVISION,
        )
    if revision != HEAD_REVISION:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Serwer {where} ma starszy schemat danych (wersja {server}) niż ten program "
                "({client}); administrator musi uruchomić „cwd-desktop server init”. "
                "Nic nie wysłano.",
            ),
            where=where(dsn),
            server=revision,
            client=HEAD_REVISION,
        )


def synchronise(
    store: Store, dsn: str, progress: Progress = NO_PROGRESS, *, batch_size: int = 2000
) -> SyncReport:
    """Push every pending change in batches, then pull; a UserError names what failed."""
    from cwd_desktop.domain.base import TEAM_SCOPE
    from cwd_desktop.sync import server
    from cwd_desktop.sync.pipeline import LocalSide

    catalog = server.synced_catalog()
    local = LocalSide(store, catalog)
    report = SyncReport()
    progress.update(0, 0, QT_TRANSLATE_NOOP("progress", "Łączenie z serwerem…"))
    with connect(dsn) as conn:
        check_schema(conn, dsn)
        server.register_device(conn, store.device_id)
        assigned = server.assigned_partnerships(conn)
        report.partnerships = [p for p in assigned if p != TEAM_SCOPE]
        total, report.held_back = local.count_pending(assigned)
        txids: list[str] = []
        after = 0
        while True:
            entries = local.next_batch(assigned, after, batch_size)
            if not entries:
                break
            result = server.push_batch(conn, catalog, [m for _, m in entries], local.read_blob)
            local.acknowledge(entries, result)
            txids.append(result.txid)
            after = entries[-1][0]
            report.pushed += len(result.applied)
            report.already_there += len(result.already_there)
            report.new_conflicts += result.conflicts
            report.blobs_sent += result.blobs_sent
            progress.update(
                report.pushed + report.already_there,
                total,
                QT_TRANSLATE_NOOP("progress", "Wysyłanie zmian…"),
            )
        server.push_resolutions(conn, local.pending_resolutions())
        local.resolutions_sent()
        progress.update(0, 0, QT_TRANSLATE_NOOP("progress", "Pobieranie zmian…"))
        pulled = server.pull(conn, catalog, local.cursors(), txids, local.open_server_conflicts())
        report.pulled = local.apply_pulled(pulled)
        missing = local.missing_blobs()
        if missing:
            progress.update(0, 0, QT_TRANSLATE_NOOP("progress", "Pobieranie plików…"))
            report.blobs_received = local.store_blobs(server.fetch_blobs(conn, missing))
    report.finished_at = datetime.now(UTC)
    local.finish(report.finished_at)
    from cwd_desktop.sync.conflicts import count_open

    report.open_conflicts = count_open(store)
    return report

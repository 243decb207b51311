"""Opening the local store: checks, migrations, reference data, sessions.

``open_store`` is the only way in. It refuses what it cannot safely open (a
file that is not SQLite, a database from a newer app, a corrupt file), backs
the file up before migrating, checks integrity after an unclean shutdown and
hands out sessions whose flushes feed the outbox.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, func, inspect, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from cwd_desktop import resources
from cwd_desktop.config import (
    BACKUP_DIRNAME,
    DB_FILENAME,
    Settings,
    ensure_writable_dir,
)
from cwd_desktop.domain import LocalMeta, OutboxEntry
from cwd_desktop.domain.types import new_id
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.store import migrate
from cwd_desktop.store.backup import list_backups, rotating_backup
from cwd_desktop.store.engine import looks_like_sqlite, make_engine, read_only_uri
from cwd_desktop.store.errors import user_error_from_db
from cwd_desktop.store.outbox import DEVICE_KEY, install_outbox_listener
from cwd_desktop.store.teryt import ensure_teryt

MARKER_PREFIX = ".cwd-open-"


@dataclass
class Store:
    """An open local store. Close it to mark a clean shutdown."""

    data_dir: Path
    engine: Engine
    device_id: str
    settings: Settings
    was_unclean: bool = False
    _factory: sessionmaker[Session] = field(init=False, repr=False)
    _marker: Path | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        install_outbox_listener(self._factory)

    @property
    def path(self) -> Path:
        """The SQLite file."""
        return self.data_dir / DB_FILENAME

    @property
    def backup_dir(self) -> Path:
        """Where automatic and manual backups go."""
        return self.data_dir / BACKUP_DIRNAME

    def session(self) -> Session:
        """A session for reading; use ``unit_of_work`` to change anything."""
        session = self._factory()
        session.info[DEVICE_KEY] = self.device_id
        return session

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A session whose work is committed only if the block succeeds.

        Database errors the user can act on (disk full, read-only file,
        locked) become a UserError; nothing of the block is stored then.
        """
        session = self.session()
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            raise user_error_from_db(exc, self.path) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def pending_changes(self) -> int:
        """Local changes not yet synced (outbox rows)."""
        with self.session() as session:
            return session.scalar(select(func.count()).select_from(OutboxEntry)) or 0

    def backup(self, reason: str = "manual") -> Path:
        """A verified copy in the backup folder, rotated to the configured count."""
        return rotating_backup(
            self.path, self.backup_dir, reason, int(self.settings.get("backups_keep"))
        )

    def close(self) -> None:
        """Release the file and mark the shutdown as clean."""
        self.engine.dispose()
        if self._marker is not None:
            self._marker.unlink(missing_ok=True)
            self._marker = None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _claim_marker(data_dir: Path) -> tuple[Path, bool]:
    """Write this process's open-marker; report whether a dead process left one."""
    unclean = False
    for marker in data_dir.glob(MARKER_PREFIX + "*"):
        suffix = marker.name.removeprefix(MARKER_PREFIX)
        if not suffix.isdigit() or not _pid_alive(int(suffix)):
            unclean = True
            marker.unlink(missing_ok=True)
    mine = data_dir / f"{MARKER_PREFIX}{os.getpid()}"
    mine.touch()
    return mine, unclean


def _integrity(engine: Engine, db: Path) -> None:
    try:
        with engine.connect() as conn:
            verdict = conn.execute(text("PRAGMA integrity_check")).scalar()
    except DBAPIError as exc:
        # Damage bad enough to stop the check itself is corruption too, not a crash.
        verdict = str(exc.orig)
    if verdict != "ok":
        backups = list_backups(db.parent / BACKUP_DIRNAME)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Baza danych {path} jest uszkodzona ({verdict}); "
                "przywróć ją z kopii zapasowej {backup}.",
            ),
            path=str(db),
            verdict=verdict,
            backup=str(backups[0]) if backups else "—",
        )


def _not_sqlite(db: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("errors", "Plik {path} nie jest bazą danych SQLite programu CWD."),
        path=str(db),
    )


def _refuse_foreign_or_newer(db: Path) -> None:
    """Refuse another program's database or a newer app's before anything writes to it.

    Read through a plain read-only connection: the engine would switch the
    file to WAL on connect, which rewrites its header.
    """
    conn = sqlite3.connect(read_only_uri(db), uri=True)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        revision = None
        if "alembic_version" in tables:
            stamped = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = stamped[0] if stamped else None
    finally:
        conn.close()
    if revision is None and tables:
        raise _not_sqlite(db)
    migrate.needs_upgrade(revision, db)


def _migrate(engine: Engine, settings: Settings, db: Path, existed: bool) -> None:
    with engine.connect() as conn:
        revision = migrate.current_revision(conn)
        foreign = revision is None and bool(inspect(conn).get_table_names())
    if foreign:
        raise _not_sqlite(db)
    if not migrate.needs_upgrade(revision, db):
        return
    if existed and revision is not None:
        rotating_backup(
            db,
            db.parent / BACKUP_DIRNAME,
            f"before-{migrate.HEAD_REVISION}",
            int(settings.get("backups_keep")),
        )
    with engine.begin() as conn:
        migrate.upgrade(conn)


def _device_id(session: Session) -> str:
    device = session.get(LocalMeta, DEVICE_KEY)
    if device is None:
        device = LocalMeta(key=DEVICE_KEY, value=new_id())
        session.add(device)
    return device.value


def open_store(data_dir: Path, *, teryt_file: Path | None = None) -> Store:
    """Open (creating or upgrading if needed) the store in ``data_dir``."""
    ensure_writable_dir(data_dir)
    db = data_dir / DB_FILENAME
    existed = db.exists() and db.stat().st_size > 0
    if existed and not looks_like_sqlite(db):
        raise _not_sqlite(db)
    marker, unclean = _claim_marker(data_dir)
    engine = make_engine(db)
    try:
        if existed:
            _refuse_foreign_or_newer(db)
        if existed and unclean:
            _integrity(engine, db)
        settings = Settings(data_dir)
        _migrate(engine, settings, db, existed)
        factory = sessionmaker(engine)
        with factory.begin() as session:
            device = _device_id(session)
            ensure_teryt(session, teryt_file or resources.teryt_file())
    except (sqlite3.DatabaseError, DBAPIError) as exc:
        engine.dispose()
        marker.unlink(missing_ok=True)
        if "not a database" in str(exc):
            raise _not_sqlite(db) from exc
        raise user_error_from_db(exc, db) from exc
    except BaseException:
        engine.dispose()
        marker.unlink(missing_ok=True)
        raise
    store = Store(data_dir, engine, device, settings, was_unclean=unclean)
    store._marker = marker
    return store

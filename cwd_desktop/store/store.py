"""Opening the local store: checks, migrations, reference data, sessions.

``open_store`` is the only way in. It refuses what it cannot safely open (a
file that is not SQLite, a database from a newer app, a corrupt file), backs
the file up before migrating, checks integrity after an unclean shutdown and
hands out sessions whose flushes feed the outbox.

Opening an up-to-date store uses plain ``sqlite3`` only; SQLAlchemy and
Alembic are imported when there is something to migrate or load, or on the
first ORM session. Reads that must be fast (the first paint, filtering as
the user types) use ``Store.reader()``; every change goes through
``unit_of_work()`` so the outbox listener sees it.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from cwd_desktop import resources
from cwd_desktop.config import BACKUP_DIRNAME, DB_FILENAME, Settings, ensure_writable_dir
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.store import migrate
from cwd_desktop.store.backup import list_backups, rotating_backup
from cwd_desktop.store.errors import user_error_from_db
from cwd_desktop.store.meta import DEVICE_KEY, TERYT_KEY, file_digest, read_meta
from cwd_desktop.store.sqlite import connect, looks_like_sqlite, read_only_uri

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

MARKER_PREFIX = ".cwd-open-"


@dataclass
class Store:
    """An open local store. Close it to mark a clean shutdown."""

    data_dir: Path
    device_id: str
    settings: Settings
    was_unclean: bool = False
    _marker: Path | None = field(default=None, repr=False)
    _readers: dict[int, sqlite3.Connection] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def path(self) -> Path:
        """The SQLite file."""
        return self.data_dir / DB_FILENAME

    @property
    def backup_dir(self) -> Path:
        """Where automatic and manual backups go."""
        return self.data_dir / BACKUP_DIRNAME

    @cached_property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, created (and SQLAlchemy imported) on first use."""
        from cwd_desktop.store.engine import make_engine

        return make_engine(self.path)

    @cached_property
    def _factory(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        from cwd_desktop.store.indexing import install_search_listener
        from cwd_desktop.store.outbox import install_outbox_listener

        factory = sessionmaker(self.engine, expire_on_commit=False)
        install_outbox_listener(factory)
        install_search_listener(factory)
        return factory

    def reader(self) -> sqlite3.Connection:
        """This thread's plain connection for fast reads; never write through it."""
        key = threading.get_ident()
        with self._lock:
            conn = self._readers.get(key)
            if conn is None:
                conn = connect(self.path)
                self._readers[key] = conn
        return conn

    def session(self) -> Session:
        """An ORM session for reading; use ``unit_of_work`` to change anything."""
        session = self._factory()
        session.info[DEVICE_KEY] = self.device_id
        return session

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A session whose work is committed only if the block succeeds.

        Database errors the user can act on (disk full, read-only file,
        locked) become a UserError; nothing of the block is stored then.
        """
        from sqlalchemy.exc import DBAPIError

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

    def warm_up(self) -> None:
        """Import the ORM and connect it, so the first edit does not wait for it."""
        with self.session() as session:
            session.connection()

    def pending_changes(self) -> int:
        """Local changes not yet synced (outbox rows)."""
        row = self.reader().execute("SELECT count(*) FROM outbox").fetchone()
        return int(row[0])

    def backup(self, reason: str = "manual") -> Path:
        """A verified copy in the backup folder, rotated to the configured count."""
        return rotating_backup(
            self.path, self.backup_dir, reason, int(self.settings.get("backups_keep"))
        )

    def close(self) -> None:
        """Release the file and mark the shutdown as clean."""
        with self._lock:
            for conn in self._readers.values():
                conn.close()
            self._readers.clear()
        if "engine" in self.__dict__:
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


def _integrity(conn: sqlite3.Connection, db: Path) -> None:
    try:
        verdict = str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        # Damage bad enough to stop the check itself is corruption too, not a crash.
        verdict = str(exc)
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


def _stamped_revision(db: Path) -> str | None:
    """The schema revision of an existing file; refuse a foreign or newer database.

    Read through a read-only connection: a read-write connection would switch
    the file to WAL, which rewrites its header, before we know it is ours.
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
    return revision


def _upgrade(db: Path, revision: str | None, settings: Settings) -> None:
    """Back up an existing file, then migrate it to ``HEAD_REVISION`` (slow path)."""
    if revision is not None:
        rotating_backup(
            db,
            db.parent / BACKUP_DIRNAME,
            f"before-{migrate.HEAD_REVISION}",
            int(settings.get("backups_keep")),
        )
    from cwd_desktop.store.engine import make_engine

    engine = make_engine(db)
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn)
    finally:
        engine.dispose()


def _load_teryt(db: Path, teryt_file: Path) -> None:
    """Load the TERC register into ``teryt_unit`` (slow path: first start or new file)."""
    from sqlalchemy.orm import Session

    from cwd_desktop.store.engine import make_engine
    from cwd_desktop.store.teryt import load_terc

    engine = make_engine(db)
    try:
        with Session(engine) as session, session.begin():
            load_terc(session, teryt_file)
    finally:
        engine.dispose()


def _device_id(conn: sqlite3.Connection) -> str:
    device = read_meta(conn, DEVICE_KEY)
    if device is None:
        device = str(uuid.uuid4())
        with conn:
            conn.execute("INSERT INTO local_meta (key, value) VALUES (?, ?)", (DEVICE_KEY, device))
    return device


def open_store(data_dir: Path, *, teryt_file: Path | None = None) -> Store:
    """Open (creating or upgrading if needed) the store in ``data_dir``."""
    ensure_writable_dir(data_dir)
    db = data_dir / DB_FILENAME
    existed = db.exists() and db.stat().st_size > 0
    if existed and not looks_like_sqlite(db):
        raise _not_sqlite(db)
    marker, unclean = _claim_marker(data_dir)
    conn: sqlite3.Connection | None = None
    try:
        revision = _stamped_revision(db) if existed else None
        conn = connect(db)
        if existed and unclean:
            _integrity(conn, db)
        settings = Settings(data_dir)
        if revision != migrate.HEAD_REVISION:
            _upgrade(db, revision, settings)
        register = teryt_file or resources.teryt_file()
        if read_meta(conn, TERYT_KEY) != file_digest(register):
            _load_teryt(db, register)
        device = _device_id(conn)
    except sqlite3.DatabaseError as exc:
        marker.unlink(missing_ok=True)
        if "not a database" in str(exc):
            raise _not_sqlite(db) from exc
        raise user_error_from_db(exc, db) from exc
    except Exception as exc:
        marker.unlink(missing_ok=True)
        orig = getattr(exc, "orig", None)
        if isinstance(orig, sqlite3.DatabaseError):
            raise user_error_from_db(orig, db) from exc
        raise
    except BaseException:
        marker.unlink(missing_ok=True)
        raise
    finally:
        if conn is not None:
            conn.close()
    return Store(data_dir, device, settings, was_unclean=unclean, _marker=marker)

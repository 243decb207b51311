"""Opening the local store: checks, migrations, reference data, sessions.

``open_store`` is the only way in. It refuses what it cannot safely open (a
file that is not SQLite, a database from a newer app), backs the file up
before migrating, checks integrity after an unclean shutdown and hands out
sessions whose flushes feed the outbox. A file that fails the check is moved
aside (never deleted) and ``CorruptStore`` names the newest backup, so the
GUI can offer it and the CLI can say which ``restore`` to run.

Several processes may have the store open at once (the GUI and a CLI
command): SQLite's WAL and ``busy_timeout`` serialise their writes. Each
process leaves an open-marker with its pid, so whatever would pull the file
from under another process (moving a corrupt file aside, a restore) can see
that someone else is using it.

Opening an up-to-date store uses plain ``sqlite3`` only; SQLAlchemy and
Alembic are imported when there is something to migrate or load, or on the
first ORM session. Reads that must be fast (the first paint, filtering as
the user types) use ``Store.reader()``; every change goes through
``unit_of_work()`` so the outbox listener sees it.

An encrypted store (``store.encryption``) is opened with its key from the
OS keyring; ``Store.key`` is then handed to every connection, backup and
engine, and is None for a plain store (which never loads SQLCipher).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from cwd_desktop import resources
from cwd_desktop.config import BACKUP_DIRNAME, DB_FILENAME, Settings, ensure_writable_dir
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.store import migrate
from cwd_desktop.store.backup import (
    DAILY,
    BackupInfo,
    DamagedSource,
    backup_infos,
    daily_backup_due,
    newest_backup,
    rotating_backup,
)
from cwd_desktop.store.encryption import key_for
from cwd_desktop.store.errors import CorruptStore, user_error_from_db
from cwd_desktop.store.meta import DEVICE_KEY, TERYT_KEY, file_digest, read_meta
from cwd_desktop.store.sqlite import (
    Connection,
    connect,
    connect_read_only,
    db_errors,
    is_database_error,
    looks_like_sqlite,
)

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
    #: SQLite reported damage during this session ("malformed").
    damaged: bool = False
    #: The SQLCipher key of an encrypted store (None: a plain file).
    key: bytes | None = field(default=None, repr=False)
    _marker: Path | None = field(default=None, repr=False)
    _readers: dict[int, Connection] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def path(self) -> Path:
        """The SQLite file."""
        return self.data_dir / DB_FILENAME

    @property
    def backup_dir(self) -> Path:
        """Where automatic and manual backups go."""
        return self.data_dir / BACKUP_DIRNAME

    @property
    def encrypted(self) -> bool:
        """True for a SQLCipher store (its backups are encrypted with the same key)."""
        return self.key is not None

    @cached_property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, created (and SQLAlchemy imported) on first use."""
        from cwd_desktop.store.engine import make_engine

        return make_engine(self.path, self.key)

    @cached_property
    def _factory(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        from cwd_desktop.store.indexing import install_search_listener
        from cwd_desktop.store.outbox import install_outbox_listener

        factory = sessionmaker(self.engine, expire_on_commit=False)
        install_outbox_listener(factory)
        install_search_listener(factory)
        return factory

    def reader(self) -> Connection:
        """This thread's plain connection for fast reads; never write through it."""
        thread = threading.get_ident()
        with self._lock:
            conn = self._readers.get(thread)
            if conn is None:
                conn = connect(self.path, self.key)
                self._readers[thread] = conn
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
        except db_errors(DBAPIError) as exc:
            # db_errors(): flush listeners (outbox, search index) write through the
            # DB-API connection, so a full disk can surface there unwrapped.
            session.rollback()
            if "malformed" in str(getattr(exc, "orig", exc)):
                self.damaged = True
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
            self.path,
            self.backup_dir,
            reason,
            int(self.settings.get("backups_keep")),
            key=self.key,
        )

    def daily_backup(self) -> Path | None:
        """The day's automatic backup, if it is switched on and none was made today.

        A backup of a large store takes seconds, so the GUI calls this on its
        background writer thread after the window is on screen.
        """
        if not self.settings.get("backups_daily") or not daily_backup_due(self.backup_dir):
            return None
        return self.backup(DAILY)

    def backups(self) -> list[BackupInfo]:
        """The backups of this store, newest first."""
        return backup_infos(self.backup_dir)

    def release_connections(self) -> None:
        """Close every connection to the file; the next use opens new ones with ``key``.

        For replacing the file under an open store (encrypting it): the
        engine and the session factory are made anew on first use, so they
        pick up a changed key and its DB-API module.
        """
        with self._lock:
            for conn in self._readers.values():
                conn.close()
            self._readers.clear()
        engine = self.__dict__.pop("engine", None)
        self.__dict__.pop("_factory", None)
        if engine is not None:
            engine.dispose()

    def close(self) -> None:
        """Release the file and mark the shutdown as clean."""
        self.release_connections()
        if self._marker is not None:
            if not self.damaged:
                # A damaged store keeps its marker: once this process is gone it reads
                # as an unclean shutdown, so the next start checks the file and offers
                # the newest backup.
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


def other_instances(data_dir: Path) -> list[int]:
    """Ids of other live processes that have the store in ``data_dir`` open."""
    pids = []
    for marker in data_dir.glob(MARKER_PREFIX + "*"):
        suffix = marker.name.removeprefix(MARKER_PREFIX)
        if suffix.isdigit() and int(suffix) != os.getpid() and _pid_alive(int(suffix)):
            pids.append(int(suffix))
    return sorted(pids)


def move_aside(db: Path, label: str = "corrupt") -> Path:
    """Rename ``db`` (and its -wal/-shm/-journal) to ``<name>.<label>-<timestamp>``.

    The companions go first: a -wal left beside a missing database would be
    replayed into the next, new file. Nothing is deleted.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db.with_name(f"{db.name}.{label}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = db.with_name(f"{db.name}.{label}-{stamp}-{n}")
    for suffix in ("-wal", "-shm", "-journal"):
        companion = db.with_name(db.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    os.replace(db, target)
    return target


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


def _integrity(db: Path, key: bytes | None = None) -> str:
    """``integrity_check``'s first line: "ok", or what is damaged.

    Read-only, so that a damaged file is not changed before it is moved
    aside: a read-write connection would fold a crash's -wal into it on close.
    """
    try:
        conn = connect_read_only(db, key)
        try:
            verdict = str(conn.execute("PRAGMA integrity_check").fetchone()[0])
        finally:
            conn.close()
    except db_errors() as exc:
        if not is_database_error(exc):
            raise
        # Damage bad enough to stop the check itself is corruption too, not a crash.
        verdict = str(exc)
    return verdict.splitlines()[0] if verdict else verdict


def _corrupt(db: Path, verdict: str) -> UserError:
    """Move a damaged store aside and name the newest backup; refuse if others use it.

    Another live process may still be writing to the file, so it is left in
    place then, and the user is asked to close the other windows first.
    """
    backup = newest_backup(db.parent / BACKUP_DIRNAME)
    if other_instances(db.parent):
        return UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Baza danych {path} jest uszkodzona ({verdict}); zamknij inne okna programu "
                "i uruchom go ponownie, aby przywrócić kopię zapasową {backup}.",
            ),
            path=str(db),
            verdict=verdict,
            backup=str(backup) if backup else "—",
        )
    try:
        moved = move_aside(db)
    except OSError as exc:
        return UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Baza danych {path} jest uszkodzona ({verdict}) i nie można jej przenieść "
                "({reason}); przywróć ją z kopii zapasowej {backup}.",
            ),
            path=str(db),
            verdict=verdict,
            reason=exc.strerror or str(exc),
            backup=str(backup) if backup else "—",
        )
    return CorruptStore(db, moved, backup, verdict)


def _not_sqlite(db: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("errors", "Plik {path} nie jest bazą danych SQLite programu CWD."),
        path=str(db),
    )


def _stamped_revision(db: Path, key: bytes | None = None) -> str | None:
    """The schema revision of an existing file; refuse a foreign or newer database.

    Read through a read-only connection: a read-write connection would switch
    the file to WAL, which rewrites its header, before we know it is ours.
    """
    conn = connect_read_only(db, key)
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


def _upgrade(db: Path, revision: str | None, settings: Settings, key: bytes | None) -> None:
    """Back up an existing file, then migrate it to ``HEAD_REVISION`` (slow path)."""
    if revision is not None:
        rotating_backup(
            db,
            db.parent / BACKUP_DIRNAME,
            f"before-{migrate.HEAD_REVISION}",
            int(settings.get("backups_keep")),
            key=key,
        )
    from cwd_desktop.store.engine import make_engine

    engine = make_engine(db, key)
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn)
    finally:
        engine.dispose()


def _load_teryt(db: Path, teryt_file: Path, key: bytes | None) -> None:
    """Load the TERC register into ``teryt_unit`` (slow path: first start or new file)."""
    from sqlalchemy.orm import Session

    from cwd_desktop.store.engine import make_engine
    from cwd_desktop.store.teryt import load_terc

    engine = make_engine(db, key)
    try:
        with Session(engine) as session, session.begin():
            load_terc(session, teryt_file)
    finally:
        engine.dispose()


def _device_id(conn: Connection) -> str:
    device = read_meta(conn, DEVICE_KEY)
    if device is None:
        device = str(uuid.uuid4())
        with conn:
            conn.execute("INSERT INTO local_meta (key, value) VALUES (?, ?)", (DEVICE_KEY, device))
    return device


def open_store(data_dir: Path, *, teryt_file: Path | None = None) -> Store:
    """Open (creating or upgrading if needed) the store in ``data_dir``.

    An encrypted store needs its key in the OS keyring: without it this is a
    ``MissingKey`` (nothing is touched), and ``encryption.unlock`` takes the
    recovery key.
    """
    ensure_writable_dir(data_dir)
    db = data_dir / DB_FILENAME
    existed = db.exists() and db.stat().st_size > 0
    key = key_for(data_dir, db) if existed else None
    if existed and key is None and not looks_like_sqlite(db):
        raise _not_sqlite(db)
    marker, unclean = _claim_marker(data_dir)
    conn: Connection | None = None
    verdict = "ok"
    try:
        revision = _stamped_revision(db, key) if existed else None
        if existed and unclean:
            verdict = _integrity(db, key)
            if verdict != "ok":
                raise sqlite3.DatabaseError(verdict)
        conn = connect(db, key)
        settings = Settings(data_dir)
        if revision != migrate.HEAD_REVISION:
            _upgrade(db, revision, settings, key)
        register = teryt_file or resources.teryt_file()
        if read_meta(conn, TERYT_KEY) != file_digest(register):
            _load_teryt(db, register, key)
        device = _device_id(conn)
    except Exception as exc:
        marker.unlink(missing_ok=True)
        if conn is not None:
            conn.close()
            conn = None
        if isinstance(exc, DamagedSource):  # the backup before a migration found the damage
            raise _corrupt(db, str(exc.params["verdict"])) from exc
        orig = exc if is_database_error(exc) else getattr(exc, "orig", None)
        if orig is None or not is_database_error(orig):
            raise
        # The key was checked above, so an encrypted page that fails to decrypt is damage.
        damaged = "malformed" in str(orig) or (key is not None and "not a database" in str(orig))
        if verdict != "ok" or damaged:
            raise _corrupt(db, verdict if verdict != "ok" else str(orig)) from exc
        if "not a database" in str(orig):
            raise _not_sqlite(db) from exc
        raise user_error_from_db(orig, db) from exc
    except BaseException:
        marker.unlink(missing_ok=True)
        raise
    finally:
        if conn is not None:
            conn.close()
    return Store(data_dir, device, settings, was_unclean=unclean, key=key, _marker=marker)

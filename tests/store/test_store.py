"""Opening the local store: what it refuses, what it keeps, how it survives a crash."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from cwd_desktop.config import DB_FILENAME
from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipData
from cwd_desktop.store import Store, open_store
from cwd_desktop.store.migrate import HEAD_REVISION
from cwd_desktop.store.store import MARKER_PREFIX


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def markers(data_dir: Path) -> list[Path]:
    """Open-markers left in the data folder."""
    return sorted(data_dir.glob(MARKER_PREFIX + "*"))


def dead_pid() -> int:
    """The id of a process that has already exited."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def add_partnership(store: Store, short_name: str = "PGZB") -> str:
    """Store one small partnership and return its id."""
    return Services(store).partnerships.create(
        PartnershipData(
            name="Partnerstwo Gmin Ziemi Braniewskiej",
            short_name=short_name,
            members=["2802011", "2802022"],
        )
    )


def test_session_connection_has_the_field_laptop_pragmas(store: Store) -> None:
    """Every session writes through WAL, fsyncs fully, enforces foreign keys and waits on locks."""
    with store.session() as session:
        conn = session.connection()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000


def test_new_store_creates_the_file_in_a_new_nested_folder(tmp_path: Path) -> None:
    """Pointing the app at a folder that does not exist yet creates it with the database."""
    data_dir = tmp_path / "nowy" / "folder"
    store = open_store(data_dir)
    try:
        assert store.path == data_dir / DB_FILENAME
        assert store.path.read_bytes().startswith(b"SQLite format 3\x00")
        assert store.device_id
    finally:
        store.close()


def test_reopening_keeps_data_device_and_outbox(data_dir: Path) -> None:
    """What was saved is there after a restart, on the same device, still waiting for sync."""
    first = open_store(data_dir)
    pid = add_partnership(first)
    device, pending = first.device_id, first.pending_changes()
    first.close()

    second = open_store(data_dir)
    try:
        view = Services(second).partnerships.get(pid)
        assert view.data.short_name == "PGZB"
        assert view.data.members == ["2802011", "2802022"]
        assert second.device_id == device
        assert second.pending_changes() == pending == 3
        assert second.was_unclean is False
    finally:
        second.close()


def test_data_is_stored_where_the_folder_says_even_with_odd_characters(tmp_path: Path) -> None:
    """A data folder named with '#', '?' or spaces holds the database, nothing lands beside it."""
    data_dir = tmp_path / "Dane #2? kopia"
    store = open_store(data_dir)
    add_partnership(store)
    store.close()

    assert sorted(p.name for p in tmp_path.iterdir()) == ["Dane #2? kopia"]
    with sqlite3.connect(data_dir / DB_FILENAME) as conn:
        assert conn.execute("SELECT short_name FROM partnership").fetchall() == [("PGZB",)]


def test_close_marks_a_clean_shutdown(data_dir: Path) -> None:
    """While the store is open a marker exists; closing removes it."""
    store = open_store(data_dir)
    assert [m.name for m in markers(data_dir)] == [f"{MARKER_PREFIX}{os.getpid()}"]
    store.close()
    assert markers(data_dir) == []


def test_file_that_is_not_sqlite_is_refused_and_left_alone(data_dir: Path) -> None:
    """A text file in place of the database is reported by name and not overwritten."""
    db = data_dir / DB_FILENAME
    db.write_text("To jest notatka, nie baza danych.\n", encoding="utf-8")
    before = digest(db)

    with pytest.raises(UserError) as caught:
        open_store(data_dir)

    assert str(db) in str(caught.value)
    assert "SQLite" in str(caught.value)
    assert digest(db) == before
    assert markers(data_dir) == []


def test_foreign_sqlite_database_is_refused_and_left_alone(data_dir: Path) -> None:
    """Another program's SQLite file is refused without touching a byte of it."""
    db = data_dir / DB_FILENAME
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Jan Kowalski')")
    conn.close()
    before = digest(db)

    with pytest.raises(UserError) as caught:
        open_store(data_dir)

    assert str(db) in str(caught.value)
    assert digest(db) == before
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute("SELECT name FROM contacts").fetchall() == [("Jan Kowalski",)]
    conn.close()


def test_database_from_a_newer_app_is_refused_and_left_alone(data_dir: Path) -> None:
    """A file written by a newer version is refused with a clear message, byte for byte intact."""
    open_store(data_dir).close()
    db = data_dir / DB_FILENAME
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = digest(db)

    with pytest.raises(UserError) as caught:
        open_store(data_dir)

    message = str(caught.value)
    assert "nowszej wersji" in message
    assert "9999" in message
    assert str(db) in message
    assert digest(db) == before
    assert markers(data_dir) == []


def test_unwritable_data_folder_is_a_user_error(tmp_path: Path) -> None:
    """A data folder that cannot be created is reported by its path, not as a crash."""
    blocker = tmp_path / "file.txt"
    blocker.write_text("zwykły plik", encoding="utf-8")
    target = blocker / "sub"

    with pytest.raises(UserError) as caught:
        open_store(target)

    assert str(target) in str(caught.value)


def test_clean_start_after_a_crash_is_checked_and_opens(data_dir: Path) -> None:
    """After an unclean shutdown the file is checked; a sound file opens with its data."""
    store = open_store(data_dir)
    pid = add_partnership(store)
    store.close()
    (data_dir / f"{MARKER_PREFIX}{dead_pid()}").touch()

    reopened = open_store(data_dir)
    try:
        assert reopened.was_unclean is True
        assert Services(reopened).partnerships.get(pid).data.short_name == "PGZB"
        assert [m.name for m in markers(data_dir)] == [f"{MARKER_PREFIX}{os.getpid()}"]
    finally:
        reopened.close()


def test_marker_of_a_running_process_is_not_a_crash(data_dir: Path) -> None:
    """Another live instance (the GUI while the CLI runs) does not trigger the crash check."""
    open_store(data_dir).close()
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        (data_dir / f"{MARKER_PREFIX}{live.pid}").touch()
        store = open_store(data_dir)
        assert store.was_unclean is False
        store.close()
        assert (data_dir / f"{MARKER_PREFIX}{live.pid}").exists()
    finally:
        live.kill()
        live.wait()


def test_corrupt_file_after_a_crash_is_reported_with_the_newest_backup(data_dir: Path) -> None:
    """A file damaged by a crash is named in the message, together with a backup to restore."""
    store = open_store(data_dir)
    add_partnership(store)
    backup = store.backup()
    store.close()
    db = data_dir / DB_FILENAME
    with sqlite3.connect(db) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    assert pages > 10
    with db.open("r+b") as handle:
        handle.seek(page_size * (pages // 2))
        handle.write(b"\xa5" * page_size)
    (data_dir / f"{MARKER_PREFIX}{dead_pid()}").touch()

    with pytest.raises(UserError) as caught:
        open_store(data_dir)

    message = str(caught.value)
    assert str(db) in message
    assert str(backup) in message
    assert markers(data_dir) == []


def test_backup_goes_to_the_backups_folder(store: Store) -> None:
    """'Backup now' writes a verified copy under data_dir/backups."""
    add_partnership(store)

    path = store.backup()

    assert path.parent == store.data_dir / "backups"
    assert path.name.endswith("-manual.sqlite3")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT short_name FROM partnership").fetchall() == [("PGZB",)]
    conn.close()


def test_store_tables_exist_after_first_open(store: Store) -> None:
    """A fresh store has the schema stamped at the app's revision."""
    with store.session() as session:
        tables = set(session.scalars(text("SELECT name FROM sqlite_master WHERE type = 'table'")))
        revision = session.scalar(text("SELECT version_num FROM alembic_version"))
    assert {"partnership", "partnership_jst", "teryt_unit", "outbox", "local_meta"} <= tables
    assert revision == HEAD_REVISION

"""Backups: a verified copy that opens, holds the data, and rotates."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import fill_demo
from cwd_desktop.store import Store, open_store
from cwd_desktop.store.backup import backup_database, list_backups, rotating_backup


def short_names(path: Path) -> list[str]:
    """Live partnership short names stored in a database file, sorted."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT short_name FROM partnership WHERE deleted_at IS NULL")
        return sorted(r[0] for r in rows)
    finally:
        conn.close()


def integrity(path: Path) -> str:
    """SQLite's verdict on a file."""
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def demo_store(store: Store) -> Store:
    """A store holding the demo programme."""
    fill_demo(Services(store))
    return store


def test_backup_opens_with_the_same_rows_and_passes_integrity(
    demo_store: Store, tmp_path: Path
) -> None:
    """A backup of the open store is a sound SQLite file with every partnership in it."""
    target = backup_database(demo_store.path, tmp_path / "kopia" / "cwd-backup.sqlite3")

    assert target.exists()
    assert integrity(target) == "ok"
    assert short_names(target) == sorted(["MOF Bolesławiec", "PGZB", "PZŁ"])
    conn = sqlite3.connect(target)
    try:
        outbox_rows = conn.execute("SELECT count(*) FROM outbox").fetchone()[0]
    finally:
        conn.close()
    assert outbox_rows == demo_store.pending_changes()
    assert list(target.parent.glob("*.part")) == []


def test_backup_includes_changes_not_yet_checkpointed(store: Store, tmp_path: Path) -> None:
    """A change just saved (still in the WAL) is in a backup taken right after it."""
    fill_demo(Services(store))
    Services(store).partnerships.delete("PGZB")

    target = backup_database(store.path, tmp_path / "cwd-now.sqlite3")

    assert short_names(target) == sorted(["MOF Bolesławiec", "PZŁ"])


def test_rotation_keeps_the_newest_n(demo_store: Store) -> None:
    """Automatic backups do not fill the disk: only the newest few are kept."""
    made = [
        rotating_backup(demo_store.path, demo_store.backup_dir, "auto", keep=3) for _ in range(5)
    ]

    kept = list_backups(demo_store.backup_dir)
    assert kept == list(reversed(made[-3:]))
    assert all(short_names(p) == sorted(["MOF Bolesławiec", "PGZB", "PZŁ"]) for p in kept)


def test_rotation_never_removes_the_backup_just_made(demo_store: Store) -> None:
    """Even with 'keep 0 backups' configured, the backup the user asked for exists."""
    made = rotating_backup(demo_store.path, demo_store.backup_dir, "manual", keep=0)

    assert made.exists()
    assert integrity(made) == "ok"


def test_store_backup_follows_the_configured_count(demo_store: Store) -> None:
    """The 'backups to keep' setting limits the backups folder."""
    demo_store.settings.set("backups_keep", 2)
    paths = [demo_store.backup() for _ in range(4)]

    assert list_backups(demo_store.backup_dir) == list(reversed(paths[-2:]))
    assert all(p.parent == demo_store.data_dir / "backups" for p in paths)


def test_backup_works_from_a_folder_with_odd_characters(tmp_path: Path) -> None:
    """A data folder named 'Dane #2' is backed up with its data, not as an empty file."""
    store = open_store(tmp_path / "Dane #2")
    try:
        fill_demo(Services(store))
        path = store.backup()
    finally:
        store.close()

    assert short_names(path) == sorted(["MOF Bolesławiec", "PGZB", "PZŁ"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Dane #2"]


def test_backup_to_an_unwritable_place_is_a_user_error(demo_store: Store, tmp_path: Path) -> None:
    """A backup target that cannot be written is reported by path and leaves no partial file."""
    blocker = tmp_path / "file.txt"
    blocker.write_text("zwykły plik", encoding="utf-8")
    target = blocker / "sub" / "cwd.sqlite3"

    with pytest.raises(UserError) as caught:
        backup_database(demo_store.path, target)

    assert str(target.parent) in str(caught.value)


def test_list_backups_is_newest_first(demo_store: Store) -> None:
    """The restore dialog offers the most recent backup first."""
    first = demo_store.backup("first")
    second = demo_store.backup("second")

    assert list_backups(demo_store.backup_dir) == [second, first]

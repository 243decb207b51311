"""Restoring a backup: verified before anything is replaced, the current store kept."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cwd_desktop.config import DB_FILENAME
from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.check import run_checks
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.store import open_store
from cwd_desktop.store.backup import backup_infos
from cwd_desktop.store.errors import StoreInUse
from cwd_desktop.store.restore import STAGING_PREFIX, restore_store
from tests.store.hostile import (
    ROOT,
    connection_open_elsewhere,
    damage,
    digest,
    integrity,
    live_names,
    store_open_elsewhere,
)

DEMO = sorted(["MOF Bolesławiec", "PGZB", "PZŁ"])


@pytest.fixture
def backed_up(data_dir: Path) -> Path:
    """A store whose backup holds the three demo partnerships; PGZB is deleted since."""
    store = open_store(data_dir)
    try:
        services = Services(store)
        for data in DEMO_PARTNERSHIPS:
            services.partnerships.create(data)
        backup = store.backup()
        services.partnerships.delete("PGZB")
    finally:
        store.close()
    return backup


def leftovers(data_dir: Path) -> list[str]:
    """Temporary restore files left in the data folder."""
    return sorted(p.name for p in data_dir.iterdir() if p.name.startswith(STAGING_PREFIX))


def test_restore_brings_back_the_backup_and_keeps_the_current_store(
    data_dir: Path, backed_up: Path
) -> None:
    """After a restore the backup's data is the store's; what was replaced is a backup too."""
    report = restore_store(data_dir, backed_up, keep=10)

    db = data_dir / DB_FILENAME
    assert live_names(db) == DEMO
    assert report.current_backup is not None
    assert report.current_backup.name.endswith("-before-restore.sqlite3")
    assert live_names(report.current_backup) == ["MOF Bolesławiec", "PZŁ"]
    assert report.moved_aside is None
    assert leftovers(data_dir) == []
    store = open_store(data_dir)
    try:
        assert all(r.ok for r in run_checks(store)), run_checks(store)
        assert Services(store).partnerships.get("PGZB").data.short_name == "PGZB"
    finally:
        store.close()


def test_a_damaged_backup_is_refused_and_nothing_is_replaced(
    data_dir: Path, backed_up: Path, tmp_path: Path
) -> None:
    """A backup that fails its integrity check is named, the store is left byte for byte."""
    bad = tmp_path / "zepsuta.sqlite3"
    shutil.copyfile(backed_up, bad)
    damage(bad)
    db = data_dir / DB_FILENAME
    before = digest(db)
    backups_before = backup_infos(data_dir / "backups")

    with pytest.raises(UserError) as caught:
        restore_store(data_dir, bad, keep=10)

    assert str(bad) in str(caught.value)
    assert "uszkodzona" in str(caught.value)
    assert digest(db) == before
    assert backup_infos(data_dir / "backups") == backups_before
    assert leftovers(data_dir) == []


def test_a_backup_from_a_newer_version_is_refused(
    data_dir: Path, backed_up: Path, tmp_path: Path
) -> None:
    """A file written by a newer app is not installed: this version could not open it."""
    newer = tmp_path / "nowsza.sqlite3"
    shutil.copyfile(backed_up, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = digest(data_dir / DB_FILENAME)

    with pytest.raises(UserError) as caught:
        restore_store(data_dir, newer, keep=10)

    assert "nowszej wersji" in str(caught.value)
    assert str(newer) in str(caught.value)
    assert digest(data_dir / DB_FILENAME) == before
    assert leftovers(data_dir) == []


@pytest.mark.parametrize("kind", ["text", "foreign-sqlite", "missing"])
def test_a_file_that_is_not_a_backup_is_refused(
    data_dir: Path, backed_up: Path, tmp_path: Path, kind: str
) -> None:
    """A note, another program's database or a wrong path: one sentence, nothing replaced."""
    del backed_up
    other = tmp_path / f"{kind}.sqlite3"
    if kind == "text":
        other.write_text("notatki z wyjazdu\n", encoding="utf-8")
    elif kind == "foreign-sqlite":
        with sqlite3.connect(other) as conn:
            conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.close()
    before = digest(data_dir / DB_FILENAME)

    with pytest.raises(UserError) as caught:
        restore_store(data_dir, other, keep=10)

    assert str(other) in str(caught.value)
    assert "niczego nie zastąpiono" in str(caught.value)
    assert digest(data_dir / DB_FILENAME) == before
    assert leftovers(data_dir) == []


def test_restore_is_refused_while_another_process_has_the_store_open(
    data_dir: Path, backed_up: Path
) -> None:
    """A window or command still using the store must not have it swapped underneath."""
    with store_open_elsewhere(data_dir) as other:
        before = digest(data_dir / DB_FILENAME)
        with pytest.raises(StoreInUse) as caught:
            restore_store(data_dir, backed_up, keep=10)
        assert str(other.pid) in str(caught.value)
        assert digest(data_dir / DB_FILENAME) == before
    assert leftovers(data_dir) == []
    assert live_names(data_dir / DB_FILENAME) == ["MOF Bolesławiec", "PZŁ"]


def test_restore_is_refused_while_any_connection_is_open(data_dir: Path, backed_up: Path) -> None:
    """Even a program that left no open-marker is noticed through SQLite's own locks."""
    with connection_open_elsewhere(data_dir), pytest.raises(StoreInUse):
        restore_store(data_dir, backed_up, keep=10)
    assert leftovers(data_dir) == []
    assert live_names(data_dir / DB_FILENAME) == ["MOF Bolesławiec", "PZŁ"]


def test_writes_left_in_the_wal_by_a_crash_are_kept_in_the_before_restore_backup(
    data_dir: Path, backed_up: Path
) -> None:
    """A crashed session's last commits (only in the -wal) are not lost by a restore."""
    script = f"""
        import os
        from pathlib import Path
        from cwd_desktop.services.app import Services
        from cwd_desktop.store import open_store
        store = open_store(Path({str(data_dir)!r}))
        Services(store).partnerships.delete("PZŁ")
        os._exit(0)  # no close: the commit stays in the -wal, the marker stays behind
        """
    subprocess.run([sys.executable, "-c", textwrap.dedent(script)], check=True, cwd=ROOT)
    assert (data_dir / (DB_FILENAME + "-wal")).stat().st_size > 0

    report = restore_store(data_dir, backed_up, keep=10)

    assert report.current_backup is not None
    assert live_names(report.current_backup) == ["MOF Bolesławiec"]
    assert live_names(data_dir / DB_FILENAME) == DEMO
    assert integrity(data_dir / DB_FILENAME) == "ok"


def test_a_damaged_current_store_is_moved_aside_not_overwritten(
    data_dir: Path, backed_up: Path
) -> None:
    """A store that cannot be backed up any more is kept under another name, damage and all."""
    db = data_dir / DB_FILENAME
    offset = damage(db)

    report = restore_store(data_dir, backed_up, keep=10)

    assert report.current_backup is None
    assert report.moved_aside is not None and report.moved_aside.parent == data_dir
    with report.moved_aside.open("rb") as handle:
        handle.seek(offset)
        assert handle.read(64) == b"\xa5" * 64
    assert live_names(db) == DEMO


def test_restore_into_a_folder_whose_store_was_moved_aside(data_dir: Path, backed_up: Path) -> None:
    """With no store in the folder (a damaged one was moved away) the backup becomes the store."""
    os.replace(data_dir / DB_FILENAME, data_dir / "cwd.sqlite3.corrupt-test")

    report = restore_store(data_dir, backed_up, keep=10)

    assert report.current_backup is None and report.moved_aside is None
    assert live_names(data_dir / DB_FILENAME) == DEMO

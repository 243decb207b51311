"""Hostile conditions: a damaged file, a full disk, a read-only folder, another process.

Each must end in one clear sentence and a way forward, with nothing
half-written and everything acknowledged before still there.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from cwd_desktop.config import DB_FILENAME
from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.check import run_checks
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.store import Store, open_store
from cwd_desktop.store.errors import CorruptStore
from cwd_desktop.store.restore import restore_store
from cwd_desktop.store.store import MARKER_PREFIX
from tests.store.hostile import (
    ROOT,
    damage,
    digest,
    fill_disk,
    integrity,
    live_names,
    mark_unclean,
    remount_read_only,
    store_open_elsewhere,
    tmpfs,
    write_lock_elsewhere,
)


def new_store(data_dir: Path) -> tuple[Store, str]:
    """A store with one partnership; return it and the partnership id."""
    store = open_store(data_dir)
    pid = Services(store).partnerships.create(DEMO_PARTNERSHIPS[0])
    return store, pid


def stakeholder_ids(db: Path) -> set[str]:
    """Ids of the stakeholders stored in a database file."""
    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute("SELECT id FROM stakeholder")}
    finally:
        conn.close()


def add_batches(store: Store, pid: str, limit: int = 400) -> tuple[list[str], UserError | None]:
    """Add batches of 40 stakeholders until one fails; return the saved ids and the error."""
    records = Services(store).records
    saved: list[str] = []
    for batch in range(limit):
        rows: list[Mapping[str, Any]] = [
            {"name": f"Stowarzyszenie {batch}-{n} " + "x" * 150} for n in range(40)
        ]
        try:
            saved += records.create_many("stakeholder", pid, rows)
        except UserError as exc:
            return saved, exc
    return saved, None


def assert_sound_and_complete(data_dir: Path, saved: list[str]) -> None:
    """The store opens, passes every check, holds every acknowledged row and takes a write."""
    store = open_store(data_dir)
    try:
        assert set(saved) <= stakeholder_ids(store.path)
        failed = [f"{r.name}: {r.detail}" for r in run_checks(store) if not r.ok]
        assert failed == []
        pid = store.reader().execute("SELECT id FROM partnership").fetchone()[0]
        Services(store).records.create("stakeholder", pid, {"name": "OSP Lelkowo"})
    finally:
        store.close()


# -- a damaged file ------------------------------------------------------------------


def test_damaged_store_is_moved_aside_and_the_newest_backup_named(data_dir: Path) -> None:
    """The damaged file is kept under another name; the error names the backup to restore."""
    store, _pid = new_store(data_dir)
    store.backup("daily")
    newest = store.backup("manual")
    store.close()
    db = data_dir / DB_FILENAME
    damage(db)
    damaged = digest(db)
    mark_unclean(data_dir)

    with pytest.raises(CorruptStore) as caught:
        open_store(data_dir)

    exc = caught.value
    assert exc.backup == newest
    assert exc.moved_to.parent == data_dir
    assert exc.moved_to.name.startswith("cwd.sqlite3.corrupt-")
    assert digest(exc.moved_to) == damaged
    assert not db.exists()
    assert f'cwd-desktop restore "{newest}"' in str(exc)
    assert str(db) in str(exc)
    assert list(data_dir.glob(MARKER_PREFIX + "*")) == []

    restore_store(data_dir, newest, keep=10)
    assert live_names(db) == ["PGZB"]
    open_store(data_dir).close()


def test_the_wal_of_a_damaged_store_goes_aside_with_it(data_dir: Path) -> None:
    """A crash's -wal moves with the damaged file: it must not be replayed into a new store."""
    store, _pid = new_store(data_dir)
    store.backup()
    store.close()
    script = f"""
        import os
        from pathlib import Path
        from cwd_desktop.services.app import Services
        from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
        from cwd_desktop.store import open_store
        store = open_store(Path({str(data_dir)!r}))
        Services(store).partnerships.create(DEMO_PARTNERSHIPS[1])
        os._exit(0)
        """
    subprocess.run([sys.executable, "-c", textwrap.dedent(script)], check=True, cwd=ROOT)
    db = data_dir / DB_FILENAME
    wal = db.with_name(db.name + "-wal")
    wal_bytes = wal.read_bytes()
    assert wal_bytes
    damage(db)

    with pytest.raises(CorruptStore) as caught:
        open_store(data_dir)

    moved = caught.value.moved_to
    assert moved.with_name(moved.name + "-wal").read_bytes() == wal_bytes
    assert not wal.exists() and not db.exists()


def test_damaged_store_without_a_backup_starts_again_empty(data_dir: Path) -> None:
    """With no backup the way forward is a new store; the damaged file stays for rescue."""
    store, _pid = new_store(data_dir)
    store.close()
    damage(data_dir / DB_FILENAME)
    mark_unclean(data_dir)

    with pytest.raises(CorruptStore) as caught:
        open_store(data_dir)

    assert caught.value.backup is None
    assert "pusta baza" in str(caught.value)
    fresh = open_store(data_dir)
    try:
        assert Services(fresh).partnerships.list() == []
    finally:
        fresh.close()
    assert caught.value.moved_to.exists()


def test_damaged_store_in_use_by_another_process_is_left_in_place(data_dir: Path) -> None:
    """While another window still has the file open, it is not pulled away from under it."""
    store, _pid = new_store(data_dir)
    store.backup()
    store.close()
    db = data_dir / DB_FILENAME
    with store_open_elsewhere(data_dir):
        damage(db)
        mark_unclean(data_dir)
        with pytest.raises(UserError) as caught:
            open_store(data_dir)
        assert not isinstance(caught.value, CorruptStore)
        assert "zamknij inne okna" in str(caught.value)
        assert db.exists()
        assert not list(data_dir.glob("cwd.sqlite3.corrupt-*"))


def test_damage_found_while_working_is_checked_at_the_next_start(data_dir: Path) -> None:
    """A write that meets damage says so; the next start checks the file and offers a backup."""
    store, pid = new_store(data_dir)
    ids = Services(store).records.create_many(
        "stakeholder",
        pid,
        [{"name": f"Koło Gospodyń Wiejskich nr {n} " + "x" * 100} for n in range(300)],
    )
    backup = store.backup()
    store.close()
    db = data_dir / DB_FILENAME
    size = db.stat().st_size
    with db.open("r+b") as handle:  # the newest pages, where the stakeholders live
        handle.seek(size - size // 5)
        handle.write(b"\xa5" * (size // 5))

    session = f"""
        from pathlib import Path
        from cwd_desktop.errors import UserError
        from cwd_desktop.services.app import Services
        from cwd_desktop.store import open_store
        store = open_store(Path({str(data_dir)!r}))  # closed cleanly before: no check now
        try:
            for row in {ids!r}:
                Services(store).records.update("stakeholder", row, {{"name": "OSP Lelkowo"}})
        except UserError as exc:
            print(exc)
        finally:
            store.close()
        """
    working = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(session)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert "uszkodzony" in working.stdout and "uruchom program ponownie" in working.stdout

    with pytest.raises(CorruptStore) as found:
        open_store(data_dir)
    assert found.value.backup == backup


# -- a full disk ---------------------------------------------------------------------


def _limit_pages(store: Store, extra_pages: int) -> None:
    """Fault injection: SQLite reports SQLITE_FULL once the file would pass this size."""
    pages = store.reader().execute("PRAGMA page_count").fetchone()[0]

    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count={pages + extra_pages}")

    event.listen(store.engine, "connect", on_connect)
    store.engine.dispose()


def test_full_disk_by_fault_injection(data_dir: Path) -> None:
    """A write that does not fit is one sentence, stores nothing, and loses nothing earlier."""
    store, pid = new_store(data_dir)
    try:
        _limit_pages(store, extra_pages=60)
        saved, error = add_batches(store, pid)
        assert error is not None
        assert "Brak miejsca na dysku" in str(error)
        assert str(store.path) in str(error)
        assert saved
        assert stakeholder_ids(store.path) == set(saved)
    finally:
        store.close()
    assert_sound_and_complete(data_dir, saved)


def test_full_disk_on_a_tiny_file_system(tmp_path: Path) -> None:
    """A really full disk: writes and backups fail cleanly; the store opens, and works again."""
    with tmpfs(tmp_path / "mnt", "32m") as mnt:
        data_dir = mnt / "dane"
        store, pid = new_store(data_dir)
        store.close()
        store = open_store(data_dir)
        try:
            before = Services(store).records.create_many(
                "stakeholder", pid, [{"name": f"KGW {n}"} for n in range(20)]
            )
            filler = fill_disk(mnt)
            saved, error = add_batches(store, pid)
            saved = before + saved
            assert error is not None
            assert "Brak miejsca na dysku" in str(error)
            assert stakeholder_ids(store.path) == set(saved)

            with pytest.raises(UserError) as caught:
                store.backup()
            assert "Brak miejsca na dysku" in str(caught.value)
            assert sorted(p.name for p in store.backup_dir.glob("*")) == []
        finally:
            store.close()

        still_full = open_store(data_dir)  # reading needs no space
        try:
            assert stakeholder_ids(still_full.path) == set(saved)
        finally:
            still_full.close()
        filler.unlink()
        assert_sound_and_complete(data_dir, saved)


# -- a read-only data folder ---------------------------------------------------------


def test_read_only_data_folder_on_a_read_only_mount(tmp_path: Path) -> None:
    """A store on a read-only mount is refused at open with the folder named, file untouched."""
    with tmpfs(tmp_path / "mnt", "16m") as mnt:
        data_dir = mnt / "dane"
        store, _pid = new_store(data_dir)
        store.close()
        db = data_dir / DB_FILENAME
        before = digest(db)
        remount_read_only(mnt)

        with pytest.raises(UserError) as caught:
            open_store(data_dir)

        message = str(caught.value)
        assert str(data_dir) in message
        assert "tylko do odczytu" in message
        assert "--data-dir" in message
        assert digest(db) == before


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores permission bits"
)
def test_read_only_data_folder_by_permissions(data_dir: Path) -> None:
    """A folder the user may not write is refused at open with the folder named."""
    store, _pid = new_store(data_dir)
    store.close()
    data_dir.chmod(0o555)
    try:
        with pytest.raises(UserError) as caught:
            open_store(data_dir)
    finally:
        data_dir.chmod(0o755)
    assert str(data_dir) in str(caught.value)
    assert "uprawnień" in str(caught.value)


# -- another instance ----------------------------------------------------------------

WRITER = """
import sys
from pathlib import Path
from cwd_desktop.services.app import Services
from cwd_desktop.store import open_store
store = open_store(Path(sys.argv[1]))
records = Services(store).records
for n in range(int(sys.argv[4])):
    row = records.create("stakeholder", sys.argv[2], {{"name": f"{{sys.argv[3]}} {{n}}"}})
    print(row, flush=True)  # acknowledged: committed
store.close()
"""


def test_two_processes_writing_at_once_lose_nothing(data_dir: Path) -> None:
    """Two instances writing at the same time: every acknowledged row is there, no damage."""
    store, pid = new_store(data_dir)
    store.close()
    script = WRITER.format()
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(data_dir), pid, name, "30"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for name in ("Okno A", "Okno B")
    ]
    acknowledged: list[str] = []
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        acknowledged += out.split()

    assert len(acknowledged) == 60
    assert integrity(data_dir / DB_FILENAME) == "ok"
    assert_sound_and_complete(data_dir, acknowledged)


def test_a_write_blocked_too_long_by_another_process_is_one_sentence(data_dir: Path) -> None:
    """Another program holding the write lock past the wait: the user is told, nothing lost."""
    store, pid = new_store(data_dir)
    records = Services(store).records

    def short_wait(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA busy_timeout=200")  # the real wait is 10 s

    event.listen(store.engine, "connect", short_wait)
    store.engine.dispose()
    try:
        first = records.create("stakeholder", pid, {"name": "OSP Lelkowo"})
        with write_lock_elsewhere(data_dir), pytest.raises(UserError) as caught:
            records.create("stakeholder", pid, {"name": "KGW Pieniężno"})
        assert "zajęta przez inny program" in str(caught.value)
        assert stakeholder_ids(store.path) == {first}
        second = records.create("stakeholder", pid, {"name": "KGW Pieniężno"})
        assert stakeholder_ids(store.path) == {first, second}
    finally:
        store.close()

"""Starting the GUI in hostile conditions: a damaged store, a second window, a read-only disk."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cwd_desktop.config import DB_FILENAME
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.store import Store, open_store
from cwd_desktop.store.backup import describe, list_backups
from cwd_desktop.store.store import MARKER_PREFIX
from cwd_desktop.ui import app as gui
from cwd_desktop.ui import messages
from cwd_desktop.ui.instance import SingleInstance
from cwd_desktop.ui.main_window import MainWindow
from tests.store.hostile import ROOT, damage, digest, mark_unclean, remount_read_only, tmpfs


class Said:
    """Messages shown to the user, by kind; questions get ``answer``."""

    def __init__(self) -> None:
        self.info: list[str] = []
        self.warning: list[str] = []
        self.error: list[str] = []
        self.confirm: list[str] = []
        self.answer = True

    def ask(self, _parent: object, text: str, title: str | None = None) -> bool:
        self.confirm.append(text)
        return self.answer


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> Said:
    """Record every message instead of showing it; answer questions with Yes."""
    record = Said()
    for kind in ("info", "warning", "error"):
        shown: list[str] = getattr(record, kind)
        monkeypatch.setattr(messages, kind, lambda _p, text, title=None, s=shown: s.append(text))
    monkeypatch.setattr(messages, "confirm", record.ask)
    return record


def damaged_store_with_backup(data_dir: Path) -> tuple[Path, str]:
    """A store with two partnerships and a backup of them, then damaged by a crash."""
    store = open_store(data_dir)
    services = Services(store)
    services.partnerships.create(DEMO_PARTNERSHIPS[0])
    services.partnerships.create(DEMO_PARTNERSHIPS[2])
    backup = store.backup()
    store.close()
    db = data_dir / DB_FILENAME
    damage(db)
    mark_unclean(data_dir)
    return backup, digest(db)


def moved_aside(data_dir: Path) -> Path:
    """The damaged store file moved aside (its -wal/-shm went with it)."""
    (moved,) = [
        p for p in data_dir.glob("cwd.sqlite3.corrupt-*") if not p.name.endswith(("-wal", "-shm"))
    ]
    return moved


def names(store: Store) -> list[str]:
    return sorted(v.data.short_name for v in Services(store).partnerships.list())


def test_damaged_store_offers_the_newest_backup_and_continues_on_it(
    qtbot: QtBot, data_dir: Path, said: Said
) -> None:
    """The damaged file is moved aside, the user is asked, and the app goes on with the backup."""
    backup, damaged = damaged_store_with_backup(data_dir)

    store = gui.open_or_recover(data_dir)

    assert store is not None
    try:
        assert names(store) == ["PGZB", "PZŁ"]
    finally:
        store.close()
    (question,) = said.confirm
    moved = moved_aside(data_dir)
    assert str(moved) in question
    assert describe(backup).made_at.strftime("%d.%m.%Y %H:%M") in question
    assert "uszkodzony" in question
    assert digest(moved) == damaged
    assert said.error == []


def test_declining_the_backup_keeps_everything_and_stops(
    qtbot: QtBot, data_dir: Path, said: Said
) -> None:
    """'No': nothing is restored, the damaged file is kept, and the user learns where it is."""
    backup, damaged = damaged_store_with_backup(data_dir)
    said.answer = False

    assert gui.open_or_recover(data_dir) is None

    moved = moved_aside(data_dir)
    assert digest(moved) == damaged
    assert not (data_dir / DB_FILENAME).exists()
    assert list_backups(data_dir / "backups") == [backup]
    assert str(moved) in said.info[0] and "Kopie zapasowe" in said.info[0]


def test_damaged_store_without_a_backup_warns_and_starts_empty(
    qtbot: QtBot, data_dir: Path, said: Said
) -> None:
    """No backup to offer: a warning names the kept file, and a new empty store opens."""
    store = open_store(data_dir)
    Services(store).partnerships.create(DEMO_PARTNERSHIPS[0])
    store.close()
    damage(data_dir / DB_FILENAME)
    mark_unclean(data_dir)

    fresh = gui.open_or_recover(data_dir)

    assert fresh is not None
    try:
        assert names(fresh) == []
    finally:
        fresh.close()
    moved = moved_aside(data_dir)
    assert str(moved) in said.warning[0] and "pustą bazą" in said.warning[0]
    assert said.confirm == []


def test_second_window_is_refused_and_the_first_is_brought_forward(
    qtbot: QtBot, data_dir: Path, said: Said, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second start on the same data says a window has it open, and that window is shown."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    first = SingleInstance(data_dir)
    assert first.acquire()
    first.listen()
    try:
        with qtbot.waitSignal(first.sig_show, timeout=5000):
            code = gui.run_gui(str(data_dir), None)
    finally:
        first.release()

    assert code == 1
    (warning,) = said.warning
    assert str(data_dir) in warning and str(os.getpid()) in warning
    assert not (data_dir / DB_FILENAME).exists()  # the store was never opened
    assert not list(data_dir.glob(MARKER_PREFIX + "*"))


def test_second_window_from_another_process_is_refused(
    qtbot: QtBot, data_dir: Path, said: Said, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real first window in another process: the second start is refused and it is shown."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    script = f"""
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication, QTimer
        from cwd_desktop.ui.instance import SingleInstance
        app = QCoreApplication([])
        first = SingleInstance(Path({str(data_dir)!r}))
        assert first.acquire()
        first.listen()
        first.sig_show.connect(lambda: (print("shown", flush=True), app.quit()))
        QTimer.singleShot(30_000, app.quit)
        print("ready", flush=True)
        app.exec()
        first.release()
        """
    other = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert other.stdout is not None
    assert other.stdout.readline().strip() == "ready"

    code = gui.run_gui(str(data_dir), None)

    out, _ = other.communicate(timeout=60)
    assert code == 1
    assert "shown" in out
    assert str(other.pid) in said.warning[0]


def test_read_only_data_folder_at_start_is_one_clear_message(
    qtbot: QtBot, tmp_path: Path, said: Said, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Starting on a read-only mount: one message naming the folder and what to do."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    with tmpfs(tmp_path / "mnt", "16m") as mnt:
        data_dir = mnt / "dane"
        open_store(data_dir).close()
        remount_read_only(mnt)

        assert gui.run_gui(str(data_dir), None) == 1

    (error,) = said.error
    assert str(data_dir) in error and "tylko do odczytu" in error


def test_daily_backup_after_start_runs_in_the_background_once(
    qtbot: QtBot, services: Services
) -> None:
    """The day's backup is written off the GUI thread and reported in the status bar."""
    services.partnerships.create(DEMO_PARTNERSHIPS[0])
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()

    gui.start_daily_backup(window)
    qtbot.waitUntil(lambda: "codzienną" in window.statusBar().currentMessage(), timeout=10_000)
    gui.start_daily_backup(window)
    from cwd_desktop.ui.background import wait_for_background

    wait_for_background()

    (made,) = list_backups(services.store.backup_dir)
    assert made.name.endswith("-daily.sqlite3")
    assert str(made) in window.statusBar().currentMessage()

"""File > Kopie zapasowe: list, back up now, restore (verified, then the window reopens)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cwd_desktop.config import Settings
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.store.backup import backup_name, list_backups
from cwd_desktop.store.restore import STAGING_PREFIX
from cwd_desktop.ui import app as gui
from cwd_desktop.ui import messages
from cwd_desktop.ui.backup_dialog import BackupDialog
from cwd_desktop.ui.main_window import MainWindow
from tests.store.hostile import ROOT, damage, live_names

DEMO = sorted(["MOF Bolesławiec", "PGZB", "PZŁ"])


@pytest.fixture
def filled(services: Services) -> Services:
    """The three demo partnerships (fast: without the rest of the demo programme)."""
    for data in DEMO_PARTNERSHIPS:
        services.partnerships.create(data)
    return services


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Messages shown to the user, by kind; every question is answered Yes."""
    shown: dict[str, list[str]] = {"info": [], "error": [], "confirm": []}
    monkeypatch.setattr(messages, "info", lambda _p, text, title=None: shown["info"].append(text))
    monkeypatch.setattr(messages, "error", lambda _p, text, title=None: shown["error"].append(text))

    def confirm(_parent: object, text: str, title: str | None = None) -> bool:
        shown["confirm"].append(text)
        return True

    monkeypatch.setattr(messages, "confirm", confirm)
    return shown


def rows(dialog: BackupDialog) -> list[tuple[str, str, str]]:
    """The list as the user reads it: (date, kind, size) per backup."""
    view = dialog.ui.backupList
    items = [view.topLevelItem(r) for r in range(view.topLevelItemCount())]
    return [(i.text(0), i.text(1), i.text(2)) for i in items if i is not None]


def open_dialog(qtbot: QtBot, services: Services) -> BackupDialog:
    dialog = BackupDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_lists_backups_newest_first_with_date_kind_and_size(qtbot: QtBot, filled: Services) -> None:
    """Each backup shows when it was made, why, and how big it is; the newest is selected."""
    store = filled.store
    yesterday = datetime.now() - timedelta(days=1)
    old = store.backup()
    old.rename(old.with_name(backup_name("daily", yesterday)))
    newest = store.backup()

    dialog = open_dialog(qtbot, filled)

    listed = rows(dialog)
    assert [r[1] for r in listed] == ["ręczna", "codzienna"]
    assert listed[1][0] == yesterday.strftime("%d.%m.%Y %H:%M")
    assert all(r[2].endswith("B") and r[2][0].isdigit() for r in listed)
    assert dialog.selected_path() == newest
    assert dialog.ui.restoreButton.isEnabled()
    dialog.grab().save("/tmp/shots/backup_dialog.png")


def test_empty_folder_invites_the_first_backup(qtbot: QtBot, filled: Services) -> None:
    """With no backup yet, nothing can be restored and the dialog says what to do."""
    dialog = open_dialog(qtbot, filled)

    assert rows(dialog) == []
    assert not dialog.ui.restoreButton.isEnabled()
    assert "utwórz pierwszą" in dialog.ui.statusLabel.text()


def test_back_up_now_adds_a_verified_copy_to_the_list(qtbot: QtBot, filled: Services) -> None:
    """'Utwórz kopię teraz' writes a backup holding the data and selects it."""
    dialog = open_dialog(qtbot, filled)

    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(rows(dialog)) == 1, timeout=10_000)

    (made,) = list_backups(filled.store.backup_dir)
    assert dialog.selected_path() == made
    assert str(made) in dialog.ui.statusLabel.text()
    assert live_names(made) == DEMO


def test_automatic_backup_settings_are_saved(qtbot: QtBot, filled: Services) -> None:
    """The daily switch and the number of backups kept are stored in the settings."""
    dialog = open_dialog(qtbot, filled)

    dialog.ui.dailyCheck.setChecked(False)
    dialog.ui.keepSpin.setValue(4)

    saved = Settings(filled.store.data_dir)
    assert saved.get("backups_daily") is False
    assert saved.get("backups_keep") == 4


def test_restore_is_confirmed_verified_and_reopened_on_the_backup(
    qtbot: QtBot, filled: Services, said: dict[str, list[str]]
) -> None:
    """Restore: a question, the current data kept, then the app reopens on the backup."""
    store = filled.store
    backup = store.backup()
    filled.partnerships.delete("PGZB")
    dialog = open_dialog(qtbot, filled)

    with qtbot.waitSignal(dialog.sig_restore_ready, timeout=10_000) as ready:
        qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)

    assert len(said["confirm"]) == 1 and "ręczna" in said["confirm"][0]
    prepared = ready.args[0]
    assert prepared.current_backup is not None
    assert live_names(prepared.current_backup) == ["MOF Bolesławiec", "PZŁ"]
    assert live_names(store.path) == ["MOF Bolesławiec", "PZŁ"]  # nothing swapped yet

    store.close()  # what the app does when the window has closed
    reopened = gui.reopen_after_restore(store.data_dir, prepared)
    assert reopened is not None
    try:
        assert sorted(v.data.short_name for v in Services(reopened).partnerships.list()) == DEMO
    finally:
        reopened.close()
    assert said["error"] == []
    assert str(backup) in said["info"][0]


def test_a_damaged_backup_is_refused_and_nothing_changes(
    qtbot: QtBot, filled: Services, said: dict[str, list[str]], tmp_path: Path
) -> None:
    """Restoring a damaged file ends in one message; the store and backups stay as they were."""
    store = filled.store
    good = store.backup()
    bad = tmp_path / "kopia.sqlite3"
    shutil.copyfile(good, bad)
    damage(bad)
    dialog = open_dialog(qtbot, filled)
    emitted: list[object] = []
    dialog.sig_restore_ready.connect(emitted.append)

    dialog.restore_from(bad)
    qtbot.waitUntil(lambda: bool(said["error"]), timeout=10_000)

    assert str(bad) in said["error"][0]
    assert emitted == []
    assert list_backups(store.backup_dir) == [good]
    assert not [p for p in store.data_dir.iterdir() if p.name.startswith(STAGING_PREFIX)]
    assert live_names(store.path) == DEMO
    assert dialog.ui.createButton.isEnabled()


def test_file_menu_restore_closes_the_window_for_the_swap(
    qtbot: QtBot, filled: Services, said: dict[str, list[str]]
) -> None:
    """File > Kopie zapasowe > restore: the window closes, holding the verified copy."""
    filled.store.backup()
    window = MainWindow(filled)
    qtbot.addWidget(window)
    window.show()

    window.backups_action.trigger()
    dialog = window.findChild(BackupDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pending_restore is not None, timeout=10_000)

    assert not window.isVisible()
    assert window.pending_restore.staged.exists()
    assert said["confirm"]


RESTORE_IN_THE_APP = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from cwd_desktop.ui import app as gui
from cwd_desktop.ui import messages

messages.confirm = lambda *_args, **_kw: True
messages.info = lambda _p, text, title=None: print("INFO", text, flush=True)
messages.error = lambda _p, text, title=None: print("ERROR", text, flush=True)
app = QApplication([])
seen = []

def drive():
    for window in app.topLevelWidgets():
        if type(window).__name__ != "MainWindow" or not window.isVisible():
            continue
        if not seen:
            seen.append(window)
            window.open_backups().restore_selected()
        elif window is not seen[0]:
            names = sorted(v.data.short_name for v in window.services.partnerships.list())
            print("NAMES", ",".join(names), flush=True)
            window.close()

timer = QTimer()
timer.timeout.connect(drive)
timer.start(200)
sys.exit(gui.run_gui(sys.argv[1], "pl"))
"""


def test_the_app_reopens_on_the_restored_store(filled: Services) -> None:
    """In the running app: restore a backup, the window closes and reopens on the backup.

    A real process: ``QApplication.exec`` (which the reopening goes through)
    cannot run inside the test process.
    """
    store = filled.store
    store.backup()
    filled.partnerships.delete("PGZB")
    store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    done = subprocess.run(
        [sys.executable, "-c", RESTORE_IN_THE_APP, str(store.data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )

    assert done.returncode == 0, done.stderr
    assert "NAMES MOF Bolesławiec,PGZB,PZŁ" in done.stdout
    assert "INFO Przywrócono bazę z kopii" in done.stdout
    assert "ERROR" not in done.stdout
    (kept,) = store.backup_dir.glob("*-before-restore.sqlite3")
    assert live_names(kept) == ["MOF Bolesławiec", "PZŁ"]

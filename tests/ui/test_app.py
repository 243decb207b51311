"""Starting the GUI: bad data folders get one clear message; English works."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cwd_desktop.ui import app as gui
from cwd_desktop.ui import messages


def test_start_refuses_a_file_that_is_not_a_database(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A data file that is not SQLite: the app says so and stops, the file untouched."""
    db = data_dir / "cwd.sqlite3"
    db.write_text("to nie jest baza danych", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _p, text, title=None: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert gui.run_gui(str(data_dir), None) == 1
    assert len(shown) == 1 and str(db) in shown[0] and "SQLite" in shown[0]
    assert db.read_text(encoding="utf-8") == "to nie jest baza danych"


def test_start_opens_main_window_and_paints(data_dir: Path) -> None:
    """`cwd-desktop --data-dir D` opens and paints the main window, then shuts down cleanly.

    Run as a real process: ``QApplication.exec`` cannot be re-entered in the test process.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CWD_EXIT_AFTER_PAINT="1")
    done = subprocess.run(
        [sys.executable, "-m", "cwd_desktop", "--data-dir", str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "CWD_PAINTED" in done.stdout
    assert (data_dir / "cwd.sqlite3").is_file()
    assert not list(data_dir.glob(".cwd-open-*")), "clean shutdown leaves no open-marker"


def test_english_translation_is_complete_and_loads(qtbot: QtBot) -> None:
    """With --lang en the menus are in English (the .qm is built by make)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = gui.install_translators(app, "en")
    try:
        assert QCoreApplication.translate("MainWindow", "&Plik") == "&File"
        assert QCoreApplication.translate("vocab", "gmina wiejska") == "rural gmina"
    finally:
        for t in translators:
            app.removeTranslator(t)

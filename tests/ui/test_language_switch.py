"""Widok > Język: the language is chosen in the program, stored, and applied at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import fill_demo
from cwd_desktop.ui import language
from cwd_desktop.ui.areas import registered_areas
from cwd_desktop.ui.main_window import MainWindow


@pytest.fixture
def polish(qapp: QApplication) -> Iterator[QApplication]:
    """The app in Polish (as at a default start); afterwards, as it was before the test."""
    locale = QLocale()
    previous = qapp.property(language.LANGUAGE_PROPERTY)
    language.apply_language(qapp, "pl")
    yield qapp
    language.apply_language(qapp, "pl")
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)
    qapp.setProperty(language.LANGUAGE_PROPERTY, previous)


def entry(window: MainWindow, code: str) -> QAction:
    action = window.language_menu.findChild(QAction, f"language_{code}")
    assert action is not None, f"no {code} entry in Widok > Język"
    return action


def test_view_menu_offers_each_language_in_its_own_name(
    qtbot: QtBot, services: Services, polish: QApplication
) -> None:
    """Widok > Język lists Polski and English; the current one is ticked."""
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.ui.actionLanguage.menu() is window.language_menu
    assert window.ui.actionLanguage in window.ui.menuView.actions()
    names = [a.text() for a in window.language_menu.actions()]
    assert names == ["Polski", "English"]
    assert entry(window, "pl").isChecked() and not entry(window, "en").isChecked()


def test_choosing_english_stores_it_and_reopens_the_same_view_in_english(
    qtbot: QtBot, services: Services, polish: QApplication
) -> None:
    """The choice is saved, English is installed, and the next window shows the same place."""
    fill_demo(services)
    window = MainWindow(services)
    window.show()
    qtbot.addWidget(window)
    pzl = services.partnerships.get("PZŁ").id
    window.refresh(select_id=pzl)
    window.ui.areaList.setCurrentRow(2)
    assert window.ui.menuFile.title() == "&Plik"

    entry(window, "en").trigger()

    assert services.store.settings.get("language") == "en"
    assert QCoreApplication.translate("MainWindow", "&Plik") == "&File"
    assert QLocale().language() == QLocale.Language.English
    assert not window.isVisible(), "the Polish window closes for the English one"
    handover = language.take_handover(window)
    assert handover is not None and handover.language == "en"

    # What ui/app.py does next: a new window on the same store, given the handover.
    reopened = MainWindow(services)
    qtbot.addWidget(reopened)
    handover.apply(reopened)
    assert reopened.ui.menuFile.title() == "&File"
    assert reopened.current_id() == pzl
    assert reopened.ui.areaList.currentRow() == 2
    assert reopened.ui.areaList.item(2).text() == "Stakeholders"
    assert entry(reopened, "en").isChecked()

    entry(reopened, "pl").trigger()
    assert services.store.settings.get("language") == "pl"
    assert QCoreApplication.translate("MainWindow", "&Plik") == "&Plik"


def test_choosing_the_current_language_changes_nothing(
    qtbot: QtBot, services: Services, polish: QApplication
) -> None:
    """Polski while in Polish: the window stays, nothing to hand over."""
    window = MainWindow(services)
    window.show()
    qtbot.addWidget(window)
    entry(window, "pl").trigger()
    assert window.isVisible()
    assert language.take_handover(window) is None
    assert services.store.settings.get("language") == "pl"


def test_the_running_program_switches_to_english_and_remembers_it(data_dir: Path) -> None:
    """End to end, as a user: start in Polish, pick English, the window comes back in English.

    A real process (``QApplication.exec`` cannot be re-entered here), driven by
    the smoke mode that ``make package`` also uses; the next start is English too.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("CWD_LANG", None)
    command = [sys.executable, "-m", "cwd_desktop", "--data-dir", str(data_dir)]
    subprocess.run([*command, "demo"], env=env, check=True, capture_output=True, timeout=120)
    done = subprocess.run(
        command,
        env=dict(env, CWD_SMOKE_TEST="1", CWD_SMOKE_LANGUAGE="en", CWD_SMOKE_TIMEOUT="100"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "CWD_SMOKE_SWITCH pl -> en" in done.stdout
    assert "lang=en file_menu='&File'" in done.stdout
    assert f"areas={len(registered_areas())} " in done.stdout  # every page opened in English
    settings = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    assert settings["language"] == "en"
    again = subprocess.run(
        command,
        env=dict(env, CWD_SMOKE_TEST="1", CWD_SMOKE_TIMEOUT="100"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert again.returncode == 0, again.stdout + again.stderr
    assert "CWD_SMOKE_SWITCH" not in again.stdout
    assert "lang=en file_menu='&File'" in again.stdout

"""Help > O programie: version, build date, Qt/PySide/Python, data folder, licence."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QTimer, qVersion
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cwd_desktop import __version__
from cwd_desktop.services.app import Services
from cwd_desktop.ui.about_dialog import AboutDialog, BuildInfo, read_build_info
from cwd_desktop.ui.main_window import MainWindow
from tests.test_packaging import manifest

BUILD_INFO_FILENAME = manifest.BUILD_INFO_FILENAME
build_info_text = manifest.build_info_text


def test_help_about_shows_version_build_data_folder_and_versions(
    qtbot: QtBot, services: Services
) -> None:
    """The menu entry opens the dialog; it names everything a support call asks for."""
    window = MainWindow(services)
    qtbot.addWidget(window)
    shown: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, AboutDialog):
            shown.append(dialog.plain_text())
            dialog.accept()
        else:
            QTimer.singleShot(20, read_and_close)

    QTimer.singleShot(20, read_and_close)
    window.ui.actionAbout.trigger()
    assert shown, "Help > O programie opened no About dialog"
    text = shown[0]
    assert f"CWD Desktop {__version__}" in text
    assert "wersja deweloperska" in text  # a source checkout has no build record
    assert str(services.store.data_dir) in text
    assert qVersion() in text and pyside_version in text
    assert sys.version.split()[0] in text
    assert "LGPL" in text


def test_packaged_build_shows_its_build_date(qtbot: QtBot, services: Services) -> None:
    """The date the packager recorded (same file format as the spec writes) is shown."""
    path = services.store.data_dir / BUILD_INFO_FILENAME
    path.write_text(build_info_text(__version__, "2025-03-14"), encoding="utf-8")
    build = read_build_info(path)
    assert build == BuildInfo(__version__, "2025-03-14")
    dialog = AboutDialog(services, None, build)
    qtbot.addWidget(dialog)
    assert "2025-03-14" in dialog.plain_text()
    assert "wersja deweloperska" not in dialog.plain_text()


@pytest.mark.parametrize("content", [None, "", "[build]\nversion = 1\n", "\x00\xff garbage"])
def test_missing_or_broken_build_record_means_a_development_version(
    tmp_path: Path, content: str | None
) -> None:
    """No file, an empty or incomplete one, or garbage: never a crash, just 'development'."""
    path = tmp_path / BUILD_INFO_FILENAME
    if content is not None:
        path.write_bytes(content.encode("latin-1"))
    assert read_build_info(path) is None


def test_data_folder_is_a_link_and_text_is_selectable(qtbot: QtBot, services: Services) -> None:
    """The folder opens from the dialog, and the text can be copied into an e-mail."""
    dialog = AboutDialog(services)
    qtbot.addWidget(dialog)
    assert f'href="file://{services.store.data_dir}' in dialog.informativeText()
    assert dialog.windowTitle() == "O programie"

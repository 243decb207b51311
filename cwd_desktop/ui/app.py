"""Starting the GUI: the application object, translations, the store, the window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from cwd_desktop import APP_DISPLAY_NAME, APP_NAME, __version__
from cwd_desktop.config import Settings, resolve_data_dir
from cwd_desktop.errors import UserError
from cwd_desktop.resources import resources_dir


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load our English catalogue (Polish is the source) and Qt's own dialogs' texts.

    The translators are returned so the caller keeps them alive.
    """
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    if language != "pl":
        ours = QTranslator(app)
        if ours.load(f"cwd_desktop_{language}", str(resources_dir() / "translations")):
            app.installTranslator(ours)
            installed.append(ours)
    QLocale.setDefault(
        QLocale(QLocale.Language.Polish if language == "pl" else QLocale.Language.English)
    )
    return installed


def ui_language(cli_value: str | None, settings: Settings) -> str:
    """``--lang``, else ``CWD_LANG``, else the setting (Polish by default)."""
    value = cli_value or os.environ.get("CWD_LANG") or settings.get("language")
    return value if value in {"pl", "en"} else "pl"


def run_gui(data_dir_arg: str | None, lang: str | None) -> int:
    """Open the main window on the store in the data folder; return the exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("CWD")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "cwd-desktop.svg")))

    from cwd_desktop.ui import crash, messages

    data_dir = resolve_data_dir(data_dir_arg)
    language = "pl"
    if data_dir.is_dir():
        language = ui_language(lang, Settings(data_dir))
    elif lang:
        language = lang
    translators = install_translators(app, language)
    crash.install()

    from cwd_desktop.services.app import Services
    from cwd_desktop.store import open_store

    try:
        store = open_store(data_dir)
    except UserError as exc:
        messages.error(None, messages.render(exc))
        return 1
    try:
        from cwd_desktop.ui.main_window import MainWindow

        window = MainWindow(Services(store))
        window.show()
        code = app.exec()
        from cwd_desktop.ui.background import wait_for_background

        wait_for_background()
    finally:
        store.close()
    del translators
    return int(code)

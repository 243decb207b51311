"""Widok > Język: choosing the interface language, applied at once.

Every widget takes its texts from ``tr()`` when it is built, so instead of
retranslating dozens of pages the switch installs the new catalogue and
closes the window; ``ui/app.py`` then opens a fresh one on the same data
folder (as after a restore), which ``Handover.apply`` puts back on the same
partnership, area, size and position. Nothing is lost: every edit is already
saved (an open cell editor is committed first); only the undo history goes.
The choice is stored in the ``language`` setting, so the next start uses it
too (``--lang`` and ``CWD_LANG`` still override it).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

if TYPE_CHECKING:
    from cwd_desktop.ui.main_window import MainWindow

#: (code, name). Each language is named in itself, so a user who cannot read
#: the current language still finds their own; the names are not translated.
LANGUAGES: tuple[tuple[str, str], ...] = (("pl", "Polski"), ("en", "English"))
LANGUAGE_PROPERTY = "cwd_language"  # set by ui.app.install_translators


def current_language() -> str:
    """The language whose translations are installed now (``pl`` before any)."""
    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return value if isinstance(value, str) and value else "pl"


def apply_language(app: QApplication, language: str) -> None:
    """Replace the installed translators (ours and Qt's) with those of ``language``."""
    from cwd_desktop.ui.app import install_translators

    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    install_translators(app, language)


@dataclass(frozen=True)
class Handover:
    """What the window showed when the language changed, for the window that replaces it."""

    language: str
    partnership_id: str | None
    area_row: int
    geometry: QByteArray

    def apply(self, window: MainWindow) -> None:
        """Show the same partnership and area, at the same place and size."""
        window.restoreGeometry(self.geometry)
        window.refresh(select_id=self.partnership_id)
        if self.area_row >= 0:
            window.ui.areaList.setCurrentRow(self.area_row)


def take_handover(window: MainWindow) -> Handover | None:
    """The handover a closed window left for its successor (None: no language change)."""
    handover = getattr(window, "language_handover", None)
    return handover if isinstance(handover, Handover) else None


def install_menu(window: MainWindow) -> QMenu:
    """Turn the window's ``actionLanguage`` into the Język submenu, one entry per language."""
    menu = QMenu(QCoreApplication.translate("LanguageMenu", "&Język"), window)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    active = current_language()
    for code, name in LANGUAGES:
        action = QAction(name, menu)
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setChecked(code == active)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: switch_language(window, str(action.data())))
    window.ui.actionLanguage.setText(menu.title())
    window.ui.actionLanguage.setMenu(menu)
    return menu


def switch_language(window: MainWindow, language: str) -> Handover | None:
    """Store ``language``, install it and close ``window`` for ``ui/app.py`` to reopen.

    Returns the handover left on the window (None when nothing changes).
    """
    settings = window.services.store.settings
    with contextlib.suppress(OSError):  # a read-only data folder: switch for this session
        settings.set("language", language)
    if language == current_language():
        return None
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    focused = app.focusWidget()
    if focused is not None:
        focused.clearFocus()  # an item delegate commits its open editor on focus-out
    handover = Handover(
        language=language,
        partnership_id=window.current_id(),
        area_row=window.ui.areaList.currentRow(),
        geometry=window.saveGeometry(),
    )
    window.language_handover = handover  # type: ignore[attr-defined]
    apply_language(app, language)
    # Closing the last primary window ends app.exec() (dialogs have it as transient
    # parent, so an open one does not count). QCoreApplication.exit() would also stop
    # every later QDialog.exec() when no main loop is running, as in tests.
    window.close()
    return handover

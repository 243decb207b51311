"""Starting the GUI: the application object, translations, the store, the window.

Start-up is also where hostile conditions meet the user: a second window on
the same data folder is refused (the first one is brought to the front), a
damaged store file has already been moved aside by ``open_store`` and the
newest backup is offered here, and a restore chosen in the backup dialog is
installed between closing the window's store and opening the restored one.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from cwd_desktop import APP_DISPLAY_NAME, APP_NAME, __version__
from cwd_desktop.config import Settings, resolve_data_dir
from cwd_desktop.errors import UserError
from cwd_desktop.resources import resources_dir

if TYPE_CHECKING:
    from cwd_desktop.store import Store
    from cwd_desktop.store.errors import CorruptStore
    from cwd_desktop.store.restore import PreparedRestore
    from cwd_desktop.ui.instance import SingleInstance
    from cwd_desktop.ui.main_window import MainWindow

#: The day's automatic backup starts this long after the window is shown, off the start-up path.
DAILY_BACKUP_DELAY_MS = 3000
DAILY_BACKUP_RECHECK_MS = 3600 * 1000
#: Answering a second start ("show the window") begins once the window is up.
LISTEN_DELAY_MS = 300


#: The translators ``install_translators`` put in place last.
_INSTALLED: list[QTranslator] = []


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load our English catalogue (Polish is the source) and Qt's own dialogs' texts.

    The translators are returned so the caller keeps them alive.
    """
    # A switch of language in a running app: the previous language's translators
    # (Qt's own included) must go, or its dialogs' buttons would keep the old language.
    for previous in _INSTALLED:
        app.removeTranslator(previous)
    _INSTALLED.clear()
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
    app.setProperty("cwd_language", language)  # read by ui.language.current_language
    _INSTALLED.extend(installed)
    return installed


def ui_language(cli_value: str | None, settings: Settings) -> str:
    """``--lang``, else ``CWD_LANG``, else the setting (Polish by default)."""
    value = cli_value or os.environ.get("CWD_LANG") or settings.get("language")
    return value if value in {"pl", "en"} else "pl"


def _when(path: Path) -> str:
    from cwd_desktop.store.backup import describe

    return describe(path).made_at.strftime("%d.%m.%Y %H:%M")


def open_or_recover(data_dir: Path, parent: QWidget | None = None) -> Store | None:
    """Open the store; after a damaged file was moved aside, offer the newest backup.

    Returns None when the app should stop (the message has been shown).
    """
    from cwd_desktop.store import open_store
    from cwd_desktop.store.encryption import MissingKey
    from cwd_desktop.store.errors import CorruptStore
    from cwd_desktop.ui import messages

    try:
        return open_store(data_dir)
    except CorruptStore as exc:
        return _recover(data_dir, exc, parent)
    except MissingKey:  # an encrypted store whose key is not in this keyring
        from cwd_desktop.ui.encryption_dialog import unlock_interactively

        return open_or_recover(data_dir, parent) if unlock_interactively(data_dir, parent) else None
    except UserError as exc:
        messages.error(parent, messages.render(exc))
        return None


def _recover(data_dir: Path, exc: CorruptStore, parent: QWidget | None) -> Store | None:
    """Ask whether to restore the newest backup into the place of the damaged file."""
    from cwd_desktop.store.restore import restore_store
    from cwd_desktop.ui import messages

    damaged = QCoreApplication.translate(
        "App", "Plik bazy {path} jest uszkodzony ({verdict}); przeniesiono go do {moved}."
    ).format(path=exc.path, verdict=exc.verdict, moved=exc.moved_to)
    if exc.backup is None:
        messages.warning(
            parent,
            damaged
            + "\n\n"
            + QCoreApplication.translate(
                "App",
                "Nie ma kopii zapasowej, więc program zacznie z nową, pustą bazą; dane "
                "partnerstw wrócą po synchronizacji z serwerem lub z pakietu.",
            ),
        )
        return open_or_recover(data_dir, parent)
    question = (
        damaged
        + "\n\n"
        + QCoreApplication.translate(
            "App", "Przywrócić najnowszą kopię zapasową z {date} ({path})?"
        ).format(date=_when(exc.backup), path=exc.backup)
    )
    if not messages.confirm(parent, question):
        messages.info(
            parent,
            QCoreApplication.translate(
                "App",
                "Uszkodzony plik zachowano jako {moved}. Kopię możesz przywrócić później: "
                "Plik > Kopie zapasowe i przywracanie…, albo poleceniem cwd-desktop restore.",
            ).format(moved=exc.moved_to),
        )
        return None
    try:
        restore_store(data_dir, exc.backup, int(Settings(data_dir).get("backups_keep")))
    except UserError as err:
        messages.error(parent, messages.render(err))
        return None
    return open_or_recover(data_dir, parent)


def reopen_after_restore(data_dir: Path, prepared: PreparedRestore) -> Store | None:
    """Swap in a restore prepared by the backup dialog, then open the store again.

    Called after the window's store was closed. If the swap fails (another
    process has the store open), the store as it was opens again.
    """
    from cwd_desktop.store.restore import install_restore
    from cwd_desktop.ui import messages

    try:
        install_restore(prepared)
    except UserError as exc:
        messages.error(None, messages.render(exc))
    else:
        messages.info(
            None,
            QCoreApplication.translate("App", "Przywrócono bazę z kopii {path}.").format(
                path=prepared.source
            ),
        )
    return open_or_recover(data_dir)


def start_daily_backup(window: MainWindow) -> None:
    """Make the day's backup on the writer thread, if due; report it in the status bar."""
    from cwd_desktop.ui.background import Operation

    store = window.services.store

    def done(path: Path | None) -> None:
        if path is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "App", "Zapisano codzienną kopię zapasową: {path}"
                ).format(path=path),
                8000,
            )

    def failed(exc: BaseException) -> None:
        from cwd_desktop.ui import crash, messages

        if isinstance(exc, UserError):
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "App", "Nie udało się zapisać codziennej kopii zapasowej: {reason}"
                ).format(reason=messages.render(exc)),
                30_000,
            )
        else:
            crash.report(window, type(exc), exc, exc.__traceback__)

    Operation(window, lambda _progress: store.daily_backup()).success(done).failure(
        failed
    ).run_in_background()


def _refuse_second_window(data_dir: Path, instance: SingleInstance) -> int:
    from cwd_desktop.ui import messages

    pid = instance.holder_pid()
    instance.ask_other_to_show()
    messages.warning(
        None,
        QCoreApplication.translate(
            "App",
            "Dane z folderu {path} są już otwarte w innym oknie programu (proces {pid}). "
            "Drugie okno na tych samych danych nie zostanie otwarte, aby ich nie uszkodzić; "
            "przejdź do tamtego okna.",
        ).format(path=data_dir, pid=pid if pid is not None else "?"),
    )
    return 1


def run_gui(data_dir_arg: str | None, lang: str | None) -> int:
    """Open the main window on the store in the data folder; return the exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("CWD")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "cwd-desktop.svg")))

    from cwd_desktop.ui import crash
    from cwd_desktop.ui.instance import SingleInstance

    data_dir = resolve_data_dir(data_dir_arg)
    language = "pl"
    if data_dir.is_dir():
        language = ui_language(lang, Settings(data_dir))
    elif lang:
        language = lang
    translators = install_translators(app, language)
    crash.install()

    instance = SingleInstance(data_dir)
    with contextlib.suppress(OSError):  # else open_store explains what is wrong with it
        data_dir.mkdir(parents=True, exist_ok=True)
    if not instance.acquire():
        return _refuse_second_window(data_dir, instance)
    try:
        store = open_or_recover(data_dir)
        if store is None:
            return 1
        code = _run_windows(app, data_dir, store, instance)
    finally:
        instance.release()
    del translators
    return code


def _run_windows(app: QApplication, data_dir: Path, store: Store, instance: SingleInstance) -> int:
    """Show the main window until the user quits; reopen it after a restore or a language change."""
    from cwd_desktop.services.app import Services
    from cwd_desktop.ui import language
    from cwd_desktop.ui.background import wait_for_background
    from cwd_desktop.ui.main_window import MainWindow

    current: Store | None = store
    code = 0
    handover: language.Handover | None = None
    while current is not None:
        try:
            window = MainWindow(Services(current))
            if handover is not None:
                handover.apply(window)
            instance.sig_show.connect(window.bring_to_front)
            window.show()
            if os.environ.get("CWD_SMOKE_TEST") == "1":
                from cwd_desktop.ui import smoke

                smoke.schedule(window)
            QTimer.singleShot(LISTEN_DELAY_MS, instance.listen)
            QTimer.singleShot(DAILY_BACKUP_DELAY_MS, window, lambda w=window: start_daily_backup(w))
            # A window left open over midnight still makes the next day's backup.
            hourly = QTimer(window)
            hourly.timeout.connect(lambda w=window: start_daily_backup(w))
            hourly.start(DAILY_BACKUP_RECHECK_MS)
            code = int(app.exec())
            hourly.stop()
            wait_for_background()
        finally:
            current.close()
        instance.sig_show.disconnect(window.bring_to_front)
        prepared = window.pending_restore
        handover = language.take_handover(window)  # Widok > Język: reopen in the new language
        window.deleteLater()
        if handover is not None:
            current = open_or_recover(data_dir)
            continue
        current = reopen_after_restore(data_dir, prepared) if prepared is not None else None
        if prepared is not None and current is None:
            code = 1
    return code

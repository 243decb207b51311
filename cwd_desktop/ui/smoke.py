"""``CWD_SMOKE_TEST=1``: prove that a build runs, then exit.

``make package`` starts the bundled program once offscreen with this variable
(see ``packaging/smoke_test.py``). After the window is shown, every area of
the selected partnership is opened and painted, and the About dialog is
shown: that imports every lazily loaded page module, the charts and the
translations, which is exactly what a PyInstaller bundle can miss. The
program then prints one ``CWD_SMOKE_OK …`` line and exits with 0; with 1 if
anything raised; with 3 if it hung (``CWD_SMOKE_TIMEOUT`` seconds, default
180). ``CWD_SMOKE_SHOTS=DIR`` also saves a PNG of every area there.
``CWD_SMOKE_LANGUAGE=en`` first switches to that language through the
Widok > Język menu, so the window is reopened by ``ui/app.py`` the way a
user's switch does it, and the test runs on the reopened window.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from cwd_desktop.ui.main_window import MainWindow


def _start_watchdog() -> None:
    """Kill the process if the smoke test hangs (a modal box nobody closes, a deadlock)."""
    seconds = float(os.environ.get("CWD_SMOKE_TIMEOUT", "180"))

    def expire() -> None:
        print(f"CWD_SMOKE_TIMEOUT after {seconds:.0f} s", flush=True)
        os._exit(3)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()


def schedule(window: MainWindow) -> None:
    """Run the smoke test on ``window`` as soon as the event loop starts."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setProperty("cwd_no_modal", True)  # the crash dialog must not wait for a click
    failures: list[str] = []

    def record(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, exc, tb))
        failures.append(text)
        sys.stderr.write(text)

    sys.excepthook = record
    _start_watchdog()
    QTimer.singleShot(0, lambda: _run(app, window, failures))


def _run(app: QApplication, window: MainWindow, failures: list[str]) -> None:
    from cwd_desktop.ui.about_dialog import AboutDialog
    from cwd_desktop.ui.background import wait_for_background
    from cwd_desktop.ui.language import current_language

    shots = os.environ.get("CWD_SMOKE_SHOTS")
    folder = Path(shots) if shots else None
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    areas = 0
    wanted = os.environ.get("CWD_SMOKE_LANGUAGE")
    if wanted and wanted != current_language():
        for _ in range(3):  # as a user would: after the first paint and its warm-up
            app.processEvents()
            wait_for_background()
        action = window.language_menu.findChild(QAction, f"language_{wanted}")
        if action is None:
            failures.append(f"no language {wanted} in the menu")
        else:
            print(f"CWD_SMOKE_SWITCH {current_language()} -> {wanted}", flush=True)
            action.trigger()  # closes the window; ui/app.py opens the next one
            return
    try:
        app.processEvents()
        if window.grab().isNull():
            failures.append("the main window did not paint")
        if window.current_view() is not None:
            for row in range(window.ui.areaList.count()):
                window.ui.areaList.setCurrentRow(row)
                app.processEvents()
                image = window.grab()
                if image.isNull():
                    failures.append(f"area {row} did not paint")
                elif folder is not None:
                    image.save(str(folder / f"area_{row:02d}.png"))
                areas += 1
        about = AboutDialog(window.services, window)
        about.show()
        app.processEvents()
        if folder is not None:
            about.grab().save(str(folder / "about.png"))
        build = about.build_date_text()
        about.close()
        wait_for_background()
        app.processEvents()
    except Exception as exc:  # reported like any other failure
        record = sys.excepthook
        record(type(exc), exc, exc.__traceback__)
        build = "?"
    if failures:
        print(f"CWD_SMOKE_FAILED {len(failures)} failure(s)", flush=True)
        app.exit(1)
        return
    print(
        f"CWD_SMOKE_OK areas={areas} lang={current_language()} "
        f"file_menu={window.ui.menuFile.title()!r} build={build!r}",
        flush=True,
    )
    app.exit(0)

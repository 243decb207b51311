"""Long work off the GUI thread: results, user errors, cancellation and crashes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.progress import Progress
from cwd_desktop.ui import crash, messages
from cwd_desktop.ui.background import Operation, wait_for_background


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def no_modal() -> None:
    app = QApplication.instance()
    app.setProperty("cwd_no_modal", True)
    yield
    app.setProperty("cwd_no_modal", False)


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, parent: QWidget) -> None:
    """The work runs on a worker thread; its result is delivered on the GUI thread."""
    seen: dict[str, object] = {}

    def work(_progress: Progress) -> int:
        seen["worker"] = threading.current_thread()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.current_thread()

    Operation(parent, work).success(done).run_in_background()
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()


def test_user_error_is_shown_as_a_message(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A UserError raised by the work becomes one clear message, not a crash."""
    shown: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _p, text, title=None: shown.append(text))

    def work(_progress: Progress) -> None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Plik {path} jest uszkodzony."), path="a.xlsx")

    Operation(parent, work).run_in_background()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == ["Plik a.xlsx jest uszkodzony."]


def test_cancel_stops_work_quietly(
    qtbot: QtBot, parent: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pressing Cancel stops the work at its next progress step and shows no error."""
    shown: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _p, text, title=None: shown.append(text))
    started = threading.Event()
    steps: list[int] = []

    def work(progress: Progress) -> None:
        started.set()
        for i in range(1000):
            progress.update(i, 1000)
            steps.append(i)
            threading.Event().wait(0.01)

    op = Operation(parent, work).with_progress("…")
    op.run_in_background()
    assert started.wait(5)
    op.cancel()
    assert wait_for_background(10_000)
    assert len(steps) < 1000
    assert shown == []


def test_bug_goes_to_crash_log(
    qtbot: QtBot, parent: QWidget, no_modal: None, tmp_path: Path
) -> None:
    """An unexpected exception writes its traceback to a log file in the log folder."""
    logs = tmp_path / "logs"

    def work(_progress: Progress) -> None:
        raise ZeroDivisionError("boom in worker")

    Operation(parent, work).run_in_background()
    qtbot.waitUntil(lambda: any(logs.glob("crash-*.log")), timeout=5000)
    (log,) = logs.glob("crash-*.log")
    text = log.read_text(encoding="utf-8")
    assert "ZeroDivisionError: boom in worker" in text
    assert "Traceback" in text


def test_excepthook_routes_user_errors_to_messages(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, no_modal: None, tmp_path: Path
) -> None:
    """An exception escaping a slot: UserError → message; anything else → crash log."""
    import sys

    shown: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _p, text, title=None: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install()
    err = UserError(QT_TRANSLATE_NOOP("errors", "Nie ma partnerstwa {key}."), key="X")
    sys.excepthook(UserError, err, None)
    assert shown == ["Nie ma partnerstwa X."]
    try:
        raise KeyError("bug")
    except KeyError as exc:
        sys.excepthook(KeyError, exc, exc.__traceback__)
    assert any((tmp_path / "logs").glob("crash-*.log"))

"""The work plan page driven as an advisor drives it: a plan made, tasks typed, the timeline."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QBrush, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cwd_desktop.services import workplan_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.workplan import STEPS
from cwd_desktop.ui import messages
from cwd_desktop.ui.background import wait_for_background
from cwd_desktop.ui.fieldwork_tables import OVERDUE
from cwd_desktop.ui.workplan_page import WorkplanPage
from tests.exports.docx_check import headings, reopen


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(text: str) -> None:
    """Type into the focused widget key by key (``qtbot.keyClicks`` cannot type Polish letters)."""
    for char in text:
        key = ord(char.upper()) if char.isascii() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                focused(), QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


def press(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)
    QApplication.processEvents()


@pytest.fixture
def pid(services: Services) -> str:
    return services.partnerships.create(DEMO_PARTNERSHIPS[0])  # PGZB, in the strategy stage


@pytest.fixture
def page(qtbot: QtBot, services: Services, pid: str) -> WorkplanPage:
    widget = WorkplanPage(services)
    qtbot.addWidget(widget)
    widget.resize(1200, 860)
    widget.show_partnership(services.partnerships.get(pid))
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _parent, text, title=None: shown.append(text))
    return shown


def _task(services: Services, pid: str, title: str, start: date, end: date, **values: str) -> str:
    return services.records.create(
        "work_task", pid, {"title": title, "start_on": start, "end_on": end, **values}
    )


def _titles(page: WorkplanPage) -> list[str]:
    model = page.model
    return [model.row(r)["title"] for r in range(model.rowCount()) if not model.is_draft(r)]


def test_an_empty_plan_is_made_from_the_stages_in_one_undoable_step(
    page: WorkplanPage, services: Services, pid: str
) -> None:
    ui = page.ui
    assert ui.createPlanButton.isVisible()
    assert ui.emptyLabel.isVisible()

    ui.createPlanButton.click()

    assert len(reads.tasks(services.store, pid)) == len(STEPS)
    assert _titles(page)[0] == "Spotkanie otwierające doradztwo"
    assert len(page.timeline.bar_rects()) == len(STEPS)
    assert not ui.createPlanButton.isVisible()
    assert ui.summaryLabel.text().startswith(f"Zadania: {len(STEPS)}")

    page.undo_stack.undo()
    assert reads.tasks(services.store, pid) == []
    assert page.model.rowCount() == 0
    assert page.timeline.rows() == []
    assert ui.createPlanButton.isVisible()

    page.undo_stack.redo()
    assert len(reads.tasks(services.store, pid)) == len(STEPS)


def test_a_typed_task_is_stored_with_the_stage_and_dates_of_a_new_line_and_undone(
    qtbot: QtBot, page: WorkplanPage, services: Services, pid: str
) -> None:
    page.ui.tasksView.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # Enter in an empty table opens a new line

    type_text("Spotkanie z wójtami w Pieniężnie")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)  # the next new line, left empty, goes away

    stored = reads.tasks(services.store, pid)
    today = date.today()
    assert [(t["title"], t["stage"], t["start_on"], t["end_on"], t["status"]) for t in stored] == [
        ("Spotkanie z wójtami w Pieniężnie", "strategy", today, today + timedelta(days=13), "open")
    ]
    assert _titles(page) == ["Spotkanie z wójtami w Pieniężnie"]
    assert [r.label for r in page.timeline.rows()] == ["Spotkanie z wójtami w Pieniężnie"]

    page.undo_stack.undo()
    assert reads.tasks(services.store, pid) == []
    assert page.timeline.rows() == []


def test_a_task_ending_before_it_starts_is_refused_in_the_table(
    page: WorkplanPage, services: Services, pid: str, errors: list[str]
) -> None:
    _task(services, pid, "Analiza SWOT", date(2026, 3, 10), date(2026, 3, 31))
    page.reload()
    end_column = [c.field for c in page.model.columns].index("end_on")

    assert not page.model.setData(page.model.index(0, end_column), "01.03.2026")

    assert errors == [
        "Zadanie „Analiza SWOT” kończy się (01.03.2026) przed rozpoczęciem (10.03.2026)."
    ]
    assert reads.tasks(services.store, pid)[0]["end_on"] == date(2026, 3, 31)
    assert page.timeline.rows()[0].end == date(2026, 3, 31)


def test_overdue_tasks_are_tinted_counted_and_filtered(
    page: WorkplanPage, services: Services, pid: str
) -> None:
    today = date.today()
    _task(services, pid, "Ankiety", today - timedelta(days=40), today - timedelta(days=3))
    _task(
        services,
        pid,
        "Dane GUS",
        today - timedelta(days=60),
        today - timedelta(days=30),
        status="done",
    )
    _task(services, pid, "Wizja i misja", today, today + timedelta(days=20))
    page.reload()

    def tint(title: str) -> object:
        row = _titles(page).index(title)
        brush = page.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
        return brush.color() if isinstance(brush, QBrush) else None

    assert tint("Ankiety") == OVERDUE
    assert tint("Dane GUS") is None
    assert tint("Wizja i misja") is None
    assert "zaległe: 1" in page.ui.summaryLabel.text()

    page.ui.overdueCheck.setChecked(True)

    assert _titles(page) == ["Ankiety"]
    assert [r.label for r in page.timeline.rows()] == ["Ankiety"]


def test_the_timeline_has_a_bar_per_task_and_a_click_selects_the_task(
    qtbot: QtBot, page: WorkplanPage, services: Services, pid: str
) -> None:
    _task(services, pid, "Spotkanie otwierające", date(2026, 1, 5), date(2026, 1, 9))
    _task(services, pid, "Analiza SWOT", date(2026, 3, 1), date(2026, 3, 20), stage="diagnosis")
    _task(services, pid, "Warsztaty", date(2026, 2, 1), date(2026, 2, 28), stage="diagnosis")
    page.reload()

    bars = page.timeline.bar_rects()
    assert [row.label for _, row in bars] == ["Spotkanie otwierające", "Warsztaty", "Analiza SWOT"]
    assert [row.group for _, row in bars] == [
        "Komponent I: plan pracy",
        "Komponent I: diagnoza",
        "Komponent I: diagnoza",
    ]

    swot = bars[2][0].center()
    qtbot.mouseClick(
        page.timeline, Qt.MouseButton.LeftButton, pos=QPoint(round(swot.x()), round(swot.y()))
    )

    selected = page.selected_task()
    assert selected is not None
    assert page.model.row(page.model.row_of(selected))["title"] == "Analiza SWOT"


def test_a_header_click_sorts_and_the_timeline_stays_grouped(
    qtbot: QtBot, page: WorkplanPage, services: Services, pid: str
) -> None:
    _task(services, pid, "Raport", date(2026, 9, 1), date(2026, 9, 30), stage="implementation")
    _task(services, pid, "Ankiety", date(2026, 2, 1), date(2026, 10, 31), stage="diagnosis")
    page.reload()
    end_column = [c.field for c in page.model.columns].index("end_on")
    header = page.ui.tasksView.horizontalHeader()

    header.sectionClicked.emit(end_column)
    assert _titles(page) == ["Raport", "Ankiety"]
    header.sectionClicked.emit(end_column)
    assert _titles(page) == ["Ankiety", "Raport"]
    assert [r.label for r in page.timeline.rows()] == ["Ankiety", "Raport"]


def test_a_search_result_clears_the_filters_that_hid_it(
    page: WorkplanPage, services: Services, pid: str
) -> None:
    found = _task(services, pid, "Kontraktowanie usług", date(2026, 5, 1), date(2026, 6, 1))
    page.reload()
    page.ui.overdueCheck.setChecked(True)
    page.ui.filterEdit.setText("ankiety")

    page.open_record("work_task", found)

    assert page.selected_task() == found
    assert not page.ui.overdueCheck.isChecked()
    assert page.ui.filterEdit.text() == ""


def test_export_writes_the_document_in_the_background_and_says_where(
    qtbot: QtBot,
    page: WorkplanPage,
    services: Services,
    pid: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said: list[str] = []
    monkeypatch.setattr(messages, "info", lambda _parent, text, title=None: said.append(text))
    page.ui.createPlanButton.click()
    target = tmp_path / "plan"

    page.export_workplan(str(target))
    qtbot.waitUntil(lambda: bool(said), timeout=60_000)
    wait_for_background()

    saved = tmp_path / "plan.docx"
    assert said == [f"Zapisano plan pracy w pliku {saved}."]
    assert (1, "3. Harmonogram") in headings(reopen(saved))
    assert [v.kind for v in services.documents.versions(pid)] == ["workplan"]


def test_another_partnership_clears_the_undo_history(
    page: WorkplanPage, services: Services, pid: str
) -> None:
    page.ui.createPlanButton.click()
    assert page.undo_stack.count() == 1

    other = services.partnerships.create(DEMO_PARTNERSHIPS[2])
    page.show_partnership(services.partnerships.get(other))

    assert page.undo_stack.count() == 0
    assert page.model.rowCount() == 0
    assert page.ui.createPlanButton.isVisible()

"""The projects page as an advisor drives it: fiches typed in, a schedule, the key project."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cwd_desktop.services import project_package as package
from cwd_desktop.services import projects
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.ui import messages
from cwd_desktop.ui.projects_page import ProjectsPage


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


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)
    QApplication.processEvents()


@pytest.fixture
def pid(services: Services) -> str:
    return services.partnerships.create(DEMO_PARTNERSHIPS[0])


@pytest.fixture
def page(qtbot: QtBot, services: Services, pid: str) -> ProjectsPage:
    widget = ProjectsPage(services)
    qtbot.addWidget(widget)
    widget.resize(1300, 820)
    widget.show_partnership(services.partnerships.get(pid))
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


@pytest.fixture(autouse=True)
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Error messages the user would see (recorded, so no modal box waits for a click)."""
    shown: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _parent, text, title=None: shown.append(text))
    return shown


def _project(services: Services, pid: str, title: str, **values: object) -> str:
    return projects.create_project(services, pid, {"title": title, **values})


def _reshow(page: ProjectsPage, services: Services, pid: str) -> None:
    page.show_partnership(services.partnerships.get(pid))


def test_ctrl_n_creates_a_project_and_the_typed_fiche_is_stored(
    qtbot: QtBot, page: ProjectsPage, services: Services, pid: str, errors: list[str]
) -> None:
    page.ui.projectsView.setFocus()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    ui = page.fiche.ui
    assert focused() is ui.titleEdit
    type_text("Szlak rowerowy Zalewu Wiślanego")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the field saves it
    ui.costEdit.setFocus()
    ui.costEdit.selectAll()
    type_text("14 300 000,50")
    press(qtbot, Qt.Key.Key_Tab)
    ui.policyCombo.setCurrentIndex(ui.policyCombo.findData("po5"))
    ui.policyCombo.activated.emit(ui.policyCombo.currentIndex())
    ui.descriptionEdit.setFocus()
    type_text("Brakujący odcinek trasy wokół Zalewu.")
    page.fiche.flush()

    rows = package.project_source(services.store, pid)("", 0, 10)
    assert [(r["number"], r["title"], r["cost"], r["policy_objective"]) for r in rows] == [
        (1, "Szlak rowerowy Zalewu Wiślanego", 14_300_000.50, "po5")
    ]
    stored = package.get_project(services.store, rows[0]["id"])
    assert stored is not None
    assert stored["description"] == "Brakujący odcinek trasy wokół Zalewu."
    # The list shows the new title and the cost, written the Polish way.
    model = page.list_model
    assert model.index(0, 1).data() == "Szlak rowerowy Zalewu Wiślanego"
    assert model.index(0, 3).data() == "14\u00a0300\u00a0000,50"
    assert ui.costEdit.text() == "14\u00a0300\u00a0000,50"
    assert errors == []


def test_a_task_added_in_the_table_shows_as_a_bar_on_the_gantt(
    qtbot: QtBot, page: ProjectsPage, services: Services, pid: str, errors: list[str]
) -> None:
    project = _project(services, pid, "Przebudowa drogi powiatowej Braniewo–Pieniężno")
    _reshow(page, services, pid)
    fiche = page.fiche
    fiche.ui.tabs.setCurrentWidget(fiche.ui.scheduleTab)
    assert fiche.gantt.rows() == []

    fiche.ui.newTaskButton.click()
    type_text("Roboty budowlane")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("01.05.2027")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("31.10.2028")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)

    rows = package.task_source(services.store, project)("", 0, 10)
    assert errors == []
    assert [(r["name"], r["start_on"], r["end_on"]) for r in rows] == [
        ("Roboty budowlane", date(2027, 5, 1), date(2028, 10, 31))
    ]
    fiche.gantt.resize(800, 200)
    bars = fiche.gantt.bar_rects()
    assert [row.label for _, row in bars] == ["Roboty budowlane"]
    assert bars[0][0].width() > 100


def test_a_task_ending_before_it_starts_is_refused_with_one_sentence(
    page: ProjectsPage, services: Services, pid: str, errors: list[str]
) -> None:
    project = _project(services, pid, "Przebudowa drogi")
    services.records.create(
        "project_task",
        pid,
        {
            "project_id": project,
            "name": "Przetarg",
            "start_on": "2027-01-15",
            "end_on": "2027-04-30",
        },
    )
    _reshow(page, services, pid)
    model = page.fiche.tables.tasks

    assert not model.setData(model.index(0, 2), "01.01.2027")

    assert errors == ["Zadanie „Przetarg” kończy się (01.01.2027) przed rozpoczęciem (15.01.2027)."]
    assert package.task_source(services.store, project)("", 0, 10)[0]["end_on"] == date(2027, 4, 30)
    assert [r.end for r in page.fiche.gantt.rows()] == [date(2027, 4, 30)]


def test_funding_below_the_cost_shows_a_warning_not_an_error(
    qtbot: QtBot, page: ProjectsPage, services: Services, pid: str, errors: list[str]
) -> None:
    _project(services, pid, "Centrum kompetencji zawodowych", cost=5_400_000)
    _reshow(page, services, pid)
    fiche = page.fiche
    fiche.ui.tabs.setCurrentWidget(fiche.ui.fundingTab)

    fiche.ui.newFundingButton.click()
    press(qtbot, Qt.Key.Key_Tab)  # keep the offered source, on to the amount
    type_text("5 090 000")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)

    assert errors == []
    assert fiche.ui.fundingWarningLabel.isVisible()
    assert "brakuje 310\u00a0000,00 zł" in fiche.ui.fundingWarningLabel.text()
    model = fiche.tables.funding
    assert model.index(0, 1).data() == "5\u00a0090\u00a0000,00"


def test_marking_the_key_project_opens_the_outline_and_only_one_stays_marked(
    page: ProjectsPage, services: Services, pid: str, errors: list[str]
) -> None:
    road = _project(services, pid, "Przebudowa drogi")
    seniors = _project(services, pid, "Sieć punktów opieki nad seniorami")
    _reshow(page, services, pid)
    fiche = page.fiche
    tabs, outline = fiche.ui.tabs, fiche.ui.applicationTab
    page.select_project(road)
    assert not tabs.isTabEnabled(tabs.indexOf(outline))

    page.ui.keyButton.click()
    assert tabs.isTabEnabled(tabs.indexOf(outline))
    tabs.setCurrentWidget(outline)
    fiche.ui.programmeEdit.setFocus()
    type_text("FEWiM 2021–2027")
    fiche.ui.sectorGapsEdit.setFocus()
    type_text("Brak usług poza Braniewem.")
    fiche.flush()
    page.select_project(seniors)
    page.ui.keyButton.click()

    assert package.key_project_id(services.store, pid) == seniors
    assert page.list_model.row(page.list_model.row_of(road))["is_key"] is False
    page.undo_stack.undo()  # the road is the key project again, its outline kept
    assert package.key_project_id(services.store, pid) == road
    kept = package.application(services.store, road)
    assert kept is not None
    assert (kept["programme"], kept["sector_gaps"]) == (
        "FEWiM 2021–2027",
        "Brak usług poza Braniewem.",
    )
    assert not tabs.isTabEnabled(tabs.indexOf(outline))  # seniors is shown, not the key one
    assert errors == []


def test_delete_asks_first_and_undo_brings_the_project_back_with_its_schedule(
    qtbot: QtBot,
    page: ProjectsPage,
    services: Services,
    pid: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    project = _project(services, pid, "Bus na telefon")
    services.records.create(
        "project_task",
        pid,
        {
            "project_id": project,
            "name": "Zakup busów",
            "start_on": "2026-09-01",
            "end_on": "2027-05-31",
        },
    )
    _reshow(page, services, pid)
    asked: list[str] = []
    answers = iter([False, True])
    monkeypatch.setattr(
        messages, "confirm", lambda _parent, text, title=None: asked.append(text) or next(answers)
    )
    page.ui.projectsView.setFocus()

    press(qtbot, Qt.Key.Key_Delete)  # "no": nothing happens
    assert package.count_projects(services.store, pid) == 1
    press(qtbot, Qt.Key.Key_Delete)

    assert "Usunąć projekt nr 1 „Bus na telefon”" in asked[0]
    assert package.count_projects(services.store, pid) == 0
    assert page.list_model.rowCount() == 0
    page.undo_stack.undo()
    assert page.list_model.rowCount() == 1
    page.select_project(project)
    assert [r.label for r in page.fiche.gantt.rows()] == ["Zakup busów"]


def test_the_list_filters_as_you_type(
    qtbot: QtBot, page: ProjectsPage, services: Services, pid: str
) -> None:
    _project(services, pid, "Przebudowa drogi powiatowej")
    _project(services, pid, "Szlak rowerowy Zalewu Wiślanego")
    _reshow(page, services, pid)
    page.ui.filterEdit.setFocus()

    type_text("zalew")

    assert [page.list_model.row(r)["title"] for r in range(page.list_model.rowCount())] == [
        "Szlak rowerowy Zalewu Wiślanego"
    ]


def test_links_to_an_objective_and_a_comment_are_undoable(
    page: ProjectsPage, services: Services, pid: str
) -> None:
    records = services.records
    objective = records.create(
        "strategic_objective", pid, {"number": 1, "title": "Dostępność transportowa"}
    )
    records.create(
        "action_direction", pid, {"objective_id": objective, "number": 2, "title": "Drogi"}
    )
    event = records.create("consultation", pid, {"held_on": "2026-01-20", "subject": "Strategia"})
    comment = records.create(
        "comment", pid, {"consultation_id": event, "author": "Sołtys", "content": "Chodnik"}
    )
    project = _project(services, pid, "Przebudowa drogi")
    _reshow(page, services, pid)
    ui = page.fiche.ui
    ui.directionCombo.setCurrentIndex(1)

    assert page.fiche.links.add_link()
    page.fiche.links.link_comments([comment])

    links = package.link_source(services.store, project)("", 0, 10)
    assert [(r["objective_label"], r["direction_label"]) for r in links] == [
        ("1. Dostępność transportowa", "1.2. Drogi")
    ]
    assert page.fiche.links.comments.rowCount() == 1
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert package.link_source(services.store, project)("", 0, 10) == []
    assert page.fiche.links.comments.rowCount() == 0


def test_the_comment_picker_finds_comments_without_diacritics(
    qtbot: QtBot, page: ProjectsPage, services: Services, pid: str
) -> None:
    from cwd_desktop.ui.project_links import CommentPicker

    event = services.records.create(
        "consultation", pid, {"held_on": "2026-01-20", "subject": "Strategia"}
    )
    for text in ("Szlak rowerowy kończy się we Fromborku", "Brak żłobka w Pieniężnie"):
        services.records.create(
            "comment", pid, {"consultation_id": event, "author": "Mieszkaniec", "content": text}
        )
    dialog = CommentPicker(services, pid, set(), page)
    qtbot.addWidget(dialog)

    dialog.ui.searchEdit.setText("zlobka")
    dialog.ui.commentsView.selectRow(0)

    assert dialog.model.rowCount() == 1
    chosen = dialog.chosen()
    assert [services.records.get("comment", c)["content"] for c in chosen] == [
        "Brak żłobka w Pieniężnie"
    ]


def test_overview_shows_the_package_figures_and_charts(
    page: ProjectsPage, services: Services, pid: str
) -> None:
    road = _project(services, pid, "Droga", cost=10_000_000, policy_objective="po3")
    trail = _project(services, pid, "Szlak", cost=4_000_000, thematic_area="tourism")
    for project, source, amount in ((road, "regional_fe", 10_000_000), (trail, "own", 1_000_000)):
        services.records.create(
            "project_funding", pid, {"project_id": project, "source": source, "amount": amount}
        )
    _reshow(page, services, pid)

    page.ui.overviewButton.click()

    overview = page.overview
    assert page.ui.stack.currentWidget() is page.ui.overviewPage
    assert "14\u00a0000\u00a0000,00 zł" in overview.ui.totalsLabel.text()
    assert overview.ui.warningLabel.isVisible()  # the trail's funding is short
    table = overview.ui.sourcesTable
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "regionalny program FE",
        "środki własne",
        "Razem",
    ]
    pie = overview.charts["sources"].chart()
    assert [s.value() for s in pie.series()[0].slices()] == [10_000_000, 1_000_000]
    page.ui.overviewButton.click()
    assert page.ui.stack.currentWidget() is page.ui.fichePage


def test_open_record_shows_the_task_in_the_schedule_tab(
    page: ProjectsPage, services: Services, pid: str
) -> None:
    _project(services, pid, "Pierwszy")
    second = _project(services, pid, "Drugi")
    task = services.records.create(
        "project_task",
        pid,
        {"project_id": second, "name": "Odbiór", "start_on": "2028-01-01", "end_on": "2028-02-01"},
    )
    _reshow(page, services, pid)

    page.open_record("project_task", task)

    assert page.project_id == second
    assert page.fiche.ui.tabs.currentWidget() is page.fiche.ui.scheduleTab
    assert page.fiche.ui.tasksView.currentIndex().row() == 0


def test_another_partnership_clears_the_undo_history(
    page: ProjectsPage, services: Services, pid: str
) -> None:
    page.new_project()
    assert page.undo_stack.count() == 1

    other = services.partnerships.create(DEMO_PARTNERSHIPS[1])
    page.show_partnership(services.partnerships.get(other))

    assert page.undo_stack.count() == 0
    assert page.list_model.rowCount() == 0
    assert page.ui.stack.currentWidget() is page.ui.emptyPage

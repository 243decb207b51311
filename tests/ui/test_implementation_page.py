"""The implementation page as an advisor drives it: actual dates, expenses, values, charts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QChart
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cwd_desktop.services import projects
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.store import Store
from cwd_desktop.ui import messages
from cwd_desktop.ui.implementation_page import ImplementationPage
from cwd_desktop.ui.implementation_tables import LATE

ROAD = "Przebudowa drogi powiatowej Braniewo–Pieniężno"


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


@pytest.fixture(autouse=True)
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Error messages the user would see (recorded, so no modal box waits for a click)."""
    shown: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _parent, text, title=None: shown.append(text))
    return shown


@pytest.fixture
def pid(services: Services) -> str:
    return services.partnerships.create(DEMO_PARTNERSHIPS[0])


@pytest.fixture
def road(services: Services, pid: str) -> str:
    """A project with a schedule task and two indicators."""
    project = projects.create_project(
        services,
        pid,
        {"title": ROAD, "cost": 28_400_000, "start_on": "2026-02-01", "end_on": "2029-01-31"},
    )
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
    for name, unit, baseline, target in (
        ("Długość przebudowanych dróg", "km", 0, 14.2),
        ("Czas przejazdu Braniewo–Pieniężno", "min", 28, 21),
    ):
        services.records.create(
            "project_indicator",
            pid,
            {
                "project_id": project,
                "name": name,
                "unit": unit,
                "baseline": baseline,
                "target": target,
                "year": 2029,
            },
        )
    return project


@pytest.fixture
def page(qtbot: QtBot, services: Services, pid: str, road: str) -> ImplementationPage:
    widget = ImplementationPage(services)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show_partnership(services.partnerships.get(pid))
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def _indicator(store: Store, name: str) -> str:
    return str(
        store.reader()
        .execute("SELECT id FROM project_indicator WHERE name = ?", (name,))
        .fetchone()[0]
    )


def _bar_values(chart: QChart) -> dict[str, list[float]]:
    """Each bar set's values by its name, top category first (as the chart reads)."""
    found: dict[str, list[float]] = {}
    for series in chart.series():
        if isinstance(series, QAbstractBarSeries):
            for bar_set in series.barSets():
                values = [bar_set.at(i) for i in range(bar_set.count())]
                found[bar_set.label()] = values[::-1]
    return found


def _reshow(page: ImplementationPage, services: Services, pid: str) -> None:
    page.show_partnership(services.partnerships.get(pid))


# -- the schedule -------------------------------------------------------------------------------


def test_an_actual_end_typed_in_the_schedule_is_stored_and_shows_the_delay(
    qtbot: QtBot, page: ImplementationPage, services: Services, road: str, errors: list[str]
) -> None:
    ui = page.ui
    ui.areaTabs.setCurrentWidget(ui.projectsTab)
    ui.projectTabs.setCurrentWidget(ui.tasksTab)
    view, model = ui.tasksView, page.tasks
    view.setFocus()
    view.setCurrentIndex(model.index(0, 3))  # actual start
    type_text("20.01.2027")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("15.06.2027")
    press(qtbot, Qt.Key.Key_Return)

    assert errors == []
    task = (
        services.store.reader()
        .execute("SELECT actual_start_on, actual_end_on FROM project_task")
        .fetchone()
    )
    assert task == ("2027-01-20", "2027-06-15")
    # 46 days after the planned end (30.04.2027): shown and tinted.
    assert model.index(0, 5).data() == "+46 dni"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color() == LATE


def test_an_actual_end_before_the_start_is_refused_with_one_sentence(
    page: ImplementationPage, services: Services, pid: str, errors: list[str]
) -> None:
    task = services.store.reader().execute("SELECT id FROM project_task").fetchone()[0]
    services.records.set_field("project_task", task, "actual_start_on", "2027-02-01")
    _reshow(page, services, pid)
    model = page.tasks

    assert not model.setData(model.index(0, 4), "10.01.2027")

    assert errors == [
        "Zadanie „Przetarg” zakończono (10.01.2027) przed jego rozpoczęciem (01.02.2027)."
    ]
    assert services.records.get("project_task", task)["actual_end_on"] is None


def test_the_project_status_and_actual_start_are_typed_in_the_list_and_undone(
    page: ImplementationPage, services: Services, road: str
) -> None:
    model = page.projects
    assert model.setData(model.index(0, 2), "in_progress")
    assert model.setData(model.index(0, 4), "16.02.2026")

    stored = services.records.get("project", road)
    assert (stored["status"], stored["actual_start_on"]) == ("in_progress", date(2026, 2, 16))
    assert model.index(0, 4).data() == "16.02.2026"

    page.undo_stack.undo()
    page.undo_stack.undo()

    stored = services.records.get("project", road)
    assert (stored["status"], stored["actual_start_on"]) == ("proposed", None)
    assert model.index(0, 4).data() == ""


# -- expenses -----------------------------------------------------------------------------------


def test_an_expense_typed_in_a_new_row_is_stored_and_counted_as_spent(
    qtbot: QtBot, page: ImplementationPage, services: Services, road: str, errors: list[str]
) -> None:
    ui = page.ui
    ui.areaTabs.setCurrentWidget(ui.projectsTab)
    ui.projectTabs.setCurrentWidget(ui.expensesTab)
    ui.expensesView.setFocus()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    focused().selectAll()
    type_text("15.03.2026")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("412 000,90")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("Dokumentacja projektowa — I etap")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)

    assert errors == []
    rows = (
        services.store.reader()
        .execute(
            "SELECT spent_on, amount, description FROM project_expense WHERE deleted_at IS NULL"
        )
        .fetchall()
    )
    assert rows == [("2026-03-15", 412_000.9, "Dokumentacja projektowa — I etap")]
    assert "412\u00a0000,90 zł" in ui.expensesSummary.text()
    # Spent over cost, in whole złoty, in the list.
    assert page.projects.index(0, 7).data() == "412\u00a0001\n/ 28\u00a0400\u00a0000"

    while page.undo_stack.canUndo():  # description, amount, then the row itself
        page.undo_stack.undo()
    assert services.store.reader().execute(
        "SELECT count(*) FROM project_expense WHERE deleted_at IS NULL"
    ).fetchone() == (0,)
    assert page.projects.index(0, 7).data() == "0\n/ 28\u00a0400\u00a0000"


# -- indicator values ---------------------------------------------------------------------------


def test_a_value_typed_in_another_unit_is_refused_and_nothing_is_stored(
    qtbot: QtBot, page: ImplementationPage, services: Services, errors: list[str]
) -> None:
    ui = page.ui
    ui.areaTabs.setCurrentWidget(ui.projectsTab)
    ui.projectTabs.setCurrentWidget(ui.indicatorsTab)
    ui.reportsView.setFocus()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # The draft offers the selected indicator (the first) and its unit.
    assert page.reports.index(0, 0).data() == "Długość przebudowanych dróg [km]"
    assert page.reports.index(0, 2).data() == "km"

    press(qtbot, Qt.Key.Key_Tab)  # keep the indicator
    focused().selectAll()
    type_text("30.06.2027")
    press(qtbot, Qt.Key.Key_Tab)
    focused().selectAll()
    type_text("m")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("3200")
    press(qtbot, Qt.Key.Key_Tab)

    assert errors == [
        f"Wartość wskaźnika „Długość przebudowanych dróg” projektu „{ROAD}” podano w m, "
        "a wskaźnik jest mierzony w km; przelicz ją na km albo zostaw jednostkę pustą."
    ]
    assert services.store.reader().execute("SELECT count(*) FROM indicator_report").fetchone() == (
        0,
    )


def test_a_value_typed_in_the_indicators_unit_is_stored_and_drawn_over_time(
    qtbot: QtBot, page: ImplementationPage, services: Services, errors: list[str]
) -> None:
    ui = page.ui
    ui.areaTabs.setCurrentWidget(ui.projectsTab)
    ui.projectTabs.setCurrentWidget(ui.indicatorsTab)
    ui.reportsView.setFocus()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Tab)
    focused().selectAll()
    type_text("30.06.2027")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # keep the unit
    type_text("3,5")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)

    assert errors == []
    rows = (
        services.store.reader()
        .execute("SELECT reported_on, value, unit FROM indicator_report")
        .fetchall()
    )
    assert rows == [("2027-06-30", 3.5, "km")]
    table = ui.indicatorTable
    assert table.item(0, 5).text() == "3,5 (30.06.2027)"
    assert table.item(0, 6).text() == "25%"  # 3.5 of 14.2 km
    chart = page.series_view.chart()
    values = chart.series()[0]
    assert [values.at(i).y() for i in range(values.count())] == [3.5]


# -- the dashboard ------------------------------------------------------------------------------


def test_the_dashboard_charts_show_indicators_statuses_and_funding(
    page: ImplementationPage, services: Services, pid: str, road: str, store: Store
) -> None:
    length = _indicator(store, "Długość przebudowanych dróg")
    time = _indicator(store, "Czas przejazdu Braniewo–Pieniężno")
    records = services.records
    for indicator, on, value in (
        (length, "2027-06-30", 3.55),
        (length, "2027-12-31", 7.1),
        (time, "2029-06-30", 20),
    ):
        records.create(
            "indicator_report", pid, {"indicator_id": indicator, "reported_on": on, "value": value}
        )
    records.create(
        "funding_application",
        pid,
        {
            "project_id": road,
            "programme": "Rządowy Fundusz Rozwoju Dróg",
            "result": "selected",
            "amount_requested": 5_680_000,
            "amount_granted": 5_680_000,
        },
    )
    records.create(
        "funding_application",
        pid,
        {
            "project_id": road,
            "programme": "FEWiM 2021–2027",
            "result": "in_evaluation",
            "amount_requested": 19_880_000,
        },
    )
    projects.create_project(
        services, pid, {"title": "Szlak rowerowy", "cost": 4_000_000, "status": "accepted"}
    )
    _reshow(page, services, pid)
    page.ui.areaTabs.setCurrentWidget(page.ui.dashboardTab)

    dashboard = page.dashboard
    indicators = _bar_values(dashboard.chart("indicators"))
    # % of target per indicator, whatever its state's colour: 7.1 of 14.2 km; 28 → 20 of 21 min.
    per_indicator = [sum(v) for v in zip(*indicators.values(), strict=True)]
    assert per_indicator == pytest.approx([50.0, 114.2857], abs=1e-3)
    assert dashboard.chart("indicators").categories() == [
        "1. Długość przebudowanych dróg [km]",
        "1. Czas przejazdu Braniewo–Pieniężno [min]",
    ]
    statuses = _bar_values(dashboard.chart("status"))
    assert statuses == {"projekty": [1.0, 1.0]}  # zgłoszony, przyjęty do pakietu
    funding = _bar_values(dashboard.chart("funding"))
    assert funding["przyznane dofinansowanie"] == pytest.approx([5.68, 0.0])
    assert funding["wnioskowane, w ocenie"] == pytest.approx([19.88, 0.0])
    assert funding["bez wniosku"] == pytest.approx([2.84, 4.0])
    assert "5\u00a0680\u00a0000 zł" in dashboard.ui.totalsLabel.text()


def test_the_charts_are_redrawn_after_an_edit(
    page: ImplementationPage, services: Services, pid: str, road: str
) -> None:
    page.ui.areaTabs.setCurrentWidget(page.ui.projectsTab)
    page.ui.projectTabs.setCurrentWidget(page.ui.applicationsTab)
    model = page.applications
    model.partnership_id = pid
    row = model.start_draft()
    assert model.setData(model.index(row, 0), "FEWiM 2021–2027")
    assert model.setData(model.index(row, 3), "19 880 000")

    page.ui.areaTabs.setCurrentWidget(page.ui.dashboardTab)

    funding = _bar_values(page.dashboard.chart("funding"))
    # "w przygotowaniu" is not yet pending: the whole cost is still without an application.
    assert funding["wnioskowane, w ocenie"] == [0.0]
    page.ui.areaTabs.setCurrentWidget(page.ui.projectsTab)
    assert model.setData(model.index(0, 4), "in_evaluation")
    page.ui.areaTabs.setCurrentWidget(page.ui.dashboardTab)
    funding = _bar_values(page.dashboard.chart("funding"))
    assert funding["wnioskowane, w ocenie"] == pytest.approx([19.88])
    assert funding["bez wniosku"] == pytest.approx([8.52])

    page.undo_stack.undo()  # back to "w przygotowaniu"
    funding = _bar_values(page.dashboard.chart("funding"))
    assert funding["wnioskowane, w ocenie"] == [0.0]


def test_granting_money_to_an_application_not_selected_is_refused(
    page: ImplementationPage, services: Services, pid: str, road: str, errors: list[str]
) -> None:
    application = services.records.create(
        "funding_application", pid, {"project_id": road, "result": "in_evaluation"}
    )
    _reshow(page, services, pid)
    model = page.applications

    assert not model.setData(model.index(0, 6), "1 000 000")

    assert len(errors) == 1 and "wybrany do dofinansowania" in errors[0]
    assert services.records.get("funding_application", application)["amount_granted"] == 0.0


# -- recommendations, search results, partnerships ------------------------------------------


def test_a_recommendation_is_typed_with_its_rationale_and_undone(
    qtbot: QtBot, page: ImplementationPage, services: Services, errors: list[str]
) -> None:
    ui = page.ui
    ui.areaTabs.setCurrentWidget(ui.recommendationsTab)
    ui.recommendationsView.setFocus()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text("Powołać wspólny zespół ds. zamówień publicznych")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)
    ui.recommendationsView.setCurrentIndex(page.recommendations.index(0, 0))
    ui.rationaleEdit.setFocus()
    type_text("Cztery przetargi w 2027 r.")
    ui.nextStepsEdit.setFocus()  # leaving the field saves it

    assert errors == []
    stored = (
        services.store.reader()
        .execute("SELECT title, priority, rationale FROM recommendation WHERE deleted_at IS NULL")
        .fetchall()
    )
    assert stored == [
        ("Powołać wspólny zespół ds. zamówień publicznych", "medium", "Cztery przetargi w 2027 r.")
    ]

    page.undo_stack.undo()
    assert services.store.reader().execute("SELECT rationale FROM recommendation").fetchone() == (
        "",
    )
    assert ui.rationaleEdit.toPlainText() == ""


def test_open_record_shows_the_application_on_its_tab(
    page: ImplementationPage, services: Services, pid: str, road: str
) -> None:
    projects.create_project(services, pid, {"title": "Szlak rowerowy"})
    other = projects.create_project(services, pid, {"title": "Bus na telefon"})
    services.records.create("funding_application", pid, {"project_id": other, "call": "A"})
    wanted = services.records.create("funding_application", pid, {"project_id": other, "call": "B"})
    _reshow(page, services, pid)

    page.open_record("funding_application", wanted)

    ui = page.ui
    assert ui.areaTabs.currentWidget() is ui.projectsTab
    assert page.project_id == other
    assert ui.projectTabs.currentWidget() is ui.applicationsTab
    assert ui.applicationsView.currentIndex().row() == 1


def test_another_partnership_clears_the_undo_history(
    page: ImplementationPage, services: Services, road: str
) -> None:
    page.projects.setData(page.projects.index(0, 2), "accepted")
    assert page.undo_stack.count() == 1

    other = services.partnerships.create(DEMO_PARTNERSHIPS[1])
    page.show_partnership(services.partnerships.get(other))

    assert page.undo_stack.count() == 0
    assert page.projects.rowCount() == 0
    assert not page.ui.detailPane.isEnabled()

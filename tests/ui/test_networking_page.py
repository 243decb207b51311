"""The networking page as an advisor drives it: events typed in, who took part, filters."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cwd_desktop.services import networking_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.networking import NewParticipant, add_event
from cwd_desktop.ui import messages
from cwd_desktop.ui.networking_page import NetworkingPage


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
def ids(services: Services) -> dict[str, str]:
    return {d.short_name: services.partnerships.create(d) for d in DEMO_PARTNERSHIPS}


@pytest.fixture
def page(qtbot: QtBot, services: Services, ids: dict[str, str]) -> NetworkingPage:
    widget = NetworkingPage(services)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show_partnership(services.partnerships.get(ids["PGZB"]))
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


def listed(page: NetworkingPage) -> list[str]:
    model = page.list_model
    return [model.row(r)["title"] for r in range(model.rowCount())]


def test_ctrl_n_adds_an_event_typed_with_the_keyboard(
    qtbot: QtBot, page: NetworkingPage, services: Services, errors: list[str]
) -> None:
    page.ui.eventsView.setFocus()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert focused() is page.ui.titleEdit
    type_text("Seminarium: transport publiczny w Olsztynie")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.ui.startsEdit
    page.ui.startsEdit.selectAll()
    type_text("18.3.25")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("19.03.2025")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.ui.placeEdit
    type_text("Olsztyn, Urząd Marszałkowski")
    press(qtbot, Qt.Key.Key_Tab)
    assert errors == []

    [event] = reads.events(services.store)
    assert event["title"] == "Seminarium: transport publiczny w Olsztynie"
    assert (event["starts_on"], event["ends_on"]) == (date(2025, 3, 18), date(2025, 3, 19))
    assert event["place"] == "Olsztyn, Urząd Marszałkowski"
    assert listed(page) == ["Seminarium: transport publiczny w Olsztynie"]
    assert page.list_model.row(0)["period"] == "18–19.03.2025"
    assert "Seminarium: transport publiczny" in page.ui.headingLabel.text()

    page.undo_stack.undo()  # the place
    assert reads.events(services.store)[0]["place"] == ""
    assert page.ui.placeEdit.text() == ""


def test_partnerships_and_a_person_are_added_to_an_event(
    qtbot: QtBot, page: NetworkingPage, services: Services, ids: dict[str, str], errors: list[str]
) -> None:
    event_id = add_event(
        services, {"title": "Forum OZE", "starts_on": "2025-09-24", "kind": "forum"}, ["PGZB"]
    )
    page.reload(select_id=event_id)
    ui = page.ui
    ui.tabs.setCurrentWidget(ui.peopleTab)
    ui.memberCombo.setCurrentIndex(ui.memberCombo.findData(ids["PZŁ"]))
    qtbot.mouseClick(ui.addMemberButton, Qt.MouseButton.LeftButton)
    assert [m.short_name for m in reads.members(services.store, event_id)] == ["PGZB", "PZŁ"]
    assert ui.membersList.count() == 2
    assert ui.memberCombo.findData(ids["PZŁ"]) < 0  # not offered twice

    qtbot.mouseClick(ui.addParticipantButton, Qt.MouseButton.LeftButton)
    type_text("Barbara Sikora")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("Urząd Gminy Sarnaki")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("zastępca wójta")
    press(qtbot, Qt.Key.Key_Return)
    assert errors == []
    [person] = reads.participants(services.store, event_id)
    assert (person["name"], person["institution"], person["role"]) == (
        "Barbara Sikora",
        "Urząd Gminy Sarnaki",
        "zastępca wójta",
    )
    row = page.list_model.row(page.list_model.row_of(event_id))
    assert (row["partnerships"], row["participants"]) == (2, 1)
    assert ui.tabs.tabText(ui.tabs.indexOf(ui.peopleTab)) == "Uczestnicy (2 / 1)"

    # The person's partnership is chosen among the event's partnerships.
    model = page.details.participants
    column = next(i for i, c in enumerate(model.columns) if c.field == "member_partnership_id")
    assert model.setData(model.index(0, column), ids["PZŁ"])
    assert reads.participants(services.store, event_id)[0]["member_partnership_id"] == ids["PZŁ"]


def test_a_partnership_formed_after_the_event_is_refused_with_a_message(
    qtbot: QtBot, page: NetworkingPage, services: Services, ids: dict[str, str], errors: list[str]
) -> None:
    event_id = add_event(
        services, {"title": "Seminarium 2021", "starts_on": "2021-06-10", "kind": "seminar"}, []
    )
    page.reload(select_id=event_id)
    ui = page.ui
    ui.memberCombo.setCurrentIndex(ui.memberCombo.findData(ids["MOF Bolesławiec"]))
    qtbot.mouseClick(ui.addMemberButton, Qt.MouseButton.LeftButton)
    [message] = errors
    assert "Seminarium 2021" in message and "10.06.2021" in message
    assert "Bolesławieckie Partnerstwo Rozwoju" in message and "20.04.2022" in message
    assert reads.members(services.store, event_id) == []
    assert ui.membersList.count() == 0


def test_filters_kind_theme_and_the_partnership_toggle(
    qtbot: QtBot, page: NetworkingPage, services: Services, ids: dict[str, str]
) -> None:
    add_event(
        services,
        {"title": "Seminarium transportowe", "starts_on": "2025-03-18", "theme": "transport"},
        ["PGZB"],
    )
    add_event(
        services,
        {
            "title": "Forum energii",
            "starts_on": "2025-09-24",
            "kind": "forum",
            "theme": "environment",
        },
        ["PZŁ"],
    )
    page.reload()
    assert listed(page) == ["Forum energii", "Seminarium transportowe"]
    ui = page.ui
    ui.mineCheck.setChecked(True)
    assert listed(page) == ["Seminarium transportowe"]
    page.show_partnership(services.partnerships.get(ids["PZŁ"]))
    assert "PZŁ" in ui.mineCheck.text()
    assert listed(page) == ["Forum energii"]
    ui.mineCheck.setChecked(False)
    ui.kindFilter.setCurrentIndex(ui.kindFilter.findData("seminar"))
    ui.kindFilter.activated.emit(ui.kindFilter.currentIndex())
    assert listed(page) == ["Seminarium transportowe"]
    ui.kindFilter.setCurrentIndex(0)
    ui.themeFilter.setCurrentIndex(ui.themeFilter.findData("environment"))
    ui.themeFilter.activated.emit(ui.themeFilter.currentIndex())
    assert listed(page) == ["Forum energii"]
    ui.themeFilter.setCurrentIndex(0)
    ui.themeFilter.activated.emit(0)
    ui.filterEdit.setFocus()
    type_text("transportowe")
    assert listed(page) == ["Seminarium transportowe"]
    assert "Wydarzenia: 1" in ui.summaryLabel.text()


def test_delete_removes_the_event_after_a_question_and_undo_brings_it_back(
    qtbot: QtBot,
    page: NetworkingPage,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        messages, "confirm", lambda _p, text, title=None: asked.append(text) or True
    )
    event_id = add_event(
        services,
        {"title": "Konferencja CWD", "starts_on": "2025-11-20", "kind": "conference"},
        ["PGZB"],
        [NewParticipant("Ewa Sadowska", "UMiG Łosice", "koordynatorka")],
    )
    page.reload(select_id=event_id)
    page.ui.eventsView.setFocus()
    press(qtbot, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "Konferencja CWD" in asked[0]
    assert listed(page) == [] and reads.events(services.store) == []
    page.undo_stack.undo()
    assert listed(page) == ["Konferencja CWD"]
    assert page.event_id == event_id
    assert page.details.record is not None and page.details.record["title"] == "Konferencja CWD"


def test_a_study_visit_shows_its_host_picked_from_the_register(
    qtbot: QtBot, page: NetworkingPage, services: Services, errors: list[str]
) -> None:
    event_id = add_event(services, {"title": "Wizyta", "starts_on": "2025-05-14"}, [])
    page.reload(select_id=event_id)
    ui = page.ui
    assert ui.hostGroup.isHidden()
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("study_visit"))
    ui.kindCombo.activated.emit(ui.kindCombo.currentIndex())
    assert not ui.hostGroup.isHidden() and not ui.hostHint.isHidden()
    ui.hostJstEdit.setFocus()
    type_text("0265011")
    press(qtbot, Qt.Key.Key_Return)
    assert errors == []
    stored = reads.get_event(services.store, event_id)
    assert stored is not None
    assert (stored["kind"], stored["host_teryt"], stored["host_name"]) == (
        "study_visit",
        "0265011",
        "Wałbrzych",
    )
    assert ui.hostNameEdit.text() == "Wałbrzych"
    assert "0265011" in ui.hostJstEdit.text() and "Wałbrzych" in ui.hostJstEdit.text()
    assert ui.hostHint.isHidden()


def test_a_search_result_opens_the_person_in_its_event(
    page: NetworkingPage, services: Services
) -> None:
    first = add_event(services, {"title": "Forum", "starts_on": "2025-09-24"}, [])
    add_event(
        services,
        {"title": "Seminarium", "starts_on": "2025-03-18"},
        [],
        [NewParticipant("Robert Zając", "UMiG Łosice", "inspektor")],
    )
    page.reload(select_id=first)
    page.ui.kindFilter.setCurrentIndex(page.ui.kindFilter.findData("conference"))
    [person] = [
        p for e in reads.events(services.store) for p in reads.participants(services.store, e["id"])
    ]
    page.open_record("event_participant", person["id"])
    assert page.details.record is not None and page.details.record["title"] == "Seminarium"
    assert page.ui.tabs.currentWidget() is page.ui.peopleTab
    assert page.ui.participantsView.currentIndex().row() == 0
    assert page.ui.kindFilter.currentIndex() == 0  # the filter that hid it is cleared


def test_the_materials_tab_lists_the_event_documents(
    page: NetworkingPage, services: Services, tmp_path: Path
) -> None:
    from cwd_desktop.services.knowledge import add_document

    event_id = add_event(services, {"title": "Seminarium", "starts_on": "2025-03-18"}, [])
    source = tmp_path / "wnioski.txt"
    source.write_text("Wnioski z seminarium.", encoding="utf-8")
    add_document(services, source, title="Wnioski z seminarium", kind="material", event_id=event_id)
    page.reload(select_id=event_id)
    ui = page.ui
    assert ui.tabs.tabText(ui.tabs.indexOf(ui.materialsTab)) == "Materiały (1)"
    assert ui.materialsList.item(0).text().startswith("Wnioski z seminarium\nwnioski.txt")
    assert ui.openMaterialButton.isEnabled()
    opened = page.details.material_file()
    assert (
        opened is not None and Path(opened).read_text(encoding="utf-8") == "Wnioski z seminarium."
    )

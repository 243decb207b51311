"""The "Misje i spotkania" page, driven as a coordinator at a village hall would drive it."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cwd_desktop.services.app import Services
from cwd_desktop.services.fieldwork import FieldworkReads
from cwd_desktop.services.partnerships import PartnershipData
from cwd_desktop.store import Store, open_store
from cwd_desktop.ui import messages
from cwd_desktop.ui.date_edit import read_date
from cwd_desktop.ui.fieldwork_page import FieldworkPage
from cwd_desktop.ui.fieldwork_tables import OVERDUE

LOSICE, HUSZLEW = "1410023", "1410012"


# -- driving the keyboard -------------------------------------------------------------------


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
    """One key on the focused widget; queued commits of table editors run before the next key."""
    qtbot.keyClick(focused(), key, modifier)
    QApplication.processEvents()


def shown(model: object, column: int) -> list[str]:
    """What a table shows in one column, top to bottom."""
    from cwd_desktop.ui.record_table import RecordTableModel

    assert isinstance(model, RecordTableModel)
    return [str(model.index(r, column).data() or "") for r in range(model.rowCount())]


# -- fixtures ---------------------------------------------------------------------------------


@pytest.fixture
def pid(services: Services) -> str:
    return services.partnerships.create(
        PartnershipData(
            name="Partnerstwo Ziemi Łosickiej",
            short_name="PZŁ",
            leader_teryt=LOSICE,
            members=[LOSICE, HUSZLEW],
            advisors="Piotr Kamiński",
        )
    )


@pytest.fixture
def page(qtbot: QtBot, services: Services, pid: str) -> FieldworkPage:
    widget = FieldworkPage(services)
    qtbot.addWidget(widget)
    widget.resize(900, 760)
    widget.show_partnership(services.partnerships.get(pid))
    with qtbot.waitActive(widget):  # focus and mnemonics need an active window
        widget.show()
        widget.activateWindow()
    return widget


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Error messages the user would see."""
    shown_errors: list[str] = []
    monkeypatch.setattr(
        messages, "error", lambda _parent, text, title=None: shown_errors.append(text)
    )
    return shown_errors


def add_meeting(services: Services, pid: str, **values: object) -> str:
    return services.records.create(
        "meeting", pid, {"title": "Rada partnerstwa", "held_on": date(2025, 6, 2), **values}
    )


def reopened(page: FieldworkPage, services: Services, pid: str) -> None:
    """Show the partnership again, as after switching away and back."""
    page.show_partnership(services.partnerships.get(pid))


# -- the coordinator's day -------------------------------------------------------------------


def test_meeting_typed_with_the_keyboard_survives_reopening_the_store_and_is_found(
    qtbot: QtBot, page: FieldworkPage, store: Store, data_dir: Path, pid: str
) -> None:
    """Issue 3: a meeting with attendance and two action items, keyboard only."""
    qtbot.mouseClick(page.meetings.ui.newButton, Qt.MouseButton.LeftButton)
    assert focused() is page.meetings.panel.ui.titleEdit
    type_text("Warsztat z sołtysami gminy Huszlew")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("12.06.2025")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("Świetlica wiejska w Huszlewie")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)  # JST: the first member after "none"
    for _ in range(3):  # JST → mission → group → agenda
        press(qtbot, Qt.Key.Key_Tab)
    type_text("1. Potrzeby sołectw. 2. Dojazdy do szkół.")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("Sołtysi zgłosili potrzebę żłobka i kursów autobusu w soboty.")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("Gmina przygotuje fiszkę projektu żłobka.")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.meetings.panel.ui.attendanceView

    press(qtbot, Qt.Key.Key_Return)  # a new line of the attendance list
    type_text("Zofia Kwiatkowska")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("sołtys wsi Huszlew")
    press(qtbot, Qt.Key.Key_Return)
    type_text("Marian Zając")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("prezes OSP Huszlew")
    press(qtbot, Qt.Key.Key_Tab)  # presence: left as "obecny"
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)  # the third, empty line goes away

    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # "Działania do wy&konania"
    assert focused() is page.meetings.panel.ui.actionsView
    press(qtbot, Qt.Key.Key_Return)
    type_text("Zebrać dane o dojazdach uczniów")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("Ewa Sadowska")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("30.06.2025")
    press(qtbot, Qt.Key.Key_Return)
    type_text("Sprawdzić stan świetlicy")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("Marian Zając")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("15.07.2025")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)

    meeting_id = page.meetings.panel.meeting_id
    assert meeting_id is not None
    page.close()
    store.close()

    reopened_store = open_store(data_dir)
    try:
        services = Services(reopened_store)
        reads = FieldworkReads(reopened_store)
        meeting = reads.meeting(meeting_id)
        assert meeting is not None
        assert meeting["title"] == "Warsztat z sołtysami gminy Huszlew"
        assert meeting["held_on"] == date(2025, 6, 12)
        assert meeting["place"] == "Świetlica wiejska w Huszlewie"
        assert meeting["teryt"] == HUSZLEW
        assert meeting["agenda"] == "1. Potrzeby sołectw. 2. Dojazdy do szkół."
        assert meeting["minutes"] == "Sołtysi zgłosili potrzebę żłobka i kursów autobusu w soboty."
        assert meeting["decisions"] == "Gmina przygotuje fiszkę projektu żłobka."
        attendance = reads.attendance(meeting_id)("", 0, 10)
        assert [(a["name"], a["role"], a["present"]) for a in attendance] == [
            ("Zofia Kwiatkowska", "sołtys wsi Huszlew", True),
            ("Marian Zając", "prezes OSP Huszlew", True),
        ]
        actions = reads.action_items(meeting_id)("", 0, 10)
        assert [(a["description"], a["owner"], a["due_on"], a["status"]) for a in actions] == [
            ("Zebrać dane o dojazdach uczniów", "Ewa Sadowska", date(2025, 6, 30), "open"),
            ("Sprawdzić stan świetlicy", "Marian Zając", date(2025, 7, 15), "open"),
        ]
        assert ("meeting", meeting_id) in services.search("zlobka soboty", pid)
        assert [r["id"] for r in reads.meetings(pid)("zlobka", 0, 10)] == [meeting_id]
        assert {a["description"] for a in reads.open_actions(pid)("", 0, 10)} == {
            "Zebrać dane o dojazdach uczniów",
            "Sprawdzić stan świetlicy",
        }
    finally:
        reopened_store.close()


def test_minutes_are_saved_when_the_field_loses_focus(
    qtbot: QtBot, page: FieldworkPage, services: Services, pid: str
) -> None:
    meeting_id = add_meeting(services, pid)
    reopened(page, services, pid)
    panel = page.meetings.panel
    panel.ui.minutesEdit.setFocus()

    type_text("Omówiono zasady współpracy.")
    press(qtbot, Qt.Key.Key_Tab)

    assert services.records.get("meeting", meeting_id)["minutes"] == "Omówiono zasady współpracy."


def test_minutes_are_saved_after_a_pause_in_typing_without_leaving_the_field(
    qtbot: QtBot, page: FieldworkPage, services: Services, pid: str
) -> None:
    meeting_id = add_meeting(services, pid)
    reopened(page, services, pid)
    page.meetings.panel.ui.minutesEdit.setFocus()

    type_text("Wnioski z diagnozy")

    qtbot.waitUntil(
        lambda: services.records.get("meeting", meeting_id)["minutes"] == "Wnioski z diagnozy"
    )
    assert focused() is page.meetings.panel.ui.minutesEdit


def test_undo_of_an_edit_restores_the_old_minutes_in_the_form_and_the_store(
    qtbot: QtBot, page: FieldworkPage, services: Services, pid: str
) -> None:
    meeting_id = add_meeting(services, pid, minutes="Wersja pierwsza.")
    reopened(page, services, pid)
    edit = page.meetings.panel.ui.minutesEdit
    edit.setFocus()
    edit.selectAll()
    type_text("Wersja druga, poprawiona.")
    press(qtbot, Qt.Key.Key_Tab)
    assert services.records.get("meeting", meeting_id)["minutes"] == "Wersja druga, poprawiona."

    page.undo_stack.undo()

    assert edit.toPlainText() == "Wersja pierwsza."
    assert services.records.get("meeting", meeting_id)["minutes"] == "Wersja pierwsza."
    page.undo_stack.redo()
    assert edit.toPlainText() == "Wersja druga, poprawiona."


def test_typing_one_field_in_bursts_is_one_undo_step(
    qtbot: QtBot, page: FieldworkPage, services: Services, pid: str
) -> None:
    meeting_id = add_meeting(services, pid, decisions="")
    reopened(page, services, pid)
    panel = page.meetings.panel
    panel.ui.decisionsEdit.setFocus()
    type_text("Plan pracy")
    panel.flush()  # as after a pause in typing
    type_text(" przyjęty.")
    press(qtbot, Qt.Key.Key_Tab)

    page.undo_stack.undo()

    assert services.records.get("meeting", meeting_id)["decisions"] == ""


def test_a_refused_title_keeps_the_typed_text_and_names_the_field(
    qtbot: QtBot, page: FieldworkPage, services: Services, pid: str, errors: list[str]
) -> None:
    meeting_id = add_meeting(services, pid)
    reopened(page, services, pid)
    title = page.meetings.panel.ui.titleEdit
    title.setFocus()
    title.selectAll()
    press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, Qt.Key.Key_Tab)

    assert errors == ["Podaj tytuł spotkania."]
    assert services.records.get("meeting", meeting_id)["title"] == "Rada partnerstwa"
    title.setFocus()
    type_text("Rada partnerstwa nr 2")
    press(qtbot, Qt.Key.Key_Tab)
    assert services.records.get("meeting", meeting_id)["title"] == "Rada partnerstwa nr 2"
    assert shown(page.meetings.model, 1) == ["Rada partnerstwa nr 2"]


def test_filter_as_you_type_finds_meetings_by_their_minutes_without_diacritics(
    qtbot: QtBot, page: FieldworkPage, services: Services, pid: str
) -> None:
    add_meeting(services, pid, title="Rada partnerstwa", minutes="Przyjęto plan pracy.")
    add_meeting(services, pid, title="Warsztat", minutes="Potrzeba żłobka w Huszlewie.")
    reopened(page, services, pid)
    page.meetings.ui.filterEdit.setFocus()

    type_text("zlob")

    assert shown(page.meetings.model, 1) == ["Warsztat"]
    assert page.meetings.panel.ui.titleEdit.text() == "Warsztat"


# -- action items ------------------------------------------------------------------------------


def add_actions(services: Services, pid: str, meeting_id: str) -> list[str]:
    today = date.today()
    return services.records.create_many(
        "action_item",
        pid,
        [
            {
                "meeting_id": meeting_id,
                "description": "Po terminie",
                "owner": "Ewa",
                "due_on": today - timedelta(days=5),
            },
            {
                "meeting_id": meeting_id,
                "description": "Na przyszły tydzień",
                "owner": "Jan",
                "due_on": today + timedelta(days=7),
            },
            {
                "meeting_id": meeting_id,
                "description": "Już zrobione",
                "owner": "Jan",
                "due_on": today - timedelta(days=9),
                "status": "done",
            },
        ],
    )


def test_overdue_action_items_are_highlighted_until_they_are_done(
    page: FieldworkPage, services: Services, pid: str
) -> None:
    add_actions(services, pid, add_meeting(services, pid))
    reopened(page, services, pid)
    actions = page.meetings.panel.actions
    background = Qt.ItemDataRole.BackgroundRole

    shaded = [actions.index(r, 0).data(background) for r in range(actions.rowCount())]
    assert [b.color() if b else None for b in shaded] == [OVERDUE, None, None]

    status = actions.index(0, 3)
    assert actions.setData(status, "done")
    assert actions.index(0, 0).data(background) is None


def test_open_actions_tab_lists_only_open_items_by_deadline_and_opens_the_meeting(
    qtbot: QtBot, page: FieldworkPage, services: Services, pid: str
) -> None:
    meeting_id = add_meeting(services, pid, title="Warsztat w Łosicach")
    add_meeting(services, pid, title="Inne spotkanie", held_on=date(2025, 7, 1))
    overdue_id, _later, _done = add_actions(services, pid, meeting_id)
    reopened(page, services, pid)
    page.ui.tabs.setCurrentWidget(page.ui.actionsPage)
    panel = page.actions

    assert shown(panel.model, 1) == ["Po terminie", "Na przyszły tydzień"]
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE
    assert shown(panel.model, 4) == ["Warsztat w Łosicach", "Warsztat w Łosicach"]

    index = panel.model.index(0, 1)
    rect = panel.ui.actionsView.visualRect(index)
    viewport = panel.ui.actionsView.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())

    assert page.ui.tabs.currentWidget() is page.ui.meetingsPage
    assert page.meetings.panel.meeting_id == meeting_id
    current = page.meetings.panel.ui.actionsView.currentIndex()
    assert page.meetings.panel.actions.row(current.row())["id"] == overdue_id


def test_status_changed_in_the_open_actions_list_is_stored_and_undoable(
    qtbot: QtBot, page: FieldworkPage, services: Services, pid: str
) -> None:
    overdue_id = add_actions(services, pid, add_meeting(services, pid))[0]
    reopened(page, services, pid)
    page.ui.tabs.setCurrentWidget(page.ui.actionsPage)
    view = page.actions.ui.actionsView
    view.setFocus()
    view.setCurrentIndex(page.actions.model.index(0, 3))

    press(qtbot, Qt.Key.Key_F2)  # the status combo opens on "otwarte"
    press(qtbot, Qt.Key.Key_Down)  # "w toku"
    press(qtbot, Qt.Key.Key_Down)  # "zakończone"
    press(qtbot, Qt.Key.Key_Return)

    assert services.records.get("action_item", overdue_id)["status"] == "done"
    assert shown(page.actions.model, 3)[0] == "zakończone"
    page.undo_stack.undo()
    assert services.records.get("action_item", overdue_id)["status"] == "open"


def test_deleting_an_attendance_line_erases_the_name_in_the_row_and_the_outbox(
    qtbot: QtBot, page: FieldworkPage, services: Services, store: Store, pid: str
) -> None:
    meeting_id = add_meeting(services, pid)
    line = services.records.create(
        "attendance", pid, {"meeting_id": meeting_id, "name": "Zofia Kwiatkowska", "role": "sołtys"}
    )
    reopened(page, services, pid)
    view = page.meetings.panel.ui.attendanceView
    view.setFocus()
    view.setCurrentIndex(page.meetings.panel.attendance.index(0, 0))

    press(qtbot, Qt.Key.Key_Delete)

    assert page.meetings.panel.attendance.rowCount() == 0
    conn = store.reader()
    assert conn.execute("SELECT name, role FROM attendance WHERE id = ?", (line,)).fetchone() == (
        "",
        "",
    )
    changes = [r[0] for r in conn.execute("SELECT changes FROM outbox WHERE row_id = ?", (line,))]
    assert changes and "Kwiatkowska" not in json.dumps([json.loads(c) for c in changes])


def test_escape_on_an_empty_new_line_stores_nothing(
    qtbot: QtBot, page: FieldworkPage, services: Services, store: Store, pid: str
) -> None:
    add_meeting(services, pid)
    reopened(page, services, pid)
    page.meetings.panel.ui.attendanceView.setFocus()

    press(qtbot, Qt.Key.Key_Return)
    assert page.meetings.panel.attendance.rowCount() == 1  # the new line, still empty
    press(qtbot, Qt.Key.Key_Escape)

    assert page.meetings.panel.attendance.rowCount() == 0
    assert store.reader().execute("SELECT count(*) FROM attendance").fetchone()[0] == 0


def test_deleting_a_meeting_asks_first_and_undo_brings_it_back(
    qtbot: QtBot, page: FieldworkPage, services: Services, pid: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id = add_meeting(services, pid)
    add_actions(services, pid, meeting_id)
    reopened(page, services, pid)
    questions: list[str] = []
    monkeypatch.setattr(
        messages, "confirm", lambda _p, text, title=None: questions.append(text) or True
    )

    qtbot.mouseClick(page.meetings.ui.deleteButton, Qt.MouseButton.LeftButton)

    assert "Rada partnerstwa" in questions[0]
    assert page.meetings.model.rowCount() == 0
    assert not page.meetings.panel.isEnabled()
    page.undo_stack.undo()
    assert shown(page.meetings.model, 1) == ["Rada partnerstwa"]
    assert page.meetings.panel.actions.rowCount() == 3


# -- missions and groups ------------------------------------------------------------------------


def test_mission_typed_in_the_table_with_its_places_checked(
    qtbot: QtBot, page: FieldworkPage, services: Services, pid: str
) -> None:
    page.ui.tabs.setCurrentWidget(page.ui.missionsPage)
    tab = page.missions
    tab.ui.missionsView.setFocus()

    press(qtbot, Qt.Key.Key_Return)
    type_text("Misja otwierająca w Łosicach")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("10.06.2025")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("11.06.2025")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)
    tab.select_mission(tab.model.row(0)["id"])
    places = tab.ui.placesList
    huszlew = next(
        places.item(i) for i in range(places.count()) if places.item(i).text() == "Huszlew"
    )
    huszlew.setCheckState(Qt.CheckState.Checked)

    rows = FieldworkReads(services.store).missions(pid)("", 0, 10)
    assert [(r["title"], r["start_on"], r["end_on"], r["places"], r["advisors"]) for r in rows] == [
        (
            "Misja otwierająca w Łosicach",
            date(2025, 6, 10),
            date(2025, 6, 11),
            HUSZLEW,
            "Piotr Kamiński",
        )
    ]
    assert shown(tab.model, 3) == ["Huszlew"]


def test_mission_end_before_start_is_refused_with_a_message_naming_the_dates(
    qtbot: QtBot, page: FieldworkPage, services: Services, pid: str, errors: list[str]
) -> None:
    mission = services.records.create(
        "field_mission", pid, {"title": "Misja", "start_on": date(2025, 6, 10)}
    )
    reopened(page, services, pid)
    page.ui.tabs.setCurrentWidget(page.ui.missionsPage)
    model = page.missions.model

    assert not model.setData(model.index(0, 2), date(2025, 6, 1))

    assert errors == [
        "Misja nie może kończyć się (01.06.2025) wcześniej, niż się zaczyna (10.06.2025)."
    ]
    assert services.records.get("field_mission", mission)["end_on"] == date(2025, 6, 10)


def test_new_meeting_from_a_mission_belongs_to_it(
    qtbot: QtBot, page: FieldworkPage, services: Services, pid: str
) -> None:
    mission = services.records.create(
        "field_mission", pid, {"title": "Misja", "start_on": date.today()}
    )
    reopened(page, services, pid)
    page.ui.tabs.setCurrentWidget(page.ui.missionsPage)

    qtbot.mouseClick(page.missions.ui.newMeetingButton, Qt.MouseButton.LeftButton)

    assert page.ui.tabs.currentWidget() is page.ui.meetingsPage
    meeting_id = page.meetings.panel.meeting_id
    assert meeting_id is not None
    assert services.records.get("meeting", meeting_id)["mission_id"] == mission
    assert page.meetings.panel.ui.missionCombo.currentData() == mission


def test_group_members_typed_with_the_keyboard(
    qtbot: QtBot, page: FieldworkPage, services: Services, pid: str
) -> None:
    group = services.records.create("working_group", pid, {"name": "Usługi społeczne"})
    reopened(page, services, pid)
    page.ui.tabs.setCurrentWidget(page.ui.groupsPage)
    page.groups.ui.membersView.setFocus()

    press(qtbot, Qt.Key.Key_Return)
    type_text("Dorota Michalska")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("dyrektor GOPS")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)  # JST: the first member
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)

    members = FieldworkReads(services.store).group_members(group)("", 0, 10)
    assert [(m["name"], m["role"], m["teryt"]) for m in members] == [
        ("Dorota Michalska", "dyrektor GOPS", HUSZLEW)
    ]
    assert shown(page.groups.model, 2) == ["1"]


# -- search results open the record ---------------------------------------------------------------


def test_open_record_shows_the_right_tab_and_row(
    page: FieldworkPage, services: Services, pid: str
) -> None:
    mission = services.records.create(
        "field_mission", pid, {"title": "Misja B", "start_on": date.today()}
    )
    services.records.create(
        "field_mission", pid, {"title": "Misja A", "start_on": date(2024, 1, 1)}
    )
    group = services.records.create("working_group", pid, {"name": "Transport publiczny"})
    services.records.create("working_group", pid, {"name": "Turystyka"})
    first = add_meeting(services, pid, title="Pierwsze")
    second = add_meeting(services, pid, title="Drugie", held_on=date(2024, 1, 1))
    done = add_actions(services, pid, second)[2]
    reopened(page, services, pid)
    page.meetings.ui.filterEdit.setText("pierwsze")
    assert page.meetings.panel.meeting_id == first

    page.open_record("meeting", second)
    assert (page.ui.tabs.currentWidget(), page.meetings.panel.meeting_id) == (
        page.ui.meetingsPage,
        second,
    )
    page.open_record("field_mission", mission)
    assert (page.ui.tabs.currentWidget(), page.missions.current_id()) == (
        page.ui.missionsPage,
        mission,
    )
    page.open_record("working_group", group)
    assert (page.ui.tabs.currentWidget(), page.groups.current_id()) == (page.ui.groupsPage, group)
    page.open_record("action_item", done)  # done: not in the open list, so its meeting opens
    assert page.ui.tabs.currentWidget() is page.ui.meetingsPage
    row = page.meetings.panel.ui.actionsView.currentIndex().row()
    assert page.meetings.panel.actions.row(row)["id"] == done


def test_summary_counts_overdue_actions(page: FieldworkPage, services: Services, pid: str) -> None:
    add_actions(services, pid, add_meeting(services, pid))
    reopened(page, services, pid)

    text = page.ui.summaryLabel.text()

    assert "spotkania: 1" in text and "otwarte działania: 2" in text and "po terminie: 1" in text


def test_a_partnership_without_field_work_shows_empty_lists_and_no_form(
    page: FieldworkPage,
) -> None:
    assert page.meetings.model.rowCount() == 0
    assert not page.meetings.panel.isEnabled()
    assert page.actions.model.rowCount() == 0
    assert "Misje: 0" in page.ui.summaryLabel.text()
    assert "po terminie" not in page.ui.summaryLabel.text()


# -- dates typed as people write them ----------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("31.12.2024", date(2024, 12, 31)),
        ("1.6.25", date(2025, 6, 1)),
        ("01-06-2025", date(2025, 6, 1)),
        ("12062025", date(2025, 6, 12)),
        ("2025-06-12", date(2025, 6, 12)),
        ("", None),
        ("31.02.2025", "31.02.2025"),
        ("jutro", "jutro"),
    ],
)
def test_dates_are_read_whole_day_first(typed: str, meant: object) -> None:
    assert read_date(typed) == meant


def test_meeting_date_typed_over_another_month_is_stored_as_typed(
    qtbot: QtBot, page: FieldworkPage, services: Services, pid: str
) -> None:
    meeting_id = add_meeting(services, pid, held_on=date(2025, 11, 20))
    reopened(page, services, pid)
    edit = page.meetings.panel.ui.dateEdit
    edit.setFocus()
    edit.selectAll()

    type_text("31.12.2024")
    press(qtbot, Qt.Key.Key_Tab)

    assert services.records.get("meeting", meeting_id)["held_on"] == date(2024, 12, 31)
    assert edit.text() == "31.12.2024"


def test_a_date_that_is_no_date_is_refused_and_kept_for_correction(
    qtbot: QtBot, page: FieldworkPage, services: Services, pid: str, errors: list[str]
) -> None:
    meeting_id = add_meeting(services, pid)
    reopened(page, services, pid)
    edit = page.meetings.panel.ui.dateEdit
    edit.setFocus()
    edit.selectAll()

    type_text("31.02.2025")
    press(qtbot, Qt.Key.Key_Tab)

    assert errors == ["„31.02.2025” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR)."]
    assert edit.text() == "31.02.2025"
    assert services.records.get("meeting", meeting_id)["held_on"] == date(2025, 6, 2)


def test_tabbing_past_an_empty_deadline_leaves_it_empty(
    qtbot: QtBot, page: FieldworkPage, services: Services, pid: str
) -> None:
    meeting_id = add_meeting(services, pid)
    reopened(page, services, pid)
    page.meetings.panel.ui.actionsView.setFocus()

    press(qtbot, Qt.Key.Key_Return)
    type_text("Ustalić termin rady")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # owner left empty
    press(qtbot, Qt.Key.Key_Tab)  # deadline left empty
    press(qtbot, Qt.Key.Key_Escape)

    actions = FieldworkReads(services.store).action_items(meeting_id)("", 0, 10)
    assert [(a["description"], a["owner"], a["due_on"]) for a in actions] == [
        ("Ustalić termin rady", "", None)
    ]

"""Removing a contact person: from the list only, or everything about her (RODO).

The scene (``tests.services.test_gdpr``): Halina Wiśniewska, prezes of OSP
Frombork, is a contact person and is also named on an attendance list, in a
working group, as a comment's author, an action item's owner, a work plan
task's responsible and the partnership's coordinator. The coordinator
presses Delete on her row in the contacts panel and is asked which removal
is meant.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cwd_desktop.services.app import Services
from cwd_desktop.ui import messages
from cwd_desktop.ui.background import wait_for_background
from cwd_desktop.ui.main_window import MainWindow
from cwd_desktop.ui.stakeholder_gdpr import RemoveContactBox
from cwd_desktop.ui.stakeholders_page import StakeholdersPage
from tests.services.test_gdpr import HALINA, Scene, build_scene, make_partnership


@pytest.fixture
def scene(services: Services) -> Scene:
    return build_scene(services, make_partnership(services))


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the page would show, recorded instead of opening a modal box."""
    seen: list[str] = []
    for name in ("info", "error", "warning"):
        monkeypatch.setattr(messages, name, lambda _p, text, title=None: seen.append(text))
    return seen


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The erasure's own confirmation, answered "Tak" and recorded."""
    questions: list[str] = []
    monkeypatch.setattr(
        messages, "confirm", lambda _p, text, title=None: questions.append(text) or True
    )
    return questions


def open_on(qtbot: QtBot, services: Services, scene: Scene) -> StakeholdersPage:
    """The page with Halina selected and the keyboard in the contacts table."""
    page = StakeholdersPage(services)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    with qtbot.waitActive(page):  # shortcuts need an active window
        page.show()
        page.activateWindow()
    page.show_partnership(services.partnerships.get(scene.pid))
    page.open_record("contact_person", scene.halina)
    page.ui.contactsView.setFocus()
    return page


def press_delete(qtbot: QtBot, page: StakeholdersPage) -> RemoveContactBox:
    qtbot.keyClick(page.ui.contactsView, Qt.Key.Key_Delete)
    box = page.gdpr.removal_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    return box


def people(page: StakeholdersPage) -> list[str]:
    model = page.ui.contactsView.model()
    return [str(model.index(r, 0).data()).split("\n")[0] for r in range(model.rowCount())]


def stored(services: Services, table: str, row_id: str, *fields: str) -> tuple[object, ...]:
    columns = ", ".join(fields)
    return tuple(
        services.store.reader()
        .execute(f"SELECT {columns} FROM {table} WHERE id = ?", (row_id,))
        .fetchone()
    )


def test_delete_asks_how_to_remove_her_and_enter_or_escape_remove_nothing(
    qtbot: QtBot, services: Services, scene: Scene
) -> None:
    page = open_on(qtbot, services, scene)

    box = press_delete(qtbot, page)

    assert box.text() == f"Jak usunąć osobę „{HALINA}”?"
    info = box.informativeText()
    assert info.startswith("<p><b>Usuń tylko z listy</b>: osoba znika z osób kontaktowych")
    assert "<p><b>Usuń wszystkie dane osoby (RODO)</b>: na żądanie osoby" in info
    assert info.endswith("<p>Żadnego z tych usunięć nie można cofnąć.</p>")
    assert {b.text() for b in box.buttons()} == {
        "Usuń tylko z listy",
        "Usuń wszystkie dane osoby (RODO)…",
        "Anuluj",
    }
    assert box.defaultButton() is box.cancel_button
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter answers the default: cancel
    qtbot.waitUntil(lambda: not box.isVisible())
    assert people(page) == [HALINA]

    box = press_delete(qtbot, page)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())

    assert people(page) == [HALINA]
    assert stored(services, "contact_person", scene.halina, "name", "deleted_at") == (HALINA, None)


def test_removing_her_from_the_list_only_keeps_the_records_that_name_her(
    qtbot: QtBot, services: Services, scene: Scene
) -> None:
    page = open_on(qtbot, services, scene)

    press_delete(qtbot, page).list_button.click()

    assert people(page) == []
    name, phone, email, deleted = stored(
        services, "contact_person", scene.halina, "name", "phone", "email", "deleted_at"
    )
    assert (name, phone, email) == ("", "", "") and deleted is not None  # blanked for good
    # She attended the meeting and wrote the comment: those records still say so.
    assert stored(services, "attendance", scene.attendance_halina, "name", "deleted_at") == (
        "Halina  Wisniewska",
        None,
    )
    assert stored(services, "comment", scene.comment, "author") == (HALINA,)
    assert stored(services, "contact_person", scene.jan, "name", "deleted_at") == (
        "Jan Nowak",
        None,
    )


def test_list_only_removal_keeps_undo_steps_that_do_not_touch_her(
    qtbot: QtBot, services: Services, scene: Scene
) -> None:
    page = open_on(qtbot, services, scene)
    page.ui.notesEdit.setFocus()
    page.ui.notesEdit.setPlainText("Remiza czynna we wtorki.")
    page.ui.contactsView.setFocus()  # leaving the notes stores them: one undo step
    qtbot.waitUntil(lambda: page.undo_stack.count() == 1)

    press_delete(qtbot, page).list_button.click()

    assert people(page) == []
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert stored(services, "stakeholder", scene.osp, "notes")[0].startswith("Prezes: tel.")


def test_list_only_removal_drops_undo_steps_that_edit_her(
    qtbot: QtBot, services: Services, scene: Scene
) -> None:
    page = open_on(qtbot, services, scene)
    page.gdpr.consent_action.trigger()  # her withdrawal of consent: an undo step on her row
    assert page.undo_stack.count() == 1
    page.ui.contactsView.setFocus()

    press_delete(qtbot, page).list_button.click()

    # Undoing the withdrawal would write to a row whose data is gone: the step goes too.
    assert page.undo_stack.count() == 0
    assert stored(services, "contact_person", scene.halina, "name") == ("",)


def test_the_rodo_choice_shows_the_erasure_question_then_erases_her_everywhere(
    qtbot: QtBot, services: Services, scene: Scene, said: list[str], asked: list[str]
) -> None:
    page = open_on(qtbot, services, scene)

    press_delete(qtbot, page).erase_button.click()
    qtbot.waitUntil(lambda: bool(said))
    wait_for_background()

    assert len(asked) == 1
    assert asked[0].startswith(f"Usunąć dane osoby „{HALINA}” ze wszystkich wpisów?")
    assert asked[0].endswith(
        "Tego nie można cofnąć. Usunięcie trafi do innych doradców przy synchronizacji."
    )
    assert said[0].startswith(f"Dane osoby „{HALINA}” usunięto.")
    assert people(page) == []
    assert stored(services, "attendance", scene.attendance_halina, "name")[0] == ""
    assert stored(services, "attendance", scene.attendance_halina, "deleted_at")[0] is not None
    assert stored(services, "comment", scene.comment, "author") == ("",)
    assert stored(services, "work_task", scene.task, "responsible") == ("",)
    assert stored(services, "attendance", scene.attendance_jan, "name", "deleted_at") == (
        "Jan Nowak",
        None,
    )


def test_an_erasure_clears_every_page_undo_and_other_pages_show_fresh_data(
    qtbot: QtBot, services: Services, scene: Scene, said: list[str], asked: list[str]
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.open_record(scene.pid, "meeting", scene.meeting)
    fieldwork = window.ui.pages.currentWidget()
    meetings = fieldwork.meetings.model
    attendees = next(
        c
        for c in range(meetings.columnCount())
        if meetings.headerData(c, Qt.Orientation.Horizontal) == "Osób"
    )
    assert meetings.index(meetings.row_of(scene.meeting), attendees).data() == "2"
    fieldwork.meetings.new_meeting()  # an undo step on another page
    assert fieldwork.undo_stack.count() == 1
    window.open_record(scene.pid, "contact_person", scene.halina)
    page = window.ui.pages.currentWidget()
    assert isinstance(page, StakeholdersPage)

    page.remove_contact()
    box = page.gdpr.removal_box
    assert box is not None
    box.erase_button.click()
    qtbot.waitUntil(lambda: bool(said))
    wait_for_background()

    assert said[0].startswith(f"Dane osoby „{HALINA}” usunięto.")
    assert all(stack.count() == 0 for stack in window.undo_group.stacks())
    assert not window.undo_group.canUndo()
    areas = window.ui.areaList
    # Back to "Misje i spotkania" by the navigation list: the list is read again.
    areas.setCurrentRow(
        next(
            r
            for r in range(areas.count())
            if areas.item(r).data(Qt.ItemDataRole.UserRole) == "fieldwork"
        )
    )
    assert window.ui.pages.currentWidget() is fieldwork
    assert meetings.index(meetings.row_of(scene.meeting), attendees).data() == "1"

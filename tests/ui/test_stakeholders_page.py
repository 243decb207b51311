"""The stakeholder register page driven like a coordinator at a village hall: keyboard first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipData
from cwd_desktop.services.stakeholders import StakeholderService
from cwd_desktop.store import open_store
from cwd_desktop.ui import messages
from cwd_desktop.ui.background import wait_for_background
from cwd_desktop.ui.stakeholder_contact_dialog import StakeholderContactDialog
from cwd_desktop.ui.stakeholders_page import StakeholdersPage
from tests.ui.test_jst_picker import type_text

MEMBERS = ["2802011", "2802022", "2802033", "2802062"]


def make_partnership(services: Services, short: str = "ZB") -> str:
    data = PartnershipData(name="Ziemia Braniewska", short_name=short, members=MEMBERS)
    return services.partnerships.create(data)


def open_page(qtbot: QtBot, services: Services, pid: str) -> StakeholdersPage:
    page = StakeholdersPage(services)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    with qtbot.waitActive(page):  # focus and shortcuts need an active window
        page.show()
        page.activateWindow()
    page.show_partnership(services.partnerships.get(pid))
    return page


def shown(page: StakeholdersPage) -> list[list[str]]:
    """What the user reads in the register table, row by row."""
    model = page.model
    return [
        [str(model.index(r, c, QModelIndex()).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the page would show, recorded instead of opening a modal box."""
    seen: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _parent, text, title=None: seen.append(text))
    monkeypatch.setattr(messages, "info", lambda _parent, text, title=None: seen.append(text))
    return seen


def test_a_stakeholder_is_created_by_keyboard_alone_and_survives_reopening(
    qtbot: QtBot, data_dir: Path, errors: list[str]
) -> None:
    store = open_store(data_dir)
    services = Services(store)
    pid = make_partnership(services)
    page = open_page(qtbot, services, pid)
    table = page.ui.tableView
    table.setFocus()

    qtbot.keyClick(table, Qt.Key.Key_Return)  # an empty register: Enter starts a new row
    assert isinstance(focused(), QLineEdit)
    type_text(focused(), "OSP Żółwiniec")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert isinstance(focused(), QComboBox)
    type_text(focused(), "O")  # OSP
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_text(focused(), "F")  # Frombork
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_text(focused(), "Żółwiniec")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert isinstance(focused().parent(), QSpinBox) or isinstance(focused(), QSpinBox)
    qtbot.keyClick(focused(), Qt.Key.Key_Up)  # influence 3 → 4
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_text(focused(), "5")  # interest
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # saves; on the last row it opens a new one
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and isinstance(focused(), QLineEdit))
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # … which, untouched, goes away again
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)

    assert errors == []
    assert shown(page) == [["OSP Żółwiniec", "OSP", "Frombork", "Żółwiniec", "4", "5"]]
    page.close()
    store.close()

    reopened = open_store(data_dir)
    try:
        rows = StakeholderService(Services(reopened)).rows(pid)
        assert [
            (r["name"], r["category"], r["teryt"], r["place"], r["influence"], r["interest"])
            for r in rows
        ] == [("OSP Żółwiniec", "osp", "2802033", "Żółwiniec", 4, 5)]
        deleted = (
            reopened.reader()
            .execute("SELECT count(*) FROM stakeholder WHERE deleted_at IS NOT NULL")
            .fetchone()[0]
        )
        assert deleted == 1  # the abandoned new row, tombstoned (it syncs as a deletion)
    finally:
        reopened.close()


@pytest.fixture
def filled(services: Services) -> tuple[str, StakeholderService]:
    pid = make_partnership(services)
    register = StakeholderService(services)
    for name, influence, interest in (
        ("Stowarzyszenie Żółw", 4, 4),
        ("OSP Rogity", 2, 3),
        ("KGW Pierzchały", 2, 3),
        ("Nadleśnictwo Zaporowo", 5, 1),
    ):
        register.add(
            pid,
            {"name": name, "category": "ngo", "influence": influence, "interest": interest},
        )
    return pid, register


def test_filter_as_you_type_ignores_diacritics(
    qtbot: QtBot, services: Services, filled: tuple[str, StakeholderService]
) -> None:
    page = open_page(qtbot, services, filled[0])

    type_text(page.ui.filterEdit, "zolw")

    assert [row[0] for row in shown(page)] == ["Stowarzyszenie Żółw"]
    assert page.ui.countLabel.text() == "znaleziono: 1"
    page.ui.filterEdit.clear()
    assert len(shown(page)) == 4
    assert page.ui.countLabel.text() == "interesariuszy: 4"


def test_ctrl_f_focuses_the_filter(
    qtbot: QtBot, services: Services, filled: tuple[str, StakeholderService]
) -> None:
    page = open_page(qtbot, services, filled[0])
    page.ui.tableView.setFocus()

    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)

    assert page.ui.filterEdit.hasFocus()


def test_grid_chart_counts_stakeholders_per_cell(
    qtbot: QtBot, services: Services, filled: tuple[str, StakeholderService]
) -> None:
    page = open_page(qtbot, services, filled[0])

    chart = page.chart
    assert chart is not None
    assert chart.counts() == {(4, 4): 1, (2, 3): 2, (5, 1): 1}
    two = next(cell for cell in services_grid(filled) if cell.count == 2)
    assert chart.tooltip(two).splitlines() == [
        "Wpływ 2, zainteresowanie 3: 2",
        "• KGW Pierzchały",
        "• OSP Rogity",
    ]


def services_grid(filled: tuple[str, StakeholderService]) -> list:  # type: ignore[type-arg]
    return filled[1].grid(filled[0])


def test_editing_a_score_moves_the_bubble_and_undo_writes_the_old_value_back(
    qtbot: QtBot, services: Services, filled: tuple[str, StakeholderService], errors: list[str]
) -> None:
    pid, register = filled
    page = open_page(qtbot, services, pid)
    row = next(i for i, r in enumerate(shown(page)) if r[0] == "OSP Rogity")
    index = page.model.index(row, 4)

    assert page.model.setData(index, 5)
    qtbot.waitUntil(lambda: page.chart is not None and (5, 3) in page.chart.counts())
    stored = next(r for r in register.rows(pid) if r["name"] == "OSP Rogity")
    assert stored["influence"] == 5

    page.undo_stack.undo()

    stored = next(r for r in register.rows(pid) if r["name"] == "OSP Rogity")
    assert stored["influence"] == 2
    assert shown(page)[row][4] == "2"
    qtbot.waitUntil(lambda: page.chart is not None and page.chart.counts().get((2, 3)) == 2)
    assert errors == []


def test_a_refused_cell_shows_the_reason_and_keeps_the_old_value(
    qtbot: QtBot, services: Services, filled: tuple[str, StakeholderService], errors: list[str]
) -> None:
    pid, register = filled
    page = open_page(qtbot, services, pid)

    assert not page.model.setData(page.model.index(0, 0), "   ")

    assert errors == ["Podaj nazwę interesariusza."]
    assert {r["name"] for r in register.rows(pid)} >= {"KGW Pierzchały"}
    assert page.undo_stack.count() == 0


def test_delete_key_removes_a_row_and_undo_brings_it_back(
    qtbot: QtBot, services: Services, filled: tuple[str, StakeholderService]
) -> None:
    pid, register = filled
    page = open_page(qtbot, services, pid)
    table = page.ui.tableView
    table.setFocus()
    table.setCurrentIndex(page.model.index(0, 0))
    first = shown(page)[0][0]

    qtbot.keyClick(table, Qt.Key.Key_Delete)

    assert first not in [r[0] for r in shown(page)]
    assert register.count(pid) == 3
    page.undo_stack.undo()
    assert shown(page)[0][0] == first
    assert register.count(pid) == 4


def test_the_register_table_shows_no_personal_data(
    qtbot: QtBot, services: Services, filled: tuple[str, StakeholderService]
) -> None:
    """Contact persons appear only in the detail panel of their stakeholder."""
    pid, register = filled
    owner = next(r["id"] for r in register.rows(pid) if r["name"] == "OSP Rogity")
    register.add_contact(
        owner,
        {"name": "Jan Nowak", "phone": "601 222 333", "email": "jan@example.pl"},
    )
    page = open_page(qtbot, services, pid)

    assert "Jan Nowak" not in str(shown(page)) and "601 222 333" not in str(shown(page))
    assert page.ui.contactsView.model().rowCount() == 0

    page.open_record("stakeholder", owner)

    contacts = page.ui.contactsView.model()
    assert contacts.index(0, 0).data() == "Jan Nowak"
    assert contacts.index(0, 1).data() == "601 222 333\njan@example.pl"
    assert contacts.index(0, 2).data() == "brak zgody"


def test_withdrawn_consent_hides_the_contact_data(
    qtbot: QtBot, services: Services, filled: tuple[str, StakeholderService]
) -> None:
    pid, register = filled
    owner = next(r["id"] for r in register.rows(pid) if r["name"] == "OSP Rogity")
    register.add_contact(
        owner,
        {
            "name": "Jan Nowak",
            "role": "prezes",
            "phone": "601 222 333",
            "consent_purpose": "konsultacje",
            "consent_on": "2024-03-01",
            "consent_withdrawn_on": "2024-04-02",
        },
    )
    page = open_page(qtbot, services, pid)
    page.open_record("stakeholder", owner)

    contacts = page.ui.contactsView.model()
    assert [contacts.index(0, c).data() for c in range(3)] == [
        "Jan Nowak\nprezes",
        "—",
        "wycofana 02.04.2024",
    ]


def test_open_record_selects_a_stakeholder_or_a_contact_even_when_filtered_out(
    qtbot: QtBot, services: Services, filled: tuple[str, StakeholderService]
) -> None:
    pid, register = filled
    owner = next(r["id"] for r in register.rows(pid) if r["name"] == "Nadleśnictwo Zaporowo")
    register.add_contact(owner, {"name": "Adam Bór"})
    person = register.add_contact(owner, {"name": "Zofia Las"})
    page = open_page(qtbot, services, pid)
    type_text(page.ui.filterEdit, "zolw")

    page.open_record("contact_person", person)

    current = page.ui.tableView.currentIndex()
    assert page.model.row(current.row())["id"] == owner
    assert page.ui.filterEdit.text() == ""
    assert page.ui.detailTitle.text() == "Nadleśnictwo Zaporowo"
    assert page.ui.contactsView.currentIndex().row() == 1
    assert page.selected_contact() is not None
    assert page.selected_contact().name == "Zofia Las"  # type: ignore[union-attr]


def test_notes_are_saved_on_leaving_the_field_and_undo_restores_them(
    qtbot: QtBot, services: Services, filled: tuple[str, StakeholderService]
) -> None:
    pid, register = filled
    owner = next(r["id"] for r in register.rows(pid) if r["name"] == "OSP Rogity")
    page = open_page(qtbot, services, pid)
    page.open_record("stakeholder", owner)
    page.ui.notesEdit.setFocus()

    type_text(page.ui.notesEdit, "Remiza do remontu")
    page.ui.tableView.setFocus()

    assert register.get(owner).notes == "Remiza do remontu"
    assert [r["name"] for r in register.rows(pid, "remiz")] == ["OSP Rogity"]
    page.undo_stack.undo()
    assert register.get(owner).notes == ""
    assert page.ui.notesEdit.toPlainText() == ""


def test_new_category_is_offered_in_the_table(
    qtbot: QtBot, services: Services, filled: tuple[str, StakeholderService], errors: list[str]
) -> None:
    pid = filled[0]
    page = open_page(qtbot, services, pid)

    code = page.add_category("Kluby sportowe")
    assert page.add_category("kluby sportowe") is None

    category = page.model.columns[1]
    assert category.choices is not None
    assert (code, "Kluby sportowe") in category.choices()
    assert page.model.setData(page.model.index(0, 1), code)
    assert shown(page)[0][1] == "Kluby sportowe"
    assert errors == ["Kategoria „kluby sportowe” już istnieje."]


def test_switching_partnership_clears_undo_and_shows_the_other_register(
    qtbot: QtBot, services: Services, filled: tuple[str, StakeholderService]
) -> None:
    pid, _ = filled
    page = open_page(qtbot, services, pid)
    page.model.setData(page.model.index(0, 4), 1)
    other = make_partnership(services, "INNE")

    page.show_partnership(services.partnerships.get(other))

    assert page.undo_stack.count() == 0
    assert shown(page) == []
    assert page.chart is not None and page.chart.counts() == {}


def test_export_writes_the_register_in_the_background(
    qtbot: QtBot,
    services: Services,
    filled: tuple[str, StakeholderService],
    tmp_path: Path,
    errors: list[str],
) -> None:
    from openpyxl import load_workbook

    page = open_page(qtbot, services, filled[0])
    target = tmp_path / "rejestr.xlsx"

    page.export_to(target)
    qtbot.waitUntil(lambda: bool(errors))
    wait_for_background()

    names = [row[0] for row in load_workbook(target).active.iter_rows(values_only=True)]
    assert names[1:] == [row[0] for row in shown(page)]
    assert errors == [f"Zapisano 4 interesariuszy do pliku {target}."]


def test_page_loads_nothing_until_it_is_shown(
    qtbot: QtBot, services: Services, filled: tuple[str, StakeholderService]
) -> None:
    """Built hidden with the main window, the page reads and draws only when opened."""
    page = StakeholdersPage(services)
    qtbot.addWidget(page)
    page.show_partnership(services.partnerships.get(filled[0]))

    assert page.model.rowCount() == 0 and page.chart is None
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 4 and page.chart is not None


def when_dialog_opens(qtbot: QtBot, act: Callable[[StakeholderContactDialog], None]) -> None:
    """Run ``act`` on the contact dialog once ``exec()`` has shown it."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, StakeholderContactDialog):
            act(dialog)
        else:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(20, attempt)


def test_a_contact_is_added_in_the_dialog_after_a_refused_email_is_fixed(
    qtbot: QtBot, services: Services, filled: tuple[str, StakeholderService]
) -> None:
    pid, register = filled
    owner = next(r["id"] for r in register.rows(pid) if r["name"] == "OSP Rogity")
    page = open_page(qtbot, services, pid)
    page.open_record("stakeholder", owner)
    seen: list[str] = []

    def fill(dialog: StakeholderContactDialog) -> None:
        type_text(dialog.ui.nameEdit, "Jan Nowak")
        type_text(dialog.ui.emailEdit, "jan@wp")
        dialog.ui.purposeEdit.setText("konsultacje strategii")
        dialog.ui.consentCheck.setChecked(True)
        dialog.ui.consentDate.setDate(QDate(2024, 3, 1))
        qtbot.mouseClick(
            dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
            Qt.MouseButton.LeftButton,
        )
        seen.append(dialog.ui.errorLabel.text())
        assert dialog.focusWidget() is dialog.ui.emailEdit
        dialog.ui.emailEdit.setText("jan@wp.pl")
        qtbot.mouseClick(
            dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
            Qt.MouseButton.LeftButton,
        )

    when_dialog_opens(qtbot, fill)
    page.add_contact()

    assert seen == ["„jan@wp” nie jest poprawnym adresem e-mail."]
    (person,) = register.get(owner).contacts
    assert (person.name, person.email, person.consent_on) == (
        "Jan Nowak",
        "jan@wp.pl",
        date(2024, 3, 1),
    )
    assert page.ui.contactsView.model().index(0, 2).data() == (
        "udzielona 01.03.2024\nkonsultacje strategii"
    )


def test_withdrawing_consent_in_the_dialog_can_be_undone(
    qtbot: QtBot, services: Services, filled: tuple[str, StakeholderService]
) -> None:
    pid, register = filled
    owner = next(r["id"] for r in register.rows(pid) if r["name"] == "OSP Rogity")
    register.add_contact(
        owner, {"name": "Jan Nowak", "consent_purpose": "konsultacje", "consent_on": "2024-03-01"}
    )
    page = open_page(qtbot, services, pid)
    page.open_record("stakeholder", owner)

    def withdraw(dialog: StakeholderContactDialog) -> None:
        dialog.ui.withdrawnCheck.setChecked(True)
        dialog.ui.withdrawnDate.setDate(QDate(2024, 6, 30))
        dialog.accept()

    when_dialog_opens(qtbot, withdraw)
    page.edit_contact()

    assert register.get(owner).contacts[0].consent_withdrawn_on == date(2024, 6, 30)
    assert page.ui.contactsView.model().index(0, 2).data() == "wycofana 30.06.2024"
    page.undo_stack.undo()
    assert register.get(owner).contacts[0].consent_withdrawn_on is None
    assert page.ui.contactsView.model().index(0, 2).data().startswith("udzielona 01.03.2024")

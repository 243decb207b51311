"""The JST picker: finding JST whose names repeat, and refusing unknown codes inline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cwd_desktop.services.app import Services
from cwd_desktop.ui.jst_picker import ERROR_COLOR, JstPicker


@pytest.fixture
def picker(qtbot: QtBot, services: Services) -> JstPicker:
    widget = JstPicker(services.teryt)
    qtbot.addWidget(widget)
    widget.resize(860, 520)
    widget.show()
    return widget


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; unlike ``qtbot.keyClicks`` it can type Polish letters."""
    for char in text:
        key = ord(char.upper()) if char.isascii() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def shown_rows(picker: JstPicker, members: bool = False) -> list[tuple[str, ...]]:
    """What the user reads in the results (or members) table, row by row."""
    model = (picker.ui.membersView if members else picker.ui.resultsView).model()
    return [
        tuple(str(model.index(row, col, QModelIndex()).data() or "") for col in range(5))
        for row in range(model.rowCount())
    ]


def test_typing_a_repeated_name_shows_every_jst_with_kind_powiat_and_code(
    qtbot: QtBot, picker: JstPicker
) -> None:
    type_text(picker.ui.searchEdit, "Bolesławiec")

    rows = shown_rows(picker)
    assert rows[:3] == [
        ("0201011", "Bolesławiec", "gmina miejska", "bolesławiecki", "dolnośląskie"),
        ("0201022", "Bolesławiec", "gmina wiejska", "bolesławiecki", "dolnośląskie"),
        ("1018012", "Bolesławiec", "gmina wiejska", "wieruszowski", "łódzkie"),
    ]
    headers = [
        picker.ui.resultsView.model().headerData(c, Qt.Orientation.Horizontal) for c in range(5)
    ]
    assert headers == ["Kod TERYT", "Nazwa", "Rodzaj", "Powiat", "Województwo"]


def test_voivodeship_filter_leaves_only_the_jst_of_that_voivodeship(
    qtbot: QtBot, picker: JstPicker
) -> None:
    combo = picker.ui.voivodeshipFilter
    combo.setCurrentIndex(combo.findText("łódzkie"))
    type_text(picker.ui.searchEdit, "Bolesławiec")

    assert [row[0] for row in shown_rows(picker)] == ["1018012"]


@pytest.mark.parametrize("code", ["9999999", "9999"])
def test_unknown_teryt_code_is_refused_inline_and_adds_nothing(
    qtbot: QtBot, picker: JstPicker, code: str
) -> None:
    type_text(picker.ui.searchEdit, code)
    qtbot.keyClick(picker.ui.searchEdit, Qt.Key.Key_Return)

    label = picker.ui.messageLabel
    assert label.isVisible()
    assert label.text() == (
        f"Kod TERYT {code} nie występuje w rejestrze JST (gmina: 7 cyfr, powiat: 4 cyfry)."
    )
    assert label.palette().color(QPalette.ColorRole.WindowText) == ERROR_COLOR
    assert picker.members() == []


def test_enter_adds_the_highlighted_result_and_down_moves_the_highlight(
    qtbot: QtBot, picker: JstPicker
) -> None:
    search = picker.ui.searchEdit
    type_text(search, "Bolesławiec")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    type_text(search, "Bolesławiec")  # the text was selected, so this retypes it
    qtbot.keyClick(search, Qt.Key.Key_Down)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    type_text(search, "1410")  # a full powiat code is taken as typed
    qtbot.keyClick(search, Qt.Key.Key_Return)

    assert picker.members() == ["0201011", "0201022", "1410"]
    assert [row[2] for row in shown_rows(picker, members=True)] == [
        "gmina miejska",
        "gmina wiejska",
        "powiat",
    ]
    assert "Członków: 3 (gminy: 2, powiaty: 1)" in picker.ui.membersSummary.text()


def test_adding_a_member_twice_keeps_one_and_says_so(qtbot: QtBot, picker: JstPicker) -> None:
    type_text(picker.ui.searchEdit, "0201043")
    qtbot.keyClick(picker.ui.searchEdit, Qt.Key.Key_Return)
    qtbot.keyClick(picker.ui.searchEdit, Qt.Key.Key_Return)

    assert picker.members() == ["0201043"]
    assert (
        picker.message() == "Nowogrodziec (gmina miejsko-wiejska) jest już członkiem partnerstwa."
    )


def test_double_click_adds_and_delete_key_removes_the_leader(
    qtbot: QtBot, picker: JstPicker
) -> None:
    picker.set_members(["0201011", "0201022"], leader="0201011")
    type_text(picker.ui.searchEdit, "Gromadka")
    view = picker.ui.resultsView
    cell = view.visualRect(view.model().index(0, 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # a real double
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # click starts so
    assert picker.members() == ["0201011", "0201022", "0201032"]

    picker.ui.membersView.selectRow(0)
    qtbot.keyClick(picker.ui.membersView, Qt.Key.Key_Delete)

    assert picker.members() == ["0201022", "0201032"]
    assert picker.leader() is None
    assert "lider: nie wybrano" in picker.ui.membersSummary.text()


def test_leader_is_set_by_button_or_by_ticking_its_column(qtbot: QtBot, picker: JstPicker) -> None:
    picker.set_members(["0201011", "0201022", "0201032"], leader=None)
    picker.ui.membersView.selectRow(2)
    qtbot.mouseClick(picker.ui.leaderButton, Qt.MouseButton.LeftButton)
    assert picker.leader() == "0201032"

    model = picker.ui.membersView.model()
    model.setData(model.index(0, 5), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    assert picker.leader() == "0201011"
    checks = [model.index(r, 5).data(Qt.ItemDataRole.CheckStateRole) for r in range(3)]
    assert checks == [Qt.CheckState.Checked, Qt.CheckState.Unchecked, Qt.CheckState.Unchecked]
    assert picker.ui.membersSummary.text().endswith("lider: Bolesławiec")

"""The partnership dialog, driven like a user would, on a real SQLite store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QSpinBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cwd_desktop.domain import OutboxEntry
from cwd_desktop.domain.vocab import FormalBasis, Osi, Stage
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipData
from cwd_desktop.store import Store, open_store
from cwd_desktop.ui import messages
from cwd_desktop.ui.partnership_dialog import PartnershipDialog
from tests.ui.test_jst_picker import type_text

BRANIEWO = PartnershipData(
    name="Partnerstwo Gmin Ziemi Braniewskiej",
    short_name="PGZB",
    osi=Osi.MARGINALISED,
    formal_basis=FormalBasis.ACCORD,
    leader_teryt="2802011",
    members=["2802011", "2802022", "2802033"],
    coordinator="Anna Kowalczyk",
    advisors="Marek Wiśniewski\nKatarzyna Zielińska",
    stage=Stage.STRATEGY,
    criteria={"crit_area": 1, "crit_council": 1, "merit_srw": 4},
    formed_on=date(2020, 10, 14),
    advisory_start=date(2021, 1, 11),
)


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts of error boxes, recorded instead of shown (the display, not the logic)."""
    texts: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _parent, text, _title=None: texts.append(text))
    return texts


def open_dialog(qtbot: QtBot, services: Services, key: str | None = None) -> PartnershipDialog:
    dialog = PartnershipDialog(services, key)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # shortcuts and focus need an active window
        dialog.show()
        dialog.activateWindow()
    return dialog


def click_ok(qtbot: QtBot, dialog: PartnershipDialog) -> None:
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def outbox(store: Store) -> list[OutboxEntry]:
    with store.session() as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))


def add_by_search(qtbot: QtBot, dialog: PartnershipDialog, text: str, down: int = 0) -> None:
    search = dialog.picker.ui.searchEdit
    type_text(search, text)
    for _ in range(down):
        qtbot.keyClick(search, Qt.Key.Key_Down)
    qtbot.keyClick(search, Qt.Key.Key_Return)


def test_new_partnership_of_five_gminy_is_stored_and_survives_reopening(
    qtbot: QtBot, services: Services, store: Store, data_dir: Path
) -> None:
    dialog = open_dialog(qtbot, services)
    assert dialog.windowTitle() == "Nowe partnerstwo"
    type_text(dialog.ui.nameEdit, "Partnerstwo Gmin Doliny Bobru")
    type_text(dialog.ui.shortNameEdit, "PGDB")

    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog.ui.tabs.currentWidget() is dialog.ui.membersTab
    assert dialog.focusWidget() is dialog.picker.ui.searchEdit
    add_by_search(qtbot, dialog, "Bolesławiec")  # the top result: gmina miejska
    add_by_search(qtbot, dialog, "Bolesławiec", down=1)  # the next one: gmina wiejska
    add_by_search(qtbot, dialog, "Gromadka")
    add_by_search(qtbot, dialog, "nowogrodz")
    add_by_search(qtbot, dialog, "0201052")  # Osiecznica by its code
    assert dialog.isVisible(), "Enter in the search field must not accept the dialog"
    assert dialog.result() != QDialog.DialogCode.Accepted

    dialog.picker.ui.membersView.selectRow(3)
    qtbot.mouseClick(dialog.picker.ui.leaderButton, Qt.MouseButton.LeftButton)

    dialog.ui.tabs.setCurrentWidget(dialog.ui.criteriaTab)
    boxes = dialog.ui.formalGroup.findChildren(QCheckBox)
    for box in boxes[:2]:
        qtbot.keyClick(box, Qt.Key.Key_Space)
    spins = dialog.ui.meritGroup.findChildren(QSpinBox)
    spins[1].setValue(4)
    assert dialog.ui.criteriaTotalLabel.text() == "Kryteria formalne: 2/8 · merytoryczne: 4 pkt"

    dialog.ui.tabs.setCurrentWidget(dialog.ui.datesTab)
    qtbot.keyClick(dialog.ui.formedOnCheck, Qt.Key.Key_Space)
    dialog.ui.formedOnEdit.setDate(QDate(2023, 3, 14))
    click_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_id is not None
    store.close()
    reopened = open_store(data_dir)
    try:
        view = Services(reopened).partnerships.get("PGDB")
    finally:
        reopened.close()
    assert view.id == dialog.saved_id
    assert view.data.name == "Partnerstwo Gmin Doliny Bobru"
    assert sorted(view.data.members) == ["0201011", "0201022", "0201032", "0201043", "0201052"]
    assert view.leader is not None and view.leader.name == "Nowogrodziec"
    assert view.data.voivodeship == "02"  # derived from the leader
    assert view.formal_score() == 2 and view.data.criteria["crit_area"] == 1
    assert view.data.criteria["merit_links"] == 4 and view.merit_score() == 4
    assert view.data.formed_on == date(2023, 3, 14)
    assert view.data.selected_on is None and view.data.advisory_end is None


def test_editing_shows_stored_values_and_saves_only_the_changed_field(
    qtbot: QtBot, services: Services, store: Store
) -> None:
    partnership_id = services.partnerships.create(BRANIEWO)
    before = len(outbox(store))

    dialog = open_dialog(qtbot, services, partnership_id)
    ui = dialog.ui
    assert dialog.windowTitle() == "Partnerstwo: PGZB"
    assert ui.nameEdit.text() == BRANIEWO.name
    assert ui.formalBasisCombo.currentText() == "porozumienie"
    assert ui.stageCombo.currentText() == "Komponent I: strategia"
    assert ui.advisorsEdit.toPlainText() == "Marek Wiśniewski\nKatarzyna Zielińska"
    assert dialog.picker.members() == ["2802011", "2802022", "2802033"]
    assert dialog.picker.leader() == "2802011"
    assert ui.formedOnCheck.isChecked() and ui.formedOnEdit.date() == QDate(2020, 10, 14)
    assert not ui.advisoryEndCheck.isChecked() and ui.advisoryEndEdit.text() == "brak"
    assert ui.criteriaTotalLabel.text() == "Kryteria formalne: 2/8 · merytoryczne: 4 pkt"

    ui.coordinatorEdit.selectAll()
    type_text(ui.coordinatorEdit, "Jan Nowak (Urząd Gminy Braniewo)")
    click_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_id == partnership_id
    assert services.partnerships.get("PGZB").data.coordinator == "Jan Nowak (Urząd Gminy Braniewo)"
    new_entries = outbox(store)[before:]
    assert [(e.table_name, e.op, set(e.changes)) for e in new_entries] == [
        ("partnership", "update", {"coordinator"})
    ]
    assert new_entries[0].changes["coordinator"] == {
        "old": "Anna Kowalczyk",
        "new": "Jan Nowak (Urząd Gminy Braniewo)",
    }


def test_saving_unchanged_values_changes_nothing(
    qtbot: QtBot, services: Services, store: Store
) -> None:
    partnership_id = services.partnerships.create(BRANIEWO)
    stored = services.partnerships.get(partnership_id)
    before = len(outbox(store))

    dialog = open_dialog(qtbot, services, partnership_id)
    click_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(outbox(store)) == before
    assert services.partnerships.get(partnership_id) == stored  # None dates stay None


def test_duplicate_short_name_is_refused_and_the_dialog_keeps_what_was_typed(
    qtbot: QtBot, services: Services, shown_errors: list[str]
) -> None:
    services.partnerships.create(BRANIEWO)
    dialog = open_dialog(qtbot, services)
    type_text(dialog.ui.nameEdit, "Inne partnerstwo")
    type_text(dialog.ui.shortNameEdit, "pgzb")
    dialog.ui.tabs.setCurrentWidget(dialog.ui.membersTab)
    add_by_search(qtbot, dialog, "Frombork")

    click_ok(qtbot, dialog)

    assert shown_errors == [
        "Skrót pgzb jest już używany przez partnerstwo „Partnerstwo Gmin Ziemi Braniewskiej”."
    ]
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.saved_id is None
    assert services.partnerships.count() == 1
    assert dialog.ui.nameEdit.text() == "Inne partnerstwo"
    assert dialog.picker.members() == ["2802033"]
    assert dialog.ui.tabs.currentWidget() is dialog.ui.basicTab
    assert dialog.focusWidget() is dialog.ui.shortNameEdit


def test_empty_name_is_refused_with_the_services_sentence(
    qtbot: QtBot, services: Services, shown_errors: list[str]
) -> None:
    dialog = open_dialog(qtbot, services)
    type_text(dialog.ui.shortNameEdit, "X")
    click_ok(qtbot, dialog)

    assert shown_errors == ["Nazwa partnerstwa nie może być pusta."]
    assert dialog.isVisible() and services.partnerships.count() == 0
    assert dialog.focusWidget() is dialog.ui.nameEdit


def test_widgets_built_in_code_sit_between_the_picker_and_the_dates_in_tab_order(
    qtbot: QtBot, services: Services
) -> None:
    dialog = open_dialog(qtbot, services)
    chain: list[QWidget] = []
    widget = dialog.ui.nameEdit
    while widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    boxes = dialog.ui.formalGroup.findChildren(QCheckBox)
    spins = dialog.ui.meritGroup.findChildren(QSpinBox)
    order = [
        dialog.ui.notesEdit,
        dialog.picker.ui.searchEdit,
        dialog.picker.ui.removeButton,
        *boxes,
        *spins,
        dialog.ui.formedOnCheck,
        dialog.ui.advisoryEndEdit,
        dialog.ui.buttonBox,
    ]
    positions = [chain.index(w) for w in order]
    assert positions == sorted(positions)

"""The conflicts dialog on a real store: both values side by side, one decision each."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipData
from cwd_desktop.store import Store
from cwd_desktop.sync import conflicts
from cwd_desktop.ui import messages
from cwd_desktop.ui.conflicts_dialog import ConflictsDialog
from tests.ui.test_jst_picker import type_text

MEMBERS = ["2802011", "2802022", "2802033", "2802062"]
MORNING = datetime(2026, 11, 19, 9, 30, tzinfo=UTC)


@pytest.fixture
def pid(services: Services) -> str:
    data = PartnershipData(
        name="Partnerstwo Gmin Ziemi Braniewskiej", short_name="PGZB", members=MEMBERS
    )
    return services.partnerships.create(data)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the dialog would show, recorded instead of opening a modal box."""
    seen: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _parent, text, title=None: seen.append(text))
    return seen


def add_conflict(
    store: Store,
    table: str,
    row_id: str,
    pid: str,
    field: str,
    base: Any,
    current: Any,
    other: Any,
    *,
    current_by: str = "akowalska",
    other_by: str = "mnowak",
) -> None:
    with store.unit_of_work() as session:
        conflicts.record_local(
            session,
            table=table,
            row_id=row_id,
            partnership_id=pid,
            field=field,
            base=base,
            current=current,
            current_by=current_by,
            current_at=MORNING,
            other=other,
            other_by=other_by,
            other_at=MORNING + timedelta(hours=3),
        )


def last_change(store: Store, table: str, row_id: str) -> tuple[str, dict[str, Any]]:
    """The newest outbox entry of a row: what the next sync will send."""
    op, changes = (
        store.reader()
        .execute(
            "SELECT op, changes FROM outbox WHERE table_name = ? AND row_id = ?"
            " ORDER BY seq DESC LIMIT 1",
            (table, row_id),
        )
        .fetchone()
    )
    return str(op), json.loads(changes)


def open_dialog(qtbot: QtBot, services: Services) -> ConflictsDialog:
    dialog = ConflictsDialog(services)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # mnemonics need an active window
        dialog.show()
        dialog.activateWindow()
    return dialog


def listed(dialog: ConflictsDialog) -> list[str]:
    widget = dialog.ui.conflictList
    return [widget.item(row).text() for row in range(widget.count())]


def alt(qtbot: QtBot, dialog: ConflictsDialog, key: Qt.Key) -> None:
    qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)


def decide(qtbot: QtBot, dialog: ConflictsDialog, key: Qt.Key) -> None:
    """Press a decision button's Alt shortcut (it clicks after its short press animation)."""
    done = dialog.resolved
    alt(qtbot, dialog, key)
    qtbot.waitUntil(lambda: dialog.resolved == done + 1)


@pytest.fixture
def osp(services: Services, pid: str) -> dict[str, str]:
    """OSP Frombork with its chief, whose phone and the stakeholder's notes were edited twice."""
    records = services.records
    stakeholder = records.create(
        "stakeholder",
        pid,
        {"name": "OSP Frombork", "category": "osp", "place": "Frombork", "notes": "remiza"},
    )
    contact = records.create(
        "contact_person",
        pid,
        {"stakeholder_id": stakeholder, "name": "Tadeusz Wiśniewski", "phone": "+48 601 422 118"},
    )
    records.update("stakeholder", stakeholder, {"notes": "Remiza przy ul. Rybackiej"})
    store = services.store
    add_conflict(
        store,
        "contact_person",
        contact,
        pid,
        "phone",
        "+48 55 243 71 12",
        "+48 601 422 118",
        "+48 55 243 70 00",
    )
    add_conflict(
        store,
        "stakeholder",
        stakeholder,
        pid,
        "notes",
        "remiza",
        "Remiza przy ul. Rybackiej",
        "Remiza i świetlica",
        other_by="jzielinski",
    )
    add_conflict(store, "stakeholder", stakeholder, pid, "influence", 3, 3, 5)
    return {"stakeholder": stakeholder, "contact": contact}


def test_keep_choose_and_type_settle_each_conflict_through_the_outbox(
    qtbot: QtBot, services: Services, osp: dict[str, str], errors: list[str]
) -> None:
    store, records = services.store, services.records
    dialog = open_dialog(qtbot, services)
    assert listed(dialog) == [
        "osoba kontaktowa: Tadeusz Wiśniewski (OSP Frombork)\npole „telefon”",
        "interesariusz: OSP Frombork\npole „notatki”",
        "interesariusz: OSP Frombork\npole „wpływ”",
    ]
    ui = dialog.ui
    assert ui.currentValue.toPlainText() == "+48 601 422 118"
    assert ui.otherValue.toPlainText() == "+48 55 243 70 00"
    assert "akowalska" in ui.currentWho.text() and "mnowak" in ui.otherWho.text()
    assert "+48 55 243 71 12" in ui.baseLabel.text()

    decide(qtbot, dialog, Qt.Key.Key_W)  # "Wybierz tę": the colleague's phone number

    assert records.get("contact_person", osp["contact"])["phone"] == "+48 55 243 70 00"
    op, changes = last_change(store, "contact_person", osp["contact"])
    assert op == "update" and changes["phone"]["new"] == "+48 55 243 70 00"
    assert len(listed(dialog)) == 2
    assert ui.conflictList.currentRow() == 0  # the next conflict takes its place
    assert ui.otherValue.toPlainText() == "Remiza i świetlica"

    alt(qtbot, dialog, Qt.Key.Key_S)  # "Własna wartość"
    assert QApplication.focusWidget() is ui.customEdit
    type_text(ui.customEdit, "Remiza i świetlica przy ul. Rybackiej")
    qtbot.keyClick(ui.customEdit, Qt.Key.Key_Return)

    assert errors == []
    notes = "Remiza i świetlica przy ul. Rybackiej"
    assert records.get("stakeholder", osp["stakeholder"])["notes"] == notes
    assert last_change(store, "stakeholder", osp["stakeholder"])[1]["notes"]["new"] == notes

    decide(qtbot, dialog, Qt.Key.Key_Z)  # "Zachowaj tę": influence stays 3

    assert records.get("stakeholder", osp["stakeholder"])["influence"] == 3
    # The decision still travels, so the device holding 5 learns it.
    op, changes = last_change(store, "stakeholder", osp["stakeholder"])
    assert op == "update" and changes["influence"] == {"old": 5, "new": 3}
    assert conflicts.count_open(store) == 0
    assert dialog.resolved == 3
    assert ui.stack.currentWidget() is ui.emptyLabel
    assert "Brak konfliktów" in ui.emptyLabel.text()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_up_and_down_show_each_conflict_side_by_side(
    qtbot: QtBot, services: Services, osp: dict[str, str]
) -> None:
    dialog = open_dialog(qtbot, services)
    ui = dialog.ui
    assert QApplication.focusWidget() is ui.conflictList

    qtbot.keyClick(ui.conflictList, Qt.Key.Key_Down)

    assert "pole „notatki”" in ui.headerLabel.text() and "PGZB" in ui.headerLabel.text()
    assert ui.currentValue.toPlainText() == "Remiza przy ul. Rybackiej"
    assert ui.otherValue.toPlainText() == "Remiza i świetlica"
    assert ui.otherWho.text().startswith("Zmiana: jzielinski, ")

    qtbot.keyClick(ui.conflictList, Qt.Key.Key_Up)
    assert ui.currentValue.toPlainText() == "+48 601 422 118"


def test_a_value_the_field_cannot_take_is_explained_and_can_be_corrected(
    qtbot: QtBot, services: Services, pid: str, errors: list[str]
) -> None:
    """A meeting moved to two different days: a typed impossible date is refused, then fixed."""
    records = services.records
    meeting = records.create(
        "meeting", pid, {"title": "Spotkanie z sołtysami", "held_on": date(2026, 11, 12)}
    )
    add_conflict(
        services.store, "meeting", meeting, pid, "held_on", "2026-11-10", "2026-11-12", "2026-11-14"
    )
    dialog = open_dialog(qtbot, services)
    ui = dialog.ui
    assert "pole „data”" in ui.headerLabel.text()

    type_text(ui.customEdit, "31.11.2026")
    qtbot.mouseClick(ui.customButton, Qt.MouseButton.LeftButton)

    assert errors == ["„31.11.2026” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR)."]
    assert records.get("meeting", meeting)["held_on"] == date(2026, 11, 12)
    assert conflicts.count_open(services.store) == 1
    assert QApplication.focusWidget() is ui.customEdit

    ui.customEdit.clear()
    type_text(ui.customEdit, "13.11.2026")
    qtbot.keyClick(ui.customEdit, Qt.Key.Key_Return)

    assert records.get("meeting", meeting)["held_on"] == date(2026, 11, 13)
    assert conflicts.count_open(services.store) == 0


def test_an_edit_against_a_deletion_keeps_or_deletes_the_record(
    qtbot: QtBot, services: Services, pid: str
) -> None:
    """Deleted here but edited by a colleague: keep it; kept here but deleted there: delete it."""
    store, records = services.store, services.records
    held = {"held_on": date(2026, 11, 12), "place": "Frombork"}
    deleted_here = records.create("meeting", pid, {"title": "Spotkanie z sołtysami", **held})
    records.delete("meeting", deleted_here)
    kept_here = records.create("meeting", pid, {"title": "Spotkanie grupy ds. turystyki", **held})
    stamp = MORNING.isoformat()
    add_conflict(store, "meeting", deleted_here, pid, "deleted_at", None, stamp, None)
    add_conflict(store, "meeting", kept_here, pid, "deleted_at", None, None, stamp)

    dialog = open_dialog(qtbot, services)
    ui = dialog.ui
    assert listed(dialog)[0].endswith("usunięty w jednym miejscu, zmieniony w drugim")
    assert ui.currentValue.toPlainText() == "Rekord usunięty"
    assert ui.currentWho.text().startswith("Usunięcie: akowalska, ")
    assert ui.otherValue.toPlainText() == "Rekord edytowany i zachowany"
    assert (ui.keepButton.text(), ui.chooseButton.text()) == ("&Usuń rekord", "Zachowaj &rekord")
    assert not ui.customEdit.isVisible()

    decide(qtbot, dialog, Qt.Key.Key_R)  # "Zachowaj rekord": the meeting comes back

    assert records.get("meeting", deleted_here)["title"] == "Spotkanie z sołtysami"
    assert last_change(store, "meeting", deleted_here)[1]["deleted_at"]["new"] is None
    assert (ui.keepButton.text(), ui.chooseButton.text()) == ("Zachowaj &rekord", "&Usuń rekord")

    decide(qtbot, dialog, Qt.Key.Key_U)  # "Usuń rekord": the colleague's deletion wins

    with pytest.raises(UserError):
        records.get("meeting", kept_here)
    assert last_change(store, "meeting", kept_here)[0] == "delete"
    assert conflicts.count_open(store) == 0
    assert ui.stack.currentWidget() is ui.emptyLabel


def test_one_decision_settles_every_conflict_on_the_same_field(
    qtbot: QtBot, services: Services, pid: str, osp: dict[str, str]
) -> None:
    """A third advisor's value on the same phone is settled with the same choice."""
    store = services.store
    add_conflict(
        store,
        "contact_person",
        osp["contact"],
        pid,
        "phone",
        "+48 55 243 71 12",
        "+48 601 422 118",
        "+48 698 000 111",
        other_by="pkowal",
    )
    dialog = open_dialog(qtbot, services)
    assert len(listed(dialog)) == 4

    qtbot.mouseClick(dialog.ui.keepButton, Qt.MouseButton.LeftButton)

    assert services.records.get("contact_person", osp["contact"])["phone"] == "+48 601 422 118"
    assert [text.split("\n")[1] for text in listed(dialog)] == ["pole „notatki”", "pole „wpływ”"]


@pytest.mark.parametrize("typed", ["99999999999999999999", "1e999", "nan"])
def test_a_number_the_store_cannot_hold_is_refused(
    services: Services, pid: str, typed: str
) -> None:
    """Influence typed as a number too big (or infinite) for the server is no number."""
    stakeholder = services.records.create(
        "stakeholder", pid, {"name": "OSP Rogity", "category": "osp", "influence": 2}
    )
    add_conflict(services.store, "stakeholder", stakeholder, pid, "influence", 2, 3, 4)
    (conflict,) = conflicts.open_conflicts(services.store)

    with pytest.raises(UserError) as refused:
        conflicts.parse_value(services.store, conflict.id, typed)

    assert str(refused.value) == f"„{typed}” nie jest liczbą (pole influence)."
    assert conflicts.parse_value(services.store, conflict.id, "5") == 5


def test_keeping_the_value_of_a_bundle_conflict_leaves_the_store_consistent(
    services: Services, pid: str
) -> None:
    """The decision sent for a bundle clash must not look like outbox drift to ``check``."""
    from cwd_desktop.services.check import run_checks

    stakeholder = services.records.create(
        "stakeholder", pid, {"name": "OSP Rogity", "category": "osp", "influence": 3}
    )
    add_conflict(services.store, "stakeholder", stakeholder, pid, "influence", 2, 3, 4)
    (conflict,) = conflicts.open_conflicts(services.store)

    conflicts.resolve(services.store, conflict.id, 3)

    assert last_change(services.store, "stakeholder", stakeholder) == (
        "update",
        {"influence": {"old": 4, "new": 3}},
    )
    problems = [c for c in run_checks(services.store) if not c.ok]
    assert problems == []

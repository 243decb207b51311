"""Undo/redo of partnership creation and edits goes through the services and is stored."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipData
from cwd_desktop.ui.undo import CreatePartnership, EditPartnership


def test_undo_create_removes_and_redo_restores(qtbot: QtBot, services: Services) -> None:
    """Undoing a creation deletes the partnership; redo brings the same one back."""
    stack = QUndoStack()
    seen: list[str | None] = []
    new_id = services.partnerships.create(
        PartnershipData(name="Partnerstwo Testowe", short_name="PT", members=["0201011"])
    )
    stack.push(CreatePartnership(services, new_id, "PT", seen.append))
    assert services.partnerships.count() == 1, "pushing must not create a second copy"
    stack.undo()
    assert services.partnerships.count() == 0
    stack.redo()
    assert services.partnerships.get("PT").id == new_id
    assert services.partnerships.get("PT").data.members == ["0201011"]


def test_undo_edit_writes_previous_values(qtbot: QtBot, services: Services) -> None:
    """Undoing an edit stores the values from before it; redo stores the edit again."""
    stack = QUndoStack()
    new_id = services.partnerships.create(PartnershipData(name="Stara nazwa", short_name="SN"))
    before = services.partnerships.get(new_id).data
    after = replace(before, name="Nowa nazwa", members=["1410023"])
    services.partnerships.update(new_id, after)
    stack.push(EditPartnership(services, new_id, before, after, lambda _id: None))
    stack.undo()
    assert services.partnerships.get(new_id).data.name == "Stara nazwa"
    assert services.partnerships.get(new_id).data.members == []
    stack.redo()
    assert services.partnerships.get(new_id).data.name == "Nowa nazwa"
    assert services.partnerships.get(new_id).data.members == ["1410023"]

"""End to end from the Synchronizacja page: a real PostgreSQL, two advisors, one conflict."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from psycopg.conninfo import conninfo_to_dict
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cwd_desktop.services.partnerships import PartnershipData
from cwd_desktop.ui.background import wait_for_background
from cwd_desktop.ui.conflicts_dialog import ConflictsDialog
from cwd_desktop.ui.main_window import MainWindow
from cwd_desktop.ui.sync_page import SyncPage
from tests.memory_keyring import MemoryKeyring
from tests.sync.conftest import Central, Device
from tests.ui.test_jst_picker import type_text

MEMBERS = ["2802011", "2802022", "2802033", "2802062"]
SYNC_TIMEOUT = 60_000


def fill_form(qtbot: QtBot, page: SyncPage, dsn: str) -> str:
    """Type the advisor's server and password as the administrator handed them out."""
    parts = conninfo_to_dict(dsn)
    ui = page.ui
    for edit, key in ((ui.hostEdit, "host"), (ui.dbEdit, "dbname"), (ui.userEdit, "user")):
        edit.clear()
        qtbot.keyClicks(edit, str(parts[key]))
    ui.portSpin.setValue(int(str(parts["port"])))
    qtbot.keyClicks(ui.passwordEdit, str(parts["password"]))
    return str(parts["password"])


def sync_from_page(qtbot: QtBot, page: SyncPage) -> None:
    with qtbot.waitSignal(page.sig_synced, timeout=SYNC_TIMEOUT):
        qtbot.mouseClick(page.ui.syncButton, Qt.MouseButton.LeftButton)
    wait_for_background()


def test_sync_from_the_page_pushes_pulls_and_settles_a_conflict(
    qtbot: QtBot,
    central: Central,
    make_device: Callable[[str, str], Device],
    memory_keyring: MemoryKeyring,
) -> None:
    first = make_device("akowalska", "")
    pid = first.services.partnerships.create(
        PartnershipData(name="Ziemia Braniewska", short_name="PGZB", members=MEMBERS)
    )
    osp = first.services.records.create(
        "stakeholder", pid, {"name": "OSP Frombork", "category": "osp", "notes": "remiza"}
    )
    dsn = central.add_advisor("akowalska", pid)
    colleague = make_device("mnowak", central.add_advisor("mnowak", pid))
    pending = first.store.pending_changes()

    window = MainWindow(first.services)
    qtbot.addWidget(window)
    window.show()
    page = window.sync_page()
    password = fill_form(qtbot, page, dsn)
    sync_from_page(qtbot, page)

    assert f"Wysłane zmiany: {pending}," in page.ui.reportLabel.text()
    assert first.store.pending_changes() == 0
    assert page.ui.pendingValue.text() == "0"
    assert page.ui.lastSyncValue.text() != "nigdy"
    assert window.sync_label.text() != "Ostatnia synchronizacja: nigdy"
    assert central.query("SELECT notes FROM stakeholder WHERE id = %s", (osp,)) == [("remiza",)]
    assert memory_keyring.secrets == {}  # typed for the sync, never stored
    folder = Path(first.store.data_dir)
    assert not [p for p in folder.rglob("*") if p.is_file() and password.encode() in p.read_bytes()]

    colleague.sync()
    colleague.services.records.update("stakeholder", osp, {"notes": "remiza i świetlica"})
    colleague.sync()
    first.services.records.update("stakeholder", osp, {"notes": "remiza przy Rybackiej"})
    sync_from_page(qtbot, page)

    assert page.ui.conflictsValue.text() == "1"
    assert window.conflicts_label.isVisible()

    def type_own_value() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictsDialog):
            QTimer.singleShot(20, type_own_value)
            return
        assert {dialog.ui.currentValue.toPlainText(), dialog.ui.otherValue.toPlainText()} == {
            "remiza i świetlica",
            "remiza przy Rybackiej",
        }
        type_text(dialog.ui.customEdit, "remiza i świetlica przy Rybackiej")
        qtbot.keyClick(dialog.ui.customEdit, Qt.Key.Key_Return)
        dialog.reject()

    QTimer.singleShot(0, type_own_value)
    qtbot.mouseClick(page.ui.conflictsButton, Qt.MouseButton.LeftButton)
    assert page.ui.conflictsValue.text() == "0"
    sync_from_page(qtbot, page)
    colleague.sync()

    settled = "remiza i świetlica przy Rybackiej"
    assert colleague.services.records.get("stakeholder", osp)["notes"] == settled
    assert first.services.records.get("stakeholder", osp)["notes"] == settled
    assert not window.conflicts_label.isVisible()

"""The Synchronizacja page and its File menu entries, on a real store and a memory keyring."""

from __future__ import annotations

import socket
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipData
from cwd_desktop.store import Store
from cwd_desktop.sync import conflicts
from cwd_desktop.sync.config import KEYRING_SERVICE
from cwd_desktop.ui import messages
from cwd_desktop.ui.background import wait_for_background
from cwd_desktop.ui.conflicts_dialog import ConflictsDialog
from cwd_desktop.ui.main_window import MainWindow
from cwd_desktop.ui.sync_page import SyncPage
from tests.memory_keyring import MemoryKeyring

PASSWORD = "Tajne-Haslo-2026!"
MEMBERS = ["2802011", "2802022", "2802033", "2802062"]


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the page would show, recorded instead of opening a modal box."""
    seen: list[str] = []
    for name in ("error", "info", "warning"):
        monkeypatch.setattr(messages, name, lambda _parent, text, title=None: seen.append(text))
    return seen


def open_page(qtbot: QtBot, services: Services) -> SyncPage:
    page = SyncPage(services)
    qtbot.addWidget(page)
    page.resize(1000, 640)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def fill_server(qtbot: QtBot, page: SyncPage, host: str, port: int, user: str) -> None:
    ui = page.ui
    retype(qtbot, ui.hostEdit, host)
    ui.portSpin.setValue(port)
    retype(qtbot, ui.userEdit, user)


def files_containing(folder: Path, secret: str) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def add_conflict(services: Services) -> str:
    """A partnership with OSP Frombork whose notes two advisors changed differently."""
    pid = services.partnerships.create(
        PartnershipData(name="Ziemia Braniewska", short_name="PGZB", members=MEMBERS)
    )
    sid = services.records.create(
        "stakeholder", pid, {"name": "OSP Frombork", "category": "osp", "notes": "remiza"}
    )
    with services.store.unit_of_work() as session:
        conflicts.record_local(
            session,
            table="stakeholder",
            row_id=sid,
            partnership_id=pid,
            field="notes",
            base="",
            current="remiza",
            current_by="akowalska",
            current_at=datetime(2026, 11, 19, 9, 30, tzinfo=UTC),
            other="remiza i świetlica",
            other_by="mnowak",
            other_at=datetime(2026, 11, 19, 12, 0, tzinfo=UTC),
        )
    return sid


def test_saving_keeps_the_server_in_settings_and_the_password_only_in_the_keyring(
    qtbot: QtBot, services: Services, memory_keyring: MemoryKeyring, data_dir: Path
) -> None:
    page = open_page(qtbot, services)
    ui = page.ui
    assert (ui.portSpin.value(), ui.dbEdit.text()) == (5432, "cwd")
    assert ui.passwordEdit.echoMode() == QLineEdit.EchoMode.Password
    assert not ui.forgetButton.isEnabled()
    fill_server(qtbot, page, "cwd.frdl.example.pl", 6432, "akowalska")
    retype(qtbot, ui.dbEdit, "cwd_zespol")
    qtbot.keyClicks(ui.passwordEdit, PASSWORD)

    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)

    settings = services.store.settings
    assert [settings.get(k) for k in ("sync_host", "sync_port", "sync_dbname", "sync_user")] == [
        "cwd.frdl.example.pl",
        6432,
        "cwd_zespol",
        "akowalska",
    ]
    key = (KEYRING_SERVICE, "akowalska@cwd.frdl.example.pl:6432/cwd_zespol")
    assert memory_keyring.secrets == {key: PASSWORD}
    assert files_containing(data_dir, PASSWORD) == []
    assert ui.passwordEdit.text() == ""
    assert ui.passwordNote.text() == "Hasło jest zapisane w systemowym magazynie haseł."

    again = open_page(qtbot, services)  # the next start shows the server, never the password
    assert (again.ui.hostEdit.text(), again.ui.portSpin.value()) == ("cwd.frdl.example.pl", 6432)
    assert again.ui.passwordEdit.text() == ""

    qtbot.mouseClick(ui.forgetButton, Qt.MouseButton.LeftButton)

    assert memory_keyring.secrets == {}
    assert ui.passwordNote.text().startswith("Hasło nie jest zapisane")
    assert not ui.forgetButton.isEnabled()


class RefusingKeyring(KeyringBackend):
    """A machine without a usable keyring (no Secret Service on a bare Linux desktop)."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("brak usługi Secret Service")

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError(username)


def test_without_a_keyring_the_server_is_saved_and_the_password_is_not(
    qtbot: QtBot, services: Services, shown: list[str], data_dir: Path
) -> None:
    keyring.set_keyring(RefusingKeyring())
    page = open_page(qtbot, services)
    fill_server(qtbot, page, "cwd.frdl.example.pl", 5432, "akowalska")
    qtbot.keyClicks(page.ui.passwordEdit, PASSWORD)

    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)

    assert len(shown) == 1
    assert shown[0].startswith("Systemowy magazyn haseł jest niedostępny (brak usługi Secret")
    assert services.store.settings.get("sync_host") == "cwd.frdl.example.pl"
    assert page.ui.passwordEdit.text() == PASSWORD  # still usable for this session's syncs
    assert files_containing(data_dir, PASSWORD) == []


def test_settings_that_cannot_work_are_refused_naming_the_field(
    qtbot: QtBot, services: Services, shown: list[str], tmp_path: Path
) -> None:
    page = open_page(qtbot, services)
    ui = page.ui
    retype(qtbot, ui.hostEdit, "cwd.frdl.example.pl")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert shown == ["Podaj nazwę użytkownika (doradcy) na serwerze centralnym."]
    assert QApplication.focusWidget() is ui.userEdit
    assert services.store.settings.get("sync_host") == ""

    retype(qtbot, ui.userEdit, "akowalska")
    missing = tmp_path / "brak" / "ca.pem"
    retype(qtbot, ui.caEdit, str(missing))
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert shown[-1] == f"Nie ma pliku CA {missing}."
    assert services.store.settings.get("sync_host") == ""

    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    retype(qtbot, ui.caEdit, str(ca))
    assert "certyfikat serwera i jego nazwa są sprawdzane" in ui.tlsHint.text()
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert services.store.settings.get("sync_ca_file") == str(ca)
    assert len(shown) == 2


def test_status_counts_and_resolving_a_conflict_from_the_page(
    qtbot: QtBot, services: Services
) -> None:
    sid = add_conflict(services)
    store: Store = services.store
    page = open_page(qtbot, services)
    ui = page.ui
    assert ui.lastSyncValue.text() == "nigdy"
    assert ui.pendingValue.text() == str(store.pending_changes())
    assert store.pending_changes() >= 2  # the partnership and the stakeholder
    assert ui.conflictsValue.text() == "1"
    assert ui.conflictsButton.isEnabled()

    def choose_other() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictsDialog):
            QTimer.singleShot(20, choose_other)
            return
        dialog.ui.chooseButton.click()
        dialog.reject()

    QTimer.singleShot(0, choose_other)
    with qtbot.waitSignal(page.sig_synced):
        qtbot.mouseClick(ui.conflictsButton, Qt.MouseButton.LeftButton)

    assert services.records.get("stakeholder", sid)["notes"] == "remiza i świetlica"
    assert ui.conflictsValue.text() == "0"
    assert not ui.conflictsButton.isEnabled()
    assert ui.pendingValue.text() == str(store.pending_changes())


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_sync_says_in_one_sentence_what_is_missing_or_unreachable(
    qtbot: QtBot, services: Services, shown: list[str], memory_keyring: MemoryKeyring
) -> None:
    page = open_page(qtbot, services)
    qtbot.mouseClick(page.ui.syncButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0].startswith("Synchronizacja nie jest skonfigurowana")

    port = _closed_port()
    fill_server(qtbot, page, "127.0.0.1", port, "akowalska")
    qtbot.mouseClick(page.ui.syncButton, Qt.MouseButton.LeftButton)  # saves the form first
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert shown[1] == f"Brak hasła użytkownika akowalska do serwera 127.0.0.1:{port}/cwd: " + (
        "wpisz je na stronie Synchronizacja."
    )
    assert services.store.settings.get("sync_port") == port

    qtbot.keyClicks(page.ui.passwordEdit, PASSWORD)
    qtbot.mouseClick(page.ui.syncButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 3, timeout=20_000)
    wait_for_background()
    assert shown[2].startswith(f"Nie można połączyć się z serwerem 127.0.0.1:{port}/cwd: ")
    assert page.ui.lastSyncValue.text() == "nigdy"
    assert page.ui.reportLabel.text() == ""
    assert memory_keyring.secrets == {}  # a password typed for a sync is not stored


def test_a_bundle_carries_the_changes_to_another_computer(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    """Export from this store, import into a second one; a second import changes nothing."""
    from cwd_desktop.store import open_store

    add_conflict(services)
    page = open_page(qtbot, services)
    qtbot.keyClicks(page.ui.keyEdit, "klucz-zespolu-frombork-2026")
    qtbot.keyClick(page.ui.keyEdit, Qt.Key.Key_Return)
    assert page.ui.keyNote.text() == "Klucz zespołu jest zapisany w systemowym magazynie haseł."
    pending = services.store.pending_changes()

    page.export_bundle_dialog(str(tmp_path / "frombork"))
    qtbot.waitUntil(lambda: page.ui.bundleReportLabel.text() != "", timeout=20_000)

    assert (tmp_path / "frombork.cwdsync").is_file()
    assert page.ui.bundleReportLabel.text().startswith(
        f"Zapisano pakiet frombork.cwdsync. Zmiany: {pending},"
    )

    other = open_store(tmp_path / "other")
    try:
        there = Services(other)
        target = open_page(qtbot, there)
        with qtbot.waitSignal(target.sig_synced, timeout=20_000):
            target.import_bundle_dialog(str(tmp_path / "frombork.cwdsync"))
        assert target.ui.bundleReportLabel.text().startswith(
            f"Wczytano pakiet frombork.cwdsync. Zastosowane zmiany: {pending}, już obecne: 0"
        )
        assert there.partnerships.get("PGZB").data.name == "Ziemia Braniewska"

        with qtbot.waitSignal(target.sig_synced, timeout=20_000):
            target.import_bundle_dialog(str(tmp_path / "frombork.cwdsync"))
        assert f"Zastosowane zmiany: 0, już obecne: {pending}" in (
            target.ui.bundleReportLabel.text()
        )
        wait_for_background()
    finally:
        other.close()


def test_main_window_file_menu_and_status_bar(qtbot: QtBot, services: Services) -> None:
    add_conflict(services)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert window.sync_label.text() == "Ostatnia synchronizacja: nigdy"
    assert window.conflicts_label.isVisible()
    assert "Konflikty do rozwiązania: 1" in window.conflicts_label.text()
    action = window.sync_actions["sync_now"]
    assert action.shortcut().toString() == "Ctrl+Shift+S"
    assert action in window.ui.menuFile.actions()

    page = window.sync_page()
    assert window.ui.pages.currentWidget() is page
    assert window.ui.areaList.currentItem().text() == "Synchronizacja"

    def resolve() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictsDialog):
            QTimer.singleShot(20, resolve)
            return
        dialog.ui.keepButton.click()
        dialog.reject()

    QTimer.singleShot(0, resolve)
    window.sync_actions["open_conflicts_dialog"].trigger()

    assert not window.conflicts_label.isVisible()  # refreshed after the decision


def test_sync_page_opens_from_the_menu_without_any_partnership(
    qtbot: QtBot, services: Services, shown: list[str]
) -> None:
    """A new advisor's empty store: the first thing to do is to set up sync and pull."""
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.sync_actions["sync_now"].trigger()
    assert isinstance(window.ui.pages.currentWidget(), SyncPage)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0].startswith("Synchronizacja nie jest skonfigurowana")

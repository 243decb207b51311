"""File > Szyfrowanie danych: encrypt and decrypt from the window; the recovery key dialog."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.store import open_store
from cwd_desktop.store.encryption import MissingKey, format_recovery_key
from cwd_desktop.store.sqlite import SQLITE_MAGIC
from cwd_desktop.ui import messages
from cwd_desktop.ui.background import wait_for_background
from cwd_desktop.ui.encryption_dialog import EncryptionDialog, RecoveryKeyDialog
from cwd_desktop.ui.main_window import MainWindow
from tests.memory_keyring import MemoryKeyring

NAME = "Halina Dąbrowska"


@pytest.fixture
def filled(services: Services) -> Services:
    """A partnership with a stakeholder and a contact person (personal data)."""
    pid = services.partnerships.create(DEMO_PARTNERSHIPS[0])
    sid = services.records.create("stakeholder", pid, {"name": "Sołectwo Żelazna Góra"})
    services.records.create("contact_person", pid, {"stakeholder_id": sid, "name": NAME})
    services.store.backup("manual")
    return services


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Messages shown to the user, by kind; every question is answered Yes."""
    shown: dict[str, list[str]] = {"info": [], "error": [], "warning": [], "confirm": []}
    for kind in ("info", "error", "warning"):
        monkeypatch.setattr(
            messages, kind, lambda _p, text, title=None, k=kind: shown[k].append(text)
        )

    def confirm(_parent: object, text: str, title: str | None = None) -> bool:
        shown["confirm"].append(text)
        return True

    monkeypatch.setattr(messages, "confirm", confirm)
    return shown


def files_show_name(services: Services) -> list[bool]:
    """For the database (with its -wal) and each backup: does it show the contact's name?"""
    store = services.store
    wal = store.path.with_name(store.path.name + "-wal")
    content = [store.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")]
    content += [f.read_bytes() for f in sorted(store.backup_dir.iterdir())]
    return [NAME.encode() in data for data in content]


def finish(qtbot: QtBot, dialog: EncryptionDialog) -> None:
    """Wait until both background steps (copy, backups) are done and the buttons are back."""
    qtbot.waitUntil(lambda: dialog.ui.buttonBox.isEnabled(), timeout=30_000)
    wait_for_background()


def test_encrypting_from_the_file_menu_shows_the_recovery_key_once(
    qtbot: QtBot, filled: Services, said: dict[str, list[str]], memory_keyring: MemoryKeyring
) -> None:
    window = MainWindow(filled)
    qtbot.addWidget(window)
    window.encryption_action.trigger()
    dialog = window.findChild(EncryptionDialog)
    assert dialog is not None
    assert "nie jest zaszyfrowana" in dialog.ui.statusLabel.text()
    assert "blobs" in dialog.ui.scopeLabel.text()  # says what is NOT encrypted
    assert not dialog.ui.decryptButton.isEnabled() and not dialog.ui.keyGroup.isVisible()
    assert files_show_name(filled) == [True, True]  # the plain store and its backup

    dialog.ui.encryptButton.click()
    finish(qtbot, dialog)

    assert said["error"] == [] and len(said["confirm"]) == 1
    assert filled.store.encrypted
    assert files_show_name(filled) == [False, False, False]  # + the backup before encrypting
    raw = filled.store.key
    assert raw is not None
    key = format_recovery_key(raw)
    assert dialog.recovery_key() == key
    assert dialog.ui.keyLabel.text().replace("\n", "-") == key
    assert "bezpiecznym miejscu" in dialog.ui.keepSafeLabel.text()
    dialog.ui.copyButton.click()
    assert QGuiApplication.clipboard().text() == key
    assert "jest zaszyfrowana" in dialog.ui.statusLabel.text()
    assert dialog.ui.decryptButton.isEnabled() and not dialog.ui.encryptButton.isEnabled()
    # The window goes on reading and writing through the encrypted store.
    assert [v.data.short_name for v in filled.partnerships.list()] == ["PGZB"]
    assert list(memory_keyring.secrets.values()) == [raw.hex()]
    dialog.close()


def test_decrypting_asks_and_returns_to_plain_files(
    qtbot: QtBot, filled: Services, said: dict[str, list[str]]
) -> None:
    from cwd_desktop.store.conversion import convert_store

    convert_store(filled.store, encrypt=True)
    dialog = EncryptionDialog(filled)
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.ui.decryptButton.click()
    finish(qtbot, dialog)

    assert "bez szyfrowania" in said["confirm"][0]
    assert not filled.store.encrypted and not dialog.ui.keyGroup.isVisible()
    assert all(f.read_bytes()[:16] == SQLITE_MAGIC for f in filled.store.backup_dir.iterdir())
    assert said["info"] and said["error"] == []
    assert dialog.ui.encryptButton.isEnabled() and not dialog.ui.decryptButton.isEnabled()


def test_without_sqlcipher_the_dialog_says_so_and_offers_nothing(
    qtbot: QtBot, filled: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)  # an installation without the module
    dialog = EncryptionDialog(filled)
    qtbot.addWidget(dialog)

    assert "niedostępne" in dialog.ui.statusLabel.text()
    assert not dialog.ui.encryptButton.isEnabled() and not dialog.ui.decryptButton.isEnabled()


def test_the_recovery_key_dialog_accepts_only_the_right_key(
    qtbot: QtBot, data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    from cwd_desktop.store.conversion import convert_store

    store = open_store(data_dir)
    recovery = convert_store(store, encrypt=True).recovery_key
    store.close()
    memory_keyring.secrets.clear()
    with pytest.raises(MissingKey):
        open_store(data_dir)
    dialog = RecoveryKeyDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.ui.keyEdit.setText("ABCD-" * 3)
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "64 znaki" in dialog.ui.errorLabel.text()
    dialog.ui.keyEdit.setText(format_recovery_key(os.urandom(32)))
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "nie pasuje" in dialog.ui.errorLabel.text()
    assert recovery is not None
    dialog.ui.keyEdit.setText(recovery)
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()

    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    open_store(data_dir).close()  # the key is back in the keyring


def test_starting_without_the_key_asks_for_the_recovery_key(
    qtbot: QtBot, data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    """A new keyring (another laptop, a reinstalled system): the app asks, then opens."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cwd_desktop.store.conversion import convert_store
    from cwd_desktop.ui.app import open_or_recover

    store = open_store(data_dir)
    recovery = convert_store(store, encrypt=True).recovery_key
    store.close()
    memory_keyring.secrets.clear()
    asked: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecoveryKeyDialog):
            QTimer.singleShot(20, answer)
            return
        asked.append(dialog.windowTitle())
        assert recovery is not None
        dialog.ui.keyEdit.setText(recovery)
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()

    QTimer.singleShot(20, answer)
    opened = open_or_recover(data_dir)

    assert asked and opened is not None
    assert opened.encrypted
    opened.close()

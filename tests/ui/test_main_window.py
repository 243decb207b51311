"""The main window on a real store: list, filter, areas, status bar, delete, about."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cwd_desktop import __version__
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import fill_demo
from cwd_desktop.store import open_store
from cwd_desktop.ui import messages
from cwd_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    fill_demo(services)
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    return win


def visible_names(win: MainWindow) -> list[str]:
    proxy = win.proxy
    return [proxy.index(r, 0).data().split("\n")[0] for r in range(proxy.rowCount())]


def close_next_modal(texts: list[str]) -> None:
    """Record the text of the next modal message box and close it."""

    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            texts.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(20, close)


def test_lists_partnerships_and_shows_the_selected_one(window: MainWindow) -> None:
    """The three demo partnerships are listed and the overview shows the selected one."""
    assert visible_names(window) == [
        "Bolesławieckie Partnerstwo Rozwoju",
        "Partnerstwo Gmin Ziemi Braniewskiej",
        "Partnerstwo Ziemi Łosickiej",
    ]
    pzl = window.services.partnerships.get("PZŁ")
    window.refresh(select_id=pzl.id)
    page = window.ui.pages.currentWidget()
    assert page.ui.titleLabel.text() == "Partnerstwo Ziemi Łosickiej"
    assert "Łosice (gmina miejsko-wiejska)" in page.ui.leaderValue.text()
    table = page.ui.membersTable.model()
    codes = {table.index(r, 0).data() for r in range(table.rowCount())}
    assert codes == set(pzl.data.members)


def test_filter_ignores_case_and_diacritics(window: MainWindow, qtbot: QtBot) -> None:
    """Typing 'losic' finds Partnerstwo Ziemi Łosickiej; a member gmina name works too."""
    qtbot.keyClicks(window.ui.partnershipFilter, "losic")
    assert visible_names(window) == ["Partnerstwo Ziemi Łosickiej"]
    window.ui.partnershipFilter.clear()
    qtbot.keyClicks(window.ui.partnershipFilter, "gromadka")
    assert visible_names(window) == ["Bolesławieckie Partnerstwo Rozwoju"]


def test_status_bar_shows_data_file_and_pending_changes(window: MainWindow) -> None:
    """The status bar names the SQLite file and the count of unsynced changes."""
    store = window.services.store
    assert str(store.path) in window.file_label.text()
    assert window.pending_label.text().endswith(f": {store.pending_changes()}")
    assert store.pending_changes() > 0


def test_delete_removes_partnership_after_confirmation(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deleting asks first; after Yes the partnership is gone from the list and the store."""
    pgzb = window.services.partnerships.get("PGZB")
    window.refresh(select_id=pgzb.id)
    before = window.services.store.pending_changes()
    monkeypatch.setattr(messages, "confirm", lambda *_: False)
    window.ui.actionDelete.trigger()
    assert "Partnerstwo Gmin Ziemi Braniewskiej" in visible_names(window)
    monkeypatch.setattr(messages, "confirm", lambda *_: True)
    window.ui.actionDelete.trigger()
    assert "Partnerstwo Gmin Ziemi Braniewskiej" not in visible_names(window)
    assert window.services.partnerships.count() == 2
    assert window.services.store.pending_changes() > before
    assert window.pending_label.text().endswith(f": {window.services.store.pending_changes()}")


def test_about_shows_version(window: MainWindow) -> None:
    """Help > About names the program version."""
    texts: list[str] = []
    close_next_modal(texts)
    window.ui.actionAbout.trigger()
    assert texts and __version__ in texts[0]


def test_shortcuts_are_set(window: MainWindow) -> None:
    """The everyday actions have keyboard shortcuts."""
    ui = window.ui
    shortcuts = {
        a.shortcut().toString()
        for a in (ui.actionNew, ui.actionEdit, ui.actionQuit, ui.actionAbout, ui.actionFind)
    }
    assert shortcuts == {"Ctrl+N", "Ctrl+E", "Ctrl+Q", "F1", "Ctrl+K"}


def test_empty_store_shows_a_hint(qtbot: QtBot, services: Services) -> None:
    """With no partnership the window explains how to start instead of a blank page."""
    win = MainWindow(services)
    qtbot.addWidget(win)
    assert win.ui.pages.currentWidget() is win.ui.emptyPage
    assert "Ctrl+N" in win.ui.emptyLabel.text()
    assert not win.ui.actionEdit.isEnabled()


def test_demo_action_fills_an_empty_store(qtbot: QtBot, services: Services) -> None:
    """File > demo data loads three partnerships in the background and selects one."""
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.ui.actionDemo.trigger()
    qtbot.waitUntil(lambda: win.model.rowCount() == 3, timeout=10_000)
    assert win.current_id() is not None


def test_selection_is_remembered_across_restarts(
    qtbot: QtBot, data_dir: Path, window: MainWindow
) -> None:
    """Closing and reopening the app selects the partnership the user left on."""
    pzl = window.services.partnerships.get("PZŁ")
    window.refresh(select_id=pzl.id)
    window.close()
    window.services.store.close()
    store = open_store(data_dir)
    try:
        again = MainWindow(Services(store))
        qtbot.addWidget(again)
        assert again.current_id() == pzl.id
    finally:
        store.close()


def test_backup_action_writes_a_backup(window: MainWindow, qtbot: QtBot) -> None:
    """File > backup writes a verified copy into the backups folder."""
    folder = window.services.store.backup_dir
    window.ui.actionBackup.trigger()
    qtbot.waitUntil(lambda: "kopię zapasową" in window.statusBar().currentMessage(), timeout=10_000)
    (backup,) = folder.glob("cwd-*.sqlite3")
    assert str(backup) in window.statusBar().currentMessage()
    with sqlite3.connect(backup) as conn:
        live = conn.execute("SELECT count(*) FROM partnership WHERE deleted_at IS NULL")
        assert live.fetchone() == (3,)


def test_keyboard_enter_on_filter_selects_first_match(window: MainWindow, qtbot: QtBot) -> None:
    """Ctrl+K, type, Enter: the first matching partnership becomes current."""
    qtbot.keyClicks(window.ui.partnershipFilter, "bran")
    qtbot.keyClick(window.ui.partnershipFilter, Qt.Key.Key_Return)
    assert window.current_view() is not None
    assert window.current_view().data.short_name == "PGZB"


def test_undo_and_redo_a_deletion(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+Z brings a deleted partnership back with its members; Ctrl+Shift+Z deletes again."""
    pgzb = window.services.partnerships.get("PGZB")
    window.refresh(select_id=pgzb.id)
    monkeypatch.setattr(messages, "confirm", lambda *_: True)
    window.ui.actionDelete.trigger()
    assert window.services.partnerships.count() == 2
    window.undo_stack.undo()
    restored = window.services.partnerships.get("PGZB")
    assert restored.data.members == pgzb.data.members
    assert window.current_id() == pgzb.id
    window.undo_stack.redo()
    assert "Partnerstwo Gmin Ziemi Braniewskiej" not in visible_names(window)


def test_edit_menu_offers_undo_with_shortcut(window: MainWindow) -> None:
    """The Edit menu holds Undo (Ctrl+Z) and Redo."""
    actions = window.ui.menuEdit.actions()
    assert actions[0].shortcut().toString() == "Ctrl+Z"
    assert len(actions) == 2


def test_find_anything_opens_the_record(window: MainWindow, qtbot: QtBot) -> None:
    """Typing 'kopernik' (no diacritics) in the search box and Enter opens that meeting."""
    meeting = (
        window.services.store.reader()
        .execute("SELECT id, partnership_id FROM meeting WHERE minutes LIKE '%Kopernika%' LIMIT 1")
        .fetchone()
    )
    assert meeting is not None, "the demo has a meeting about the Copernicus trail"
    qtbot.keyClicks(window.search_box, "kopernik")
    kinds = {
        window.search_box.results.item(r).data(Qt.ItemDataRole.UserRole + 1)
        for r in range(window.search_box.results.rowCount())
    }
    assert "meeting" in kinds
    # Open the meeting's hit (the first hit may be another kind).
    row = next(
        r
        for r in range(window.search_box.results.rowCount())
        if window.search_box.results.item(r).data(Qt.ItemDataRole.UserRole + 2) == meeting[0]
    )
    window.search_box._open(window.search_box.results.index(row, 0))
    assert window.current_id() == meeting[1]
    assert window.ui.areaList.currentItem().data(Qt.ItemDataRole.UserRole) == "fieldwork"
    page = window.ui.pages.currentWidget()
    assert page.meetings.panel.meeting_id == meeting[0]


def test_file_menu_exports_a_document_of_the_shown_partnership(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File > Eksportuj dokument lists every deliverable and opens the Documents area."""
    from cwd_desktop.ui.documents_page import DocumentsPage

    asked: list[str | None] = []
    monkeypatch.setattr(
        DocumentsPage, "export_document", lambda self, kind=None, subject=None: asked.append(kind)
    )

    window.export_menu.aboutToShow.emit()
    titles = [a.text() for a in window.export_menu.actions()]
    assert "Sprawozdanie z konsultacji…" in titles
    report = next(
        a for a in window.export_menu.actions() if a.text() == "Sprawozdanie z konsultacji…"
    )
    report.trigger()

    assert asked == ["consultation-report"]
    assert window.ui.areaList.currentItem().data(Qt.ItemDataRole.UserRole) == "documents"


@pytest.mark.parametrize(
    ("area", "table", "focus"),
    [
        ("projects", "project", "projectsView"),
        ("networking", "network_event", "eventsView"),
        ("knowledge", "good_practice", "practicesView"),
    ],
)
def test_ctrl_n_in_a_page_adds_its_record_and_elsewhere_a_partnership(
    window: MainWindow, qtbot: QtBot, area: str, table: str, focus: str
) -> None:
    """The page's own Ctrl+N must not be swallowed by File > Nowe partnerstwo (or clash)."""
    row = next(r for r in range(window.ui.areaList.count()) if window._areas[r].key == area)
    window.ui.areaList.setCurrentRow(row)
    page = window.ui.pages.currentWidget()
    getattr(page.ui, focus).setFocus()
    conn = window.services.store.reader()
    before = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    after = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    assert after == before + 1
    opened: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, close_dialog)
            return
        opened.append(type(dialog).__name__)
        dialog.reject()

    window.ui.partnershipList.setFocus()
    QTimer.singleShot(20, close_dialog)
    qtbot.keyClick(window.ui.partnershipList, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["PartnershipDialog"]


def test_ctrl_n_in_the_implementation_page_opens_a_new_line(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Inside the main window, Ctrl+N in a table of Wdrożenie opens a new line there."""
    row = next(
        r for r in range(window.ui.areaList.count()) if window._areas[r].key == "implementation"
    )
    window.ui.areaList.setCurrentRow(row)
    page = window.ui.pages.currentWidget()
    page.ui.areaTabs.setCurrentWidget(page.ui.recommendationsTab)
    view = page.ui.recommendationsView
    view.setFocus()
    before = view.model().rowCount()

    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert view.model().rowCount() == before + 1
    assert QApplication.activeModalWidget() is None  # no "new partnership" dialog

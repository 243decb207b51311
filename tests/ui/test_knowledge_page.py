"""The knowledge base page as an advisor uses it: search as you type, practices, links, files."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cwd_desktop.services import knowledge
from cwd_desktop.services import knowledge_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.knowledge_pdf import text_pdf
from cwd_desktop.ui import messages
from cwd_desktop.ui.background import wait_for_background
from cwd_desktop.ui.knowledge_page import DOCUMENTS_TAB, PRACTICES_TAB, KnowledgePage


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(text: str) -> None:
    """Type into the focused widget key by key (``qtbot.keyClicks`` cannot type Polish letters)."""
    for char in text:
        key = ord(char.upper()) if char.isascii() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                focused(), QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)
    QApplication.processEvents()


@pytest.fixture
def pid(services: Services) -> str:
    return services.partnerships.create(DEMO_PARTNERSHIPS[0])


@pytest.fixture
def page(qtbot: QtBot, services: Services, pid: str) -> KnowledgePage:
    widget = KnowledgePage(services)
    qtbot.addWidget(widget)
    widget.resize(1300, 820)
    widget.show_partnership(services.partnerships.get(pid))
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


@pytest.fixture(autouse=True)
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Error messages the user would see (recorded, so no modal box waits for a click)."""
    shown: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _parent, text, title=None: shown.append(text))
    monkeypatch.setattr(messages, "info", lambda _parent, text, title=None: None)
    return shown


def guide(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Poradnik uruchamiania kursów na żądanie.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Zamówienia przyjmuje dyspozytor"
    table.cell(0, 1).text = "Źdźbłowo"
    document.save(str(path))
    return path


def document_titles(page: KnowledgePage) -> list[str]:
    model = page.documents_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_typing_a_word_from_inside_a_file_finds_the_document_with_the_passage(
    qtbot: QtBot, page: KnowledgePage, services: Services, tmp_path: Path, errors: list[str]
) -> None:
    practice = knowledge.create_practice(services, {"title": "Bus na telefon"})
    knowledge.create_practice(services, {"title": "Klaster energii"})
    knowledge.add_document(
        services, guide(tmp_path / "poradnik.docx"), "Poradnik", practice_id=practice
    )
    page.reload()
    assert document_titles(page) == ["Poradnik"]

    page.ui.searchEdit.setFocus()
    type_text("zdzblow")  # the word is "Źdźbłowo", inside a table of the file

    assert document_titles(page) == ["Poradnik"]
    assert page.ui.listTabs.tabText(DOCUMENTS_TAB) == "Dokumenty (1)"
    practices = page.practices_model
    assert [practices.index(r, 0).data() for r in range(practices.rowCount())] == [
        "Bus na telefon"
    ], "the practice the file belongs to is listed too"
    assert "Źdźbłowo" in page.documents_model.index(0, 3).data()
    page.ui.listTabs.setCurrentIndex(DOCUMENTS_TAB)
    panel = page.document_panel
    assert page.ui.stack.currentWidget() is page.ui.documentPage
    assert panel.ui.snippetLabel.isVisible()
    assert "<b>Źdźbłowo</b>" in panel.ui.snippetLabel.text()

    page.ui.searchEdit.clear()
    type_text("kosmonauta")
    assert document_titles(page) == [] and page.practices_model.rowCount() == 0
    assert errors == []


def test_ctrl_n_adds_a_practice_whose_typed_fields_are_stored_and_undone(
    qtbot: QtBot, page: KnowledgePage, services: Services, errors: list[str]
) -> None:
    page.ui.practicesView.setFocus()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    ui = page.practice_panel.ui
    assert focused() is ui.titleEdit
    type_text("Wspólny zakup")
    page.practice_panel.saver.flush()  # a pause in typing saves; the cursor stays where it was
    type_text(" energii")
    press(qtbot, Qt.Key.Key_Tab)
    ui.terytEdit.setFocus()
    type_text("2802011")
    press(qtbot, Qt.Key.Key_Tab)
    ui.themeCombo.setCurrentIndex(ui.themeCombo.findData("environment"))
    ui.themeCombo.activated.emit(ui.themeCombo.currentIndex())
    page.practice_panel.flush()

    [row] = reads.practices(services.store)
    assert (row["title"], row["owner_name"], row["theme"]) == (
        "Wspólny zakup energii",
        "Braniewo (gmina miejska)",
        "environment",
    )
    assert ui.ownerEdit.text() == "Braniewo (gmina miejska)", "the register's name is shown"
    assert page.practices_model.index(0, 0).data() == "Wspólny zakup energii"
    while page.undo_stack.canUndo():
        page.undo_stack.undo()
    assert reads.practices(services.store) == []
    assert errors == []


def test_a_practice_is_linked_to_a_project_and_unlinked(
    qtbot: QtBot, page: KnowledgePage, services: Services, pid: str, errors: list[str]
) -> None:
    from cwd_desktop.services.projects import create_project

    project = create_project(services, pid, {"title": "Bus na telefon w gminach PGZB"})
    practice = knowledge.create_practice(services, {"title": "Transport na żądanie"})
    page.reload()
    assert page.select_practice(practice)
    ui = page.practice_panel.ui
    assert ui.projectCombo.itemText(0) == "PGZB · 1. Bus na telefon w gminach PGZB"

    ui.linkButton.click()

    assert [r["project_id"] for r in reads.practice_projects(services.store, practice)] == [project]
    assert ui.projectsList.item(0).text() == "PGZB · 1. Bus na telefon w gminach PGZB"
    assert page.practices_model.index(0, 4).data() == "1"
    ui.projectsList.setCurrentRow(0)
    ui.unlinkButton.click()
    assert reads.project_practices(services.store, project) == []
    page.undo_stack.undo()
    assert len(reads.project_practices(services.store, project)) == 1
    assert errors == []


def test_adding_files_reads_them_in_the_background_and_refuses_a_damaged_one(
    qtbot: QtBot, page: KnowledgePage, services: Services, tmp_path: Path, errors: list[str]
) -> None:
    report = tmp_path / "raport.pdf"
    report.write_bytes(text_pdf("Raport z wizyty", ["Każdy prosument oddaje nadwyżki."]))
    page.add_file(str(report))
    assert wait_for_background(10_000)
    qtbot.waitUntil(lambda: document_titles(page) == ["raport"], timeout=5000)
    assert page.ui.listTabs.currentIndex() == DOCUMENTS_TAB
    assert "prosument" in page.document_panel.ui.textView.toPlainText()

    broken = tmp_path / "uszkodzony.pdf"
    broken.write_bytes(report.read_bytes()[:500])
    page.add_file(str(broken))
    assert wait_for_background(10_000)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "„uszkodzony.pdf”" in errors[0] and "nic nie zapisano" in errors[0]
    assert [d["title"] for d in reads.documents(services.store)] == ["raport"]


def test_delete_removes_the_practice_with_its_files_and_ctrl_z_restores(
    qtbot: QtBot,
    page: KnowledgePage,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    practice = knowledge.create_practice(services, {"title": "Bus na telefon"})
    knowledge.add_document(services, guide(tmp_path / "g.docx"), "Poradnik", practice_id=practice)
    asked: list[str] = []
    monkeypatch.setattr(
        messages, "confirm", lambda _parent, text, title=None: asked.append(text) or True
    )
    page.reload()
    page.select_practice(practice)
    page.ui.practicesView.setFocus()

    press(qtbot, Qt.Key.Key_Delete)

    assert "„Bus na telefon”" in asked[0] and "(1)" in asked[0]
    assert reads.practices(services.store) == [] and reads.documents(services.store) == []
    page.undo_stack.undo()
    assert [d["title"] for d in reads.documents(services.store, practice_id=practice)] == [
        "Poradnik"
    ]


def test_open_record_shows_a_search_result_whatever_the_filters(
    qtbot: QtBot, page: KnowledgePage, services: Services, tmp_path: Path
) -> None:
    doc = knowledge.add_document(services, guide(tmp_path / "g.docx"), "Poradnik")
    practice = knowledge.create_practice(services, {"title": "Klaster", "theme": "environment"})
    page.ui.searchEdit.setText("nic takiego")

    page.open_record("knowledge_document", doc)
    assert page.ui.listTabs.currentIndex() == DOCUMENTS_TAB
    assert page.document_panel.ui.titleEdit.text() == "Poradnik"

    page.open_record("good_practice", practice)
    assert page.ui.listTabs.currentIndex() == PRACTICES_TAB
    assert page.practice_panel.ui.titleEdit.text() == "Klaster"
    assert page.ui.searchEdit.text() == ""


def test_the_xlsx_list_is_exported_and_imported_back_without_duplicates(
    qtbot: QtBot, page: KnowledgePage, services: Services, tmp_path: Path, errors: list[str]
) -> None:
    knowledge.create_practice(services, {"title": "Bus na telefon", "owner_teryt": "2807043"})
    knowledge.create_practice(services, {"title": "Klaster energii", "theme": "environment"})
    path = tmp_path / "praktyki.xlsx"

    page.export_xlsx(str(path))
    assert wait_for_background(10_000)
    qtbot.waitUntil(path.exists, timeout=5000)
    page.import_xlsx(str(path))
    assert wait_for_background(10_000)
    qtbot.waitUntil(lambda: page.practices_model.rowCount() == 2, timeout=5000)

    assert errors == []
    assert [r["title"] for r in reads.practices(services.store)] == [
        "Bus na telefon",
        "Klaster energii",
    ]

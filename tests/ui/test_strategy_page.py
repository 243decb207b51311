"""The "Strategia" page, driven the way an advisor writes a strategy with a partnership."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cwd_desktop.services import strategy_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.demo_data import strategy as demo
from cwd_desktop.services.documents import DocumentService
from cwd_desktop.ui import messages
from cwd_desktop.ui.background import wait_for_background
from cwd_desktop.ui.strategy_page import StrategyPage
from tests.exports.docx_check import headings, reopen
from tests.services.test_strategy import tiny_png


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


def press(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)
    QApplication.processEvents()


@pytest.fixture
def ids(services: Services) -> dict[str, str]:
    found = {p.short_name: services.partnerships.create(p) for p in DEMO_PARTNERSHIPS}
    demo.fill(services, {"PGZB": found["PGZB"], "MOF Bolesławiec": found["MOF Bolesławiec"]})
    return found


@pytest.fixture(autouse=True)
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the page shows, recorded instead of popping up (a test never hangs on one)."""
    texts: list[str] = []
    monkeypatch.setattr(messages, "info", lambda _p, text, title=None: texts.append(text))
    monkeypatch.setattr(messages, "error", lambda _p, text, title=None: texts.append(text))
    return texts


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> StrategyPage:
    widget = StrategyPage(services)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def open_partnership(page: StrategyPage, services: Services, pid: str) -> None:
    page.show_partnership(services.partnerships.get(pid))
    QApplication.processEvents()


def findings(page: StrategyPage) -> list[str]:
    box = page.ui.findingList
    return [box.item(row).text() for row in range(box.count())]


def stored(services: Services, pid: str, field: str) -> str:
    return reads.load(services.store, pid).text(field)


# -- navigating ---------------------------------------------------------------------------------


def test_the_sections_are_listed_in_the_laws_order_and_open_their_editor(
    qtbot: QtBot, services: Services, page: StrategyPage, ids: dict[str, str]
) -> None:
    open_partnership(page, services, ids["PGZB"])
    tree = page.ui.sectionTree
    top = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]

    assert top[:6] == [
        "Informacje podstawowe",
        "Wnioski z diagnozy",
        "Wizja i misja",
        "1. Cele strategiczne",
        "2. Kierunki działań",
        "3. Oczekiwane rezultaty i wskaźniki",
    ]
    assert top[11] == "9. Ramy finansowe i źródła"
    item = page._items["spatial_model"]
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    current = page.ui.editorStack.currentWidget()
    assert current is page.editors.pages["spatial_model"]
    assert current.ui.titleLabel.text() == "4. Model struktury funkcjonalno-przestrzennej"
    assert page.editors.texts["spatial_model"].toPlainText().startswith("Strukturę funkcjonalno")
    assert page.editors.images["spatial_model"].count() == 1


def test_a_complete_strategy_shows_no_gaps_and_hides_art_29_sections(
    services: Services, page: StrategyPage, ids: dict[str, str]
) -> None:
    open_partnership(page, services, ids["PGZB"])

    assert findings(page) == []
    assert page.ui.badgeButton.text() == "Kompletna ✓"
    assert page._items["objectives"].text(1) == "✓"
    assert page._items["area"].parent().isHidden()


def test_a_territorial_strategy_shows_its_gaps_per_section(
    services: Services, page: StrategyPage, ids: dict[str, str]
) -> None:
    open_partnership(page, services, ids["MOF Bolesławiec"])

    assert page.ui.badgeButton.text() == "Braki: 14"
    assert not page._items["area"].parent().isHidden()
    assert page._items["results"].text(1) == "⚠ 3"
    assert (
        "Opisz zaangażowanie partnerów w przygotowanie i realizację strategii. "
        "(art. 29 ust. 1 lit. d rozporządzenia 2021/1060)" in findings(page)
    )


def test_clicking_a_gap_opens_its_section(
    qtbot: QtBot, services: Services, page: StrategyPage, ids: dict[str, str]
) -> None:
    open_partnership(page, services, ids["MOF Bolesławiec"])
    box = page.ui.findingList
    row = next(i for i, text in enumerate(findings(page)) if "zaangażowanie partnerów" in text)
    box.scrollToItem(box.item(row))

    qtbot.mouseClick(
        box.viewport(), Qt.MouseButton.LeftButton, pos=box.visualItemRect(box.item(row)).center()
    )

    assert page.current_section() == "partners"
    assert focused() is page.editors.texts["partner_involvement"]
    assert page.editors.pages["partners"].ui.findingsLabel.isVisible()


# -- typing ---------------------------------------------------------------------------------------


def test_typed_text_is_saved_after_a_pause_and_undone_with_the_stack(
    qtbot: QtBot, services: Services, page: StrategyPage, ids: dict[str, str]
) -> None:
    pid = ids["PZŁ"]  # no strategy yet: the first key creates it
    open_partnership(page, services, pid)
    assert reads.strategy_row(services.store, pid) is None
    page.show_section("vision", focus=True)

    type_text("Zielona Ziemia Łosicka")
    qtbot.waitUntil(lambda: stored(services, pid, "vision") == "Zielona Ziemia Łosicka")

    row = reads.strategy_row(services.store, pid)
    assert row is not None and row["type"] == "supralocal"
    assert row["title"] == "Strategia rozwoju ponadlokalnego — Partnerstwo Ziemi Łosickiej"
    page.undo_stack.undo()
    assert stored(services, pid, "vision") == ""
    assert page.editors.texts["vision"].toPlainText() == ""
    page.undo_stack.redo()
    assert stored(services, pid, "vision") == "Zielona Ziemia Łosicka"


def test_leaving_an_editor_saves_at_once_and_updates_the_gaps(
    qtbot: QtBot, services: Services, page: StrategyPage, ids: dict[str, str]
) -> None:
    pid = ids["MOF Bolesławiec"]
    open_partnership(page, services, pid)
    page.show_section("partners", focus=True)

    type_text("Rada Partnerstwa i forum gospodarcze współtworzyły strategię.")
    page.editors.texts["needs_analysis"].setFocus()  # focus-out: no waiting

    assert stored(services, pid, "partner_involvement").startswith("Rada Partnerstwa")
    qtbot.waitUntil(lambda: page.ui.badgeButton.text() == "Braki: 13")
    assert not any("zaangażowanie partnerów" in text for text in findings(page))
    assert page._items["partners"].text(1) == "✓"


def test_an_objective_is_added_in_the_table_and_the_gaps_follow(
    qtbot: QtBot, services: Services, page: StrategyPage, ids: dict[str, str]
) -> None:
    pid = ids["PZŁ"]
    open_partnership(page, services, pid)
    assert "Brak celów strategicznych. (art. 10e ust. 3 pkt 1 u.s.g.)" in findings(page)
    page.show_section("objectives")
    table = page.editors.objectives

    qtbot.mouseClick(table.ui.addButton, Qt.MouseButton.LeftButton)
    type_text("Dostępne usługi zdrowotne")
    press(qtbot, Qt.Key.Key_Tab)

    assert [(o.number, o.title, o.dimension) for o in reads.objectives(services.store, pid)] == [
        (1, "Dostępne usługi zdrowotne", "social")
    ]
    qtbot.waitUntil(
        lambda: (
            "Brak celu strategicznego w wymiarze gospodarczym. "
            "(art. 10e ust. 3 pkt 1 u.s.g.)" in findings(page)
        )
    )
    assert "Brak celów strategicznych. (art. 10e ust. 3 pkt 1 u.s.g.)" not in findings(page)
    assert any("Cel 1. „Dostępne usługi zdrowotne” nie ma kierunków" in t for t in findings(page))

    page.undo_stack.undo()
    assert reads.objectives(services.store, pid) == []
    qtbot.waitUntil(
        lambda: "Brak celów strategicznych. (art. 10e ust. 3 pkt 1 u.s.g.)" in findings(page)
    )


def test_directions_are_typed_for_the_chosen_objective(
    qtbot: QtBot, services: Services, page: StrategyPage, ids: dict[str, str]
) -> None:
    pid = ids["MOF Bolesławiec"]
    open_partnership(page, services, pid)
    page.show_section("directions")
    table = page.editors.directions
    third = reads.objectives(services.store, pid)[2]
    table.choose_objective(third.id)
    assert table.model.rowCount() == 0

    qtbot.mouseClick(table.ui.addButton, Qt.MouseButton.LeftButton)
    type_text("Zieleń w śródmieściu")  # typing starts in the title; the number is suggested
    press(qtbot, Qt.Key.Key_Tab)

    assert [(d.number, d.title) for d in reads.directions(services.store, pid, third.id)] == [
        (1, "Zieleń w śródmieściu")
    ]
    qtbot.waitUntil(lambda: not any("nie ma kierunków" in t for t in findings(page)))


def test_a_negative_amount_is_refused_with_one_sentence(
    qtbot: QtBot,
    services: Services,
    page: StrategyPage,
    ids: dict[str, str],
    shown: list[str],
) -> None:
    pid = ids["PGZB"]
    open_partnership(page, services, pid)
    page.show_section("finance")
    model = page.editors.finance.model

    assert not model.setData(model.index(0, 1), "-5")

    assert shown == ["Kwota nie może być ujemna (-5 zł)."]
    assert reads.finance(services.store, pid)[0].amount == 168_500_000
    assert model.index(0, 1).data() == "168\u00a0500\u00a0000"
    assert model.setData(model.index(0, 1), "170 000 000")
    assert reads.finance(services.store, pid)[0].amount == 170_000_000
    assert "Razem: 327\u00a0800\u00a0000 zł" in page.editors.finance.ui.footerLabel.text()


# -- images ---------------------------------------------------------------------------------------


def test_a_map_is_added_with_a_thumbnail_and_a_non_image_is_refused(
    qtbot: QtBot,
    services: Services,
    page: StrategyPage,
    ids: dict[str, str],
    shown: list[str],
    tmp_path: Path,
) -> None:
    pid = ids["MOF Bolesławiec"]
    open_partnership(page, services, pid)
    page.show_section("spatial_model")
    panel = page.editors.images["spatial_model"]
    fake = tmp_path / "mapa.jpg"
    fake.write_bytes(b"nie obraz")

    assert panel.add_image(str(fake)) is None
    assert shown == ["Plik mapa.jpg nie jest obrazem PNG ani JPEG."]
    assert panel.count() == 0

    panel.add_image(str(tiny_png(tmp_path / "model.png")))
    assert panel.count() == 1
    assert not panel.ui.imageList.item(0).icon().isNull()
    qtbot.waitUntil(lambda: page._items["spatial_model"].text(1) == "✓")

    panel.ui.captionEdit.setText("Model struktury MOF")
    panel.ui.captionEdit.editingFinished.emit()
    assert [i.caption for i in reads.images(services.store, pid)] == ["Model struktury MOF"]

    page.undo_stack.undo()  # the caption
    page.undo_stack.undo()  # the image
    assert reads.images(services.store, pid) == []
    assert panel.count() == 0


# -- export and search results ---------------------------------------------------------


def test_the_strategy_is_exported_in_the_background_and_kept_as_a_version(
    qtbot: QtBot,
    services: Services,
    page: StrategyPage,
    ids: dict[str, str],
    shown: list[str],
    tmp_path: Path,
) -> None:
    pid = ids["MOF Bolesławiec"]
    open_partnership(page, services, pid)
    target = tmp_path / "strategia MOF"

    with qtbot.waitSignal(page.sig_exported, timeout=30_000):
        page.export_strategy(str(target))
        assert wait_for_background(30_000)

    written = tmp_path / "strategia MOF.docx"
    assert shown == [
        f"Zapisano strategię w pliku {written}. "
        "Na pierwszej stronie dokumentu jest lista braków (14)."
    ]
    assert (1, "12. Elementy strategii terytorialnej") in headings(reopen(written))
    [version] = DocumentService(services).versions(pid)
    assert version.kind == "strategy"


def test_a_search_result_opens_its_row(
    services: Services, page: StrategyPage, ids: dict[str, str]
) -> None:
    pid = ids["PGZB"]
    open_partnership(page, services, pid)
    second = reads.objectives(services.store, pid)[1]
    direction = reads.directions(services.store, pid, second.id)[1]

    page.open_record("action_direction", direction.id)

    assert page.current_section() == "directions"
    table = page.editors.directions
    assert table.objective_id() == second.id
    current = table.ui.view.currentIndex()
    assert table.model.row(current.row())["title"] == direction.title


def test_choosing_a_zit_type_adds_the_art_29_sections(
    qtbot: QtBot, services: Services, page: StrategyPage, ids: dict[str, str]
) -> None:
    pid = ids["PGZB"]
    open_partnership(page, services, pid)
    page.show_section("general")
    combo = page.editors.type_combo

    combo.setCurrentIndex(combo.findData("zit"))
    combo.activated.emit(combo.currentIndex())

    assert reads.load(services.store, pid).type == "zit"
    assert not page._items["area"].parent().isHidden()
    qtbot.waitUntil(lambda: page.ui.badgeButton.text() == "Braki: 4")
    assert "strategia ZIT" in page.ui.titleLabel.text()
    page.undo_stack.undo()
    assert reads.load(services.store, pid).type == "supralocal"
    assert page._items["area"].parent().isHidden()

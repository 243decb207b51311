"""The "Diagnoza" page, driven the way an advisor fills in a partnership's diagnosis."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cwd_desktop.services import diagnosis_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import fill_demo
from cwd_desktop.ui import messages
from cwd_desktop.ui.background import wait_for_background
from cwd_desktop.ui.diagnosis_page import DiagnosisPage
from tests.exports.docx_check import headings, reopen
from tests.services.test_indicator_import import XLSX_SAMPLE, write_csv


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


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo data folder made once; each test works on its own copy."""
    from cwd_desktop.store import open_store

    folder = tmp_path_factory.mktemp("diagnosis-demo")
    store = open_store(folder)
    fill_demo(Services(store))
    store.close()
    return folder


@pytest.fixture
def demo(demo_data: Path, tmp_path: Path) -> Iterator[Services]:
    import shutil

    from cwd_desktop.store import open_store

    copy = tmp_path / "data"
    shutil.copytree(demo_data, copy)
    store = open_store(copy)
    yield Services(store)
    store.close()


@pytest.fixture(autouse=True)
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the page shows, recorded instead of popping up."""
    texts: list[str] = []
    monkeypatch.setattr(messages, "info", lambda _p, text, title=None: texts.append(text))
    monkeypatch.setattr(messages, "error", lambda _p, text, title=None: texts.append(text))
    return texts


@pytest.fixture
def page(qtbot: QtBot, demo: Services) -> DiagnosisPage:
    widget = DiagnosisPage(demo)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.show_partnership(demo.partnerships.get("PGZB"))
    QApplication.processEvents()
    return widget


def pid(demo: Services, short: str = "PGZB") -> str:
    return demo.partnerships.get(short).id


def stored_value(demo: Services, name: str, teryt: str, year: int) -> float | None:
    info = reads.find_indicator(demo.store, pid(demo), name)
    assert info is not None
    grid = reads.grid(demo.store, demo.teryt.get, [], info.id)
    assert grid is not None
    return grid.value(teryt, year)


# -- indicators ----------------------------------------------------------------------------------


def test_the_first_indicator_is_shown_as_a_grid_with_a_chart(page: DiagnosisPage) -> None:
    panel = page.indicators
    grid = panel.grid

    assert grid.headerData(0, Qt.Orientation.Vertical) == "Braniewo (gmina miejska)"
    assert [grid.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        str(y) for y in range(2019, 2025)
    ]
    assert grid.index(0, 0).data() == "16\u00a0808"
    assert panel.chart_view.isVisible() and panel.chart_view.chart().series()
    assert "Ludność ogółem [osoba]" in panel.ui.gridLabel.text()


def test_typing_a_value_stores_it_and_undo_restores_the_old_one(
    qtbot: QtBot, page: DiagnosisPage, demo: Services
) -> None:
    view = page.indicators.ui.gridView
    view.setFocus()
    view.setCurrentIndex(page.indicators.grid.index(3, 5))  # Lelkowo, 2024
    before = stored_value(demo, "Ludność ogółem", "2802042", 2024)

    type_text("3 200")
    press(qtbot, Qt.Key.Key_Return)

    assert stored_value(demo, "Ludność ogółem", "2802042", 2024) == 3200.0
    assert view.currentIndex().row() == 4  # Enter went down to the next JST
    page.undo_stack.undo()
    assert stored_value(demo, "Ludność ogółem", "2802042", 2024) == before
    assert page.indicators.grid.index(3, 5).data() == f"{before:,.0f}".replace(",", "\u00a0")


def test_delete_empties_a_cell_and_text_is_refused(
    qtbot: QtBot, page: DiagnosisPage, demo: Services, shown: list[str]
) -> None:
    view = page.indicators.ui.gridView
    view.setFocus()
    view.setCurrentIndex(page.indicators.grid.index(6, 0))  # Wilczęta, 2019
    press(qtbot, Qt.Key.Key_Delete)
    assert stored_value(demo, "Ludność ogółem", "2802072", 2019) is None

    type_text("dużo")
    press(qtbot, Qt.Key.Key_Return)
    assert shown == ["„dużo” nie jest liczbą (np. 1 234,5)."]
    assert stored_value(demo, "Ludność ogółem", "2802072", 2019) is None
    page.undo_stack.undo()
    assert stored_value(demo, "Ludność ogółem", "2802072", 2019) is not None


def test_a_new_indicator_and_a_new_year_column(
    qtbot: QtBot, page: DiagnosisPage, demo: Services
) -> None:
    panel = page.indicators
    panel.add_indicator()
    type_text("Liczba świetlic wiejskich")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("obiekt")
    press(qtbot, Qt.Key.Key_Return)

    info = reads.find_indicator(demo.store, pid(demo), "Liczba świetlic wiejskich")
    assert info is not None and info.unit == "obiekt"
    panel.select(info.id)
    assert panel.grid.grid is not None and panel.grid.grid.indicator.id == info.id
    panel.ui.yearSpin.setValue(2025)
    panel.add_year()
    assert panel.grid.grid.years[-1] == 2025
    type_text("4")
    press(qtbot, Qt.Key.Key_Return)
    assert stored_value(demo, "Liczba świetlic wiejskich", "2802011", 2025) == 4.0
    assert "wartości w kolejnych latach" in panel.ui.chartMode.currentText()


def test_removing_an_indicator_is_undoable(page: DiagnosisPage, demo: Services) -> None:
    panel = page.indicators
    first = reads.indicators(demo.store, pid(demo))[0]
    panel.select(first.id)
    panel.remove_current()

    assert reads.indicator(demo.store, first.id) is None
    assert panel.grid.grid is not None and panel.grid.grid.indicator.id != first.id
    page.undo_stack.undo()
    restored = reads.indicator(demo.store, first.id)
    assert restored is not None and restored.values == first.values


def test_bars_show_the_last_year(page: DiagnosisPage) -> None:
    panel = page.indicators
    panel.ui.chartMode.setCurrentIndex(1)
    chart = panel.chart_view.chart()

    assert chart.title().endswith(", 2024")
    assert len(chart.series()) == 1


# -- the import dialog ---------------------------------------------------------------------------


def test_importing_a_bdl_file_shows_the_preview_then_stores_it(
    qtbot: QtBot, page: DiagnosisPage, demo: Services, shown: list[str]
) -> None:
    dialog = page.import_indicators(XLSX_SAMPLE)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)

    tree = dialog.ui.previewTree
    assert tree.topLevelItemCount() == 11
    assert "JST partnerstwa: 7, wartości: 41; pominięte wiersze: 4" in dialog.ui.summaryLabel.text()
    assert dialog.ui.nameEdit.text() == "Ludność według miejsca zameldowania i płci — ogółem"
    assert dialog.import_button.isEnabled()
    dialog.ui.nameEdit.setText("Ludność BDL")
    dialog.check()
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.results is not None, timeout=10_000)
    wait_for_background()

    assert stored_value(demo, "Ludność BDL", "2802011", 2019) == 16907.0
    assert shown == ["Zaimportowano „Ludność BDL”: nowe wartości 41, zmienione 0."]
    assert page.indicators.grid.grid is not None
    assert page.indicators.grid.grid.indicator.name == "Ludność BDL"


def test_a_bad_file_is_named_in_the_preview_and_cannot_be_imported(
    qtbot: QtBot, page: DiagnosisPage, demo: Services, tmp_path: Path
) -> None:
    before = len(reads.indicators(demo.store, pid(demo)))
    bad = write_csv(tmp_path / "zle.csv", ["Nazwa;2024", "Frombork (3);12", "Atlantyda;3"])
    dialog = page.import_indicators(bad)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)

    assert dialog.ui.problemLabel.text().startswith(
        "Plik „zle.csv”, wiersz 3: nie rozpoznano JST „Atlantyda”"
    )
    assert not dialog.import_button.isEnabled()
    dialog.start_import()
    wait_for_background()
    assert len(reads.indicators(demo.store, pid(demo))) == before
    dialog.reject()


# -- SWOT, conclusions, surveys ------------------------------------------------------------------


def test_a_swot_entry_is_typed_moved_with_alt_arrows_and_undone(
    qtbot: QtBot, page: DiagnosisPage, demo: Services
) -> None:
    page.ui.tabs.setCurrentIndex(1)
    panel = page.quadrants["opportunity"]
    panel.add()
    type_text("Nowe połączenie kolejowe z Elblągiem")
    press(qtbot, Qt.Key.Key_Return)

    texts = [r["text"] for r in reads.swot_items(demo.store, pid(demo), "opportunity")]
    assert texts[-1] == "Nowe połączenie kolejowe z Elblągiem"
    panel.select_row(panel.row_ids()[-1])
    panel.ui.view.setFocus()
    press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    moved = [r["text"] for r in reads.swot_items(demo.store, pid(demo), "opportunity")]
    assert moved[-2] == "Nowe połączenie kolejowe z Elblągiem"
    page.undo_stack.undo()
    assert [r["text"] for r in reads.swot_items(demo.store, pid(demo), "opportunity")] == texts
    page.undo_stack.undo()
    assert len(reads.swot_items(demo.store, pid(demo), "opportunity")) == len(texts) - 1


def test_a_conclusion_starts_in_its_text_and_is_renumbered_after_a_move(
    qtbot: QtBot, page: DiagnosisPage, demo: Services
) -> None:
    page.ui.tabs.setCurrentIndex(2)
    panel = page.conclusions
    panel.add()
    type_text("Potrzebny jest wspólny program dla seniorów.")
    press(qtbot, Qt.Key.Key_Tab)
    rows = reads.conclusions(demo.store, pid(demo))
    assert rows[-1]["text"] == "Potrzebny jest wspólny program dla seniorów."
    assert rows[-1]["number"] == len(rows)

    panel.select_row(rows[-1]["id"])
    panel.move_current(-1)
    assert panel.model.row(len(rows) - 2)["number"] == len(rows) - 1
    assert panel.model.row(len(rows) - 2)["text"].startswith("Potrzebny")


def test_a_survey_is_taken_out_of_the_report_and_put_back_by_undo(
    page: DiagnosisPage, demo: Services
) -> None:
    page.ui.tabs.setCurrentIndex(3)
    box = page.surveys.ui.surveyList
    assert box.count() == 2 and len(page.surveys.chosen()) == 2
    first = page.surveys.chosen()[0]

    box.item(0).setCheckState(Qt.CheckState.Unchecked)
    QApplication.processEvents()
    assert [s for _, s in reads.chosen_surveys(demo.store, pid(demo))] == [page.surveys.chosen()[0]]
    assert first not in page.surveys.chosen()
    page.undo_stack.undo()
    assert first in [s for _, s in reads.chosen_surveys(demo.store, pid(demo))]


# -- export, search ------------------------------------------------------------------------------


def test_the_report_is_exported_in_the_background(
    qtbot: QtBot, page: DiagnosisPage, tmp_path: Path, shown: list[str]
) -> None:
    target = tmp_path / "raport.docx"
    with qtbot.waitSignal(page.sig_exported, timeout=60_000):
        page.export_report(str(target))

    assert shown == [f"Zapisano raport diagnostyczny w pliku {target}."]
    assert (1, "4. Analiza SWOT") in headings(reopen(target))


def test_a_search_result_opens_its_tab_and_row(page: DiagnosisPage, demo: Services) -> None:
    threat = reads.swot_items(demo.store, pid(demo), "threat")[2]
    page.open_record("swot_item", threat["id"])
    assert page.ui.tabs.currentIndex() == 1
    view = page.quadrants["threat"].ui.view
    assert view.currentIndex().row() == 2

    conclusion = reads.conclusions(demo.store, pid(demo))[4]
    page.open_record("conclusion", conclusion["id"])
    assert page.ui.tabs.currentIndex() == 2
    assert page.conclusions.ui.view.currentIndex().row() == 4

    indicator = reads.indicators(demo.store, pid(demo))[5]
    page.open_record("indicator", indicator.id)
    assert page.ui.tabs.currentIndex() == 0
    assert page.indicators.current_id() == indicator.id


def test_another_partnership_clears_the_undo_history(page: DiagnosisPage, demo: Services) -> None:
    page.indicators.remove_current()
    assert page.undo_stack.count() == 1
    page.show_partnership(demo.partnerships.get("PZŁ"))
    assert page.undo_stack.count() == 0
    assert page.indicators.grid.rowCount() == 7  # six gminy and the powiat

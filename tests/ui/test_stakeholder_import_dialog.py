"""The import wizard: file → mapping with preview → errors and duplicates → import."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipData
from cwd_desktop.services.stakeholders import StakeholderService
from cwd_desktop.store import Store
from cwd_desktop.ui.stakeholder_import_dialog import (
    CHECK_STEP,
    MAPPING_STEP,
    StakeholderImportDialog,
)
from tests.ui.test_jst_picker import type_text

MEMBERS = ["2802011", "2802022", "2802033", "2802062"]
CSV = (
    "Lp.;Nazwa organizacji;Kategoria;Gmina;Sołectwo;Wpływ;Zainteresowanie;Telefon\n"
    "1;OSP Rogity;OSP;Braniewo (gmina wiejska);Rogity;2;3;\n"
    "2;KGW Łozy;koło gospodyń wiejskich;Płoskinia;Łozy;1;4;\n"
    "3;Stowarzyszenie Żółw;fundacja;2802033;Frombork;3;5;\n"
)


@pytest.fixture
def pid(services: Services) -> str:
    data = PartnershipData(name="Ziemia Braniewska", short_name="ZB", members=MEMBERS)
    return services.partnerships.create(data)


@pytest.fixture
def register(services: Services) -> StakeholderService:
    return StakeholderService(services)


def state(store: Store) -> tuple[int, int]:
    row = store.reader().execute("SELECT count(*) FROM stakeholder").fetchone()
    return int(row[0]), store.pending_changes()


def open_dialog(qtbot: QtBot, services: Services, pid: str) -> StakeholderImportDialog:
    dialog = StakeholderImportDialog(services, pid)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def choose_file(qtbot: QtBot, dialog: StakeholderImportDialog, path: Path) -> None:
    """Type the path and press Enter, as the user would."""
    type_text(dialog.ui.fileEdit, str(path))
    qtbot.keyClick(dialog.ui.fileEdit, Qt.Key.Key_Return)


def preview_rows(dialog: StakeholderImportDialog) -> list[list[str]]:
    model = dialog.ui.previewView.model()
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_a_windows_1250_csv_is_mapped_previewed_checked_and_imported(
    qtbot: QtBot,
    services: Services,
    pid: str,
    register: StakeholderService,
    tmp_path: Path,
) -> None:
    register.add(pid, {"name": "OSP Rogity", "category": "osp", "teryt": "2802022"})
    path = tmp_path / "rejestr.csv"
    path.write_bytes(CSV.encode("cp1250"))
    dialog = open_dialog(qtbot, services, pid)

    choose_file(qtbot, dialog, path)
    qtbot.waitUntil(lambda: dialog.ui.steps.currentIndex() == MAPPING_STEP)

    assert dialog.mapping() == {
        "name": 1,
        "category": 2,
        "jst": 3,
        "place": 4,
        "influence": 5,
        "interest": 6,
        "phone": 7,
    }
    assert dialog.combos["name"].currentText() == "Nazwa organizacji"
    model = dialog.ui.previewView.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Nazwa",
        "Kategoria",
        "JST (gmina)",
    ]
    assert preview_rows(dialog)[1][:3] == ["KGW Łozy", "koło gospodyń wiejskich", "Płoskinia"]
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == ["2", "3", "4"]

    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # "Dalej" is the default button
    qtbot.waitUntil(lambda: dialog.ui.steps.currentIndex() == CHECK_STEP)

    assert dialog.ui.errorsList.isHidden()
    duplicates = dialog.ui.duplicatesList
    assert [duplicates.item(i).text() for i in range(duplicates.count())] == [
        "Wiersz 2: „OSP Rogity” (Braniewo (gmina wiejska)) jest już w rejestrze jako „OSP Rogity”."
    ]
    assert dialog.ui.skipDuplicatesCheck.isChecked()
    assert register.count(pid) == 1  # nothing stored before the user says so

    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_summary is not None)

    assert dialog.result() == dialog.DialogCode.Accepted
    assert (dialog.result_summary.stakeholders, dialog.result_summary.skipped) == (2, 1)  # type: ignore[union-attr]
    assert sorted(r["name"] for r in register.rows(pid)) == [
        "KGW Łozy",
        "OSP Rogity",
        "Stowarzyszenie Żółw",
    ]


def test_remapping_a_column_changes_the_preview(
    qtbot: QtBot, services: Services, pid: str, tmp_path: Path
) -> None:
    path = tmp_path / "rejestr.csv"
    path.write_bytes(CSV.encode("cp1250"))
    dialog = open_dialog(qtbot, services, pid)
    choose_file(qtbot, dialog, path)
    qtbot.waitUntil(lambda: dialog.ui.steps.currentIndex() == MAPPING_STEP)

    place = dialog.combos["place"]
    place.setCurrentIndex(place.findText("— nie importuj —"))
    notes = dialog.combos["notes"]
    notes.setCurrentIndex(notes.findText("Sołectwo"))

    assert "place" not in dialog.mapping()
    model = dialog.ui.previewView.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Miejscowość / sołectwo" not in headers and headers[-2] == "Uwagi"
    assert preview_rows(dialog)[0][-2] == "Rogity"


def test_errors_name_row_and_column_and_nothing_can_be_imported(
    qtbot: QtBot, services: Services, pid: str, store: Store, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Nazwa", "Kategoria", "E-mail", "Osoba kontaktowa"])
    sheet.append(["OSP Rogity", "OSP", "", ""])
    sheet.append(["Klub Sportowy", "klub", "klub@", "Jan Nowak"])
    path = tmp_path / "rejestr.xlsx"
    book.save(path)
    before = state(store)
    dialog = open_dialog(qtbot, services, pid)
    choose_file(qtbot, dialog, path)
    qtbot.waitUntil(lambda: dialog.ui.steps.currentIndex() == MAPPING_STEP)

    dialog.next_step()
    qtbot.waitUntil(lambda: dialog.ui.steps.currentIndex() == CHECK_STEP)

    errors = dialog.ui.errorsList
    assert [errors.item(i).text() for i in range(errors.count())] == [
        "Wiersz 3, kolumna „Kategoria”: Nieznana kategoria interesariusza: „klub”.",
        "Wiersz 3, kolumna „E-mail”: „klub@” nie jest poprawnym adresem e-mail.",
    ]
    assert not dialog.ui.importButton.isEnabled()
    assert dialog.ui.summaryLabel.text().startswith("Znaleziono błędy: 2.")
    dialog.start_import()
    assert state(store) == before

    qtbot.mouseClick(dialog.ui.backButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.steps.currentIndex() == MAPPING_STEP


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "rejestr.xlsx",
            b"to nie jest skoroszyt",
            "Plik „rejestr.xlsx” nie jest skoroszytem (XLSX), który można odczytać.",
        ),
        (
            "dane.csv",
            b"OSP Rogity;osp;2;3\n",
            "Plik „dane.csv” nie ma wiersza nagłówka: wiersz 1 zawiera dane („2”), a pierwszy "
            "wiersz musi podawać nazwy kolumn, np. Nazwa, Kategoria, Gmina.",
        ),
    ],
)
def test_a_bad_file_is_explained_on_the_first_step(
    qtbot: QtBot,
    services: Services,
    pid: str,
    tmp_path: Path,
    name: str,
    content: bytes,
    message: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    dialog = open_dialog(qtbot, services, pid)

    choose_file(qtbot, dialog, path)
    qtbot.waitUntil(lambda: dialog.ui.messageLabel.isVisible())

    assert dialog.ui.messageLabel.text() == message
    assert dialog.ui.steps.currentIndex() == 0

"""The project package exported to XLSX reopens with every sheet the office needs."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cwd_desktop.errors import UserError
from cwd_desktop.exports.xlsx.projects import export_package
from cwd_desktop.services.app import Services
from tests.exports.project_data import Package, project_package


@pytest.fixture
def pkg(services: Services) -> Package:
    return project_package(services)


def _rows(path: Path, sheet: str) -> list[tuple[object, ...]]:
    return list(load_workbook(path, read_only=True)[sheet].iter_rows(values_only=True))


def test_the_workbook_has_overview_projects_funding_tasks_and_indicators(
    services: Services, pkg: Package, tmp_path: Path
) -> None:
    path = tmp_path / "pakiet.xlsx"

    assert export_package(services.store, pkg.partnership_id, path) == 2

    workbook = load_workbook(path, read_only=True)
    assert workbook.sheetnames == [
        "Przegląd",
        "Projekty",
        "Finansowanie",
        "Harmonogram",
        "Wskaźniki",
    ]
    projects = _rows(path, "Projekty")
    header = list(projects[0])
    assert header[:4] == ["Nr", "Tytuł projektu", "Projekt kluczowy", "Lider (JST)"]
    assert "Trwałość projektu" in header  # the feasibility analysis is there too
    road = dict(zip(header, projects[1], strict=True))
    assert road["Koszt szacunkowy (zł)"] == 28_400_000
    assert road["Suma źródeł finansowania (zł)"] == 22_720_000
    assert road["Cel polityki spójności"] == "PO3 Europa lepiej połączona"
    assert road["Cele i kierunki strategii"] == "1. Dostępność transportowa"
    assert road["Potrzeba i stan obecny"] == "Nawierzchnia w złym stanie."
    assert dict(zip(header, projects[2], strict=True))["Projekt kluczowy"] == "tak"
    funding = _rows(path, "Finansowanie")
    assert funding[1:] == [
        (1, "Przebudowa drogi powiatowej Braniewo–Pieniężno", "regionalny program FE", 19_880_000),
        (1, "Przebudowa drogi powiatowej Braniewo–Pieniężno", "środki własne", 2_840_000),
        (2, "Sieć punktów opieki nad seniorami", "regionalny program FE", 9_600_000),
    ]
    tasks = _rows(path, "Harmonogram")
    assert tasks[1][2:] == (
        "Dokumentacja projektowa i decyzja ZRID",
        datetime(2026, 2, 1),
        datetime(2026, 12, 31),
        334,
    )
    indicators = _rows(path, "Wskaźniki")
    assert indicators[1][2:8] == ("produkt", "Długość przebudowanych dróg", "km", 0, 14.2, 2029)
    overview = _rows(path, "Przegląd")
    assert ("Pakiet projektów", "Koszt wszystkich projektów", 38_000_000, "100%", 2) in overview
    assert (
        "Cel polityki spójności",
        "PO3 Europa lepiej połączona",
        28_400_000,
        "74,7%",
        1,
    ) in overview
    mismatch = [r for r in overview if r[0] == "Finansowanie niezgodne z kosztem"]
    assert mismatch == [
        (
            "Finansowanie niezgodne z kosztem",
            "1. Przebudowa drogi powiatowej Braniewo–Pieniężno",
            -5_680_000,
            None,
            None,
        )
    ]


def test_an_unwritable_path_is_one_sentence_and_no_file(
    services: Services, pkg: Package, tmp_path: Path
) -> None:
    target = tmp_path / "brak" / "pakiet.xlsx"

    with pytest.raises(UserError, match="Nie można zapisać pliku"):
        export_package(services.store, pkg.partnership_id, target)

    assert not target.parent.exists()

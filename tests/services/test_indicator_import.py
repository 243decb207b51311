"""Importing indicator values from GUS BDL exports and sheets laid out like them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from cwd_desktop.errors import UserError
from cwd_desktop.services import diagnosis_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.indicator_file import code_unit, read_indicator_file
from cwd_desktop.services.indicator_import import import_file, plan_import

BDL = Path(__file__).resolve().parent.parent / "data" / "bdl"
XLSX_SAMPLE = BDL / "ludnosc_braniewo_bdl.xlsx"
CSV_SAMPLE = BDL / "bezrobocie_braniewo_bdl.csv"
PGZB_GMINY = ["2802011", "2802022", "2802033", "2802042", "2802053", "2802062", "2802072"]


@pytest.fixture
def ids(services: Services) -> dict[str, str]:
    """The three demo partnerships (no demo content)."""
    return {p.short_name: services.partnerships.create(p) for p in DEMO_PARTNERSHIPS}


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def value_rows(services: Services) -> int:
    row = services.store.reader().execute(
        "SELECT count(*) FROM indicator_value WHERE deleted_at IS NULL"
    )
    return int(row.fetchone()[0])


def stored(services: Services, pid: str, name: str) -> reads.IndicatorGrid:
    info = reads.find_indicator(services.store, pid, name)
    assert info is not None, name
    members = services.partnerships.get(pid).members
    grid = reads.grid(services.store, services.teryt.get, members, info.id)
    assert grid is not None
    return grid


# -- the BDL samples -----------------------------------------------------------------------------


def test_bdl_xlsx_with_a_multi_row_header_imports_the_member_gminy(
    services: Services, ids: dict[str, str]
) -> None:
    pid = ids["PGZB"]
    plan, results = import_file(
        services, pid, XLSX_SAMPLE, name="Ludność ogółem", source="GUS BDL", area="Demografia"
    )

    assert [m.jst.code for m in plan.matched] == PGZB_GMINY
    assert [(s.row, s.reason) for s in plan.skipped] == [
        (5, "zestawienie zbiorcze (kraj, region, powiat)"),
        (6, "nie należy do partnerstwa"),
        (10, "część gminy miejsko-wiejskiej lub dzielnica"),
        (11, "część gminy miejsko-wiejskiej lub dzielnica"),
    ]
    assert results[0].created and results[0].added == 41  # 7 JST × 6 years, one "-"
    grid = stored(services, pid, "Ludność ogółem")
    assert grid.indicator.unit == "osoba"  # from the row of units
    assert (grid.indicator.source, grid.indicator.area) == ("GUS BDL", "Demografia")
    assert grid.years == [2019, 2020, 2021, 2022, 2023, 2024]
    assert grid.value("2802011", 2019) == 16907
    assert grid.value("2802072", 2022) is None  # "-" is no data
    assert grid.value("2802072", 2024) == 2832


def test_the_header_gives_the_category_and_the_unit_of_each_year_column() -> None:
    file = read_indicator_file(XLSX_SAMPLE)

    assert file.header_rows == (1, 4)
    assert (file.code_column, file.name_column) == (0, 1)
    assert {c.unit for c in file.columns} == {"osoba"}
    assert file.categories() == ["Ludność według miejsca zameldowania i płci — ogółem"]


def test_bdl_csv_in_windows_1250_with_combined_header_cells(
    services: Services, ids: dict[str, str]
) -> None:
    pid = ids["PGZB"]
    plan, _ = import_file(services, pid, CSV_SAMPLE, name="Stopa bezrobocia")

    assert [m.jst.name for m in plan.matched][:3] == ["Braniewo", "Braniewo", "Frombork"]
    grid = stored(services, pid, "Stopa bezrobocia")
    assert grid.indicator.unit == "%"
    assert grid.value("2802022", 2019) == 19.8  # "19,8"
    assert grid.value("2802062", 2022) is None  # "." is no data
    assert len(grid.cells) == 41


def test_names_with_the_bdl_kind_digit_tell_the_two_braniewo_apart(
    services: Services, ids: dict[str, str], tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "dochody.csv",
        [
            "Nazwa,2022,2023",
            '"Braniewo (1)","2 456,10","2 611,75"',
            '"Braniewo (2)","1 510,00","1 622,40"',
            '"Gmina Lelkowo","1 302,5","1 411"',
            '"Frombork","1 998","2 104"',
        ],
    )
    plan, _ = import_file(services, ids["PGZB"], path, name="Dochody własne", unit="zł")

    assert {m.label: m.jst.code for m in plan.matched} == {
        "Braniewo (1)": "2802011",
        "Braniewo (2)": "2802022",
        "Gmina Lelkowo": "2802042",
        "Frombork": "2802033",
    }
    grid = stored(services, ids["PGZB"], "Dochody własne")
    assert grid.indicator.unit == "zł"
    assert grid.value("2802011", 2023) == 2611.75
    assert grid.value("2802022", 2022) == 1510.0


def test_teryt_codes_even_as_numbers_that_lost_their_leading_zero(
    services: Services, ids: dict[str, str], tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "wodociagi.xlsx",
        [
            ["Długość sieci wodociągowej [km]", None, None],
            ["TERYT", 2023, 2024],
            [201011, 71.2, 72.0],  # 0201011 typed as a number
            ["0201022", 188.4, 190.1],
            [201043, 114.0, 115.5],
        ],
    )
    plan, _ = import_file(services, ids["MOF Bolesławiec"], path)

    assert [m.jst.code for m in plan.matched] == ["0201011", "0201022", "0201043"]
    grid = stored(services, ids["MOF Bolesławiec"], "Długość sieci wodociągowej")
    assert grid.indicator.unit == "km"
    assert grid.value("0201043", 2024) == 115.5


def test_several_categories_become_several_indicators(
    services: Services, ids: dict[str, str], tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "ludnosc_plec.xlsx",
        [
            ["Kod", "Nazwa", "ogółem", None, "mężczyźni", None, "kobiety", None],
            [None, None, 2023, 2024, 2023, 2024, 2023, 2024],
            [None, None, *["[osoba]"] * 6],
            ["1410023", "Łosice (3)", 10453, 10362, 5031, 4987, 5422, 5375],
            ["1410012", "Huszlew (2)", 2586, 2566, 1330, 1318, 1256, 1248],
        ],
    )
    _, results = import_file(services, ids["PZŁ"], path, name="Ludność")

    assert [r.name for r in results] == [
        "Ludność — ogółem",
        "Ludność — mężczyźni",
        "Ludność — kobiety",
    ]
    assert stored(services, ids["PZŁ"], "Ludność — kobiety").value("1410012", 2024) == 1248


def test_importing_again_replaces_the_values_of_the_same_indicator(
    services: Services, ids: dict[str, str], tmp_path: Path
) -> None:
    pid = ids["PGZB"]
    import_file(services, pid, CSV_SAMPLE, name="Stopa bezrobocia")
    corrected = write_csv(
        tmp_path / "poprawka.csv", ["Kod;Nazwa;2024 [%]", "2802011;Braniewo (1);11,2"]
    )
    _, results = import_file(services, pid, corrected, name="stopa BEZROBOCIA")

    assert (results[0].created, results[0].added, results[0].changed) == (False, 0, 1)
    grid = stored(services, pid, "Stopa bezrobocia")
    assert grid.value("2802011", 2024) == 11.2
    assert len(grid.cells) == 41


def test_bdl_unit_codes_of_both_lengths() -> None:
    assert code_unit("042811402011").code == "2802011"  # 12 digits (since 2018)
    assert code_unit("42811402022").code == "2802022"  # the same, read as a number
    assert code_unit("6040811011").code == "0411011"  # 10 digits (older files)
    assert code_unit("042811402000").code == "2802"  # a powiat
    assert code_unit("042800000000").kind == "aggregate"
    assert code_unit("042811402034").kind == "part"  # the town of a gmina miejsko-wiejska


# -- bad input: one sentence naming the place, nothing stored ------------------------------------


def refused(services: Services, pid: str, path: Path, **options: Any) -> str:
    before = value_rows(services)
    with pytest.raises(UserError) as caught:
        import_file(services, pid, path, **options)
    assert value_rows(services) == before
    return str(caught.value)


def test_an_unknown_jst_names_the_file_and_row(
    services: Services, ids: dict[str, str], tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "x.csv", ["Nazwa;2023;2024", "Braniewo (1);1;2", "Atlantyda (2);3;4"]
    )
    message = refused(services, ids["PGZB"], path, name="X")

    assert message == (
        "Plik „x.csv”, wiersz 3: nie rozpoznano JST „Atlantyda (2)” (podaj nazwę z rejestru "
        "TERYT, np. „Braniewo (1)”, albo kod TERYT)."
    )
    assert reads.indicators(services.store, ids["PGZB"]) == []


def test_a_value_that_is_no_number_names_the_row_and_column(
    services: Services, ids: dict[str, str], tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "x.csv",
        ["Kod;Nazwa;2023;2024", "2802011;Braniewo (1);1 234,5;-", "2802022;Braniewo (2);12;dużo"],
    )
    message = refused(services, ids["PGZB"], path, name="X")

    assert message.startswith("Plik „x.csv”, wiersz 3, kolumna D (2024): „dużo” nie jest liczbą")


def test_a_file_without_year_columns(
    services: Services, ids: dict[str, str], tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "bez_lat.csv", ["Nazwa;Wartość", "Braniewo (1);12"])
    message = refused(services, ids["PGZB"], path)

    assert message == (
        "W pliku „bez_lat.csv” nie ma kolumn z latami (nagłówków takich jak 2019, 2020)."
    )


def test_a_unit_different_from_the_indicator_of_the_same_name(
    services: Services, ids: dict[str, str]
) -> None:
    pid = ids["PGZB"]
    import_file(services, pid, CSV_SAMPLE, name="X")  # "X" in %
    message = refused(services, pid, XLSX_SAMPLE, name="x")  # the file says [osoba]

    assert message == "Wskaźnik „X” ma jednostkę „%”, a plik podaje „osoba”."
    assert stored(services, pid, "X").value("2802011", 2019) == 14.2


def test_an_ambiguous_name_asks_for_the_kind(
    services: Services, ids: dict[str, str], tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "b.csv", ["Nazwa;2024", "Braniewo;12"])
    message = refused(services, ids["PGZB"], path, name="X")

    assert message.startswith("Plik „b.csv”, wiersz 2: nazwa „Braniewo” pasuje do kilku JST")
    assert "„Braniewo (1)”" in message


def test_the_same_jst_twice(services: Services, ids: dict[str, str], tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "d.csv", ["Kod;Nazwa;2024", "2802042;Lelkowo (2);1", "2802042;Lelkowo;2"]
    )
    message = refused(services, ids["PGZB"], path, name="X")

    assert (
        message == "Plik „d.csv”: JST Lelkowo (gmina wiejska) występuje dwa razy (wiersze 2 i 3)."
    )


def test_the_plan_lists_every_problem_for_the_preview(
    services: Services, ids: dict[str, str], tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        ["Nazwa;2024", "Atlantyda;1", "Lelkowo (2);abc", "Frombork (3);5", "Powiat elbląski;7"],
    )
    plan = plan_import(services, ids["PGZB"], read_indicator_file(path), name="X")

    assert [m.jst.name for m in plan.matched] == ["Frombork"]
    assert [s.label for s in plan.skipped] == ["Powiat elbląski"]
    assert len(plan.problems) == 2
    assert plan.error is plan.problems[0]

"""``indicator list|import`` as coordinators script them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.services.test_indicator_import import CSV_SAMPLE, XLSX_SAMPLE, write_csv
from tests.test_cli import assert_one_sentence
from tests.test_cli_consultations import demo_dir, run, run_json

__all__ = ["demo_dir"]


def test_import_a_bdl_file_then_list_it(capsys: pytest.CaptureFixture[str], demo_dir: Path) -> None:
    code, out, err = run(
        capsys, demo_dir, "indicator", "import", str(XLSX_SAMPLE), "--partnership", "PGZB",
        "--name", "Ludność wg BDL", "--source", "GUS BDL", "--area", "Demografia",
    )  # fmt: skip

    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == (
        "Dodano wskaźnik „Ludność wg BDL” [osoba]: nowe wartości 41, zmienione 0; "
        "JST: 7, lata 2019–2024."
    )
    assert lines[1] == (
        "Pominięto wiersz 5 (042800000000 WARMIŃSKO-MAZURSKIE): "
        "zestawienie zbiorcze (kraj, region, powiat)."
    )
    assert len(lines) == 5
    listed = run_json(capsys, demo_dir, "indicator", "list", "--partnership", "PGZB")
    mine = next(i for i in listed if i["name"] == "Ludność wg BDL")
    assert (mine["unit"], mine["area"], mine["values"]) == ("osoba", "Demografia", 41)
    assert (mine["first_year"], mine["last_year"]) == (2019, 2024)


def test_import_json_and_a_second_import_changes_nothing(
    capsys: pytest.CaptureFixture[str], demo_dir: Path
) -> None:
    args = ("indicator", "import", str(CSV_SAMPLE), "--partnership", "PGZB", "--name", "Bezrobocie")
    first = run_json(capsys, demo_dir, *args)
    again = run_json(capsys, demo_dir, *args)

    assert first["indicators"][0]["added"] == 41 and first["indicators"][0]["unit"] == "%"
    assert len(first["jst"]) == 7 and first["skipped"] == []
    assert (again["indicators"][0]["created"], again["indicators"][0]["added"]) == (False, 0)
    assert again["indicators"][0]["changed"] == 0


def test_a_bad_file_is_one_sentence_and_stores_nothing(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    before = run_json(capsys, demo_dir, "indicator", "list", "--partnership", "PZŁ")
    bad = write_csv(tmp_path / "zle.csv", ["Nazwa;2024", "Łosice (3);12", "Sarnaki (2);x1"])

    code, out, err = run(
        capsys, demo_dir, "indicator", "import", str(bad), "--partnership", "PZŁ", "--name", "N"
    )

    assert code == 1 and out == ""
    assert assert_one_sentence(err) == (
        "cwd-desktop: Plik „zle.csv”, wiersz 3, kolumna B (2024): „x1” nie jest liczbą "
        "(brak danych oznacz „-” lub zostaw puste pole)."
    )
    assert run_json(capsys, demo_dir, "indicator", "list", "--partnership", "PZŁ") == before


def test_a_unit_conflict_names_both_units(
    capsys: pytest.CaptureFixture[str], demo_dir: Path
) -> None:
    code, _, err = run(
        capsys, demo_dir, "indicator", "import", str(CSV_SAMPLE), "--partnership", "PGZB",
        "--name", "Ludność ogółem",
    )  # fmt: skip

    assert code == 1
    assert assert_one_sentence(err) == (
        "cwd-desktop: Wskaźnik „Ludność ogółem” ma jednostkę „osoba”, a plik podaje „%”."
    )


def test_the_diagnosis_exports_from_the_cli(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "diagnoza.docx"
    code, out, err = run(
        capsys, demo_dir, "export", "diagnosis", "--partnership", "PZŁ", "-o", str(target)
    )

    assert code == 0, err
    assert out.startswith(f"Zapisano {target}") and target.stat().st_size > 50_000

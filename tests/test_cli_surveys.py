"""``survey import|list|summary`` as coordinators script them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.services.test_survey_import import GOOGLE_PL, write_csv, write_xlsx
from tests.test_cli import assert_one_sentence
from tests.test_cli_consultations import demo_dir, run, run_json

__all__ = ["demo_dir"]


@pytest.fixture
def google_file(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "Ankieta (Odpowiedzi).xlsx", GOOGLE_PL)


def test_import_prints_source_questions_and_count(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, google_file: Path
) -> None:
    code, out, err = run(
        capsys, demo_dir, "survey", "import", str(google_file), "--partnership", "PGZB",
        "--kind", "residents",
    )  # fmt: skip

    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("Zaimportowano ankietę „Ankieta (Odpowiedzi)”")
    assert lines[1] == ("Źródło: Formularze Google; rodzaj: mieszkańcy; odpowiedzi: 6; pytań: 6.")
    assert "  2. [multiple] Z których usług gminy korzystasz?" in lines
    assert lines[-1] == "Nie zapisano danych osobowych z kolumn: Adres e-mail"


def test_import_twice_then_list_and_summary_json(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, google_file: Path
) -> None:
    args = ("survey", "import", str(google_file), "--partnership", "PGZB", "--kind", "residents")
    first = run_json(capsys, demo_dir, *args)
    again = run_json(capsys, demo_dir, *args)

    assert first["created"] is True and again["created"] is False
    assert again["survey"] == first["survey"]
    assert first["source"] == "google_forms" and first["responses"] == 6
    listed = run_json(capsys, demo_dir, "survey", "list", "--partnership", "PGZB")
    assert [s["id"] for s in listed if s["title"] == "Ankieta (Odpowiedzi)"] == [first["survey"]]

    summary = run_json(capsys, demo_dir, "survey", "summary", "--survey", first["survey"])
    assert (summary["survey"], summary["source"], summary["responses"]) == (
        first["survey"],
        "google_forms",
        6,
    )
    sex = next(q for q in summary["questions"] if q["text"] == "Płeć")
    assert sex["type"] == "single"
    assert sex["answers"] == [
        {"label": "Kobieta", "count": 3, "percent": 50.0},
        {"label": "Mężczyzna", "count": 3, "percent": 50.0},
    ]
    scale = next(q for q in summary["questions"] if q["type"] == "scale")
    assert scale["mean"] == 3.17 and scale["median"] == 3.5
    grid = next(q for q in summary["questions"] if q["type"] == "grid")
    assert {"label": "Szkoły: Zła", "count": 1, "percent": 20.0} in grid["answers"]


def test_summary_filtered_by_age_group(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, google_file: Path
) -> None:
    survey = run_json(
        capsys, demo_dir, "survey", "import", str(google_file), "--partnership", "PGZB",
        "--kind", "residents", "--title", "Mieszkańcy",
    )["survey"]  # fmt: skip

    summary = run_json(
        capsys, demo_dir, "survey", "summary", "--survey", "Mieszkańcy", "--age", "65+"
    )

    assert summary["survey"] == survey
    assert (summary["responses"], summary["total_responses"]) == (1, 6)


def test_a_bad_file_is_one_sentence_and_stores_nothing(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    before = run_json(capsys, demo_dir, "survey", "list")
    header_only = write_csv(tmp_path / "pusta.csv", [["Sygnatura czasowa", "Płeć"]], "utf-8", ";")

    code, _, err = run(
        capsys, demo_dir, "survey", "import", str(header_only), "--partnership", "PGZB",
        "--kind", "youth",
    )  # fmt: skip

    assert code == 1
    assert assert_one_sentence(err) == (
        "cwd-desktop: Plik „pusta.csv” ma tylko wiersz nagłówka (1), bez żadnych odpowiedzi."
    )
    assert run_json(capsys, demo_dir, "survey", "list") == before


def test_unknown_survey_and_kind(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, google_file: Path
) -> None:
    code, _, err = run(capsys, demo_dir, "survey", "summary", "--survey", "nie-ma")
    assert code == 1
    assert assert_one_sentence(err) == "cwd-desktop: Nie ma ankiety „nie-ma”."

    code, _, err = run(
        capsys, demo_dir, "survey", "import", str(google_file), "--partnership", "PGZB",
        "--kind", "dzieci",
    )  # fmt: skip
    assert code == 1
    assert "Nieznany rodzaj ankiety „dzieci”" in assert_one_sentence(err)


def test_export_and_charts_of_a_demo_survey(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook
    from PySide6.QtGui import QImage

    survey = next(
        s
        for s in run_json(capsys, demo_dir, "survey", "list", "--partnership", "PGZB")
        if s["kind"] == "youth"
    )
    out = tmp_path / "podsumowanie.xlsx"
    exported = run_json(
        capsys, demo_dir, "survey", "export", "--survey", survey["id"], "--by", "gender",
        "-o", str(out),
    )  # fmt: skip
    assert exported["path"] == str(out)
    book = load_workbook(out)
    assert "Podsumowanie" in book.sheetnames and "Wg płci" in book.sheetnames
    cells = [str(c.value) for row in book["Podsumowanie"].iter_rows() for c in row if c.value]
    assert "4. Czy po skończeniu szkoły chcesz zostać w swojej gminie?" in cells

    charts = run_json(
        capsys, demo_dir, "survey", "chart", "--survey", survey["id"], "-o", str(tmp_path / "w")
    )
    closed = [
        q
        for q in run_json(capsys, demo_dir, "survey", "summary", "--survey", survey["id"])[
            "questions"
        ]
        if q["type"] != "text"
    ]
    assert len(charts["files"]) == len(closed)
    image = QImage(charts["files"][0])
    assert not image.isNull() and image.width() >= 1000

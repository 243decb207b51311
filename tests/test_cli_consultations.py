"""``consultation list|add|comment|export`` as scripts and coordinators use them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from cwd_desktop import cli
from tests.test_cli import assert_one_sentence


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> Any:
    code, out, err = run(capsys, data_dir, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def demo_dir(capsys: pytest.CaptureFixture[str], data_dir: Path) -> Path:
    assert run(capsys, data_dir, "demo")[0] == 0
    return data_dir


def test_add_an_event_and_comments_then_list_them_with_warnings(
    capsys: pytest.CaptureFixture[str], demo_dir: Path
) -> None:
    added = run_json(
        capsys,
        demo_dir,
        "consultation",
        "add",
        "--partnership",
        "PZŁ",
        "--date",
        "12.06.2023",
        "--subject",
        "Konsultacje projektu strategii – Sarnaki",
        "--form",
        "dyżur konsultacyjny",
        "--announced",
        "2023-05-08",
        "--until",
        "2023-06-11",
        "--participants",
        "14",
    )
    for content in ("Przystań kajakowa w Mierzwicach", "Wodociąg w Chlebczynie"):
        code, out, err = run(
            capsys,
            demo_dir,
            "consultation",
            "comment",
            "--consultation",
            added["id"],
            "--author",
            "Sołectwo Mierzwice",
            "--content",
            content,
            "--category",
            "solectwo",
        )
        assert code == 0, err
    assert "Dodano uwagę nr 2" in out

    listed = run_json(capsys, demo_dir, "consultation", "list", "--partnership", "PZŁ")

    (event,) = [e for e in listed if e["id"] == added["id"]]
    assert (event["form"], event["participants"], event["comments"]) == ("duty_hours", 14, 2)
    warnings = {w["code"]: w for w in event["warnings"]}
    assert warnings["short_period"]["message"].startswith("Okres zgłaszania uwag trwa 34 dni")
    assert warnings["no_disposition"]["message"] == "Uwagi bez rozstrzygnięcia: 2 (nr 1, 2)."
    assert warnings["report_due"]["due_on"] == "2023-07-11"


def test_list_as_text_shows_each_event_and_its_findings(
    capsys: pytest.CaptureFixture[str], demo_dir: Path
) -> None:
    code, out, _ = run(capsys, demo_dir, "consultation", "list", "--partnership", "MOF Bolesławiec")

    assert code == 0
    assert "17.05.2023  Projekt Strategii IIT" in out
    assert "! Okres zgłaszania uwag trwa 32 dni" in out


def test_export_writes_a_workbook_with_every_comment_of_the_partnership(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "dziennik PGZB.xlsx"
    listed = run_json(capsys, demo_dir, "consultation", "list", "--partnership", "PGZB")

    result = run_json(
        capsys, demo_dir, "consultation", "export", "--partnership", "PGZB", "-o", str(target)
    )

    rows = list(load_workbook(target)["Uwagi"].iter_rows(values_only=True))
    assert result["comments"] == sum(e["comments"] for e in listed) == len(rows) - 1
    assert {row[3] for row in rows[1:]} == {e["subject"] for e in listed}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["add", "--partnership", "Nieistniejące", "--date", "2023-01-01", "--subject", "x"],
            "Nie ma partnerstwa Nieistniejące.",
        ),
        (
            ["add", "--partnership", "PGZB", "--date", "2023-02-30", "--subject", "x"],
            "Data wydarzenia „2023-02-30” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR).",
        ),
        (
            [
                "add",
                "--partnership",
                "PGZB",
                "--date",
                "2023-02-01",
                "--subject",
                "x",
                "--until",
                "jutro",
            ],
            "Termin zgłaszania uwag „jutro” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR).",
        ),
        (
            ["comment", "--consultation", "brak", "--author", "A", "--content", "C"],
            "Nie ma wydarzenia konsultacyjnego brak.",
        ),
        (
            ["export", "--partnership", "Nieistniejące", "-o", "x.xlsx"],
            "Nie ma partnerstwa Nieistniejące.",
        ),
    ],
)
def test_bad_input_is_one_sentence_and_exit_status_1(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, argv: list[str], message: str
) -> None:
    before = run_json(capsys, demo_dir, "consultation", "list", "--partnership", "PGZB")

    code, out, err = run(capsys, demo_dir, "consultation", *argv)

    assert code == 1
    assert out == ""
    assert assert_one_sentence(err) == f"cwd-desktop: {message}"
    after = run_json(capsys, demo_dir, "consultation", "list", "--partnership", "PGZB")
    assert after == before


def test_a_comment_with_an_unknown_disposition_is_refused(
    capsys: pytest.CaptureFixture[str], demo_dir: Path
) -> None:
    event = run_json(capsys, demo_dir, "consultation", "list", "--partnership", "PGZB")[0]

    code, _, err = run(
        capsys,
        demo_dir,
        "consultation",
        "comment",
        "--consultation",
        event["id"],
        "--author",
        "A",
        "--content",
        "C",
        "--disposition",
        "odrzucona",
    )

    assert code == 1
    assert "Nieznane rozstrzygnięcie uwagi „odrzucona”" in err
    listed = run_json(capsys, demo_dir, "consultation", "list", "--partnership", "PGZB")
    assert listed[0]["comments"] == event["comments"]


def test_missing_required_options_are_a_usage_error(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, _, _ = run(capsys, data_dir, "consultation", "add", "--partnership", "PGZB")

    assert code == 2

"""``project list|export-xlsx`` and ``export projects|application`` from scripts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import docx
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


def test_the_demo_package_lists_with_one_key_project_and_a_funding_warning(
    capsys: pytest.CaptureFixture[str], demo_dir: Path
) -> None:
    rows = run_json(capsys, demo_dir, "project", "list", "--partnership", "PGZB")

    assert 6 <= len(rows) <= 9
    assert [r["number"] for r in rows] == list(range(1, len(rows) + 1))
    assert [r["title"] for r in rows if r["is_key"]] == [
        "Sieć punktów opieki nad seniorami Ziemi Braniewskiej"
    ]
    assert all(r["cost"] > 0 and r["leader"] for r in rows)
    warned = [r["title"] for r in rows if r["funding_warning"]]
    assert warned == ["Centrum kompetencji zawodowych przy ZSZ w Braniewie"]
    code, out, _ = run(capsys, demo_dir, "project", "list", "--partnership", "PGZB")
    assert code == 0
    assert "[projekt kluczowy]" in out
    assert "! Źródła finansowania" in out


def test_export_xlsx_and_the_word_documents(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    xlsx = tmp_path / "pakiet.xlsx"
    result = run_json(
        capsys, demo_dir, "project", "export-xlsx", "--partnership", "PZŁ", "-o", str(xlsx)
    )
    assert result["projects"] == 6
    assert len(list(load_workbook(xlsx, read_only=True)["Projekty"].iter_rows())) == 7

    key = next(
        r
        for r in run_json(capsys, demo_dir, "project", "list", "--partnership", "PZŁ")
        if r["is_key"]
    )
    word = tmp_path / "wniosek.docx"
    run_json(
        capsys,
        demo_dir,
        "export",
        "application",
        "--partnership",
        "PZŁ",
        "--project",
        key["id"],
        "-o",
        str(word),
    )
    assert docx.Document(str(word)).paragraphs[1].text == key["title"]


def test_a_non_key_project_and_an_unknown_partnership_are_one_sentence(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    word = tmp_path / "wniosek.docx"
    code, _, err = run(
        capsys,
        demo_dir,
        "export",
        "application",
        "--partnership",
        "PGZB",
        "--project",
        "1",
        "-o",
        str(word),
    )
    assert code == 1
    assert_one_sentence(err)
    assert "nie jest projektem kluczowym" in err
    assert not word.exists()

    code, _, err = run(capsys, demo_dir, "project", "list", "--partnership", "XYZ")
    assert code == 1
    assert_one_sentence(err)

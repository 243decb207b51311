"""``practice list|add|import|export|search``: the knowledge base from scripts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cwd_desktop import cli
from cwd_desktop.services.knowledge_pdf import text_pdf
from tests.test_cli import assert_one_sentence


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> Any:
    code, out, err = run(capsys, data_dir, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_the_demo_base_lists_and_finds_words_inside_its_docx_and_pdf(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    assert run(capsys, data_dir, "demo")[0] == 0

    practices = run_json(capsys, data_dir, "practice", "list")
    assert 8 <= len(practices) <= 10
    bus = next(p for p in practices if p["title"].startswith("Gminny transport na żądanie"))
    assert (bus["documents"], bus["projects"], bus["theme"]) == (1, 1, "transport")
    transport = run_json(capsys, data_dir, "practice", "list", "--theme", "transport publiczny")
    assert [p["id"] for p in transport] == [bus["id"]]

    [guide] = run_json(capsys, data_dir, "practice", "search", "dyspozytor")
    assert guide["kind"] == "document" and guide["in_file"]
    assert guide["practice_id"] == bus["id"] and "dyspozytor" in guide["snippet"]
    [report] = run_json(capsys, data_dir, "practice", "search", "prosument", "--kind", "document")
    assert report["title"].startswith("Raport z wizyty studyjnej")
    code, out, _ = run(capsys, data_dir, "practice", "search", "Dyspozytor")
    assert code == 0 and "[dokument] Poradnik" in out and "w pliku: " in out

    sheet = tmp_path / "praktyki.xlsx"
    assert run_json(capsys, data_dir, "practice", "export", str(sheet))["practices"] == len(
        practices
    )
    again = run_json(capsys, data_dir, "practice", "import", str(sheet))
    assert again == {"added": 0, "updated": 0, "unchanged": len(practices)}


def test_add_a_practice_with_a_file_then_find_it_by_a_word_in_the_file(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "raport.pdf"
    pdf.write_bytes(text_pdf("Raport", ["Prosument oddaje nadwyżki do magazynu energii."]))

    added = run_json(
        capsys,
        data_dir,
        "practice",
        "add",
        "--title",
        "Klaster energii",
        "--owner",
        "2807043",
        "--theme",
        "environment",
        "--po",
        "PO2",
        "--file",
        str(pdf),
    )

    assert len(added["documents"]) == 1
    [row] = run_json(capsys, data_dir, "practice", "list")
    assert (row["owner"], row["policy_objective"], row["documents"]) == (
        "Kisielice (gmina miejsko-wiejska)",
        "po2",
        1,
    )
    hits = run_json(capsys, data_dir, "practice", "search", "nadwyzki")
    assert [(h["kind"], h["practice_id"]) for h in hits] == [("document", added["id"])]


def test_a_damaged_file_stores_neither_the_practice_nor_the_file(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "raport.pdf"
    whole = text_pdf("Raport", ["Prosument oddaje nadwyżki do magazynu energii."])
    broken.write_bytes(whole[: len(whole) // 2])  # cut off in the middle, as by a failed copy

    code, out, err = run(
        capsys, data_dir, "practice", "add", "--title", "Klaster", "--file", str(broken)
    )

    assert code == 1 and out == ""
    assert "„raport.pdf”" in assert_one_sentence(err)
    assert run_json(capsys, data_dir, "practice", "list") == []


def test_an_import_with_a_bad_row_exits_1_with_one_sentence(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    for row in (["Tytuł", "Temat"], ["Bus na telefon", "transport"], ["Klaster", "kosmos"]):
        workbook.active.append(row)
    path = tmp_path / "lista.xlsx"
    workbook.save(path)

    code, _, err = run(capsys, data_dir, "practice", "import", str(path))

    assert code == 1
    assert "wiersz 3, kolumna „Temat”" in assert_one_sentence(err)
    assert run_json(capsys, data_dir, "practice", "list") == []

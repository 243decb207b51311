"""``cwd-desktop stakeholder list|add|import|export``: what scripts and coordinators rely on."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from cwd_desktop import cli
from cwd_desktop.config import DB_FILENAME
from cwd_desktop.domain.text import fold


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> Any:
    code, out, err = run(capsys, data_dir, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cwd-desktop: "), err
    return lines[0].removeprefix("cwd-desktop: ")


def counts(data_dir: Path) -> tuple[int, int]:
    """Stakeholder rows (tombstones too) and outbox entries."""
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        return (
            int(conn.execute("SELECT count(*) FROM stakeholder").fetchone()[0]),
            int(conn.execute("SELECT count(*) FROM outbox").fetchone()[0]),
        )
    finally:
        conn.close()


@pytest.fixture
def demo(capsys: pytest.CaptureFixture[str], data_dir: Path) -> Path:
    assert run(capsys, data_dir, "demo")[0] == 0
    return data_dir


def test_list_json_gives_the_register_with_readable_names(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    rows = run_json(capsys, demo, "stakeholder", "list", "--partnership", "pgzb")

    assert 15 <= len(rows) <= 25
    lgd = next(r for r in rows if "Warmiński Zakątek" in r["name"])
    assert lgd["category"] == "lgd"
    assert lgd["category_label"] == "LGD (lokalna grupa działania)"
    assert lgd["contacts"] == 2
    osp = next(r for r in rows if r["name"] == "OSP Frombork")
    assert (osp["teryt"], osp["jst"]) == ("2802033", "Frombork (gmina miejsko-wiejska)")
    names = [r["name"] for r in rows]
    assert names == sorted(names, key=fold)


def test_list_text_and_filter(capsys: pytest.CaptureFixture[str], demo: Path) -> None:
    code, out, _ = run(capsys, demo, "stakeholder", "list", "-p", "PZŁ", "--filter", "losic")

    assert code == 0
    lines = out.strip().splitlines()
    assert lines and all("losic" in fold(line) for line in lines)


def test_add_takes_category_and_jst_by_name(capsys: pytest.CaptureFixture[str], demo: Path) -> None:
    added = run_json(
        capsys,
        demo,
        "stakeholder",
        "add",
        "--partnership",
        "PGZB",
        "--name",
        "KGW Żelazna Góra",
        "--category",
        "koło gospodyń wiejskich",
        "--teryt",
        "Braniewo (gmina wiejska)",
        "--influence",
        "2",
        "--interest",
        "5",
        "--place",
        "Żelazna Góra",
    )

    assert (added["category"], added["teryt"], added["influence"], added["interest"]) == (
        "kgw",
        "2802022",
        2,
        5,
    )
    rows = run_json(capsys, demo, "stakeholder", "list", "-p", "PGZB", "--filter", "zelazna kgw")
    assert [r["id"] for r in rows] == [added["id"]]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--category", "klub"], "Nieznana kategoria interesariusza: „klub”."),
        (
            ["--category", "osp", "--teryt", "Braniewo"],
            "Nazwa „Braniewo” jest niejednoznaczna: podaj kod TERYT (2802011, 2802022).",
        ),
        (
            ["--category", "osp", "--influence", "9"],
            "Wpływ musi być liczbą całkowitą od 1 do 5 (podano „9”).",
        ),
    ],
)
def test_add_refuses_bad_values_with_one_sentence(
    capsys: pytest.CaptureFixture[str], demo: Path, extra: list[str], message: str
) -> None:
    before = counts(demo)
    code, _, err = run(capsys, demo, "stakeholder", "add", "-p", "PGZB", "--name", "X", *extra)

    assert code == 1
    assert one_sentence(err) == message
    assert counts(demo) == before


def test_import_dry_run_prints_counts_and_duplicates_and_stores_nothing(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    path = tmp_path / "rejestr.csv"
    path.write_bytes(
        "Nazwa;Kategoria;Gmina;Wpływ\n"
        "OSP Frombork;OSP;Frombork;3\n"
        "Koło Łowieckie „Żuraw”;inne;Płoskinia;2\n".encode("cp1250")
    )
    before = counts(demo)

    code, out, err = run(
        capsys, demo, "stakeholder", "import", str(path), "-p", "PGZB", "--dry-run"
    )

    assert code == 0, err
    assert out.splitlines() == [
        "Do zaimportowania: 2 interesariuszy, 0 osób kontaktowych.",
        "Prawdopodobne duplikaty (1):",
        "  Wiersz 2: „OSP Frombork” (Frombork (gmina miejsko-wiejska)) jest już w rejestrze "
        "jako „OSP Frombork”.",
    ]
    assert counts(demo) == before


def test_import_stores_and_can_skip_duplicates(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    path = tmp_path / "rejestr.csv"
    path.write_text(
        "Nazwa,Kategoria,Gmina\nOSP Frombork,OSP,Frombork\nKoło Łowieckie Żuraw,inne,Płoskinia\n",
        encoding="utf-8-sig",
    )
    result = run_json(
        capsys, demo, "stakeholder", "import", str(path), "-p", "PGZB", "--skip-duplicates"
    )

    assert (result["stakeholders"], result["skipped"]) == (1, 1)
    rows = run_json(capsys, demo, "stakeholder", "list", "-p", "PGZB", "--filter", "zuraw")
    assert [r["name"] for r in rows] == ["Koło Łowieckie Żuraw"]


def test_import_of_bad_input_exits_1_naming_row_and_column(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    path = tmp_path / "rejestr.csv"
    path.write_text("Nazwa;Kategoria\nOSP Nowa;OSP\nKlub;klub sportowy\n", encoding="utf-8")
    before = counts(demo)

    code, _, err = run(capsys, demo, "stakeholder", "import", str(path), "-p", "PGZB")

    assert code == 1
    assert one_sentence(err) == (
        "Nie zaimportowano pliku „rejestr.csv”: Wiersz 3, kolumna „Kategoria”: "
        "Nieznana kategoria interesariusza: „klub sportowy”."
    )
    assert counts(demo) == before


def test_import_of_a_fake_workbook_exits_1(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    path = tmp_path / "rejestr.xlsx"
    path.write_text("to nie jest skoroszyt", encoding="utf-8")

    code, _, err = run(capsys, demo, "stakeholder", "import", str(path), "-p", "PGZB")

    assert code == 1
    assert (
        one_sentence(err)
        == "Plik „rejestr.xlsx” nie jest skoroszytem (XLSX), który można odczytać."
    )


def test_export_writes_a_workbook_that_reopens(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    target = tmp_path / "pzl.xlsx"

    result = run_json(capsys, demo, "stakeholder", "export", "-p", "PZŁ", "-o", str(target))

    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert result["stakeholders"] == len(rows) - 1 >= 15
    assert rows[0][0] == "Nazwa"
    assert any(r[0] == "Okręgowa Spółdzielnia Mleczarska w Łosicach" for r in rows)


def test_unknown_partnership_is_one_sentence(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    code, _, err = run(capsys, demo, "stakeholder", "list", "-p", "NIE-MA")
    assert code == 1 and one_sentence(err) == "Nie ma partnerstwa NIE-MA."


def test_missing_partnership_option_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    code, _, _ = run(capsys, demo, "stakeholder", "list")
    assert code == 2

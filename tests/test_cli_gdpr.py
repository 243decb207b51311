"""``cwd-desktop person …``: RODO requests handled from a terminal or a script."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from cwd_desktop import cli
from cwd_desktop.config import DB_FILENAME
from cwd_desktop.services.app import Services
from cwd_desktop.store import open_store
from tests.services.test_gdpr import HALINA, PHONE, Scene, build_scene, make_partnership


@pytest.fixture
def scene(data_dir: Path) -> Iterator[Scene]:
    store = open_store(data_dir)
    try:
        services = Services(store)
        built = build_scene(services, make_partnership(services))
    finally:
        store.close()
    yield built


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


def contact(data_dir: Path, contact_id: str) -> tuple[Any, ...]:
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        return tuple(
            conn.execute(
                "SELECT deleted_at IS NOT NULL, name, phone, consent_on, consent_withdrawn_on "
                "FROM contact_person WHERE id = ?",
                (contact_id,),
            ).fetchone()
        )
    finally:
        conn.close()


def test_list_gives_the_ids_to_act_on_with_each_persons_consent(
    capsys: pytest.CaptureFixture[str], data_dir: Path, scene: Scene
) -> None:
    people = run_json(capsys, data_dir, "person", "list", "-p", "PGZB")

    assert [(p["id"], p["name"], p["stakeholder"], p["consent_on"]) for p in people] == [
        (scene.halina, HALINA, "OSP Frombork", "2021-06-17"),
        (scene.jan, "Jan Nowak", "KGW Płoskinia", None),
    ]
    code, out, _ = run(capsys, data_dir, "person", "list", "-p", "PGZB")
    assert code == 0
    assert f"{scene.halina}  {HALINA} (OSP Frombork) — zgoda z 2021-06-17" in out
    assert "Jan Nowak (KGW Płoskinia) — brak zgody" in out


def test_export_writes_json_or_xlsx_and_refuses_other_files(
    capsys: pytest.CaptureFixture[str], data_dir: Path, scene: Scene, tmp_path: Path
) -> None:
    as_json, as_xlsx = tmp_path / "halina.json", tmp_path / "halina.xlsx"

    assert run(capsys, data_dir, "person", "export", scene.halina, "-o", str(as_json))[0] == 0
    code, out, _ = run(capsys, data_dir, "person", "export", scene.halina, "-o", str(as_xlsx))

    assert code == 0 and out.strip() == f"Zapisano dane osoby do pliku {as_xlsx}."
    assert json.loads(as_json.read_text(encoding="utf-8"))["person"]["phone"] == PHONE
    facts = dict(load_workbook(as_xlsx)["Osoba"].iter_rows(min_row=2, values_only=True))
    assert facts["Telefon"] == PHONE
    code, _, err = run(capsys, data_dir, "person", "export", scene.halina, "-o", "x.docx")
    assert code == 1
    assert one_sentence(err) == (
        "Dane osoby można zapisać tylko do pliku .json lub .xlsx (podano x.docx)."
    )


def test_erase_shows_the_plan_and_needs_yes_then_erases_everywhere(
    capsys: pytest.CaptureFixture[str], data_dir: Path, scene: Scene
) -> None:
    code, out, err = run(capsys, data_dir, "person", "erase", scene.halina)

    assert code == 1
    assert one_sentence(err) == (
        "Nic nie usunięto: usunięcia danych osoby nie można cofnąć; powtórz polecenie z --yes."
    )
    assert "usunięte wpisy attendance: 1" in out
    assert "wyczyszczone pola comment.author: 1" in out
    assert f"meeting.minutes {scene.meeting} — Warsztat strategiczny (2024-03-12)" in out
    assert contact(data_dir, scene.halina)[:3] == (0, HALINA, PHONE)

    done = run_json(capsys, data_dir, "person", "erase", scene.halina, "--yes")

    assert done["done"] is True
    assert done["removed"] == {"contact_person": 1, "attendance": 1, "working_group_member": 1}
    assert done["review"] == [
        {
            "table": "meeting",
            "row_id": scene.meeting,
            "field": "minutes",
            "where": "Warsztat strategiczny (2024-03-12)",
        }
    ]
    assert contact(data_dir, scene.halina)[:3] == (1, "", "")
    code, _, err = run(capsys, data_dir, "person", "erase", scene.halina, "--yes")
    assert code == 1 and "już nie istnieje" in one_sentence(err)


def test_consent_is_withdrawn_and_given_again_with_dates(
    capsys: pytest.CaptureFixture[str], data_dir: Path, scene: Scene, tmp_path: Path
) -> None:
    code, out, _ = run(
        capsys, data_dir, "person", "withdraw-consent", scene.halina, "--on", "06.05.2024"
    )
    assert code == 0
    assert out.strip() == (
        "Zapisano wycofanie zgody (2024-05-06); osoba nie będzie ujmowana w eksportach."
    )
    target = tmp_path / "rejestr.xlsx"
    assert (
        run(
            capsys,
            data_dir,
            "stakeholder",
            "export",
            "-p",
            "PGZB",
            "-o",
            str(target),
            "--with-contacts",
        )[0]
        == 0
    )
    names = [r[2] for r in load_workbook(target)["Osoby kontaktowe"].iter_rows(values_only=True)]
    assert HALINA not in names

    again = run_json(
        capsys, data_dir, "person", "restore-consent", scene.halina, "--on", "2024-09-02"
    )

    assert again == {"id": scene.halina, "consent_on": "2024-09-02"}
    assert contact(data_dir, scene.halina)[3:] == ("2024-09-02", None)
    code, _, err = run(capsys, data_dir, "person", "withdraw-consent", scene.jan)
    assert code == 1 and "nie ma zapisanej zgody" in one_sentence(err)
    code, _, err = run(capsys, data_dir, "person", "withdraw-consent", scene.halina, "--on", "x")
    assert code == 1 and one_sentence(err) == "„x” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR)."

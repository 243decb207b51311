"""The consultation log exported to XLSX reopens with one row per comment."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from cwd_desktop.errors import Cancelled, UserError
from cwd_desktop.exports.xlsx.consultations import export_log
from cwd_desktop.services import consultations as svc
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.progress import Progress

HEADER = [
    "Data",
    "Miejsce",
    "Forma",
    "Temat / konsultowany dokument",
    "Ogłoszono",
    "Uwagi do",
    "Nr",
    "Zgłaszający",
    "Kategoria",
    "Fragment dokumentu",
    "Treść uwagi",
    "Propozycja zmiany",
    "Rozstrzygnięcie",
    "Uzasadnienie",
]


@pytest.fixture
def log(services: Services) -> tuple[str, str]:
    """A partnership with two events and three comments; returns (partnership, event)."""
    pid = services.partnerships.create(DEMO_PARTNERSHIPS[0])
    meeting = services.records.create(
        "consultation",
        pid,
        {
            "held_on": "2021-11-30",
            "subject": "Projekt strategii – spotkanie otwarte",
            "form": "open_meeting",
            "place": "Braniewo, sala sesyjna",
            "announced_on": "2021-11-15",
            "comments_until": "2021-12-19",
        },
    )
    workshop = services.records.create(
        "consultation",
        pid,
        {"held_on": "2021-06-17", "subject": "Warsztat turystyczny", "form": "workshop"},
    )
    for values in (
        {
            "author": "OSP Płoskinia",
            "author_category": "osp",
            "section": "Cel 1.3",
            "content": "Brak łodzi ratowniczych\nnad Zalewem",
            "proposal": "=Zakup łodzi",
            "disposition": "explained",
            "justification": "Finansuje KSRG.",
        },
        {"author": "Krzysztof Lis", "content": "Autobus do Lelkowa po 15:10"},
    ):
        svc.add_comment(services, meeting, values)
    svc.add_comment(
        services, workshop, {"author": "Jan Malinowski", "content": "Tramwaj wodny do Krynicy"}
    )
    return pid, meeting


def sheet_rows(path: Path, title: str) -> list[list[Any]]:
    book = load_workbook(path)
    return [list(row) for row in book[title].iter_rows(values_only=True)]


def test_the_exported_log_reopens_with_one_row_per_comment(
    services: Services, log: tuple[str, str], tmp_path: Path
) -> None:
    pid, _ = log
    path = tmp_path / "dziennik.xlsx"

    count = export_log(services.store, pid, path, today=date(2022, 2, 1))

    rows = sheet_rows(path, "Uwagi")
    assert count == 3
    assert rows[0] == HEADER
    assert [row[10] for row in rows[1:]] == [
        "Tramwaj wodny do Krynicy",
        "Brak łodzi ratowniczych\nnad Zalewem",
        "Autobus do Lelkowa po 15:10",
    ]
    second = rows[2]
    assert second[:7] == [
        datetime(2021, 11, 30),
        "Braniewo, sala sesyjna",
        "spotkanie otwarte",
        "Projekt strategii – spotkanie otwarte",
        datetime(2021, 11, 15),
        datetime(2021, 12, 19),
        1,
    ]
    assert second[7:] == [
        "OSP Płoskinia",
        "OSP (ochotnicza straż pożarna)",
        "Cel 1.3",
        "Brak łodzi ratowniczych\nnad Zalewem",
        "=Zakup łodzi",  # text, never a formula
        "wyjaśniona",
        "Finansuje KSRG.",
    ]
    assert rows[3][12] is None  # no disposition yet


def test_the_header_is_bold_and_frozen_and_long_text_wraps(
    services: Services, log: tuple[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "dziennik.xlsx"
    export_log(services.store, log[0], path)

    sheet = load_workbook(path)["Uwagi"]

    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet["K2"].alignment.wrap_text
    assert sheet["A2"].number_format == "DD.MM.YYYY"
    assert sheet["P2"].data_type != "f" and sheet["L3"].data_type == "s"
    assert sheet.column_dimensions["K"].width >= 40


def test_the_events_sheet_lists_each_event_with_its_art6_findings(
    services: Services, log: tuple[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "dziennik.xlsx"
    export_log(services.store, log[0], path, today=date(2022, 2, 1))

    rows = sheet_rows(path, "Wydarzenia")

    assert [row[3] for row in rows[1:]] == [
        "Warsztat turystyczny",
        "Projekt strategii – spotkanie otwarte",
    ]
    meeting = rows[2]
    assert meeting[7:9] == [2, datetime(2022, 1, 18)]
    assert "Okres zgłaszania uwag trwa 34 dni" in meeting[9]
    assert "Uwagi bez rozstrzygnięcia: 1 (nr 2)." in meeting[9]


def test_a_cancelled_or_failed_export_leaves_no_file(
    services: Services, log: tuple[str, str], tmp_path: Path
) -> None:
    cancelled = Progress()
    cancelled.cancel()
    folder = tmp_path / "eksport"
    folder.mkdir()

    with pytest.raises(Cancelled):
        export_log(services.store, log[0], folder / "dziennik.xlsx", progress=cancelled)
    with pytest.raises(UserError, match=r"Nie można zapisać pliku .*brak-folderu"):
        export_log(services.store, log[0], folder / "brak-folderu" / "x.xlsx")

    assert list(folder.iterdir()) == []


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed: the Calc round trip is not checked here; "
    "the openpyxl reopen tests above still run",
)
def test_libreoffice_calc_opens_the_log(
    services: Services, log: tuple[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "dziennik.xlsx"
    export_log(services.store, log[0], path)
    out = tmp_path / "csv"

    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )

    with (out / "dziennik.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == HEADER
    assert rows[2][0] == "30.11.2021"
    assert rows[2][7:9] == ["OSP Płoskinia", "OSP (ochotnicza straż pożarna)"]
    assert rows[2][11] == "=Zakup łodzi"

"""The art. 6 ust. 6 uzppr report: course of the consultations and a response to every comment."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.enum.section import WD_ORIENT

from cwd_desktop.exports.docx.registry import build_document
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from tests.exports.docx_check import headings, pdf_text, reopen, squeeze, table_texts
from tests.exports.docx_data import Log, consultation_log, partnership

COMMENT_HEADER = [
    "Nr",
    "Zgłaszający",
    "Fragment dokumentu",
    "Treść uwagi",
    "Propozycja zmiany",
    "Rozstrzygnięcie",
    "Uzasadnienie",
]


@pytest.fixture
def log(services: Services) -> Log:
    return consultation_log(services)


def export(services: Services, pid: str, path: Path) -> Path:
    return build_document(services, "consultation-report", pid, path)


def test_the_report_has_the_required_parts_in_order(
    services: Services, log: Log, tmp_path: Path
) -> None:
    document = reopen(export(services, log.partnership_id, tmp_path / "sprawozdanie.docx"))

    assert document.paragraphs[0].text == "Sprawozdanie z przebiegu i wyników konsultacji"
    assert headings(document) == [
        (1, "1. Informacje ogólne"),
        (1, "2. Przebieg konsultacji"),
        (2, "2.1. 17.06.2021 — Warsztat diagnostyczny: turystyka Zalewu Wiślanego"),
        (2, "2.2. 30.11.2021 — Projekt strategii — spotkanie otwarte"),
        (1, "3. Podsumowanie uwag"),
        (1, "4. Zestawienie uwag wraz z rozstrzygnięciami"),
        (1, "5. Sporządzenie sprawozdania"),
    ]


def test_each_event_lists_its_art6_dates_and_what_is_missing(
    services: Services, log: Log, tmp_path: Path
) -> None:
    document = reopen(export(services, log.partnership_id, tmp_path / "sprawozdanie.docx"))
    texts = [p.text for p in document.paragraphs]

    assert "Forma: warsztat" in texts
    assert "Ogłoszenie konsultacji: 15.11.2021" in texts
    assert (
        "Termin zgłaszania uwag: 15.12.2021 (30 dni od ogłoszenia; wymagane co najmniej 35)"
        in texts
    )
    assert "Termin publikacji sprawozdania: 14.01.2022 (30 dni po terminie uwag)" in texts
    assert "Interesariusze: OSP Płoskinia" in texts
    # The art. 6 checks of the draft: period too short, one undecided, one unjustified.
    notice = [p.text for p in document.paragraphs if p.style.name == "CWD Uwaga"]
    assert notice[0] == "Do uzupełnienia przed publikacją (art. 6 uzppr):"
    assert any("trwa 30 dni" in line and "co najmniej 35 dni" in line for line in notice)
    assert any("Uwagi bez rozstrzygnięcia: 1 (nr 3)" in line for line in notice)
    assert any("bez uzasadnienia: 1 (nr 2)" in line for line in notice)
    assert not any("minął" in line for line in notice)  # the report's own date is no finding
    events = table_texts(document)[0]
    assert events[0] == ["Lp.", "Data", "Forma", "Miejsce", "Temat", "Uczestnicy", "Uwagi"]
    assert events[2][1:] == [
        "30.11.2021",
        "spotkanie otwarte",
        "Braniewo, Urząd Miasta",
        "Projekt strategii — spotkanie otwarte",
        "41",
        "3",
    ]


def test_every_comment_is_in_the_table_with_its_disposition_and_justification(
    services: Services, log: Log, tmp_path: Path
) -> None:
    path = export(services, log.partnership_id, tmp_path / "sprawozdanie.docx")
    document = reopen(path)
    comments = table_texts(document)[-1]

    assert comments[0] == COMMENT_HEADER
    assert comments[1:] == [
        [
            "1",
            "Stowarzyszenie Przyjaciół Ziemi Braniewskiej\n(stowarzyszenie / fundacja (NGO))",
            "Cel 2.1 Turystyka",
            "Brak ścieżki rowerowej wokół Zalewu Wiślanego.",
            "Dodać działanie „Velo Zalew”.",
            "uwzględniona",
            "Dodano działanie 2.1.4.",
        ],
        [
            "2",
            "Jan Żółkiewski\n(mieszkańcy / grupa nieformalna)",
            "Rozdział 8",
            "Za mało miejsc w komitecie monitorującym.",
            "Dwa miejsca dla mieszkańców.",
            "nieuwzględniona",
            "",
        ],
        [
            "3",
            "OSP Płoskinia\n(OSP (ochotnicza straż pożarna))",
            "Cel 3.1 Bezpieczeństwo",
            "Jednostki OSP nie mają sprzętu do ratownictwa na wodzie.",
            "Zakup łodzi ratowniczych.",
            "bez rozstrzygnięcia",
            "",
        ],
    ]
    # The wide table is on landscape pages, and the document goes back to portrait after it.
    orientations = [s.orientation for s in document.sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]


def test_the_summary_counts_every_disposition(services: Services, log: Log, tmp_path: Path) -> None:
    document = reopen(export(services, log.partnership_id, tmp_path / "sprawozdanie.docx"))
    by_disposition = table_texts(document)[1]

    assert "Zgłoszono łącznie 3 uwagi. Sposób rozpatrzenia:" in [
        p.text for p in document.paragraphs
    ]
    assert by_disposition == [
        ["Rozstrzygnięcie", "Liczba uwag", "Udział"],
        ["uwzględniona", "1", "33%"],
        ["uwzględniona częściowo", "0", "0%"],
        ["nieuwzględniona", "1", "33%"],
        ["wyjaśniona", "0", "0%"],
        ["bez rozstrzygnięcia", "1", "33%"],
        ["Razem", "3", "100%"],
    ]


def test_deleted_comments_and_other_partnerships_stay_out(
    services: Services, log: Log, tmp_path: Path
) -> None:
    services.records.delete("comment", log.comments[1])
    consultation_log(services, services.partnerships.create(DEMO_PARTNERSHIPS[1]))

    document = reopen(export(services, log.partnership_id, tmp_path / "sprawozdanie.docx"))

    numbers = [row[0] for row in table_texts(document)[-1][1:]]
    assert numbers == ["1", "3"]


def test_consultations_without_comments_still_give_a_valid_report(
    services: Services, tmp_path: Path
) -> None:
    pid = partnership(services)
    services.records.create(
        "consultation", pid, {"held_on": "2021-06-17", "subject": "Warsztat", "form": "workshop"}
    )

    document = reopen(export(services, pid, tmp_path / "sprawozdanie.docx"))

    texts = [p.text for p in document.paragraphs]
    assert texts.count("W trakcie konsultacji nie zgłoszono żadnych uwag.") == 2
    assert [t[0] for t in table_texts(document)] == [
        ["Lp.", "Data", "Forma", "Miejsce", "Temat", "Uczestnicy", "Uwagi"]
    ]


def test_a_partnership_without_consultations_gets_a_report_saying_so(
    services: Services, tmp_path: Path
) -> None:
    pid = partnership(services)

    document = reopen(export(services, pid, tmp_path / "sprawozdanie.docx"))

    texts = [p.text for p in document.paragraphs]
    assert "W partnerstwie nie zapisano żadnego wydarzenia konsultacyjnego." in texts
    assert table_texts(document) == []


def test_libreoffice_renders_the_report_with_polish_text(
    services: Services, log: Log, tmp_path: Path
) -> None:
    path = export(services, log.partnership_id, tmp_path / "sprawozdanie.docx")

    text = squeeze(pdf_text(path, tmp_path))

    assert "Sprawozdanie z przebiegu i wyników konsultacji" in text
    # Short cell texts: a wrapped cell's lines interleave with its neighbours' in a PDF.
    assert "Zakup łodzi ratowniczych." in text
    assert "nieuwzględniona" in text
    assert "bez rozstrzygnięcia" in text
    assert "Strona 3 z" in text

"""Protokół ze spotkania: everything the meeting holds, in the order minutes give it."""

from __future__ import annotations

from pathlib import Path

import pytest

from cwd_desktop.errors import UserError
from cwd_desktop.exports.docx.registry import build_document, exporters
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from tests.exports.docx_check import headings, pdf_text, reopen, squeeze, table_texts
from tests.exports.docx_data import Minutes, meeting_with_minutes


@pytest.fixture
def minutes(services: Services) -> Minutes:
    return meeting_with_minutes(services)


def export(services: Services, m: Minutes, path: Path) -> Path:
    return build_document(services, "minutes", m.partnership_id, path, meeting=m.meeting)


def test_minutes_give_the_meeting_its_people_agenda_and_decisions(
    services: Services, minutes: Minutes, tmp_path: Path
) -> None:
    document = reopen(export(services, minutes, tmp_path / "protokol.docx"))
    texts = [p.text for p in document.paragraphs]

    assert texts[:2] == ["Protokół ze spotkania", "Spotkanie grupy ds. transportu"]
    assert "Data: 12.05.2021" in texts
    assert "Miejsce: Urząd Miasta Braniewa, sala 12, Braniewo" in texts
    assert "Grupa robocza: Grupa ds. transportu" in texts
    assert headings(document) == [
        (1, "Lista obecności"),
        (1, "Porządek spotkania"),
        (1, "Przebieg spotkania"),
        (1, "Ustalenia"),
        (1, "Zadania do wykonania"),
    ]
    assert "Obecni: 2 osoby; nieobecni: 1 osoba." in texts
    # Typed numbers and dashes become list items, numbered afresh.
    agenda = [p.text for p in document.paragraphs if p.style.name == "List Number"]
    assert agenda == [
        "Otwarcie",
        "Rozkłady jazdy PKS",
        "Wolne wnioski",
        "Zlecić badanie ruchu.",
        "Zaprosić przewoźników.",
    ]
    assert "Omówiono rozkłady jazdy." in texts
    assert "Ustalono zakres badania ruchu." in texts


def test_attendance_and_action_items_are_tables(
    services: Services, minutes: Minutes, tmp_path: Path
) -> None:
    attendance, actions = table_texts(reopen(export(services, minutes, tmp_path / "p.docx")))

    assert attendance == [
        ["Lp.", "Imię i nazwisko", "Funkcja, instytucja", "Obecność"],
        ["1", "Andrzej Malinowski", "burmistrz Miasta Braniewa", "obecny/a"],
        ["2", "Łucja Ślęzak", "sekretarz gminy Płoskinia", "obecny/a"],
        ["3", "Zdzisław Nowicki", "wójt gminy Lelkowo", "nieobecny/a"],
    ]
    assert actions == [
        ["Lp.", "Zadanie", "Odpowiedzialny", "Termin", "Status"],
        [
            "1",
            "Przekazać dane o przewozach szkolnych",
            "sekretarze gmin",
            "01.06.2021",
            "zakończone",
        ],
        ["2", "Przygotować zestawienie linii zawieszonych", "Krzysztof Dąbrowski", "—", "otwarte"],
    ]


def test_an_empty_meeting_still_gives_minutes_saying_what_is_missing(
    services: Services, tmp_path: Path
) -> None:
    pid = services.partnerships.create(DEMO_PARTNERSHIPS[0])
    meeting = services.records.create(
        "meeting", pid, {"title": "Krótkie spotkanie", "held_on": "2021-05-12"}
    )

    document = reopen(
        build_document(services, "minutes", pid, tmp_path / "p.docx", meeting=meeting)
    )

    texts = [p.text for p in document.paragraphs]
    for line in (
        "Nie zapisano listy obecności.",
        "Nie zapisano porządku spotkania.",
        "Nie zapisano przebiegu spotkania.",
        "Nie podjęto ustaleń.",
        "Nie przydzielono zadań.",
    ):
        assert line in texts
    assert document.tables == []


def test_a_meeting_of_another_partnership_or_a_deleted_one_is_refused(
    services: Services, minutes: Minutes, tmp_path: Path
) -> None:
    other = services.partnerships.create(DEMO_PARTNERSHIPS[1])
    with pytest.raises(UserError, match=r"^Nie ma spotkania .* w partnerstwie MOF Bolesławiec\."):
        build_document(services, "minutes", other, tmp_path / "p.docx", meeting=minutes.meeting)
    services.records.delete("meeting", minutes.meeting)
    with pytest.raises(UserError, match=r"^Nie ma spotkania"):
        export(services, minutes, tmp_path / "p.docx")
    assert list(tmp_path.glob("*.docx")) == []


def test_minutes_need_a_meeting(services: Services, minutes: Minutes, tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        build_document(services, "minutes", minutes.partnership_id, tmp_path / "p.docx")
    assert str(caught.value) == (
        "Dokument „protokół ze spotkania” dotyczy jednego rekordu: wskaż go (opcja --meeting)."
    )


def test_the_meetings_to_choose_from_are_the_partnerships_newest_first(
    services: Services, minutes: Minutes
) -> None:
    services.records.create(
        "meeting", minutes.partnership_id, {"title": "Późniejsze", "held_on": "2021-09-01"}
    )
    choose = exporters()["minutes"].choices  # type: ignore[index]
    assert choose is not None

    labels = [text for _, text in choose(services, minutes.partnership_id)]

    assert labels == ["01.09.2021 — Późniejsze", "12.05.2021 — Spotkanie grupy ds. transportu"]


def test_libreoffice_renders_the_minutes(
    services: Services, minutes: Minutes, tmp_path: Path
) -> None:
    text = squeeze(pdf_text(export(services, minutes, tmp_path / "protokol.docx"), tmp_path))

    assert "Protokół ze spotkania" in text
    assert "Łucja Ślęzak" in text
    assert "Zaprosić przewoźników." in text
    assert "Strona 1 z 2" in text or "Strona 1 z 1" in text

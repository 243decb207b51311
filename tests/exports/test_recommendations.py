"""The recommendations document: balance of benefits, open issues, recommendations by priority.

PGZB's implementation on 30 June 2027 (``tests/exports/implementation_data.py``).
Halina Wiśniewska, a contact person who withdrew consent, is named as
co-responsible for a recommendation and owns an open action item: the
document leaves her out (and, before she withdraws, names her, so the
check can fail) while the recommendation and the task stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.document import Document

from cwd_desktop.exports.docx.registry import build_document
from cwd_desktop.services.app import Services
from tests.exports.docx_check import headings, pdf_text, reopen, squeeze, table_texts
from tests.exports.implementation_data import (
    CENTRE,
    DONE_ACTION,
    HALINA,
    OPEN_ACTION,
    TODAY,
    History,
    implementation_history,
)


def export(services: Services, history: History, tmp_path: Path) -> tuple[Path, Document]:
    path = build_document(
        services, "recommendations", history.partnership_id, tmp_path / "rek.docx", today=TODAY
    )
    return path, reopen(path)


def everything(document: Document) -> str:
    """The text of every paragraph and table cell."""
    cells = [c for table in table_texts(document) for row in table for c in row]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def section(document: Document, heading: str, until: str) -> list[str]:
    """The paragraphs between two headings (in the body: the contents list them first)."""
    texts = [p.text for p in document.paragraphs]
    start = len(texts) - 1 - texts[::-1].index(heading)
    return texts[start + 1 : texts.index(until, start)]


@pytest.fixture
def history(services: Services) -> History:
    return implementation_history(services)


def test_document_has_balance_issues_and_recommendations(
    services: Services, history: History, tmp_path: Path
) -> None:
    _, document = export(services, history, tmp_path)
    assert [t for level, t in headings(document) if level == 1] == [
        "1. Bilans korzyści",
        "2. Otwarte kwestie",
        "3. Rekomendacje",
    ]
    balance = next(t for t in table_texts(document) if t[0] == ["Element bilansu", "Wartość"])
    rows = dict((row[0], row[1]) for row in balance[1:])
    assert rows["Projekty zrealizowane"] == "1"
    assert rows["Wskaźniki osiągnięte"] == "1 z 3"
    assert rows["Wskaźniki zagrożone"] == "1 z 3"
    assert rows["Dofinansowanie pozyskane"] == "23\u00a0100\u00a0000 zł (52,9% kosztu)"
    assert rows["Wnioski wybrane do dofinansowania"] == "2 z 4"
    # A chart of the indicators by state and one of the funding secured.
    assert len(document.inline_shapes) == 2


def test_open_issues_are_listed_by_kind(
    services: Services, history: History, tmp_path: Path
) -> None:
    _, document = export(services, history, tmp_path)
    issues = section(document, "2. Otwarte kwestie", "3. Rekomendacje")
    assert issues[0].endswith("liczy 7 pozycji.")
    subheads = [t for level, t in headings(document) if level == 2]
    assert subheads[:7] == [
        "Opóźnione zadania",
        "Wskaźniki zagrożone nieosiągnięciem",
        "Wnioski odrzucone lub wycofane",
        "Wnioski oczekujące na rozstrzygnięcie",
        "Projekty bez wniosku o dofinansowanie",
        "Przekroczenie kosztorysu",
        "Niezamknięte ustalenia ze spotkań",
    ]
    text = "\n".join(issues)
    assert (
        "2. Sieć punktów opieki nad seniorami, zadanie „Przebudowa dziennego domu pomocy”: "
        "planowane zakończenie 31.05.2027, opóźnienie 30 dni." in text
    )
    assert "osiągnięto 33% wartości docelowej; termin 31.12.2027." in text
    assert f"4. {CENTRE} (koszt 1\u00a0200\u00a0000 zł): brak wniosku o dofinansowanie." in text
    assert "o 250\u00a0000 zł (105,6% kosztu)" in text
    assert "FEWM.07.03-IZ.00-002/26 na 9\u00a0600\u00a0000 zł: odrzucony 15.12.2026." in text
    assert "na 8\u00a0000\u00a0000 zł złożony 01.02.2027: w ocenie." in text
    assert OPEN_ACTION in text
    assert DONE_ACTION not in text


def test_recommendations_come_by_priority(
    services: Services, history: History, tmp_path: Path
) -> None:
    _, document = export(services, history, tmp_path)
    summary = next(t for t in table_texts(document) if t[0][:2] == ["Lp.", "Rekomendacja"])
    assert [row[1:3] for row in summary[1:]] == [
        ["Ponowić wniosek na sieć opieki senioralnej", "wysoki"],
        ["Przygotować wniosek dla centrum usług wspólnych", "średni"],
        ["Upowszechnić doświadczenia szlaku rowerowego", "niski"],
    ]
    assert summary[1][4] == "30.09.2027"
    details = section(
        document, "Rekomendacje o wysokim priorytecie", "Rekomendacje o średnim priorytecie"
    )
    assert details[0] == "1. Ponowić wniosek na sieć opieki senioralnej"
    assert "Następne kroki: Uzupełnić analizę kosztów utrzymania; złożyć w naborze FERS." in details
    assert "Projekt: 2. Sieć punktów opieki nad seniorami" in details


def test_a_person_who_withdrew_consent_is_left_out(services: Services, tmp_path: Path) -> None:
    before = implementation_history(services, withdraw=False)
    _, document = export(services, before, tmp_path)
    assert HALINA in everything(document)

    from cwd_desktop.services.gdpr import withdraw_consent

    withdraw_consent(services, before.halina, TODAY)
    _, document = export(services, before, tmp_path)
    text = everything(document)
    assert HALINA not in text
    assert "Halina" not in text
    # What she was part of stays: the recommendation, its other party, the task.
    assert "Urząd Miasta Braniewa" in text
    assert "Przygotować wniosek dla centrum usług wspólnych" in text
    assert OPEN_ACTION in text


def test_recommendations_read_right_as_pdf(
    services: Services, history: History, tmp_path: Path
) -> None:
    path, _ = export(services, history, tmp_path)
    text = squeeze(pdf_text(path, tmp_path))
    for expected in (
        "Bilans korzyści",
        "Otwarte kwestie",
        "Rekomendacje o wysokim priorytecie",
        "Ponowić wniosek na sieć opieki senioralnej",
    ):
        assert expected in text
    assert "Halina" not in text


def test_nothing_to_recommend_yet(services: Services, tmp_path: Path) -> None:
    from cwd_desktop.services.demo import DEMO_PARTNERSHIPS

    pid = services.partnerships.create(DEMO_PARTNERSHIPS[2])
    document = reopen(build_document(services, "recommendations", pid, tmp_path / "r.docx"))
    texts = [p.text for p in document.paragraphs]
    assert "Nie sformułowano jeszcze rekomendacji." in texts
    assert any(t.startswith("Nie stwierdzono otwartych kwestii") for t in texts)
    assert len(document.inline_shapes) == 0

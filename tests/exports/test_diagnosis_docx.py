"""The diagnostic report: reopened with python-docx, and as a PDF where LibreOffice is installed."""

from __future__ import annotations

from pathlib import Path

import pytest

from cwd_desktop.services import diagnosis_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS, fill_demo
from tests.exports.docx_check import headings, pdf_text, reopen, squeeze, table_texts


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Services]:
    """The demo's PGZB report, exported once for the module (charts take a while)."""
    from cwd_desktop.store import open_store

    folder = tmp_path_factory.mktemp("diagnosis")
    data = folder / "data"
    data.mkdir()
    services = Services(open_store(data))
    fill_demo(services)
    path = folder / "diagnoza.docx"
    services.documents.export("diagnosis", "PGZB", path, author="Marek Wiśniewski")
    return path, services


def test_the_report_has_its_chapters_and_an_indicator_heading_each(
    demo_report: tuple[Path, Services],
) -> None:
    path, services = demo_report
    found = headings(reopen(path))
    top = [text for level, text in found if level == 1]

    assert top == [
        "1. Wprowadzenie",
        "2. Sytuacja społeczno-gospodarcza w świetle wskaźników",
        "3. Wyniki badań ankietowych",
        "4. Analiza SWOT",
        "5. Wnioski z diagnozy",
    ]
    pid = services.partnerships.get("PGZB").id
    names = [i.name for i in reads.indicators(services.store, pid)]
    level3 = [text.split(" ", 1)[1] for level, text in found if level == 3]
    assert level3 == names
    assert (2, "2.1. Demografia") in found
    assert (2, "3.1. Badanie ankietowe mieszkańców 2026") in found


def test_each_indicator_is_a_jst_by_year_table(demo_report: tuple[Path, Services]) -> None:
    path, _ = demo_report
    indicator_tables = [t for t in table_texts(reopen(path)) if t[0][0] == "JST"]
    people = indicator_tables[0]  # Ludność ogółem

    assert people[0] == ["JST", "2019", "2020", "2021", "2022", "2023", "2024"]
    assert [row[0] for row in people[1:]] == [
        "Braniewo (gmina miejska)",
        "Braniewo (gmina wiejska)",
        "Frombork",
        "Lelkowo",
        "Pieniężno",
        "Płoskinia",
        "Wilczęta",
    ]
    assert all(len(row) == 7 and all(cell for cell in row) for row in people)
    assert people[1][1] == "16\u00a0808"
    texts = [p.text for p in reopen(path).paragraphs]
    assert (
        "W latach 2019–2024 wartość wskaźnika spadła we wszystkich JST. W 2024 r. wartość była "
        "najwyższa w JST Braniewo (gmina miejska): 15\u00a0996, a najniższa w JST Płoskinia: "
        "2\u00a0637."
    ) in texts
    assert len(indicator_tables) == 9
    rates = indicator_tables[3]  # unemployment: one decimal throughout the column
    assert all("," in cell for row in rates[1:] for cell in row[1:])


def test_captions_give_the_unit_and_the_source(demo_report: tuple[Path, Services]) -> None:
    path, _ = demo_report
    captions = [
        p.text
        for p in reopen(path).paragraphs
        if p.style is not None and p.style.name == "CWD Podpis"
    ]

    assert (
        "Tabela 1. Ludność ogółem [osoba], 2019–2024. Źródło: GUS, Bank Danych Lokalnych "
        "(dane przykładowe)."
    ) in captions
    assert "Rysunek 1. Ludność ogółem [osoba] w latach 2019–2024" in captions


def test_charts_for_indicators_and_for_every_closed_survey_question(
    demo_report: tuple[Path, Services],
) -> None:
    path, services = demo_report
    pid = services.partnerships.get("PGZB").id
    questions = 0
    for _, survey_id in reads.chosen_surveys(services.store, pid):
        data = services.surveys.load(survey_id)
        questions += sum(1 for q in data.questions if q.type != "text")

    pictures = len(reopen(path).inline_shapes)
    assert pictures == 9 + questions


def test_the_swot_is_a_two_by_two_matrix(demo_report: tuple[Path, Services]) -> None:
    path, services = demo_report
    swot = next(t for t in table_texts(reopen(path)) if t[0][1] == "Czynniki pozytywne")

    assert [row[0] for row in swot] == ["", "Czynniki wewnętrzne", "Czynniki zewnętrzne"]
    assert swot[1][1].splitlines()[0] == "Mocne strony"
    assert swot[1][2].splitlines()[0] == "Słabe strony"
    assert swot[2][1].splitlines()[0] == "Szanse"
    assert swot[2][2].splitlines()[0] == "Zagrożenia"
    pid = services.partnerships.get("PGZB").id
    strengths = reads.swot(services.store, pid)["strength"]
    assert swot[1][1].splitlines()[1:] == [f"• {t}" for t in strengths]


def test_conclusions_are_a_numbered_list(demo_report: tuple[Path, Services]) -> None:
    path, services = demo_report
    listed = [
        p.text
        for p in reopen(path).paragraphs
        if p.style is not None and p.style.name == "List Number"
    ]
    pid = services.partnerships.get("PGZB").id

    assert listed == [f"{r['area']}: {r['text']}" for r in reads.conclusions(services.store, pid)]


def test_a_partnership_without_a_diagnosis_still_gets_a_valid_report(
    services: Services, tmp_path: Path
) -> None:
    services.partnerships.create(DEMO_PARTNERSHIPS[2])
    path = tmp_path / "pusta.docx"
    services.documents.export("diagnosis", "PZŁ", path)

    document = reopen(path)
    texts = [p.text for p in document.paragraphs]
    assert "Nie wprowadzono wskaźników." in texts
    assert "Do raportu nie wybrano żadnego badania ankietowego." in texts
    assert "Nie przygotowano analizy SWOT." in texts
    assert "Nie sformułowano wniosków z diagnozy." in texts
    assert len(document.inline_shapes) == 0
    assert services.documents.versions(services.partnerships.get("PZŁ").id, "diagnosis")


def test_the_pdf_holds_the_chapters_and_the_figures(
    demo_report: tuple[Path, Services], tmp_path: Path
) -> None:
    path, _ = demo_report
    text = squeeze(pdf_text(path, tmp_path))

    for heading in (
        "Raport diagnostyczny",
        "2.1.1. Ludność ogółem",
        "4. Analiza SWOT",
        "5. Wnioski z diagnozy",
        "Czynniki wewnętrzne",
    ):
        assert heading in text
    assert "Pytanie 1. W której gminie Pan/Pani mieszka?" in text

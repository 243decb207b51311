"""The strategy exported as Word: the law's order, tables, maps, fields, and the gaps listed."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.document import Document
from docx.oxml.ns import qn

from cwd_desktop.exports.docx.registry import build_document
from cwd_desktop.services import strategy_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.demo_data import strategy as demo
from tests.exports.docx_check import (
    headings,
    part_xml,
    parts,
    pdf_text,
    reopen,
    squeeze,
    table_texts,
)

#: The level-1 headings of a supralocal strategy, in the order art. 10e ust. 3 u.s.g. lists them.
LAW_ORDER = [
    "1. Wnioski z diagnozy",
    "2. Wizja i misja",
    "3. Cele strategiczne rozwoju",
    "4. Kierunki działań",
    "5. Oczekiwane rezultaty planowanych działań i wskaźniki ich osiągnięcia",
    "6. Model struktury funkcjonalno-przestrzennej",
    "7. Ustalenia i rekomendacje w zakresie kształtowania i prowadzenia polityki przestrzennej",
    "8. Obszary strategicznej interwencji określone w strategii rozwoju województwa",
    "9. Obszary strategicznej interwencji kluczowe dla partnerstwa",
    "10. System realizacji strategii",
    "11. Ramy finansowe i źródła finansowania",
]
RESULT_HEADER = [
    "Oczekiwany rezultat",
    "Wskaźnik",
    "J.m.",
    "Wartość bazowa",
    "Wartość docelowa",
    "Rok",
    "Źródło danych",
]


@pytest.fixture
def ids(services: Services) -> dict[str, str]:
    found = {p.short_name: services.partnerships.create(p) for p in DEMO_PARTNERSHIPS}
    demo.fill(services, found)
    return found


def export(services: Services, pid: str, path: Path) -> Document:
    return reopen(build_document(services, "strategy", pid, path))


def first_page(document: Document) -> list[tuple[str, str]]:
    """(style, text) of the paragraphs before the first page break."""
    found = []
    for paragraph in document.paragraphs:
        if paragraph._element.findall(f".//{qn('w:br')}[@{qn('w:type')}='page']"):
            break
        found.append((paragraph.style.name if paragraph.style else "", paragraph.text))
    return found


def test_the_complete_strategy_follows_the_laws_order(
    services: Services, ids: dict[str, str], tmp_path: Path
) -> None:
    document = export(services, ids["PGZB"], tmp_path / "strategia.docx")

    assert [text for level, text in headings(document) if level == 1] == LAW_ORDER
    level2 = [text for level, text in headings(document) if level == 2]
    assert level2[:5] == [
        "2.1. Wizja",
        "2.2. Misja",
        "3.1. Wymiar społeczny",
        "3.2. Wymiar gospodarczy",
        "3.3. Wymiar przestrzenny",
    ]
    assert (
        "Heading 3",
        "Cel 1. Aktywni i zdrowi mieszkańcy z dostępem do dobrych usług społecznych",
    ) in [(p.style.name, p.text) for p in document.paragraphs]
    texts = [p.text for p in document.paragraphs]
    assert "Podstawa prawna: art. 10e ust. 3 pkt 4 u.s.g." in texts


def test_the_title_page_names_the_partnership_and_has_no_notice_when_complete(
    services: Services, ids: dict[str, str], tmp_path: Path
) -> None:
    document = export(services, ids["PGZB"], tmp_path / "strategia.docx")

    page = first_page(document)
    assert page[0] == (
        "Title",
        "Strategia rozwoju ponadlokalnego Partnerstwa Gmin Ziemi Braniewskiej na lata 2021–2030",
    )
    assert ("Subtitle", "Partnerstwo Gmin Ziemi Braniewskiej") in page
    assert any(
        text.startswith("Członkowie partnerstwa: Braniewo (gmina miejska)") for _, text in page
    )
    assert ("CWD Metryka", "Okres realizacji: 2021–2030") in page
    assert not [p for p in document.paragraphs if p.style.name == "CWD Uwaga"]


def test_objectives_directions_results_and_finance_are_tables(
    services: Services, ids: dict[str, str], tmp_path: Path
) -> None:
    tables = table_texts(export(services, ids["PGZB"], tmp_path / "strategia.docx"))

    objectives = tables[0]
    assert objectives[0] == ["Nr", "Cel strategiczny", "Wymiar"]
    assert [row[2] for row in objectives[1:]] == [
        "społeczny",
        "gospodarczy",
        "przestrzenny",
        "przestrzenny",
    ]
    directions = [t for t in tables if t[0] == ["Nr", "Kierunek działań", "Zakres"]]
    assert len(directions) == 4
    assert directions[0][1][:2] == ["1.1", "Rozwój usług opiekuńczych i wsparcia seniorów"]
    results = [t for t in tables if t[0] == RESULT_HEADER]
    assert len(results) == 4  # one per objective
    assert results[0][2] == [
        "Niższe bezrobocie",
        "Stopa bezrobocia rejestrowanego w powiecie braniewskim",
        "%",
        "17,9",
        "12",
        "2030",
        "GUS, Bank Danych Lokalnych",
    ]
    finance = tables[-1]
    assert finance[0] == ["Źródło finansowania", "Kwota (zł)", "Udział", "Uwagi"]
    assert finance[1][:3] == ["regionalny program FE", "168\u00a0500\u00a0000", "51,6%"]
    assert finance[-1][:3] == ["Razem", "326\u00a0300\u00a0000", "100%"]


def test_the_maps_are_pictures_with_captions(
    services: Services, ids: dict[str, str], tmp_path: Path
) -> None:
    document = export(services, ids["PGZB"], tmp_path / "strategia.docx")

    assert len(document.inline_shapes) == 3
    captions = [p.text for p in document.paragraphs if p.style.name == "CWD Podpis"]
    assert (
        "Rysunek 1. Model struktury funkcjonalno-przestrzennej obszaru partnerstwa (schemat)"
        in captions
    )
    assert "Rysunek 3. Obszary strategicznej interwencji wyznaczone przez partnerstwo" in captions


def test_the_document_has_a_toc_field_the_partnership_in_the_header_and_page_numbers(
    services: Services, ids: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "strategia.docx"
    build_document(services, "strategy", ids["PGZB"], path)

    body = part_xml(path, "word/document.xml")
    assert 'TOC \\o "1-3"' in body
    assert any(
        "Partnerstwo Gmin Ziemi Braniewskiej — strategia" in xml
        for xml in parts(path, "word/header")
    )
    footers = parts(path, "word/footer")
    assert any(" PAGE " in xml and " NUMPAGES " in xml for xml in footers)


def test_a_draft_carries_its_gaps_on_the_first_page(
    services: Services, ids: dict[str, str], tmp_path: Path
) -> None:
    document = export(services, ids["MOF Bolesławiec"], tmp_path / "strategia.docx")

    page = first_page(document)
    notice = [text for style, text in page if style == "CWD Uwaga"]
    assert notice[0] == "Projekt niekompletny – brakuje elementów wymaganych przez prawo:"
    assert (
        "•\tBrak celu strategicznego w wymiarze przestrzennym. (art. 10e ust. 3 pkt 1 u.s.g.)"
        in notice
    )
    assert (
        "•\tOpisz zaangażowanie partnerów w przygotowanie i realizację strategii. "
        "(art. 29 ust. 1 lit. d rozporządzenia 2021/1060)" in notice
    )
    assert len(notice) == 1 + 14


def test_a_territorial_strategy_gets_the_art_29_chapter(
    services: Services, ids: dict[str, str], tmp_path: Path
) -> None:
    document = export(services, ids["MOF Bolesławiec"], tmp_path / "strategia.docx")

    found = headings(document)
    assert (1, "12. Elementy strategii terytorialnej") in found
    assert [text for level, text in found if text.startswith("12.")] == [
        "12. Elementy strategii terytorialnej",
        "12.1. Obszar geograficzny objęty strategią",
        "12.2. Analiza potrzeb rozwojowych i potencjału obszaru wraz z powiązaniami",
        "12.3. Zintegrowane podejście do potrzeb i potencjału",
        "12.4. Zaangażowanie partnerów",
    ]
    texts = [p.text for p in document.paragraphs]
    assert "Podstawa prawna: art. 29 ust. 1 lit. d rozporządzenia 2021/1060" in texts
    last = len(texts) - 1 - texts[::-1].index("12.4. Zaangażowanie partnerów")
    assert texts[last + 2] == "Sekcja nie została jeszcze opracowana."


def test_a_partnership_without_a_strategy_still_gets_a_valid_document(
    services: Services, tmp_path: Path
) -> None:
    pid = services.partnerships.create(DEMO_PARTNERSHIPS[2])

    document = export(services, pid, tmp_path / "pusta.docx")

    assert [text for level, text in headings(document) if level == 1] == LAW_ORDER
    assert document.paragraphs[0].text == "Strategia — Partnerstwo Ziemi Łosickiej"
    assert sum(1 for p in document.paragraphs if p.style.name == "CWD Uwaga") == 1 + 11


def test_the_project_package_is_an_annex_table(
    services: Services, ids: dict[str, str], tmp_path: Path
) -> None:
    pid = ids["PGZB"]
    objective = reads.objectives(services.store, pid)[2]
    project = services.records.create(
        "project",
        pid,
        {
            "number": 1,
            "title": "Węzeł przesiadkowy przy dworcu w Braniewie",
            "leader_teryt": "2802011",
            "policy_objective": "po3",
            "cost": 12_500_000.0,
        },
    )
    services.records.create(
        "project_link", pid, {"project_id": project, "objective_id": objective.id}
    )

    document = export(services, pid, tmp_path / "strategia.docx")

    assert headings(document)[-1] == (1, "Załącznik. Pakiet projektów")
    annex = table_texts(document)[-1]
    assert annex[0] == ["Nr", "Tytuł projektu", "Lider", "Cele", "CP", "Koszt (zł)"]
    assert annex[1] == [
        "1",
        "Węzeł przesiadkowy przy dworcu w Braniewie",
        "Braniewo",
        "3",
        "PO3",
        "12\u00a0500\u00a0000",
    ]
    assert annex[-1][1] == "Razem"


def test_an_image_not_synced_to_this_computer_is_named_instead(
    services: Services, ids: dict[str, str], tmp_path: Path
) -> None:
    pid = ids["PGZB"]
    image = reads.images(services.store, pid, "osi_local")[0]
    (services.store.data_dir / "blobs" / image.sha256).unlink()

    document = export(services, pid, tmp_path / "strategia.docx")

    assert len(document.inline_shapes) == 2
    assert (
        "[Rysunek „Obszary strategicznej interwencji wyznaczone przez partnerstwo”: "
        "brak pliku na tym komputerze.]" in [p.text for p in document.paragraphs]
    )


def test_the_pdf_holds_the_statutory_headings(
    services: Services, ids: dict[str, str], tmp_path: Path
) -> None:
    path = build_document(services, "strategy", ids["PGZB"], tmp_path / "strategia.docx")

    text = squeeze(pdf_text(path, tmp_path))

    positions = [text.find(heading, text.find("11. Ramy finansowe") + 1) for heading in LAW_ORDER]
    assert all(p > 0 for p in positions), [
        h for h, p in zip(LAW_ORDER, positions, strict=True) if p < 0
    ]
    assert positions == sorted(positions)
    assert "Strona 3 z" in text

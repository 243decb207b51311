"""The Word exports of the project package: the package with its fiches, and the application."""

from __future__ import annotations

from pathlib import Path

import pytest

from cwd_desktop.errors import UserError
from cwd_desktop.exports.docx.registry import build_document, exporters
from cwd_desktop.services.app import Services
from tests.exports.docx_check import headings, pdf_text, reopen, squeeze, table_texts
from tests.exports.project_data import Package, project_package


@pytest.fixture
def pkg(services: Services) -> Package:
    return project_package(services)


def _pictures(document: object) -> int:
    return len(document.inline_shapes)  # type: ignore[attr-defined]


def test_the_package_opens_with_the_overview_then_a_fiche_per_project(
    services: Services, pkg: Package, tmp_path: Path
) -> None:
    path = build_document(services, "projects", pkg.partnership_id, tmp_path / "pakiet.docx")
    document = reopen(path)

    assert document.paragraphs[0].text == "Pakiet projektów"
    assert headings(document) == [
        (1, "1. Zestawienie pakietu projektów"),
        (2, "Finansowanie według źródeł"),
        (2, "Koszt według celów polityki spójności"),
        (2, "Koszt według obszarów tematycznych"),
        (2, "Status i stopień przygotowania"),
        (1, "2. Fiszki projektowe"),
        (2, "1. Przebudowa drogi powiatowej Braniewo–Pieniężno"),
        (2, "2. Sieć punktów opieki nad seniorami (projekt kluczowy)"),
    ]
    tables = table_texts(document)
    summary = tables[0]
    assert summary[0] == [
        "Nr",
        "Tytuł projektu",
        "Lider",
        "Cel PO",
        "Obszar",
        "Koszt (zł)",
        "Status",
    ]
    assert summary[1][2:] == [
        "Braniewo (gmina wiejska)",
        "PO3",
        "transport",
        "28\u00a0400\u00a0000,00",
        "przyjęty do pakietu",
    ]
    by_source = tables[1]
    assert by_source[1] == ["regionalny program FE", "29\u00a0480\u00a0000,00", "91,2%", "2"]
    # Overview charts: funding pie, cost by PO, cost by area; then one Gantt per fiche.
    assert _pictures(document) == 3 + 2
    facts = next(t for t in tables if t[0] == ["Element fiszki", "Opis"])
    assert ["Cele i kierunki strategii", "1. Dostępność transportowa"] in facts
    assert ["Szacowany koszt", "28\u00a0400\u00a0000,00 zł"] in facts
    assert ["Okres realizacji", "01.02.2026 – 31.10.2028"] in facts
    texts = [p.text for p in document.paragraphs]
    # The road's funding is 5 680 000 short of its cost: the fiche says so.
    assert any("brakuje 5\u00a0680\u00a0000,00 zł" in t for t in texts)
    assert "Potrzeba i stan obecny: Nawierzchnia w złym stanie." in texts


def test_the_package_pdf_shows_the_fiches(services: Services, pkg: Package, tmp_path: Path) -> None:
    path = build_document(services, "projects", pkg.partnership_id, tmp_path / "pakiet.docx")
    text = squeeze(pdf_text(path, tmp_path))

    assert "1. Zestawienie pakietu projektów" in text
    assert "2. Fiszki projektowe" in text
    assert "Wstępna analiza wykonalności" in text
    assert "Harmonogram projektu nr 1" in text


def test_an_empty_package_still_exports_and_says_so(services: Services, tmp_path: Path) -> None:
    from cwd_desktop.services.demo import DEMO_PARTNERSHIPS

    pid = services.partnerships.create(DEMO_PARTNERSHIPS[2])
    document = reopen(build_document(services, "projects", pid, tmp_path / "pusty.docx"))

    assert "Pakiet nie zawiera jeszcze żadnego projektu." in [p.text for p in document.paragraphs]


def test_the_application_outline_of_the_key_project(
    services: Services, pkg: Package, tmp_path: Path
) -> None:
    path = build_document(
        services, "application", pkg.partnership_id, tmp_path / "wniosek.docx", project="2"
    )
    document = reopen(path)

    assert document.paragraphs[0].text == "Zarys wniosku o dofinansowanie"
    assert document.paragraphs[1].text == "Sieć punktów opieki nad seniorami"
    found = [text for level, text in headings(document) if level == 1]
    assert found == [
        "1. Nabór",
        "2. Zarys projektu",
        "3. Analiza sektorowa",
        "4. Fiszka projektu",
        "5. Harmonogram",
        "6. Budżet i finansowanie",
        "7. Wskaźniki",
        "8. Wstępna analiza wykonalności",
    ]
    assert (2, "3.2. Popyt (potrzeby i odbiorcy)") in headings(document)
    texts = [p.text for p in document.paragraphs]
    assert "Program: Fundusze Europejskie dla Warmii i Mazur 2021–2027" in texts
    assert "Liczba osób w wieku 75+ wzrośnie o 30%." in texts
    assert _pictures(document) == 1  # the Gantt chart
    funding = next(t for t in table_texts(document) if t[0][0] == "Źródło finansowania")
    assert funding[-1] == ["Razem", "9\u00a0600\u00a0000,00", "100%"]
    text = squeeze(pdf_text(path, tmp_path))
    assert "3. Analiza sektorowa" in text
    assert "Luki i bariery" in text


@pytest.mark.parametrize(
    ("project", "message"),
    [
        (
            "1",
            "Projekt „Przebudowa drogi powiatowej Braniewo–Pieniężno” nie jest projektem "
            "kluczowym partnerstwa PGZB, a zarys wniosku przygotowuje się tylko dla "
            "projektu kluczowego.",
        ),
        ("Obwodnica", "Projekt „Obwodnica” nie istnieje w partnerstwie PGZB."),
    ],
)
def test_a_non_key_or_unknown_project_is_one_sentence_and_no_file(
    services: Services, pkg: Package, tmp_path: Path, project: str, message: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "wniosek.docx"

    with pytest.raises(UserError) as caught:
        build_document(services, "application", pkg.partnership_id, target, project=project)

    assert str(caught.value) == message
    assert list(out.iterdir()) == []


def test_the_application_offers_only_the_key_project(services: Services, pkg: Package) -> None:
    found = exporters()["application"]  # type: ignore[index]

    assert found.subject == "project"
    assert found.choices is not None
    assert found.choices(services, pkg.partnership_id) == [
        (pkg.seniors, "2. Sieć punktów opieki nad seniorami")
    ]

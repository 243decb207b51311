"""The strategy's writes, validators and compliance check, on a real store."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from cwd_desktop.errors import UserError
from cwd_desktop.services import strategy_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.demo_data import strategy as demo
from cwd_desktop.services.strategy import StrategyService
from cwd_desktop.services.strategy_compliance import compliance


def tiny_png(path: Path, width: int = 4, height: int = 3) -> Path:
    """A valid RGB PNG, written without any image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(b"\x00" + b"\xc0\x40\x40" * width for _ in range(height))
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
    return path


@pytest.fixture
def ids(services: Services) -> dict[str, str]:
    """The three demo partnerships, without any strategy yet."""
    return {p.short_name: services.partnerships.create(p) for p in DEMO_PARTNERSHIPS}


@pytest.fixture
def pid(ids: dict[str, str]) -> str:
    return ids["PGZB"]


@pytest.fixture
def strategies(services: Services) -> StrategyService:
    return StrategyService(services)


def sections(services: Services, partnership_id: str) -> list[str]:
    return [f.section for f in compliance(services, partnership_id)]


def lines(services: Services, partnership_id: str) -> list[str]:
    return [f.line() for f in compliance(services, partnership_id)]


# -- the strategy row -----------------------------------------------------------------------


def test_the_strategy_is_created_on_first_use_with_the_partnerships_type(
    services: Services, ids: dict[str, str], strategies: StrategyService
) -> None:
    mof = ids["MOF Bolesławiec"]
    assert strategies.strategy_id(mof) is None

    first = strategies.ensure(mof)
    again = strategies.ensure(mof)

    row = reads.strategy_row(services.store, mof)
    assert row is not None and first == again == row["id"]
    assert row["type"] == "iit"
    assert row["title"] == "Strategia terytorialna IIT — Bolesławieckie Partnerstwo Rozwoju"


def test_text_sections_are_stored_stripped(
    services: Services, pid: str, strategies: StrategyService
) -> None:
    strategies.set_text(pid, "vision", "  Ziemia Braniewska w 2030 roku…  \n")

    assert reads.load(services.store, pid).text("vision") == "Ziemia Braniewska w 2030 roku…"


def test_a_period_that_ends_before_it_begins_is_refused(
    services: Services, pid: str, strategies: StrategyService
) -> None:
    with pytest.raises(UserError) as caught:
        strategies.set_text(pid, "horizon", "2030–2021")

    assert (
        str(caught.value) == "Okres strategii kończy się (2021) wcześniej, niż się zaczyna (2030)."
    )
    assert reads.load(services.store, pid).text("horizon") == ""


# -- objectives, directions, results ------------------------------------------------------


def test_an_objective_needs_a_title(
    services: Services, pid: str, strategies: StrategyService
) -> None:
    with pytest.raises(UserError) as caught:
        strategies.add_objective(pid, "   ")

    assert str(caught.value) == "Podaj tytuł celu strategicznego."
    assert caught.value.field == "title"
    assert reads.objectives(services.store, pid) == []


def test_an_objective_is_in_one_of_the_three_dimensions(
    services: Services, pid: str, strategies: StrategyService
) -> None:
    with pytest.raises(UserError) as caught:
        strategies.add_objective(pid, "Turystyka", dimension="kulturowy")

    assert "„kulturowy” nie jest wymiarem celu" in str(caught.value)
    objective = strategies.add_objective(pid, "Turystyka", dimension="economic")
    assert [(o.id, o.number, o.dimension) for o in reads.objectives(services.store, pid)] == [
        (objective, 1, "economic")
    ]


def test_objectives_and_directions_are_numbered_in_turn(
    services: Services, pid: str, strategies: StrategyService
) -> None:
    first = strategies.add_objective(pid, "Usługi społeczne")
    strategies.add_objective(pid, "Gospodarka", "economic")
    strategies.add_direction(pid, first, "Usługi opiekuńcze")
    strategies.add_direction(pid, first, "Edukacja zawodowa")

    assert [o.number for o in reads.objectives(services.store, pid)] == [1, 2]
    assert [(d.number, d.title) for d in reads.directions(services.store, pid, first)] == [
        (1, "Usługi opiekuńcze"),
        (2, "Edukacja zawodowa"),
    ]


def test_results_take_polish_numbers_and_refuse_text(
    services: Services, pid: str, strategies: StrategyService
) -> None:
    objective = strategies.add_objective(pid, "Mniej bezrobocia")
    strategies.add_result(
        pid, objective, indicator="Stopa bezrobocia", unit="%", baseline="17,9", target=" 12 "
    )

    with pytest.raises(UserError) as caught:
        strategies.add_result(pid, objective, indicator="Noclegi", baseline="dużo")

    assert str(caught.value) == "„dużo” nie jest liczbą (wartość bazowa)."
    [result] = reads.results(services.store, pid)
    assert (result.baseline, result.target) == (17.9, 12.0)


def test_a_target_year_before_the_strategy_period_is_refused(
    services: Services, pid: str, strategies: StrategyService
) -> None:
    strategies.set_text(pid, "horizon", "2021–2030")
    objective = strategies.add_objective(pid, "Transport")

    with pytest.raises(UserError) as caught:
        strategies.add_result(pid, objective, indicator="Kursy", target=80, year=2019)

    assert str(caught.value) == (
        "Rok docelowy wskaźnika (2019) jest wcześniejszy niż początek okresu strategii (2021)."
    )
    strategies.add_result(pid, objective, indicator="Kursy", target=80, year="2030")
    assert [r.year for r in reads.results(services.store, pid)] == [2030]


def test_a_direction_must_belong_to_a_live_objective(
    services: Services, pid: str, strategies: StrategyService
) -> None:
    objective = strategies.add_objective(pid, "Transport")
    services.records.delete("strategic_objective", objective)

    with pytest.raises(UserError) as caught:
        strategies.add_direction(pid, objective, "Linie autobusowe")

    assert str(caught.value) == "Kierunek działań musi należeć do istniejącego celu."


def test_removing_an_objective_hides_its_directions_until_it_is_restored(
    services: Services, pid: str, strategies: StrategyService
) -> None:
    objective = strategies.add_objective(pid, "Transport")
    strategies.add_direction(pid, objective, "Linie autobusowe")

    services.records.delete("strategic_objective", objective)
    assert reads.directions(services.store, pid) == []

    services.records.restore("strategic_objective", objective)
    assert [d.title for d in reads.directions(services.store, pid)] == ["Linie autobusowe"]


# -- the financial framework ---------------------------------------------------------------


def test_a_negative_amount_is_refused_and_spaced_amounts_are_read(
    services: Services, pid: str, strategies: StrategyService
) -> None:
    with pytest.raises(UserError) as caught:
        strategies.add_finance(pid, "own", "-5 000")

    assert str(caught.value) == "Kwota nie może być ujemna (-5000 zł)."
    strategies.add_finance(pid, "regional_fe", "1 250 000,50", "FEWiM")
    assert [(f.source, f.amount) for f in reads.finance(services.store, pid)] == [
        ("regional_fe", 1_250_000.5)
    ]


def test_a_funding_source_must_come_from_the_list(
    services: Services, pid: str, strategies: StrategyService
) -> None:
    with pytest.raises(UserError) as caught:
        strategies.add_finance(pid, "bank", 100)

    assert str(caught.value) == "Wybierz źródło finansowania z listy."


# -- images ---------------------------------------------------------------------------------


def test_an_image_is_kept_in_the_blob_store_by_hash(
    services: Services, pid: str, strategies: StrategyService, tmp_path: Path
) -> None:
    image_id = strategies.add_image(pid, "spatial_model", tiny_png(tmp_path / "model.png"))

    [image] = reads.images(services.store, pid, "spatial_model")
    assert image.id == image_id
    assert (image.filename, image.caption) == ("model.png", "model")
    assert strategies.image_path(image.sha256).read_bytes() == (tmp_path / "model.png").read_bytes()


def test_a_file_that_is_not_an_image_is_refused_with_one_sentence(
    services: Services, pid: str, strategies: StrategyService, tmp_path: Path
) -> None:
    fake = tmp_path / "notatka.png"
    fake.write_text("to nie jest obraz", encoding="utf-8")

    with pytest.raises(UserError) as caught:
        strategies.add_image(pid, "spatial_model", fake)

    assert str(caught.value) == "Plik notatka.png nie jest obrazem PNG ani JPEG."
    assert reads.images(services.store, pid) == []


# -- compliance ------------------------------------------------------------------------------


def test_the_complete_demo_strategy_has_no_findings(
    services: Services, ids: dict[str, str]
) -> None:
    demo.fill(services, ids)

    assert compliance(services, ids["PGZB"]) == []


def test_an_empty_strategy_lists_every_statutory_element_in_the_laws_order(
    services: Services, pid: str
) -> None:
    assert lines(services, pid) == [
        "Brak wniosków z diagnozy: zapisz je w obszarze diagnozy albo w tej sekcji. "
        "(art. 10e ust. 3 u.s.g.)",
        "Brak celów strategicznych. (art. 10e ust. 3 pkt 1 u.s.g.)",
        "Opisz model struktury funkcjonalno-przestrzennej. (art. 10e ust. 3 pkt 4 u.s.g.)",
        "Dodaj mapę lub schemat modelu struktury funkcjonalno-przestrzennej (forma graficzna). "
        "(art. 10e ust. 3 pkt 4 u.s.g.)",
        "Opisz ustalenia i rekomendacje w zakresie kształtowania i prowadzenia polityki "
        "przestrzennej. (art. 10e ust. 3 pkt 5 u.s.g.)",
        "Opisz obszary strategicznej interwencji określone w strategii rozwoju województwa "
        "wraz z zakresem planowanych działań. (art. 10e ust. 3 pkt 6 u.s.g.)",
        "Dodaj mapę obszarów strategicznej interwencji województwa (forma graficzna). "
        "(art. 10e ust. 3 pkt 6 u.s.g.)",
        "Opisz obszary strategicznej interwencji kluczowe dla partnerstwa albo napisz, "
        "że ich nie wyznaczono. (art. 10e ust. 3 pkt 7 u.s.g.)",
        "Opisz system realizacji strategii wraz z wytycznymi do sporządzania dokumentów "
        "wykonawczych. (art. 10e ust. 3 pkt 8 u.s.g.)",
        "Opisz ramy finansowe strategii. (art. 10e ust. 3 pkt 9 u.s.g.)",
        "Podaj źródła finansowania wraz z kwotami. (art. 10e ust. 3 pkt 9 u.s.g.)",
    ]


def test_objectives_are_checked_per_dimension_direction_and_result(
    services: Services, pid: str, strategies: StrategyService
) -> None:
    social = strategies.add_objective(pid, "Usługi społeczne", "social")
    strategies.add_objective(pid, "Turystyka", "economic")
    strategies.add_direction(pid, social, "Usługi opiekuńcze")
    strategies.add_result(pid, social, indicator="Liczba osób objętych usługami")  # no target

    found = [
        line
        for line in lines(services, pid)
        if "pkt 1 " in line or "pkt 2 " in line or "pkt 3 " in line
    ]

    assert found == [
        "Brak celu strategicznego w wymiarze przestrzennym. (art. 10e ust. 3 pkt 1 u.s.g.)",
        "Cel 2. „Turystyka” nie ma kierunków działań. (art. 10e ust. 3 pkt 2 u.s.g.)",
        "Cel 1. „Usługi społeczne” nie ma oczekiwanego rezultatu ze wskaźnikiem i wartością "
        "docelową. (art. 10e ust. 3 pkt 3 u.s.g.)",
        "Cel 2. „Turystyka” nie ma oczekiwanego rezultatu ze wskaźnikiem i wartością "
        "docelową. (art. 10e ust. 3 pkt 3 u.s.g.)",
        "Żaden oczekiwany rezultat nie ma opisanego wymiaru przestrzennego. "
        "(art. 10e ust. 3 pkt 3 u.s.g.)",
    ]


def test_local_osi_not_designated_needs_no_map_but_designated_ones_do(
    services: Services, pid: str, strategies: StrategyService, tmp_path: Path
) -> None:
    strategies.set_text(pid, "osi_local", "Partnerstwo nie wyznacza własnych OSI.")
    assert "osi_local" not in sections(services, pid)

    strategies.set_text(pid, "osi_local", "OSI 1. Pasmo Zalewu Wiślanego.")
    assert [f.render() for f in compliance(services, pid) if f.section == "osi_local"] == [
        "Dodaj mapę obszarów strategicznej interwencji kluczowych dla partnerstwa "
        "(forma graficzna)."
    ]

    strategies.add_image(pid, "osi_local", tiny_png(tmp_path / "osi.png"))
    assert "osi_local" not in sections(services, pid)


def test_the_implementation_system_must_give_guidelines_for_executive_documents(
    services: Services, pid: str, strategies: StrategyService
) -> None:
    strategies.set_text(pid, "implementation", "Strategię realizuje Rada Partnerstwa.")
    assert [f.render() for f in compliance(services, pid) if f.section == "implementation"] == [
        "Opis systemu realizacji nie zawiera wytycznych do sporządzania dokumentów wykonawczych."
    ]

    strategies.set_text(
        pid, "implementation", "Wytyczne do dokumentów wykonawczych: programy gminne …"
    )
    assert "implementation" not in sections(services, pid)


def test_conclusions_of_the_diagnosis_area_count_as_the_strategys(
    services: Services, pid: str
) -> None:
    services.records.create("conclusion", pid, {"area": "Demografia", "text": "Ubywa ludzi."})

    assert "diagnosis" not in sections(services, pid)
    assert [c.text for c in reads.load(services.store, pid).conclusions] == ["Ubywa ludzi."]


def test_a_territorial_strategy_also_needs_the_art_29_elements(
    services: Services, ids: dict[str, str], strategies: StrategyService
) -> None:
    mof = ids["MOF Bolesławiec"]
    strategies.ensure(mof)
    strategies.set_text(mof, "needs_analysis", "Powiązania gospodarcze i społeczne obszaru.")

    territorial = [f.line() for f in compliance(services, mof) if "2021/1060" in f.basis]

    assert territorial == [
        "Opisz obszar geograficzny objęty strategią. (art. 29 ust. 1 lit. a rozporządzenia "
        "2021/1060)",
        "Analiza potrzeb i potencjału nie opisuje powiązań: środowiskowych. "
        "(art. 29 ust. 1 lit. b rozporządzenia 2021/1060)",
        "Opisz zintegrowane podejście do potrzeb rozwojowych i potencjału obszaru. "
        "(art. 29 ust. 1 lit. c rozporządzenia 2021/1060)",
        "Opisz zaangażowanie partnerów w przygotowanie i realizację strategii. "
        "(art. 29 ust. 1 lit. d rozporządzenia 2021/1060)",
    ]
    assert not any("2021/1060" in f.basis for f in compliance(services, ids["PGZB"]))


# -- demo ------------------------------------------------------------------------------------


def test_the_demo_gives_gaps_to_the_drafts_and_adds_nothing_twice(
    services: Services, ids: dict[str, str]
) -> None:
    demo.fill(services, ids)
    demo.fill(services, ids)

    pgzb = reads.load(services.store, ids["PGZB"])
    assert len(pgzb.objectives) == 4
    assert {o.dimension for o in pgzb.objectives} == {"social", "economic", "spatial"}
    assert len(pgzb.images) == 3
    assert all(Path(StrategyService(services).image_path(i.sha256)).is_file() for i in pgzb.images)
    assert "partners" in sections(services, ids["MOF Bolesławiec"])
    assert "results" in sections(services, ids["PZŁ"])
    assert "osi_local" not in sections(services, ids["PZŁ"])  # "nie wyznacza" is acceptable

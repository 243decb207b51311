"""Finding JST in the register the way an advisor types them."""

from __future__ import annotations

import pytest

from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.teryt import Jst, TerytRegister


@pytest.fixture
def register(services: Services) -> TerytRegister:
    """The register of the test store."""
    return services.teryt


def codes(hits: list[Jst]) -> list[str]:
    """The TERYT codes of search hits, in order."""
    return [j.code for j in hits]


def test_register_holds_powiaty_and_gminy(register: TerytRegister) -> None:
    """The picker offers the 2477 gminy and 380 powiaty (not town/rural parts nor districts)."""
    assert len(register) == 2477 + 380
    assert len(register.voivodeships) == 16
    assert register.get("0201044") is None  # Nowogrodziec, town part
    assert register.get("1061022") is None  # Łódź-Bałuty, delegatura


def test_search_puts_both_boleslawiec_gminy_first(register: TerytRegister) -> None:
    """Typing 'Bolesławiec' lists the town and the rural gmina before anything else."""
    hits = register.search("Bolesławiec")

    assert codes(hits)[:2] == ["0201011", "0201022"]
    assert [j.kind for j in hits[:2]] == ["gmina miejska", "gmina wiejska"]
    assert "0201" in codes(hits)  # powiat bolesławiecki further down
    assert "0201062" in codes(hits)  # Warta Bolesławiecka


def test_search_ignores_diacritics_and_case(register: TerytRegister) -> None:
    """'lodz', 'ŁÓDŹ' and 'Łódź' all find the city of Łódź."""
    for query in ("lodz", "ŁÓDŹ", "Łódź", "  łodz "):
        hits = register.search(query)
        assert "1061011" in codes(hits), query
        assert hits[0].name == "Łódź", query


def test_search_by_code_prefix(register: TerytRegister) -> None:
    """Typing digits lists units whose code starts with them, in code order."""
    hits = register.search("0201")

    assert codes(hits) == ["0201", "0201011", "0201022", "0201032", "0201043", "0201052", "0201062"]


def test_search_limit_and_voivodeship_filter(register: TerytRegister) -> None:
    """The picker can cap the list and keep to one voivodeship."""
    assert len(register.search("a", limit=5)) == 5
    mazowieckie = register.search("Łosice", voivodeship="14")
    assert codes(mazowieckie) == ["1410023"]
    assert register.search("Łosice", voivodeship="02") == []
    assert register.search("   ") == []


def test_require_unknown_code_names_it(register: TerytRegister) -> None:
    """A wrong code is reported back to the user as typed."""
    with pytest.raises(UserError) as caught:
        register.require(" 9999999 ")

    assert "9999999" in str(caught.value)


def test_require_returns_the_jst_with_its_place(register: TerytRegister) -> None:
    """A code resolves to a JST described with kind, powiat and voivodeship."""
    jst = register.require("0201022")

    assert jst.is_gmina
    assert jst.voivodeship_code == "02"
    assert jst.describe() == ("Bolesławiec (gmina wiejska), pow. bolesławiecki, woj. dolnośląskie")
    powiat = register.require("1410")
    assert not powiat.is_gmina
    assert powiat.describe() == "łosicki (powiat), woj. mazowieckie"
    city = register.require("1061")
    assert city.kind == "miasto na prawach powiatu"


@pytest.mark.parametrize(
    "value", ["02", "dolnośląskie", "DOLNOŚLĄSKIE", "dolnoslaskie", "woj. dolnośląskie"]
)
def test_voivodeship_by_code_or_name(register: TerytRegister, value: str) -> None:
    """A voivodeship may be given as its code or its name, with or without Polish letters."""
    assert register.voivodeship_code(value) == "02"


def test_unknown_voivodeship_is_a_user_error(register: TerytRegister) -> None:
    """A misspelt voivodeship is reported as typed."""
    with pytest.raises(UserError) as caught:
        register.voivodeship_code("Bawaria")
    assert "Bawaria" in str(caught.value)

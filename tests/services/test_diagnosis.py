"""The diagnosis' writes and reads: indicators, grid cells, SWOT, conclusions, surveys, demo."""

from __future__ import annotations

import re

import pytest

from cwd_desktop.errors import UserError
from cwd_desktop.services import diagnosis
from cwd_desktop.services import diagnosis_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS, fill_demo
from cwd_desktop.services.demo_data import diagnosis as demo


@pytest.fixture
def pid(services: Services) -> str:
    return services.partnerships.create(DEMO_PARTNERSHIPS[0])  # PGZB


def texts(services: Services, pid: str, quadrant: str) -> list[str]:
    return [r["text"] for r in reads.swot_items(services.store, pid, quadrant)]


# -- numbers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("1 234,5", 1234.5),
        ("1\u00a0234", 1234.0),
        ("12.5", 12.5),
        ("1.234,5", 1234.5),
        ("-2,8", -2.8),
        ("−4", -4.0),
        (7, 7.0),
        ("-", None),
        (".", None),
        ("", None),
        (None, None),
    ],
)
def test_numbers_are_read_the_polish_way(typed: object, number: float | None) -> None:
    assert reads.parse_number(typed) == number


@pytest.mark.parametrize("typed", ["abc", "12 osób", "1,2,3", "--"])
def test_text_is_no_number(typed: str) -> None:
    with pytest.raises(reads.NotANumber):
        reads.parse_number(typed)


def test_numbers_are_written_the_polish_way() -> None:
    assert reads.number_text(16145.0) == "16\u00a0145"
    assert reads.number_text(12.4) == "12,4"
    assert reads.number_text(4.0, 1) == "4,0"  # a table column keeps its decimals
    assert reads.number_text(-2.25) == "-2,25"
    assert reads.decimals_of([12.5, 13.0, 7.25]) == 2


# -- indicators and cells ------------------------------------------------------------------------


def test_an_indicator_needs_a_name_unique_in_the_partnership(services: Services, pid: str) -> None:
    diagnosis.add_indicator(services, pid, "Ludność ogółem", "[osoba]")
    with pytest.raises(UserError, match=re.escape("Wskaźnik „Ludność ogółem” już istnieje.")):
        diagnosis.add_indicator(services, pid, "LUDNOŚĆ  ogółem")
    with pytest.raises(UserError, match=re.escape("Podaj nazwę wskaźnika.")):
        diagnosis.add_indicator(services, pid, "  ")
    (info,) = reads.indicators(services.store, pid)
    assert (info.name, info.unit) == ("Ludność ogółem", "osoba")


def test_a_cell_is_created_changed_and_emptied_returning_the_old_value(
    services: Services, pid: str
) -> None:
    ind = diagnosis.add_indicator(services, pid, "Ludność ogółem", "osoba")

    assert diagnosis.set_value(services, ind, "2802042", 2024, "3 163") is None
    assert diagnosis.set_value(services, ind, "2802042", 2024, "3 170,0") == 3163.0
    members = services.partnerships.get(pid).members
    grid = reads.grid(services.store, services.teryt.get, members, ind)
    assert grid is not None and grid.value("2802042", 2024) == 3170.0
    assert diagnosis.set_value(services, ind, "2802042", 2024, "") == 3170.0
    grid = reads.grid(services.store, services.teryt.get, members, ind)
    assert grid is not None and grid.cells == {}


def test_a_cell_refuses_text_and_unknown_jst(services: Services, pid: str) -> None:
    ind = diagnosis.add_indicator(services, pid, "Ludność ogółem")
    with pytest.raises(UserError, match="„dużo” nie jest liczbą"):
        diagnosis.set_value(services, ind, "2802042", 2024, "dużo")
    with pytest.raises(
        UserError, match=re.escape("Kod TERYT 9999999 nie występuje w rejestrze JST.")
    ):
        diagnosis.set_value(services, ind, "9999999", 2024, "5")
    assert reads.indicator(services.store, ind) is not None
    assert reads.indicators(services.store, pid)[0].values == 0


def test_removing_an_indicator_takes_its_values_and_undo_brings_them_back(
    services: Services, pid: str
) -> None:
    ind = diagnosis.add_indicator(services, pid, "Ludność ogółem")
    for year in (2023, 2024):
        diagnosis.set_value(services, ind, "2802042", year, 3000 + year)

    removed = diagnosis.delete_indicator(services, ind)
    assert len(removed) == 2 and reads.indicators(services.store, pid) == []
    diagnosis.restore_indicator(services, ind, removed)
    assert reads.indicators(services.store, pid)[0].values == 2


def test_the_grid_lists_members_then_other_jst_with_values(services: Services, pid: str) -> None:
    ind = diagnosis.add_indicator(services, pid, "Ludność ogółem")
    diagnosis.set_value(services, ind, "2861011", 2024, 118_000)  # Elbląg: not a member
    members = services.partnerships.get(pid).members

    grid = reads.grid(services.store, services.teryt.get, members, ind, extra_years=(2025,))
    assert grid is not None
    assert [j.code for j in grid.rows][:7] == [j.code for j in members]
    assert grid.rows[-1].name == "Elbląg"
    assert grid.years == [2024, 2025]
    labels = reads.jst_labels(grid.rows)
    assert labels["2802011"] == "Braniewo (gmina miejska)" and labels["2802042"] == "Lelkowo"


# -- SWOT, conclusions, surveys ------------------------------------------------------------------


def test_swot_entries_go_to_the_end_of_their_quadrant_and_move_within_it(
    services: Services, pid: str
) -> None:
    records = services.records
    a = records.create("swot_item", pid, {"quadrant": "strength", "text": "Zalew Wiślany"})
    records.create("swot_item", pid, {"quadrant": "weakness", "text": "Odpływ młodych"})
    b = records.create("swot_item", pid, {"quadrant": "strength", "text": "Frombork"})

    assert texts(services, pid, "strength") == ["Zalew Wiślany", "Frombork"]
    assert diagnosis.move(services, "swot_item", b, -1)
    assert texts(services, pid, "strength") == ["Frombork", "Zalew Wiślany"]
    assert not diagnosis.move(services, "swot_item", b, -1)  # already first
    assert diagnosis.move(services, "swot_item", a, -1)
    assert texts(services, pid, "strength") == ["Zalew Wiślany", "Frombork"]
    assert texts(services, pid, "weakness") == ["Odpływ młodych"]


def test_swot_and_conclusions_need_their_text(services: Services, pid: str) -> None:
    with pytest.raises(UserError, match=re.escape("Wpisz treść pozycji SWOT.")):
        services.records.create("swot_item", pid, {"quadrant": "threat", "text": " "})
    with pytest.raises(UserError, match=re.escape("Nieznane pole analizy SWOT „ryzyka”.")):
        services.records.create("swot_item", pid, {"quadrant": "ryzyka", "text": "Susza"})
    with pytest.raises(UserError, match=re.escape("Wpisz treść wniosku.")):
        services.records.create("conclusion", pid, {"area": "Demografia"})


def test_conclusions_are_numbered_in_their_order(services: Services, pid: str) -> None:
    records = services.records
    first = records.create("conclusion", pid, {"area": "Demografia", "text": "Odpływ ludności."})
    records.create("conclusion", pid, {"area": "Transport", "text": "Brak połączeń."})
    diagnosis.move(services, "conclusion", first, 1)

    rows = reads.conclusions(services.store, pid)
    assert [(r["number"], r["area"]) for r in rows] == [(1, "Transport"), (2, "Demografia")]
    assert reads.conclusion_areas(services.store, pid) == ["Transport", "Demografia"]


def test_surveys_are_included_once_and_taken_out(services: Services) -> None:
    fill_demo(services)
    pid = services.partnerships.get("PZŁ").id
    residents, youth = reads.chosen_surveys(services.store, pid)

    assert diagnosis.include_survey(services, pid, residents[1], included=False)
    assert [s for _, s in reads.chosen_surveys(services.store, pid)] == [youth[1]]
    assert not diagnosis.include_survey(services, pid, residents[1], included=False)
    assert diagnosis.include_survey(services, pid, residents[1], included=True)
    assert [s for _, s in reads.chosen_surveys(services.store, pid)] == [youth[1], residents[1]]
    with pytest.raises(UserError, match="jest już w diagnozie"):
        services.records.create("diagnosis_survey", pid, {"survey_id": youth[1]})


# -- demo ----------------------------------------------------------------------------------------


def test_the_demo_gives_every_partnership_a_diagnosis_once(services: Services) -> None:
    fill_demo(services)
    counts = {
        t: services.store.reader().execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("indicator", "indicator_value", "swot_item", "conclusion", "diagnosis_survey")
    }
    fill_demo(services)
    again = {
        t: services.store.reader().execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in counts
    }
    assert again == counts
    for short in ("PGZB", "MOF Bolesławiec", "PZŁ"):
        view = services.partnerships.get(short)
        quadrants = reads.swot(services.store, view.id)
        assert all(5 <= len(items) <= 7 for items in quadrants.values()), short
        assert 6 <= len(reads.conclusions(services.store, view.id)) <= 10
        assert len(reads.chosen_surveys(services.store, view.id)) == 2
        infos = reads.indicators(services.store, view.id)
        assert len(infos) >= 8
        assert all((i.first_year, i.last_year) == (2019, 2024) for i in infos)


def test_demo_values_are_plausible_for_small_gminy(services: Services) -> None:
    fill_demo(services)

    def latest(short: str, name: str) -> dict[str, float]:
        view = services.partnerships.get(short)
        info = reads.find_indicator(services.store, view.id, name)
        assert info is not None
        grid = reads.grid(services.store, services.teryt.get, view.members, info.id)
        assert grid is not None
        return {j.code: v for j in grid.rows if (v := grid.value(j.code, 2024)) is not None}

    people = latest("PGZB", "Ludność ogółem")
    assert all(2_000 < v < 20_000 for v in people.values())
    assert people["2802011"] > people["2802022"]  # the town is the biggest
    jobless_pgzb = latest("PGZB", "Stopa bezrobocia rejestrowanego")
    jobless_mof = latest("MOF Bolesławiec", "Stopa bezrobocia rejestrowanego")
    assert min(jobless_pgzb.values()) > max(jobless_mof.values())
    assert "1410" in latest("PZŁ", "Stopa bezrobocia rejestrowanego")  # the powiat: a rate
    assert "1410" not in latest("PZŁ", "Ludność ogółem")  # but no gmina total
    assert demo.indicator_values("PGZB", "population", ["2802042"]) == demo.indicator_values(
        "PGZB", "population", ["2802042"]
    )

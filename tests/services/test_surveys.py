"""Storing surveys: atomic and idempotent imports, gmina matching, summaries, cross-tabs."""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

import pytest

from cwd_desktop.domain.vocab import SurveyKind
from cwd_desktop.errors import Cancelled, UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import fill_demo
from cwd_desktop.services.progress import Progress
from cwd_desktop.services.survey_import import QuestionType, parse_survey
from cwd_desktop.services.survey_roles import Roles
from cwd_desktop.services.survey_summary import (
    Dimension,
    Filters,
    age_groups,
    crosstab,
    search_texts,
    summarise,
)
from tests.services.test_survey_import import GOOGLE_PL, write_xlsx

GMINA = "Gmina zamieszkania"
SERVICES_Q = "Z których usług gminy korzystasz?"
#: One gmina per GOOGLE_PL respondent: members of PGZB (Braniewo is two gminy: ambiguous),
#: a gmina outside the partnership, and an answer that is no gmina at all.
GMINY = ["Płoskinia", "gmina Frombork", "Braniewo", "PIENIEZNO", "Kraków", "nie wiem"]


@pytest.fixture
def demo(services: Services) -> Services:
    """The demo partnerships, without the demo's own surveys (tombstoned)."""
    fill_demo(services)
    for info in services.surveys.list():
        services.surveys.delete(info.id)
    return services


@pytest.fixture
def survey_file(tmp_path: Path) -> Path:
    rows = [[*GOOGLE_PL[0], GMINA]] + [[*r, g] for r, g in zip(GOOGLE_PL[1:], GMINY, strict=True)]
    return write_xlsx(tmp_path / "Ankieta mieszkańców (Odpowiedzi).xlsx", rows)


def pgzb(services: Services) -> str:
    return services.partnerships.get("PGZB").id


def outbox_count(services: Services) -> int:
    return services.store.reader().execute("SELECT count(*) FROM outbox").fetchone()[0]


def test_plan_guesses_roles_and_matches_gminy_to_teryt(demo: Services, survey_file: Path) -> None:
    plan = demo.surveys.plan(parse_survey(survey_file), pgzb(demo), SurveyKind.RESIDENTS)

    assert plan.roles == Roles(gmina=GMINA, gender="Płeć", age="Wiek")
    assert plan.title == "Ankieta mieszkańców (Odpowiedzi)"
    # the gmina column is read as a choice, whatever the number of distinct names
    assert plan.parsed.question(GMINA).type is QuestionType.SINGLE
    assert plan.gmina_map == {
        "Płoskinia": "2802062",
        "gmina Frombork": "2802033",
        "PIENIEZNO": "2802053",
        "Kraków": "1261011",  # unique in the whole register
    }
    assert sorted(plan.unmatched_gminy()) == ["Braniewo", "nie wiem"]


def test_import_stores_every_answer_and_no_personal_column(
    demo: Services, survey_file: Path
) -> None:
    result = demo.surveys.import_file(survey_file, "PGZB", "residents")

    assert result.created and result.responses == 6 and result.questions == 7
    (info,) = demo.surveys.list(pgzb(demo))
    assert (info.title, info.kind, info.source) == (
        "Ankieta mieszkańców (Odpowiedzi)",
        "residents",
        "google_forms",
    )
    data = demo.surveys.load(result.survey_id)
    assert data.respondent_rows() == [2, 3, 4, 5, 6, 7]
    assert data.answers(GMINA) == GMINY
    assert data.answers(SERVICES_Q)[0] == ["Biblioteka", "Sport, rekreacja"]
    # e-mail addresses never reach the store: not in the answers, not in the outbox
    conn = demo.store.reader()
    blobs = [
        zlib.decompress(b).decode() for (b,) in conn.execute("SELECT answers FROM survey_question")
    ]
    outbox = " ".join(
        v
        for (v,) in conn.execute(
            "SELECT changes FROM outbox WHERE table_name LIKE 'survey%' OR row_id = ?",
            (result.survey_id,),
        )
    )
    assert outbox, "the import's outbox entries are the ones looked at"
    assert not any("@example.pl" in text for text in blobs)
    assert "@example.pl" not in outbox


def test_importing_the_same_file_twice_adds_nothing(demo: Services, survey_file: Path) -> None:
    first = demo.surveys.import_file(survey_file, "PGZB", "residents")
    before = outbox_count(demo)
    again = demo.surveys.import_file(survey_file, "PGZB", "youth", title="Inny tytuł")

    assert again.created is False
    assert again.survey_id == first.survey_id
    assert len(demo.surveys.list(pgzb(demo))) == 1
    assert outbox_count(demo) == before
    # the same file may still be imported into another partnership
    other = demo.surveys.import_file(survey_file, "PZŁ", "residents")
    assert other.created and other.survey_id != first.survey_id


def test_a_cancelled_import_stores_nothing(demo: Services, survey_file: Path) -> None:
    plan = demo.surveys.plan(parse_survey(survey_file), pgzb(demo), SurveyKind.RESIDENTS)
    progress = Progress(lambda done, total, text: progress.cancel() if done == 3 else None)
    conn = demo.store.reader()
    tables = ("survey", "survey_question", "outbox")
    before = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]

    with pytest.raises(Cancelled):
        demo.surveys.store_plan(plan, progress)

    assert [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables] == before
    assert demo.surveys.list() == []


def test_a_role_question_left_out_is_refused_before_anything_is_stored(
    demo: Services, survey_file: Path
) -> None:
    plan = demo.surveys.plan(parse_survey(survey_file), pgzb(demo), SurveyKind.RESIDENTS)
    plan.excluded.add("Płeć")

    with pytest.raises(UserError) as caught:
        demo.surveys.store_plan(plan)

    assert str(caught.value) == (
        "Pytanie „Płeć” służy do podziału wyników, więc musi zostać zaimportowane."
    )
    assert demo.surveys.list() == []


def test_summary_counts_percents_means_and_texts(demo: Services, survey_file: Path) -> None:
    result = demo.surveys.import_file(survey_file, "PGZB", "residents")
    summary = summarise(demo.surveys.load(result.survey_id))
    by_text = {q.text: q for q in summary.questions}

    services_q = by_text[SERVICES_Q]
    # multiple choice: percent of respondents, so the column adds up to more than 100
    assert [(a.label, a.count, round(a.percent, 1)) for a in services_q.answers] == [
        ("Biblioteka", 3, 50.0),
        ("Sport, rekreacja", 3, 50.0),
        ("Ośrodek zdrowia", 3, 50.0),
    ]
    scale = by_text["Jak oceniasz życie w gminie?"]
    assert [a.count for a in scale.answers] == [1, 1, 1, 2, 1]
    assert scale.mean == pytest.approx(19 / 6) and scale.median == 3.5
    age = by_text["Wiek"]
    assert age.mean == pytest.approx((34 + 41 + 19 + 67 + 52 + 28) / 6) and age.median == 37.5
    grid = by_text["Oceń dostępność"]
    schools = next(row for row in grid.grid if row.label == "Szkoły")
    assert schools.answered == 5  # one respondent skipped this row
    assert {a.label: a.count for a in schools.answers} == {"Dobra": 3, "Bardzo dobra": 1, "Zła": 1}
    text = by_text["Co najbardziej należy poprawić?"]
    assert text.answered == 6
    assert search_texts(text, "osrodek zdrowia") == ["Ośrodek zdrowia bliżej"]
    assert search_texts(text, "AUTOBUS") == ["Więcej autobusów, także w weekendy"]


def test_filters_by_gmina_and_age_group(demo: Services, survey_file: Path) -> None:
    result = demo.surveys.import_file(survey_file, "PGZB", "residents")
    data = demo.surveys.load(result.survey_id)

    ploskinia_or_frombork = summarise(data, Filters(gminy=frozenset({"2802062", "2802033"})))
    assert ploskinia_or_frombork.respondents == 2
    sex = next(q for q in ploskinia_or_frombork.questions if q.text == "Płeć")
    assert {a.label: a.count for a in sex.answers} == {"Kobieta": 1, "Mężczyzna": 1}

    unassigned = summarise(data, Filters(gminy=frozenset({""})))
    assert unassigned.respondents == 2  # "Braniewo" (ambiguous) and "nie wiem"

    assert age_groups(data)[:3] == ["do 17", "18–24", "25–34"]
    young = summarise(data, Filters(age_groups=frozenset({"18–24", "25–34"})))
    assert young.respondents == 3  # aged 19, 28 and 34


def test_crosstab_by_gender_and_by_gmina(demo: Services, survey_file: Path) -> None:
    result = demo.surveys.import_file(survey_file, "PGZB", "residents")
    data = demo.surveys.load(result.survey_id)

    tab = crosstab(data, SERVICES_Q, Dimension.GENDER)
    assert tab.groups == ("Kobieta", "Mężczyzna")
    assert tab.totals == (3, 3)
    library = tab.labels.index("Biblioteka")
    assert tab.counts[library] == (2, 1)
    assert tab.percent(library, 0) == pytest.approx(200 / 3)

    names = {"2802062": "Płoskinia", "2802033": "Frombork", "2802053": "Pieniężno"}
    by_gmina = crosstab(data, "Płeć", Dimension.GMINA, group_names=names)
    # TERYT order, Kraków (no name given here) keeps its code, unassigned answers come last
    assert by_gmina.groups[-1] == "gmina nieprzypisana"
    assert by_gmina.totals[-1] == 2
    assert sum(by_gmina.totals) == 6

    grid = crosstab(data, "Oceń dostępność", Dimension.AGE, row="Drogi")
    assert sum(grid.totals) == 6
    with pytest.raises(ValueError):
        crosstab(data, "Co najbardziej należy poprawić?", Dimension.GENDER)


def test_mapping_a_gmina_later_changes_the_filters(demo: Services, survey_file: Path) -> None:
    result = demo.surveys.import_file(survey_file, "PGZB", "residents")
    info = demo.surveys.load(result.survey_id).info
    mapping = {**info.gmina_map, "Braniewo": "2802011"}

    demo.surveys.update(result.survey_id, gmina_map=mapping, title="Mieszkańcy 2026")

    data = demo.surveys.load(result.survey_id)
    assert data.info.title == "Mieszkańcy 2026"
    assert summarise(data, Filters(gminy=frozenset({"2802011"}))).respondents == 1
    changes = (
        demo.store.reader()
        .execute(
            "SELECT changes FROM outbox WHERE row_id = ? ORDER BY rowid DESC", (result.survey_id,)
        )
        .fetchone()[0]
    )
    assert "Braniewo" in json.loads(changes)["gmina_map"]["new"]


def test_delete_and_restore_a_survey(demo: Services, survey_file: Path) -> None:
    result = demo.surveys.import_file(survey_file, "PGZB", "residents")

    demo.surveys.delete(result.survey_id)
    assert demo.surveys.list() == []
    with pytest.raises(UserError):
        demo.surveys.load(result.survey_id)
    # a deleted import does not block importing the file again
    demo.surveys.restore(result.survey_id)
    assert [s.id for s in demo.surveys.list()] == [result.survey_id]
    assert len(demo.surveys.load(result.survey_id).questions) == 7


def test_unknown_kind_and_survey_are_one_sentence(demo: Services, survey_file: Path) -> None:
    with pytest.raises(UserError) as kind:
        demo.surveys.import_file(survey_file, "PGZB", "dzieci")
    assert str(kind.value) == (
        "Nieznany rodzaj ankiety „dzieci”; dozwolone: residents, youth, business, leaders."
    )
    with pytest.raises(UserError) as missing:
        demo.surveys.load("Ankieta, której nie ma")
    assert str(missing.value) == "Nie ma ankiety „Ankieta, której nie ma”."
    assert demo.surveys.list() == []


def test_survey_tables_survive_a_reopen(demo: Services, survey_file: Path, data_dir: Path) -> None:
    result = demo.surveys.import_file(survey_file, "PGZB", "residents")
    demo.store.close()
    with sqlite3.connect(data_dir / "cwd.sqlite3") as conn:
        assert conn.execute(
            "SELECT response_count FROM survey WHERE id = ?", (result.survey_id,)
        ).fetchone() == (6,)


def test_numbers_are_grouped_in_round_ranges_and_ages_in_age_groups(
    demo: Services, survey_file: Path
) -> None:
    from cwd_desktop.services.survey_data import StoredQuestion
    from cwd_desktop.services.survey_summary import summarise_question

    question = StoredQuestion(
        "q", 0, "q", "Powierzchnia gospodarstwa (ha)", QuestionType.NUMBER, (), ()
    )
    values = [float(v) for v in range(3, 120, 4)]  # 30 distinct whole numbers from 3 to 119
    summary = summarise_question(question, values, len(values))
    labels = [a.label for a in summary.answers]
    assert labels == ["0–19", "20–39", "40–59", "60–79", "80–99", "100–119"]
    assert sum(a.count for a in summary.answers) == 30

    result = demo.surveys.import_file(survey_file, "PGZB", "residents")
    age = next(
        q for q in summarise(demo.surveys.load(result.survey_id)).questions if q.text == "Wiek"
    )
    assert [(a.label, a.count) for a in age.answers if a.count] == [
        ("18–24", 1),
        ("25–34", 2),
        ("35–44", 1),
        ("45–54", 1),
        ("65+", 1),
    ]
    assert age.median == 37.5  # exact, not from the groups

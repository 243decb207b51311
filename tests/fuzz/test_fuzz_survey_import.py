"""Fuzzing the survey import (``survey import``: parse, plan, store) with malformed files."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, note
from hypothesis import strategies as st

from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.survey_summary import summarise
from cwd_desktop.services.surveys import ImportResult
from tests.fuzz.harness import (
    Tally,
    fuzz_settings,
    report,
    run_example,
)
from tests.fuzz.strategies import SEEDS, FuzzFile, Vocabulary, import_files

EXAMPLES = 800
TABLES = ["survey", "survey_question"]
BAD_CORPUS = Path(__file__).resolve().parents[1] / "data" / "surveys" / "bad"

SCALE = "Jak oceniasz życie w gminie?"
SERVICES = "Z których usług gminy korzystasz?"
GRID = "Oceń dostępność"
HEADER = (
    "Sygnatura czasowa",
    "Adres e-mail",
    SCALE,
    SERVICES,
    "Płeć",
    "Wiek",
    "Gmina",
    "Co najbardziej należy poprawić?",
    f"{GRID} [Drogi]",
    f"{GRID} [Szkoły]",
)
VOCABULARY = Vocabulary(
    stem="Ankieta mieszkańców (Odpowiedzi)",
    headers=(
        *HEADER,
        "Timestamp",
        "ID",
        "Godzina rozpoczęcia",
        "submitdate",
        "_uuid",
        "_submission_time",
        "grupa/pytanie",
        "Wiek [lata]",
    ),
    values=(
        datetime(2026, 3, 2, 9, 15),
        "2026/03/02 9:15:00 AM CET",
        "anna@example.pl",
        "jan@",
        1,
        3,
        5,
        11,
        "Biblioteka, Sport, rekreacja",
        "Sport, rekreacja",
        "Biblioteka;Sport",
        "Kobieta",
        "Mężczyzna",
        "inna",
        34,
        "34 lata",
        -5,
        200,
        "Braniewo",
        "Frombork",
        "Płoskinia",
        "Warszawa",
        "Dobra",
        "Bardzo dobra",
        "Zła",
        "Chodniki przy szkole",
        "Nic, jest dobrze",
    ),
    sample=(
        HEADER,
        (
            datetime(2026, 3, 2, 9, 15),
            "anna@example.pl",
            4,
            "Biblioteka, Sport, rekreacja",
            "Kobieta",
            34,
            "Braniewo",
            "Chodniki przy szkole",
            "Dobra",
            "Bardzo dobra",
        ),
        (
            datetime(2026, 3, 2, 9, 40),
            "jan@example.pl",
            5,
            "Sport, rekreacja",
            "Mężczyzna",
            41,
            "Frombork",
            "Więcej autobusów, także w weekendy",
            "Zła",
            "Dobra",
        ),
        (
            datetime(2026, 3, 3, 8, 0),
            "olek@example.pl",
            2,
            "Biblioteka",
            "Mężczyzna",
            67,
            "Płoskinia",
            "Ośrodek zdrowia bliżej",
            "Zła",
            None,
        ),
    ),
    seeds=(*sorted(BAD_CORPUS.iterdir()), *sorted(SEEDS.glob("ankieta.*"))),
)

KINDS = st.sampled_from(("residents", "residents", "youth", "business", "Mieszkańcy", "kosmici"))
TITLES = st.one_of(st.none(), st.none(), st.sampled_from(("", "  ", "x" * 301)), st.text())


def verify_import(
    services: Services,
    result: ImportResult,
    changed: dict[str, int],
    outbox: Counter[tuple[str, str]],
) -> None:
    """A new survey is stored whole and reads back; a known file adds nothing."""
    if not result.created:
        assert changed == {}, f"a file seen before changed the store: {changed}"
        return
    questions = result.questions
    assert changed == {"survey": 1, "survey_question": questions, "outbox": 1 + questions}, (
        f"stored {changed}, reported {result}"
    )
    assert outbox == {("survey", "insert"): 1, ("survey_question", "insert"): questions}
    data = services.surveys.load(result.survey_id)
    assert data.info.response_count == result.responses
    assert len(data.respondent_rows()) == result.responses
    assert len(data.questions) == questions
    for question in data.questions:
        assert len(data.answers(question.key)) == result.responses
    summary = summarise(data)
    assert summary.respondents == result.responses


def test_survey_import_gives_a_clear_error_or_a_whole_import(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pid = services.partnerships.create(DEMO_PARTNERSHIPS[0])
    folder = tmp_path / "files"
    folder.mkdir()
    tally = Tally("survey import")

    @fuzz_settings(EXAMPLES)
    @given(file=import_files(VOCABULARY), kind=KINDS, title=TITLES)
    def check(file: FuzzFile, kind: str, title: str | None) -> None:
        note(file.recipe)
        path = file.write(folder)
        try:
            run_example(
                tally,
                services.store,
                TABLES,
                lambda: services.surveys.import_file(path, pid, kind, title),
                lambda result, changed, outbox: verify_import(services, result, changed, outbox),
            )
        finally:
            path.unlink()

    check()
    report(capsys, tally)

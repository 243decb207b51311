"""Survey exports as the tools really write them: detection, metadata, types, answers.

Every file is built for real in ``tmp_path`` following the tool's export
layout (headers, separators, encodings), then parsed end to end.
"""

from __future__ import annotations

import csv
import hashlib
import io
import shutil
import subprocess
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from cwd_desktop.services.survey_import import (
    MetaRole,
    ParsedSurvey,
    QuestionType,
    Source,
    parse_survey,
)
from cwd_desktop.services.survey_import.infer import CommaSplitter

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list[object]], encoding: str, sep: str) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=sep, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def convert(path: Path, fmt: str) -> Path:
    """An XLSX saved by LibreOffice Calc as ``fmt`` (ods, xls)."""
    assert SOFFICE
    profile = path.parent / "lo-profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(path.parent / fmt),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return path.parent / fmt / f"{path.stem}.{fmt}"


def frequencies(survey: ParsedSurvey, key: str) -> Counter[str]:
    """How many respondents chose each option (a multiple choice counts each option)."""
    counts: Counter[str] = Counter()
    for answer in survey.answers[key]:
        if isinstance(answer, tuple):
            counts.update(answer)
        elif answer is not None:
            counts[str(answer)] += 1
    return counts


def types(survey: ParsedSurvey) -> dict[str, QuestionType]:
    return {q.text: q.type for q in survey.questions}


def personal(survey: ParsedSurvey) -> list[str]:
    return [m.header for m in survey.metadata if m.personal]


# -- Google Forms ---------------------------------------------------------------------------

G_SERVICES = "Z których usług gminy korzystasz?"
G_SCALE = "Jak oceniasz życie w gminie?"
G_SEX = "Płeć"
G_AGE = "Wiek"
G_TEXT = "Co najbardziej należy poprawić?"
G_GRID = "Oceń dostępność"

GOOGLE_PL = [
    [
        "Sygnatura czasowa",
        "Adres e-mail",
        G_SCALE,
        G_SERVICES,
        G_SEX,
        G_AGE,
        G_TEXT,
        f"{G_GRID} [Drogi]",
        f"{G_GRID} [Szkoły]",
    ],
    [datetime(2026, 3, 2, 9, 15), "anna@example.pl", 4, "Biblioteka, Sport, rekreacja",
     "Kobieta", 34, "Chodniki przy szkole", "Dobra", "Bardzo dobra"],
    [datetime(2026, 3, 2, 9, 40), "jan@example.pl", 5, "Sport, rekreacja",
     "Mężczyzna", 41, "Więcej autobusów, także w weekendy", "Zła", "Dobra"],
    [datetime(2026, 3, 2, 10, 5), "ewa@example.pl", 3, "Biblioteka",
     "Kobieta", 19, "Oświetlenie ulic", "Dobra", "Dobra"],
    [datetime(2026, 3, 3, 8, 0), "olek@example.pl", 2, "Ośrodek zdrowia, Biblioteka",
     "Mężczyzna", 67, "Ośrodek zdrowia bliżej", "Zła", "Zła"],
    [datetime(2026, 3, 3, 12, 30), "iza@example.pl", 4, "Ośrodek zdrowia",
     "Kobieta", 52, "Nic, jest dobrze", "Dobra", ""],
    [datetime(2026, 3, 4, 18, 45), "piotr@example.pl", 1, "Sport, rekreacja, Ośrodek zdrowia",
     "Mężczyzna", 28, "Internet światłowodowy", "Bardzo dobra", "Dobra"],
]  # fmt: skip


def test_google_forms_polish_xlsx(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "Ankieta mieszkańców (Odpowiedzi).xlsx", GOOGLE_PL)
    survey = parse_survey(path)

    assert survey.source is Source.GOOGLE_FORMS
    assert survey.response_count == 6
    assert [(m.header, m.role) for m in survey.metadata] == [
        ("Sygnatura czasowa", MetaRole.TIMESTAMP),
        ("Adres e-mail", MetaRole.EMAIL),
    ]
    assert personal(survey) == ["Adres e-mail"]
    stored = {str(a) for values in survey.answers.values() for a in values}
    assert not any("@" in a for a in stored)
    assert types(survey) == {
        G_SCALE: QuestionType.SCALE,
        G_SERVICES: QuestionType.MULTIPLE,
        G_SEX: QuestionType.SINGLE,
        G_AGE: QuestionType.NUMBER,
        G_TEXT: QuestionType.TEXT,
        G_GRID: QuestionType.GRID,
    }
    # "Sport, rekreacja" is one option with a comma: chosen alone by one respondent.
    assert frequencies(survey, G_SERVICES) == {
        "Biblioteka": 3,
        "Sport, rekreacja": 3,
        "Ośrodek zdrowia": 3,
    }
    assert survey.question(G_SCALE).options == ["1", "2", "3", "4", "5"]
    assert frequencies(survey, G_SEX) == {"Kobieta": 3, "Mężczyzna": 3}
    grid = survey.question(G_GRID)
    assert grid.rows == ["Drogi", "Szkoły"]
    assert grid.columns == (7, 8)
    assert survey.answers[G_GRID][4] == {"Drogi": "Dobra"}
    assert survey.answers[G_AGE][0] == 34.0
    # the free text keeps its commas
    assert survey.answers[G_TEXT][1] == "Więcej autobusów, także w weekendy"
    assert survey.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert survey.respondent(0)[G_SERVICES] == ("Biblioteka", "Sport, rekreacja")


def test_google_forms_english_csv_utf8_with_bom_and_commas(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        [
            "Timestamp",
            "Email Address",
            "Which services do you use?",
            "How old are you, in years?",
            "Rate transport [Bus]",
            "Rate transport [Train]",
        ],
        ["2026/03/02 9:15:00 AM CET", "a@example.com", "Library, Pool", "34", "Good", "Poor"],
        ["2026/03/02 9:40:00 AM CET", "b@example.com", "Pool", "41", "Poor", "Poor"],
        ["2026/03/02 10:05:00 AM CET", "c@example.com", "Library", "19", "Good", "Good"],
        ["2026/03/03 8:00:00 AM CET", "d@example.com", "Library, Pool", "67", "Good", ""],
    ]
    path = write_csv(tmp_path / "responses.csv", rows, "utf-8-sig", ",")
    survey = parse_survey(path)

    assert survey.source is Source.GOOGLE_FORMS
    assert survey.headers[3] == "How old are you, in years?"  # quoted comma, not a separator
    assert personal(survey) == ["Email Address"]
    assert types(survey) == {
        "Which services do you use?": QuestionType.MULTIPLE,
        "How old are you, in years?": QuestionType.NUMBER,
        "Rate transport": QuestionType.GRID,
    }
    assert frequencies(survey, "Which services do you use?") == {"Library": 3, "Pool": 3}
    assert survey.question("Rate transport").options == ["Good", "Poor"]


# -- Microsoft Forms ------------------------------------------------------------------------


def test_microsoft_forms_polish_xlsx(tmp_path: Path) -> None:
    multi = "Jakie formy wsparcia są potrzebne?"
    rows: list[list[object]] = [
        ["ID", "Godzina rozpoczęcia", "Godzina ukończenia", "Adres e-mail", "Nazwa",
         multi, "Branża", "Ocena współpracy z gminą"],
        [1, datetime(2026, 4, 1, 10), datetime(2026, 4, 1, 10, 6), "anonymous", "",
         "Szkolenia;Dotacje;", "Handel", 3],
        [2, datetime(2026, 4, 1, 11), datetime(2026, 4, 1, 11, 4), "anonymous", "",
         "Dotacje;", "Usługi", 4],
        [3, datetime(2026, 4, 2, 9), datetime(2026, 4, 2, 9, 9), "anonymous", "",
         "Doradztwo;Szkolenia;Dotacje;", "Handel", 2],
        [4, datetime(2026, 4, 2, 13), datetime(2026, 4, 2, 13, 2), "anonymous", "",
         "Szkolenia;", "Usługi", 5],
    ]  # fmt: skip
    survey = parse_survey(write_xlsx(tmp_path / "Ankieta dla przedsiębiorców.xlsx", rows))

    assert survey.source is Source.MICROSOFT_FORMS
    assert [m.header for m in survey.metadata] == [
        "ID",
        "Godzina rozpoczęcia",
        "Godzina ukończenia",
        "Adres e-mail",
        "Nazwa",
    ]
    assert personal(survey) == ["Adres e-mail", "Nazwa"]
    assert types(survey) == {
        multi: QuestionType.MULTIPLE,
        "Branża": QuestionType.SINGLE,
        "Ocena współpracy z gminą": QuestionType.SCALE,
    }
    assert survey.answers[multi][0] == ("Szkolenia", "Dotacje")
    assert frequencies(survey, multi) == {"Szkolenia": 3, "Dotacje": 3, "Doradztwo": 1}


def test_microsoft_forms_polish_identyfikator_header_and_kobo_semicolon_csv(
    tmp_path: Path,
) -> None:
    forms = [
        ["Identyfikator", "Godzina rozpoczęcia", "Godzina ukończenia", "Adres e-mail", "Nazwa",
         "Godzina ostatniej modyfikacji", "Czy prowadzisz działalność w gminie?"],
        [1, "4/1/26 10:00:00", "4/1/26 10:06:00", "anonymous", "", "", "Tak"],
        [2, "4/1/26 11:00:00", "4/1/26 11:06:00", "anonymous", "", "", "Nie"],
        [3, "4/1/26 12:00:00", "4/1/26 12:03:00", "anonymous", "", "", "Tak"],
    ]  # fmt: skip
    survey = parse_survey(write_xlsx(tmp_path / "Ankieta przedsiębiorców.xlsx", forms))
    assert survey.source is Source.MICROSOFT_FORMS
    assert [q.text for q in survey.questions] == ["Czy prowadzisz działalność w gminie?"]
    assert frequencies(survey, "Czy prowadzisz działalność w gminie?") == {"Tak": 2, "Nie": 1}

    # KoboToolbox's CSV export is ";"-separated, with "group/question" headers.
    kobo = [
        ["start", "end", "dane/plec", "dane/zajecia", "dane/zajecia/sport", "dane/zajecia/muzyka",
         "_id", "_uuid", "_submission_time", "_index"],
        ["2026-06-01T10:00", "2026-06-01T10:05", "k", "sport muzyka", "1", "1", "1", "u1",
         "2026-06-01T10:06:00", "1"],
        ["2026-06-01T11:00", "2026-06-01T11:05", "m", "sport", "1", "0", "2", "u2",
         "2026-06-01T11:06:00", "2"],
        ["2026-06-01T12:00", "2026-06-01T12:05", "k", "muzyka", "0", "1", "3", "u3",
         "2026-06-01T12:06:00", "3"],
    ]  # fmt: skip
    survey = parse_survey(write_csv(tmp_path / "kobo.csv", kobo, "utf-8", ";"))
    assert survey.source is Source.KOBO
    assert survey.response_count == 3
    assert frequencies(survey, "dane/zajecia") == {"sport": 2, "muzyka": 2}
    assert frequencies(survey, "dane/plec") == {"k": 2, "m": 1}


def test_microsoft_forms_english_headers_are_detected(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ID", "Start time", "Completion time", "Email", "Name", "Sector"],
        [1, "4/1/26 10:00:00", "4/1/26 10:06:00", "x@firma.pl", "Jan K.", "Trade"],
        [2, "4/1/26 11:00:00", "4/1/26 11:06:00", "y@firma.pl", "Ewa N.", "Trade"],
    ]
    survey = parse_survey(write_xlsx(tmp_path / "forms.xlsx", rows))
    assert survey.source is Source.MICROSOFT_FORMS
    assert [q.text for q in survey.questions] == ["Sector"]
    assert personal(survey) == ["Email", "Name"]


# -- LimeSurvey -----------------------------------------------------------------------------


def test_limesurvey_codes_csv_in_windows_1250(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["id", "submitdate", "lastpage", "startlanguage", "seed", "plec",
         "Q2[SQ001]", "Q2[SQ002]", "Q2[SQ003]", "Q2[other]",
         "Q3[SQ001]", "Q3[SQ002]", "uwagi"],
        ["1", "2026-05-04 10:00:00", "3", "pl", "1234", "A1",
         "Y", "", "Y", "", "A4", "A5", "Więcej zieleni, ławek"],
        ["2", "2026-05-04 11:00:00", "3", "pl", "5678", "A2",
         "", "Y", "", "Świetlica", "A2", "A4", "Ścieżka rowerowa"],
        ["3", "2026-05-05 09:30:00", "3", "pl", "9012", "A1",
         "Y", "Y", "", "", "A4", "", "Żłobek"],
        ["4", "", "2", "pl", "3456", "A2", "", "", "", "", "", "", ""],
    ]  # fmt: skip
    path = write_csv(tmp_path / "results-survey123.csv", rows, "cp1250", ";")
    survey = parse_survey(path)

    assert survey.source is Source.LIMESURVEY
    assert [m.header for m in survey.metadata] == [
        "id",
        "submitdate",
        "lastpage",
        "startlanguage",
        "seed",
    ]
    assert types(survey) == {
        "plec": QuestionType.SINGLE,
        "Q2": QuestionType.MULTIPLE,
        "Q3": QuestionType.GRID,
        "uwagi": QuestionType.TEXT,
    }
    q2 = survey.question("Q2")
    assert q2.options == ["SQ001", "SQ002", "SQ003"]
    assert q2.other_column == 9
    assert survey.answers["Q2"][:3] == [
        ("SQ001", "SQ003"),
        ("SQ002", "Świetlica"),
        ("SQ001", "SQ002"),
    ]
    assert survey.answers["Q2"][3] is None
    assert survey.question("Q3").rows == ["SQ001", "SQ002"]
    assert survey.answers["uwagi"][2] == "Żłobek"  # decoded from Windows-1250


def test_limesurvey_full_answers_xlsx(tmp_path: Path) -> None:
    q = "Z jakich miejsc korzystasz"
    rows: list[list[object]] = [
        ["id", "submitdate", "lastpage", "startlanguage", "seed",
         f"{q} [Biblioteka]", f"{q} [Basen]", f"{q} [Dom kultury]"],
        [1, "2026-05-04 10:00:00", 2, "pl", 11, "Tak", "Nie", "Tak"],
        [2, "2026-05-04 10:20:00", 2, "pl", 12, "Nie", "Nie", "Tak"],
        [3, "2026-05-04 10:40:00", 2, "pl", 13, "Tak", "Tak", "Nie"],
    ]  # fmt: skip
    survey = parse_survey(write_xlsx(tmp_path / "results.xlsx", rows))

    assert survey.source is Source.LIMESURVEY
    assert types(survey) == {q: QuestionType.MULTIPLE}
    assert frequencies(survey, q) == {"Biblioteka": 2, "Basen": 1, "Dom kultury": 2}


# -- KoboToolbox / ODK ----------------------------------------------------------------------


def test_kobo_xlsx_with_groups_and_select_multiple(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["start", "end", "metryczka/plec", "metryczka/wiek", "uslugi/korzystam",
         "uslugi/korzystam/szkola", "uslugi/korzystam/biblioteka", "uslugi/korzystam/basen",
         "uslugi/ocena", "_id", "_uuid", "_submission_time", "_index"],
        ["2026-06-01T10:00", "2026-06-01T10:05", "k", 16, "szkola basen", 1, 0, 1, 4,
         101, "a1b2", "2026-06-01T10:06:00", 1],
        ["2026-06-01T11:00", "2026-06-01T11:05", "m", 17, "biblioteka", 0, 1, 0, 5,
         102, "c3d4", "2026-06-01T11:06:00", 2],
        ["2026-06-01T12:00", "2026-06-01T12:05", "k", 18, "szkola biblioteka basen", 1, 1, 1, 3,
         103, "e5f6", "2026-06-01T12:06:00", 3],
        ["2026-06-02T09:00", "2026-06-02T09:05", "m", 16, "szkola", 1, 0, 0, 4,
         104, "g7h8", "2026-06-02T09:06:00", 4],
    ]  # fmt: skip
    survey = parse_survey(write_xlsx(tmp_path / "mlodziez_kobo.xlsx", rows))

    assert survey.source is Source.KOBO
    assert {m.header for m in survey.metadata} == {
        "start",
        "end",
        "_id",
        "_uuid",
        "_submission_time",
        "_index",
    }
    assert [(q.text, q.type) for q in survey.questions] == [
        ("plec", QuestionType.SINGLE),
        ("wiek", QuestionType.NUMBER),
        ("korzystam", QuestionType.MULTIPLE),
        ("ocena", QuestionType.SCALE),
    ]
    multi = survey.question("uslugi/korzystam")
    assert multi.options == ["szkola", "biblioteka", "basen"]
    assert frequencies(survey, "uslugi/korzystam") == {"szkola": 3, "biblioteka": 2, "basen": 2}


def test_odk_csv_with_dash_groups_and_space_separated_codes(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["SubmissionDate", "dane-plec", "dane-zajecia", "KEY", "SubmitterName"],
        ["2026-06-01T10:06:00Z", "k", "sport muzyka", "uuid:1", "ankieter1"],
        ["2026-06-01T11:06:00Z", "m", "sport", "uuid:2", "ankieter1"],
        ["2026-06-01T12:06:00Z", "k", "muzyka", "uuid:3", "ankieter2"],
        ["2026-06-01T13:06:00Z", "m", "sport muzyka", "uuid:4", "ankieter2"],
    ]
    survey = parse_survey(write_csv(tmp_path / "odk.csv", rows, "utf-8", ","))

    assert survey.source is Source.KOBO
    assert [(q.text, q.type) for q in survey.questions] == [
        ("plec", QuestionType.SINGLE),
        ("zajecia", QuestionType.MULTIPLE),
    ]
    assert frequencies(survey, "dane-zajecia") == {"sport": 3, "muzyka": 3}
    assert personal(survey) == ["SubmitterName"]


# -- spreadsheets people saved themselves ---------------------------------------------------

SHEET = [
    ["Gmina", "Kontakt", "Ile lat mieszkasz w gminie?", "Czy planujesz wyjazd?"],
    ["Braniewo", "ala@o2.pl", 12, "Tak"],
    ["Pieniężno", "ola@wp.pl", 3, "Nie"],
    ["Braniewo", "ela@onet.pl", 25, "Nie wiem"],
    ["Pieniężno", "", 40, "Nie"],
    ["Braniewo", "kuba@gmail.com", 7, "Tak"],
    ["Braniewo", "iga@gmail.com", 1, "Nie"],
]


def test_spreadsheet_csv_with_an_email_column_under_any_header(tmp_path: Path) -> None:
    survey = parse_survey(write_csv(tmp_path / "ankieta.csv", SHEET, "cp1250", ";"))

    assert survey.source is Source.SPREADSHEET
    assert [(m.header, m.role) for m in survey.metadata] == [("Kontakt", MetaRole.EMAIL)]
    assert types(survey) == {
        "Gmina": QuestionType.SINGLE,
        "Ile lat mieszkasz w gminie?": QuestionType.NUMBER,
        "Czy planujesz wyjazd?": QuestionType.SINGLE,
    }
    assert frequencies(survey, "Gmina") == {"Braniewo": 4, "Pieniężno": 2}


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("fmt", ["ods", "xls"])
def test_spreadsheet_saved_by_libreoffice(tmp_path: Path, fmt: str) -> None:
    path = convert(write_xlsx(tmp_path / "ankieta.xlsx", SHEET), fmt)
    survey = parse_survey(path)

    assert survey.source is Source.SPREADSHEET
    assert survey.response_count == 6
    assert personal(survey) == ["Kontakt"]
    assert frequencies(survey, "Czy planujesz wyjazd?") == {"Tak": 2, "Nie": 3, "Nie wiem": 1}
    assert survey.answers["Ile lat mieszkasz w gminie?"][:2] == [12.0, 3.0]


def test_a_semicolon_csv_whose_first_line_is_full_of_commas_is_sniffed(tmp_path: Path) -> None:
    rows = [["Czy, Pana zdaniem, warto?", "Dlaczego, jeśli tak?"], ["Tak", "Bo tak"], ["Nie", "x"]]
    survey = parse_survey(write_csv(tmp_path / "a.csv", rows, "utf-8", ";"))
    assert survey.headers == ["Czy, Pana zdaniem, warto?", "Dlaczego, jeśli tak?"]


def test_comma_splitter_prefers_known_options() -> None:
    split = CommaSplitter(["Tak, chętnie", "Nie wiem", "Tak, chętnie, Nie wiem", "A, B"])
    assert split("Tak, chętnie, Nie wiem") == ["Tak, chętnie", "Nie wiem"]
    assert split("Nie wiem, Tak, chętnie") == ["Nie wiem", "Tak, chętnie"]
    # nothing is known of "X" and "Y": cut at every comma
    assert split("X, Y, Nie wiem") == ["X", "Y", "Nie wiem"]

    # "Komunikacja autobusowa" was never chosen alone, but its companion was:
    # two options, not one option "Ośrodek zdrowia, Komunikacja autobusowa".
    answers = ["Ośrodek zdrowia", "Ośrodek zdrowia, Komunikacja autobusowa"] * 3
    split = CommaSplitter(answers)
    assert split("Ośrodek zdrowia, Komunikacja autobusowa") == [
        "Ośrodek zdrowia",
        "Komunikacja autobusowa",
    ]
    # an option holding a comma, never with a known companion, stays whole
    assert CommaSplitter(["Sport, rekreacja", "Biblioteka"])("Sport, rekreacja") == [
        "Sport, rekreacja"
    ]

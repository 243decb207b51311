"""The survey summary exported to XLSX reopens with the figures a report quotes.

Expected counts are taken from the generated export itself (the rows the
respondents "sent"), not from the summary code, so a wrong count fails.
"""

from __future__ import annotations

import statistics
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from cwd_desktop.errors import UserError
from cwd_desktop.exports.xlsx.survey_summary import export_summary
from cwd_desktop.services.app import Services
from cwd_desktop.services.survey_data import SurveyData
from cwd_desktop.services.survey_summary import Dimension, Filters
from tests.exports import survey_sample as sample

COLUMNS = sample.survey_rows(0)[0]


def column(rows: list[list[Any]], header: str) -> list[Any]:
    index = COLUMNS.index(header)
    return [row[index] for row in rows]


@pytest.fixture
def survey(services: Services, tmp_path: Path) -> SurveyData:
    return sample.import_sample(services, tmp_path)


@pytest.fixture
def raw() -> list[list[Any]]:
    """The respondents' rows as the generated export holds them."""
    return sample.survey_rows()[1:]


def block(sheet: Worksheet, title: str, header: str) -> dict[str, tuple[Any, ...]]:
    """The table under the row ``title`` whose header row starts with ``header``:
    first cell → the rest of the row, up to the next empty row."""
    rows = list(sheet.iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[0] == title)
    head = next(i for i in range(start, len(rows)) if rows[i][0] == header)
    table = {}
    for row in rows[head + 1 :]:
        if row[0] is None or row[0] in HEADERS or (len(row) > 1 and row[1] is None):
            break
        table[row[0]] = row[1:]
    return table


HEADERS = {"Odpowiedź", "Liczba odpowiedzi", "Procent w wierszu", "Procent w grupie"}


def test_summary_sheet_has_counts_and_real_percents(
    survey: SurveyData, raw: list[list[Any]], tmp_path: Path
) -> None:
    path = export_summary(survey, tmp_path / "podsumowanie.xlsx")
    assert path == tmp_path / "podsumowanie.xlsx"
    book = load_workbook(path)
    assert book.sheetnames == ["Podsumowanie", "Odpowiedzi otwarte"]
    sheet = book["Podsumowanie"]
    head = {row[0]: row[1] for row in sheet.iter_rows(max_row=7, values_only=True)}
    assert sheet["A1"].value == sample.TITLE
    assert sheet["A1"].font.bold
    assert head["Źródło"] == "Formularze Google"
    assert head["Rodzaj ankiety"] == "mieszkańcy"
    assert head["Respondenci"] == 300
    assert sheet.freeze_panes == "B2"
    assert sheet.column_dimensions["A"].width > 40

    expected = Counter(column(raw, sample.Q_LIFE))
    table = block(sheet, f"1. {sample.Q_LIFE}", "Odpowiedź")
    assert {answer: row[0] for answer, row in table.items()} == expected
    assert {answer: round(row[1], 4) for answer, row in table.items()} == {
        answer: round(n / 300, 4) for answer, n in expected.items()
    }
    cell = next(r for r in sheet.iter_rows() if r[0].value == "Raczej dobrze")[2]
    assert cell.number_format == "0.0%"
    assert next(r for r in sheet.iter_rows() if r[0].value == f"1. {sample.Q_LIFE}")[0].font.bold


def test_multiple_choice_counts_respondents(
    survey: SurveyData, raw: list[list[Any]], tmp_path: Path
) -> None:
    sheet = load_workbook(export_summary(survey, tmp_path / "a.xlsx"))["Podsumowanie"]
    chosen = [c.split(", ") for c in column(raw, sample.Q_SERVICES) if c]
    expected = Counter(option for answer in chosen for option in answer)
    table = block(sheet, f"3. {sample.Q_SERVICES}", "Odpowiedź")
    assert {answer: row[0] for answer, row in table.items()} == expected
    assert table["Ośrodek zdrowia"][1] == pytest.approx(expected["Ośrodek zdrowia"] / len(chosen))
    texts = [r[0] for r in sheet.iter_rows(values_only=True)]
    assert "Procent respondentów, którzy odpowiedzieli; odsetki nie sumują się do 100%." in texts


def test_grid_is_a_matrix_of_counts_and_row_percents(
    survey: SurveyData, raw: list[list[Any]], tmp_path: Path
) -> None:
    sheet = load_workbook(export_summary(survey, tmp_path / "a.xlsx"))["Podsumowanie"]
    title = f"4. {sample.Q_GRID}"
    counts = block(sheet, title, "Liczba odpowiedzi")
    percents = block(sheet, title, "Procent w wierszu")
    rows = list(sheet.iter_rows(values_only=True))
    header = next(r for r in rows if r[0] == "Liczba odpowiedzi")
    options = [h for h in header[1:] if h is not None]
    assert options[-1] == "Odpowiedziało"
    assert set(options[:-1]) == set(sample.GRADES)
    area = sample.AREAS[2]
    given = [g for g in column(raw, f"{sample.Q_GRID} [{area}]") if g]
    expected = Counter(given)
    assert dict(zip(options[:-1], counts[area], strict=False)) == {
        option: expected[option] for option in options[:-1]
    }
    assert counts[area][len(options) - 1] == len(given)
    assert percents[area][options.index("Źle")] == pytest.approx(expected["Źle"] / len(given))


def test_scale_has_mean_and_median(
    survey: SurveyData, raw: list[list[Any]], tmp_path: Path
) -> None:
    sheet = load_workbook(export_summary(survey, tmp_path / "a.xlsx"))["Podsumowanie"]
    values = column(raw, sample.Q_SATISFACTION)
    rows = list(sheet.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == f"5. {sample.Q_SATISFACTION}")
    figures = {r[0]: r[1] for r in rows[start : start + 12]}
    assert figures["Średnia"] == pytest.approx(statistics.fmean(values))
    assert figures["Mediana"] == statistics.median(values)
    assert figures["3"] == values.count(3)


def test_free_texts_are_listed_one_per_row(
    survey: SurveyData, raw: list[list[Any]], tmp_path: Path
) -> None:
    book = load_workbook(export_summary(survey, tmp_path / "a.xlsx"))
    sheet = book["Odpowiedzi otwarte"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Nr", "Pytanie", "Odpowiedź")
    assert sheet.freeze_panes == "A2"
    written = Counter(r[2] for r in rows[1:])
    assert written == Counter(t for t in column(raw, sample.Q_CHANGE) if t)
    assert {r[:2] for r in rows[1:]} == {(9, sample.Q_CHANGE)}
    summary = [r[0] for r in book["Podsumowanie"].iter_rows(values_only=True)]
    note = f"Odpowiedzi: {sum(written.values())} — zob. arkusz „Odpowiedzi otwarte”."
    assert note in summary


def test_crosstab_sheets_give_counts_and_column_percents(
    survey: SurveyData, raw: list[list[Any]], services: Services, tmp_path: Path
) -> None:
    names = {code: services.teryt.get(code).name for code in survey.info.gmina_map.values()}
    path = export_summary(
        survey,
        tmp_path / "a.xlsx",
        crosstabs=(Dimension.GMINA, Dimension.GENDER, Dimension.AGE),
        group_names=names,
    )
    book = load_workbook(path)
    assert book.sheetnames[2:] == ["Wg gminy", "Wg płci", "Wg wieku"]
    sheet = book["Wg płci"]
    title = f"1. {sample.Q_LIFE}"
    counts = block(sheet, title, "Liczba odpowiedzi")
    percents = block(sheet, title, "Procent w grupie")
    header = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "Liczba odpowiedzi")
    groups = [g for g in header[1:] if g is not None]
    assert set(groups) == {*sample.GENDERS, "Razem"}
    pairs = Counter(zip(column(raw, sample.Q_GENDER), column(raw, sample.Q_LIFE), strict=True))
    women = groups.index("Kobieta")
    women_total = sum(n for (g, _), n in pairs.items() if g == "Kobieta")
    assert counts["Raczej źle"][women] == pairs[("Kobieta", "Raczej źle")]
    assert counts["Odpowiedziało"][women] == women_total
    assert percents["Raczej źle"][women] == pytest.approx(
        pairs[("Kobieta", "Raczej źle")] / women_total
    )
    assert counts["Raczej źle"][groups.index("Razem")] == column(raw, sample.Q_LIFE).count(
        "Raczej źle"
    )
    # The gmina sheet names the gminy; the gender question is not split by gender.
    gminy = next(
        r for r in book["Wg gminy"].iter_rows(values_only=True) if r[0] == "Liczba odpowiedzi"
    )
    assert {g for g in gminy[1:] if g} == {*sample.GMINY, "Razem"}
    firsts = [r[0] for r in sheet.iter_rows(values_only=True)]
    assert f"6. {sample.Q_GENDER}" not in firsts
    assert f"4. {sample.Q_GRID} [{sample.AREAS[0]}]" in firsts  # a grid: one table per row


def test_filters_are_stated_and_applied(
    survey: SurveyData, raw: list[list[Any]], services: Services, tmp_path: Path
) -> None:
    code = survey.info.gmina_map["Frombork"]
    path = export_summary(
        survey,
        tmp_path / "a.xlsx",
        filters=Filters(gminy=frozenset({code})),
        group_names={code: "Frombork"},
    )
    sheet = load_workbook(path)["Podsumowanie"]
    head = {row[0]: row[1] for row in sheet.iter_rows(max_row=9, values_only=True)}
    frombork = [row for row in raw if row[COLUMNS.index(sample.Q_GMINA)] == "Frombork"]
    assert head["Respondenci (po filtrach)"] == len(frombork)
    assert head["Respondenci (wszyscy)"] == 300
    assert head["Filtry"] == "gminy: Frombork"
    table = block(sheet, f"1. {sample.Q_LIFE}", "Odpowiedź")
    assert {a: r[0] for a, r in table.items() if r[0]} == Counter(column(frombork, sample.Q_LIFE))


def test_unwritable_path_gives_one_sentence_and_no_file(survey: SurveyData, tmp_path: Path) -> None:
    blocker = tmp_path / "raporty"
    blocker.write_text("a file, not a folder")
    target = blocker / "podsumowanie.xlsx"
    with pytest.raises(UserError) as error:
        export_summary(survey, target, crosstabs=(Dimension.GENDER,))
    message = str(error.value)
    assert message.startswith(f"Nie można zapisać pliku {target}:")
    assert message.endswith(".") and "\n" not in message
    assert not [p for p in tmp_path.rglob("*") if "podsumowanie" in p.name or p.suffix == ".tmp"]

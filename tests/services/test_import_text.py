"""What an import file's text can hold that a message or the store must not.

A NUL in a CSV (a damaged or UTF-16 file), a number no table can hold (NaN,
infinity), a line break in a header quoted by an error message: each ends
in one clear sentence, and a UTF-16 file with its byte order mark (Excel's
"Tekst Unicode") is simply read.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from cwd_desktop.errors import UserError
from cwd_desktop.services.diagnosis_reads import NotANumber, parse_number
from cwd_desktop.services.stakeholder_import import read_table
from cwd_desktop.services.survey_import import parse_survey


def test_a_nul_in_a_csv_is_refused_naming_its_line(tmp_path: Path) -> None:
    path = tmp_path / "rejestr.csv"
    path.write_bytes(b"Nazwa;Kategoria\r\nOSP Rogity;osp\r\nKGW\x00;kgw\r\n")

    with pytest.raises(UserError) as raised:
        read_table(path)

    assert str(raised.value) == (
        "Plik „rejestr.csv” ma w wierszu 3 znak NUL (bajt zerowy), którego nie ma w zwykłym "
        "pliku tekstowym; zapisz go ponownie jako CSV UTF-8."
    )


def test_a_nul_in_a_survey_csv_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "ankieta.csv"
    path.write_bytes(b"P\xc5\x82e\xc4\x87;Wiek\nKobieta;34\n" * 3 + b"M\x00;41\n")

    with pytest.raises(UserError, match="w wierszu 7 znak NUL"):
        parse_survey(path)


def test_excel_s_unicode_text_is_read(tmp_path: Path) -> None:
    """Excel's "Tekst Unicode (*.txt)": UTF-16 with a byte order mark, tabs between."""
    path = tmp_path / "rejestr.txt"
    path.write_bytes(
        "Nazwa\tKategoria\r\nKoło Gospodyń Wiejskich w Łozach\tkgw\r\n".encode("utf-16")
    )

    table = read_table(path)

    assert table.headers == ["Nazwa", "Kategoria"]
    assert table.rows == [(2, ["Koło Gospodyń Wiejskich w Łozach", "kgw"])]


def test_a_survey_saved_as_unicode_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "ankieta.txt"
    rows = ["Płeć\tWiek"] + [f"{'Kobieta' if n % 2 else 'Mężczyzna'}\t{30 + n}" for n in range(8)]
    path.write_bytes("\r\n".join(rows).encode("utf-16"))

    survey = parse_survey(path)

    assert survey.headers == ["Płeć", "Wiek"]
    assert survey.response_count == 8


@pytest.mark.parametrize(
    "value",
    [math.nan, math.inf, -math.inf, "NaN", "inf", "-Infinity", "1e999", "-1,5e400", 10**400],
)
def test_a_number_no_table_can_hold_is_not_a_number(value: object) -> None:
    with pytest.raises(NotANumber):
        parse_number(value)


@pytest.mark.parametrize(
    ("value", "number"), [("1 234,5", 1234.5), ("1e3", 1000.0), (7, 7.0), ("-", None)]
)
def test_ordinary_numbers_still_read(value: object, number: float | None) -> None:
    assert parse_number(value) == number


def test_a_line_break_in_a_parameter_stays_out_of_the_message() -> None:
    error = UserError(
        "Kolumna „{column}” w wierszu {row}: {value:,}.",
        column="Rodzaj\r\n  podmiotu\u2028(\tkategoria)",
        row=3,
        value=16512,
    )

    assert str(error) == "Kolumna „Rodzaj podmiotu ( kategoria)” w wierszu 3: 16,512."


def test_non_breaking_spaces_in_a_parameter_are_kept() -> None:
    """Numbers are written "16 512" with a no-break space: it must not become a break."""
    assert str(UserError("{value}", value="16\u00a0512")) == "16\u00a0512"


def test_an_unclosed_quote_is_explained_in_polish(tmp_path: Path) -> None:
    """Python's "field larger than field limit" reaches the user as its usual cause."""
    from cwd_desktop.services.tabular import read_grid

    path = tmp_path / "rejestr.csv"
    path.write_text('Nazwa;Uwagi\nOSP Rogity;"bez końca\n' + "x" * 140_000 + "\n", "utf-8")

    with pytest.raises(UserError) as refused:
        read_grid(path)

    assert str(refused.value) == (
        "Plik „rejestr.csv” ma w okolicy wiersza 3 pole dłuższe niż 131 072 znaki, "
        "zwykle przez niezamknięty cudzysłów; popraw plik i zapisz go ponownie jako CSV."
    )

"""Reading an indicator file laid out like a GUS BDL export, and naming its JST.

Bank Danych Lokalnych exports a table with one JST per row — a unit code
(12 digits today, 10 in older files) and a name such as ``Braniewo (1)``
where the digit is the kind: (1) gmina miejska, (2) gmina wiejska, (3) gmina
miejsko-wiejska, (4)/(5) the town and the rural part of a (3) — and the
years in columns under a multi-row header: a row of category names, a row
of years, a row of units (``[osoba]``, ``[%]``, ``[zł]``). Its CSV squeezes
them into one header cell (``ogółem;2019;[osoba]``). People's own sheets
have a TERYT code or a name and a row of years.

``read_indicator_file`` finds the row of years (the row of the top ones
with the most year cells), the header rows around it, the code and name
columns, and each year column's category and unit. ``code_unit`` and
``name_query`` say what a row's code or name stands for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cwd_desktop.domain.text import fold
from cwd_desktop.domain.vocab import GMINA_KINDS
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services import diagnosis_reads as reads
from cwd_desktop.services.tabular import cell_text, column_letter, file_error, is_blank, read_grid

HEADER_SCAN = 40
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2}")
_UNIT = re.compile(r"\[([^\]]*)\]")
_KIND_SUFFIX = re.compile(r"^(.*?)\s*\((\d)\)\s*$")
_PART_SUFFIX = re.compile(r"\s*-\s*(miasto|obszar wiejski)\s*$", re.IGNORECASE)
_CODE_HINTS = ("kod", "teryt", "code", "identyfikator")
_NAME_HINTS = ("nazwa", "jst", "gmina", "jednostka", "name")
_AGGREGATE_PREFIXES = ("makroregion", "region ", "podregion", "wojewodztwo ", "polska")
_AGGREGATE_NAMES = ("polska", "ogolem", "razem", "suma", "region")
#: Words of a header that are no category ("rok 2019").
_NOISE = {"rok", "lata", "year", "wartosc", "wartość"}

# -- the file ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class YearColumn:
    """A column of values for one year, with the category and unit its header gives."""

    index: int
    year: int
    category: str
    unit: str

    @property
    def name(self) -> str:
        """How messages name the column: "D (2020)"."""
        return f"{column_letter(self.index)} ({self.year})"


@dataclass(frozen=True)
class IndicatorFile:
    """The cells of an indicator file, its header understood."""

    name: str
    stem: str
    header_rows: tuple[int, int]
    code_column: int | None
    name_column: int | None
    columns: list[YearColumn]
    rows: list[tuple[int, list[Any]]]

    def years(self) -> list[int]:
        """Every year of the file, in order."""
        return sorted({c.year for c in self.columns})

    def categories(self) -> list[str]:
        """The categories in the order of their first column ("" when the header has none)."""
        return list(dict.fromkeys(c.category for c in self.columns))


def _year_of(cell: Any) -> int | None:
    """The year a header cell names, or None (a value, a date, a range of years)."""
    if isinstance(cell, bool) or cell is None:
        return None
    if isinstance(cell, (int, float)):
        number = float(cell)
        good = number.is_integer() and reads_year(int(number))
        return int(number) if good else None
    text = cell_text(cell)
    if _DATE.search(text):
        return None
    years = set(_YEAR.findall(text))
    if len(years) != 1:
        return None
    year = int(years.pop())
    return year if reads_year(year) else None


def reads_year(year: int) -> bool:
    """A year a statistical table can hold."""
    return 1950 <= year <= 2100


def _is_number(cell: Any) -> bool:
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return True
    try:
        return reads.parse_number(cell) is not None
    except reads.NotANumber:
        return False


def _header_like(row: list[Any], year_columns: set[int]) -> bool:
    """A row of the header below the years: nothing left of them, only text above them."""
    cells = [(i, v) for i, v in enumerate(row) if not is_blank(v)]
    if not cells:
        return False
    for index, value in cells:
        if index not in year_columns:
            return False
        if _is_number(value):
            return False
    return True


def _split_header(text: str) -> tuple[list[str], str]:
    """(category parts, unit) of one header cell, its year removed."""
    units = _UNIT.findall(text)
    rest = _UNIT.sub(";", _YEAR.sub(";", text))
    parts = []
    for part in re.split(r"[;|\n]", rest):
        cleaned = part.strip(" ,-–—:\t")
        if cleaned and fold(cleaned) not in _NOISE:
            words = " ".join(cleaned.split())
            if words.isupper() and len(words) > 3:  # BDL writes topics in capitals
                words = words[0] + words[1:].lower()
            parts.append(words)
    return parts, (units[-1].strip() if units else "")


def _column_kinds(
    rows: list[tuple[int, list[Any]]], header: list[list[Any]], candidates: list[int]
) -> tuple[int | None, int | None]:
    """(code column, name column) among ``candidates``, by header words, then by content."""
    code = name = None
    hints: dict[int, str] = {
        c: fold(" ".join(cell_text(r[c]) for r in header if c < len(r))) for c in candidates
    }
    for column in candidates:
        cells = [r[column] for _, r in rows if column < len(r) and not is_blank(r[column])]
        if not cells:
            continue
        digits = sum(1 for v in cells if re.fullmatch(r"\d{1,12}", cell_text(v).replace(" ", "")))
        letters = sum(1 for v in cells if any(ch.isalpha() for ch in cell_text(v)))
        hint = hints[column]
        code_hint = any(h in hint for h in _CODE_HINTS) or not any(h in hint for h in _NAME_HINTS)
        if code is None and digits >= 0.8 * len(cells) and code_hint:
            code = column
            continue
        if name is None and letters >= 0.6 * len(cells):
            name = column
    return code, name


def _year_row(path: Path, grid: list[list[Any]]) -> tuple[int, list[int]]:
    """(index, year columns) of the top row with the most year cells; a UserError if none."""
    best_row, best_columns = -1, list[int]()
    for index, row in enumerate(grid[:HEADER_SCAN]):
        found = [c for c, cell in enumerate(row) if _year_of(cell) is not None]
        if len(found) > len(best_columns):
            best_row, best_columns = index, found
    if not best_columns:
        raise file_error(
            path,
            QT_TRANSLATE_NOOP(
                "errors",
                "W pliku „{file}” nie ma kolumn z latami (nagłówków takich jak 2019, 2020).",
            ),
        )
    return best_row, best_columns


def _carry_right(rows: list[list[Any]], columns: list[int]) -> None:
    """Merged category cells hold their text in the first column only: carry it right."""
    for row in rows:
        carried = ""
        for column in columns:
            while len(row) <= column:
                row.append(None)
            if is_blank(row[column]):
                row[column] = carried
            else:
                carried = cell_text(row[column])


def _title(header: list[list[Any]], years_at: int, year_columns: set[int]) -> tuple[list[str], str]:
    """(parts, unit) of title lines above the table: one text alone in its row, not over a year."""
    parts: list[str] = []
    unit = ""
    for row in header[:years_at]:
        cells = [(i, v) for i, v in enumerate(row) if not is_blank(v)]
        if len(cells) == 1 and cells[0][0] not in year_columns:
            found_parts, found_unit = _split_header(cell_text(cells[0][1]))
            parts.extend(found_parts)
            unit = found_unit or unit
    return parts, unit


def _describe(
    header: list[list[Any]], years_at: int, column: int, title: tuple[list[str], str]
) -> tuple[str, str]:
    """(category, unit) of one year column from the header rows above and below the years."""
    parts: list[str] = list(title[0])
    unit = title[1]
    for offset, row in enumerate(header):
        if column >= len(row) or is_blank(row[column]):
            continue
        text = cell_text(row[column])
        found_parts, found_unit = _split_header(text)
        if offset > years_at and not found_unit and len(text) <= 12 and " " not in text:
            found_unit, found_parts = text, []  # a unit row without brackets: "osoba", "%"
        unit = found_unit or unit
        parts.extend(found_parts)
    return " — ".join(dict.fromkeys(parts)), unit


def read_indicator_file(path: Path) -> IndicatorFile:
    """Read an indicator file and understand its header; a UserError naming the file if not."""
    grid = read_grid(path)
    year_row, year_columns = _year_row(path, grid)
    year_set = set(year_columns)
    first = next(i for i, row in enumerate(grid) if any(not is_blank(v) for v in row))
    last = year_row
    while last + 1 < len(grid) and _header_like(grid[last + 1], year_set):
        last += 1
    header = [list(r) for r in grid[first : last + 1]]
    title = _title(header, year_row - first, year_set)
    _carry_right(header[: year_row - first], year_columns)
    columns = []
    for column in year_columns:
        year = _year_of(grid[year_row][column])
        assert year is not None
        category, unit = _describe(header, year_row - first, column, title)
        columns.append(YearColumn(column, year, category, unit))
    data = [
        (number + 1, list(row))
        for number, row in enumerate(grid)
        if number > last and any(not is_blank(v) for v in row)
    ]
    if not data:
        raise file_error(
            path, QT_TRANSLATE_NOOP("errors", "W pliku „{file}” nie ma wierszy z danymi.")
        )
    width = max(len(r) for _, r in data)
    candidates = [c for c in range(width) if c not in year_set]
    code, name = _column_kinds(data, header, candidates)
    if code is None and name is None:
        raise file_error(
            path,
            QT_TRANSLATE_NOOP("errors", "W pliku „{file}” nie ma kolumny z nazwą ani kodem JST."),
        )
    return IndicatorFile(path.name, path.stem, (first + 1, last + 1), code, name, columns, data)


# -- matching rows to JST ----------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """What a row's code or name stands for: a JST code, a part of a gmina, a total, or nothing."""

    kind: str  # "jst", "part", "aggregate", "unknown"
    code: str = ""


def code_unit(value: Any) -> Unit:
    """A BDL unit code (12 or 10 digits), a TERYT code (7, or 4 for a powiat) as a ``Unit``."""
    raw = cell_text(value).replace(" ", "")
    if not raw.isdigit():
        return Unit("unknown")
    digits = raw.zfill(12) if len(raw) == 11 else raw
    if len(digits) == 12:
        woj, pow_, gmi, rodz = digits[2:4], digits[7:9], digits[9:11], digits[11]
    elif len(digits) == 10:
        woj, pow_, gmi, rodz = digits[1:3], digits[5:7], digits[7:9], digits[9]
    elif len(digits) in (6, 7):
        digits = digits.zfill(7)
        woj, pow_, gmi, rodz = digits[:2], digits[2:4], digits[4:6], digits[6]
    elif len(digits) in (3, 4):
        digits = digits.zfill(4)
        woj, pow_, gmi, rodz = digits[:2], digits[2:], "00", "0"
    elif len(digits) <= 2:
        return Unit("aggregate")
    else:
        return Unit("unknown")
    if pow_ == "00":
        return Unit("aggregate")
    if gmi == "00":
        return Unit("jst", woj + pow_)
    if rodz in "4589":
        return Unit("part")
    return Unit("jst", woj + pow_ + gmi + rodz)


@dataclass(frozen=True)
class NameQuery:
    """A JST name from a file, ready for ``match_jst``."""

    text: str
    core: str
    part: bool = False
    aggregate: bool = False


def name_query(value: Any, voivodeships: list[str]) -> NameQuery:
    """``Braniewo (1)`` → ``Braniewo (gmina miejska)``; parts and totals recognised."""
    text = " ".join(cell_text(value).split())
    found = _KIND_SUFFIX.match(text)
    if found:
        base, digit = found.group(1), found.group(2)
        if digit in "4589" or _PART_SUFFIX.search(base):
            return NameQuery(text, base, part=True)
        kind = GMINA_KINDS.get(digit)
        if kind:
            return NameQuery(f"{base} ({kind})", base)
        text = base
    folded = fold(text)
    if (
        folded in _AGGREGATE_NAMES
        or folded.startswith(_AGGREGATE_PREFIXES)
        or folded in voivodeships
        or folded.removeprefix("woj. ") in voivodeships
    ):
        return NameQuery(text, text, aggregate=True)
    core = re.sub(r"\s*\(.*\)\s*$", "", text)
    for prefix in ("miasto i gmina ", "gmina miejska ", "gmina wiejska ", "gmina ", "gm. "):
        if fold(core).startswith(prefix):
            core = core[len(prefix) :]
            break
    if fold(core).startswith("powiat "):
        core = core[len("powiat ") :].removeprefix("m.").removeprefix("m. ").strip()
        if core and core[0].isupper() and text.lower().startswith("powiat m"):
            return NameQuery(core, core)
    elif fold(core).startswith("miasto "):
        core = core[len("miasto ") :]
    return NameQuery(text, core.strip())

"""Importing indicator values from a spreadsheet laid out like a GUS BDL export.

``indicator_file.read_indicator_file`` reads the file and its header (see
there for the BDL layouts). Then:

- ``plan_import`` matches each row to a member JST (members first, then the
  register, so a row of a neighbouring gmina, the powiat or the voivodeship
  is listed as skipped, not refused), reads every value ("1 234,5"; "-" and
  "." are no data) and checks the unit against an indicator of the same
  name, collecting every problem with its file, row and column; nothing is
  stored, so the dialog can show it all as a preview;
- ``execute`` stores the plan in one unit of work, or raises its first problem.

A file with several categories (``ogółem``, ``mężczyźni``, ``kobiety``)
becomes one indicator per category.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cwd_desktop.domain.text import fold
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services import diagnosis_reads as reads
from cwd_desktop.services.indicator_file import (
    IndicatorFile,
    YearColumn,
    code_unit,
    name_query,
    read_indicator_file,
)
from cwd_desktop.services.progress import Progress
from cwd_desktop.services.tabular import cell_text, column_letter, is_blank
from cwd_desktop.services.teryt import Jst, match_jst

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services
    from cwd_desktop.services.diagnosis import WriteResult

__all__ = [
    "ImportPlan",
    "IndicatorFile",
    "MatchedRow",
    "PlannedIndicator",
    "SkippedRow",
    "execute",
    "import_file",
    "plan_import",
    "read_indicator_file",
]

SKIP_OUTSIDE = QT_TRANSLATE_NOOP("indicator_import", "nie należy do partnerstwa")
SKIP_AGGREGATE = QT_TRANSLATE_NOOP(
    "indicator_import", "zestawienie zbiorcze (kraj, region, powiat)"
)
SKIP_PART = QT_TRANSLATE_NOOP("indicator_import", "część gminy miejsko-wiejskiej lub dzielnica")


# -- the plan ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MatchedRow:
    """A row whose JST is a member: its values by year column index."""

    row: int
    label: str
    jst: Jst
    values: dict[int, float]


@dataclass(frozen=True)
class SkippedRow:
    """A row left out, with why (Polish, ``indicator_import`` context)."""

    row: int
    label: str
    reason: str


@dataclass
class PlannedIndicator:
    """One indicator the import stores: its name, unit, years and values."""

    name: str
    unit: str
    category: str
    years: list[int]
    values: dict[tuple[str, int], float] = field(default_factory=dict)
    existing: bool = False


@dataclass
class ImportPlan:
    """Everything the preview shows; ``problems`` must be empty for ``execute``."""

    file: IndicatorFile
    partnership_id: str
    source: str
    area: str
    indicators: list[PlannedIndicator] = field(default_factory=list)
    matched: list[MatchedRow] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    problems: list[UserError] = field(default_factory=list)

    @property
    def error(self) -> UserError | None:
        """The first problem, or None when the file can be imported."""
        return self.problems[0] if self.problems else None

    def value_count(self) -> int:
        """How many values the import stores."""
        return sum(len(i.values) for i in self.indicators)


def _where(file: IndicatorFile, row: int) -> dict[str, Any]:
    return {"file": file.name, "row": row}


def _row_label(file: IndicatorFile, row: list[Any]) -> str:
    parts = []
    for column in (file.code_column, file.name_column):
        if column is not None and column < len(row) and not is_blank(row[column]):
            parts.append(cell_text(row[column]))
    return " ".join(parts)


class _Matcher:
    """Finds the JST of each row: members first, then the register."""

    def __init__(self, services: Services, members: list[Jst]) -> None:
        self.services = services
        self.members = members
        self.codes = {j.code: j for j in members}
        self.voivodeships = [fold(v) for v in services.teryt.voivodeships.values()]

    def by_code(self, value: Any) -> tuple[str, Jst | None]:
        unit = code_unit(value)
        if unit.kind != "jst":
            return unit.kind, None
        if unit.code in self.codes:
            return "member", self.codes[unit.code]
        if self.services.teryt.get(unit.code) is not None:
            return "outside", None
        return "unknown", None

    def by_name(self, value: Any) -> tuple[str, list[Jst]]:
        query = name_query(value, self.voivodeships)
        if query.part:
            return "part", []
        if query.aggregate:
            return "aggregate", []
        hits = match_jst(query.text, self.members)
        if hits:
            return "member", hits
        candidates = self.services.teryt.search(query.core, limit=300) if query.core else []
        if match_jst(query.text, candidates):
            return "outside", []
        return "unknown", []


def _check_row(
    file: IndicatorFile, number: int, row: list[Any], matcher: _Matcher, plan: ImportPlan
) -> Jst | None:
    """The member JST of one row, or None (the row skipped or a problem noted)."""
    label = _row_label(file, row)
    code_cell = (
        row[file.code_column]
        if file.code_column is not None and file.code_column < len(row)
        else None
    )
    name_cell = (
        row[file.name_column]
        if file.name_column is not None and file.name_column < len(row)
        else None
    )
    kind, jst = ("unknown", None)
    if not is_blank(code_cell):
        kind, jst = matcher.by_code(code_cell)
    if kind == "unknown" and not is_blank(name_cell):
        kind, hits = matcher.by_name(name_cell)
        if len(hits) > 1:
            plan.problems.append(
                UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Plik „{file}”, wiersz {row}: nazwa „{name}” pasuje do kilku JST "
                        "partnerstwa ({jst}); podaj kod TERYT albo rodzaj gminy, "
                        "np. „{example}”.",
                    ),
                    field="file",
                    name=cell_text(name_cell),
                    jst=", ".join(f"{j.name} ({j.kind})" for j in hits),
                    example=f"{hits[0].name} (1)",
                    **_where(file, number),
                )
            )
            return None
        jst = hits[0] if hits else None
    if kind == "member" and jst is not None:
        return jst
    if kind == "outside":
        plan.skipped.append(SkippedRow(number, label, SKIP_OUTSIDE))
    elif kind == "aggregate":
        plan.skipped.append(SkippedRow(number, label, SKIP_AGGREGATE))
    elif kind == "part":
        plan.skipped.append(SkippedRow(number, label, SKIP_PART))
    else:
        plan.problems.append(
            UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Plik „{file}”, wiersz {row}: nie rozpoznano JST „{name}” "
                    "(podaj nazwę z rejestru TERYT, np. „Braniewo (1)”, albo kod TERYT).",
                ),
                field="file",
                name=label,
                **_where(file, number),
            )
        )
    return None


def _values(
    file: IndicatorFile, number: int, row: list[Any], plan: ImportPlan
) -> dict[int, float] | None:
    """The numbers of a row by column index (None when a cell is no number: a problem noted)."""
    values: dict[int, float] = {}
    good = True
    for column in file.columns:
        cell = row[column.index] if column.index < len(row) else None
        try:
            number_value = reads.parse_number(cell)
        except reads.NotANumber:
            plan.problems.append(
                UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Plik „{file}”, wiersz {row}, kolumna {column}: „{value}” nie jest "
                        "liczbą (brak danych oznacz „-” lub zostaw puste pole).",
                    ),
                    field="file",
                    column=column.name,
                    value=cell_text(cell),
                    **_where(file, number),
                )
            )
            good = False
            continue
        if number_value is not None:
            values[column.index] = number_value
    return values if good else None


def _indicator_names(file: IndicatorFile, name: str | None) -> dict[str, str]:
    """The indicator name of each category."""
    categories = file.categories()
    given = (name or "").strip()
    names = {}
    for category in categories:
        if given and len(categories) == 1:
            names[category] = given
        elif given:
            names[category] = f"{given} — {category}" if category else given
        else:
            names[category] = category or file.stem
    return names


def plan_import(
    services: Services,
    partnership_id: str,
    file: IndicatorFile,
    *,
    name: str | None = None,
    unit: str | None = None,
    source: str | None = None,
    area: str | None = None,
) -> ImportPlan:
    """Match, read and check every row of ``file``; nothing is stored."""
    members = services.partnerships.get(partnership_id).members
    plan = ImportPlan(file, partnership_id, (source or "").strip(), (area or "").strip())
    matcher = _Matcher(services, members)
    seen: dict[str, int] = {}
    for number, row in file.rows:
        cells = [row[c.index] if c.index < len(row) else None for c in file.columns]
        if all(is_blank(c) for c in cells):
            continue  # a note or a total line without values: nothing to import
        jst = _check_row(file, number, row, matcher, plan)
        values = _values(file, number, row, plan)
        if jst is None or values is None:
            continue
        if jst.code in seen:
            plan.problems.append(
                UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Plik „{file}”: JST {name} występuje dwa razy (wiersze {first} i {row}).",
                    ),
                    field="file",
                    file=file.name,
                    name=f"{jst.name} ({jst.kind})",
                    first=seen[jst.code],
                    row=number,
                )
            )
            continue
        seen[jst.code] = number
        plan.matched.append(MatchedRow(number, _row_label(file, row), jst, values))
    _plan_indicators(services, plan, name, unit)
    return plan


def _plan_indicators(
    services: Services, plan: ImportPlan, name: str | None, unit: str | None
) -> None:
    file = plan.file
    names = _indicator_names(file, name)
    given_unit = (unit or "").strip().strip("[]").strip()
    for category, indicator_name in names.items():
        columns = [c for c in file.columns if c.category == category]
        years: dict[int, YearColumn] = {}
        for column in columns:
            if column.year in years:
                plan.problems.append(
                    UserError(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Plik „{file}”: rok {year} występuje dwa razy "
                            "(kolumny {first} i {second}).",
                        ),
                        field="file",
                        file=file.name,
                        year=column.year,
                        first=column_letter(years[column.year].index),
                        second=column_letter(column.index),
                    )
                )
            years[column.year] = column
        units = list(dict.fromkeys(c.unit for c in columns if c.unit))
        if len({reads.unit_key(u) for u in units}) > 1:
            plan.problems.append(
                UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Plik „{file}” podaje dla wskaźnika „{name}” różne jednostki: {units}.",
                    ),
                    field="file",
                    file=file.name,
                    name=indicator_name,
                    units=", ".join(f"„{u}”" for u in units),
                )
            )
        file_unit = units[0] if units else ""
        if given_unit and file_unit and not reads.same_unit(given_unit, file_unit):
            plan.problems.append(
                UserError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Podano jednostkę „{given}”, a plik „{file}” podaje „{unit}”."
                    ),
                    field="unit",
                    given=given_unit,
                    file=file.name,
                    unit=file_unit,
                )
            )
        chosen_unit = file_unit or given_unit
        existing = reads.find_indicator(services.store, plan.partnership_id, indicator_name)
        if (
            existing is not None
            and existing.unit
            and chosen_unit
            and not reads.same_unit(existing.unit, chosen_unit)
        ):
            plan.problems.append(
                UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Wskaźnik „{name}” ma jednostkę „{unit}”, a plik podaje „{given}”.",
                    ),
                    field="unit",
                    name=existing.name,
                    unit=existing.unit,
                    given=chosen_unit,
                )
            )
        if existing is not None and existing.unit:
            chosen_unit = existing.unit
        planned = PlannedIndicator(
            existing.name if existing else indicator_name,
            chosen_unit,
            category,
            sorted(years),
            existing=existing is not None,
        )
        for match in plan.matched:
            for column in columns:
                if column.index in match.values:
                    planned.values[(match.jst.code, column.year)] = match.values[column.index]
        plan.indicators.append(planned)


def execute(
    services: Services, plan: ImportPlan, progress: Progress | None = None
) -> list[WriteResult]:
    """Store the plan's indicators and values in one unit of work; its first problem otherwise."""
    if plan.error is not None:
        raise plan.error
    from cwd_desktop.services.diagnosis import IndicatorWrite, write_indicators

    items = [
        IndicatorWrite(i.name, i.unit, plan.source, plan.area, dict(i.values))
        for i in plan.indicators
    ]
    return write_indicators(services, plan.partnership_id, items, progress)


def import_file(
    services: Services,
    partnership_id: str,
    path: Path,
    *,
    name: str | None = None,
    unit: str | None = None,
    source: str | None = None,
    area: str | None = None,
    progress: Progress | None = None,
) -> tuple[ImportPlan, list[WriteResult]]:
    """Read, check and store one file (the CLI's path); a UserError stores nothing."""
    file = read_indicator_file(path)
    plan = plan_import(
        services, partnership_id, file, name=name, unit=unit, source=source, area=area
    )
    return plan, execute(services, plan, progress)

"""Changing the diagnosis: validators of its tables and the writes the page and importer need.

Every typed-in field goes through ``Records`` and the validators below
(one Polish sentence naming the field). What Records cannot do in one step
is here, each in one unit of work: a grid cell that may be new, changed or
emptied; moving an entry up or down its list (positions are renumbered, so
the order survives whatever a sync brought); removing an indicator with its
values; storing imported or demo indicators (all values or none).

Reads are in ``diagnosis_reads`` (plain SQL, safe for the page to import).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, text

from cwd_desktop.domain import all_models
from cwd_desktop.domain.diagnosis import (
    Conclusion,
    DiagnosisSurvey,
    Indicator,
    IndicatorValue,
    SwotItem,
)
from cwd_desktop.domain.types import utcnow
from cwd_desktop.domain.vocab import SwotQuadrant, label
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services import diagnosis_reads as reads
from cwd_desktop.services.progress import NO_PROGRESS, Progress
from cwd_desktop.services.records import Check, not_found, register_validator

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from cwd_desktop.services.app import Services

all_models()  # the value's TERYT foreign key needs the register's table mapped

MIN_YEAR, MAX_YEAR = 1950, 2100
#: Tables whose rows are ordered by ``position``, and the column that splits them into lists.
ORDERED: dict[str, str | None] = {
    "indicator": None,
    "swot_item": "quadrant",
    "conclusion": None,
    "diagnosis_survey": None,
}
_MODELS: dict[str, Any] = {
    "indicator": Indicator,
    "swot_item": SwotItem,
    "conclusion": Conclusion,
    "diagnosis_survey": DiagnosisSurvey,
}


# -- validators --------------------------------------------------------------------------------


def _text(values: dict[str, Any], name: str, limit: int | None = None) -> None:
    if name in values:
        value = "" if values[name] is None else " ".join(str(values[name]).split())
        values[name] = value[:limit] if limit else value


def _long_text(values: dict[str, Any], name: str) -> None:
    if name in values:
        values[name] = "" if values[name] is None else str(values[name]).strip()


def _required(values: dict[str, Any], name: str, check: Check, template: str) -> None:
    if (check.is_new or name in values) and not values.get(name):
        raise UserError(template, field=name)


def _next_position(
    session: Session, model: Any, partnership_id: str, where: Iterable[Any] = ()
) -> int:
    query = select(func.max(model.position)).where(
        model.partnership_id == partnership_id, model.deleted_at.is_(None), *where
    )
    found = session.execute(query).scalar()
    return 0 if found is None else int(found) + 1


@register_validator("indicator")
def check_indicator(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A name, unique in the partnership (letter case ignored); unit, source and theme trimmed."""
    _text(values, "name", 300)
    _text(values, "unit", 60)
    _text(values, "source", 300)
    _text(values, "area", 120)
    if "unit" in values:
        values["unit"] = values["unit"].strip("[]").strip()
    _required(values, "name", check, QT_TRANSLATE_NOOP("errors", "Podaj nazwę wskaźnika."))
    if values.get("name"):
        wanted = reads.name_key(values["name"])
        others = check.session.execute(
            select(Indicator.id, Indicator.name).where(
                Indicator.partnership_id == check.partnership_id, Indicator.deleted_at.is_(None)
            )
        )
        for other_id, other_name in others:
            if other_id != check.current.get("id") and reads.name_key(other_name) == wanted:
                raise UserError(
                    QT_TRANSLATE_NOOP("errors", "Wskaźnik „{name}” już istnieje."),
                    field="name",
                    name=other_name,
                )
    if check.is_new and "position" not in values:
        values["position"] = _next_position(check.session, Indicator, check.partnership_id)
    return values


@register_validator("indicator_value")
def check_indicator_value(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A number for a JST of the register in a plausible year, one per JST and year."""
    if "value" in values or check.is_new:
        raw = values.get("value")
        try:
            number = reads.parse_number(raw)
        except reads.NotANumber:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "„{value}” nie jest liczbą (np. 1 234,5)."),
                field="value",
                value=str(raw).strip(),
            ) from None
        if number is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Podaj wartość wskaźnika."), field="value")
        values["value"] = number
    if "year" in values or check.is_new:
        year = values.get("year")
        if not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Rok „{year}” jest spoza zakresu {low}–{high}."),
                field="year",
                year=year,
                low=MIN_YEAR,
                high=MAX_YEAR,
            )
    if "teryt" in values or check.is_new:
        code = str(values.get("teryt") or "").strip()
        known = check.session.execute(
            text("SELECT 1 FROM teryt_unit WHERE code = :code"), {"code": code}
        ).first()
        if not known:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Kod TERYT {code} nie występuje w rejestrze JST."),
                field="teryt",
                code=code,
            )
        values["teryt"] = code
    if check.is_new:
        owner = check.session.get(Indicator, values.get("indicator_id"))
        if owner is None or owner.deleted_at is not None:
            raise not_found("indicator", str(values.get("indicator_id")))
        taken = check.session.execute(
            select(IndicatorValue.id).where(
                IndicatorValue.indicator_id == owner.id,
                IndicatorValue.teryt == values["teryt"],
                IndicatorValue.year == values["year"],
                IndicatorValue.deleted_at.is_(None),
            )
        ).first()
        if taken:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors", "Wskaźnik „{name}” ma już wartość dla JST {code} w roku {year}."
                ),
                field="value",
                name=owner.name,
                code=values["teryt"],
                year=values["year"],
            )
    return values


@register_validator("swot_item")
def check_swot_item(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A text in one of the four quadrants; new entries go to the end of their quadrant."""
    _long_text(values, "text")
    _required(values, "text", check, QT_TRANSLATE_NOOP("errors", "Wpisz treść pozycji SWOT."))
    if "quadrant" in values or check.is_new:
        quadrant = str(values.get("quadrant") or SwotQuadrant.STRENGTH.value)
        codes = {q.value: q.value for q in SwotQuadrant} | {label(q): q.value for q in SwotQuadrant}
        if quadrant not in codes:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Nieznane pole analizy SWOT „{value}”."),
                field="quadrant",
                value=quadrant,
            )
        values["quadrant"] = codes[quadrant]
    if check.is_new and "position" not in values:
        values["position"] = _next_position(
            check.session,
            SwotItem,
            check.partnership_id,
            [SwotItem.quadrant == values["quadrant"]],
        )
    return values


@register_validator("conclusion")
def check_conclusion(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A conclusion needs its text; the area is optional."""
    _long_text(values, "text")
    _text(values, "area", 200)
    _required(values, "text", check, QT_TRANSLATE_NOOP("errors", "Wpisz treść wniosku."))
    if check.is_new and "position" not in values:
        values["position"] = _next_position(check.session, Conclusion, check.partnership_id)
    return values


@register_validator("diagnosis_survey")
def check_diagnosis_survey(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A live survey of the same partnership, included once."""
    if "survey_id" in values or check.is_new:
        survey_id = str(values.get("survey_id") or "")
        row = check.session.execute(
            text(
                "SELECT title FROM survey WHERE id = :id AND partnership_id = :pid"
                " AND deleted_at IS NULL"
            ),
            {"id": survey_id, "pid": check.partnership_id},
        ).first()
        if row is None:
            raise not_found("survey", survey_id)
        taken = check.session.execute(
            select(DiagnosisSurvey.id).where(
                DiagnosisSurvey.partnership_id == check.partnership_id,
                DiagnosisSurvey.survey_id == survey_id,
                DiagnosisSurvey.deleted_at.is_(None),
            )
        ).first()
        if taken and taken[0] != check.current.get("id"):
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Ankieta „{title}” jest już w diagnozie."),
                field="survey_id",
                title=row[0],
            )
    if check.is_new and "position" not in values:
        values["position"] = _next_position(check.session, DiagnosisSurvey, check.partnership_id)
    return values


# -- grid cells --------------------------------------------------------------------------------


def set_value(
    services: Services, indicator_id: str, teryt: str, year: int, value: object
) -> float | None:
    """Store one cell of the JST × year table (empty removes it); return its previous value.

    ``value`` may be text as typed ("1 234,5"); a non-number is a UserError.
    """
    try:
        number = reads.parse_number(value)
    except reads.NotANumber:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "„{value}” nie jest liczbą (np. 1 234,5)."),
            field="value",
            value=str(value).strip(),
        ) from None
    records = services.records
    with services.store.unit_of_work() as session:
        owner = session.get(Indicator, indicator_id)
        if owner is None or owner.deleted_at is not None:
            raise not_found("indicator", indicator_id)
        partnership_id = owner.partnership_id
        row = session.execute(
            select(IndicatorValue).where(
                IndicatorValue.indicator_id == indicator_id,
                IndicatorValue.teryt == teryt,
                IndicatorValue.year == year,
                IndicatorValue.deleted_at.is_(None),
            )
        ).scalar()
        previous = None if row is None else float(row.value)
        if previous == number:
            return previous
        if number is None:
            if row is not None:
                row.deleted_at = utcnow()
            return previous
        if row is not None:
            row.value = number
            return previous
    records.create(
        IndicatorValue,
        partnership_id,
        {"indicator_id": indicator_id, "teryt": teryt, "year": year, "value": number},
    )
    return previous


# -- indicators --------------------------------------------------------------------------------


def add_indicator(
    services: Services,
    partnership_id: str,
    name: str,
    unit: str = "",
    source: str = "",
    area: str = "",
) -> str:
    """A new indicator definition at the end of the list; its id."""
    return services.records.create(
        Indicator,
        partnership_id,
        {"name": name, "unit": unit, "source": source, "area": area},
    )


def delete_indicator(services: Services, indicator_id: str) -> list[str]:
    """Tombstone an indicator with its values; the ids of the values removed (for undo)."""
    removed: list[str] = []
    with services.store.unit_of_work() as session:
        owner = session.get(Indicator, indicator_id)
        if owner is None or owner.deleted_at is not None:
            raise not_found("indicator", indicator_id)
        now = utcnow()
        owner.deleted_at = now
        rows = session.execute(
            select(IndicatorValue).where(
                IndicatorValue.indicator_id == indicator_id, IndicatorValue.deleted_at.is_(None)
            )
        ).scalars()
        for row in rows:
            row.deleted_at = now
            removed.append(row.id)
    return removed


def restore_indicator(services: Services, indicator_id: str, value_ids: Iterable[str]) -> None:
    """Bring back an indicator removed by ``delete_indicator`` with those values."""
    with services.store.unit_of_work() as session:
        owner = session.get(Indicator, indicator_id)
        if owner is None:
            raise not_found("indicator", indicator_id)
        owner.deleted_at = None
        for value_id in value_ids:
            row = session.get(IndicatorValue, value_id)
            if row is not None:
                row.deleted_at = None


@dataclass(frozen=True)
class IndicatorWrite:
    """One indicator to store with its values: (TERYT, year) -> value."""

    name: str
    unit: str
    source: str
    area: str
    values: dict[tuple[str, int], float]


@dataclass(frozen=True)
class WriteResult:
    """What storing one indicator did."""

    indicator_id: str
    name: str
    unit: str
    created: bool
    added: int
    changed: int


def write_indicators(
    services: Services,
    partnership_id: str,
    items: list[IndicatorWrite],
    progress: Progress | None = None,
) -> list[WriteResult]:
    """Store indicators and their values in one unit of work: all of them, or nothing.

    An indicator of the same name (letter case ignored) is reused: its
    values for the same JST and year are replaced, an empty unit, source or
    theme is filled in. The caller has checked the units and the values.
    """
    progress = progress or NO_PROGRESS
    results: list[WriteResult] = []
    with services.store.unit_of_work() as session:
        existing = {
            reads.name_key(row.name): row
            for row in session.execute(
                select(Indicator).where(
                    Indicator.partnership_id == partnership_id, Indicator.deleted_at.is_(None)
                )
            ).scalars()
        }
        position = _next_position(session, Indicator, partnership_id)
        for number, item in enumerate(items):
            progress.update(number, len(items), item.name)
            owner = existing.get(reads.name_key(item.name))
            created = owner is None
            if owner is None:
                owner = Indicator(
                    partnership_id=partnership_id,
                    name=item.name.strip()[:300],
                    unit=item.unit.strip()[:60],
                    source=item.source.strip()[:300],
                    area=item.area.strip()[:120],
                    position=position,
                )
                position += 1
                session.add(owner)
                session.flush()
                existing[reads.name_key(item.name)] = owner
            else:
                for name in ("unit", "source", "area"):
                    given = getattr(item, name).strip()
                    if given and (name != "unit" or not owner.unit):
                        setattr(owner, name, given)
            current = {
                (row.teryt, row.year): row
                for row in session.execute(
                    select(IndicatorValue).where(
                        IndicatorValue.indicator_id == owner.id,
                        IndicatorValue.deleted_at.is_(None),
                    )
                ).scalars()
            }
            added = changed = 0
            for (teryt, year), value in sorted(item.values.items()):
                row = current.get((teryt, year))
                if row is None:
                    session.add(
                        IndicatorValue(
                            partnership_id=partnership_id,
                            indicator_id=owner.id,
                            teryt=teryt,
                            year=year,
                            value=float(value),
                        )
                    )
                    added += 1
                elif row.value != value:
                    row.value = float(value)
                    changed += 1
            results.append(WriteResult(owner.id, owner.name, owner.unit, created, added, changed))
        progress.update(len(items), len(items), "")
    return results


# -- ordered lists -----------------------------------------------------------------------------


def _siblings(session: Session, table: str, row: Any) -> list[Any]:
    model = _MODELS[table]
    group = ORDERED[table]
    where = [model.partnership_id == row.partnership_id, model.deleted_at.is_(None)]
    if group is not None:
        where.append(getattr(model, group) == getattr(row, group))
    query = select(model).where(*where).order_by(model.position, text("rowid"))
    return list(session.execute(query).scalars())


def move(services: Services, table: str, row_id: str, delta: int) -> bool:
    """Move an entry ``delta`` places up (-) or down (+) its list; False if it cannot move.

    The list is renumbered 0, 1, 2 … so positions stay distinct.
    """
    model = _MODELS[table]
    with services.store.unit_of_work() as session:
        row = session.get(model, row_id)
        if row is None or row.deleted_at is not None:
            raise not_found(table, row_id)
        rows = _siblings(session, table, row)
        index = next(i for i, r in enumerate(rows) if r.id == row_id)
        target = index + delta
        if delta == 0 or not 0 <= target < len(rows):
            return False
        rows.insert(target, rows.pop(index))
        for position, item in enumerate(rows):
            if item.position != position:
                item.position = position
    return True


# -- surveys -----------------------------------------------------------------------------------


def include_survey(services: Services, partnership_id: str, survey_id: str, included: bool) -> bool:
    """Put a survey into the report (at the end) or take it out; False if nothing changed."""
    chosen = dict((s, r) for r, s in reads.chosen_surveys(services.store, partnership_id))
    if included:
        if survey_id in chosen:
            return False
        services.records.create(DiagnosisSurvey, partnership_id, {"survey_id": survey_id})
        return True
    row_id = chosen.get(survey_id)
    if row_id is None:
        return False
    services.records.delete(DiagnosisSurvey, row_id)
    return True

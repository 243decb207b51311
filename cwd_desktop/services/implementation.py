"""Implementation monitoring (wdrożenie): what may be stored about the projects' reality.

Validators for the rows that record what really happened to the package's
projects: money spent (``project_expense``), indicator values reported over
time (``indicator_report``), funding applications (``funding_application``)
and the recommended next steps (``recommendation``). ``check_actual_dates``
is the shared rule for the actual dates on ``project`` and ``project_task``;
the validators of those tables live in ``services.projects`` and call it.

Every refusal is one Polish sentence naming the project (and the indicator
or call) concerned, and nothing is stored. The most important one: an
indicator value reported in a unit other than the indicator's definition
(``m`` for an indicator measured in ``km``) is refused, since a report in
the wrong unit silently corrupts the "% of target" figures; a report with
no unit takes the indicator's own.

Reads are elsewhere (``services.implementation_reads``); this module loads
SQLAlchemy through ``services.records``, so the GUI imports it lazily.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from sqlalchemy import text

from cwd_desktop.domain.vocab_followup import (
    FUNDED_RESULTS,
    ApplicationResult,
    RecommendationPriority,
)
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.project_package import parse_amount, vocab_code
from cwd_desktop.services.records import Check, parse_date, register_validator

# -- helpers ------------------------------------------------------------------------------


def _day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def _strip(values: dict[str, Any], *fields: str) -> None:
    for name in fields:
        if name in values:
            values[name] = "" if values[name] is None else " ".join(str(values[name]).split())


def _strip_text(values: dict[str, Any], *fields: str) -> None:
    """Strip multi-line texts at their ends only (their line breaks are content)."""
    for name in fields:
        if name in values:
            values[name] = "" if values[name] is None else str(values[name]).strip()


def _project(check: Check, project_id: Any, field: str = "project_id") -> tuple[str, str]:
    """(id, title) of a live project of the partnership, else a UserError."""
    found_id = "" if project_id is None else str(project_id).strip()
    row = None
    if found_id:
        row = check.session.execute(
            text(
                "SELECT id, title FROM project WHERE id = :id AND partnership_id = :p"
                " AND deleted_at IS NULL"
            ),
            {"id": found_id, "p": check.partnership_id},
        ).first()
    if row is None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Projekt {id} nie istnieje w tym partnerstwie."),
            field=field,
            id=found_id,
        )
    return str(row[0]), str(row[1])


def _project_link(check: Check, values: dict[str, Any]) -> str:
    """Check the row's project (when new or changed) and return its title."""
    if "project_id" in values or check.is_new:
        values["project_id"], title = _project(check, values.get("project_id"))
        return title
    return _project(check, check.current.get("project_id"))[1]


def _required_date(
    check: Check, values: dict[str, Any], column: str, template: str, **params: Any
) -> None:
    if column in values or check.is_new:
        values[column] = parse_date(values.get(column), column)
        if values[column] is None:
            raise UserError(template, field=column, **params)


def _number(raw: Any) -> float | None:
    """A finite number typed the Polish way ("14,2", "1 250"), None when empty or unreadable."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        number = float(raw)
    else:
        cleaned = str(raw).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        try:
            number = float(cleaned.replace(",", "."))
        except ValueError:
            return None
    return number if math.isfinite(number) else None


def _unit(value: Any) -> str:
    """A unit as compared: surrounding and repeated spaces do not count."""
    return " ".join(str(value or "").split())


def check_actual_dates(
    check: Check, values: dict[str, Any], template: str, name_field: str
) -> None:
    """Parse ``actual_start_on``/``actual_end_on`` and refuse an actual end before the start.

    Used by the ``project`` and ``project_task`` validators (in
    ``services.projects``); ``template`` names the row with ``{name}``,
    ``{start}`` and ``{end}``.
    """
    for name in ("actual_start_on", "actual_end_on"):
        if name in values:
            values[name] = parse_date(values[name], name)
    start = values.get("actual_start_on", check.current.get("actual_start_on"))
    end = values.get("actual_end_on", check.current.get("actual_end_on"))
    if start and end and end < start:
        raise UserError(
            template,
            field="actual_end_on" if "actual_end_on" in values else "actual_start_on",
            name=values.get(name_field, check.current.get(name_field, "")),
            start=_day(start),
            end=_day(end),
        )


# -- validators --------------------------------------------------------------------------


@register_validator("project_expense")
def check_expense(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """Money spent on a live project: a date and an amount of at least zero złoty."""
    title = _project_link(check, values)
    _required_date(
        check,
        values,
        "spent_on",
        QT_TRANSLATE_NOOP("errors", "Podaj datę wydatku projektu „{project}”."),
        project=title,
    )
    if "amount" in values or check.is_new:
        values["amount"] = parse_amount(values.get("amount"), "amount")
    _strip_text(values, "description")
    return values


def _indicator(check: Check, indicator_id: Any) -> tuple[str, str, str, str]:
    """(id, project id, name, unit) of a live indicator of the partnership, else a UserError."""
    found_id = "" if indicator_id is None else str(indicator_id).strip()
    row = None
    if found_id:
        row = check.session.execute(
            text(
                "SELECT id, project_id, name, unit FROM project_indicator WHERE id = :id"
                " AND partnership_id = :p AND deleted_at IS NULL"
            ),
            {"id": found_id, "p": check.partnership_id},
        ).first()
    if row is None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Wybierz wskaźnik projektu, którego wartość podajesz."),
            field="indicator_id",
        )
    return str(row[0]), str(row[1]), str(row[2]), _unit(row[3])


@register_validator("indicator_report")
def check_indicator_report(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A value of a project's indicator, on a date, in the indicator's own unit.

    The project may be left out: it is the indicator's. A unit left empty
    becomes the indicator's unit; another unit is refused (see module doc).
    """
    indicator_id = values.get("indicator_id", check.current.get("indicator_id"))
    ind_id, ind_project, ind_name, expected = _indicator(check, indicator_id)
    if "indicator_id" in values or check.is_new:
        values["indicator_id"] = ind_id
    if check.is_new and not values.get("project_id"):
        values["project_id"] = ind_project
    title = _project_link(check, values)
    project_id = values.get("project_id", check.current.get("project_id"))
    if project_id != ind_project:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Wskaźnik „{name}” nie należy do projektu „{project}”."),
            field="indicator_id",
            name=ind_name,
            project=title,
        )
    if "value" in values or check.is_new:
        raw = values.get("value")
        number = None if raw is None or str(raw).strip() == "" else _number(raw)
        if number is None:
            template = (
                QT_TRANSLATE_NOOP(
                    "errors", "Podaj wartość wskaźnika „{name}” projektu „{project}”."
                )
                if raw is None or str(raw).strip() == ""
                else QT_TRANSLATE_NOOP(
                    "errors",
                    "Wartość wskaźnika „{name}” projektu „{project}” „{value}” nie jest liczbą.",
                )
            )
            raise UserError(
                template, field="value", name=ind_name, project=title, value=str(raw).strip()
            )
        values["value"] = number
    if "unit" in values or "indicator_id" in values or check.is_new:
        given = _unit(values.get("unit")) if "unit" in values else ""
        if given and given != expected:
            if expected:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Wartość wskaźnika „{name}” projektu „{project}” podano w {unit}, "
                        "a wskaźnik jest mierzony w {expected}; przelicz ją na {expected} "
                        "albo zostaw jednostkę pustą.",
                    ),
                    field="unit",
                    name=ind_name,
                    project=title,
                    unit=given,
                    expected=expected,
                )
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Wartość wskaźnika „{name}” projektu „{project}” podano w {unit}, "
                    "a wskaźnik nie ma określonej jednostki; uzupełnij ją najpierw w fiszce "
                    "projektu.",
                ),
                field="unit",
                name=ind_name,
                project=title,
                unit=given,
            )
        values["unit"] = expected
    _required_date(
        check,
        values,
        "reported_on",
        QT_TRANSLATE_NOOP(
            "errors", "Podaj datę, na którą podajesz wartość wskaźnika „{name}” ({project})."
        ),
        name=ind_name,
        project=title,
    )
    _strip_text(values, "note")
    return values


@register_validator("funding_application")
def check_funding_application(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A funding application of a live project: amounts ≥ 0, a known result, dates in order.

    An amount granted is accepted only for an application selected for
    funding, and a decision cannot come before the application was submitted.
    """
    title = _project_link(check, values)
    _strip(values, "programme", "call")
    _strip_text(values, "note")
    for name in ("amount_requested", "amount_granted"):
        if name in values:
            values[name] = parse_amount(values[name], name)
    if "result" in values:
        raw = values["result"]
        if raw in (None, ""):
            values["result"] = ApplicationResult.PREPARING.value
        else:
            code = vocab_code(ApplicationResult, raw)
            if code is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("errors", "„{value}” nie jest wynikiem naboru wniosków."),
                    field="result",
                    value=str(raw).strip(),
                )
            values["result"] = code
    for name in ("submitted_on", "decided_on"):
        if name in values:
            values[name] = parse_date(values[name], name)
    granted = values.get("amount_granted", check.current.get("amount_granted")) or 0.0
    result = values.get("result", check.current.get("result")) or ApplicationResult.PREPARING
    if granted > 0 and result not in FUNDED_RESULTS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Kwotę przyznaną wniosku projektu „{project}” można podać dopiero, gdy wniosek "
                "zostanie wybrany do dofinansowania.",
            ),
            field="amount_granted" if "amount_granted" in values else "result",
            project=title,
        )
    submitted = values.get("submitted_on", check.current.get("submitted_on"))
    decided = values.get("decided_on", check.current.get("decided_on"))
    if submitted and decided and decided < submitted:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Wniosek projektu „{project}” rozstrzygnięto ({decided}) przed jego "
                "złożeniem ({submitted}).",
            ),
            field="decided_on" if "decided_on" in values else "submitted_on",
            project=title,
            decided=_day(decided),
            submitted=_day(submitted),
        )
    return values


@register_validator("recommendation")
def check_recommendation(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A recommended next step: a title, a known priority, optionally a live project."""
    if "title" in values:
        values["title"] = "" if values["title"] is None else " ".join(str(values["title"]).split())
    if (check.is_new or "title" in values) and not values.get("title"):
        raise UserError(QT_TRANSLATE_NOOP("errors", "Podaj tytuł rekomendacji."), field="title")
    _strip(values, "responsible")
    _strip_text(values, "rationale", "next_steps")
    if "priority" in values:
        raw = values["priority"]
        if raw in (None, ""):
            values["priority"] = RecommendationPriority.MEDIUM.value
        else:
            code = vocab_code(RecommendationPriority, raw)
            if code is None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors", "„{value}” nie jest priorytetem (wysoki, średni, niski)."
                    ),
                    field="priority",
                    value=str(raw).strip(),
                )
            values["priority"] = code
    if "due_on" in values:
        values["due_on"] = parse_date(values["due_on"], "due_on")
    if "project_id" in values:
        raw_project = values["project_id"]
        if raw_project in (None, ""):
            values["project_id"] = None
        else:
            values["project_id"] = _project(check, raw_project)[0]
    return values

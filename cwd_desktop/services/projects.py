"""The project package: what may be stored (validators) and the writes beyond one field.

Project fiches, their funding sources, schedule tasks, indicators, links to
the strategy and to consultation comments, and the key project's application
outline are synced records written through ``Records``. The validators below
check and clean every value, whether it comes from the page, the CLI or the
demo:

- a schedule task that ends before it starts is refused with one sentence
  naming the task, and nothing is stored;
- the leader is a member JST of the partnership; links point at live rows of
  the same partnership (a direction must belong to the linked objective);
- marking a project as the key project unmarks the one marked before, in
  the same unit of work, so a partnership never has two.

Reads are in ``services.project_package`` (plain SQL, usable before the ORM
is loaded). This module loads SQLAlchemy, so the GUI imports it lazily.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text

from cwd_desktop.domain.project import (
    Project,
    ProjectApplication,
    ProjectComment,
    ProjectFunding,
    ProjectIndicator,
    ProjectLink,
    ProjectTask,
)
from cwd_desktop.domain.types import utcnow
from cwd_desktop.domain.vocab import (
    FundingSource,
    IndicatorKind,
    PolicyObjective,
    ProjectStatus,
    Readiness,
    ThematicArea,
)
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services import project_package as package
from cwd_desktop.services.implementation import check_actual_dates
from cwd_desktop.services.project_package import parse_amount, vocab_code
from cwd_desktop.services.records import Check, not_found, parse_date, register_validator
from cwd_desktop.store import Store

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services

#: Tables holding a project's parts, tombstoned and restored with it.
CHILD_TABLES: tuple[type[Any], ...] = (
    ProjectFunding,
    ProjectTask,
    ProjectIndicator,
    ProjectLink,
    ProjectComment,
    ProjectApplication,
)
_TEXT_FIELDS = (
    "partners",
    "location",
    "description",
    "scope",
    "integrated",
    "need",
    "options",
    "technical",
    "legal",
    "institutional",
    "financial",
    "risks",
    "durability",
)
_VOCABS: dict[str, tuple[type[StrEnum], str]] = {
    "policy_objective": (
        PolicyObjective,
        QT_TRANSLATE_NOOP("errors", "„{value}” nie jest celem polityki spójności (PO1–PO5)."),
    ),
    "thematic_area": (
        ThematicArea,
        QT_TRANSLATE_NOOP("errors", "„{value}” nie jest obszarem tematycznym pakietu."),
    ),
    "readiness": (
        Readiness,
        QT_TRANSLATE_NOOP("errors", "„{value}” nie jest stopniem przygotowania projektu."),
    ),
    "status": (
        ProjectStatus,
        QT_TRANSLATE_NOOP("errors", "„{value}” nie jest statusem projektu."),
    ),
}


# -- value helpers ---------------------------------------------------------------------


def _strip(values: dict[str, Any], *fields: str) -> None:
    for name in fields:
        if name in values:
            values[name] = "" if values[name] is None else str(values[name]).strip()


def _required(values: dict[str, Any], check: Check, name: str, template: str) -> None:
    """Strip ``name``; refuse it empty on a new row or when it is being changed."""
    if name in values:
        values[name] = "" if values[name] is None else str(values[name]).strip()
    if (check.is_new or name in values) and not values.get(name):
        raise UserError(template, field=name)


def _vocab(values: dict[str, Any], name: str, enum: type[StrEnum], template: str) -> None:
    """A vocabulary code given as its code or its Polish label (empty keeps the default)."""
    if name not in values:
        return
    raw = values[name]
    if raw in (None, ""):
        values.pop(name)
        return
    code = vocab_code(enum, raw)
    if code is None:
        raise UserError(template, field=name, value=str(raw).strip())
    values[name] = code


def _optional_number(values: dict[str, Any], name: str, template: str) -> None:
    if name not in values:
        return
    raw = values[name]
    if raw is None or str(raw).strip() == "":
        values[name] = None
        return
    try:
        values[name] = float(
            str(raw).strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        )
    except ValueError:
        raise UserError(template, field=name, value=str(raw).strip()) from None


def _year(values: dict[str, Any]) -> None:
    if "year" not in values:
        return
    raw = values["year"]
    if raw is None or str(raw).strip() == "":
        values["year"] = None
        return
    try:
        year = int(str(raw).strip())
    except ValueError:
        year = 0
    if not 1990 <= year <= 2100:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "„{value}” nie jest rokiem (np. 2029)."),
            field="year",
            value=str(raw).strip(),
        )
    values["year"] = year


def _day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def _live(check: Check, table: str, row_id: Any, template: str, field: str) -> str:
    """``row_id`` as a live row of ``table`` in the partnership, else a UserError."""
    found_id = "" if row_id is None else str(row_id).strip()
    row = None
    if found_id:
        row = check.session.execute(
            text(
                f"SELECT 1 FROM {table} WHERE id = :id AND partnership_id = :p"
                " AND deleted_at IS NULL"
            ),
            {"id": found_id, "p": check.partnership_id},
        ).first()
    if row is None:
        raise UserError(template, field=field, id=found_id)
    return found_id


def _project_link(check: Check, values: dict[str, Any]) -> None:
    """Every part of a project names a live project of the same partnership."""
    if "project_id" in values or check.is_new:
        values["project_id"] = _live(
            check,
            "project",
            values.get("project_id"),
            QT_TRANSLATE_NOOP("errors", "Projekt {id} nie istnieje w tym partnerstwie."),
            "project_id",
        )


# -- validators --------------------------------------------------------------------------


@register_validator("project")
def check_project(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """The fiche: a title, a member JST as leader, known vocabulary codes, cost ≥ 0, dates in order.

    Marking the project as the key one unmarks any other key project of the
    partnership in the same unit of work.
    """
    _required(values, check, "title", QT_TRANSLATE_NOOP("errors", "Podaj tytuł projektu."))
    _strip(values, *_TEXT_FIELDS)
    if "number" in values:
        try:
            number = int(str(values["number"]).strip())
        except (TypeError, ValueError):
            number = 0
        if number < 1:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Numer projektu „{value}” nie jest liczbą od 1 wzwyż."),
                field="number",
                value=str(values["number"]),
            )
        values["number"] = number
    if "leader_teryt" in values:
        code = str(values["leader_teryt"] or "").strip()
        if code:
            member = check.session.execute(
                text(
                    "SELECT 1 FROM partnership_jst WHERE partnership_id = :p AND teryt = :t"
                    " AND deleted_at IS NULL"
                ),
                {"p": check.partnership_id, "t": code},
            ).first()
            if member is None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Lider projektu {code} nie jest JST członkowską partnerstwa.",
                    ),
                    field="leader_teryt",
                    code=code,
                )
        values["leader_teryt"] = code or None
    for name, (enum, template) in _VOCABS.items():
        _vocab(values, name, enum, template)
    if "cost" in values:
        values["cost"] = parse_amount(values["cost"], "cost")
    for name in ("start_on", "end_on"):
        if name in values:
            values[name] = parse_date(values[name], name)
    start = values.get("start_on", check.current.get("start_on"))
    end = values.get("end_on", check.current.get("end_on"))
    if start and end and end < start:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "Projekt „{name}” kończy się ({end}) przed rozpoczęciem ({start})."
            ),
            field="end_on" if "end_on" in values else "start_on",
            name=values.get("title", check.current.get("title", "")),
            start=_day(start),
            end=_day(end),
        )
    check_actual_dates(
        check,
        values,
        QT_TRANSLATE_NOOP(
            "errors", "Projekt „{name}” zakończono ({end}) przed jego rozpoczęciem ({start})."
        ),
        "title",
    )
    if "is_key" in values:
        values["is_key"] = bool(values["is_key"])
        if values["is_key"]:
            own_id = check.current.get("id")
            others = check.session.scalars(
                select(Project).where(
                    Project.partnership_id == check.partnership_id,
                    Project.is_key.is_(True),
                    Project.deleted_at.is_(None),
                )
            ).all()
            for other in others:
                if other.id != own_id:
                    other.is_key = False
    return values


@register_validator("project_funding")
def check_funding(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A known funding source and an amount ≥ 0 of a live project."""
    _project_link(check, values)
    if "source" in values or check.is_new:
        raw = values.get("source")
        code = vocab_code(FundingSource, raw)
        if code is None:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "„{value}” nie jest źródłem finansowania."),
                field="source",
                value="" if raw is None else str(raw).strip(),
            )
        values["source"] = code
    if "amount" in values:
        values["amount"] = parse_amount(values["amount"], "amount")
    return values


@register_validator("project_task")
def check_task(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A named task with a start and an end; one that ends before it starts is refused."""
    _project_link(check, values)
    _required(values, check, "name", QT_TRANSLATE_NOOP("errors", "Podaj nazwę zadania."))
    for name, template in (
        ("start_on", QT_TRANSLATE_NOOP("errors", "Podaj datę rozpoczęcia zadania.")),
        ("end_on", QT_TRANSLATE_NOOP("errors", "Podaj datę zakończenia zadania.")),
    ):
        if name in values or check.is_new:
            values[name] = parse_date(values.get(name), name)
            if values[name] is None:
                raise UserError(template, field=name)
    start = values.get("start_on", check.current.get("start_on"))
    end = values.get("end_on", check.current.get("end_on"))
    if start and end and end < start:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "Zadanie „{name}” kończy się ({end}) przed rozpoczęciem ({start})."
            ),
            field="end_on" if "end_on" in values else "start_on",
            name=values.get("name", check.current.get("name", "")),
            start=_day(start),
            end=_day(end),
        )
    check_actual_dates(
        check,
        values,
        QT_TRANSLATE_NOOP(
            "errors", "Zadanie „{name}” zakończono ({end}) przed jego rozpoczęciem ({start})."
        ),
        "name",
    )
    _strip(values, "outcome")
    if "position" in values:
        values["position"] = int(values["position"] or 0)
    return values


@register_validator("project_indicator")
def check_indicator(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """An output or result indicator: a name, numbers for baseline and target, a year."""
    _project_link(check, values)
    _required(values, check, "name", QT_TRANSLATE_NOOP("errors", "Podaj nazwę wskaźnika."))
    _strip(values, "unit", "source")
    _vocab(
        values,
        "kind",
        IndicatorKind,
        QT_TRANSLATE_NOOP("errors", "„{value}” nie jest rodzajem wskaźnika (produkt, rezultat)."),
    )
    _optional_number(
        values,
        "baseline",
        QT_TRANSLATE_NOOP("errors", "Wartość bazowa „{value}” nie jest liczbą."),
    )
    _optional_number(
        values,
        "target",
        QT_TRANSLATE_NOOP("errors", "Wartość docelowa „{value}” nie jest liczbą."),
    )
    _year(values)
    return values


@register_validator("project_link")
def check_link(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A live objective of the partnership and, optionally, one of its directions; no duplicates."""
    _project_link(check, values)
    direction = values.get("direction_id", check.current.get("direction_id"))
    direction = str(direction or "").strip() or None
    if "direction_id" in values:
        values["direction_id"] = direction
    if direction is not None:
        _live(
            check,
            "action_direction",
            direction,
            QT_TRANSLATE_NOOP("errors", "Kierunek działań {id} nie istnieje w tym partnerstwie."),
            "direction_id",
        )
        parent = check.session.execute(
            text("SELECT objective_id FROM action_direction WHERE id = :id"), {"id": direction}
        ).scalar_one()
        if not values.get("objective_id", check.current.get("objective_id")):
            values["objective_id"] = parent
    if "objective_id" in values or check.is_new:
        values["objective_id"] = _live(
            check,
            "strategic_objective",
            values.get("objective_id"),
            QT_TRANSLATE_NOOP("errors", "Cel strategiczny {id} nie istnieje w tym partnerstwie."),
            "objective_id",
        )
    objective = values.get("objective_id", check.current.get("objective_id"))
    if direction is not None and parent != objective:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "Wybrany kierunek działań nie należy do wybranego celu strategicznego."
            ),
            field="direction_id",
        )
    project = values.get("project_id", check.current.get("project_id"))
    duplicate = check.session.execute(
        text(
            "SELECT 1 FROM project_link WHERE project_id = :p AND objective_id = :o"
            " AND coalesce(direction_id, '') = :d AND deleted_at IS NULL AND id != :own"
        ),
        {"p": project, "o": objective, "d": direction or "", "own": check.current.get("id", "")},
    ).first()
    if duplicate is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "Projekt jest już powiązany z tym celem (i kierunkiem) strategii."
            ),
            field="objective_id",
        )
    return values


@register_validator("project_comment")
def check_comment_link(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A live consultation comment of the partnership, linked to a project once."""
    _project_link(check, values)
    if "comment_id" in values or check.is_new:
        values["comment_id"] = _live(
            check,
            "comment",
            values.get("comment_id"),
            QT_TRANSLATE_NOOP("errors", "Uwaga {id} nie istnieje w tym partnerstwie."),
            "comment_id",
        )
    project = values.get("project_id", check.current.get("project_id"))
    comment = values.get("comment_id", check.current.get("comment_id"))
    duplicate = check.session.execute(
        text(
            "SELECT 1 FROM project_comment WHERE project_id = :p AND comment_id = :c"
            " AND deleted_at IS NULL AND id != :own"
        ),
        {"p": project, "c": comment, "own": check.current.get("id", "")},
    ).first()
    if duplicate is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Ta uwaga jest już powiązana z projektem."),
            field="comment_id",
        )
    return values


@register_validator("project_application")
def check_application(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """An application outline exists only for the key project."""
    _project_link(check, values)
    if check.is_new:
        key = check.session.execute(
            text("SELECT is_key, title FROM project WHERE id = :id"), {"id": values["project_id"]}
        ).first()
        if key is None or not key[0]:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Zarys wniosku ma tylko projekt kluczowy; „{title}” nim nie jest.",
                ),
                field="project_id",
                title=key[1] if key else "",
            )
    _strip(
        values, *(name for name in package.APPLICATION_FIELDS if name not in ("id", "project_id"))
    )
    return values


# -- writes beyond one field ---------------------------------------------------------------


def create_project(services: Services, partnership_id: str, values: dict[str, Any]) -> str:
    """A new project numbered after the last one (unless ``values`` gives a number)."""
    values = dict(values)
    values.setdefault("number", package.next_number(services.store, partnership_id))
    return services.records.create("project", partnership_id, values)


def set_key_project(services: Services, partnership_id: str, project_id: str | None) -> str | None:
    """Make ``project_id`` the key project (None: no key project); return the previous one.

    The key project gets an (empty) application outline if it has none, so
    its "Zarys wniosku" can be typed into at once. Undo is
    ``set_key_project(previous)``.
    """
    store = services.store
    previous = package.key_project_id(store, partnership_id)
    if project_id is None:
        if previous is not None:
            services.records.set_field("project", previous, "is_key", False)
        return previous
    if project_id != previous:
        services.records.set_field("project", project_id, "is_key", True)
    if package.application(store, project_id) is None:
        services.records.create("project_application", partnership_id, {"project_id": project_id})
    return previous


@dataclass(frozen=True)
class Removed:
    """A project tombstoned with its parts, so an undo can bring back exactly those."""

    project_id: str
    children: tuple[tuple[str, str], ...]


def delete_project(store: Store, project_id: str) -> Removed:
    """Tombstone a project and every live part of it in one unit of work."""
    with store.unit_of_work() as session:
        project = session.get(Project, project_id)
        if project is None or project.deleted_at is not None:
            raise not_found("project", project_id)
        now = utcnow()
        project.deleted_at = now
        children: list[tuple[str, str]] = []
        for model in CHILD_TABLES:
            rows = session.scalars(
                select(model).where(model.project_id == project_id, model.deleted_at.is_(None))
            ).all()
            for row in rows:
                row.deleted_at = now
                children.append((model.__tablename__, row.id))
    return Removed(project_id, tuple(children))


def restore_project(store: Store, removed: Removed) -> None:
    """Undo ``delete_project``: the project and the parts removed with it come back.

    If another project became the key one meanwhile, the restored project
    comes back unmarked (a partnership never has two key projects).
    """
    models = {m.__tablename__: m for m in CHILD_TABLES}
    with store.unit_of_work() as session:
        project = session.get(Project, removed.project_id)
        if project is None:
            raise not_found("project", removed.project_id)
        if project.is_key:
            other = session.scalars(
                select(Project.id).where(
                    Project.partnership_id == project.partnership_id,
                    Project.is_key.is_(True),
                    Project.deleted_at.is_(None),
                    Project.id != project.id,
                )
            ).first()
            if other is not None:
                project.is_key = False
        project.deleted_at = None
        for table, row_id in removed.children:
            row = session.get(models[table], row_id)
            if row is not None:
                row.deleted_at = None

"""The work plan (plan pracy): checking tasks, and a default plan from the advisory stages.

A ``work_task`` is checked by ``validate_task`` before every write: a title,
a known stage and status, and dates in order (one clear sentence naming
the task otherwise; nothing is stored). ``default_plan`` lays out the tasks
DOMAIN.md gives for the advisory process (Komponent I ≈ 9 months, then
Komponent II ≈ 3–4 months) from the partnership's ``advisory_start``, with
the statutory consultation period (at least 35 days) and the 30 days for the
consultation report. ``create_default_plan`` stores it in one transaction.

This module loads SQLAlchemy (through ``services.records``), so the GUI
imports it lazily; reads are in ``services.workplan_reads``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from cwd_desktop.domain.vocab import (
    MIN_COMMENT_PERIOD_DAYS,
    REPORT_DUE_DAYS,
    ActionStatus,
    Stage,
    label,
)
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.records import Check, parse_date, register_validator
from cwd_desktop.services.workplan_reads import format_date, task_count

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services
    from cwd_desktop.services.partnerships import PartnershipView

# -- validation ----------------------------------------------------------------------


def _stage(values: dict[str, Any], check: Check) -> None:
    if "stage" not in values:
        if check.is_new:
            values["stage"] = Stage.WORKPLAN.value
        return
    code = str(values["stage"] or "").strip()
    if code not in {s.value for s in Stage}:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "„{value}” nie jest etapem doradztwa (workplan, diagnosis, strategy, "
                "implementation, component_ii).",
            ),
            field="stage",
            value=code,
        )
    values["stage"] = code


def _status(values: dict[str, Any], check: Check) -> None:
    if "status" not in values:
        if check.is_new:
            values["status"] = ActionStatus.OPEN.value
        return
    status = str(values["status"] or "").strip() or ActionStatus.OPEN.value
    if status not in {s.value for s in ActionStatus}:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "„{value}” nie jest statusem zadania (open, in_progress, done)."
            ),
            field="status",
            value=status,
        )
    values["status"] = status


def _dates(values: dict[str, Any], check: Check, title: str) -> None:
    """Both dates are required (the end defaults to the start) and the end is not earlier."""
    if "start_on" in values or check.is_new:
        values["start_on"] = parse_date(values.get("start_on"), "start_on")
        if values["start_on"] is None:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Podaj datę rozpoczęcia zadania „{title}”."),
                field="start_on",
                title=title,
            )
    if "end_on" in values or check.is_new:
        values["end_on"] = parse_date(values.get("end_on"), "end_on") or (
            values.get("start_on") if check.is_new else None
        )
        if values["end_on"] is None:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Podaj datę zakończenia zadania „{title}”."),
                field="end_on",
                title=title,
            )
    start = values.get("start_on", check.current.get("start_on"))
    end = values.get("end_on", check.current.get("end_on"))
    if start and end and end < start:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "Zadanie „{title}” kończy się ({end}) przed rozpoczęciem ({start})."
            ),
            field="end_on" if "end_on" in values else "start_on",
            title=title,
            start=format_date(start),
            end=format_date(end),
        )


@register_validator("work_task")
def validate_task(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A title; a known stage and status; a start and an end that is not before it."""
    if "title" in values or check.is_new:
        values["title"] = " ".join(str(values.get("title") or "").split())
        if not values["title"]:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Podaj nazwę zadania planu pracy."), field="title"
            )
    title = values.get("title", check.current.get("title")) or ""
    _stage(values, check)
    _status(values, check)
    _dates(values, check, title)
    for field in ("responsible", "notes"):
        if field in values:
            values[field] = str(values[field] or "").strip()
    if "position" in values:
        values["position"] = int(values["position"] or 0)
    return values


# -- the default plan -----------------------------------------------------------------

#: Who a default task falls to (filled in from the partnership's people).
ADVISORS = "advisors"
COORDINATOR = "coordinator"
BOTH = "both"
COUNCIL = "council"
GROUPS = "groups"


@dataclass(frozen=True)
class Step:
    """A task of the default plan: days from the start of the advisory work, inclusive."""

    stage: Stage
    title: str
    first: int
    last: int
    who: str = ADVISORS
    notes: str = ""


#: The day the strategy's consultation is announced, the last day for comments (the
#: statutory period counts from the announcement) and the day the report is due.
_CONSULT = 196
_COMMENTS_UNTIL = _CONSULT + MIN_COMMENT_PERIOD_DAYS
_REPORT_DUE = _COMMENTS_UNTIL + REPORT_DUE_DAYS
#: Komponent I takes about 9 months (273 days); Komponent II about 3–4 months after it.
_K2 = 273

STEPS: tuple[Step, ...] = (
    # Komponent I, month 1: the work plan itself.
    Step(
        Stage.WORKPLAN,
        "Spotkanie otwierające doradztwo",
        0,
        6,
        BOTH,
        "Spotkanie z Radą Partnerstwa: zakres doradztwa, zasady współpracy, kontakty.",
    ),
    Step(Stage.WORKPLAN, "Uzgodnienie planu pracy", 0, 20, BOTH),
    Step(
        Stage.WORKPLAN,
        "Powołanie grup roboczych",
        14,
        29,
        COORDINATOR,
        "Grupy tematyczne z przedstawicielami JST i partnerów społeczno-gospodarczych.",
    ),
    # Months 2–4: the diagnosis.
    Step(
        Stage.DIAGNOSIS,
        "Dane i wskaźniki dla JST (GUS BDL)",
        30,
        74,
        ADVISORS,
        "Sytuacja społeczno-gospodarcza i przestrzenna; wskaźniki dla każdej JST.",
    ),
    Step(Stage.DIAGNOSIS, "Ankiety mieszkańców i młodzieży", 40, 94, BOTH),
    Step(Stage.DIAGNOSIS, "Warsztaty z grupami roboczymi", 60, 104, GROUPS),
    Step(Stage.DIAGNOSIS, "Analiza SWOT", 95, 111, ADVISORS),
    Step(Stage.DIAGNOSIS, "Wnioski i raport diagnostyczny", 100, 121, ADVISORS),
    # Months 5–7: the strategy and its project package, then the consultations.
    Step(Stage.STRATEGY, "Wizja, misja i cele strategiczne", 122, 151, GROUPS),
    Step(
        Stage.STRATEGY,
        "Kierunki działań i rezultaty",
        145,
        173,
        ADVISORS,
        "Oczekiwane rezultaty ze wskaźnikami: wartość bazowa, docelowa, rok, źródło.",
    ),
    Step(
        Stage.STRATEGY,
        "Pakiet projektów: fiszki projektowe",
        152,
        187,
        BOTH,
        "Zbieranie i ocena fiszek od JST; projekty zintegrowane.",
    ),
    Step(
        Stage.STRATEGY,
        "Model funkcjonalno-przestrzenny",
        160,
        187,
        ADVISORS,
        "Model struktury funkcjonalno-przestrzennej, rekomendacje polityki przestrzennej "
        "i system wdrażania strategii.",
    ),
    Step(Stage.STRATEGY, "Projekt strategii do konsultacji", 182, _CONSULT - 1, ADVISORS),
    Step(
        Stage.STRATEGY,
        "Konsultacje projektu strategii",
        _CONSULT,
        _COMMENTS_UNTIL,
        COORDINATOR,
        f"Okres zgłaszania uwag co najmniej {MIN_COMMENT_PERIOD_DAYS} dni "
        "(art. 6 ust. 3 ustawy o zasadach prowadzenia polityki rozwoju).",
    ),
    Step(
        Stage.STRATEGY,
        "Sprawozdanie z konsultacji",
        _COMMENTS_UNTIL + 1,
        _REPORT_DUE,
        BOTH,
        f"Publikacja w ciągu {REPORT_DUE_DAYS} dni od zakończenia konsultacji "
        "(art. 6 ust. 6 ustawy o zasadach prowadzenia polityki rozwoju).",
    ),
    # Month 9: adoption and implementation.
    Step(
        Stage.IMPLEMENTATION,
        "Przyjęcie strategii uchwałami rad",
        _REPORT_DUE - 16,
        _REPORT_DUE + 4,
        COUNCIL,
    ),
    Step(
        Stage.IMPLEMENTATION,
        "Raport z realizacji Komponentu I",
        _REPORT_DUE - 6,
        _K2 - 1,
        ADVISORS,
        "Uruchomienie monitorowania strategii; raport z realizacji zadań.",
    ),
    # Komponent II, about 3–4 months.
    Step(Stage.COMPONENT_II, "Plan pracy Komponentu II", _K2, _K2 + 13, BOTH),
    Step(
        Stage.COMPONENT_II,
        "Instytucjonalizacja partnerstwa",
        _K2 + 7,
        _K2 + 76,
        COUNCIL,
        "Sformalizowanie współpracy (np. porozumienie, stowarzyszenie, związek JST).",
    ),
    Step(Stage.COMPONENT_II, "Kontraktowanie usług", _K2 + 14, _K2 + 62, COORDINATOR),
    Step(Stage.COMPONENT_II, "Wstępne analizy wykonalności", _K2 + 21, _K2 + 83),
    Step(Stage.COMPONENT_II, "Harmonogramy realizacji projektów", _K2 + 42, _K2 + 90),
    Step(
        Stage.COMPONENT_II,
        "Zarys wniosku dla projektu kluczowego",
        _K2 + 56,
        _K2 + 104,
        BOTH,
        "Zarys wniosku o dofinansowanie z analizą sektorową.",
    ),
    Step(Stage.COMPONENT_II, "Rekomendacje dalszych działań", _K2 + 97, _K2 + 111, ADVISORS),
)


def _people(view: PartnershipView) -> dict[str, str]:
    """Who each role of ``STEPS`` names, from the partnership's advisors and coordinator."""
    names = [n.strip() for n in re.split(r"[\n;,]", view.data.advisors) if n.strip()]
    advisors = ", ".join(names) if names else "doradcy CWD"
    coordinator = re.sub(r"\s*\(.*\)\s*$", "", view.data.coordinator).strip()
    coordinator = coordinator or "koordynator partnerstwa"
    return {
        ADVISORS: advisors,
        COORDINATOR: coordinator,
        BOTH: f"{advisors}; {coordinator}",
        COUNCIL: "Rada Partnerstwa",
        GROUPS: "grupy robocze",
    }


def default_plan(view: PartnershipView, start: date | None = None) -> list[dict[str, Any]]:
    """The default tasks of the advisory stages, dated from ``start``.

    ``start`` defaults to the partnership's ``advisory_start``, else today.
    Each task is the values of a ``work_task`` row, ready for ``create_many``.
    """
    first = start or view.data.advisory_start or date.today()
    people = _people(view)
    return [
        {
            "stage": step.stage.value,
            "title": step.title,
            "start_on": first + timedelta(days=step.first),
            "end_on": first + timedelta(days=step.last),
            "responsible": people[step.who],
            "status": ActionStatus.OPEN.value,
            "position": position,
            "notes": step.notes,
        }
        for position, step in enumerate(STEPS)
    ]


def stage_title(code: str) -> str:
    """The Polish name of a stage code (the code itself if unknown)."""
    try:
        return label(Stage(code))
    except ValueError:
        return code


def create_default_plan(
    services: Services, partnership_id: str, start: date | None = None
) -> list[str]:
    """Store ``default_plan`` for an empty plan, all tasks or none; return their ids.

    A plan that has tasks already is left alone (a UserError says so), so a
    second click or a sync that brought tasks in never doubles the plan.
    """
    view = services.partnerships.get(partnership_id)
    if task_count(services.store, view.id):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Plan pracy partnerstwa {short} ma już zadania; domyślny plan tworzy się "
                "tylko dla pustego planu.",
            ),
            short=view.data.short_name,
        )
    plan: list[Mapping[str, Any]] = list(default_plan(view, start))
    return services.records.create_many("work_task", view.id, plan)

"""The areas (pages) of a partnership shown in the navigation list.

Only areas that exist are listed. Each page is a QWidget with
``show_partnership(view)``; it may also have ``undo_stack`` (a QUndoStack
that Edit > Undo uses while the page is shown) and ``open_record(kind,
row_id)`` (to show a search result). ``kinds`` are the record kinds (table
names) a page can open.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QWidget

from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView


class AreaPage(Protocol):
    """What the main window needs from a page."""

    def show_partnership(self, view: PartnershipView) -> None: ...


@dataclass(frozen=True)
class Area:
    """One entry of the navigation list: a key, a Polish title, and where its page is.

    The page module is imported only when the area is first shown, so the
    window paints without loading every page (DESIGN.md start-up target).
    """

    key: str
    title: str
    module: str
    cls: str
    kinds: tuple[str, ...] = ()

    def factory(self) -> Callable[[Services, QWidget | None], QWidget]:
        """The page class (imports its module)."""
        page: Callable[[Services, QWidget | None], QWidget] = getattr(
            importlib.import_module(self.module), self.cls
        )
        return page


#: (key, title, module, class, record kinds it opens), in navigation order.
AREA_PAGES: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    ("overview", QT_TRANSLATE_NOOP("areas", "Przegląd"), "overview_page", "OverviewPage", ()),
    (
        "workplan",
        QT_TRANSLATE_NOOP("areas", "Plan pracy"),
        "workplan_page",
        "WorkplanPage",
        ("work_task",),
    ),
    (
        "stakeholders",
        QT_TRANSLATE_NOOP("areas", "Interesariusze"),
        "stakeholders_page",
        "StakeholdersPage",
        ("stakeholder", "contact_person"),
    ),
    (
        "fieldwork",
        QT_TRANSLATE_NOOP("areas", "Misje i spotkania"),
        "fieldwork_page",
        "FieldworkPage",
        ("meeting", "field_mission", "working_group", "action_item"),
    ),
    (
        "consultations",
        QT_TRANSLATE_NOOP("areas", "Konsultacje"),
        "consultations_page",
        "ConsultationsPage",
        ("consultation", "comment", "attachment"),
    ),
    (
        "surveys",
        QT_TRANSLATE_NOOP("areas", "Ankiety"),
        "surveys_page",
        "SurveysPage",
        ("survey", "survey_question"),
    ),
    (
        "diagnosis",
        QT_TRANSLATE_NOOP("areas", "Diagnoza"),
        "diagnosis_page",
        "DiagnosisPage",
        ("indicator", "swot_item", "conclusion"),
    ),
    (
        "strategy",
        QT_TRANSLATE_NOOP("areas", "Strategia"),
        "strategy_page",
        "StrategyPage",
        (
            "strategy",
            "strategic_objective",
            "action_direction",
            "expected_result",
            "finance_source",
            "strategy_image",
        ),
    ),
    (
        "projects",
        QT_TRANSLATE_NOOP("areas", "Projekty"),
        "projects_page",
        "ProjectsPage",
        ("project", "project_task", "project_indicator", "project_funding", "project_application"),
    ),
    (
        "implementation",
        QT_TRANSLATE_NOOP("areas", "Wdrożenie"),
        "implementation_page",
        "ImplementationPage",
        ("project_expense", "indicator_report", "funding_application", "recommendation"),
    ),
    (
        "networking",
        QT_TRANSLATE_NOOP("areas", "Sieciowanie"),
        "networking_page",
        "NetworkingPage",
        ("network_event", "event_participant", "event_partnership"),
    ),
    (
        "knowledge",
        QT_TRANSLATE_NOOP("areas", "Baza wiedzy"),
        "knowledge_page",
        "KnowledgePage",
        ("good_practice", "knowledge_document", "practice_project"),
    ),
    (
        "documents",
        QT_TRANSLATE_NOOP("areas", "Dokumenty"),
        "documents_page",
        "DocumentsPage",
        ("document_version",),
    ),
    ("sync", QT_TRANSLATE_NOOP("areas", "Synchronizacja"), "sync_page", "SyncPage", ()),
)


def registered_areas() -> list[Area]:
    """The areas whose page module exists, in navigation order (not imported yet)."""
    areas: list[Area] = []
    for key, title, module, cls, kinds in AREA_PAGES:
        name = f"cwd_desktop.ui.{module}"
        if importlib.util.find_spec(name) is None:
            continue  # an area not built yet
        areas.append(Area(key, title, name, cls, kinds))
    return areas

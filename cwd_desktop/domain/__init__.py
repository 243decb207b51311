"""ORM models and vocabularies; Qt-free.

Models are importable from here (``from cwd_desktop.domain import Partnership``)
but loaded lazily, so that importing ``cwd_desktop.domain.vocab`` on the
start-up path does not import SQLAlchemy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cwd_desktop.domain.base import Base, Synced
    from cwd_desktop.domain.consultation import (
        Attachment,
        Comment,
        Consultation,
        ConsultationStakeholder,
    )
    from cwd_desktop.domain.diagnosis import (
        Conclusion,
        DiagnosisSurvey,
        Indicator,
        IndicatorValue,
        SwotItem,
    )
    from cwd_desktop.domain.document import DocumentVersion
    from cwd_desktop.domain.fieldwork import (
        ActionItem,
        Attendance,
        FieldMission,
        Meeting,
        WorkingGroup,
        WorkingGroupMember,
    )
    from cwd_desktop.domain.implementation import (
        FundingApplication,
        IndicatorReport,
        ProjectExpense,
        Recommendation,
    )
    from cwd_desktop.domain.knowledge import GoodPractice, KnowledgeDocument, PracticeProject
    from cwd_desktop.domain.local import (
        AppliedMutation,
        LocalMeta,
        OutboxEntry,
        SyncConflict,
        SyncCursor,
    )
    from cwd_desktop.domain.networking import EventParticipant, EventPartnership, NetworkEvent
    from cwd_desktop.domain.partnership import Partnership, PartnershipJst
    from cwd_desktop.domain.planning import WorkTask
    from cwd_desktop.domain.project import (
        Project,
        ProjectApplication,
        ProjectComment,
        ProjectFunding,
        ProjectIndicator,
        ProjectLink,
        ProjectTask,
    )
    from cwd_desktop.domain.stakeholder import ContactPerson, Stakeholder, StakeholderCategoryDef
    from cwd_desktop.domain.strategy import (
        ActionDirection,
        ExpectedResult,
        FinanceSource,
        StrategicObjective,
        Strategy,
        StrategyImage,
    )
    from cwd_desktop.domain.survey import Survey, SurveyQuestion
    from cwd_desktop.domain.teryt import TerytUnit

_HOME = {
    "Base": "base",
    "Synced": "base",
    "LocalMeta": "local",
    "OutboxEntry": "local",
    "SyncConflict": "local",
    "SyncCursor": "local",
    "AppliedMutation": "local",
    "Partnership": "partnership",
    "PartnershipJst": "partnership",
    "TerytUnit": "teryt",
    "StakeholderCategoryDef": "stakeholder",
    "Stakeholder": "stakeholder",
    "ContactPerson": "stakeholder",
    "FieldMission": "fieldwork",
    "WorkingGroup": "fieldwork",
    "WorkingGroupMember": "fieldwork",
    "Meeting": "fieldwork",
    "Attendance": "fieldwork",
    "ActionItem": "fieldwork",
    "Consultation": "consultation",
    "ConsultationStakeholder": "consultation",
    "Attachment": "consultation",
    "Comment": "consultation",
    "Survey": "survey",
    "SurveyQuestion": "survey",
    "WorkTask": "planning",
    "Indicator": "diagnosis",
    "IndicatorValue": "diagnosis",
    "SwotItem": "diagnosis",
    "Conclusion": "diagnosis",
    "DiagnosisSurvey": "diagnosis",
    "Strategy": "strategy",
    "StrategicObjective": "strategy",
    "ActionDirection": "strategy",
    "ExpectedResult": "strategy",
    "FinanceSource": "strategy",
    "StrategyImage": "strategy",
    "Project": "project",
    "ProjectFunding": "project",
    "ProjectTask": "project",
    "ProjectIndicator": "project",
    "ProjectLink": "project",
    "ProjectComment": "project",
    "ProjectApplication": "project",
    "DocumentVersion": "document",
    "ProjectExpense": "implementation",
    "IndicatorReport": "implementation",
    "FundingApplication": "implementation",
    "Recommendation": "implementation",
    "NetworkEvent": "networking",
    "EventPartnership": "networking",
    "EventParticipant": "networking",
    "GoodPractice": "knowledge",
    "KnowledgeDocument": "knowledge",
    "PracticeProject": "knowledge",
}

__all__ = [
    "ActionDirection",
    "ActionItem",
    "AppliedMutation",
    "Attachment",
    "Attendance",
    "Base",
    "Comment",
    "Conclusion",
    "Consultation",
    "ConsultationStakeholder",
    "ContactPerson",
    "DiagnosisSurvey",
    "DocumentVersion",
    "EventParticipant",
    "EventPartnership",
    "ExpectedResult",
    "FieldMission",
    "FinanceSource",
    "FundingApplication",
    "GoodPractice",
    "Indicator",
    "IndicatorReport",
    "IndicatorValue",
    "KnowledgeDocument",
    "LocalMeta",
    "Meeting",
    "NetworkEvent",
    "OutboxEntry",
    "Partnership",
    "PartnershipJst",
    "PracticeProject",
    "Project",
    "ProjectApplication",
    "ProjectComment",
    "ProjectExpense",
    "ProjectFunding",
    "ProjectIndicator",
    "ProjectLink",
    "ProjectTask",
    "Recommendation",
    "Stakeholder",
    "StakeholderCategoryDef",
    "StrategicObjective",
    "Strategy",
    "StrategyImage",
    "Survey",
    "SurveyQuestion",
    "SwotItem",
    "SyncConflict",
    "SyncCursor",
    "Synced",
    "TerytUnit",
    "WorkTask",
    "WorkingGroup",
    "WorkingGroupMember",
]


def all_models() -> None:
    """Import every model module, so ``Base.metadata`` knows every table."""
    for module in set(_HOME.values()):
        importlib.import_module(f"cwd_desktop.domain.{module}")


def __getattr__(name: str) -> Any:
    if name in _HOME:
        all_models()
        return getattr(importlib.import_module(f"cwd_desktop.domain.{_HOME[name]}"), name)
    raise AttributeError(name)

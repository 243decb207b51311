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
    from cwd_desktop.domain.fieldwork import (
        ActionItem,
        Attendance,
        FieldMission,
        Meeting,
        WorkingGroup,
        WorkingGroupMember,
    )
    from cwd_desktop.domain.local import LocalMeta, OutboxEntry
    from cwd_desktop.domain.partnership import Partnership, PartnershipJst
    from cwd_desktop.domain.stakeholder import ContactPerson, Stakeholder, StakeholderCategoryDef
    from cwd_desktop.domain.survey import Survey, SurveyQuestion
    from cwd_desktop.domain.teryt import TerytUnit

_HOME = {
    "Base": "base",
    "Synced": "base",
    "LocalMeta": "local",
    "OutboxEntry": "local",
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
}

__all__ = [
    "ActionItem",
    "Attachment",
    "Attendance",
    "Base",
    "Comment",
    "Consultation",
    "ConsultationStakeholder",
    "ContactPerson",
    "FieldMission",
    "LocalMeta",
    "Meeting",
    "OutboxEntry",
    "Partnership",
    "PartnershipJst",
    "Stakeholder",
    "StakeholderCategoryDef",
    "Survey",
    "SurveyQuestion",
    "Synced",
    "TerytUnit",
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

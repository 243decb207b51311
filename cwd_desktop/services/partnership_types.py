"""Plain data exchanged between the partnership service, the UI and the CLI.

No SQLAlchemy here: the GUI imports these on its start-up path.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

from cwd_desktop.domain.vocab import (
    FORMAL_CRITERIA,
    MERIT_CRITERIA,
    Edition,
    FormalBasis,
    Osi,
    Stage,
    StrategyType,
)
from cwd_desktop.services.teryt import Jst

CRITERIA_FIELDS = tuple(c.field for c in FORMAL_CRITERIA + MERIT_CRITERIA)
KEY_DATES = ("formed_on", "selected_on", "advisory_start", "strategy_adopted_on", "advisory_end")


@dataclass
class PartnershipData:
    """Everything the partnership dialog edits; ``members`` are TERYT codes."""

    name: str = ""
    short_name: str = ""
    voivodeship: str | None = None
    osi: Osi = Osi.MARGINALISED
    edition: Edition = Edition.PLUS
    strategy_type: StrategyType = StrategyType.SUPRALOCAL
    formal_basis: FormalBasis | None = None
    formal_basis_note: str = ""
    leader_teryt: str | None = None
    members: list[str] = field(default_factory=list)
    council: str = ""
    coordinator: str = ""
    advisors: str = ""
    stage: Stage = Stage.WORKPLAN
    notes: str = ""
    criteria: dict[str, int] = field(default_factory=dict)
    formed_on: date | None = None
    selected_on: date | None = None
    advisory_start: date | None = None
    strategy_adopted_on: date | None = None
    advisory_end: date | None = None


#: Fields copied one-to-one between ``PartnershipData`` and the ORM row.
_PLAIN_FIELDS = tuple(
    f.name for f in fields(PartnershipData) if f.name not in {"members", "criteria"}
)
KEY_DATES = ("formed_on", "selected_on", "advisory_start", "strategy_adopted_on", "advisory_end")


#: Fields stored one-to-one in a ``partnership`` column of the same name.
PLAIN_FIELDS = tuple(
    f.name for f in fields(PartnershipData) if f.name not in {"members", "criteria"}
)


@dataclass(frozen=True)
class PartnershipView:
    """A stored partnership with its members resolved against the register."""

    id: str
    version: int
    data: PartnershipData
    members: list[Jst]

    @property
    def leader(self) -> Jst | None:
        """The leader JST, if one is set."""
        return next((j for j in self.members if j.code == self.data.leader_teryt), None)

    def formal_score(self) -> int:
        """How many of the 8 formal criteria are met."""
        return sum(1 for c in FORMAL_CRITERIA if self.data.criteria.get(c.field))

    def merit_score(self) -> int:
        """Sum of the 3 merit criteria scores."""
        return sum(self.data.criteria.get(c.field, 0) for c in MERIT_CRITERIA)

"""The territorial strategy with the sections the law requires.

One ``Strategy`` row per partnership holds the text sections (art. 10e ust. 3
u.s.g., and art. 29 CPR for ZIT/IIT); objectives, directions of action,
expected results and the financial framework are rows of their own because
they are lists the user orders and the project package links to.
"""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cwd_desktop.domain.base import Base, Synced
from cwd_desktop.domain.vocab import Dimension, StrategyType


class Strategy(Synced, Base):
    """The partnership's strategy: its text sections."""

    __tablename__ = "strategy"
    __search__ = ("title", "vision", "mission")

    title: Mapped[str] = mapped_column(String(400), default="")
    type: Mapped[str] = mapped_column(String(20), default=StrategyType.SUPRALOCAL.value)
    horizon: Mapped[str] = mapped_column(String(40), default="")
    vision: Mapped[str] = mapped_column(Text, default="")
    mission: Mapped[str] = mapped_column(Text, default="")
    diagnosis_summary: Mapped[str] = mapped_column(Text, default="")
    spatial_model: Mapped[str] = mapped_column(Text, default="")
    spatial_policy: Mapped[str] = mapped_column(Text, default="")
    osi_regional: Mapped[str] = mapped_column(Text, default="")
    osi_local: Mapped[str] = mapped_column(Text, default="")
    implementation: Mapped[str] = mapped_column(Text, default="")
    financial_framework: Mapped[str] = mapped_column(Text, default="")
    # art. 29 CPR (ZIT/IIT)
    area_description: Mapped[str] = mapped_column(Text, default="")
    needs_analysis: Mapped[str] = mapped_column(Text, default="")
    integrated_approach: Mapped[str] = mapped_column(Text, default="")
    partner_involvement: Mapped[str] = mapped_column(Text, default="")


class StrategicObjective(Synced, Base):
    """A strategic objective (cel strategiczny) in one dimension."""

    __tablename__ = "strategic_objective"
    __search__ = ("title", "description")

    number: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(String(400))
    dimension: Mapped[str] = mapped_column(String(20), default=Dimension.SOCIAL.value)
    description: Mapped[str] = mapped_column(Text, default="")


class ActionDirection(Synced, Base):
    """A direction of action (kierunek działań) serving one objective."""

    __tablename__ = "action_direction"
    __search__ = ("title", "description")

    objective_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("strategic_objective.id"), index=True
    )
    number: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(String(400))
    description: Mapped[str] = mapped_column(Text, default="")


class ExpectedResult(Synced, Base):
    """An expected result of an objective with the indicator that measures it."""

    __tablename__ = "expected_result"
    __search__ = ("description", "indicator")

    objective_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("strategic_objective.id"), index=True
    )
    description: Mapped[str] = mapped_column(Text, default="")
    indicator: Mapped[str] = mapped_column(String(300), default="")
    unit: Mapped[str] = mapped_column(String(60), default="")
    baseline: Mapped[float | None] = mapped_column(Float, default=None)
    target: Mapped[float | None] = mapped_column(Float, default=None)
    year: Mapped[int | None] = mapped_column(Integer, default=None)
    source: Mapped[str] = mapped_column(String(300), default="")
    spatial: Mapped[str] = mapped_column(Text, default="")  # the result's spatial dimension


class FinanceSource(Synced, Base):
    """One line of the financial framework: a source and its estimated amount."""

    __tablename__ = "finance_source"
    __search__ = ("notes",)

    source: Mapped[str] = mapped_column(String(30))
    amount: Mapped[float] = mapped_column(Float, default=0.0)
    notes: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class StrategyImage(Synced, Base):
    """A map or diagram of a strategy section (spatial model, OSI): a blob by content hash."""

    __tablename__ = "strategy_image"
    __blobs__ = ("sha256",)
    __search__ = ("caption",)

    section: Mapped[str] = mapped_column(String(40))
    caption: Mapped[str] = mapped_column(String(400), default="")
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer, default=0)

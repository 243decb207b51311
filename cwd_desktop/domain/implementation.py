"""Implementation monitoring (wdrożenie): what really happened to the package's projects.

The plan lives on the project fiche (dates, cost, indicators with targets);
these rows record the reality against it: money spent, indicator values
reported over time, funding applications and their results, and the
recommended next steps that close the advisory process.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cwd_desktop.domain.base import Base, Synced
from cwd_desktop.domain.vocab_followup import ApplicationResult, RecommendationPriority


class ProjectExpense(Synced, Base):
    """Money actually spent on a project (one invoice, tranche or period total)."""

    __tablename__ = "project_expense"
    __search__ = ("description",)

    project_id: Mapped[str] = mapped_column(String(36), ForeignKey("project.id"), index=True)
    spent_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[float] = mapped_column(Float, default=0.0)
    description: Mapped[str] = mapped_column(Text, default="")


class IndicatorReport(Synced, Base):
    """A value of a project indicator reported on a date, in the indicator's unit."""

    __tablename__ = "indicator_report"
    __search__ = ("note",)

    project_id: Mapped[str] = mapped_column(String(36), ForeignKey("project.id"), index=True)
    indicator_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("project_indicator.id"), index=True
    )
    reported_on: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    #: The unit the value was reported in; it must equal the indicator's own unit.
    unit: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class FundingApplication(Synced, Base):
    """A funding application submitted for a project in a call (nabór) and its result."""

    __tablename__ = "funding_application"
    __search__ = ("programme", "call", "note")

    project_id: Mapped[str] = mapped_column(String(36), ForeignKey("project.id"), index=True)
    programme: Mapped[str] = mapped_column(String(300), default="")
    call: Mapped[str] = mapped_column(String(300), default="")
    submitted_on: Mapped[date | None] = mapped_column(Date, default=None)
    amount_requested: Mapped[float] = mapped_column(Float, default=0.0)
    result: Mapped[str] = mapped_column(String(20), default=ApplicationResult.PREPARING.value)
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)
    amount_granted: Mapped[float] = mapped_column(Float, default=0.0)
    note: Mapped[str] = mapped_column(Text, default="")


class Recommendation(Synced, Base):
    """A recommended next step (rekomendacja), optionally about one project."""

    __tablename__ = "recommendation"
    __search__ = ("title", "rationale", "next_steps")

    title: Mapped[str] = mapped_column(String(400))
    rationale: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[str] = mapped_column(String(10), default=RecommendationPriority.MEDIUM.value)
    responsible: Mapped[str] = mapped_column(String(300), default="")
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    project_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("project.id"), default=None, index=True
    )

"""The project package: project fiches, their money, schedule, indicators and links.

The feasibility analysis (wstępna analiza wykonalności) is a set of text
sections of the project itself; the application outline (zarys wniosku)
with its sector analysis exists only for the key project, so it is a row
of its own.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cwd_desktop.domain.base import Base, Synced
from cwd_desktop.domain.vocab import (
    IndicatorKind,
    PolicyObjective,
    ProjectStatus,
    Readiness,
    ThematicArea,
)


class Project(Synced, Base):
    """A project fiche (fiszka projektowa) of the partnership's package."""

    __tablename__ = "project"
    __search__ = ("title", "description", "scope", "partners", "location")

    number: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(String(400))
    leader_teryt: Mapped[str | None] = mapped_column(
        String(7), ForeignKey("teryt_unit.code"), default=None
    )
    partners: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(Text, default="")
    policy_objective: Mapped[str] = mapped_column(String(10), default=PolicyObjective.PO5.value)
    thematic_area: Mapped[str] = mapped_column(
        String(30), default=ThematicArea.SOCIO_ECONOMIC.value
    )
    description: Mapped[str] = mapped_column(Text, default="")
    scope: Mapped[str] = mapped_column(Text, default="")
    integrated: Mapped[str] = mapped_column(Text, default="")
    cost: Mapped[float] = mapped_column(Float, default=0.0)
    readiness: Mapped[str] = mapped_column(String(20), default=Readiness.IDEA.value)
    status: Mapped[str] = mapped_column(String(20), default=ProjectStatus.PROPOSED.value)
    start_on: Mapped[date | None] = mapped_column(Date, default=None)
    end_on: Mapped[date | None] = mapped_column(Date, default=None)
    is_key: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Implementation monitoring: the dates really reached (the plan is start_on/end_on).
    actual_start_on: Mapped[date | None] = mapped_column(Date, default=None)
    actual_end_on: Mapped[date | None] = mapped_column(Date, default=None)
    # wstępna analiza wykonalności
    need: Mapped[str] = mapped_column(Text, default="")
    options: Mapped[str] = mapped_column(Text, default="")
    technical: Mapped[str] = mapped_column(Text, default="")
    legal: Mapped[str] = mapped_column(Text, default="")
    institutional: Mapped[str] = mapped_column(Text, default="")
    financial: Mapped[str] = mapped_column(Text, default="")
    risks: Mapped[str] = mapped_column(Text, default="")
    durability: Mapped[str] = mapped_column(Text, default="")


class ProjectFunding(Synced, Base):
    """One funding source of a project and the amount expected from it."""

    __tablename__ = "project_funding"
    __search__ = ()

    project_id: Mapped[str] = mapped_column(String(36), ForeignKey("project.id"), index=True)
    source: Mapped[str] = mapped_column(String(30))
    amount: Mapped[float] = mapped_column(Float, default=0.0)


class ProjectTask(Synced, Base):
    """A task of a project's schedule (harmonogram), drawn as a Gantt bar."""

    __tablename__ = "project_task"
    __search__ = ("name",)

    project_id: Mapped[str] = mapped_column(String(36), ForeignKey("project.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: Implementation monitoring: when the task really ran and what it delivered.
    actual_start_on: Mapped[date | None] = mapped_column(Date, default=None)
    actual_end_on: Mapped[date | None] = mapped_column(Date, default=None)
    outcome: Mapped[str] = mapped_column(Text, default="")


class ProjectIndicator(Synced, Base):
    """An output or result indicator of a project."""

    __tablename__ = "project_indicator"
    __search__ = ("name",)

    project_id: Mapped[str] = mapped_column(String(36), ForeignKey("project.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10), default=IndicatorKind.OUTPUT.value)
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(60), default="")
    baseline: Mapped[float | None] = mapped_column(Float, default=None)
    target: Mapped[float | None] = mapped_column(Float, default=None)
    year: Mapped[int | None] = mapped_column(Integer, default=None)
    source: Mapped[str] = mapped_column(String(300), default="")


class ProjectLink(Synced, Base):
    """A project serving a strategic objective (and optionally one of its directions)."""

    __tablename__ = "project_link"
    __search__ = ()

    project_id: Mapped[str] = mapped_column(String(36), ForeignKey("project.id"), index=True)
    objective_id: Mapped[str] = mapped_column(String(36), ForeignKey("strategic_objective.id"))
    direction_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("action_direction.id"), default=None
    )


class ProjectComment(Synced, Base):
    """A consultation comment that shaped a project."""

    __tablename__ = "project_comment"
    __search__ = ()

    project_id: Mapped[str] = mapped_column(String(36), ForeignKey("project.id"), index=True)
    comment_id: Mapped[str] = mapped_column(String(36), ForeignKey("comment.id"))


class ProjectApplication(Synced, Base):
    """The application outline (zarys wniosku o dofinansowanie) of the key project."""

    __tablename__ = "project_application"
    __search__ = ("call", "summary")

    project_id: Mapped[str] = mapped_column(String(36), ForeignKey("project.id"), index=True)
    programme: Mapped[str] = mapped_column(String(300), default="")
    measure: Mapped[str] = mapped_column(String(300), default="")
    call: Mapped[str] = mapped_column(String(300), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    objectives: Mapped[str] = mapped_column(Text, default="")
    target_groups: Mapped[str] = mapped_column(Text, default="")
    budget: Mapped[str] = mapped_column(Text, default="")
    # analiza sektorowa
    sector_context: Mapped[str] = mapped_column(Text, default="")
    sector_demand: Mapped[str] = mapped_column(Text, default="")
    sector_supply: Mapped[str] = mapped_column(Text, default="")
    sector_gaps: Mapped[str] = mapped_column(Text, default="")
    sector_conclusions: Mapped[str] = mapped_column(Text, default="")

"""The work plan (plan pracy): tasks of the advisory stages with dates and owners."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cwd_desktop.domain.base import Base, Synced
from cwd_desktop.domain.vocab import ActionStatus, Stage


class WorkTask(Synced, Base):
    """A task of the work plan, in one advisory stage, shown on the timeline."""

    __tablename__ = "work_task"
    __search__ = ("title", "responsible", "notes")

    stage: Mapped[str] = mapped_column(String(30), default=Stage.WORKPLAN.value)
    title: Mapped[str] = mapped_column(String(300))
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date)
    responsible: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20), default=ActionStatus.OPEN.value)
    position: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")

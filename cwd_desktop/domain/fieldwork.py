"""Field missions, working groups, meetings, attendance and action items."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cwd_desktop.domain.base import Base, Synced
from cwd_desktop.domain.vocab import ActionStatus


class FieldMission(Synced, Base):
    """A misja na miejscu: advisors visiting the partnership's JST for some days."""

    __tablename__ = "field_mission"
    __search__ = ("title", "agenda", "notes")

    title: Mapped[str] = mapped_column(String(300))
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date)
    places: Mapped[str] = mapped_column(Text, default="")  # TERYT codes, comma-separated
    advisors: Mapped[str] = mapped_column(Text, default="")
    agenda: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class WorkingGroup(Synced, Base):
    """A grupa robocza on one theme (e.g. transport, tourism, social services)."""

    __tablename__ = "working_group"
    __search__ = ("name", "theme")

    name: Mapped[str] = mapped_column(String(300))
    theme: Mapped[str] = mapped_column(Text, default="")


class WorkingGroupMember(Synced, Base):
    """A person in a working group: from a member JST or from a stakeholder."""

    __tablename__ = "working_group_member"
    __personal__ = ("name", "role")
    __search__ = ()

    group_id: Mapped[str] = mapped_column(String(36), ForeignKey("working_group.id"))
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    teryt: Mapped[str | None] = mapped_column(
        String(7), ForeignKey("teryt_unit.code"), default=None
    )
    stakeholder_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("stakeholder.id"), default=None
    )


class Meeting(Synced, Base):
    """A meeting with its minutes; it may belong to a mission and/or a working group."""

    __tablename__ = "meeting"
    __search__ = ("title", "agenda", "minutes", "decisions")

    title: Mapped[str] = mapped_column(String(300))
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    teryt: Mapped[str | None] = mapped_column(
        String(7), ForeignKey("teryt_unit.code"), default=None
    )
    mission_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("field_mission.id"), default=None
    )
    group_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("working_group.id"), default=None
    )
    agenda: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")


class Attendance(Synced, Base):
    """One line of a meeting's attendance list."""

    __tablename__ = "attendance"
    __personal__ = ("name", "role")
    __search__ = ()

    meeting_id: Mapped[str] = mapped_column(String(36), ForeignKey("meeting.id"))
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    stakeholder_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("stakeholder.id"), default=None
    )
    present: Mapped[bool] = mapped_column(Boolean, default=True)


class ActionItem(Synced, Base):
    """A task agreed at a meeting: who does what by when."""

    __tablename__ = "action_item"
    __search__ = ("description", "owner")

    meeting_id: Mapped[str] = mapped_column(String(36), ForeignKey("meeting.id"))
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default=ActionStatus.OPEN.value)

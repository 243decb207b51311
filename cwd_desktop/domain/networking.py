"""Networking (sieciowanie): conferences, seminars, study visits, forums, regional meetings.

Events bring several partnerships together, so they belong to the whole team
(``partnership_id`` is ``TEAM_SCOPE``): every advisor sees and edits them.
The partnerships that took part are named by id *and* by name, because a
colleague's laptop may not hold a partnership it is not assigned.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cwd_desktop.domain.base import Base, Synced
from cwd_desktop.domain.vocab_followup import EventKind, NetworkTheme


class NetworkEvent(Synced, Base):
    """One networking event; a study visit also names its host and the practices seen."""

    __tablename__ = "network_event"
    __search__ = ("title", "place", "description", "practices_seen", "lessons")

    kind: Mapped[str] = mapped_column(String(20), default=EventKind.SEMINAR.value)
    title: Mapped[str] = mapped_column(String(400))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date, default=None)
    place: Mapped[str] = mapped_column(String(300), default="")
    theme: Mapped[str] = mapped_column(String(20), default=NetworkTheme.OTHER.value)
    organiser: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    #: Study visit: the host partnership (id and name) or the host JST (TERYT).
    host_partnership_id: Mapped[str | None] = mapped_column(String(36), default=None)
    host_name: Mapped[str] = mapped_column(String(300), default="")
    host_teryt: Mapped[str | None] = mapped_column(String(7), default=None)
    practices_seen: Mapped[str] = mapped_column(Text, default="")
    lessons: Mapped[str] = mapped_column(Text, default="")


class EventPartnership(Synced, Base):
    """A partnership that took part in an event."""

    __tablename__ = "event_partnership"

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("network_event.id"), index=True)
    member_partnership_id: Mapped[str] = mapped_column(String(36))
    member_name: Mapped[str] = mapped_column(String(300), default="")


class EventParticipant(Synced, Base):
    """A person who took part (personal data: name and e-mail are erased with the row)."""

    __tablename__ = "event_participant"
    __search__ = ("name", "institution")
    __personal__ = ("name", "email")

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("network_event.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    institution: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    member_partnership_id: Mapped[str | None] = mapped_column(String(36), default=None)
    contact_person_id: Mapped[str | None] = mapped_column(String(36), default=None)

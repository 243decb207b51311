"""Stakeholders (interesariusze) of a partnership and their contact persons."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cwd_desktop.domain.base import Base, Synced


class StakeholderCategoryDef(Synced, Base):
    """A category a partnership added to the built-in list (DOMAIN.md allows extending it).

    Stakeholders refer to it by its id in ``Stakeholder.category``; built-in
    categories are referred to by their vocabulary code.
    """

    __tablename__ = "stakeholder_category"
    __search__ = ()

    name: Mapped[str] = mapped_column(String(120))


class Stakeholder(Synced, Base):
    """An organisation, group or person the partnership works with, located in a JST."""

    __tablename__ = "stakeholder"
    __search__ = ("name", "place", "notes")

    name: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(40))
    teryt: Mapped[str | None] = mapped_column(
        String(7), ForeignKey("teryt_unit.code"), default=None
    )
    place: Mapped[str] = mapped_column(String(200), default="")
    influence: Mapped[int] = mapped_column(Integer, default=3)
    interest: Mapped[int] = mapped_column(Integer, default=3)
    notes: Mapped[str] = mapped_column(Text, default="")


class ContactPerson(Synced, Base):
    """A person to contact at a stakeholder: personal data under GDPR.

    The consent record (purpose, date, withdrawal) is kept with the data it
    covers. ``__personal__`` fields are blanked the moment the row is
    tombstoned, so an erased person does not wait for sync to disappear.
    """

    __tablename__ = "contact_person"
    __personal__ = ("name", "role", "phone", "email")
    __search__ = ()

    stakeholder_id: Mapped[str] = mapped_column(String(36), ForeignKey("stakeholder.id"))
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    consent_purpose: Mapped[str] = mapped_column(String(300), default="")
    consent_on: Mapped[date | None] = mapped_column(Date, default=None)
    consent_withdrawn_on: Mapped[date | None] = mapped_column(Date, default=None)

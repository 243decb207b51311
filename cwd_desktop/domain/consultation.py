"""The consultation log: events, the stakeholders present, attachments and comments."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cwd_desktop.domain.base import Base, Synced
from cwd_desktop.domain.vocab import ConsultationForm


class Consultation(Synced, Base):
    """A consultation event on a document or topic (art. 6 uzppr for a draft strategy).

    ``announced_on`` and ``comments_until`` carry the legal checks: the
    comment period must be at least 35 days from the announcement and the
    report is due 30 days after it ends.
    """

    __tablename__ = "consultation"
    __search__ = ("subject", "place", "notes")

    held_on: Mapped[date] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(String(400))
    form: Mapped[str] = mapped_column(String(30), default=ConsultationForm.OPEN_MEETING.value)
    place: Mapped[str] = mapped_column(String(200), default="")
    teryt: Mapped[str | None] = mapped_column(
        String(7), ForeignKey("teryt_unit.code"), default=None
    )
    announced_on: Mapped[date | None] = mapped_column(Date, default=None)
    comments_until: Mapped[date | None] = mapped_column(Date, default=None)
    participants: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class ConsultationStakeholder(Synced, Base):
    """A stakeholder taking part in a consultation event."""

    __tablename__ = "consultation_stakeholder"
    __search__ = ()

    consultation_id: Mapped[str] = mapped_column(String(36), ForeignKey("consultation.id"))
    stakeholder_id: Mapped[str] = mapped_column(String(36), ForeignKey("stakeholder.id"))


class Attachment(Synced, Base):
    """A file attached to a record; its bytes live in the blob store by content hash."""

    __tablename__ = "attachment"
    __blobs__ = ("sha256",)
    __search__ = ("filename",)

    owner_table: Mapped[str] = mapped_column(String(60))
    owner_id: Mapped[str] = mapped_column(String(36), index=True)
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)


class Comment(Synced, Base):
    """One uwaga raised in a consultation and how it was resolved."""

    __tablename__ = "comment"
    __search__ = ("author", "section", "content", "proposal", "justification")

    consultation_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("consultation.id"), index=True
    )
    number: Mapped[int] = mapped_column(Integer, default=0)
    author: Mapped[str] = mapped_column(String(300), default="")
    stakeholder_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("stakeholder.id"), default=None
    )
    author_category: Mapped[str | None] = mapped_column(String(40), default=None)
    section: Mapped[str] = mapped_column(String(300), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    proposal: Mapped[str] = mapped_column(Text, default="")
    disposition: Mapped[str | None] = mapped_column(String(20), default=None)
    justification: Mapped[str] = mapped_column(Text, default="")

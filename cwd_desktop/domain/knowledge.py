"""The knowledge base (baza wiedzy): good practices, guides, reports and event materials.

Shared by the whole team (``partnership_id`` is ``TEAM_SCOPE``). A document's
bytes live in the blob store by content hash, so they sync; the text
extracted from it is stored beside it (``content_text``) and indexed, so
search finds words inside the attached DOCX and PDF files on every laptop
without extracting them again.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cwd_desktop.domain.base import Base, Synced
from cwd_desktop.domain.vocab import PolicyObjective
from cwd_desktop.domain.vocab_followup import KnowledgeKind, NetworkTheme


class GoodPractice(Synced, Base):
    """A good practice of a JST or partnership worth copying."""

    __tablename__ = "good_practice"
    __search__ = ("title", "owner_name", "description", "results", "source")
    #: The contact field usually names a person (and their phone or e-mail).
    __personal__ = ("contact",)

    title: Mapped[str] = mapped_column(String(400))
    #: Who did it: a JST (TERYT) and/or a partnership, and their name as written.
    owner_name: Mapped[str] = mapped_column(String(300), default="")
    owner_teryt: Mapped[str | None] = mapped_column(String(7), default=None)
    owner_partnership_id: Mapped[str | None] = mapped_column(String(36), default=None)
    theme: Mapped[str] = mapped_column(String(20), default=NetworkTheme.OTHER.value)
    policy_objective: Mapped[str | None] = mapped_column(
        String(10), default=PolicyObjective.PO5.value
    )
    description: Mapped[str] = mapped_column(Text, default="")
    results: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")


class KnowledgeDocument(Synced, Base):
    """A guide, report or material file, with the text extracted from it for search."""

    __tablename__ = "knowledge_document"
    __blobs__ = ("sha256",)
    __search__ = ("title", "description", "filename", "content_text")

    kind: Mapped[str] = mapped_column(String(20), default=KnowledgeKind.DOCUMENT.value)
    title: Mapped[str] = mapped_column(String(400))
    description: Mapped[str] = mapped_column(Text, default="")
    theme: Mapped[str] = mapped_column(String(20), default=NetworkTheme.OTHER.value)
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer, default=0)
    added_on: Mapped[date | None] = mapped_column(Date, default=None)
    content_text: Mapped[str] = mapped_column(Text, default="")
    practice_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("good_practice.id"), default=None, index=True
    )
    event_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("network_event.id"), default=None, index=True
    )


class PracticeProject(Synced, Base):
    """A project a good practice inspired; it lives in the project's partnership."""

    __tablename__ = "practice_project"

    practice_id: Mapped[str] = mapped_column(String(36), ForeignKey("good_practice.id"), index=True)
    project_id: Mapped[str] = mapped_column(String(36), ForeignKey("project.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")

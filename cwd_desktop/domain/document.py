"""Versions of exported Word documents, kept so they sync and can be reopened."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cwd_desktop.domain.base import Base, Synced
from cwd_desktop.domain.types import UtcDateTime


class DocumentVersion(Synced, Base):
    """One export of a deliverable: its bytes live in the blob store under ``sha256``.

    ``subject_id`` is the meeting of minutes or the project of an application;
    ``params`` (JSON) holds what else the export was asked for.
    """

    __tablename__ = "document_version"
    __blobs__ = ("sha256",)
    __search__ = ("title", "filename")

    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(400))
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    author: Mapped[str] = mapped_column(String(200), default="")
    subject_id: Mapped[str | None] = mapped_column(String(36), default=None)
    params: Mapped[str] = mapped_column(Text, default="{}")

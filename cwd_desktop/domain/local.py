"""Tables that exist only on this device: settings of the store and the outbox."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from cwd_desktop.domain.base import Base
from cwd_desktop.domain.types import UtcDateTime


class LocalMeta(Base):
    """Key/value facts about this store: device id, loaded TERYT file, …"""

    __tablename__ = "local_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(500))


class OutboxEntry(Base):
    """One local mutation waiting to be pushed to the central store.

    Written by the session listener in ``store.outbox`` in the same
    transaction as the change itself, so the two can never disagree.
    ``changes`` maps each changed field to ``{"old": base value, "new": value}``.
    """

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(String(36), unique=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    partnership_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(10))
    changes: Mapped[dict[str, dict[str, object]]] = mapped_column(JSON)
    base_version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    device_id: Mapped[str] = mapped_column(String(36))

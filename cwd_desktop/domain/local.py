"""Tables that exist only on this device: settings of the store and the outbox."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Integer, String
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


class SyncConflict(Base):
    """One field changed on two sides to different values, kept until a person decides.

    Pulled from the central store (``server_id`` set) or found here while a
    bundle was applied (``server_id`` empty). ``current_*`` is the value the
    record holds now, ``other_*`` the value that was not applied; both stay
    until the user picks one or types a third in the conflicts dialog. The
    field ``deleted_at`` stands for an edit that met a deletion.
    """

    __tablename__ = "sync_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    server_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    partnership_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    base_value: Mapped[object] = mapped_column(JSON, nullable=True)
    current_value: Mapped[object] = mapped_column(JSON, nullable=True)
    current_by: Mapped[str] = mapped_column(String(200), default="")
    current_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    other_value: Mapped[object] = mapped_column(JSON, nullable=True)
    other_by: Mapped[str] = mapped_column(String(200), default="")
    other_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    resolution: Mapped[object] = mapped_column(JSON, nullable=True)
    #: A resolution of a server conflict that the server has not been told of yet.
    resolution_pending: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncCursor(Base):
    """How far this device has pulled one partnership: a PostgreSQL xid8 watermark.

    One per partnership, so a partnership assigned later is pulled from its
    beginning instead of from a watermark that has already passed its rows.
    """

    __tablename__ = "sync_cursor"

    partnership_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    txid: Mapped[str] = mapped_column(String(30))


class AppliedMutation(Base):
    """A mutation id this store has already pushed or applied from a bundle.

    Makes a second import of the same bundle (or of a bundle carrying this
    device's own, already pushed, changes back to it) change nothing.
    """

    __tablename__ = "applied_mutation"

    mutation_id: Mapped[str] = mapped_column(String(36), primary_key=True)

"""The declarative base and the columns every synced table carries.

See DESIGN.md "Sync-ready rows": client-made UUID ids, the owning
``partnership_id`` (sync scope and row-level security), a version counter,
who/when changed it last, and a tombstone instead of a hard delete.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from cwd_desktop.domain.scope import TEAM_SCOPE
from cwd_desktop.domain.types import UtcDateTime, new_id

__all__ = ["NAMING_CONVENTION", "SYNC_META_COLUMNS", "TEAM_SCOPE", "Base", "Synced"]

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Columns the outbox listener maintains itself; they are not user changes.
SYNC_META_COLUMNS = frozenset({"version", "updated_at", "updated_by"})


class Base(DeclarativeBase):
    """Base of all ORM models (synced, reference and local)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Synced:
    """Mixin for tables that travel through sync.

    ``version``, ``updated_at`` and ``updated_by`` are set by the outbox
    listener (``store.outbox``) on every flush; services never touch them.
    """

    __sync__ = True
    #: Text columns indexed for search-as-you-type (``store.search``).
    __search__: tuple[str, ...] = ()
    #: Personal-data columns, blanked the moment the row is tombstoned (GDPR).
    __personal__: tuple[str, ...] = ()
    #: Columns holding a content hash of a file in the blob store; sync carries the bytes.
    __blobs__: tuple[str, ...] = ()

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    partnership_id: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    updated_by: Mapped[str | None] = mapped_column(String(36), default=None)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)

    @property
    def is_deleted(self) -> bool:
        """True for a tombstone."""
        return self.deleted_at is not None

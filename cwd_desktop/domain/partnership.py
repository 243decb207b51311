"""A partnership of local governments (partnerstwo JST) and its member JST."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from cwd_desktop.domain.base import Base, Synced
from cwd_desktop.domain.vocab import Edition, Osi, Stage, StrategyType


class Partnership(Synced, Base):
    """The unit of advisory work; every other synced row belongs to one.

    Its own ``partnership_id`` equals its ``id`` so that sync scope and
    row-level security treat it like every other row. Each field is a column
    (not a JSON blob) so that two advisors editing different fields merge.
    """

    __tablename__ = "partnership"
    __table_args__ = (
        Index(
            "uq_partnership_short_name_live",
            text("lower(short_name)"),
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
    )

    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(60))
    voivodeship: Mapped[str | None] = mapped_column(String(2), default=None)
    osi: Mapped[str] = mapped_column(String(30), default=Osi.MARGINALISED.value)
    edition: Mapped[str] = mapped_column(String(20), default=Edition.PLUS.value)
    strategy_type: Mapped[str] = mapped_column(String(20), default=StrategyType.SUPRALOCAL.value)
    formal_basis: Mapped[str | None] = mapped_column(String(30), default=None)
    formal_basis_note: Mapped[str] = mapped_column(Text, default="")
    leader_teryt: Mapped[str | None] = mapped_column(String(7), default=None)
    council: Mapped[str] = mapped_column(Text, default="")
    coordinator: Mapped[str] = mapped_column(String(200), default="")
    advisors: Mapped[str] = mapped_column(Text, default="")
    stage: Mapped[str] = mapped_column(String(30), default=Stage.WORKPLAN.value)
    notes: Mapped[str] = mapped_column(Text, default="")

    crit_area: Mapped[bool] = mapped_column(Boolean, default=False)
    crit_council: Mapped[bool] = mapped_column(Boolean, default=False)
    crit_commitment: Mapped[bool] = mapped_column(Boolean, default=False)
    crit_coordinator: Mapped[bool] = mapped_column(Boolean, default=False)
    crit_remote_tools: Mapped[bool] = mapped_column(Boolean, default=False)
    crit_publish: Mapped[bool] = mapped_column(Boolean, default=False)
    crit_public_services: Mapped[bool] = mapped_column(Boolean, default=False)
    crit_scope: Mapped[bool] = mapped_column(Boolean, default=False)
    merit_srw: Mapped[int] = mapped_column(Integer, default=0)
    merit_links: Mapped[int] = mapped_column(Integer, default=0)
    merit_experience: Mapped[int] = mapped_column(Integer, default=0)

    formed_on: Mapped[date | None] = mapped_column(Date, default=None)
    selected_on: Mapped[date | None] = mapped_column(Date, default=None)
    advisory_start: Mapped[date | None] = mapped_column(Date, default=None)
    strategy_adopted_on: Mapped[date | None] = mapped_column(Date, default=None)
    advisory_end: Mapped[date | None] = mapped_column(Date, default=None)


class PartnershipJst(Synced, Base):
    """Membership of one JST in a partnership.

    A row per member (not a list on the partnership) so that two advisors
    adding different gminy offline both keep their additions. Removing a
    member tombstones the row; adding it back revives the same row.
    """

    __tablename__ = "partnership_jst"
    __table_args__ = (Index("uq_partnership_jst_member", "partnership_id", "teryt", unique=True),)

    teryt: Mapped[str] = mapped_column(String(7), ForeignKey("teryt_unit.code"))
    partnership_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("partnership.id"), index=True
    )

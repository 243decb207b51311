"""The TERYT TERC register as reference data (not synced, no partnership)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from cwd_desktop.domain.base import Base


class TerytUnit(Base):
    """One unit of the territorial division, keyed by its TERYT code.

    ``code`` is 2 digits for a voivodeship, 4 for a powiat, 7 for a gmina
    (WOJ+POW+GMI+RODZ) and for the town/rural parts of a gmina miejsko-wiejska.
    Units are never removed: a newer register only adds or renames, so that
    partnerships referring to an abolished gmina keep working.
    """

    __tablename__ = "teryt_unit"

    code: Mapped[str] = mapped_column(String(7), primary_key=True)
    woj: Mapped[str] = mapped_column(String(2), index=True)
    pow: Mapped[str] = mapped_column(String(2), default="")
    gmi: Mapped[str] = mapped_column(String(2), default="")
    rodz: Mapped[str] = mapped_column(String(1), default="")
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(60))
    valid_on: Mapped[str] = mapped_column(String(10))

    @property
    def is_jst(self) -> bool:
        """Voivodeships, powiaty and gminy are JST; town/rural parts and districts are not."""
        return not self.gmi or self.rodz in {"1", "2", "3"}

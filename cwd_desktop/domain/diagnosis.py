"""The diagnosis: indicators per JST, the SWOT, conclusions and the surveys it cites."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cwd_desktop.domain.base import Base, Synced
from cwd_desktop.domain.vocab import SwotQuadrant


class Indicator(Synced, Base):
    """An indicator's definition (name, unit, source), shared by its values per JST and year."""

    __tablename__ = "indicator"
    __search__ = ("name", "source", "area")

    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(60), default="")
    source: Mapped[str] = mapped_column(String(300), default="")
    area: Mapped[str] = mapped_column(String(120), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class IndicatorValue(Synced, Base):
    """The value of an indicator for one JST in one year."""

    __tablename__ = "indicator_value"
    __search__ = ()

    indicator_id: Mapped[str] = mapped_column(String(36), ForeignKey("indicator.id"), index=True)
    teryt: Mapped[str] = mapped_column(String(7), ForeignKey("teryt_unit.code"))
    year: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)


class SwotItem(Synced, Base):
    """One entry of the SWOT analysis."""

    __tablename__ = "swot_item"
    __search__ = ("text",)

    quadrant: Mapped[str] = mapped_column(String(20), default=SwotQuadrant.STRENGTH.value)
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Conclusion(Synced, Base):
    """A conclusion of the diagnosis (wniosek z diagnozy, art. 10a uzppr)."""

    __tablename__ = "conclusion"
    __search__ = ("area", "text")

    area: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class DiagnosisSurvey(Synced, Base):
    """A survey whose summary the diagnosis report includes."""

    __tablename__ = "diagnosis_survey"
    __search__ = ()

    survey_id: Mapped[str] = mapped_column(String(36), ForeignKey("survey.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)

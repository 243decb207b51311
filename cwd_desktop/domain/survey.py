"""Imported surveys: the survey, its questions and their answers.

Answers are stored column-wise, one compressed list per question, aligned
with the survey's respondents. A survey of 100,000 respondents is then a few
dozen rows instead of two million, it is written in one short transaction,
and a summary reads only the questions it needs. The answers of an import
never change (a correction is a new import), so the compressed lists travel
through sync as ordinary, if large, column values.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cwd_desktop.domain.base import Base, Synced
from cwd_desktop.domain.types import UtcDateTime
from cwd_desktop.domain.vocab import SurveyKind


class Survey(Synced, Base):
    """One imported survey file of a partnership.

    ``sha256`` is the hash of the imported file's bytes, so importing the
    same file again is recognised. ``gmina_key``, ``gender_key`` and
    ``age_key`` name the questions used for filters and cross-tabs;
    ``gmina_map`` (JSON) maps the gmina answers as written to TERYT codes.
    ``respondent_rows`` holds the spreadsheet row of each respondent.
    """

    __tablename__ = "survey"
    __search__ = ("title", "file_name")

    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default=SurveyKind.RESIDENTS.value)
    source: Mapped[str] = mapped_column(String(30))
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    response_count: Mapped[int] = mapped_column(Integer)
    respondent_rows: Mapped[bytes] = mapped_column(LargeBinary)
    gmina_key: Mapped[str | None] = mapped_column(String(400), default=None)
    gender_key: Mapped[str | None] = mapped_column(String(400), default=None)
    age_key: Mapped[str | None] = mapped_column(String(400), default=None)
    gmina_map: Mapped[str] = mapped_column(Text, default="{}")
    notes: Mapped[str] = mapped_column(Text, default="")


class SurveyQuestion(Synced, Base):
    """A question of a survey and every respondent's answer to it.

    ``options`` and ``rows`` are JSON lists (choices in form order, a grid's
    rows); ``answers`` is the zlib-compressed JSON list of answers, one per
    respondent, ``null`` when unanswered.
    """

    __tablename__ = "survey_question"
    __search__ = ("text",)

    survey_id: Mapped[str] = mapped_column(String(36), ForeignKey("survey.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(400))
    text: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(20))
    options: Mapped[str] = mapped_column(Text, default="[]")
    rows: Mapped[str] = mapped_column(Text, default="[]")
    answers: Mapped[bytes] = mapped_column(LargeBinary)

"""The result of parsing a survey export: plain data, ready for a storage step.

Answers are kept column-wise (one list per question, aligned with
``ParsedSurvey.rows``): a 100,000-row export then costs one list per question
instead of one dict per respondent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from cwd_desktop.i18n import QT_TRANSLATE_NOOP


class Source(StrEnum):
    """The tool that produced the file, as detected from its headers."""

    GOOGLE_FORMS = "google_forms"
    MICROSOFT_FORMS = "microsoft_forms"
    LIMESURVEY = "limesurvey"
    KOBO = "kobo"
    SPREADSHEET = "spreadsheet"


SOURCE_LABELS: dict[Source, str] = {
    Source.GOOGLE_FORMS: QT_TRANSLATE_NOOP("survey", "Formularze Google"),
    Source.MICROSOFT_FORMS: QT_TRANSLATE_NOOP("survey", "Microsoft Forms"),
    Source.LIMESURVEY: QT_TRANSLATE_NOOP("survey", "LimeSurvey"),
    Source.KOBO: QT_TRANSLATE_NOOP("survey", "KoboToolbox / ODK"),
    Source.SPREADSHEET: QT_TRANSLATE_NOOP("survey", "arkusz kalkulacyjny"),
}


class QuestionType(StrEnum):
    """How a question's answers are read and summarised."""

    SINGLE = "single"  # one option per respondent
    MULTIPLE = "multiple"  # any number of options; percentages are of respondents
    SCALE = "scale"  # a small integer range (1–5, 0–10): counts, mean and median
    NUMBER = "number"  # any number: mean and median
    TEXT = "text"  # free text, listed and searchable
    GRID = "grid"  # one choice per row (``Pytanie [Wiersz]``)


class MetaRole(StrEnum):
    """Why a column is set aside rather than read as a question."""

    TIMESTAMP = "timestamp"
    ID = "id"
    EMAIL = "email"  # personal data: never stored
    NAME = "name"  # the respondent's name: personal data, not stored either
    OTHER = "other"  # tool bookkeeping: lastpage, seed, _uuid, …


@dataclass(frozen=True)
class MetaColumn:
    """A column set aside: not a question."""

    index: int
    header: str
    role: MetaRole

    @property
    def personal(self) -> bool:
        """E-mails and names identify respondents; they are never stored."""
        return self.role in (MetaRole.EMAIL, MetaRole.NAME)


#: One respondent's answer to one question: a choice or a text (SINGLE, SCALE as text
#: is not used: SCALE and NUMBER are floats), the chosen options (MULTIPLE), grid row →
#: choice (GRID); ``None`` when unanswered.
Answer = str | float | tuple[str, ...] | dict[str, str] | None


@dataclass
class Question:
    """One question: its text, type and where its answers come from.

    ``key`` is unique in the survey (the header, or the common prefix of a
    group of columns). ``options`` are the choices in the order the file
    shows them (form order where the tool gives it, else first appearance);
    ``rows`` are a grid's rows. ``other_column`` holds LimeSurvey's
    ``Q1[other]`` text, folded into the answers.
    """

    key: str
    text: str
    type: QuestionType
    columns: tuple[int, ...]
    options: list[str] = field(default_factory=list)
    rows: list[str] = field(default_factory=list)
    other_column: int | None = None


@dataclass
class ParsedSurvey:
    """A survey file read and understood, nothing stored yet."""

    file_name: str
    sha256: str
    source: Source
    headers: list[str]
    metadata: list[MetaColumn]
    questions: list[Question]
    #: The spreadsheet row number of each respondent (for messages and previews).
    rows: list[int]
    #: Question key → one answer per respondent, aligned with ``rows``. Respondents who
    #: answered alike share one answer object (a tuple, a grid's dict): treat as read-only.
    answers: dict[str, list[Answer]]

    @property
    def response_count(self) -> int:
        return len(self.rows)

    def respondent(self, index: int) -> dict[str, Answer]:
        """The answers of the ``index``-th respondent, by question key (unanswered left out)."""
        return {
            key: values[index] for key, values in self.answers.items() if values[index] is not None
        }

    def question(self, key: str) -> Question:
        return next(q for q in self.questions if q.key == key)

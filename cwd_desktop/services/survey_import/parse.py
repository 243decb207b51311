"""From a file to a ``ParsedSurvey``: read, detect the tool, infer the questions."""

from __future__ import annotations

from pathlib import Path

from cwd_desktop.services.survey_import.columns import Columns, bulk
from cwd_desktop.services.survey_import.detect import detect
from cwd_desktop.services.survey_import.infer import (
    extract_answers,
    infer_questions,
    retype_question,
)
from cwd_desktop.services.survey_import.model import ParsedSurvey, Question, QuestionType
from cwd_desktop.services.survey_import.read import SurveyTable, read_survey_table


def parse_survey(path: Path) -> ParsedSurvey:
    """Everything the import wizard shows, from one survey export; ``UserError`` on bad input."""
    return parse_table(read_survey_table(path))


def parse_table(survey: SurveyTable, questions: list[Question] | None = None) -> ParsedSurvey:
    """Parse a read table; ``questions`` (types corrected by the user) replace the guesses."""
    table = Columns(survey.columns, survey.distinct)
    with bulk():
        detection = detect(survey.headers, table)
        if questions is None:
            questions = infer_questions(
                detection.source, survey.headers, table, detection.question_columns
            )
        answers = {q.key: extract_answers(detection.source, q, table) for q in questions}
    return ParsedSurvey(
        file_name=survey.source,
        sha256=survey.sha256,
        source=detection.source,
        headers=survey.headers,
        metadata=detection.metadata,
        questions=questions,
        rows=survey.rows,
        answers=answers,
    )


def retype(survey: SurveyTable, parsed: ParsedSurvey, key: str, kind: QuestionType) -> Question:
    """Read one question of ``parsed`` again as ``kind``, in place; the new question.

    Only that question's column(s) are read again, so correcting a type in the
    wizard stays instant on a 100,000-row file (``parse_table`` re-reads all).
    """
    index = next(i for i, q in enumerate(parsed.questions) if q.key == key)
    question, answers = retype_question(
        parsed.source, parsed.questions[index], kind, Columns(survey.columns, survey.distinct)
    )
    parsed.questions[index] = question
    parsed.answers[key] = answers
    return question

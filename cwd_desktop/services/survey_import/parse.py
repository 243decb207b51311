"""From a file to a ``ParsedSurvey``: read, detect the tool, infer the questions."""

from __future__ import annotations

from pathlib import Path

from cwd_desktop.services.survey_import.detect import detect
from cwd_desktop.services.survey_import.infer import extract_answers, infer_questions
from cwd_desktop.services.survey_import.model import ParsedSurvey, Question
from cwd_desktop.services.survey_import.read import SurveyTable, read_survey_table


def parse_survey(path: Path) -> ParsedSurvey:
    """Everything the import wizard shows, from one survey export; ``UserError`` on bad input."""
    return parse_table(read_survey_table(path))


def parse_table(survey: SurveyTable, questions: list[Question] | None = None) -> ParsedSurvey:
    """Parse a read table; ``questions`` (types corrected by the user) replace the guesses."""
    table = survey.table
    cells = [cells for _, cells in table.rows]
    detection = detect(table.headers, cells)
    if questions is None:
        questions = infer_questions(
            detection.source, table.headers, cells, detection.question_columns
        )
    answers = {q.key: extract_answers(detection.source, q, cells) for q in questions}
    return ParsedSurvey(
        file_name=table.source,
        sha256=survey.sha256,
        source=detection.source,
        headers=table.headers,
        metadata=detection.metadata,
        questions=questions,
        rows=[number for number, _ in table.rows],
        answers=answers,
    )

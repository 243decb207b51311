"""Parsing the exports of survey tools (Google Forms, Microsoft Forms, LimeSurvey,
KoboToolbox/ODK) and plain spreadsheets into questions and answers.

Qt-free and storage-free: ``parse_survey(path)`` reads the file, detects the
tool that made it, sets metadata columns aside (e-mails are never kept),
infers each question's type and splits the answers, so a wizard can show the
result and a later step can store it.
"""

from cwd_desktop.services.survey_import.model import (
    Answer,
    MetaColumn,
    MetaRole,
    ParsedSurvey,
    Question,
    QuestionType,
    Source,
)
from cwd_desktop.services.survey_import.parse import parse_survey, parse_table, retype

__all__ = [
    "Answer",
    "MetaColumn",
    "MetaRole",
    "ParsedSurvey",
    "Question",
    "QuestionType",
    "Source",
    "parse_survey",
    "parse_table",
    "retype",
]

"""Which tool made a survey export, and which of its columns are not questions.

Each tool writes its own bookkeeping columns with fixed (sometimes localized)
headers, so the headers alone tell the tool: Google Forms starts with
``Sygnatura czasowa``/``Timestamp``; Microsoft Forms with ``ID``, start and
completion times; LimeSurvey with ``id, submitdate, lastpage, startlanguage,
seed``; KoboToolbox/ODK has ``_id, _uuid, _submission_time``. Anything else
is a spreadsheet someone made. Whatever the source, a column of e-mail
addresses is set aside as personal data, by its header or by its values.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from cwd_desktop.domain.text import fold
from cwd_desktop.services.survey_import.columns import Columns
from cwd_desktop.services.survey_import.model import MetaColumn, MetaRole, Source


def norm(header: str) -> str:
    """A header reduced for matching: folded, punctuation as spaces, single-spaced."""
    return " ".join(re.findall(r"[a-z0-9_]+", fold(header)))


_EMAIL = {"adres e mail", "adres email", "e mail", "email", "email address", "e mail address"}

_GOOGLE: dict[str, MetaRole] = {
    "sygnatura czasowa": MetaRole.TIMESTAMP,
    "timestamp": MetaRole.TIMESTAMP,
    "wynik": MetaRole.OTHER,  # quizzes
    "score": MetaRole.OTHER,
}
_MICROSOFT: dict[str, MetaRole] = {
    "id": MetaRole.ID,
    "identyfikator": MetaRole.ID,
    "godzina rozpoczecia": MetaRole.TIMESTAMP,
    "start time": MetaRole.TIMESTAMP,
    "godzina ukonczenia": MetaRole.TIMESTAMP,
    "completion time": MetaRole.TIMESTAMP,
    "godzina ostatniej modyfikacji": MetaRole.TIMESTAMP,
    "last modified time": MetaRole.TIMESTAMP,
    "nazwa": MetaRole.NAME,
    "name": MetaRole.NAME,
    "imie i nazwisko": MetaRole.NAME,
}
_LIMESURVEY: dict[str, MetaRole] = {
    "id": MetaRole.ID,
    "token": MetaRole.ID,
    "submitdate": MetaRole.TIMESTAMP,
    "startdate": MetaRole.TIMESTAMP,
    "datestamp": MetaRole.TIMESTAMP,
    "lastpage": MetaRole.OTHER,
    "startlanguage": MetaRole.OTHER,
    "seed": MetaRole.OTHER,
    "ipaddr": MetaRole.OTHER,
    "refurl": MetaRole.OTHER,
    "interviewtime": MetaRole.OTHER,
    # "full headings" exports
    "response id": MetaRole.ID,
    "identyfikator odpowiedzi": MetaRole.ID,
    "date submitted": MetaRole.TIMESTAMP,
    "data wyslania": MetaRole.TIMESTAMP,
    "last page": MetaRole.OTHER,
    "ostatnia strona": MetaRole.OTHER,
    "start language": MetaRole.OTHER,
    "jezyk poczatkowy": MetaRole.OTHER,
    "ziarno": MetaRole.OTHER,
}
_LIMESURVEY_MARKS = {"submitdate", "lastpage", "startlanguage", "seed"}
_KOBO: dict[str, MetaRole] = {
    "_id": MetaRole.ID,
    "_uuid": MetaRole.ID,
    "_submission_time": MetaRole.TIMESTAMP,
    "start": MetaRole.TIMESTAMP,
    "end": MetaRole.TIMESTAMP,
    "today": MetaRole.TIMESTAMP,
    "submissiondate": MetaRole.TIMESTAMP,  # ODK Central
    "key": MetaRole.ID,
    "instanceid": MetaRole.ID,
    "deviceid": MetaRole.OTHER,
    "username": MetaRole.OTHER,
    # ODK Central
    "submitterid": MetaRole.ID,
    "submittername": MetaRole.NAME,
    "attachmentspresent": MetaRole.OTHER,
    "attachmentsexpected": MetaRole.OTHER,
    "status": MetaRole.OTHER,
    "reviewstate": MetaRole.OTHER,
    "edits": MetaRole.OTHER,
    "formversion": MetaRole.OTHER,
}
_KOBO_MARKS = {"_id", "_uuid", "_submission_time"}


@dataclass(frozen=True)
class Detection:
    """The detected tool, the columns set aside and the columns left as questions."""

    source: Source
    metadata: list[MetaColumn]
    question_columns: list[int]

    @property
    def personal_columns(self) -> set[int]:
        return {m.index for m in self.metadata if m.personal}


def detect_source(headers: Sequence[str]) -> Source:
    """The tool whose bookkeeping headers the file has."""
    keys = [norm(h) for h in headers]
    raw = {h.strip().lower() for h in headers}
    if len(_KOBO_MARKS & raw) >= 2 or ("submissiondate" in raw and "key" in raw):
        return Source.KOBO
    if len(_LIMESURVEY_MARKS & set(keys)) >= 3:
        return Source.LIMESURVEY
    if keys and keys[0] in ("sygnatura czasowa", "timestamp"):
        return Source.GOOGLE_FORMS
    starts = {"godzina rozpoczecia", "start time"}
    ends = {"godzina ukonczenia", "completion time"}
    if {"id", "identyfikator"} & set(keys) and starts & set(keys) and ends & set(keys):
        return Source.MICROSOFT_FORMS
    return Source.SPREADSHEET


def set_aside_by_header(headers: Sequence[str]) -> set[int]:
    """The columns that are metadata by their header alone: their values are never needed."""
    source = detect_source(headers)
    return {i for i, header in enumerate(headers) if _meta_role(source, header) is not None}


def detect(headers: Sequence[str], columns: Columns) -> Detection:
    """The tool, the metadata columns (e-mails flagged) and the question columns."""
    source = detect_source(headers)
    metadata: list[MetaColumn] = []
    questions: list[int] = []
    for index, header in enumerate(headers):
        role = _meta_role(source, header)
        if role is None and _holds_emails(columns, index):
            role = MetaRole.EMAIL
        if role is None:
            questions.append(index)
        else:
            metadata.append(MetaColumn(index, header, role))
    return Detection(source, metadata, questions)


def _meta_role(source: Source, header: str) -> MetaRole | None:
    key = norm(header)
    if key in _EMAIL:
        return MetaRole.EMAIL
    if source is Source.GOOGLE_FORMS:
        return _GOOGLE.get(key)
    if source is Source.MICROSOFT_FORMS:
        return _MICROSOFT.get(key)
    if source is Source.LIMESURVEY:
        return _LIMESURVEY.get(key)
    if source is Source.KOBO:
        raw = header.strip().lower()
        if raw.startswith("_") or raw.startswith("meta/") or raw.startswith("meta-"):
            return _KOBO.get(raw, MetaRole.OTHER)
        if raw.startswith("formhub/") or raw == "__version__":
            return MetaRole.OTHER
        return _KOBO.get(raw)
    return None


_EMAIL_VALUE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _holds_emails(columns: Columns, index: int) -> bool:
    """Most filled cells are e-mail addresses: personal data whatever the header says.

    Cells are stripped texts (or numbers, dates…); only texts with an ``@``
    can be addresses, so the cells are counted only when some distinct value has one.
    """
    found = [
        v
        for v in columns.distinct(index)
        if v.__class__ is str and "@" in v and _EMAIL_VALUE.fullmatch(v)
    ]
    if not found:
        return False
    counts = columns.counts(index)
    hits = sum(counts[v] for v in found)
    return hits * 2 > columns.filled(index)

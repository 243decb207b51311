"""Reading stored surveys: the survey row, its questions, and answers on demand.

Reads go through the plain sqlite3 reader (no SQLAlchemy), so the surveys
page opens quickly. A question's answers are decompressed only when asked
for and kept for the life of the ``SurveyData``: they never change after the
import.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.survey_import.model import Answer, QuestionType

#: zlib level of ``pack``: 3 compresses 100,000 answers three times faster than 6,
#: into blobs about a third bigger.
PACK_LEVEL = 3
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def pack(values: Sequence[Any]) -> bytes:
    """A list of JSON-able values, compressed (answers, row numbers)."""
    return zlib.compress(_encoded(values), PACK_LEVEL)


def pack_many(lists: Iterable[Sequence[Any]]) -> list[bytes]:
    """``pack`` of each list; one is compressed in a thread while the next is encoded.

    zlib works without the GIL, so on a second core the compression of a
    survey's questions costs next to nothing. At most two encoded lists
    wait for their turn (memory).
    """
    from concurrent.futures import Future, ThreadPoolExecutor

    packed: list[bytes] = []
    pending: deque[Future[bytes]] = deque()
    with ThreadPoolExecutor(1, thread_name_prefix="survey-pack") as pool:
        for values in lists:
            pending.append(pool.submit(zlib.compress, _encoded(values), PACK_LEVEL))
            if len(pending) > 2:
                packed.append(pending.popleft().result())
        packed += (future.result() for future in pending)
    return packed


def _encoded(values: Sequence[Any]) -> bytes:
    """The JSON text of ``values`` in UTF-8, each distinct value encoded once.

    Answers repeat, so the list is joined from the pieces: the same text as
    ``json.dumps`` of the whole list, several times faster. Values that a
    dict would merge although JSON tells them apart (``1``, ``1.0``,
    ``True``) and unhashable ones (a grid's dicts) are told apart by
    identity: equal answers of an import are one shared object.
    """
    keys: Sequence[Any] = values
    try:
        found = {value: value for value in dict.fromkeys(values)}
        numbers = (bool, int, float)
        if any(isinstance(v, numbers) for v in found) and (
            len(set(map(type, values)).intersection(numbers)) > 1
        ):
            raise TypeError("numbers of several types")
    except TypeError:
        keys = list(map(id, values))
        found = dict(zip(keys, values, strict=True))
    if len(found) * 4 > len(keys):  # mostly distinct: one pass of the encoder is faster
        text = _ENCODE(list(values))
    else:
        pieces = {key: _ENCODE(value) for key, value in found.items()}
        text = "[" + ",".join(map(pieces.__getitem__, keys)) + "]"
    return text.encode("utf-8")


def unpack(data: bytes) -> list[Any]:
    """The list ``pack`` wrote."""
    values: list[Any] = json.loads(zlib.decompress(data))
    return values


@dataclass(frozen=True)
class SurveyInfo:
    """A stored survey, as the survey list and the summary header show it."""

    id: str
    partnership_id: str
    title: str
    kind: str
    source: str
    file_name: str
    sha256: str
    imported_at: datetime
    response_count: int
    gmina_key: str | None
    gender_key: str | None
    age_key: str | None
    gmina_map: dict[str, str]
    notes: str = ""


@dataclass(frozen=True)
class StoredQuestion:
    """A stored question (its answers are loaded separately)."""

    id: str
    position: int
    key: str
    text: str
    type: QuestionType
    options: tuple[str, ...]
    rows: tuple[str, ...]


_SURVEY_COLUMNS = (
    "id, partnership_id, title, kind, source, file_name, sha256, imported_at, response_count, "
    "gmina_key, gender_key, age_key, gmina_map, notes"
)


def _info(row: Sequence[Any]) -> SurveyInfo:
    imported = datetime.fromisoformat(str(row[7]))
    return SurveyInfo(
        id=row[0],
        partnership_id=row[1],
        title=row[2],
        kind=row[3],
        source=row[4],
        file_name=row[5],
        sha256=row[6],
        imported_at=imported,
        response_count=row[8],
        gmina_key=row[9],
        gender_key=row[10],
        age_key=row[11],
        gmina_map=json.loads(row[12] or "{}"),
        notes=row[13] or "",
    )


def list_surveys(conn: sqlite3.Connection, partnership_id: str | None = None) -> list[SurveyInfo]:
    """Live surveys, newest import first (of one partnership, or of live partnerships)."""
    sql = (
        f"SELECT {', '.join('s.' + c.strip() for c in _SURVEY_COLUMNS.split(','))} "
        "FROM survey s JOIN partnership p ON p.id = s.partnership_id "
        "WHERE s.deleted_at IS NULL AND p.deleted_at IS NULL"
    )
    params: tuple[Any, ...] = ()
    if partnership_id is not None:
        sql += " AND s.partnership_id = ?"
        params = (partnership_id,)
    sql += " ORDER BY s.imported_at DESC, s.title"
    return [_info(row) for row in conn.execute(sql, params)]


def find_survey(conn: sqlite3.Connection, key: str) -> SurveyInfo:
    """A live survey by id, or by its title when that is unique; ``UserError`` otherwise."""
    rows = conn.execute(
        f"SELECT {_SURVEY_COLUMNS} FROM survey WHERE deleted_at IS NULL AND (id = ? OR title = ?)",
        (key, key),
    ).fetchall()
    exact = [row for row in rows if row[0] == key]
    if exact or len(rows) == 1:
        return _info((exact or rows)[0])
    if rows:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "Tytuł „{survey}” ma kilka ankiet; podaj identyfikator ankiety."
            ),
            survey=key,
        )
    raise UserError(QT_TRANSLATE_NOOP("errors", "Nie ma ankiety „{survey}”."), survey=key)


@dataclass
class SurveyData:
    """A survey with its questions; answers are read per question when first needed."""

    conn: sqlite3.Connection
    info: SurveyInfo
    questions: list[StoredQuestion]
    _answers: dict[str, list[Answer]] = field(default_factory=dict)

    def question(self, key: str | None) -> StoredQuestion | None:
        """The question with ``key`` (``None`` for no key or an unknown one)."""
        if key is None:
            return None
        return next((q for q in self.questions if q.key == key), None)

    def answers(self, key: str) -> list[Answer]:
        """Every respondent's answer to question ``key``, in file order."""
        if key not in self._answers:
            question = self.question(key)
            if question is None:
                raise KeyError(key)
            (blob,) = self.conn.execute(
                "SELECT answers FROM survey_question WHERE id = ?", (question.id,)
            ).fetchone()
            self._answers[key] = unpack(blob)
        return self._answers[key]

    def forget(self, keep: set[str | None]) -> None:
        """Drop the decompressed answers of every question but ``keep`` (memory).

        At 100,000 respondents a question's answers take 15–30 MiB in Python;
        a page clicking through a long survey keeps only what it shows.
        """
        for key in [k for k in self._answers if k not in keep]:
            del self._answers[key]

    def respondent_rows(self) -> list[int]:
        """The spreadsheet row of each respondent (for pointing at an answer in the file)."""
        (blob,) = self.conn.execute(
            "SELECT respondent_rows FROM survey WHERE id = ?", (self.info.id,)
        ).fetchone()
        return [int(v) for v in unpack(blob)]


def load_survey(conn: sqlite3.Connection, key: str) -> SurveyData:
    """A survey by id or unique title, with its questions (answers load lazily)."""
    info = find_survey(conn, key)
    rows = conn.execute(
        "SELECT id, position, key, text, type, options, rows FROM survey_question "
        "WHERE survey_id = ? AND deleted_at IS NULL ORDER BY position",
        (info.id,),
    ).fetchall()
    questions = [
        StoredQuestion(
            id=row[0],
            position=row[1],
            key=row[2],
            text=row[3],
            type=QuestionType(row[4]),
            options=tuple(json.loads(row[5] or "[]")),
            rows=tuple(json.loads(row[6] or "[]")),
        )
        for row in rows
    ]
    return SurveyData(conn, info, questions)

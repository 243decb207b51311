"""Surveys of a partnership: import a parsed file atomically, list, read, change, delete.

An import is one transaction: the survey, every question and every answer
are stored together or not at all (a cancelled or failed import leaves the
store as it was). The file's SHA-256 makes an import idempotent: the same
file imported again into the same partnership is recognised and nothing is
added. E-mail and name columns never reach this module: the parser sets them
aside, and only question columns are stored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from cwd_desktop.domain.types import utcnow
from cwd_desktop.domain.vocab import SurveyKind
from cwd_desktop.errors import Cancelled, UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.progress import Progress
from cwd_desktop.services.survey_data import (
    SurveyData,
    SurveyInfo,
    list_surveys,
    load_survey,
    pack,
    pack_many,
)
from cwd_desktop.services.survey_import import ParsedSurvey, Question, QuestionType, parse_survey
from cwd_desktop.services.survey_roles import (
    GminaMatch,
    Roles,
    distinct_answers,
    guess_roles,
    match_gminy,
)

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services

TITLE_LIMIT = 300


@dataclass
class ImportPlan:
    """What the wizard settles before anything is stored.

    ``questions`` are the parsed questions with the user's corrections;
    ``excluded`` are question keys the user chose not to import;
    ``gmina_map`` maps gmina answers as written to TERYT codes.
    """

    parsed: ParsedSurvey
    partnership_id: str
    kind: SurveyKind
    title: str
    roles: Roles
    gmina_map: dict[str, str] = field(default_factory=dict)
    excluded: set[str] = field(default_factory=set)

    @property
    def questions(self) -> list[Question]:
        return [q for q in self.parsed.questions if q.key not in self.excluded]

    def gmina_answers(self) -> list[tuple[str, int]]:
        """Distinct answers of the gmina question with their counts (empty without one)."""
        if self.roles.gmina is None:
            return []
        return distinct_answers(self.parsed.answers[self.roles.gmina])

    def unmatched_gminy(self) -> list[str]:
        """Gmina answers not yet mapped to a TERYT code."""
        return [value for value, _ in self.gmina_answers() if value not in self.gmina_map]


@dataclass(frozen=True)
class ImportResult:
    """The stored survey, and whether this import added it (``False``: already there)."""

    survey_id: str
    created: bool
    responses: int
    questions: int
    title: str


def _as_choice(question: Question, answers: list[tuple[str, int]]) -> None:
    """A gmina question read as free text (many gminy) is a single choice of the names given."""
    if question.type is QuestionType.TEXT:
        question.type = QuestionType.SINGLE
        question.options = sorted(value for value, _ in answers)


def parse_kind(value: str) -> SurveyKind:
    """A survey kind from its code (``residents``) or Polish label; ``UserError`` otherwise."""
    from cwd_desktop.domain.text import fold
    from cwd_desktop.domain.vocab import label

    wanted = fold(value.strip())
    for kind in SurveyKind:
        if wanted in (kind.value, fold(label(kind))):
            return kind
    raise UserError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Nieznany rodzaj ankiety „{kind}”; dozwolone: residents, youth, business, leaders.",
        ),
        field="kind",
        kind=value,
    )


class SurveyService:
    """Survey use cases bound to one store."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.store = services.store

    # -- reads ------------------------------------------------------------------------

    def list(self, partnership_id: str | None = None) -> list[SurveyInfo]:
        """Live surveys, newest first."""
        return list_surveys(self.store.reader(), partnership_id)

    def load(self, key: str) -> SurveyData:
        """A survey (by id or unique title) with its questions; answers load lazily."""
        return load_survey(self.store.reader(), key)

    def find_import(self, partnership_id: str, sha256: str) -> SurveyInfo | None:
        """The live survey of this partnership imported from a file with this hash."""
        return next(
            (s for s in self.list(partnership_id) if s.sha256 == sha256),
            None,
        )

    # -- import -----------------------------------------------------------------------

    def plan(
        self,
        parsed: ParsedSurvey,
        partnership_id: str,
        kind: SurveyKind,
        title: str | None = None,
    ) -> ImportPlan:
        """The default plan for a parsed file: guessed roles and gminy matched to TERYT."""
        roles = guess_roles(parsed.questions)
        plan = ImportPlan(
            parsed=parsed,
            partnership_id=partnership_id,
            kind=kind,
            title=title or Path(parsed.file_name).stem,
            roles=roles,
        )
        if roles.gmina is not None:
            _as_choice(parsed.question(roles.gmina), plan.gmina_answers())
        plan.gmina_map = self.match_gminy(plan).mapping
        return plan

    def match_gminy(self, plan: ImportPlan) -> GminaMatch:
        """Match the plan's gmina answers to TERYT (members of the partnership first)."""
        members = self.services.partnerships.get(plan.partnership_id).members
        values = [value for value, _ in plan.gmina_answers()]
        return match_gminy(values, members, self.services.teryt)

    def import_file(
        self,
        path: Path,
        partnership: str,
        kind: str,
        title: str | None = None,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Parse, plan with the defaults and store a survey file (the CLI's one step)."""
        partnership_id = self.services.partnerships.get(partnership).id
        parsed = parse_survey(path)
        return self.store_plan(self.plan(parsed, partnership_id, parse_kind(kind), title), progress)

    def store_plan(self, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
        """Store the survey of ``plan`` in one transaction; a known file adds nothing."""
        from cwd_desktop.domain.survey import Survey, SurveyQuestion

        self._check(plan)
        questions = plan.questions
        existing = self.find_import(plan.partnership_id, plan.parsed.sha256)
        if existing is not None:
            return ImportResult(
                existing.id, False, existing.response_count, len(questions), existing.title
            )
        used = {value for value, _ in plan.gmina_answers()}
        blobs = pack_many(plan.parsed.answers[q.key] for q in questions)  # before the write lock
        with self.store.unit_of_work() as session:
            survey = Survey(
                partnership_id=plan.partnership_id,
                title=plan.title.strip(),
                kind=plan.kind.value,
                source=plan.parsed.source.value,
                file_name=plan.parsed.file_name,
                sha256=plan.parsed.sha256,
                imported_at=utcnow(),
                response_count=plan.parsed.response_count,
                respondent_rows=pack(plan.parsed.rows),
                gmina_key=plan.roles.gmina,
                gender_key=plan.roles.gender,
                age_key=plan.roles.age,
                gmina_map=json.dumps(
                    {k: v for k, v in plan.gmina_map.items() if k in used}, ensure_ascii=False
                ),
            )
            session.add(survey)
            session.flush()
            for position, question in enumerate(questions):
                if progress is not None:
                    if progress.cancelled:
                        raise Cancelled()
                    progress.update(position, len(questions), question.text)
                session.add(
                    SurveyQuestion(
                        partnership_id=plan.partnership_id,
                        survey_id=survey.id,
                        position=position,
                        key=question.key,
                        text=question.text,
                        type=question.type.value,
                        options=json.dumps(question.options, ensure_ascii=False),
                        rows=json.dumps(question.rows, ensure_ascii=False),
                        answers=blobs[position],
                    )
                )
            survey_id = survey.id
        return ImportResult(
            survey_id, True, plan.parsed.response_count, len(questions), plan.title.strip()
        )

    def _check(self, plan: ImportPlan) -> None:
        title = plan.title.strip()
        if not title:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Podaj tytuł ankiety."), field="title")
        if len(title) > TITLE_LIMIT:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Tytuł ankiety jest dłuższy niż {limit} znaków."),
                field="title",
                limit=TITLE_LIMIT,
            )
        if not plan.questions:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors", "W pliku „{file}” nie wybrano żadnego pytania do importu."
                ),
                file=plan.parsed.file_name,
            )
        keys = {q.key for q in plan.questions}
        for role in (plan.roles.gmina, plan.roles.gender, plan.roles.age):
            if role is not None and role not in keys:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Pytanie „{question}” służy do podziału wyników, więc musi zostać "
                        "zaimportowane.",
                    ),
                    question=role,
                )
        unknown = sorted(c for c in plan.gmina_map.values() if self.services.teryt.get(c) is None)
        if unknown:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Nieznany kod TERYT {code}."), code=unknown[0]
            )

    # -- changes ----------------------------------------------------------------------

    def update(self, survey_id: str, **changes: object) -> None:
        """Change the title, kind, notes, roles or gmina mapping of a stored survey."""
        allowed = {"title", "kind", "notes", "gmina_key", "gender_key", "age_key", "gmina_map"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        values = dict(changes)
        if "gmina_map" in values and not isinstance(values["gmina_map"], str):
            values["gmina_map"] = json.dumps(values["gmina_map"], ensure_ascii=False)
        if "kind" in values:
            values["kind"] = parse_kind(str(values["kind"])).value
        if "title" in values and not str(values["title"]).strip():
            raise UserError(QT_TRANSLATE_NOOP("errors", "Podaj tytuł ankiety."), field="title")
        self.services.records.update("survey", survey_id, values)

    def delete(self, survey_id: str) -> None:
        """Tombstone a survey and its questions (they travel as deletions)."""
        from cwd_desktop.domain.survey import Survey, SurveyQuestion

        with self.store.unit_of_work() as session:
            survey = session.get(Survey, survey_id)
            if survey is None or survey.is_deleted:
                raise UserError(
                    QT_TRANSLATE_NOOP("errors", "Nie ma ankiety „{survey}”."), survey=survey_id
                )
            now = utcnow()
            survey.deleted_at = now
            for question in session.query(SurveyQuestion).filter_by(survey_id=survey_id):
                if question.deleted_at is None:
                    question.deleted_at = now

    def restore(self, survey_id: str) -> None:
        """Bring back a deleted survey (undo of a delete)."""
        from cwd_desktop.domain.survey import Survey, SurveyQuestion

        with self.store.unit_of_work() as session:
            survey = session.get(Survey, survey_id)
            if survey is None:
                return
            deleted = survey.deleted_at
            survey.deleted_at = None
            for question in session.query(SurveyQuestion).filter_by(survey_id=survey_id):
                if question.deleted_at == deleted:
                    question.deleted_at = None


def with_roles(plan: ImportPlan, roles: Roles) -> ImportPlan:
    """The plan with other role questions (the gmina mapping kept for the same question)."""
    same_gmina = roles.gmina == plan.roles.gmina
    return replace(plan, roles=roles, gmina_map=dict(plan.gmina_map) if same_gmina else {})

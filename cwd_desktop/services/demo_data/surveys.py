"""Demo surveys: a residents' survey and a youth survey for each demo partnership.

Answers are drawn from the weighted pools of ``demo_content.surveys`` with a
fixed seed per partnership, so the demo is the same on every machine, and
go through the same ``plan`` / ``store_plan`` path as a real import (the
hash of the generated answers makes a second ``demo`` add nothing).
"""

from __future__ import annotations

import hashlib
import random
from typing import TYPE_CHECKING

from cwd_desktop.domain.vocab import SurveyKind
from cwd_desktop.services.demo_content.surveys import (
    GENDERS,
    QUESTIONNAIRES,
    Closed,
    Grid,
    Open,
    Questionnaire,
)
from cwd_desktop.services.survey_import.model import (
    Answer,
    ParsedSurvey,
    Question,
    QuestionType,
    Source,
)

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services
    from cwd_desktop.services.teryt import Jst

ORDER = 40

_SOURCES = {"residents": Source.GOOGLE_FORMS, "youth": Source.MICROSOFT_FORMS}


def _choose(rng: random.Random, options: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]


def _gmina_labels(members: list[Jst]) -> dict[str, str]:
    """How residents write their gmina: the name, or ``Name – miasto`` where two share it."""
    gminy = [j for j in members if j.is_gmina]
    names = [j.name for j in gminy]
    labels = {}
    for jst in gminy:
        if names.count(jst.name) > 1:
            suffix = "miasto" if jst.kind == "gmina miejska" else "gmina wiejska"
            labels[f"{jst.name} – {suffix}"] = jst.code
        else:
            labels[jst.name] = jst.code
    return labels


def _question(key: str, qtype: QuestionType, options: list[str], rows: list[str]) -> Question:
    return Question(key=key, text=key, type=qtype, columns=(), options=options, rows=rows)


def _answers(
    rng: random.Random, item: Closed | Grid | Open, count: int
) -> tuple[Question, list[Answer]]:
    if isinstance(item, Open):
        texts: list[Answer] = [
            rng.choice(item.answers) if rng.random() < item.answered else None for _ in range(count)
        ]
        return _question(item.text, QuestionType.TEXT, [], []), texts
    options = [o for o, _ in item.options]
    if isinstance(item, Grid):
        grid: list[Answer] = [
            {row: _choose(rng, item.options) for row in item.rows if rng.random() < 0.95}
            for _ in range(count)
        ]
        return _question(item.text, QuestionType.GRID, options, list(item.rows)), grid
    if item.pick > 1:
        chosen: list[Answer] = []
        for _ in range(count):
            picked = {_choose(rng, item.options) for _ in range(rng.randint(1, item.pick))}
            chosen.append(tuple(o for o in options if o in picked))
        return _question(item.text, QuestionType.MULTIPLE, options, []), chosen
    if all(o.isdigit() for o in options):
        scale: list[Answer] = [float(_choose(rng, item.options)) for _ in range(count)]
        return _question(item.text, QuestionType.SCALE, options, []), scale
    single: list[Answer] = [_choose(rng, item.options) for _ in range(count)]
    return _question(item.text, QuestionType.SINGLE, options, []), single


def generate(
    form: Questionnaire, members: list[Jst], seed: str
) -> tuple[ParsedSurvey, dict[str, str]]:
    """A parsed survey of ``form`` for a partnership of ``members``, and its gmina mapping."""
    rng = random.Random(f"{form.kind}-{seed}")
    count = rng.randint(*form.size)
    gminy = _gmina_labels(members)
    names = list(gminy)
    weights = [3 if "miasto" in name else 1 + rng.random() for name in names]
    questions = [
        _question(form.gmina_text, QuestionType.SINGLE, names, []),
        _question(form.gender_text, QuestionType.SINGLE, [g for g, _ in GENDERS], []),
        _question(form.age_text, QuestionType.NUMBER, [], []),
    ]
    answers: dict[str, list[Answer]] = {
        form.gmina_text: list(rng.choices(names, weights=weights, k=count)),
        form.gender_text: [_choose(rng, GENDERS) for _ in range(count)],
        form.age_text: [
            float(int(rng.triangular(*form.ages, form.age_mode))) for _ in range(count)
        ],
    }
    for item in form.questions:
        question, values = _answers(rng, item, count)
        questions.append(question)
        answers[question.key] = values
    digest = hashlib.sha256(repr((form.title, seed, answers)).encode("utf-8")).hexdigest()
    parsed = ParsedSurvey(
        file_name=f"{form.title}.xlsx",
        sha256=digest,
        source=_SOURCES[form.kind],
        headers=[q.text for q in questions],
        metadata=[],
        questions=questions,
        rows=list(range(2, count + 2)),
        answers=answers,
    )
    return parsed, gminy


def fill(services: Services, partnerships: dict[str, str]) -> None:
    """Add the two demo surveys to each demo partnership that has no survey yet."""
    for short_name, partnership_id in partnerships.items():
        if services.surveys.list(partnership_id):
            continue
        members = services.partnerships.get(partnership_id).members
        for form in QUESTIONNAIRES:
            parsed, gminy = generate(form, members, short_name)
            plan = services.surveys.plan(parsed, partnership_id, SurveyKind(form.kind), form.title)
            plan.gmina_map = gminy
            services.surveys.store_plan(plan)

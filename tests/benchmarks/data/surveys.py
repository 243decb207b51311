"""Survey responses of every partnership: 200,000 at full scale.

Each partnership gets a residents' survey and a youth survey (two thirds of
its respondents answer the first), made by the demo's questionnaire
generator and stored through ``services.surveys``, the path a real import
takes, so the stored blobs and the outbox look as after real use.
"""

from __future__ import annotations

import random
from dataclasses import replace

from cwd_desktop.domain.vocab import SurveyKind
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo_content.surveys import RESIDENTS, YOUTH
from cwd_desktop.services.demo_data.surveys import generate
from tests.benchmarks.data.stakeholders import shares

FULL_RESPONSES = 200_000


def create(services: Services, rng: random.Random, scale: float) -> dict[str, int]:
    """Store two surveys per partnership; return the survey and response counts."""
    views = services.partnerships.list()
    total = round(FULL_RESPONSES * scale)
    per_partnership = shares(rng, [rng.uniform(0.5, 1.5) for _ in views], total)
    surveys = questions = responses = 0
    for view, count in zip(views, per_partnership, strict=True):
        residents = round(count * 2 / 3)
        for form, n in ((RESIDENTS, residents), (YOUTH, count - residents)):
            if n <= 0:
                continue
            sized = replace(form, size=(n, n))
            parsed, gminy = generate(sized, view.members, f"{view.id}:{rng.random()}")
            plan = services.surveys.plan(parsed, view.id, SurveyKind(form.kind), form.title)
            plan.gmina_map = gminy
            questions += services.surveys.store_plan(plan).questions
            surveys += 1
            responses += n
    return {"surveys": surveys, "survey_questions": questions, "survey_responses": responses}

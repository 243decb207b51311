"""Consultation events of every partnership and their 100,000 comments (full scale).

Each partnership holds 5–15 events within its advisory period (open
meetings in village halls, workshops, written comments, online forms…),
each with a few stakeholders taking part. One partnership, the one with the
most member gminy, is heavy: it gets ``HEAVY_SHARE`` of all comments, so
the filter-as-you-type benchmark has a large per-partnership table; the
rest are spread over the others. About half the comments come from the
partnership's stakeholders, the rest from residents.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import TYPE_CHECKING

from cwd_desktop.domain.vocab import ConsultationForm as F
from cwd_desktop.domain.vocab import StakeholderCategory
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView
from tests.benchmarks.data import polish
from tests.benchmarks.data.batches import row_id, save
from tests.benchmarks.data.places import Village
from tests.benchmarks.data.remarks import comment_text
from tests.benchmarks.data.stakeholders import places, shares

if TYPE_CHECKING:
    from cwd_desktop.domain import Synced

FULL_COMMENTS = 100_000
HEAVY_SHARE = 0.3
EVENTS = (5, 15)

FORM_WEIGHTS = {
    F.OPEN_MEETING: 30, F.WORKSHOP: 15, F.INTERVIEW: 5, F.SURVEY: 8, F.DUTY_HOURS: 8,
    F.WRITTEN: 14, F.ONLINE_FORM: 14, F.WORKING_GROUP: 6,
}  # fmt: skip
#: How many comments an event of each form collects, relative to the others.
FORM_YIELD = {
    F.OPEN_MEETING: 3, F.WORKSHOP: 2, F.INTERVIEW: 0.5, F.SURVEY: 4, F.DUTY_HOURS: 1,
    F.WRITTEN: 4, F.ONLINE_FORM: 6, F.WORKING_GROUP: 1,
}  # fmt: skip
SUBJECTS = (
    "Projekt strategii rozwoju ponadlokalnego {short}",
    "Diagnoza sytuacji społeczno-gospodarczej i przestrzennej obszaru {short}",
    "Wnioski z diagnozy i wizja rozwoju partnerstwa",
    "Lista przedsięwzięć priorytetowych {short}",
    "Model struktury funkcjonalno-przestrzennej",
    "Koncepcja wspólnej oferty turystycznej partnerstwa",
    "Plan zrównoważonego transportu publicznego dla gmin partnerstwa",
)
NOTES = (
    "",
    "Ogłoszenie w BIP, na stronach gmin i na tablicach sołeckich.",
    "Frekwencja niższa niż zakładano; część uwag przesłano później mailem.",
    "Spotkanie prowadził doradca CWD; lista obecności w załączniku.",
    "Uwagi zebrano na formularzu papierowym i w formularzu online.",
)


def _place(rng: random.Random, form: F, code: str, gmina: str, villages: list[Village]) -> str:
    """Where an event was held: a village hall, the gmina office, or online."""
    village = rng.choice(villages)
    if form in (F.ONLINE_FORM, F.SURVEY):
        return "formularz na stronie internetowej partnerstwa"
    office = polish.office(code[-1], gmina)[1]
    if form is F.WRITTEN:
        return f"{office} (uwagi pisemne i e-mailem)"
    return rng.choice(
        (
            f"Świetlica wiejska w {village.loc}",
            f"{office}, sala konferencyjna",
            f"Remiza OSP w {village.loc}",
            f"Szkoła Podstawowa w {village.loc}",
        )
    )


def _stakeholders(services: Services, partnership_id: str) -> list[tuple[str, str, str]]:
    """(id, name, category) of the partnership's stakeholders, in a stable order."""
    rows = services.store.reader().execute(
        "SELECT id, name, category FROM stakeholder"
        " WHERE partnership_id = ? AND deleted_at IS NULL ORDER BY id",
        (partnership_id,),
    )
    return [(str(a), str(b), str(c)) for a, b, c in rows]


def _events(
    rng: random.Random, view: PartnershipView, gminy: list[tuple[str, str, str, list[Village]]]
) -> list[dict[str, object]]:
    """The fields of a partnership's consultation events, oldest first."""
    start = view.data.advisory_start or date(2022, 6, 1)
    end = view.data.advisory_end or start + timedelta(days=400)
    span = max(30, (end - start).days)
    events = []
    for _ in range(rng.randint(*EVENTS)):
        form = rng.choices(list(FORM_WEIGHTS), list(FORM_WEIGHTS.values()))[0]
        code, gmina, _, villages = rng.choice(gminy)
        held = start + timedelta(days=rng.randrange(span))
        announced = comments_until = None
        if rng.random() < 0.6:  # a formal comment period (art. 6)
            announced = held - timedelta(days=rng.randint(3, 20))
            days = rng.randint(21, 30) if rng.random() < 0.1 else rng.randint(35, 50)
            comments_until = announced + timedelta(days=days)
        events.append(
            {
                "held_on": held,
                "subject": rng.choice(SUBJECTS).format(short=view.data.short_name),
                "form": form.value,
                "place": _place(rng, form, code, gmina, villages),
                "teryt": code,
                "announced_on": announced,
                "comments_until": comments_until,
                "participants": rng.randint(0, 15) if form is F.INTERVIEW else rng.randint(8, 120),
                "notes": rng.choice(NOTES),
            }
        )
    events.sort(key=lambda e: e["held_on"])  # type: ignore[arg-type,return-value]
    return events


def _partnership_rows(
    services: Services, rng: random.Random, view: PartnershipView, n_comments: int
) -> Iterator[Synced]:
    from cwd_desktop.domain import Comment, Consultation, ConsultationStakeholder

    gminy = places(services, view)
    villages = {code: pool for code, _, _, pool in gminy}
    stakeholders = _stakeholders(services, view.id)
    events = _events(rng, view, gminy)
    weights = [FORM_YIELD[F(str(e["form"]))] * rng.uniform(0.5, 1.5) for e in events]
    for fields, n in zip(events, shares(rng, weights, n_comments), strict=True):
        event_id = row_id(rng)
        yield Consultation(id=event_id, partnership_id=view.id, **fields)
        taking_part = rng.sample(stakeholders, min(len(stakeholders), rng.randint(2, 8)))
        for stakeholder_id, _, _ in taking_part:
            yield ConsultationStakeholder(
                id=row_id(rng),
                partnership_id=view.id,
                consultation_id=event_id,
                stakeholder_id=stakeholder_id,
            )
        pool = villages[str(fields["teryt"])]
        for number in range(1, n + 1):
            if stakeholders and rng.random() < 0.55:
                stakeholder_id, author, category = rng.choice(stakeholders)
                who: dict[str, object] = {
                    "author": author,
                    "stakeholder_id": stakeholder_id,
                    "author_category": category,
                }
            else:
                resident = rng.random() < 0.7
                who = {
                    "author": polish.person(rng),
                    "stakeholder_id": None,
                    "author_category": StakeholderCategory.RESIDENTS.value if resident else None,
                }
            yield Comment(
                id=row_id(rng),
                partnership_id=view.id,
                consultation_id=event_id,
                number=number,
                **who,
                **comment_text(rng, pool),
            )


def heavy_partnership(views: list[PartnershipView]) -> PartnershipView:
    """The partnership that gets ``HEAVY_SHARE`` of the comments: most member gminy, by name."""
    return max(views, key=lambda v: sum(1 for j in v.members if j.is_gmina))


def create(services: Services, rng: random.Random, scale: float) -> dict[str, int]:
    """Store every partnership's consultation log through the ORM; return counts."""
    from cwd_desktop.domain import Comment, Consultation

    views = services.partnerships.list()
    total = round(FULL_COMMENTS * scale)
    heavy = heavy_partnership(views)
    others = [v for v in views if v.id != heavy.id]
    heavy_n = round(total * HEAVY_SHARE) if others else total
    spread = shares(rng, [rng.uniform(0.5, 1.5) for _ in others], total - heavy_n)
    counts = dict(zip((v.id for v in others), spread, strict=True)) | {heavy.id: heavy_n}
    tally = {"consultations": 0, "comments": 0}

    def rows() -> Iterator[Synced]:
        for view in views:
            for obj in _partnership_rows(services, rng, view, counts[view.id]):
                if isinstance(obj, Consultation):
                    tally["consultations"] += 1
                elif isinstance(obj, Comment):
                    tally["comments"] += 1
                yield obj

    stored = save(services.store, rows())
    links = stored - tally["consultations"] - tally["comments"]
    return tally | {"consultation_stakeholders": links, "heavy_comments": heavy_n}

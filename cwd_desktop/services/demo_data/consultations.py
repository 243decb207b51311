"""Demo consultation log: events with comments on transport, tourism, water and schools.

PGZB and MOF Bolesławiec consulted in the past (fixed dates along their
advisory timelines); the MOF draft strategy was announced with a 32-day
comment period, so the art. 6 warning shows. PZŁ is consulting now (dates
are offsets from today), so some comments still wait for a disposition and
the report date lies ahead. A comment cites a stakeholder of the register
when it names one (same category, a distinctive word of its name), else it
keeps its author's name; the organisations that spoke are the event's participants.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from cwd_desktop.domain.text import fold
from cwd_desktop.services.app import Services
from cwd_desktop.services.consultation_reads import StakeholderRef, register_stakeholders
from cwd_desktop.services.demo_content.consultations import MOF, PGZB, PZL, Day, Event, Remark

ORDER = 30

GENERIC = frozenset(
    {
        "gmina",
        "gminy",
        "solectwo",
        "stowarzyszenie",
        "fundacja",
        "parafia",
        "zespol",
        "szkol",
        "powiatowy",
        "urzad",
        "lokalna",
        "grupa",
        "dzialania",
        "miasta",
        "mlodziezowa",
        "przyjaciol",
        "ziemi",
        "organizacji",
        "rolnikow",
        "panstwowe",
        "gospodarstwo",
        "zaklad",
        "publiczny",
    }
)


def _stems(text: str, places: set[str]) -> set[str]:
    """Five-letter stems of the distinctive words (Polish inflects endings: Huszlew, Huszlewie).

    The partnership's own place names are left out: "w Łosicach" says where,
    not who.
    """
    words = re.findall(r"\w+", fold(text))
    return {w[:5] for w in words if len(w) >= 5 and w not in GENERIC} - places


def _cite(remark: Remark, refs: list[StakeholderRef], places: set[str]) -> StakeholderRef | None:
    """The register's stakeholder of the remark's category that the remark names, if any."""
    said = _stems(f"{remark.author} {remark.content}", places)
    for ref in refs:
        if fold(ref.name) == fold(remark.author) or _stems(ref.name, places) & said:
            return ref
    return None


PLANS: dict[str, tuple[Event, ...]] = {"PGZB": PGZB, "MOF Bolesławiec": MOF, "PZŁ": PZL}


def _day(value: Day | None, today: date) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return today + timedelta(days=value)


def fill(services: Services, partnerships: dict[str, str], today: date | None = None) -> None:
    """Add the demo consultation log to each demo partnership that has none yet."""
    today = today or date.today()
    conn = services.store.reader()
    for short, plan in PLANS.items():
        partnership_id = partnerships.get(short)
        if partnership_id is None:
            continue
        existing = conn.execute(
            "SELECT 1 FROM consultation WHERE partnership_id = ? AND deleted_at IS NULL LIMIT 1",
            (partnership_id,),
        ).fetchone()
        if existing is None:
            _fill_partnership(services, partnership_id, plan, today)


def _fill_partnership(
    services: Services, partnership_id: str, plan: tuple[Event, ...], today: date
) -> None:
    by_category: dict[str, list[StakeholderRef]] = {}
    for known in register_stakeholders(services.store, partnership_id):
        by_category.setdefault(known.category, []).append(known)
    members = services.partnerships.get(partnership_id).members
    places = set().union(*(_stems(jst.name, set()) for jst in members))
    records = services.records
    for event in plan:
        event_id = records.create(
            "consultation",
            partnership_id,
            {
                "held_on": _day(event.held_on, today),
                "subject": event.subject,
                "form": event.form,
                "place": event.place,
                "teryt": event.teryt,
                "announced_on": _day(event.announced_on, today),
                "comments_until": _day(event.comments_until, today),
                "participants": event.participants,
                "notes": event.notes,
            },
        )
        cited: dict[str, StakeholderRef] = {}
        rows: list[Mapping[str, Any]] = []
        for number, remark in enumerate(event.remarks, start=1):
            ref = _cite(remark, by_category.get(remark.category, []), places)
            if ref is not None:
                cited[ref.id] = ref
            rows.append(
                {
                    "consultation_id": event_id,
                    "number": number,
                    "author": ref.name if ref is not None else remark.author,
                    "stakeholder_id": ref.id if ref is not None else None,
                    "author_category": remark.category,
                    "section": remark.section,
                    "content": remark.content,
                    "proposal": remark.proposal,
                    "disposition": remark.disposition,
                    "justification": remark.justification,
                }
            )
        records.create_many("comment", partnership_id, rows)
        # Participants: those cited, and one organisation of each category that spoke.
        for category in dict.fromkeys(r.category for r in event.remarks):
            refs = by_category.get(category, [])
            if (
                refs
                and category not in ("residents", "youth")
                and not any(ref.category == category for ref in cited.values())
            ):
                cited[refs[0].id] = refs[0]
        records.create_many(
            "consultation_stakeholder",
            partnership_id,
            [{"consultation_id": event_id, "stakeholder_id": sid} for sid in cited],
        )

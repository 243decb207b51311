"""Demo diagnosis: indicators 2019–2024 for every member JST, a SWOT, conclusions, both surveys.

Values are drawn from each JST's profile (``demo_content.diagnosis``) with a
seed made of the partnership, the indicator and the TERYT code, so the demo
is the same on every machine. They go through ``diagnosis.write_indicators``
(the importer's path). Runs after the surveys (``ORDER`` 48 > 40) so both
demo surveys can be included in the report. A partnership that already has
any diagnosis content gets nothing.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from cwd_desktop.services import diagnosis_reads as reads
from cwd_desktop.services.demo_content.diagnosis import (
    CONCLUSIONS,
    FIRST_YEAR,
    INDICATORS,
    LAST_YEAR,
    PROFILES,
    SOURCE,
    SWOT,
    Profile,
)

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services

ORDER = 48

YEARS = range(FIRST_YEAR, LAST_YEAR + 1)
Series = Callable[[random.Random, Profile], list[float]]


def _walk(rng: random.Random, start: float, step: float, noise: float, digits: int) -> list[float]:
    """``start`` moving by ``step`` a year with a little noise, rounded."""
    return [round(start + step * t + rng.uniform(-noise, noise), digits) for t in range(len(YEARS))]


def _population(rng: random.Random, p: Profile) -> list[float]:
    start = p.people * rng.uniform(0.994, 1.006)
    return [
        float(round(start * (1 + p.growth + rng.uniform(-0.001, 0.001)) ** t))
        for t in range(len(YEARS))
    ]


def _migration(rng: random.Random, p: Profile) -> list[float]:
    base = 5.5 if p.suburban else -2.8 if p.urban else -4.5 + 120 * (p.growth + 0.008)
    return _walk(rng, base, 0.1, 1.3, 1)


def _elderly(rng: random.Random, p: Profile) -> list[float]:
    start = (23.5 if p.urban else 21.0) + rng.uniform(-1.0, 1.5) - (2.0 if p.suburban else 0.0)
    return _walk(rng, start, 0.55, 0.15, 1)


def _unemployment(rng: random.Random, p: Profile) -> list[float]:
    # A bump in 2020 (the pandemic), then a steady fall.
    shape = (1.0, 1.08, 0.98, 0.9, 0.85, 0.81)
    return [round(p.unemployment * k + rng.uniform(-0.25, 0.25), 1) for k in shape]


def _businesses(rng: random.Random, p: Profile) -> list[float]:
    start = 118.0 if p.urban else 92.0 if p.suburban else 68.0
    return _walk(rng, start + rng.uniform(-8, 8), 2.4, 0.8, 1)


def _own_income(rng: random.Random, p: Profile) -> list[float]:
    start = 2450.0 if p.urban else 2100.0 if p.suburban else 1350.0
    start *= rng.uniform(0.9, 1.15)
    return [round(start * (1.075 + rng.uniform(-0.02, 0.02)) ** t, 2) for t in range(len(YEARS))]


def _preschool(rng: random.Random, p: Profile) -> list[float]:
    start = 92.0 if p.urban else 84.0 if p.suburban else 71.0 + rng.uniform(0, 9)
    return [min(round(v, 1), 100.0) for v in _walk(rng, start, 1.6, 0.9, 1)]


def _water(rng: random.Random, p: Profile) -> list[float]:
    start = p.area_km2 * 0.62 + p.people / 1000 * (1.5 if p.urban else 0.4) + rng.uniform(-6, 6)
    return _walk(rng, start, rng.uniform(0.4, 2.2), 0.2, 1)


def _sewage(rng: random.Random, p: Profile) -> list[float]:
    start = 94.0 if p.urban else 58.0 if p.suburban else 24.0 + rng.uniform(0, 18)
    return [min(round(v, 1), 99.5) for v in _walk(rng, start, 0.9 if p.urban else 1.8, 0.3, 1)]


_SERIES: dict[str, Series] = {
    "population": _population,
    "migration": _migration,
    "elderly": _elderly,
    "unemployment": _unemployment,
    "businesses": _businesses,
    "own_income": _own_income,
    "preschool": _preschool,
    "water": _water,
    "sewage": _sewage,
}


def indicator_values(short_name: str, key: str, codes: list[str]) -> dict[tuple[str, int], float]:
    """The demo values of one indicator for these JST: (TERYT, year) -> value."""
    values: dict[tuple[str, int], float] = {}
    profiles = PROFILES.get(short_name, {})
    for code in codes:
        profile = profiles.get(code)
        if profile is None:
            continue
        rng = random.Random(f"{short_name}|{key}|{code}")
        for year, value in zip(YEARS, _SERIES[key](rng, profile), strict=True):
            values[(code, year)] = value
    return values


def fill(services: Services, partnerships: dict[str, str]) -> None:
    """Add the diagnosis of each demo partnership that has none yet."""
    from cwd_desktop.services import diagnosis

    for short_name, partnership_id in partnerships.items():
        if short_name not in PROFILES or reads.has_content(services.store, partnership_id):
            continue
        members = services.partnerships.get(partnership_id).members
        gminy = [j.code for j in members if j.is_gmina]
        everyone = [j.code for j in members]
        items = [
            diagnosis.IndicatorWrite(
                spec.name,
                spec.unit,
                SOURCE,
                spec.area,
                indicator_values(short_name, spec.key, everyone if spec.powiat else gminy),
            )
            for spec in INDICATORS
        ]
        diagnosis.write_indicators(services, partnership_id, items)
        records = services.records
        for quadrant, texts in SWOT[short_name].items():
            records.create_many(
                "swot_item",
                partnership_id,
                [{"quadrant": quadrant, "text": t, "position": n} for n, t in enumerate(texts)],
            )
        records.create_many(
            "conclusion",
            partnership_id,
            [
                {"area": area, "text": text, "position": n}
                for n, (area, text) in enumerate(CONCLUSIONS[short_name])
            ],
        )
        surveys = sorted(services.surveys.list(partnership_id), key=lambda s: s.kind != "residents")
        records.create_many(
            "diagnosis_survey",
            partnership_id,
            [{"survey_id": s.id, "position": n} for n, s in enumerate(surveys)],
        )

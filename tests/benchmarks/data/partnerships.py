"""The partnerships of a full programme, built from real units of the TERC register.

A partnership is a group of neighbouring JST. TERC carries no geometry, so
"neighbouring" is approximated by the administrative tree: a partnership
starts from one powiat, takes a core gmina (a town for the MOF and small-town
OSI types), the powiat itself now and then, and more gminy of that powiat,
spilling into the next powiat of the same voivodeship (by code) when it needs
more. Every JST is in at most one partnership, as in the programme.

Everything is decided from the ``random.Random`` handed in and from sorted
register data (never from set or dict-of-set order), so one seed gives one
data set in any process.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import TypeVar

from cwd_desktop import resources
from cwd_desktop.domain.text import fold
from cwd_desktop.domain.vocab import (
    FORMAL_CRITERIA,
    MERIT_MAX,
    Edition,
    FormalBasis,
    Osi,
    Stage,
    StrategyType,
)
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipData
from cwd_desktop.store.teryt import parse_terc
from tests.benchmarks.data import polish

#: The CWD Plus programme (DOMAIN.md): 77 partnerships, 700 JST.
FULL_PARTNERSHIPS = 77
FULL_JST = 700
MIN_SIZE, MAX_SIZE = 3, 18

E = TypeVar("E", bound=StrEnum)

THEMES = (
    "transport publiczny i dojazdy do pracy",
    "turystyka i dziedzictwo kulturowe",
    "usługi społeczne i opieka nad seniorami",
    "dostęp do ochrony zdrowia",
    "edukacja zawodowa dopasowana do rynku pracy",
    "rewitalizacja centrów miejscowości",
    "gospodarka wodna i retencja",
    "odnawialne źródła energii i efektywność energetyczna",
    "przetwórstwo rolno-spożywcze",
    "strefy aktywności gospodarczej",
    "cyfryzacja usług publicznych",
    "zatrzymanie młodych mieszkańców",
    "ścieżki rowerowe i infrastruktura rekreacyjna",
    "gospodarka odpadami",
)
OSI_NOTES = {
    Osi.MARGINALISED: "Obszar zagrożony trwałą marginalizacją: odpływ ludności, niskie dochody "
    "własne gmin, słaby dostęp do usług.",
    Osi.MEDIUM_CITY: "Miasto średnie tracące funkcje społeczno-gospodarcze wraz z obszarem "
    "funkcjonalnym.",
    Osi.SMALL_TOWN: "Obszar funkcjonalny małego miasta powiatowego.",
}
BASIS_NOTES = {
    FormalBasis.AGREEMENT: "Umowa partnerska z {day}",
    FormalBasis.LETTER_OF_INTENT: "List intencyjny podpisany {day}",
    FormalBasis.ACCORD: "Porozumienie międzygminne z {day}",
    FormalBasis.ASSOCIATION: "Stowarzyszenie wpisane do KRS {day}",
    FormalBasis.UNION: "Statut związku międzygminnego ogłoszony {day}",
}


@dataclass(frozen=True)
class Unit:
    """A JST of the register as the generator needs it."""

    code: str
    name: str
    rodz: str  # "1" miejska, "2" wiejska, "3" miejsko-wiejska, "" powiat


@dataclass
class Powiat:
    """A powiat ziemski and its gminy still free for a partnership."""

    unit: Unit
    gminy: list[Unit]
    powiat_free: bool = True
    started: bool = False


@dataclass
class Geography:
    """Powiaty ziemskie per voivodeship, sorted by code, with free gminy."""

    voivodeships: dict[str, list[Powiat]] = field(default_factory=dict)

    @classmethod
    def from_register(cls) -> Geography:
        """Read the shipped TERC file (the one the store loads)."""
        rows = parse_terc(resources.teryt_file())
        geography = cls()
        powiaty: dict[str, Powiat] = {}
        for row in rows:
            if row["pow"] and not row["gmi"] and row["kind"] == "powiat":
                powiat = Powiat(Unit(row["code"], row["name"], ""), [])
                powiaty[row["code"]] = powiat
                geography.voivodeships.setdefault(row["woj"], []).append(powiat)
        for row in rows:
            owner = powiaty.get(row["woj"] + row["pow"])
            if owner is not None and row["gmi"] and row["rodz"] in {"1", "2", "3"}:
                owner.gminy.append(Unit(row["code"], row["name"], row["rodz"]))
        for powiaty_of in geography.voivodeships.values():
            powiaty_of.sort(key=lambda p: p.unit.code)
        return geography

    def gmina_counts(self) -> dict[str, int]:
        """Gminy in powiaty ziemskie per voivodeship code."""
        return {
            woj: sum(len(p.gminy) for p in powiaty)
            for woj, powiaty in sorted(self.voivodeships.items())
        }


def cover(rng: random.Random, values: Sequence[E], n: int, weights: Sequence[float]) -> list[E]:
    """``n`` values where each one occurs at least once (when ``n`` allows), shuffled."""
    picked = list(values[:n]) + rng.choices(values, weights=weights, k=max(0, n - len(values)))
    rng.shuffle(picked)
    return picked


def allocate(rng: random.Random, counts: dict[str, int], n: int) -> list[str]:
    """A voivodeship code for each of ``n`` partnerships.

    With 16 or more, every voivodeship gets one and the rest go in proportion
    to its number of gminy (largest remainder); with fewer, distinct
    voivodeships are drawn.
    """
    codes = sorted(counts)
    if n < len(codes):
        return rng.sample(codes, n)
    extra = n - len(codes)
    total = sum(counts.values())
    shares = {c: extra * counts[c] / total for c in codes}
    given = {c: 1 + int(shares[c]) for c in codes}
    by_remainder = sorted(codes, key=lambda c: (-(shares[c] - int(shares[c])), c))
    for code in by_remainder[: n - sum(given.values())]:
        given[code] += 1
    result = [c for c in codes for _ in range(given[c])]
    rng.shuffle(result)
    return result


def sizes(rng: random.Random, n: int, total: int) -> list[int]:
    """``n`` partnership sizes between MIN_SIZE and MAX_SIZE summing to ``total``."""
    mean = total / n
    result = [max(MIN_SIZE, min(MAX_SIZE, round(rng.gauss(mean, mean / 3)))) for _ in range(n)]
    while (diff := total - sum(result)) != 0:
        i = rng.randrange(n)
        step = 1 if diff > 0 else -1
        if MIN_SIZE <= result[i] + step <= MAX_SIZE:
            result[i] += step
    return result


def _cores(powiat: Powiat, osi: Osi) -> list[Unit]:
    """Free gminy a partnership of this OSI type can be built around.

    A MOF grows around a town (gmina miejska), a small-town area around an
    urban-rural gmina, and both around the powiat's seat (its name shares the
    stem of the powiat's: Łosice, łosicki); a marginalised area around any
    rural or urban-rural gmina.
    """
    if osi is Osi.MARGINALISED:
        return [g for g in powiat.gminy if g.rodz in {"2", "3"}]
    kinds = {"1"} if osi is Osi.MEDIUM_CITY else {"3", "1"}
    stem = fold(powiat.unit.name)[:4]
    return [g for g in powiat.gminy if g.rodz in kinds and fold(g.name).startswith(stem)]


def _pick_members(
    rng: random.Random, powiaty: list[Powiat], osi: Osi, size: int
) -> tuple[Powiat, Unit, list[str]]:
    """The start powiat, the core gmina and the member codes (core first)."""
    fresh = [p for p in powiaty if not p.started]
    candidates = (
        [p for p in fresh if _cores(p, osi)]
        or [p for p in fresh if p.gminy]
        or [p for p in powiaty if p.gminy]
    )
    roomy = [p for p in candidates if len(p.gminy) + 1 >= size]
    start = rng.choice(roomy or candidates)
    start.started = True
    core = rng.choice(_cores(start, osi) or start.gminy)
    start.gminy.remove(core)
    members = [core.code]
    if start.powiat_free and osi is not Osi.MEDIUM_CITY and rng.random() < 0.3:
        start.powiat_free = False
        members.append(start.unit.code)
    index = powiaty.index(start)
    for powiat in powiaty[index:] + powiaty[:index]:
        rng.shuffle(powiat.gminy)
        while powiat.gminy and len(members) < size:
            members.append(powiat.gminy.pop().code)
        if len(members) >= size:
            break
    return start, core, members


def _names(
    rng: random.Random, osi: Osi, basis: FormalBasis, start: Powiat, core: Unit
) -> list[tuple[str, str]]:
    """(name, short name) candidates, most natural first; the caller keeps a unique one."""
    masc = polish.powiat_genitive(start.unit.name, masculine=True)
    fem = polish.powiat_genitive(start.unit.name, masculine=False)
    if osi is Osi.MEDIUM_CITY:
        names = [
            f"Miejski Obszar Funkcjonalny miasta {core.name}",
            f"Partnerstwo Miasta {core.name} i Gmin Ościennych",
        ]
        rng.shuffle(names)
        shorts = (f"MOF {core.name}", f"MOF {core.name} {fem}")
        return [(n, short) for n in names for short in shorts]
    if osi is Osi.SMALL_TOWN:
        names = [f"Partnerstwo Ziemi {fem}", f"Obszar Funkcjonalny Gminy {core.name}"]
        fallback = f"OF {core.name}"
    else:
        head = {
            FormalBasis.ASSOCIATION: "Stowarzyszenie",
            FormalBasis.UNION: "Związek",
        }.get(basis, "Partnerstwo")
        names = [f"{head} Gmin Powiatu {masc}", f"{head} Gmin Ziemi {fem}"]
        rng.shuffle(names)
        fallback = f"{polish.acronym(head)}G {core.name}"
    return [(n, short) for n in names for short in (polish.acronym(n), fallback)]


def _dates(rng: random.Random, edition: Edition) -> dict[str, date]:
    """The five key dates, in order, within the edition's time frame."""
    if edition is Edition.PILOT:
        formed = date(2020, 6, 1) + timedelta(days=rng.randrange(120))
        last = date(2022, 3, 31)
    else:
        formed = date(2022, 1, 15) + timedelta(days=rng.randrange(120))
        last = date(2023, 6, 30)
    selected = formed + timedelta(days=rng.randrange(20, 60))
    start = selected + timedelta(days=rng.randrange(15, 75))
    end = min(last, start + timedelta(days=rng.randrange(300, 450)))
    adopted = start + timedelta(days=rng.randrange(200, max(201, (end - start).days - 20)))
    return {
        "formed_on": formed,
        "selected_on": selected,
        "advisory_start": start,
        "strategy_adopted_on": adopted,
        "advisory_end": end,
    }


def _council(units: dict[str, Unit], members: list[str]) -> str:
    """One line per member JST: its head's title; the leader chairs."""
    lines = []
    for i, code in enumerate(members):
        unit = units[code]
        title = (
            f"Starosta {polish.capitalised(unit.name)}"
            if not unit.rodz
            else polish.office(unit.rodz, unit.name)[0]
        )
        lines.append(title + (" (przewodniczący rady)" if i == 0 else ""))
    return "\n".join(lines)


def plan(rng: random.Random, scale: float) -> list[PartnershipData]:
    """The partnerships of the data set, ready for ``PartnershipService.create``."""
    n = max(1, round(FULL_PARTNERSHIPS * scale))
    total = min(n * MAX_SIZE, max(n * MIN_SIZE, round(FULL_JST * scale)))
    geography = Geography.from_register()
    units = {
        u.code: u
        for powiaty in geography.voivodeships.values()
        for p in powiaty
        for u in [p.unit, *p.gminy]
    }
    voivodeships = allocate(rng, geography.gmina_counts(), n)
    member_counts = sizes(rng, n, total)
    osis = cover(rng, list(Osi), n, (0.55, 0.2, 0.25))
    editions = cover(rng, list(Edition), n, (0.35, 0.65))
    stages = cover(rng, list(Stage), n, (0.15, 0.2, 0.25, 0.25, 0.15))
    strategies = cover(rng, list(StrategyType), n, (0.7, 0.1, 0.2))
    bases = cover(rng, list(FormalBasis), n, (0.3, 0.3, 0.3, 0.05, 0.05))
    advisor_pool = [polish.person(rng) for _ in range(max(2, n * 2 // 3))]
    used: set[str] = set()
    result = []
    for i in range(n):
        osi, basis = osis[i], bases[i]
        powiaty = geography.voivodeships[voivodeships[i]]
        start, core, members = _pick_members(rng, powiaty, osi, member_counts[i])
        name, short = next(
            (
                (nm, sh)
                for nm, sh in _names(rng, osi, basis, start, core)
                if nm.casefold() not in used and sh.casefold() not in used
            ),
            (f"Partnerstwo nr {i + 1} ({core.name})", f"P{i + 1}"),
        )
        used.update((name.casefold(), short.casefold()))
        dates = _dates(rng, editions[i])
        criteria = {c.field: int(rng.random() < 0.93) for c in FORMAL_CRITERIA}
        criteria |= {
            f: rng.choices(range(MERIT_MAX + 1), weights=(1, 2, 4, 8, 8, 5))[0]
            for f in ("merit_srw", "merit_links", "merit_experience")
        }
        themes = ", ".join(rng.sample(THEMES, 3))
        result.append(
            PartnershipData(
                name=name,
                short_name=short,
                voivodeship=voivodeships[i],
                osi=osi,
                edition=editions[i],
                strategy_type=strategies[i],
                formal_basis=basis,
                formal_basis_note=BASIS_NOTES[basis].format(
                    day=polish.long_date(dates["formed_on"])
                ),
                leader_teryt=core.code,
                members=members,
                council=_council(units, members),
                coordinator=f"{polish.person(rng)} ({polish.office(core.rodz, core.name)[1]})",
                advisors="\n".join(rng.sample(advisor_pool, rng.choice((1, 2, 2)))),
                stage=stages[i],
                notes=f"{OSI_NOTES[osi]} Priorytety: {themes}.",
                criteria=criteria,
                **dates,
            )
        )
    return result


def create(services: Services, rng: random.Random, scale: float) -> dict[str, int]:
    """Create the partnerships through the service, as the dialog does; return counts."""
    planned = plan(rng, scale)
    for data in planned:
        services.partnerships.create(data)
    return {"partnerships": len(planned), "jst": sum(len(d.members) for d in planned)}

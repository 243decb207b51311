"""The stakeholder registers of all partnerships (20,000 at full scale) and their contacts.

Each partnership gets a share of the stakeholders in proportion to its
number of member gminy (with some spread), each located in one member gmina
and named after one of its villages the way Polish organisations are named:
"OSP w Zalesiu", "KGW „Jarzębina” w Woli", "Parafia pw. św. Anny w Gaju",
"Drew-Bud Sp. z o.o.". About a third have one or two contact persons with a
consent record.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from cwd_desktop.domain.text import fold
from cwd_desktop.domain.vocab import StakeholderCategory as C
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView
from tests.benchmarks.data import polish
from tests.benchmarks.data.batches import row_id, save
from tests.benchmarks.data.places import (
    BRANDS,
    CLUB_NAMES,
    DEDICATIONS,
    GUEST_HOUSES,
    HUNTING_CLUBS,
    KGW_NAMES,
    PATRONS,
    RIVERS,
    Village,
    village_pool,
)

if TYPE_CHECKING:
    from cwd_desktop.domain import Synced

FULL_STAKEHOLDERS = 20_000
#: Share of stakeholders with contact persons, and of those with two.
CONTACT_SHARE, SECOND_CONTACT = 0.35, 0.25

#: How common each category is in a register (a rural area: many sołectwa,
#: OSP, KGW and small firms; one or two LGD).
WEIGHTS: dict[C, float] = {
    C.SOLECTWO: 12, C.OSP: 9, C.KGW: 9, C.LGD: 0.4, C.NGO: 12, C.BUSINESS: 18,
    C.BUSINESS_ORG: 2, C.FARMER: 8, C.PUBLIC: 6, C.SCHOOL: 6, C.PARISH: 4,
    C.YOUTH: 4, C.RESIDENTS: 4, C.NEIGHBOUR_JST: 1, C.OTHER: 4,
}  # fmt: skip
#: Typical (influence, interest) per category; each stakeholder varies by ±1.
STANDING: dict[C, tuple[int, int]] = {
    C.SOLECTWO: (3, 4), C.OSP: (3, 3), C.KGW: (2, 4), C.LGD: (4, 4), C.NGO: (2, 4),
    C.BUSINESS: (3, 2), C.BUSINESS_ORG: (4, 3), C.FARMER: (2, 3), C.PUBLIC: (4, 3),
    C.SCHOOL: (3, 3), C.PARISH: (3, 2), C.YOUTH: (1, 3), C.RESIDENTS: (2, 5),
    C.NEIGHBOUR_JST: (4, 2), C.OTHER: (2, 2),
}  # fmt: skip
ROLES: dict[C, tuple[str, ...]] = {
    C.SOLECTWO: ("sołtys", "sołtyska", "członek rady sołeckiej"),
    C.OSP: ("prezes OSP", "naczelnik OSP", "skarbnik OSP"),
    C.KGW: ("przewodnicząca koła", "skarbniczka koła"),
    C.LGD: ("prezes zarządu LGD", "specjalista ds. wdrażania LSR"),
    C.NGO: ("prezes stowarzyszenia", "członek zarządu", "koordynator projektów"),
    C.BUSINESS: ("właściciel", "prezes zarządu", "kierownik zakładu"),
    C.BUSINESS_ORG: ("prezes", "dyrektor biura"),
    C.FARMER: ("rolnik", "prezes grupy producentów"),
    C.PUBLIC: ("dyrektor", "kierownik", "specjalista"),
    C.SCHOOL: ("dyrektor szkoły", "wicedyrektor", "pedagog szkolny"),
    C.PARISH: ("proboszcz", "przewodniczący rady parafialnej"),
    C.YOUTH: ("przewodniczący rady", "opiekun", "trener"),
    C.RESIDENTS: ("przedstawiciel mieszkańców", "lider grupy"),
    C.NEIGHBOUR_JST: ("wójt", "sekretarz gminy", "kierownik referatu rozwoju"),
    C.OTHER: ("prezes", "opiekun klubu"),
}
TRADES = (
    "Przedsiębiorstwo Handlowo-Usługowe", "Zakład Stolarski", "Usługi Transportowe",
    "Piekarnia", "Zakład Mięsny", "Tartak", "Ferma Drobiu", "Sklep Spożywczo-Przemysłowy",
    "Warsztat Samochodowy", "Biuro Rachunkowe", "Zakład Usług Leśnych",
    "Stacja Kontroli Pojazdów", "Hurtownia Materiałów Budowlanych", "Usługi Remontowo-Budowlane",
)  # fmt: skip
FIRM_SUFFIXES = ("Bud", "Pol", "Trans", "Met", "Drew", "Rol", "Hurt", "Med", "Tech", "Kom")
CONSENT_PURPOSES = (
    "kontakt w sprawie konsultacji strategii partnerstwa",
    "zaproszenia na spotkania i warsztaty partnerstwa",
    "udział w grupie roboczej i przesyłanie materiałów",
    "kontakt w sprawie naboru przedsięwzięć do strategii",
)
MAIL_DOMAINS = ("gmail.com", "wp.pl", "o2.pl", "interia.pl", "onet.pl", "poczta.fm")


@dataclass(frozen=True)
class Place:
    """Where a stakeholder is: a member gmina, one of its villages, names around it."""

    gmina: str  # TERYT code
    gmina_name: str
    powiat_fem: str  # "Łosickiej" (Ziemi …)
    village: Village
    neighbours: tuple[str, ...]  # names of gminy outside the partnership


Namer = Callable[[random.Random, Place], str]


def _firm(rng: random.Random, p: Place) -> str:
    person = polish.person(rng)
    surname = person.split()[1]
    coined = f"{surname[:3]}-{rng.choice(FIRM_SUFFIXES)}"
    return rng.choice(
        (
            f"{rng.choice(TRADES)} {person}",
            f"{coined} Sp. z o.o.",
            f"PPHU „{rng.choice(BRANDS)}” {person}",
            f"{surname} i Synowie Sp. j.",
            f"{rng.choice(TRADES)} „{rng.choice(BRANDS)}” s.c.",
            f"Gospodarstwo Agroturystyczne „{rng.choice(GUEST_HOUSES)}” w {p.village.loc}",
        )
    )


NAMERS: dict[C, tuple[Namer, ...]] = {
    C.SOLECTWO: (lambda r, p: f"Sołectwo {p.village.nom}",),
    C.OSP: (
        lambda r, p: f"OSP w {p.village.loc}",
        lambda r, p: f"Ochotnicza Straż Pożarna w {p.village.loc}",
    ),
    C.KGW: (
        lambda r, p: f"KGW {p.village.nom}",
        lambda r, p: f"Koło Gospodyń Wiejskich w {p.village.loc}",
        lambda r, p: f"KGW „{r.choice(KGW_NAMES)}” w {p.village.loc}",
    ),
    C.LGD: (
        lambda r, p: f"Stowarzyszenie Lokalna Grupa Działania „Dolina {r.choice(RIVERS)}”",
        lambda r, p: f"LGD „Ziemia {p.powiat_fem}”",
    ),
    C.NGO: (
        lambda r, p: f"Stowarzyszenie Przyjaciół {p.village.gen}",
        lambda r, p: f"Stowarzyszenie na rzecz Rozwoju Wsi {p.village.nom}",
        lambda r, p: f"Stowarzyszenie „Razem dla {p.village.gen}”",
        lambda r, p: f"Fundacja Rozwoju Ziemi {p.powiat_fem}",
        lambda r, p: f"Stowarzyszenie Kulturalne „{r.choice(KGW_NAMES)}” w {p.village.loc}",
        lambda r, p: f"Towarzystwo Przyjaciół Ziemi {p.powiat_fem}",
    ),
    C.BUSINESS: (_firm,),
    C.BUSINESS_ORG: (
        lambda r, p: f"Cech Rzemiosł Różnych Ziemi {p.powiat_fem}",
        lambda r, p: f"Stowarzyszenie Przedsiębiorców Gminy {p.gmina_name}",
        lambda r, p: f"Izba Gospodarcza Ziemi {p.powiat_fem}",
    ),
    C.FARMER: (
        lambda r, p: f"Gospodarstwo rolne {polish.person(r)}, {p.village.nom}",
        lambda r, p: f"Spółdzielnia Mleczarska „{r.choice(BRANDS)}”",
        lambda r, p: f"Grupa Producentów Owoców „{r.choice(BRANDS)}” Sp. z o.o.",
        lambda r, p: f"Koło Rolników w {p.village.loc}",
    ),
    C.PUBLIC: (
        lambda r, p: f"Ośrodek Pomocy Społecznej Gminy {p.gmina_name}",
        lambda r, p: f"Biblioteka Publiczna Gminy {p.gmina_name}",
        lambda r, p: f"Nadleśnictwo {p.village.nom}",
        lambda r, p: f"Ośrodek Zdrowia w {p.village.loc}",
        lambda r, p: f"Ośrodek Kultury Gminy {p.gmina_name}",
        lambda r, p: f"Wody Polskie – Nadzór Wodny w {p.village.loc}",
    ),
    C.SCHOOL: (
        lambda r, p: f"Szkoła Podstawowa w {p.village.loc}",
        lambda r, p: f"Szkoła Podstawowa im. {r.choice(PATRONS)} w {p.village.loc}",
        lambda r, p: f"Przedszkole Samorządowe w {p.village.loc}",
        lambda r, p: f"Zespół Szkolno-Przedszkolny w {p.village.loc}",
    ),
    C.PARISH: (
        lambda r, p: f"Parafia pw. {r.choice(DEDICATIONS)} w {p.village.loc}",
        lambda r, p: f"Parafia Rzymskokatolicka pw. {r.choice(DEDICATIONS)} w {p.village.loc}",
    ),
    C.YOUTH: (
        lambda r, p: f"Młodzieżowa Rada Gminy {p.gmina_name}",
        lambda r, p: f"LKS „{r.choice(CLUB_NAMES)}” {p.village.nom}",
        lambda r, p: f"Uczniowski Klub Sportowy „{r.choice(CLUB_NAMES)}” w {p.village.loc}",
        lambda r, p: f"Drużyna harcerska ZHP w {p.village.loc}",
    ),
    C.RESIDENTS: (
        lambda r, p: f"Komitet budowy drogi w {p.village.loc}",
        lambda r, p: f"Mieszkańcy {p.village.gen} – grupa nieformalna",
        lambda r, p: f"Grupa nieformalna „Aktywni” z {p.village.gen}",
    ),
    C.NEIGHBOUR_JST: (lambda r, p: f"Gmina {r.choice(p.neighbours)}",),
    C.OTHER: (
        lambda r, p: f"Koło Wędkarskie PZW {p.village.nom}",
        lambda r, p: f"Koło Łowieckie „{r.choice(HUNTING_CLUBS)}”",
        lambda r, p: f"Uniwersytet Trzeciego Wieku w {p.village.loc}",
        lambda r, p: f"Klub Seniora w {p.village.loc}",
    ),
}
NOTES = (
    "",
    "",
    "",
    "Aktywni na zebraniach wiejskich.",
    "Zgłaszali uwagi do diagnozy.",
    "Chętni do udziału w grupie roboczej.",
    "Prowadzą zajęcia dla dzieci i seniorów.",
    "Partner w projektach LGD.",
    "Kontakt najlepiej telefoniczny, po południu.",
)


def shares(rng: random.Random, weights: list[float], total: int) -> list[int]:
    """``total`` split in proportion to ``weights`` (largest remainder), summing exactly."""
    whole = sum(weights)
    exact = [total * w / whole for w in weights]
    given = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - given[i]), i))
    for i in order[: total - sum(given)]:
        given[i] += 1
    return given


def _neighbours(services: Services, view: PartnershipView) -> tuple[str, ...]:
    """Gminy of the members' powiaty that are not members (the neighbour JST)."""
    members = {j.code for j in view.members}
    powiaty = sorted({j.code[:4] for j in view.members})
    conn = services.store.reader()
    names: list[str] = []
    for powiat in powiaty:
        rows = conn.execute(
            "SELECT code, name FROM teryt_unit WHERE code LIKE ? AND length(code) = 7"
            " AND rodz IN ('1', '2', '3') ORDER BY code",
            (powiat + "%",),
        )
        names.extend(name for code, name in rows if code not in members)
    return tuple(names) or ("Sąsiednia",)


def places(services: Services, view: PartnershipView) -> list[tuple[str, str, str, list[Village]]]:
    """(code, name, powiat adjective in the genitive, villages) of each member gmina."""
    result = []
    for jst in sorted(view.members, key=lambda j: j.code):
        if not jst.is_gmina:
            continue
        fem = polish.powiat_genitive(jst.powiat, masculine=False) if jst.powiat else jst.name
        result.append((jst.code, jst.name, fem, village_pool(jst.code)))
    return result


def _stakeholders(
    services: Services, rng: random.Random, view: PartnershipView, n: int
) -> Iterator[Synced]:
    from cwd_desktop.domain import ContactPerson, Stakeholder

    gminy = places(services, view)
    neighbours = _neighbours(services, view)
    categories = list(WEIGHTS)
    weights = list(WEIGHTS.values())
    seen: set[tuple[str, str]] = set()
    for _ in range(n):
        for _attempt in range(20):
            code, gmina_name, fem, villages = rng.choice(gminy)
            place = Place(code, gmina_name, fem, rng.choice(villages), neighbours)
            category = rng.choices(categories, weights)[0]
            name = rng.choice(NAMERS[category])(rng, place)
            if (fold(name), code) not in seen:
                break
        seen.add((fold(name), code))
        influence, interest = STANDING[category]
        stakeholder_id = row_id(rng)
        yield Stakeholder(
            id=stakeholder_id,
            partnership_id=view.id,
            name=name,
            category=category.value,
            teryt=code,
            place=place.village.nom,
            influence=max(1, min(5, influence + rng.choice((-1, 0, 0, 1)))),
            interest=max(1, min(5, interest + rng.choice((-1, 0, 0, 1)))),
            notes=rng.choice(NOTES),
        )
        if rng.random() < CONTACT_SHARE:
            for _contact in range(2 if rng.random() < SECOND_CONTACT else 1):
                yield ContactPerson(
                    id=row_id(rng),
                    partnership_id=view.id,
                    stakeholder_id=stakeholder_id,
                    **contact(rng, category),
                )


def phone(rng: random.Random) -> str:
    """A Polish mobile number as people write it: ``+48 512 345 678`` or ``512345678``."""
    digits = f"{rng.choice('5678')}{rng.randrange(10**8):08d}"
    if rng.random() < 0.3:
        return digits
    return "+48 " + " ".join(digits[i : i + 3] for i in (0, 3, 6))


def contact(rng: random.Random, category: C) -> dict[str, object]:
    """A fictitious contact person's fields, with a consent record (sometimes withdrawn)."""
    name = polish.person(rng)
    first, last = fold(name).split()
    consent = date(2022, 3, 1) + timedelta(days=rng.randrange(900))
    withdrawn = consent + timedelta(days=rng.randrange(30, 400)) if rng.random() < 0.04 else None
    return {
        "name": name,
        "role": rng.choice(ROLES[category]),
        "phone": phone(rng),
        "email": f"{first}.{last}{rng.choice(('', '1', '77'))}@{rng.choice(MAIL_DOMAINS)}",
        "consent_purpose": rng.choice(CONSENT_PURPOSES),
        "consent_on": consent,
        "consent_withdrawn_on": withdrawn,
    }


def create(services: Services, rng: random.Random, scale: float) -> dict[str, int]:
    """Store every partnership's register through the ORM; return counts."""
    from cwd_desktop.domain import ContactPerson

    views = services.partnerships.list()
    total = round(FULL_STAKEHOLDERS * scale)
    weights = [sum(1 for j in v.members if j.is_gmina) * rng.uniform(0.7, 1.3) for v in views]
    counts = shares(rng, weights, total)
    rows = (
        obj
        for view, n in zip(views, counts, strict=True)
        for obj in _stakeholders(services, rng, view, n)
    )
    contacts = 0

    def counted() -> Iterator[Synced]:
        nonlocal contacts
        for obj in rows:
            contacts += isinstance(obj, ContactPerson)
            yield obj

    stored = save(services.store, counted())
    return {"stakeholders": stored - contacts, "contact_persons": contacts}

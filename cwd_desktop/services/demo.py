"""A realistic demo programme so that a newcomer never opens an empty page.

Three partnerships built from real TERYT gminy, one for each OSI type. The
people are fictitious. Running the demo again adds nothing that is already there.
"""

from __future__ import annotations

import importlib
import pkgutil
from datetime import date
from typing import Any

from cwd_desktop.domain.vocab import (
    FORMAL_CRITERIA,
    Edition,
    FormalBasis,
    Osi,
    Stage,
    StrategyType,
)
from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipData

ALL_FORMAL = {c.field: 1 for c in FORMAL_CRITERIA}

DEMO_PARTNERSHIPS: tuple[PartnershipData, ...] = (
    PartnershipData(
        name="Partnerstwo Gmin Ziemi Braniewskiej",
        short_name="PGZB",
        osi=Osi.MARGINALISED,
        edition=Edition.PILOT,
        strategy_type=StrategyType.SUPRALOCAL,
        formal_basis=FormalBasis.ACCORD,
        formal_basis_note="Porozumienie międzygminne z 14 października 2020 r.",
        leader_teryt="2802011",
        members=["2802011", "2802022", "2802033", "2802042", "2802053", "2802062", "2802072"],
        council="Burmistrz Miasta Braniewa (przewodniczący)\nWójt Gminy Braniewo\n"
        "Burmistrz Fromborka\nWójt Gminy Lelkowo\nBurmistrz Pieniężna\n"
        "Wójt Gminy Płoskinia\nWójt Gminy Wilczęta",
        coordinator="Anna Kowalczyk (Urząd Miasta Braniewa)",
        advisors="Marek Wiśniewski\nKatarzyna Zielińska",
        stage=Stage.STRATEGY,
        notes="Obszar przygraniczny z wysokim bezrobociem i odpływem ludności; "
        "priorytety: transport publiczny, turystyka Zalewu Wiślanego, usługi społeczne.",
        criteria={**ALL_FORMAL, "merit_srw": 4, "merit_links": 4, "merit_experience": 3},
        formed_on=date(2020, 10, 14),
        selected_on=date(2020, 11, 30),
        advisory_start=date(2021, 1, 11),
        advisory_end=date(2022, 3, 31),
    ),
    PartnershipData(
        name="Bolesławieckie Partnerstwo Rozwoju",
        short_name="MOF Bolesławiec",
        osi=Osi.MEDIUM_CITY,
        edition=Edition.PLUS,
        strategy_type=StrategyType.IIT,
        formal_basis=FormalBasis.AGREEMENT,
        formal_basis_note="Umowa partnerska gmin Miejskiego Obszaru Funkcjonalnego Bolesławca.",
        leader_teryt="0201011",
        members=["0201011", "0201022", "0201032", "0201043", "0201052", "0201062"],
        council="Prezydent Miasta Bolesławiec (przewodniczący)\nWójt Gminy Bolesławiec\n"
        "Wójt Gminy Gromadka\nBurmistrz Nowogrodźca\nWójt Gminy Osiecznica\n"
        "Wójt Gminy Warta Bolesławiecka",
        coordinator="Tomasz Nowak (Urząd Miasta Bolesławiec)",
        advisors="Joanna Lewandowska",
        stage=Stage.DIAGNOSIS,
        notes="Miasto średnie tracące funkcje społeczno-gospodarcze wraz z obszarem "
        "funkcjonalnym; ceramika, logistyka przy A4, rewitalizacja śródmieścia.",
        criteria={**ALL_FORMAL, "merit_srw": 5, "merit_links": 5, "merit_experience": 4},
        formed_on=date(2022, 4, 20),
        selected_on=date(2022, 6, 15),
        advisory_start=date(2022, 9, 1),
        advisory_end=date(2023, 6, 30),
    ),
    PartnershipData(
        name="Partnerstwo Ziemi Łosickiej",
        short_name="PZŁ",
        osi=Osi.SMALL_TOWN,
        edition=Edition.PLUS,
        strategy_type=StrategyType.SUPRALOCAL,
        formal_basis=FormalBasis.LETTER_OF_INTENT,
        formal_basis_note="List intencyjny gmin powiatu łosickiego i Powiatu Łosickiego.",
        leader_teryt="1410023",
        members=["1410023", "1410012", "1410032", "1410042", "1410052", "1410062", "1410"],
        council="Burmistrz Łosic (przewodniczący)\nWójtowie gmin Huszlew, Olszanka, "
        "Platerów, Sarnaki, Stara Kornica\nStarosta Łosicki",
        coordinator="Ewa Sadowska (Urząd Miasta i Gminy Łosice)",
        advisors="Piotr Kamiński\nAgnieszka Wójcik",
        stage=Stage.WORKPLAN,
        notes="Obszar funkcjonalny małego miasta powiatowego; rolnictwo, przetwórstwo "
        "spożywcze, dostęp do usług zdrowotnych i edukacji.",
        criteria={
            **ALL_FORMAL,
            "crit_remote_tools": 0,
            "merit_srw": 3,
            "merit_links": 4,
            "merit_experience": 2,
        },
        formed_on=date(2022, 5, 9),
        selected_on=date(2022, 6, 15),
        advisory_start=date(2022, 10, 3),
    ),
)


def fill_demo(services: Services) -> list[str]:
    """Add the demo partnerships that are not there yet, then every area's demo content.

    Returns the short names of the partnerships added.
    """
    added: list[str] = []
    ids: dict[str, str] = {}
    for data in DEMO_PARTNERSHIPS:
        try:
            ids[data.short_name] = services.partnerships.get(data.short_name).id
            continue
        except UserError:
            pass
        ids[data.short_name] = services.partnerships.create(data)
        added.append(data.short_name)
    for part in _demo_parts():
        part.fill(services, ids)
    return added


def _demo_parts() -> list[Any]:
    """The area modules of ``services.demo_data``, in their declared order."""
    from cwd_desktop.services import demo_data

    modules = [
        importlib.import_module(f"{demo_data.__name__}.{info.name}")
        for info in pkgutil.iter_modules(demo_data.__path__)
    ]
    return sorted(modules, key=lambda m: int(getattr(m, "ORDER", 100)))

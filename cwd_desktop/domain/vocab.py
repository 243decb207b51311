"""The programme's controlled vocabularies (DOMAIN.md), with Polish labels.

Codes are stable English identifiers stored in the database and printed by
``--json``; labels are Polish source strings in the ``vocab`` translation
context, translated by the UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cwd_desktop.i18n import QT_TRANSLATE_NOOP

VOCAB_CONTEXT = "vocab"


class Osi(StrEnum):
    """OSI (obszar strategicznej interwencji) types served by CWD."""

    MARGINALISED = "marginalised"
    MEDIUM_CITY = "medium_city"
    SMALL_TOWN = "small_town"


class Edition(StrEnum):
    """Programme edition in which the partnership is advised."""

    PILOT = "pilot"
    PLUS = "plus"


class StrategyType(StrEnum):
    """Kind of territorial strategy the partnership prepares."""

    SUPRALOCAL = "supralocal"
    ZIT = "zit"
    IIT = "iit"


class FormalBasis(StrEnum):
    """Legal form of the partnership."""

    AGREEMENT = "agreement"
    LETTER_OF_INTENT = "letter_of_intent"
    ACCORD = "accord"
    ASSOCIATION = "association"
    UNION = "union"


class Stage(StrEnum):
    """Current advisory stage (Komponent I steps, then Komponent II)."""

    WORKPLAN = "workplan"
    DIAGNOSIS = "diagnosis"
    STRATEGY = "strategy"
    IMPLEMENTATION = "implementation"
    COMPONENT_II = "component_ii"


LABELS: dict[StrEnum, str] = {
    Osi.MARGINALISED: QT_TRANSLATE_NOOP("vocab", "obszary zagrożone trwałą marginalizacją"),
    Osi.MEDIUM_CITY: QT_TRANSLATE_NOOP(
        "vocab", "miasta średnie tracące funkcje społeczno-gospodarcze"
    ),
    Osi.SMALL_TOWN: QT_TRANSLATE_NOOP("vocab", "obszary funkcjonalne małych miast powiatowych"),
    Edition.PILOT: QT_TRANSLATE_NOOP("vocab", "pilotaż CWD"),
    Edition.PLUS: QT_TRANSLATE_NOOP("vocab", "CWD Plus"),
    StrategyType.SUPRALOCAL: QT_TRANSLATE_NOOP("vocab", "strategia rozwoju ponadlokalnego"),
    StrategyType.ZIT: QT_TRANSLATE_NOOP("vocab", "strategia ZIT"),
    StrategyType.IIT: QT_TRANSLATE_NOOP("vocab", "strategia IIT"),
    FormalBasis.AGREEMENT: QT_TRANSLATE_NOOP("vocab", "umowa"),
    FormalBasis.LETTER_OF_INTENT: QT_TRANSLATE_NOOP("vocab", "list intencyjny"),
    FormalBasis.ACCORD: QT_TRANSLATE_NOOP("vocab", "porozumienie"),
    FormalBasis.ASSOCIATION: QT_TRANSLATE_NOOP("vocab", "stowarzyszenie"),
    FormalBasis.UNION: QT_TRANSLATE_NOOP("vocab", "związek"),
    Stage.WORKPLAN: QT_TRANSLATE_NOOP("vocab", "Komponent I: plan pracy"),
    Stage.DIAGNOSIS: QT_TRANSLATE_NOOP("vocab", "Komponent I: diagnoza"),
    Stage.STRATEGY: QT_TRANSLATE_NOOP("vocab", "Komponent I: strategia"),
    Stage.IMPLEMENTATION: QT_TRANSLATE_NOOP("vocab", "Komponent I: wdrożenie"),
    Stage.COMPONENT_II: QT_TRANSLATE_NOOP("vocab", "Komponent II: doradztwo projektowe"),
}


def label(value: StrEnum) -> str:
    """The Polish display name of a vocabulary value."""
    return LABELS[value]


@dataclass(frozen=True)
class Criterion:
    """One selection criterion: the column that stores it and its Polish label."""

    field: str
    label: str


#: The 8 formal 0/1 criteria the marshal's office checks (DOMAIN.md, Selection).
FORMAL_CRITERIA: tuple[Criterion, ...] = (
    Criterion("crit_area", QT_TRANSLATE_NOOP("vocab", "obszar i zainicjowana współpraca")),
    Criterion("crit_council", QT_TRANSLATE_NOOP("vocab", "powołana rada partnerstwa")),
    Criterion("crit_commitment", QT_TRANSLATE_NOOP("vocab", "zobowiązanie do współpracy")),
    Criterion("crit_coordinator", QT_TRANSLATE_NOOP("vocab", "wyznaczony koordynator projektu")),
    Criterion(
        "crit_remote_tools",
        QT_TRANSLATE_NOOP("vocab", "zobowiązanie do stosowania narzędzi pracy zdalnej"),
    ),
    Criterion("crit_publish", QT_TRANSLATE_NOOP("vocab", "deklaracja publikacji produktów")),
    Criterion(
        "crit_public_services",
        QT_TRANSLATE_NOOP("vocab", "wola koordynacji usług publicznych"),
    ),
    Criterion("crit_scope", QT_TRANSLATE_NOOP("vocab", "akceptacja zakresu doradztwa")),
)

#: The 3 merit criteria, scored 0..MERIT_MAX points each.
MERIT_CRITERIA: tuple[Criterion, ...] = (
    Criterion(
        "merit_srw", QT_TRANSLATE_NOOP("vocab", "spójność ze strategią rozwoju województwa (SRW)")
    ),
    Criterion(
        "merit_links",
        QT_TRANSLATE_NOOP("vocab", "pomysł na współpracę i powiązania funkcjonalne"),
    ),
    Criterion("merit_experience", QT_TRANSLATE_NOOP("vocab", "doświadczenie we współpracy")),
)
MERIT_MAX = 5

#: Kinds of TERYT units by RODZ, as the register names them.
GMINA_KINDS = {
    "1": QT_TRANSLATE_NOOP("vocab", "gmina miejska"),
    "2": QT_TRANSLATE_NOOP("vocab", "gmina wiejska"),
    "3": QT_TRANSLATE_NOOP("vocab", "gmina miejsko-wiejska"),
}
POWIAT_KIND = QT_TRANSLATE_NOOP("vocab", "powiat")
CITY_POWIAT_KIND = QT_TRANSLATE_NOOP("vocab", "miasto na prawach powiatu")

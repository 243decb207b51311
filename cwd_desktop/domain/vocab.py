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


class StakeholderCategory(StrEnum):
    """Built-in stakeholder categories (DOMAIN.md); users may add their own per partnership."""

    SOLECTWO = "solectwo"
    OSP = "osp"
    KGW = "kgw"
    LGD = "lgd"
    NGO = "ngo"
    BUSINESS = "business"
    BUSINESS_ORG = "business_org"
    FARMER = "farmer"
    PUBLIC = "public"
    SCHOOL = "school"
    PARISH = "parish"
    YOUTH = "youth"
    RESIDENTS = "residents"
    NEIGHBOUR_JST = "neighbour_jst"
    OTHER = "other"


class ConsultationForm(StrEnum):
    """How a consultation event was held."""

    OPEN_MEETING = "open_meeting"
    WORKSHOP = "workshop"
    INTERVIEW = "interview"
    SURVEY = "survey"
    DUTY_HOURS = "duty_hours"
    WRITTEN = "written"
    ONLINE_FORM = "online_form"
    WORKING_GROUP = "working_group"


class Disposition(StrEnum):
    """The rozstrzygnięcie of a consultation comment."""

    ACCEPTED = "accepted"
    PARTLY = "partly"
    REJECTED = "rejected"
    EXPLAINED = "explained"


class ActionStatus(StrEnum):
    """Progress of an action item from a meeting."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class SurveyKind(StrEnum):
    """Who a survey asked (DOMAIN.md "Surveys")."""

    RESIDENTS = "residents"
    YOUTH = "youth"
    BUSINESS = "business"
    LEADERS = "leaders"


LABELS.update(
    {
        StakeholderCategory.SOLECTWO: QT_TRANSLATE_NOOP("vocab", "sołectwo"),
        StakeholderCategory.OSP: QT_TRANSLATE_NOOP("vocab", "OSP (ochotnicza straż pożarna)"),
        StakeholderCategory.KGW: QT_TRANSLATE_NOOP("vocab", "KGW (koło gospodyń wiejskich)"),
        StakeholderCategory.LGD: QT_TRANSLATE_NOOP("vocab", "LGD (lokalna grupa działania)"),
        StakeholderCategory.NGO: QT_TRANSLATE_NOOP("vocab", "stowarzyszenie / fundacja (NGO)"),
        StakeholderCategory.BUSINESS: QT_TRANSLATE_NOOP("vocab", "przedsiębiorca"),
        StakeholderCategory.BUSINESS_ORG: QT_TRANSLATE_NOOP("vocab", "organizacja przedsiębiorców"),
        StakeholderCategory.FARMER: QT_TRANSLATE_NOOP("vocab", "rolnik / organizacja rolnicza"),
        StakeholderCategory.PUBLIC: QT_TRANSLATE_NOOP("vocab", "instytucja publiczna"),
        StakeholderCategory.SCHOOL: QT_TRANSLATE_NOOP("vocab", "szkoła / placówka oświatowa"),
        StakeholderCategory.PARISH: QT_TRANSLATE_NOOP("vocab", "parafia"),
        StakeholderCategory.YOUTH: QT_TRANSLATE_NOOP("vocab", "młodzież"),
        StakeholderCategory.RESIDENTS: QT_TRANSLATE_NOOP("vocab", "mieszkańcy / grupa nieformalna"),
        StakeholderCategory.NEIGHBOUR_JST: QT_TRANSLATE_NOOP("vocab", "JST sąsiednia"),
        StakeholderCategory.OTHER: QT_TRANSLATE_NOOP("vocab", "inne"),
        ConsultationForm.OPEN_MEETING: QT_TRANSLATE_NOOP("vocab", "spotkanie otwarte"),
        ConsultationForm.WORKSHOP: QT_TRANSLATE_NOOP("vocab", "warsztat"),
        ConsultationForm.INTERVIEW: QT_TRANSLATE_NOOP("vocab", "wywiad"),
        ConsultationForm.SURVEY: QT_TRANSLATE_NOOP("vocab", "ankieta"),
        ConsultationForm.DUTY_HOURS: QT_TRANSLATE_NOOP("vocab", "dyżur konsultacyjny"),
        ConsultationForm.WRITTEN: QT_TRANSLATE_NOOP("vocab", "uwagi pisemne"),
        ConsultationForm.ONLINE_FORM: QT_TRANSLATE_NOOP("vocab", "formularz online"),
        ConsultationForm.WORKING_GROUP: QT_TRANSLATE_NOOP("vocab", "spotkanie grupy roboczej"),
        Disposition.ACCEPTED: QT_TRANSLATE_NOOP("vocab", "uwzględniona"),
        Disposition.PARTLY: QT_TRANSLATE_NOOP("vocab", "uwzględniona częściowo"),
        Disposition.REJECTED: QT_TRANSLATE_NOOP("vocab", "nieuwzględniona"),
        Disposition.EXPLAINED: QT_TRANSLATE_NOOP("vocab", "wyjaśniona"),
        ActionStatus.OPEN: QT_TRANSLATE_NOOP("vocab", "otwarte"),
        ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("vocab", "w toku"),
        ActionStatus.DONE: QT_TRANSLATE_NOOP("vocab", "zakończone"),
        SurveyKind.RESIDENTS: QT_TRANSLATE_NOOP("vocab", "mieszkańcy"),
        SurveyKind.YOUTH: QT_TRANSLATE_NOOP("vocab", "młodzież"),
        SurveyKind.BUSINESS: QT_TRANSLATE_NOOP("vocab", "przedsiębiorcy"),
        SurveyKind.LEADERS: QT_TRANSLATE_NOOP("vocab", "liderzy lokalni"),
    }
)

#: art. 6 ust. 3-6 uzppr: minimum comment period and report deadline, in days.
MIN_COMMENT_PERIOD_DAYS = 35
REPORT_DUE_DAYS = 30

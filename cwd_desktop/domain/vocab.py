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


class _LabelTable(dict[tuple[type, str], str]):
    """Labels keyed by (vocabulary, code): codes repeat across vocabularies.

    StrEnum members compare and hash as their string, so a plain dict would
    let ``ProjectStatus.ACCEPTED`` overwrite the label of ``Disposition.ACCEPTED``.
    """

    def __init__(self, labels: dict[StrEnum, str]) -> None:
        super().__init__()
        self.update(labels)

    def update(self, labels: dict[StrEnum, str]) -> None:  # type: ignore[override]
        for value, text in labels.items():
            super().__setitem__((type(value), value.value), text)

    def of(self, value: StrEnum) -> str:
        return self[(type(value), value.value)]

    def has(self, value: StrEnum) -> bool:
        return (type(value), value.value) in self


LABELS = _LabelTable(
    {
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
)


def label(value: StrEnum) -> str:
    """The Polish display name of a vocabulary value."""
    return LABELS.of(value)


def code_of(enum: type[StrEnum], value: object) -> str | None:
    """The code of ``value`` typed as a code or as (words of) its Polish label; None if unknown.

    People type "OSP", "seminarium", "spotkanie regionalne" or "środowisko"
    rather than the whole label: every typed word must begin a word of the
    label (a Polish ending may differ: "środowisko" / "środowiska"), in any
    case and with or without diacritics. A value matching several entries is
    unknown rather than a guess.
    """
    from cwd_desktop.domain.text import fold

    typed = fold(str(value or "")).replace("/", " ").split()
    if not typed:
        return None
    joined = "".join(typed)
    found: set[str] = set()
    for member in enum:
        words = fold(label(member)).replace("/", " ").split() if LABELS.has(member) else []
        if joined in (member.value, "".join(words)):
            return member.value
        stems = [w[: max(4, len(w) - 2)] for w in typed]
        if words and all(any(lw.startswith(st) for lw in words) for st in stems):
            found.add(member.value)
    return found.pop() if len(found) == 1 else None


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


class Dimension(StrEnum):
    """The dimension of a strategic objective (art. 10e ust. 3 pkt 1 u.s.g.)."""

    SOCIAL = "social"
    ECONOMIC = "economic"
    SPATIAL = "spatial"


class SwotQuadrant(StrEnum):
    """The four fields of a SWOT analysis."""

    STRENGTH = "strength"
    WEAKNESS = "weakness"
    OPPORTUNITY = "opportunity"
    THREAT = "threat"


class PolicyObjective(StrEnum):
    """EU cohesion policy objectives 2021–2027 (Regulation 2021/1060 art. 5)."""

    PO1 = "po1"
    PO2 = "po2"
    PO3 = "po3"
    PO4 = "po4"
    PO5 = "po5"


class ThematicArea(StrEnum):
    """Thematic areas of the project package (DOMAIN.md)."""

    MUNICIPAL = "municipal"
    HEALTH = "health"
    EDUCATION = "education"
    CULTURE = "culture"
    SOCIO_ECONOMIC = "socio_economic"
    TRANSPORT = "transport"
    SAFETY = "safety"
    ENVIRONMENT = "environment"
    TOURISM = "tourism"
    HERITAGE = "heritage"


class FundingSource(StrEnum):
    """Where a project's money is expected from."""

    REGIONAL_FE = "regional_fe"
    FENIKS = "feniks"
    KPO = "kpo"
    NATIONAL = "national"
    OWN = "own"
    OTHER = "other"


class Readiness(StrEnum):
    """How far a project's preparation has gone."""

    IDEA = "idea"
    CONCEPT = "concept"
    DOCUMENTATION = "documentation"
    PERMITS = "permits"
    READY = "ready"


class ProjectStatus(StrEnum):
    """Where a project of the package stands."""

    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    IN_PREPARATION = "in_preparation"
    APPLIED = "applied"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    DROPPED = "dropped"


class IndicatorKind(StrEnum):
    """A project indicator measures an output (produkt) or a result (rezultat)."""

    OUTPUT = "output"
    RESULT = "result"


class DocumentKind(StrEnum):
    """The Word deliverables the app exports (``cwd-desktop export KIND``)."""

    WORKPLAN = "workplan"
    DIAGNOSIS = "diagnosis"
    STRATEGY = "strategy"
    PROJECTS = "projects"
    CONSULTATION_REPORT = "consultation-report"
    MINUTES = "minutes"
    APPLICATION = "application"
    IMPLEMENTATION_REPORT = "implementation-report"
    RECOMMENDATIONS = "recommendations"


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
    }
)
LABELS.update(
    {
        ConsultationForm.OPEN_MEETING: QT_TRANSLATE_NOOP("vocab", "spotkanie otwarte"),
        ConsultationForm.WORKSHOP: QT_TRANSLATE_NOOP("vocab", "warsztat"),
        ConsultationForm.INTERVIEW: QT_TRANSLATE_NOOP("vocab", "wywiad"),
        ConsultationForm.SURVEY: QT_TRANSLATE_NOOP("vocab", "ankieta"),
        ConsultationForm.DUTY_HOURS: QT_TRANSLATE_NOOP("vocab", "dyżur konsultacyjny"),
        ConsultationForm.WRITTEN: QT_TRANSLATE_NOOP("vocab", "uwagi pisemne"),
        ConsultationForm.ONLINE_FORM: QT_TRANSLATE_NOOP("vocab", "formularz online"),
        ConsultationForm.WORKING_GROUP: QT_TRANSLATE_NOOP("vocab", "spotkanie grupy roboczej"),
    }
)
LABELS.update(
    {
        Disposition.ACCEPTED: QT_TRANSLATE_NOOP("vocab", "uwzględniona"),
        Disposition.PARTLY: QT_TRANSLATE_NOOP("vocab", "uwzględniona częściowo"),
        Disposition.REJECTED: QT_TRANSLATE_NOOP("vocab", "nieuwzględniona"),
        Disposition.EXPLAINED: QT_TRANSLATE_NOOP("vocab", "wyjaśniona"),
    }
)
LABELS.update(
    {
        ActionStatus.OPEN: QT_TRANSLATE_NOOP("vocab", "otwarte"),
        ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("vocab", "w toku"),
        ActionStatus.DONE: QT_TRANSLATE_NOOP("vocab", "zakończone"),
    }
)
LABELS.update(
    {
        SurveyKind.RESIDENTS: QT_TRANSLATE_NOOP("vocab", "mieszkańcy"),
        SurveyKind.YOUTH: QT_TRANSLATE_NOOP("vocab", "młodzież"),
        SurveyKind.BUSINESS: QT_TRANSLATE_NOOP("vocab", "przedsiębiorcy"),
        SurveyKind.LEADERS: QT_TRANSLATE_NOOP("vocab", "liderzy lokalni"),
    }
)
LABELS.update(
    {
        Dimension.SOCIAL: QT_TRANSLATE_NOOP("vocab", "społeczny"),
        Dimension.ECONOMIC: QT_TRANSLATE_NOOP("vocab", "gospodarczy"),
        Dimension.SPATIAL: QT_TRANSLATE_NOOP("vocab", "przestrzenny"),
    }
)
LABELS.update(
    {
        SwotQuadrant.STRENGTH: QT_TRANSLATE_NOOP("vocab", "mocne strony"),
        SwotQuadrant.WEAKNESS: QT_TRANSLATE_NOOP("vocab", "słabe strony"),
        SwotQuadrant.OPPORTUNITY: QT_TRANSLATE_NOOP("vocab", "szanse"),
        SwotQuadrant.THREAT: QT_TRANSLATE_NOOP("vocab", "zagrożenia"),
    }
)
LABELS.update(
    {
        PolicyObjective.PO1: QT_TRANSLATE_NOOP(
            "vocab", "PO1 bardziej konkurencyjna i inteligentna Europa"
        ),
        PolicyObjective.PO2: QT_TRANSLATE_NOOP(
            "vocab", "PO2 bardziej przyjazna dla środowiska, niskoemisyjna Europa"
        ),
        PolicyObjective.PO3: QT_TRANSLATE_NOOP("vocab", "PO3 Europa lepiej połączona"),
        PolicyObjective.PO4: QT_TRANSLATE_NOOP(
            "vocab", "PO4 Europa o silniejszym wymiarze społecznym"
        ),
        PolicyObjective.PO5: QT_TRANSLATE_NOOP("vocab", "PO5 Europa bliższa obywatelom"),
    }
)
LABELS.update(
    {
        ThematicArea.MUNICIPAL: QT_TRANSLATE_NOOP("vocab", "usługi komunalne"),
        ThematicArea.HEALTH: QT_TRANSLATE_NOOP("vocab", "ochrona zdrowia"),
        ThematicArea.EDUCATION: QT_TRANSLATE_NOOP("vocab", "edukacja"),
        ThematicArea.CULTURE: QT_TRANSLATE_NOOP("vocab", "kultura"),
        ThematicArea.SOCIO_ECONOMIC: QT_TRANSLATE_NOOP("vocab", "rozwój społeczno-gospodarczy"),
        ThematicArea.TRANSPORT: QT_TRANSLATE_NOOP("vocab", "transport"),
        ThematicArea.SAFETY: QT_TRANSLATE_NOOP("vocab", "bezpieczeństwo"),
        ThematicArea.ENVIRONMENT: QT_TRANSLATE_NOOP("vocab", "środowisko i OZE"),
        ThematicArea.TOURISM: QT_TRANSLATE_NOOP("vocab", "turystyka"),
        ThematicArea.HERITAGE: QT_TRANSLATE_NOOP("vocab", "dziedzictwo przyrodnicze i kulturowe"),
    }
)
LABELS.update(
    {
        FundingSource.REGIONAL_FE: QT_TRANSLATE_NOOP("vocab", "regionalny program FE"),
        FundingSource.FENIKS: QT_TRANSLATE_NOOP("vocab", "FEnIKS"),
        FundingSource.KPO: QT_TRANSLATE_NOOP("vocab", "KPO"),
        FundingSource.NATIONAL: QT_TRANSLATE_NOOP("vocab", "środki krajowe"),
        FundingSource.OWN: QT_TRANSLATE_NOOP("vocab", "środki własne"),
        FundingSource.OTHER: QT_TRANSLATE_NOOP("vocab", "inne"),
    }
)
LABELS.update(
    {
        Readiness.IDEA: QT_TRANSLATE_NOOP("vocab", "pomysł"),
        Readiness.CONCEPT: QT_TRANSLATE_NOOP("vocab", "koncepcja"),
        Readiness.DOCUMENTATION: QT_TRANSLATE_NOOP("vocab", "dokumentacja"),
        Readiness.PERMITS: QT_TRANSLATE_NOOP("vocab", "pozwolenia"),
        Readiness.READY: QT_TRANSLATE_NOOP("vocab", "gotowy do realizacji"),
    }
)
LABELS.update(
    {
        ProjectStatus.PROPOSED: QT_TRANSLATE_NOOP("vocab", "zgłoszony"),
        ProjectStatus.ACCEPTED: QT_TRANSLATE_NOOP("vocab", "przyjęty do pakietu"),
        ProjectStatus.IN_PREPARATION: QT_TRANSLATE_NOOP("vocab", "w przygotowaniu"),
        ProjectStatus.APPLIED: QT_TRANSLATE_NOOP("vocab", "złożony wniosek"),
        ProjectStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("vocab", "w realizacji"),
        ProjectStatus.COMPLETED: QT_TRANSLATE_NOOP("vocab", "zrealizowany"),
        ProjectStatus.DROPPED: QT_TRANSLATE_NOOP("vocab", "wycofany"),
    }
)
LABELS.update(
    {
        IndicatorKind.OUTPUT: QT_TRANSLATE_NOOP("vocab", "produkt"),
        IndicatorKind.RESULT: QT_TRANSLATE_NOOP("vocab", "rezultat"),
    }
)
LABELS.update(
    {
        DocumentKind.WORKPLAN: QT_TRANSLATE_NOOP("vocab", "plan pracy"),
        DocumentKind.DIAGNOSIS: QT_TRANSLATE_NOOP("vocab", "raport diagnostyczny"),
        DocumentKind.STRATEGY: QT_TRANSLATE_NOOP("vocab", "strategia"),
        DocumentKind.PROJECTS: QT_TRANSLATE_NOOP("vocab", "pakiet projektów"),
        DocumentKind.CONSULTATION_REPORT: QT_TRANSLATE_NOOP("vocab", "sprawozdanie z konsultacji"),
        DocumentKind.MINUTES: QT_TRANSLATE_NOOP("vocab", "protokół ze spotkania"),
        DocumentKind.APPLICATION: QT_TRANSLATE_NOOP("vocab", "zarys wniosku o dofinansowanie"),
        DocumentKind.IMPLEMENTATION_REPORT: QT_TRANSLATE_NOOP("vocab", "raport z realizacji zadań"),
        DocumentKind.RECOMMENDATIONS: QT_TRANSLATE_NOOP("vocab", "rekomendacje"),
    }
)

#: art. 6 ust. 3-6 uzppr: minimum comment period and report deadline, in days.
MIN_COMMENT_PERIOD_DAYS = 35
REPORT_DUE_DAYS = 30

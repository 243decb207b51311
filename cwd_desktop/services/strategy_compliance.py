"""What the law requires of a strategy, section by section, and what is still missing.

A strategia rozwoju ponadlokalnego has the content of a gmina's strategy
(art. 10g and art. 10e ust. 3 u.s.g.): the wnioski z diagnozy and points 1-9;
points 4, 6 and 7 also in graphic form. A ZIT or IIT territorial strategy
must in addition contain the elements of art. 29 ust. 1 lit. a-d of
Regulation (EU) 2021/1060.

``SECTIONS`` lists the editor's sections in the law's order (the Word export
follows it too); ``compliance`` returns one ``Finding`` per missing element,
each naming the element and its legal basis, so the advisor sees before the
export what a reviewer at the marshal's office would point out.

The rules, where the law leaves room:

- wnioski z diagnozy: the diagnosis area's conclusions, or the strategy's own
  summary of them; either is enough;
- pkt 1: at least one objective in each of the three dimensions;
- pkt 2: every objective has at least one direction of action;
- pkt 3: every objective has at least one expected result with an indicator
  and a target value, and at least one result describes its spatial dimension;
- pkt 4 and 6: a text and at least one image;
- pkt 7 ("o ile gmina takie obszary wyznacza"): the text is required either
  way; a text saying the partnership designates none ("nie wyznaczono",
  "nie wyznacza się" …: any text containing "nie wyznacz") needs no image,
  any other text needs one;
- pkt 8: a text that includes the guidelines for executive documents, i.e.
  mentions "dokumenty wykonawcze" (any form of "wykonawcz…");
- pkt 9: the framework's text and at least one funding line with an amount;
- art. 29 lit. b: the needs analysis names economic, social and
  environmental interlinkages (words "gospodarcz…", "społeczn…", "środowisk…").

Vision and mission are customary but not statutory: they are edited and
exported, never reported as missing. No SQLAlchemy here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cwd_desktop.domain.text import fold
from cwd_desktop.domain.vocab import Dimension
from cwd_desktop.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cwd_desktop.services.strategy_reads import StrategyData, load

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services

CONTEXT = "strategy"
USG = "u.s.g."
CPR = "rozporządzenia 2021/1060"


def art10e(point: int | None = None) -> str:
    """ "art. 10e ust. 3 pkt N u.s.g." (without a point: the paragraph as a whole)."""
    return f"art. 10e ust. 3 pkt {point} {USG}" if point else f"art. 10e ust. 3 {USG}"


def art29(letter: str) -> str:
    """ "art. 29 ust. 1 lit. x rozporządzenia 2021/1060"."""
    return f"art. 29 ust. 1 lit. {letter} {CPR}"


@dataclass(frozen=True)
class Section:
    """One section of the strategy: its key, its title (context "strategy"), its legal basis.

    ``territorial`` sections exist only in a ZIT/IIT strategy.
    """

    key: str
    title: str
    basis: str = ""
    territorial: bool = False


SECTIONS: tuple[Section, ...] = (
    Section("general", QT_TRANSLATE_NOOP("strategy", "Informacje podstawowe")),
    Section("diagnosis", QT_TRANSLATE_NOOP("strategy", "Wnioski z diagnozy"), art10e()),
    Section("vision", QT_TRANSLATE_NOOP("strategy", "Wizja i misja")),
    Section("objectives", QT_TRANSLATE_NOOP("strategy", "1. Cele strategiczne"), art10e(1)),
    Section("directions", QT_TRANSLATE_NOOP("strategy", "2. Kierunki działań"), art10e(2)),
    Section(
        "results", QT_TRANSLATE_NOOP("strategy", "3. Oczekiwane rezultaty i wskaźniki"), art10e(3)
    ),
    Section(
        "spatial_model",
        QT_TRANSLATE_NOOP("strategy", "4. Model struktury funkcjonalno-przestrzennej"),
        art10e(4),
    ),
    Section(
        "spatial_policy",
        QT_TRANSLATE_NOOP("strategy", "5. Polityka przestrzenna"),
        art10e(5),
    ),
    Section(
        "osi_regional", QT_TRANSLATE_NOOP("strategy", "6. OSI z strategii województwa"), art10e(6)
    ),
    Section(
        "osi_local", QT_TRANSLATE_NOOP("strategy", "7. OSI kluczowe dla partnerstwa"), art10e(7)
    ),
    Section("implementation", QT_TRANSLATE_NOOP("strategy", "8. System realizacji"), art10e(8)),
    Section("finance", QT_TRANSLATE_NOOP("strategy", "9. Ramy finansowe i źródła"), art10e(9)),
    Section("area", QT_TRANSLATE_NOOP("strategy", "a) Obszar geograficzny"), art29("a"), True),
    Section(
        "needs", QT_TRANSLATE_NOOP("strategy", "b) Potrzeby i potencjał obszaru"), art29("b"), True
    ),
    Section(
        "integrated", QT_TRANSLATE_NOOP("strategy", "c) Podejście zintegrowane"), art29("c"), True
    ),
    Section(
        "partners", QT_TRANSLATE_NOOP("strategy", "d) Zaangażowanie partnerów"), art29("d"), True
    ),
)
SECTION_KEYS = tuple(s.key for s in SECTIONS)

#: The Strategy text column each text section edits (several for some sections).
SECTION_FIELDS: Mapping[str, tuple[str, ...]] = {
    "general": ("title", "horizon"),
    "diagnosis": ("diagnosis_summary",),
    "vision": ("vision", "mission"),
    "objectives": (),
    "directions": (),
    "results": (),
    "spatial_model": ("spatial_model",),
    "spatial_policy": ("spatial_policy",),
    "osi_regional": ("osi_regional",),
    "osi_local": ("osi_local",),
    "implementation": ("implementation",),
    "finance": ("financial_framework",),
    "area": ("area_description",),
    "needs": ("needs_analysis",),
    "integrated": ("integrated_approach",),
    "partners": ("partner_involvement",),
}

#: "w wymiarze społecznym" … (the locative the sentences need).
DIMENSION_IN = {
    Dimension.SOCIAL.value: QT_TRANSLATE_NOOP("strategy", "społecznym"),
    Dimension.ECONOMIC.value: QT_TRANSLATE_NOOP("strategy", "gospodarczym"),
    Dimension.SPATIAL.value: QT_TRANSLATE_NOOP("strategy", "przestrzennym"),
}
#: Words whose presence shows the art. 29 lit. b interlinkages (folded stems) and their names.
INTERLINKAGES = (
    ("gospodarcz", QT_TRANSLATE_NOOP("strategy", "gospodarczych")),
    ("spoleczn", QT_TRANSLATE_NOOP("strategy", "społecznych")),
    ("srodowisk", QT_TRANSLATE_NOOP("strategy", "środowiskowych")),
)
NOT_DESIGNATED = "nie wyznacz"
#: Finding parameters that are themselves translatable words (tuples are lists of such words).
TRANSLATED_PARAMS = frozenset({"dimension"})
EXECUTIVE_DOCUMENTS = "wykonawcz"


def sections_for(territorial: bool) -> tuple[Section, ...]:
    """The sections a strategy of this kind has (art. 29 ones only for ZIT/IIT)."""
    return tuple(s for s in SECTIONS if territorial or not s.territorial)


def section(key: str) -> Section:
    """The section with this key."""
    return next(s for s in SECTIONS if s.key == key)


@dataclass(frozen=True)
class Finding:
    """A required element that is missing: where, what (a Polish sentence), on what legal basis."""

    section: str
    message: str
    basis: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate = identity) -> str:
        """The sentence in the UI language, without the legal basis."""
        texts = {
            k: ", ".join(translate(CONTEXT, x) for x in v)
            if isinstance(v, tuple)
            else translate(CONTEXT, v)
            if k in TRANSLATED_PARAMS
            else v
            for k, v in self.params.items()
        }
        return translate(CONTEXT, self.message).format(**texts)

    def line(self, translate: Translate = identity) -> str:
        """The sentence followed by its legal basis in brackets."""
        return f"{self.render(translate)} ({self.basis})"


def compliance(services: Services, partnership_id: str) -> list[Finding]:
    """Every required element of the partnership's strategy that is missing, in the law's order."""
    return check(load(services.store, partnership_id))


def check(data: StrategyData) -> list[Finding]:
    """The findings for an already loaded strategy (the export has it at hand)."""
    found: list[Finding] = []
    _diagnosis(data, found)
    _objectives(data, found)
    _spatial(data, found)
    _implementation_and_finance(data, found)
    if data.is_territorial:
        _territorial(data, found)
    return found


def _add(found: list[Finding], key: str, message: str, basis: str, **params: Any) -> None:
    found.append(Finding(key, message, basis, params))


def _diagnosis(data: StrategyData, found: list[Finding]) -> None:
    if not data.conclusions and not data.text("diagnosis_summary"):
        _add(
            found,
            "diagnosis",
            QT_TRANSLATE_NOOP(
                "strategy",
                "Brak wniosków z diagnozy: zapisz je w obszarze diagnozy albo w tej sekcji.",
            ),
            art10e(),
        )


def _objectives(data: StrategyData, found: list[Finding]) -> None:
    if not data.objectives:
        _add(
            found,
            "objectives",
            QT_TRANSLATE_NOOP("strategy", "Brak celów strategicznych."),
            art10e(1),
        )
    else:
        for dimension in Dimension:
            if not data.objectives_in(dimension.value):
                _add(
                    found,
                    "objectives",
                    QT_TRANSLATE_NOOP(
                        "strategy", "Brak celu strategicznego w wymiarze {dimension}."
                    ),
                    art10e(1),
                    dimension=DIMENSION_IN[dimension.value],
                )
    for objective in data.objectives:
        if not data.directions_of(objective.id):
            _add(
                found,
                "directions",
                QT_TRANSLATE_NOOP("strategy", "Cel {number}. „{title}” nie ma kierunków działań."),
                art10e(2),
                number=objective.number,
                title=objective.title,
            )
    for objective in data.objectives:
        measured = [
            r for r in data.results_of(objective.id) if r.indicator.strip() and r.target is not None
        ]
        if not measured:
            _add(
                found,
                "results",
                QT_TRANSLATE_NOOP(
                    "strategy",
                    "Cel {number}. „{title}” nie ma oczekiwanego rezultatu "
                    "ze wskaźnikiem i wartością docelową.",
                ),
                art10e(3),
                number=objective.number,
                title=objective.title,
            )
    if data.results and not any(r.spatial.strip() for r in data.results):
        _add(
            found,
            "results",
            QT_TRANSLATE_NOOP(
                "strategy", "Żaden oczekiwany rezultat nie ma opisanego wymiaru przestrzennego."
            ),
            art10e(3),
        )


def _spatial(data: StrategyData, found: list[Finding]) -> None:
    if not data.text("spatial_model"):
        _add(
            found,
            "spatial_model",
            QT_TRANSLATE_NOOP("strategy", "Opisz model struktury funkcjonalno-przestrzennej."),
            art10e(4),
        )
    if not data.images_of("spatial_model"):
        _add(
            found,
            "spatial_model",
            QT_TRANSLATE_NOOP(
                "strategy",
                "Dodaj mapę lub schemat modelu struktury funkcjonalno-przestrzennej "
                "(forma graficzna).",
            ),
            art10e(4),
        )
    if not data.text("spatial_policy"):
        _add(
            found,
            "spatial_policy",
            QT_TRANSLATE_NOOP(
                "strategy",
                "Opisz ustalenia i rekomendacje w zakresie kształtowania "
                "i prowadzenia polityki przestrzennej.",
            ),
            art10e(5),
        )
    if not data.text("osi_regional"):
        _add(
            found,
            "osi_regional",
            QT_TRANSLATE_NOOP(
                "strategy",
                "Opisz obszary strategicznej interwencji określone w strategii rozwoju "
                "województwa wraz z zakresem planowanych działań.",
            ),
            art10e(6),
        )
    if not data.images_of("osi_regional"):
        _add(
            found,
            "osi_regional",
            QT_TRANSLATE_NOOP(
                "strategy",
                "Dodaj mapę obszarów strategicznej interwencji województwa (forma graficzna).",
            ),
            art10e(6),
        )
    local = data.text("osi_local")
    if not local:
        _add(
            found,
            "osi_local",
            QT_TRANSLATE_NOOP(
                "strategy",
                "Opisz obszary strategicznej interwencji kluczowe dla partnerstwa "
                "albo napisz, że ich nie wyznaczono.",
            ),
            art10e(7),
        )
    elif NOT_DESIGNATED not in fold(local) and not data.images_of("osi_local"):
        _add(
            found,
            "osi_local",
            QT_TRANSLATE_NOOP(
                "strategy",
                "Dodaj mapę obszarów strategicznej interwencji kluczowych dla partnerstwa "
                "(forma graficzna).",
            ),
            art10e(7),
        )


def _implementation_and_finance(data: StrategyData, found: list[Finding]) -> None:
    implementation = data.text("implementation")
    if not implementation:
        _add(
            found,
            "implementation",
            QT_TRANSLATE_NOOP(
                "strategy",
                "Opisz system realizacji strategii wraz z wytycznymi do sporządzania "
                "dokumentów wykonawczych.",
            ),
            art10e(8),
        )
    elif EXECUTIVE_DOCUMENTS not in fold(implementation):
        _add(
            found,
            "implementation",
            QT_TRANSLATE_NOOP(
                "strategy",
                "Opis systemu realizacji nie zawiera wytycznych do sporządzania "
                "dokumentów wykonawczych.",
            ),
            art10e(8),
        )
    if not data.text("financial_framework"):
        _add(
            found,
            "finance",
            QT_TRANSLATE_NOOP("strategy", "Opisz ramy finansowe strategii."),
            art10e(9),
        )
    if not any(line.amount > 0 for line in data.finance):
        _add(
            found,
            "finance",
            QT_TRANSLATE_NOOP("strategy", "Podaj źródła finansowania wraz z kwotami."),
            art10e(9),
        )


def _territorial(data: StrategyData, found: list[Finding]) -> None:
    if not data.text("area_description"):
        _add(
            found,
            "area",
            QT_TRANSLATE_NOOP("strategy", "Opisz obszar geograficzny objęty strategią."),
            art29("a"),
        )
    needs = data.text("needs_analysis")
    if not needs:
        _add(
            found,
            "needs",
            QT_TRANSLATE_NOOP(
                "strategy",
                "Przedstaw analizę potrzeb rozwojowych i potencjału obszaru "
                "wraz z powiązaniami gospodarczymi, społecznymi i środowiskowymi.",
            ),
            art29("b"),
        )
    else:
        folded = fold(needs)
        missing = [name for stem, name in INTERLINKAGES if stem not in folded]
        if missing:
            _add(
                found,
                "needs",
                QT_TRANSLATE_NOOP(
                    "strategy", "Analiza potrzeb i potencjału nie opisuje powiązań: {missing}."
                ),
                art29("b"),
                missing=tuple(missing),
            )
    if not data.text("integrated_approach"):
        _add(
            found,
            "integrated",
            QT_TRANSLATE_NOOP(
                "strategy",
                "Opisz zintegrowane podejście do potrzeb rozwojowych i potencjału obszaru.",
            ),
            art29("c"),
        )
    if not data.text("partner_involvement"):
        _add(
            found,
            "partners",
            QT_TRANSLATE_NOOP(
                "strategy",
                "Opisz zaangażowanie partnerów w przygotowanie i realizację strategii.",
            ),
            art29("d"),
        )

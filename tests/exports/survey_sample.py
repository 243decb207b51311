"""A realistic residents' survey of the PGZB partnership, as Google Forms exports it.

Three hundred respondents with long Polish answers, a multiple choice, a
grid, a scale, gender, age, gmina and a free-text question, drawn from a
seeded generator so every test run sees the same counts. It is imported for
real (parse, plan, store), so the charts and exports see what a user sees.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

from cwd_desktop.domain.vocab import SurveyKind
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.survey_data import SurveyData
from cwd_desktop.services.survey_import import parse_survey
from cwd_desktop.services.survey_roles import Roles

TITLE = "Ankieta mieszkańców PGZB 2026"
Q_LIFE = "Jak ocenia Pan/Pani ogólnie jakość życia w swojej gminie?"
Q_PROBLEM = "Co jest Pana/Pani zdaniem największym problemem gminy? (jedna odpowiedź)"
Q_SERVICES = "Z których usług publicznych korzystał(a) Pan/Pani w ostatnim roku?"
Q_GRID = "Jak ocenia Pan/Pani następujące obszary w gminie?"
Q_SATISFACTION = "Na ile jest Pan/Pani zadowolony(-a) z życia w gminie? (1 – wcale, 5 – bardzo)"
Q_GENDER = "Płeć"
Q_AGE = "Wiek (w latach)"
Q_GMINA = "Gmina zamieszkania"
Q_CHANGE = "Co należałoby zmienić w gminie w pierwszej kolejności?"

LIFE = (
    "Bardzo dobrze",
    "Raczej dobrze",
    "Ani dobrze, ani źle",
    "Raczej źle",
    "Bardzo źle",
    "Trudno powiedzieć",
)
PROBLEMS = (
    "Brak miejsc pracy i niskie wynagrodzenia, wyjazdy młodych ludzi do większych miast",
    "Słaba komunikacja publiczna między miejscowościami gminy a Braniewem i Elblągiem",
    "Zły stan dróg gminnych i powiatowych oraz brak chodników",
    "Ograniczony dostęp do lekarzy specjalistów",
    "Brak oferty spędzania wolnego czasu dla dzieci i młodzieży",
    "Zanieczyszczenie powietrza (niska emisja z domowych pieców)",
)
SERVICES = (
    "Biblioteka publiczna",
    "Gminny ośrodek kultury",
    "Hala sportowa lub boisko Orlik",
    "Ośrodek zdrowia",
    "Komunikacja autobusowa",
    "Urząd gminy (sprawy urzędowe)",
    "Ośrodek pomocy społecznej",
    "Punkt selektywnej zbiórki odpadów komunalnych (PSZOK)",
)
GRADES = ("Bardzo dobrze", "Dobrze", "Źle", "Bardzo źle", "Nie mam zdania")
AREAS = (
    "Drogi i chodniki",
    "Komunikacja publiczna",
    "Dostęp do opieki zdrowotnej (lekarz rodzinny, specjaliści, ratownictwo medyczne)",
    "Oferta kulturalna i sportowa",
    "Czystość środowiska i gospodarka odpadami",
    "Bezpieczeństwo publiczne",
)
GENDERS = ("Kobieta", "Mężczyzna", "Wolę nie podawać")
GMINY = ("Frombork", "Lelkowo", "Pieniężno", "Płoskinia", "Wilczęta")
CHANGES = (
    "Więcej autobusów, także w weekendy",
    "Remont drogi do Fromborka i chodnik wzdłuż szkoły",
    "Przychodnia z lekarzem specjalistą na miejscu",
    "Oświetlenie ulic w małych miejscowościach",
    "Zajęcia dla młodzieży po szkole",
    "Internet światłowodowy we wszystkich wsiach",
)


def _free_text(rng: random.Random) -> str:
    """A free-text answer: what people write differs in wording, so texts repeat rarely."""
    first = rng.choice(CHANGES)
    if rng.random() < 0.5:
        return first
    return f"{first}; {rng.choice(CHANGES).lower()} ({rng.choice(GMINY)})"


def survey_rows(count: int = 300, seed: int = 4) -> list[list[object]]:
    """The sheet of a Google Forms export: header, then ``count`` responses."""
    rng = random.Random(seed)
    header: list[object] = [
        "Sygnatura czasowa",
        "Adres e-mail",
        Q_LIFE,
        Q_PROBLEM,
        Q_SERVICES,
        *(f"{Q_GRID} [{area}]" for area in AREAS),
        Q_SATISFACTION,
        Q_GENDER,
        Q_AGE,
        Q_GMINA,
        Q_CHANGE,
    ]
    rows = [header]
    start = datetime(2026, 3, 2, 8, 0)
    for i in range(count):
        chosen = [s for s in SERVICES if rng.random() < 0.15 + 0.1 * (SERVICES.index(s) % 4)]
        if i < len(SERVICES):
            # Google Forms joins options with ", "; the importer learns an option from
            # someone who chose it alone, as happens in any real survey of this size.
            chosen = [SERVICES[i]]
        grid = [
            rng.choices(GRADES, weights=(2 + a % 3, 5, 3 + a, 1 + a % 2, 1))[0]
            if rng.random() > 0.04
            else ""
            for a in range(len(AREAS))
        ]
        rows.append(
            [
                start + timedelta(minutes=37 * i),
                f"osoba{i}@example.pl",
                rng.choices(LIFE, weights=(6, 30, 25, 12, 4, 3))[0],
                rng.choices(PROBLEMS, weights=(30, 22, 18, 14, 10, 6))[0]
                if rng.random() > 0.03
                else "",
                ", ".join(chosen),
                *grid,
                rng.choices((1, 2, 3, 4, 5), weights=(2, 5, 10, 9, 4))[0],
                rng.choices(GENDERS, weights=(52, 45, 3))[0],
                rng.randint(16, 84),
                rng.choices(GMINY, weights=(20, 15, 25, 18, 22))[0],
                _free_text(rng) if rng.random() < 0.4 else "",
            ]
        )
    return rows


def write_survey(path: Path, count: int = 300) -> Path:
    """The survey export as an XLSX file at ``path``."""
    book = Workbook()
    sheet = book.active
    for row in survey_rows(count):
        sheet.append(row)
    book.save(path)
    return path


def import_sample(services: Services, folder: Path, count: int = 300) -> SurveyData:
    """The sample survey imported into the PGZB partnership (created if needed)."""
    existing = [p for p in services.partnerships.list() if p.data.short_name == "PGZB"]
    pid = existing[0].id if existing else services.partnerships.create(DEMO_PARTNERSHIPS[0])
    parsed = parse_survey(write_survey(folder / "Ankieta mieszkańców (Odpowiedzi).xlsx", count))
    plan = services.surveys.plan(parsed, pid, SurveyKind.RESIDENTS, TITLE)
    # "w swojej gminie" in the first question would be guessed as the gmina question.
    plan.roles = Roles(gmina=Q_GMINA, gender=Q_GENDER, age=Q_AGE)
    plan.gmina_map = services.surveys.match_gminy(plan).mapping
    result = services.surveys.store_plan(plan)
    return services.surveys.load(result.survey_id)

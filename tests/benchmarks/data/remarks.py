"""Polish sentences for consultation comments (uwagi), built from fragments.

A filter benchmark over placeholder text would measure another index: real
comments repeat a few hundred everyday words (droga, autobus, wodociąg,
świetlica, szkoła, OSP…) with diacritics, village names in several cases
and numbers. Each topic has problems (clauses that follow "…, że"), and
proposals (whole sentences); ``{v}``, ``{v_gen}``, ``{v_loc}`` and ``{w_gen}``
are villages of the gmina, ``{n}`` a number.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from cwd_desktop.domain.vocab import Disposition
from tests.benchmarks.data.places import Village


@dataclass(frozen=True)
class Topic:
    """What a comment is about: problems (clauses) and proposals (sentences)."""

    name: str
    problems: tuple[str, ...]
    proposals: tuple[str, ...]


TOPICS: tuple[Topic, ...] = (
    Topic(
        "drogi",
        (
            "droga gminna z {v_gen} do {w_gen} ma zniszczoną nawierzchnię i brakuje poboczy",
            "w {v_loc} brakuje chodnika wzdłuż drogi powiatowej, którą dzieci chodzą do szkoły",
            "na drodze przez {v} nie ma oświetlenia, a zimą jest tam bardzo niebezpiecznie",
            "drogi dojazdowe do pól w {v_loc} są nieprzejezdne po roztopach",
            "na skrzyżowaniu przy kościele w {v_loc} doszło w ostatnim roku do {n} kolizji",
        ),
        (
            "Proponujemy dopisać przebudowę drogi z {v_gen} do {w_gen} do listy przedsięwzięć.",
            "Wnosimy o kierunek działania „Bezpieczeństwo pieszych na drogach gminnych”.",
            "Prosimy o budowę chodnika i oświetlenia w {v_loc} w pierwszych latach strategii.",
        ),
    ),
    Topic(
        "transport",
        (
            "autobus do miasta powiatowego kursuje z {v_gen} tylko {n} razy dziennie",
            "przystanek autobusowy w {v_loc} nie ma wiaty ani oświetlenia",
            "po likwidacji linii PKS mieszkańcy {v_gen} nie mają jak dojechać do pracy",
            "rozkład jazdy autobusów szkolnych nie pasuje do godzin zajęć",
            "w weekendy z {v_gen} nie odjeżdża żaden autobus",
        ),
        (
            "Proponujemy wspólną linię autobusową partnerstwa łączącą {v} z siedzibą gminy.",
            "Wnosimy o wpisanie do strategii przewozów na telefon dla osób starszych.",
            "Prosimy o budowę wiat przystankowych w ramach celu dotyczącego transportu.",
        ),
    ),
    Topic(
        "woda",
        (
            "w {v_loc} latem brakuje wody w wodociągu, a ciśnienie spada wieczorami",
            "stacja uzdatniania wody w {v_loc} wymaga modernizacji, woda zawiera za dużo żelaza",
            "część gospodarstw w {v_loc} korzysta z własnych studni, bo wodociąg tam nie dochodzi",
        ),
        (
            "Proponujemy dopisanie rozbudowy sieci wodociągowej do {v_gen}.",
            "Wnosimy o modernizację stacji uzdatniania wody jako przedsięwzięcie wspólne gmin.",
        ),
    ),
    Topic(
        "kanalizacja",
        (
            "w {v_loc} nie ma kanalizacji, a szamba są opróżniane nieregularnie",
            "oczyszczalnia ścieków w {v_loc} jest przeciążona w sezonie letnim",
            "diagnoza nie podaje, ile gospodarstw nie jest podłączonych do kanalizacji sanitarnej",
        ),
        (
            "Proponujemy dopłaty do przydomowych oczyszczalni ścieków w zabudowie rozproszonej.",
            "Prosimy o dopisanie budowy kanalizacji w {v_loc} do listy przedsięwzięć.",
        ),
    ),
    Topic(
        "szkoły",
        (
            "szkoła podstawowa w {v_loc} nie ma sali gimnastycznej i dzieci ćwiczą na korytarzu",
            "dowóz uczniów z {v_gen} do szkoły trwa ponad godzinę w jedną stronę",
            "w diagnozie brakuje prognozy liczby uczniów w szkołach partnerstwa do 2030 roku",
            "przedszkole w {v_loc} ma listę oczekujących, na której jest {n} dzieci",
        ),
        (
            "Proponujemy wspólny program zajęć pozalekcyjnych dla szkół partnerstwa.",
            "Wnosimy o budowę sali gimnastycznej przy szkole w {v_loc}.",
            "Prosimy o kształcenie zawodowe dopasowane do potrzeb lokalnych pracodawców.",
        ),
    ),
    Topic(
        "świetlice",
        (
            "świetlica wiejska w {v_loc} od lat czeka na remont dachu i ogrzewania",
            "w {v_loc} nie ma miejsca, w którym mogłyby się spotykać koło gospodyń i młodzież",
            "świetlica w {v_loc} jest otwarta tylko {n} godziny w tygodniu",
        ),
        (
            "Proponujemy program modernizacji świetlic wiejskich jako miejsc spotkań pokoleń.",
            "Prosimy o zatrudnienie animatora, który prowadziłby zajęcia w świetlicach.",
        ),
    ),
    Topic(
        "turystyka",
        (
            "ścieżka rowerowa wzdłuż rzeki urywa się na granicy gminy koło {v_gen}",
            "brakuje noclegów i gospodarstw agroturystycznych, turyści przyjeżdżają na jeden dzień",
            "przystań kajakowa w {v_loc} nie ma parkingu ani toalet",
            "zabytkowy dwór w {v_loc} niszczeje, choć mógłby przyciągać turystów",
            "szlak turystyczny przez {v} nie jest oznakowany",
        ),
        (
            "Proponujemy ścieżkę rowerową z {v_gen} do {w_gen} w ramach wspólnej sieci tras.",
            "Wnosimy o wspólną markę turystyczną partnerstwa i jeden portal z ofertą noclegów.",
            "Prosimy o dopisanie budowy przystani kajakowej w {v_loc}.",
        ),
    ),
    Topic(
        "osp",
        (
            "remiza OSP w {v_loc} wymaga termomodernizacji, a garaż jest za niski na nowy wóz",
            "jednostka OSP w {v_loc} ma samochód gaśniczy sprzed {n} lat",
            "strażacy ochotnicy z {v_gen} pierwsi dojeżdżają do wypadków na drodze krajowej",
        ),
        (
            "Proponujemy zakup lekkiego samochodu ratowniczego dla OSP w {v_loc}.",
            "Wnosimy o uznanie remiz OSP za miejsca spotkań mieszkańców i punkty kryzysowe.",
        ),
    ),
    Topic(
        "internet",
        (
            "w {v_loc} nie ma światłowodu, a zasięg sieci komórkowej jest słaby",
            "uczniowie z {v_gen} nie mogli uczestniczyć w lekcjach zdalnych z braku internetu",
            "internet szerokopasmowy dochodzi tylko do centrum gminy",
        ),
        (
            "Proponujemy doprowadzenie internetu szerokopasmowego do wszystkich sołectw.",
            "Prosimy o punkty bezpłatnego dostępu do internetu w świetlicach i bibliotekach.",
        ),
    ),
    Topic(
        "zdrowie",
        (
            "w {v_loc} mieszka coraz więcej samotnych osób starszych bez opieki",
            "do najbliższego lekarza specjalisty trzeba jechać ponad {n} km",
            "ośrodek zdrowia w {v_loc} przyjmuje tylko dwa dni w tygodniu",
        ),
        (
            "Proponujemy dzienny dom seniora wspólny dla kilku gmin partnerstwa.",
            "Wnosimy o usługi opiekuńcze świadczone w miejscu zamieszkania.",
        ),
    ),
    Topic(
        "środowisko",
        (
            "w diagnozie pominięto potencjał energii słonecznej na dachach budynków publicznych",
            "po ulewach woda zalewa piwnice w {v_loc}, bo rowy melioracyjne są zarośnięte",
            "w lesie koło {v_gen} wciąż powstają dzikie wysypiska śmieci",
        ),
        (
            "Proponujemy utworzenie klastra energii z udziałem gmin partnerstwa.",
            "Prosimy o program małej retencji i odbudowę rowów melioracyjnych.",
        ),
    ),
    Topic(
        "gospodarka",
        (
            "młodzi wyjeżdżają z {v_gen}, bo poza rolnictwem nie ma tu pracy",
            "brakuje uzbrojonych terenów inwestycyjnych przy drodze wojewódzkiej",
            "rolnicy z {v_gen} nie mają gdzie sprzedawać swoich produktów",
        ),
        (
            "Proponujemy wspólną strefę aktywności gospodarczej partnerstwa.",
            "Wnosimy o inkubator przetwórstwa lokalnego dla rolników i kół gospodyń.",
        ),
    ),
)

OPENERS = (
    "Mieszkańcy sołectwa {v} zwracają uwagę, że",
    "Zwracamy uwagę, że",
    "W projekcie strategii pominięto to, że",
    "Na zebraniu wiejskim w {v_loc} podkreślano, że",
    "Jako rada sołecka informujemy, że",
    "Chcemy zwrócić uwagę, że",
    "Diagnoza nie uwzględnia tego, że",
    "Od wielu lat zgłaszamy, że",
)
DETAILS = (
    "",
    "",
    " Dotyczy to około {n}0 mieszkańców.",
    " Sprawa była zgłaszana wielokrotnie na zebraniach wiejskich.",
    " Problem nasila się od {year} roku.",
    " Podobnie jest w sąsiednich sołectwach.",
    " Załączamy zdjęcia i listę podpisów mieszkańców.",
    " Dane w tabeli są nieaktualne, pochodzą z {year} roku.",
)
GENERAL = (
    "Wskaźnik rezultatu nie ma wartości bazowej ani docelowej.",
    "Cel operacyjny jest sformułowany zbyt ogólnie i nie wiadomo, kto go realizuje.",
    "Mapa w rozdziale nie pokazuje granic sołectw, przez co trudno ją odczytać.",
    "Brakuje informacji o źródłach finansowania przedsięwzięć.",
)
SECTIONS = (
    "Cel strategiczny {a}",
    "Cel operacyjny {a}.{b}",
    "Kierunek działania {a}.{b}.{c}",
    "Diagnoza, rozdz. {a}.{b}",
    "Wnioski z diagnozy",
    "Model struktury funkcjonalno-przestrzennej",
    "System realizacji strategii",
    "Ramy finansowe i źródła finansowania",
    "Wskaźniki realizacji",
    "Obszary strategicznej interwencji",
    "Analiza SWOT",
    "Lista przedsięwzięć priorytetowych",
    "Załącznik nr {a}",
)
JUSTIFICATIONS: dict[Disposition, tuple[str, ...]] = {
    Disposition.ACCEPTED: (
        "Uwaga uwzględniona, zapis dodano w rozdziale {section}.",
        "Uwzględniono; przedsięwzięcie dopisano do listy przedsięwzięć priorytetowych.",
        "Uwaga zasadna, zmieniono brzmienie kierunku działania.",
    ),
    Disposition.PARTLY: (
        "Uwzględniono częściowo: temat ujęto w kierunku działania, bez wskazania lokalizacji, "
        "którą ustalą dokumenty wykonawcze.",
        "Częściowo; zakres przedsięwzięcia zostanie doprecyzowany po analizie kosztów.",
    ),
    Disposition.REJECTED: (
        "Nie uwzględniono: zadanie należy do powiatu lub województwa, nie do gmin partnerstwa.",
        "Nieuwzględniona: przedsięwzięcie nie ma charakteru ponadlokalnego.",
        "Brak możliwości sfinansowania w ramach dostępnych środków.",
    ),
    Disposition.EXPLAINED: (
        "Wyjaśniono, że ten temat jest już ujęty w celu operacyjnym {a}.{b}.",
        "Kwestia ta jest przedmiotem odrębnego programu gminnego.",
        "Wyjaśniono na spotkaniu, że dane pochodzą z GUS za ostatni dostępny rok.",
    ),
}
DISPOSITION_WEIGHTS = {
    None: 8,
    Disposition.ACCEPTED: 30,
    Disposition.PARTLY: 22,
    Disposition.REJECTED: 22,
    Disposition.EXPLAINED: 18,
}


def section(rng: random.Random) -> str:
    """A part of the consulted document: ``Cel operacyjny 2.3``, ``Analiza SWOT``."""
    a, b, c = rng.randint(1, 4), rng.randint(1, 5), rng.randint(1, 6)
    return rng.choice(SECTIONS).format(a=a, b=b, c=c)


def comment_text(
    rng: random.Random, villages: list[Village], topic: Topic | None = None
) -> dict[str, object]:
    """Section, content, proposal, disposition and justification of one comment."""
    topic = topic or rng.choice(TOPICS)
    v, w = rng.sample(villages, 2) if len(villages) > 1 else (villages[0], villages[0])
    words = {
        "v": v.nom,
        "v_gen": v.gen,
        "v_loc": v.loc,
        "w_gen": w.gen,
        "n": rng.randint(2, 40),
        "year": rng.randint(2012, 2021),
    }
    content = f"{rng.choice(OPENERS)} {rng.choice(topic.problems)}.{rng.choice(DETAILS)}".format(
        **words
    )
    if rng.random() < 0.1:
        content += " " + rng.choice(GENERAL)
    proposal = rng.choice(topic.proposals).format(**words) if rng.random() < 0.85 else ""
    where = section(rng)
    disposition = rng.choices(list(DISPOSITION_WEIGHTS), list(DISPOSITION_WEIGHTS.values()))[0]
    justification = ""
    if disposition is not None and rng.random() < 0.95:
        justification = rng.choice(JUSTIFICATIONS[disposition]).format(
            section=where, a=rng.randint(1, 4), b=rng.randint(1, 5)
        )
    return {
        "section": where,
        "content": content,
        "proposal": proposal,
        "disposition": disposition.value if disposition else None,
        "justification": justification,
    }

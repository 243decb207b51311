"""The questions and answer pools of the demo surveys (residents and youth).

Written as real Polish questionnaires of a strategy diagnosis are: where the
respondent lives, gender and age first, then ratings, choices, a grid and an
open question. Weights make the answers look like a real population (most
people rate their gmina "3" or "4"; young people mostly plan to leave).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Closed:
    """A closed question: options with relative weights; ``pick`` > 1 for multiple choice."""

    text: str
    options: tuple[tuple[str, int], ...]
    pick: int = 1
    answered: float = 1.0


@dataclass(frozen=True)
class Grid:
    """A grid question: rows rated on one scale of options."""

    text: str
    rows: tuple[str, ...]
    options: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Open:
    """A free-text question answered by a share of the respondents."""

    text: str
    answers: tuple[str, ...]
    answered: float = 0.4


@dataclass(frozen=True)
class Questionnaire:
    """A demo survey: title, size range and its questions after gmina, gender and age."""

    title: str
    kind: str
    gmina_text: str
    gender_text: str
    age_text: str
    ages: tuple[int, int]
    age_mode: int
    size: tuple[int, int]
    questions: tuple[Closed | Grid | Open, ...] = field(default=())


GENDERS = (("Kobieta", 52), ("Mężczyzna", 45), ("Wolę nie podawać", 3))
RATING = (("Bardzo dobrze", 8), ("Dobrze", 30), ("Przeciętnie", 38), ("Źle", 17), ("Bardzo źle", 7))

RESIDENTS = Questionnaire(
    title="Badanie ankietowe mieszkańców 2026",
    kind="residents",
    gmina_text="W której gminie Pan/Pani mieszka?",
    gender_text="Płeć",
    age_text="Wiek (w latach)",
    ages=(18, 86),
    age_mode=44,
    size=(360, 520),
    questions=(
        Closed(
            "Jak ocenia Pan/Pani warunki życia w swojej gminie?",
            (("1", 4), ("2", 11), ("3", 36), ("4", 37), ("5", 12)),
        ),
        Closed(
            "Które obszary wymagają największej poprawy? (maks. 3 odpowiedzi)",
            (
                ("Drogi i chodniki", 34),
                ("Transport publiczny", 41),
                ("Ochrona zdrowia", 38),
                ("Miejsca pracy", 29),
                ("Opieka nad dziećmi (żłobki, przedszkola)", 15),
                ("Oferta kulturalna i sportowa", 14),
                ("Czystość środowiska", 12),
                ("Dostęp do szybkiego internetu", 10),
                ("Bezpieczeństwo", 7),
            ),
            pick=3,
        ),
        Grid(
            "Jak ocenia Pan/Pani dostępność usług?",
            ("Szkoły", "Ośrodek zdrowia", "Komunikacja autobusowa", "Sklepy i usługi"),
            RATING,
        ),
        Closed(
            "Jak często korzysta Pan/Pani z transportu publicznego?",
            (
                ("Codziennie", 11),
                ("Kilka razy w tygodniu", 14),
                ("Kilka razy w miesiącu", 19),
                ("Rzadziej", 27),
                ("Wcale – brak dogodnych połączeń", 29),
            ),
        ),
        Closed(
            "Czy w ciągu najbliższych 5 lat planuje Pan/Pani wyprowadzić się z gminy?",
            (
                ("Nie", 46),
                ("Raczej nie", 24),
                ("Trudno powiedzieć", 16),
                ("Raczej tak", 9),
                ("Tak", 5),
            ),
        ),
        Closed(
            "Czy słyszał(a) Pan/Pani o współpracy gmin w partnerstwie?",
            (("Tak", 38), ("Nie", 47), ("Nie pamiętam", 15)),
        ),
        Open(
            "Co w pierwszej kolejności należy zmienić w gminie?",
            (
                "Więcej kursów autobusów do powiatu, szczególnie wieczorem.",
                "Chodnik wzdłuż drogi wojewódzkiej, dzieci chodzą poboczem.",
                "Ośrodek zdrowia czynny dłużej, także w soboty.",
                "Żłobek – nie ma gdzie zostawić dziecka, żeby wrócić do pracy.",
                "Remont świetlicy wiejskiej i zajęcia dla seniorów.",
                "Ścieżka rowerowa do miasta.",
                "Szybki internet na wsi, praca zdalna jest niemożliwa.",
                "Oświetlenie ulic na osiedlu i przy przystankach.",
                "Kanalizacja w naszej miejscowości.",
                "Miejsca pracy dla młodych, bo wszyscy wyjeżdżają.",
                "Lepsza informacja z urzędu, strona internetowa jest nieczytelna.",
                "Więcej imprez kulturalnych, kino plenerowe latem.",
                "Segregacja śmieci – częstszy odbiór odpadów.",
                "Plac zabaw i boisko przy szkole.",
                "Dofinansowanie do wymiany pieców, zimą nie da się oddychać.",
                "Połączenie kolejowe z Elblągiem i Olsztynem.",
                "Pomoc dla rolników w sprzedaży lokalnych produktów.",
                "Remont drogi gminnej, dziury po każdej zimie.",
                "Basen albo hala sportowa dostępna dla mieszkańców.",
                "Nic, jest dobrze – tylko utrzymać to, co jest.",
            ),
        ),
    ),
)

YOUTH = Questionnaire(
    title="Ankieta młodzieżowa – opinie i plany życiowe",
    kind="youth",
    gmina_text="Gmina, w której mieszkasz",
    gender_text="Płeć",
    age_text="Ile masz lat?",
    ages=(13, 24),
    age_mode=16,
    size=(150, 260),
    questions=(
        Closed(
            "Czy po skończeniu szkoły chcesz zostać w swojej gminie?",
            (
                ("Tak, na stałe", 12),
                ("Tak, ale najpierw wyjadę na studia", 21),
                ("Nie, wyjadę do większego miasta w Polsce", 38),
                ("Nie, wyjadę za granicę", 11),
                ("Nie wiem", 18),
            ),
        ),
        Closed(
            "Co skłoniłoby Cię do pozostania? (możesz wybrać kilka)",
            (
                ("Praca w wyuczonym zawodzie", 52),
                ("Tanie mieszkanie", 31),
                ("Lepszy dojazd do miasta", 35),
                ("Miejsca spotkań dla młodzieży", 22),
                ("Oferta sportowa i kulturalna", 18),
                ("Szybki internet", 14),
            ),
            pick=3,
        ),
        Grid(
            "Jak oceniasz w swojej gminie:",
            ("Zajęcia pozalekcyjne", "Dojazd do szkoły", "Miejsca spotkań", "Dostęp do sportu"),
            (("Dobrze", 30), ("Średnio", 42), ("Źle", 28)),
        ),
        Closed(
            "Jak oceniasz swoje szanse na dobrą pracę w regionie? (0–10)",
            tuple((str(n), w) for n, w in enumerate((3, 4, 7, 11, 13, 17, 14, 12, 9, 6, 4))),
        ),
        Open(
            "Twój pomysł dla gminy",
            (
                "Skatepark i pumptrack przy szkole.",
                "Młodzieżowa rada gminy, żeby ktoś nas słuchał.",
                "Autobus w piątek wieczorem do miasta i z powrotem.",
                "Kawiarnia lub klub, gdzie można posiedzieć po lekcjach.",
                "Staże w lokalnych firmach w wakacje.",
                "Siłownia plenerowa i oświetlone boisko.",
                "Koncerty i festiwal dla młodych latem.",
                "Kursy programowania i robotyki w bibliotece.",
                "Wi-Fi w centrum i na przystankach.",
                "Wypożyczalnia rowerów i kajaków nad jeziorem.",
            ),
            answered=0.35,
        ),
    ),
)

QUESTIONNAIRES = (RESIDENTS, YOUTH)

"""Polish words for the generated data set: people, offices, declined place names.

Benchmarks on ASCII placeholders would miss the cost of real text (folding
diacritics, collation, wider UTF-8); these helpers make names that read as
Polish. The people are fictitious combinations of common names.
"""

from __future__ import annotations

import random
from datetime import date

MALE_FIRST = (
    "Adam", "Andrzej", "Bartosz", "Dariusz", "Grzegorz", "Jacek", "Jakub", "Jan",
    "Jarosław", "Krzysztof", "Łukasz", "Maciej", "Marcin", "Marek", "Mariusz",
    "Michał", "Paweł", "Piotr", "Rafał", "Robert", "Sławomir", "Stanisław",
    "Tadeusz", "Tomasz", "Wojciech", "Zbigniew",
)  # fmt: skip
FEMALE_FIRST = (
    "Agnieszka", "Aleksandra", "Anna", "Barbara", "Beata", "Dorota", "Elżbieta",
    "Ewa", "Grażyna", "Iwona", "Joanna", "Justyna", "Katarzyna", "Magdalena",
    "Małgorzata", "Maria", "Marta", "Monika", "Natalia", "Renata", "Urszula",
    "Zofia",
)  # fmt: skip
#: Surnames in the masculine form; ``surname`` makes the feminine one.
SURNAMES = (
    "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński",
    "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski",
    "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski",
    "Nowakowski", "Pawłowski", "Michalski", "Nowicki", "Adamczyk", "Dudek",
    "Zając", "Wieczorek", "Jabłoński", "Król", "Majewski", "Olszewski",
    "Jaworski", "Wróbel", "Malinowski", "Pawlak", "Witkowski", "Walczak",
    "Stępień", "Górski", "Rutkowski", "Michalak", "Sikora", "Ostrowski",
    "Baran", "Duda", "Szewczyk", "Tomaszewski", "Pietrzak", "Marciniak",
    "Wróblewski", "Zalewski", "Jakubowski", "Jasiński", "Zawadzki", "Sadowski",
    "Bąk", "Chmielewski", "Włodarczyk", "Borkowski", "Czarnecki", "Sawicki",
)  # fmt: skip

MONTHS_GENITIVE = (
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
    "sierpnia", "września", "października", "listopada", "grudnia",
)  # fmt: skip


def surname(masculine: str, female: bool) -> str:
    """``Kowalski`` → ``Kowalska`` for a woman; nouns such as ``Nowak`` do not change."""
    if female and masculine.endswith(("ski", "cki", "dzki")):
        return masculine[:-1] + "a"
    return masculine


def person(rng: random.Random) -> str:
    """A fictitious full name, women and men alike."""
    female = rng.random() < 0.5
    first = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
    return f"{first} {surname(rng.choice(SURNAMES), female)}"


def long_date(day: date) -> str:
    """``14 października 2020 r.``, as dates are written in Polish documents."""
    return f"{day.day} {MONTHS_GENITIVE[day.month - 1]} {day.year} r."


def _decline_last(adjective: str, masculine: bool) -> str:
    """Genitive of one adjective word: ``łosicki`` → ``łosickiego`` / ``łosickiej``."""
    stem, ending = adjective[:-1], adjective[-1]
    if ending == "i":
        return adjective + ("ego" if masculine else "ej")
    if ending == "y":
        return stem + ("ego" if masculine else "ej")
    return adjective


def powiat_genitive(name: str, *, masculine: bool) -> str:
    """A powiat's adjective name in the genitive, capitalised as in a proper name.

    ``łosicki`` → ``Łosickiego`` (Powiatu …) or ``Łosickiej`` (Ziemi …);
    ``bieruńsko-lędziński`` → ``Bieruńsko-Lędzińskiego``; ``łódzki wschodni``
    → ``Łódzkiego Wschodniego``. Only the part after a hyphen is declined.
    """
    words = []
    for word in name.split():
        parts = word.split("-")
        parts[-1] = _decline_last(parts[-1], masculine)
        words.append("-".join(p[:1].upper() + p[1:] for p in parts))
    return " ".join(words)


def capitalised(name: str) -> str:
    """``łosicki`` → ``Łosicki`` (``Starosta Łosicki``), hyphen parts too."""
    return " ".join(
        "-".join(p[:1].upper() + p[1:] for p in word.split("-")) for word in name.split()
    )


def acronym(name: str) -> str:
    """Initials of the capitalised words: ``Partnerstwo Ziemi Łosickiej`` → ``PZŁ``."""
    letters: list[str] = []
    for word in name.split():
        letters.extend(part[0] for part in word.split("-") if part[:1].isupper())
    return "".join(letters)


def office(kind_rodz: str, name: str) -> tuple[str, str]:
    """(head's title, office) of a gmina by its TERYT kind digit (RODZ).

    ``("Wójt Gminy Płoskinia", "Urząd Gminy Płoskinia")`` for a rural gmina,
    Burmistrz for an urban or urban-rural one.
    """
    if kind_rodz == "1":
        return f"Burmistrz Miasta {name}", f"Urząd Miasta {name}"
    if kind_rodz == "3":
        return f"Burmistrz Miasta i Gminy {name}", f"Urząd Miasta i Gminy {name}"
    return f"Wójt Gminy {name}", f"Urząd Gminy {name}"

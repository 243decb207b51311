"""Village names with the case forms Polish names of organisations need.

TERC has gminy but no villages (those are in SIMC, which the app does not
ship), and stakeholders are named after villages: "OSP w Zalesiu", "KGW
Dąbrowa", "Stowarzyszenie Przyjaciół Woli". So the generator draws a pool of
common Polish village names for each gmina. Each name comes with its
genitive and locative, written out by hand (declension is irregular).
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Village:
    """A village name in the nominative, genitive (``do …``) and locative (``w …``)."""

    nom: str
    gen: str
    loc: str


_FORMS = (
    ("Zalesie", "Zalesia", "Zalesiu"),
    ("Dąbrowa", "Dąbrowy", "Dąbrowie"),
    ("Wola", "Woli", "Woli"),
    ("Borek", "Borku", "Borku"),
    ("Nowa Wieś", "Nowej Wsi", "Nowej Wsi"),
    ("Stara Wieś", "Starej Wsi", "Starej Wsi"),
    ("Górki", "Górek", "Górkach"),
    ("Olszyny", "Olszyn", "Olszynach"),
    ("Brzozówka", "Brzozówki", "Brzozówce"),
    ("Kamionka", "Kamionki", "Kamionce"),
    ("Lipnik", "Lipnika", "Lipniku"),
    ("Zawady", "Zawad", "Zawadach"),
    ("Budy", "Bud", "Budach"),
    ("Podlesie", "Podlesia", "Podlesiu"),
    ("Zagórze", "Zagórza", "Zagórzu"),
    ("Józefów", "Józefowa", "Józefowie"),
    ("Stanisławów", "Stanisławowa", "Stanisławowie"),
    ("Michałów", "Michałowa", "Michałowie"),
    ("Kolonia", "Kolonii", "Kolonii"),
    ("Grabowiec", "Grabowca", "Grabowcu"),
    ("Olszanka", "Olszanki", "Olszance"),
    ("Sosnowica", "Sosnowicy", "Sosnowicy"),
    ("Jabłonna", "Jabłonny", "Jabłonnie"),
    ("Dębina", "Dębiny", "Dębinie"),
    ("Bukowiec", "Bukowca", "Bukowcu"),
    ("Lipowiec", "Lipowca", "Lipowcu"),
    ("Wierzbica", "Wierzbicy", "Wierzbicy"),
    ("Łęki", "Łęk", "Łękach"),
    ("Przyborów", "Przyborowa", "Przyborowie"),
    ("Rudka", "Rudki", "Rudce"),
    ("Ruda", "Rudy", "Rudzie"),
    ("Mościska", "Mościsk", "Mościskach"),
    ("Sarnów", "Sarnowa", "Sarnowie"),
    ("Kozłów", "Kozłowa", "Kozłowie"),
    ("Wilkowo", "Wilkowa", "Wilkowie"),
    ("Nowosiółki", "Nowosiółek", "Nowosiółkach"),
    ("Wólka", "Wólki", "Wólce"),
    ("Wólka Zamkowa", "Wólki Zamkowej", "Wólce Zamkowej"),
    ("Huta", "Huty", "Hucie"),
    ("Kuźnica", "Kuźnicy", "Kuźnicy"),
    ("Młynisko", "Młyniska", "Młynisku"),
    ("Piaski", "Piasków", "Piaskach"),
    ("Pogorzel", "Pogorzeli", "Pogorzeli"),
    ("Gaj", "Gaju", "Gaju"),
    ("Gajewo", "Gajewa", "Gajewie"),
    ("Jeziorki", "Jeziorek", "Jeziorkach"),
    ("Zabłocie", "Zabłocia", "Zabłociu"),
    ("Zarzecze", "Zarzecza", "Zarzeczu"),
    ("Zagrody", "Zagród", "Zagrodach"),
    ("Brzeziny", "Brzezin", "Brzezinach"),
    ("Smolnik", "Smolnika", "Smolniku"),
    ("Kalinowo", "Kalinowa", "Kalinowie"),
    ("Kalinówka", "Kalinówki", "Kalinówce"),
    ("Malinowo", "Malinowa", "Malinowie"),
    ("Jasionka", "Jasionki", "Jasionce"),
    ("Olszewo", "Olszewa", "Olszewie"),
    ("Rakowo", "Rakowa", "Rakowie"),
    ("Grądy", "Grądów", "Grądach"),
    ("Mokre", "Mokrego", "Mokrem"),
    ("Suchodoły", "Suchodołów", "Suchodołach"),
    ("Wysokie", "Wysokiego", "Wysokiem"),
    ("Bielany", "Bielan", "Bielanach"),
    ("Czarnocin", "Czarnocina", "Czarnocinie"),
    ("Dąbrówka", "Dąbrówki", "Dąbrówce"),
    ("Kopanina", "Kopaniny", "Kopaninie"),
    ("Łazy", "Łaz", "Łazach"),
    ("Osiny", "Osin", "Osinach"),
    ("Stawiska", "Stawisk", "Stawiskach"),
    ("Studzianki", "Studzianek", "Studziankach"),
    ("Świerczów", "Świerczowa", "Świerczowie"),
    ("Topola", "Topoli", "Topoli"),
    ("Wiśniewo", "Wiśniewa", "Wiśniewie"),
    ("Wygoda", "Wygody", "Wygodzie"),
    ("Zalesiany", "Zalesian", "Zalesianach"),
    ("Żelazna", "Żelaznej", "Żelaznej"),
    ("Żuków", "Żukowa", "Żukowie"),
    ("Łosiniec", "Łosińca", "Łosińcu"),
    ("Ostrówek", "Ostrówka", "Ostrówku"),
    ("Pasieki", "Pasiek", "Pasiekach"),
    ("Podgórze", "Podgórza", "Podgórzu"),
    ("Polanka", "Polanki", "Polance"),
    ("Przylesie", "Przylesia", "Przylesiu"),
    ("Radostów", "Radostowa", "Radostowie"),
    ("Rogów", "Rogowa", "Rogowie"),
    ("Sieniawka", "Sieniawki", "Sieniawce"),
    ("Skrzynki", "Skrzynek", "Skrzynkach"),
    ("Turowo", "Turowa", "Turowie"),
    ("Wierzchowiny", "Wierzchowin", "Wierzchowinach"),
    ("Zaborze", "Zaborza", "Zaborzu"),
    ("Zakrzewo", "Zakrzewa", "Zakrzewie"),
    ("Żdżary", "Żdżar", "Żdżarach"),
    ("Chruślin", "Chruślina", "Chruślinie"),
    ("Grzybowo", "Grzybowa", "Grzybowie"),
    ("Kościelec", "Kościelca", "Kościelcu"),
    ("Krzewina", "Krzewiny", "Krzewinie"),
    ("Niemirów", "Niemirowa", "Niemirowie"),
    ("Olszówka", "Olszówki", "Olszówce"),
    ("Rzeczyca", "Rzeczycy", "Rzeczycy"),
    ("Sielec", "Sielca", "Sielcu"),
    ("Siedliska", "Siedlisk", "Siedliskach"),
    ("Wiktorów", "Wiktorowa", "Wiktorowie"),
    ("Ignaców", "Ignacowa", "Ignacowie"),
    ("Franciszków", "Franciszkowa", "Franciszkowie"),
    ("Teodorów", "Teodorowa", "Teodorowie"),
    ("Antoniówka", "Antoniówki", "Antoniówce"),
    ("Marianka", "Marianki", "Mariance"),
    ("Zofiówka", "Zofiówki", "Zofiówce"),
    ("Helenów", "Helenowa", "Helenowie"),
    ("Stefanówka", "Stefanówki", "Stefanówce"),
    ("Łąki", "Łąk", "Łąkach"),
    ("Krzyżanowice", "Krzyżanowic", "Krzyżanowicach"),
    ("Bogdanowice", "Bogdanowic", "Bogdanowicach"),
    ("Janowice", "Janowic", "Janowicach"),
    ("Piotrkowice", "Piotrkowic", "Piotrkowicach"),
    ("Sędziszowice", "Sędziszowic", "Sędziszowicach"),
    ("Ściborzyce", "Ściborzyc", "Ściborzycach"),
)
VILLAGES: tuple[Village, ...] = tuple(Village(*forms) for forms in _FORMS)

#: Dedications of Catholic parishes ("Parafia pw. …"), in the genitive.
DEDICATIONS = (
    "św. Stanisława Biskupa i Męczennika",
    "Wniebowzięcia Najświętszej Maryi Panny",
    "św. Józefa Oblubieńca",
    "Najświętszego Serca Pana Jezusa",
    "św. Wojciecha",
    "Matki Bożej Częstochowskiej",
    "św. Jana Chrzciciela",
    "Świętej Trójcy",
    "św. Mikołaja",
    "św. Anny",
    "Podwyższenia Krzyża Świętego",
    "św. Marcina",
    "Narodzenia Najświętszej Maryi Panny",
    "św. Bartłomieja Apostoła",
    "Matki Bożej Nieustającej Pomocy",
    "Miłosierdzia Bożego",
    "św. Jadwigi Śląskiej",
    "św. Andrzeja Boboli",
    "św. Floriana",
    "św. Maksymiliana Marii Kolbego",
)

#: Patrons of schools ("Szkoła Podstawowa im. …"), in the genitive.
PATRONS = (
    "Jana Pawła II",
    "Marii Konopnickiej",
    "Henryka Sienkiewicza",
    "Adama Mickiewicza",
    "Tadeusza Kościuszki",
    "Janusza Korczaka",
    "Orła Białego",
    "Polskich Olimpijczyków",
    "Armii Krajowej",
    "Kornela Makuszyńskiego",
    "Marii Skłodowskiej-Curie",
    "Stefana Żeromskiego",
    "Jana Brzechwy",
    "Bohaterów Westerplatte",
    "Władysława Reymonta",
)

#: Rivers in the genitive, for "Dolina …" names of LGD and trails.
RIVERS = (
    "Bugu", "Wieprza", "Narwi", "Pilicy", "Warty", "Drwęcy", "Bobru", "Kwisy",
    "Liwca", "Sanu", "Soły", "Raby", "Nidy", "Prosny", "Biebrzy", "Pasłęki",
)  # fmt: skip

#: Quoted names ("KGW „Jarzębina”", "LKS „Orzeł”", "PPHU „Jantar”"), by who bears them.
KGW_NAMES = (
    "Babeczki", "Jarzębina", "Kalina", "Stokrotki", "Niezapominajki", "Malwy",
    "Wrzos", "Pod Lipą", "Razem", "Sąsiadki", "Złote Kłosy", "Wesołe Kumoszki",
)  # fmt: skip
CLUB_NAMES = (
    "Orzeł", "Sokół", "Pogoń", "Błękitni", "Iskra", "Zryw", "Victoria", "Płomień",
    "Wichura", "Start", "Huragan", "Tęcza",
)  # fmt: skip
BRANDS = (
    "Promyk", "Jantar", "Dąb", "Zorza", "Kłos", "Granit", "Sosenka", "Lider",
    "Złoty Kłos", "Rolmax", "Agromax", "Bursztyn", "Mleczna Dolina", "Sad",
)  # fmt: skip
GUEST_HOUSES = ("Pod Lipą", "Polna Chata", "Zacisze", "Leśny Zakątek", "Siedlisko", "Wrzos")
HUNTING_CLUBS = ("Darz Bór", "Knieja", "Szarak", "Bażant", "Ryś", "Jeleń")


def village_pool(code: str) -> list[Village]:
    """The villages of a gmina: the same for the same TERYT code in every run.

    Seeded by the code alone, so stakeholders and comments (separate random
    streams) name the same villages of a gmina.
    """
    rng = random.Random(f"villages:{code}")
    return rng.sample(VILLAGES, rng.randint(8, 24))

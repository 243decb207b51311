"""Demo stakeholder registers of the three demo partnerships.

Villages are real sołectwa of the member gminy; organisations are typical of
such areas; the contact persons are fictitious. A partnership that already
has stakeholders is left alone, so running the demo twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from cwd_desktop.domain.vocab import StakeholderCategory as C

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services

ORDER = 10

#: (name, category, TERYT or None, place, influence, interest, notes)
Entry = tuple[str, C, str | None, str, int, int, str]

REGISTERS: dict[str, list[Entry]] = {
    "PGZB": [
        (
            "Sołectwo Żelazna Góra",
            C.SOLECTWO,
            "2802022",
            "Żelazna Góra",
            2,
            4,
            "Aktywna rada sołecka; wniosek o świetlicę wiejską.",
        ),
        ("Sołectwo Rogity", C.SOLECTWO, "2802022", "Rogity", 2, 3, ""),
        (
            "Sołectwo Narusa",
            C.SOLECTWO,
            "2802033",
            "Narusa",
            2,
            5,
            "Dostęp do Zalewu Wiślanego, zależność od sezonu turystycznego.",
        ),
        ("Sołectwo Pluty", C.SOLECTWO, "2802053", "Pluty", 1, 3, ""),
        (
            "OSP Frombork",
            C.OSP,
            "2802033",
            "Frombork",
            3,
            3,
            "Jednostka w KSRG; bezpieczeństwo na Zalewie.",
        ),
        ("OSP Lelkowo", C.OSP, "2802042", "Lelkowo", 2, 2, ""),
        (
            "KGW „Pierzchalanki”",
            C.KGW,
            "2802062",
            "Pierzchały",
            2,
            4,
            "Organizuje dożynki gminne; chce rozwijać produkt lokalny.",
        ),
        ("KGW Słobity", C.KGW, "2802072", "Słobity", 1, 4, ""),
        (
            "Stowarzyszenie LGD „Warmiński Zakątek”",
            C.LGD,
            None,
            "Braniewo",
            4,
            5,
            "Partner przy projektach turystycznych i wsparciu NGO.",
        ),
        ("Fundacja Rozwoju Ziemi Braniewskiej", C.NGO, "2802011", "Braniewo", 3, 5, ""),
        (
            "Stowarzyszenie Miłośników Fromborka",
            C.NGO,
            "2802033",
            "Frombork",
            2,
            4,
            "Dziedzictwo Kopernika, szlak turystyczny.",
        ),
        ("Port i przystań jachtowa we Fromborku", C.BUSINESS, "2802033", "Frombork", 3, 4, ""),
        ("Cech Rzemiosł Różnych w Braniewie", C.BUSINESS_ORG, "2802011", "Braniewo", 3, 3, ""),
        (
            "Gospodarstwo rolne — grupa producentów zbóż „Ziemia Pieniężnieńska”",
            C.FARMER,
            "2802053",
            "Pieniężno",
            2,
            3,
            "",
        ),
        (
            "Nadleśnictwo Zaporowo",
            C.PUBLIC,
            "2802022",
            "Zaporowo",
            4,
            2,
            "Gospodaruje większością lasów obszaru; uzgodnienia tras rowerowych.",
        ),
        (
            "Powiatowy Urząd Pracy w Braniewie",
            C.PUBLIC,
            "2802011",
            "Braniewo",
            4,
            3,
            "Dane o bezrobociu do diagnozy.",
        ),
        (
            "Zespół Szkół Zawodowych w Braniewie",
            C.SCHOOL,
            "2802011",
            "Braniewo",
            3,
            4,
            "Kształcenie zawodowe pod potrzeby pracodawców.",
        ),
        ("Parafia pw. św. Katarzyny w Braniewie", C.PARISH, "2802011", "Braniewo", 3, 2, ""),
        (
            "Młodzieżowa Rada Miasta Braniewa",
            C.YOUTH,
            "2802011",
            "Braniewo",
            1,
            5,
            "Zgłosiła postulat połączeń autobusowych w weekendy.",
        ),
        ("Mieszkańcy osiedla Koszarowa", C.RESIDENTS, "2802011", "Braniewo", 1, 4, ""),
        (
            "Gmina Młynary",
            C.NEIGHBOUR_JST,
            None,
            "Młynary",
            3,
            2,
            "Sąsiednia gmina; uzgodnienia w ramach art. 6 uzppr.",
        ),
    ],
    "MOF Bolesławiec": [
        ("Sołectwo Kruszyn", C.SOLECTWO, "0201022", "Kruszyn", 2, 4, ""),
        (
            "Sołectwo Trzebień",
            C.SOLECTWO,
            "0201022",
            "Trzebień",
            2,
            3,
            "Lotnisko sportowe i tereny inwestycyjne.",
        ),
        ("Sołectwo Wykroty", C.SOLECTWO, "0201043", "Wykroty", 1, 3, ""),
        (
            "Sołectwo Iwiny",
            C.SOLECTWO,
            "0201062",
            "Iwiny",
            1,
            4,
            "Sąsiedztwo zakładu górniczego; jakość powietrza.",
        ),
        ("OSP Osiecznica", C.OSP, "0201052", "Osiecznica", 2, 3, ""),
        ("OSP Gromadka", C.OSP, "0201032", "Gromadka", 2, 2, ""),
        ("KGW Osła", C.KGW, "0201032", "Osła", 1, 4, ""),
        ("KGW „Zebrzydowianki”", C.KGW, "0201043", "Zebrzydowa", 1, 3, ""),
        (
            "Stowarzyszenie „Bory Dolnośląskie” — Lokalna Grupa Działania",
            C.LGD,
            "0201052",
            "Osiecznica",
            4,
            5,
            "Wspólne projekty turystyczne Borów Dolnośląskich.",
        ),
        (
            "Stowarzyszenie Ceramików Bolesławieckich",
            C.NGO,
            "0201011",
            "Bolesławiec",
            3,
            5,
            "Święto Ceramiki; marka miasta.",
        ),
        ("Fundacja Zamek Kliczków — dziedzictwo regionu", C.NGO, "0201052", "Kliczków", 2, 3, ""),
        (
            "Manufaktura ceramiki artystycznej (MŚP)",
            C.BUSINESS,
            "0201011",
            "Bolesławiec",
            4,
            4,
            "Duży pracodawca; potrzeby kadrowe i logistyczne.",
        ),
        ("Centrum logistyczne przy autostradzie A4", C.BUSINESS, "0201022", "Kruszyn", 4, 3, ""),
        ("Bolesławiecka Izba Gospodarcza", C.BUSINESS_ORG, "0201011", "Bolesławiec", 4, 4, ""),
        ("Dolnośląska Izba Rolnicza — rada powiatowa", C.FARMER, None, "Bolesławiec", 2, 2, ""),
        ("Nadleśnictwo Bolesławiec", C.PUBLIC, "0201011", "Bolesławiec", 4, 2, ""),
        (
            "Państwowe Gospodarstwo Wodne Wody Polskie — Zarząd Zlewni w Legnicy",
            C.PUBLIC,
            None,
            "Legnica",
            5,
            2,
            "Adresat konsultacji strategii z mocy art. 6 ust. 3 uzppr.",
        ),
        ("Zespół Szkół Ceramicznych w Bolesławcu", C.SCHOOL, "0201011", "Bolesławiec", 3, 4, ""),
        (
            "Parafia pw. Wniebowzięcia NMP w Bolesławcu",
            C.PARISH,
            "0201011",
            "Bolesławiec",
            3,
            2,
            "",
        ),
        ("Młodzieżowa Rada Miasta Bolesławiec", C.YOUTH, "0201011", "Bolesławiec", 1, 5, ""),
        (
            "Rada osiedla Stare Miasto",
            C.RESIDENTS,
            "0201011",
            "Bolesławiec",
            2,
            5,
            "Rewitalizacja śródmieścia, parkingi.",
        ),
        ("Gmina Lwówek Śląski", C.NEIGHBOUR_JST, None, "Lwówek Śląski", 3, 2, ""),
    ],
    "PZŁ": [
        (
            "Sołectwo Niemojki",
            C.SOLECTWO,
            "1410023",
            "Niemojki",
            2,
            4,
            "Stacja kolejowa na linii Siedlce — Czeremcha.",
        ),
        ("Sołectwo Chotycze", C.SOLECTWO, "1410023", "Chotycze", 1, 3, ""),
        ("Sołectwo Hadynów", C.SOLECTWO, "1410032", "Hadynów", 1, 3, ""),
        (
            "Sołectwo Serpelice",
            C.SOLECTWO,
            "1410052",
            "Serpelice",
            2,
            5,
            "Turystyka nad Bugiem, ośrodki wypoczynkowe.",
        ),
        ("OSP Sarnaki", C.OSP, "1410052", "Sarnaki", 2, 3, ""),
        ("OSP Stara Kornica", C.OSP, "1410062", "Stara Kornica", 2, 2, ""),
        ("KGW Huszlew", C.KGW, "1410012", "Huszlew", 1, 4, "Kuchnia regionalna, kiermasze."),
        ("KGW „Hruszewianki”", C.KGW, "1410042", "Hruszew", 1, 4, ""),
        ("Lokalna Grupa Działania „Tygiel Doliny Bugu”", C.LGD, None, "Biała Podlaska", 4, 4, ""),
        ("Stowarzyszenie Przyjaciół Ziemi Łosickiej", C.NGO, "1410023", "Łosice", 2, 5, ""),
        (
            "Okręgowa Spółdzielnia Mleczarska w Łosicach",
            C.BUSINESS,
            "1410023",
            "Łosice",
            5,
            3,
            "Największy pracodawca obszaru; dostawcy mleka z całego powiatu.",
        ),
        ("Zakład przetwórstwa owoców i warzyw", C.BUSINESS, "1410042", "Platerów", 3, 3, ""),
        (
            "Związek Rolników, Kółek i Organizacji Rolniczych — oddział w Łosicach",
            C.FARMER,
            "1410023",
            "Łosice",
            3,
            4,
            "",
        ),
        ("Grupa producentów trzody chlewnej", C.FARMER, "1410032", "Olszanka", 2, 3, ""),
        ("Powiatowy Urząd Pracy w Łosicach", C.PUBLIC, "1410", "Łosice", 4, 3, ""),
        (
            "Samodzielny Publiczny Zakład Opieki Zdrowotnej w Łosicach",
            C.PUBLIC,
            "1410",
            "Łosice",
            4,
            4,
            "Dostęp do specjalistów; transport pacjentów.",
        ),
        (
            "Liceum Ogólnokształcące im. Marii Konopnickiej w Łosicach",
            C.SCHOOL,
            "1410",
            "Łosice",
            3,
            4,
            "",
        ),
        ("Parafia pw. Trójcy Świętej w Łosicach", C.PARISH, "1410023", "Łosice", 3, 2, ""),
        ("Młodzieżowa Rada Gminy Sarnaki", C.YOUTH, "1410052", "Sarnaki", 1, 4, ""),
        (
            "Nieformalna grupa rodziców — dowozy do szkół",
            C.RESIDENTS,
            "1410062",
            "Wyczółki",
            1,
            5,
            "",
        ),
        ("Gmina Konstantynów", C.NEIGHBOUR_JST, None, "Konstantynów", 2, 2, ""),
    ],
}

#: stakeholder name → contact persons (fictitious people).
CONTACTS: dict[str, list[dict[str, Any]]] = {
    "Sołectwo Żelazna Góra": [
        {
            "name": "Halina Dąbrowska",
            "role": "sołtys",
            "phone": "+48 601 234 567",
            "consent_purpose": "kontakt w sprawie konsultacji strategii",
            "consent_on": date(2021, 3, 15),
        },
    ],
    "Stowarzyszenie LGD „Warmiński Zakątek”": [
        {
            "name": "Robert Sikora",
            "role": "prezes zarządu",
            "phone": "55 243 10 20",
            "email": "biuro@lgd-demo.example.pl",
            "consent_purpose": "udział w grupie roboczej i konsultacjach",
            "consent_on": date(2021, 2, 1),
        },
        {
            "name": "Monika Wróbel",
            "role": "specjalistka ds. projektów",
            "consent_purpose": "kontakt w sprawie projektów",
            "consent_on": date(2021, 2, 1),
            "consent_withdrawn_on": date(2021, 11, 30),
        },
    ],
    "Stowarzyszenie Ceramików Bolesławieckich": [
        {
            "name": "Elżbieta Mazur",
            "role": "przewodnicząca",
            "phone": "75 612 44 10",
            "email": "kontakt@ceramicy-demo.example.pl",
            "consent_purpose": "zaproszenia na warsztaty strategiczne",
            "consent_on": date(2022, 10, 5),
        },
    ],
    "Rada osiedla Stare Miasto": [
        {
            "name": "Grzegorz Pawlak",
            "role": "przewodniczący rady osiedla",
            "phone": "+48 512 300 400",
            "consent_purpose": "kontakt w sprawie rewitalizacji",
            "consent_on": date(2022, 11, 14),
        },
    ],
    "Okręgowa Spółdzielnia Mleczarska w Łosicach": [
        {
            "name": "Krzysztof Jabłoński",
            "role": "dyrektor ds. rozwoju",
            "phone": "83 357 11 00",
            "email": "rozwoj@osm-demo.example.pl",
            "consent_purpose": "wywiad do diagnozy i konsultacje",
            "consent_on": date(2022, 11, 3),
        },
    ],
    "KGW Huszlew": [
        {
            "name": "Teresa Szymańska",
            "role": "przewodnicząca koła",
            "phone": "+48 698 120 330",
            "consent_purpose": "zaproszenia na spotkania",
            "consent_on": date(2022, 12, 1),
        },
    ],
}


def fill(services: Services, partnerships: dict[str, str]) -> None:
    """Add each demo register to its partnership, unless it already has stakeholders."""
    from cwd_desktop.services.stakeholders import StakeholderService

    register = StakeholderService(services)
    for short_name, entries in REGISTERS.items():
        partnership_id = partnerships.get(short_name)
        if partnership_id is None or register.count(partnership_id) > 0:
            continue
        members = {j.code for j in register.members(partnership_id)}
        rows: list[Mapping[str, Any]] = [
            {
                "name": name,
                "category": category.value,
                "teryt": teryt if teryt in members else None,
                "place": place,
                "influence": influence,
                "interest": interest,
                "notes": notes,
            }
            for name, category, teryt, place, influence, interest, notes in entries
        ]
        ids = services.records.create_many("stakeholder", partnership_id, rows)
        for (name, *_), stakeholder_id in zip(entries, ids, strict=True):
            for contact in CONTACTS.get(name, []):
                register.add_contact(stakeholder_id, contact)

"""Demo diagnosis content: indicator definitions, JST profiles, SWOT and conclusions.

The magnitudes follow what GUS publishes for small gminy of these regions
(a rural gmina of warmińsko-mazurskie with a fifth of its working-age people
registered as unemployed, a suburban gmina of Bolesławiec gaining people),
but every value is generated: the source says so. ``demo_data.diagnosis``
turns the profiles into yearly values with a fixed seed.
"""

from __future__ import annotations

from dataclasses import dataclass

FIRST_YEAR, LAST_YEAR = 2019, 2024
SOURCE = "GUS, Bank Danych Lokalnych (dane przykładowe)"


@dataclass(frozen=True)
class IndicatorSpec:
    """An indicator of the demo: how it is named and how its values are drawn.

    ``key`` picks the generator in ``demo_data.diagnosis``; ``powiat`` says
    whether a powiat member gets values too (rates do, gmina totals do not).
    """

    key: str
    name: str
    unit: str
    area: str
    powiat: bool


INDICATORS: tuple[IndicatorSpec, ...] = (
    IndicatorSpec("population", "Ludność ogółem", "osoba", "Demografia", False),
    IndicatorSpec("migration", "Saldo migracji na 1000 mieszkańców", "‰", "Demografia", True),
    IndicatorSpec(
        "elderly",
        "Udział osób w wieku poprodukcyjnym w ludności ogółem",
        "%",
        "Demografia",
        True,
    ),
    IndicatorSpec(
        "unemployment",
        "Stopa bezrobocia rejestrowanego",
        "%",
        "Rynek pracy i przedsiębiorczość",
        True,
    ),
    IndicatorSpec(
        "businesses",
        "Podmioty gospodarki narodowej wpisane do rejestru REGON na 1000 mieszkańców",
        "podmiot",
        "Rynek pracy i przedsiębiorczość",
        True,
    ),
    IndicatorSpec(
        "own_income",
        "Dochody własne gminy na 1 mieszkańca",
        "zł",
        "Finanse samorządów",
        False,
    ),
    IndicatorSpec(
        "preschool",
        "Odsetek dzieci w wieku 3–5 lat objętych wychowaniem przedszkolnym",
        "%",
        "Edukacja",
        True,
    ),
    IndicatorSpec(
        "water",
        "Długość czynnej sieci wodociągowej",
        "km",
        "Infrastruktura techniczna",
        False,
    ),
    IndicatorSpec(
        "sewage",
        "Ludność korzystająca z sieci kanalizacyjnej",
        "%",
        "Infrastruktura techniczna",
        True,
    ),
)


@dataclass(frozen=True)
class Profile:
    """What the values of one JST are drawn around.

    ``people`` in the first year; ``growth`` of the population per year;
    ``unemployment`` in the first year (%); ``urban`` for towns and cities,
    ``suburban`` for gminy around a city that gain people.
    """

    people: int
    growth: float
    unemployment: float
    urban: bool = False
    suburban: bool = False
    area_km2: float = 150.0


#: Member JST by TERYT code, per demo partnership.
PROFILES: dict[str, dict[str, Profile]] = {
    "PGZB": {
        "2802011": Profile(16_900, -0.009, 11.8, urban=True, area_km2=12),
        "2802022": Profile(6_310, -0.006, 19.6, area_km2=294),
        "2802033": Profile(3_640, -0.009, 16.1, area_km2=126),
        "2802042": Profile(3_340, -0.012, 23.4, area_km2=218),
        "2802053": Profile(6_710, -0.010, 20.8, area_km2=234),
        "2802062": Profile(2_730, -0.008, 18.5, area_km2=148),
        "2802072": Profile(2_970, -0.010, 20.7, area_km2=197),
    },
    "MOF Bolesławiec": {
        "0201011": Profile(38_900, -0.006, 3.1, urban=True, area_km2=24),
        "0201022": Profile(14_900, 0.006, 2.6, suburban=True, area_km2=289),
        "0201032": Profile(5_300, -0.002, 3.9, area_km2=271),
        "0201043": Profile(14_700, -0.003, 4.4, area_km2=184),
        "0201052": Profile(7_150, -0.001, 4.8, area_km2=438),
        "0201062": Profile(8_250, 0.004, 3.4, suburban=True, area_km2=123),
    },
    "PZŁ": {
        "1410023": Profile(10_650, -0.005, 6.2, urban=True, area_km2=140),
        "1410012": Profile(2_700, -0.011, 7.9, area_km2=142),
        "1410032": Profile(2_690, -0.010, 7.1, area_km2=129),
        "1410042": Profile(5_030, -0.008, 8.3, area_km2=147),
        "1410052": Profile(5_990, -0.009, 8.8, area_km2=191),
        "1410062": Profile(4_570, -0.008, 7.4, area_km2=142),
        "1410": Profile(31_600, -0.007, 7.6, area_km2=772),
    },
}

STR, WEAK, OPP, THR = "strength", "weakness", "opportunity", "threat"

SWOT: dict[str, dict[str, tuple[str, ...]]] = {
    "PGZB": {
        STR: (
            "Walory przyrodnicze i krajobrazowe Zalewu Wiślanego i Wysoczyzny Elbląskiej.",
            "Dziedzictwo kulturowe o randze ponadregionalnej: Wzgórze Katedralne we Fromborku, "
            "zabytki Braniewa.",
            "Tereny inwestycyjne przy drodze S22 i dawnym przejściu granicznym w Grzechotkach.",
            "Doświadczenie gmin we wspólnych projektach (porozumienie międzygminne z 2020 r.).",
            "Aktywne organizacje pozarządowe, koła gospodyń wiejskich i OSP.",
            "Sieć szkół i przedszkoli w miastach partnerstwa.",
        ),
        WEAK: (
            "Stały odpływ ludności, zwłaszcza młodych, i starzenie się mieszkańców.",
            "Wysokie bezrobocie, w tym długotrwałe, w gminach wiejskich.",
            "Niskie dochody własne gmin i mała zdolność do wniesienia wkładu własnego.",
            "Słaba dostępność transportu publicznego między miejscowościami a Braniewem.",
            "Niski odsetek mieszkańców wsi korzystających z kanalizacji.",
            "Mała liczba firm i niska przedsiębiorczość mieszkańców.",
            "Niewielka baza noclegowa i krótki sezon turystyczny.",
        ),
        OPP: (
            "Środki programu regionalnego 2021–2027 dla obszarów zagrożonych "
            "trwałą marginalizacją.",
            "Rosnący popyt na turystykę aktywną: Zalew Wiślany, trasa rowerowa Green Velo.",
            "Kanał przez Mierzeję Wiślaną i rozwój żeglugi na Zalewie.",
            "Fundusze na odnawialne źródła energii i termomodernizację budynków.",
            "Współpraca z Elblągiem na rynku pracy i w usługach publicznych.",
        ),
        THR: (
            "Zamknięta granica z Obwodem Królewieckim i peryferyjne położenie.",
            "Dalsza emigracja zarobkowa młodych do Trójmiasta i za granicę.",
            "Rosnące koszty energii i usług komunalnych obciążające budżety gmin.",
            "Likwidacja połączeń autobusowych i kolejowych o małej liczbie pasażerów.",
            "Brak lekarzy, pielęgniarek i nauczycieli przedmiotów ścisłych.",
            "Podtopienia w delcie Pasłęki i erozja brzegu Zalewu.",
        ),
    },
    "MOF Bolesławiec": {
        STR: (
            "Położenie przy autostradzie A4 i drodze krajowej 94, blisko granicy z Niemcami.",
            "Silna marka ceramiki bolesławieckiej i Święto Ceramiki.",
            "Niskie bezrobocie i rosnąca liczba firm, zwłaszcza w logistyce i przetwórstwie.",
            "Napływ mieszkańców do gmin sąsiadujących z Bolesławcem.",
            "Lasy Borów Dolnośląskich i doliny Bobru i Kwisy dla turystyki.",
            "Dobrze rozwinięta sieć przedszkoli i szkół średnich w Bolesławcu.",
        ),
        WEAK: (
            "Spadek liczby mieszkańców samego Bolesławca i starzenie się śródmieścia.",
            "Zdegradowane kamienice i przestrzenie publiczne w centrum miasta.",
            "Duży ruch samochodowy z gmin ościennych do pracy i szkół.",
            "Brak spójnej sieci dróg rowerowych łączącej gminy.",
            "Niski odsetek skanalizowania w gminach Osiecznica i Gromadka.",
            "Niewystarczająca liczba miejsc w żłobkach.",
        ),
        OPP: (
            "Instrument Zintegrowanych Inwestycji Terytorialnych dla miejskich obszarów "
            "funkcjonalnych.",
            "Rozwój transportu kolejowego na linii Węgliniec – Bolesławiec – Legnica.",
            "Inwestycje zagraniczne w strefach ekonomicznych wzdłuż A4.",
            "Rosnący ruch turystyczny związany z ceramiką i turystyką rowerową.",
            "Programy rewitalizacji i termomodernizacji budynków mieszkalnych.",
        ),
        THR: (
            "Konkurencja Wrocławia i Legnicy o wykwalifikowanych pracowników.",
            "Suburbanizacja bez planowania: rozlewanie się zabudowy i koszty infrastruktury.",
            "Susza i zagrożenie pożarowe w kompleksach leśnych.",
            "Wzrost cen energii uderzający w zakłady ceramiczne.",
            "Spowolnienie gospodarcze w Niemczech, głównym rynku eksportowym.",
        ),
    },
    "PZŁ": {
        STR: (
            "Rolnictwo towarowe i przetwórstwo spożywcze (mleczarstwo, sadownictwo).",
            "Czyste środowisko i walory doliny Bugu (Natura 2000, Podlaski Przełom Bugu).",
            "Dobra współpraca gmin z powiatem łosickim przy wspólnych przedsięwzięciach.",
            "Łosice jako ośrodek usług publicznych dla całego powiatu.",
            "Tradycje rękodzieła i kuchni regionalnej podtrzymywane przez koła gospodyń wiejskich.",
        ),
        WEAK: (
            "Ubytek ludności i duży udział osób starszych w gminach wiejskich.",
            "Słaba dostępność komunikacyjna: brak kolei, rzadkie połączenia autobusowe.",
            "Ograniczony dostęp do specjalistycznej opieki zdrowotnej.",
            "Niewielka liczba miejsc pracy poza rolnictwem.",
            "Niski odsetek skanalizowania wsi i przestarzałe oczyszczalnie.",
            "Mała liczba miejsc noclegowych dla turystów.",
        ),
        OPP: (
            "Fundusze europejskie 2021–2027 dla miast średnich i małych oraz ich otoczenia.",
            "Rosnące zainteresowanie żywnością lokalną i krótkimi łańcuchami dostaw.",
            "Rozwój turystyki przyrodniczej i kajakowej nad Bugiem.",
            "Możliwość rozwoju odnawialnych źródeł energii (fotowoltaika, biogazownie).",
            "Praca zdalna pozwalająca zamieszkać poza dużym miastem.",
        ),
        THR: (
            "Odpływ młodych do Warszawy, Siedlec i Białej Podlaskiej.",
            "Niestabilność cen produktów rolnych i rosnące koszty produkcji.",
            "Zamykanie małych szkół wiejskich z powodu niżu demograficznego.",
            "Położenie przy wschodniej granicy UE zniechęcające inwestorów.",
            "Susze i ekstremalne zjawiska pogodowe.",
        ),
    },
}

CONCLUSIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "PGZB": (
        (
            "Demografia",
            "Liczba ludności spada o ok. 1% rocznie, a saldo migracji jest ujemne we wszystkich "
            "gminach; strategia powinna przede wszystkim zatrzymać młodych mieszkańców.",
        ),
        (
            "Rynek pracy",
            "Bezrobocie w gminach wiejskich jest blisko dwukrotnie wyższe niż w Braniewie; "
            "potrzebna jest aktywizacja zawodowa powiązana z lokalnymi pracodawcami.",
        ),
        (
            "Finanse",
            "Niskie dochody własne ograniczają inwestycje; wspólne projekty partnerstwa z jednym "
            "wnioskodawcą zwiększą szanse na dofinansowanie.",
        ),
        (
            "Turystyka",
            "Potencjał Fromborka i Zalewu Wiślanego jest słabo wykorzystany: brakuje spójnej "
            "oferty, szlaków i noclegów poza sezonem.",
        ),
        (
            "Transport",
            "Transport publiczny jest najczęściej wskazywanym problemem w badaniu mieszkańców; "
            "priorytetem powinna być wspólna sieć połączeń autobusowych.",
        ),
        (
            "Infrastruktura",
            "Niski odsetek mieszkańców wsi korzystających z kanalizacji wymaga inwestycji "
            "w gospodarkę wodno-ściekową.",
        ),
        (
            "Usługi społeczne",
            "Rosnący udział osób w wieku poprodukcyjnym zwiększa zapotrzebowanie na usługi "
            "opiekuńcze i dzienne domy pobytu.",
        ),
        (
            "Młodzież",
            "Większość młodzieży zamierza wyjechać po szkole; najczęściej wskazuje na pracę "
            "w zawodzie i lepszy dojazd jako powody, by zostać.",
        ),
    ),
    "MOF Bolesławiec": (
        (
            "Demografia",
            "Bolesławiec traci mieszkańców na rzecz gmin sąsiednich: obszar funkcjonalny jako "
            "całość utrzymuje liczbę ludności, ale rosną dojazdy do miasta.",
        ),
        (
            "Gospodarka",
            "Niskie bezrobocie i rosnąca liczba firm wskazują na niedobór pracowników; "
            "potrzebne jest kształcenie zawodowe dopasowane do logistyki i ceramiki.",
        ),
        (
            "Rewitalizacja",
            "Śródmieście Bolesławca wymaga rewitalizacji kamienic i przestrzeni publicznych, "
            "aby zatrzymać odpływ mieszkańców z centrum.",
        ),
        (
            "Mobilność",
            "Codzienne dojazdy z gmin ościennych uzasadniają wspólny system dróg rowerowych "
            "i węzły przesiadkowe przy dworcu kolejowym.",
        ),
        (
            "Infrastruktura",
            "Gminy Osiecznica i Gromadka wyraźnie odstają pod względem skanalizowania; "
            "inwestycje wodno-ściekowe powinny objąć ich główne miejscowości.",
        ),
        (
            "Usługi publiczne",
            "Napływ młodych rodzin do gmin podmiejskich zwiększa zapotrzebowanie na żłobki "
            "i przedszkola.",
        ),
        (
            "Środowisko",
            "Susza i zagrożenie pożarowe w Borach Dolnośląskich wymagają retencji wód "
            "i wspólnego planu adaptacji do zmian klimatu.",
        ),
    ),
    "PZŁ": (
        (
            "Demografia",
            "Gminy wiejskie tracą mieszkańców szybciej niż Łosice, a udział seniorów rośnie "
            "co roku; usługi opiekuńcze staną się kluczowe.",
        ),
        (
            "Gospodarka",
            "Rolnictwo i przetwórstwo spożywcze pozostają podstawą lokalnej gospodarki; "
            "warto wspierać krótkie łańcuchy dostaw i przetwórstwo lokalne.",
        ),
        (
            "Transport",
            "Brak kolei i rzadkie połączenia autobusowe utrudniają dojazd do pracy i szkół; "
            "potrzebny jest transport zbiorowy organizowany wspólnie z powiatem.",
        ),
        (
            "Zdrowie",
            "Mieszkańcy oceniają dostęp do lekarzy specjalistów najgorzej ze wszystkich usług; "
            "warto rozwijać teleporady i dojazdowe punkty specjalistyczne.",
        ),
        (
            "Infrastruktura",
            "Niski odsetek skanalizowania wsi i przestarzałe oczyszczalnie wymagają inwestycji "
            "prowadzonych wspólnie przez gminy.",
        ),
        (
            "Turystyka",
            "Dolina Bugu daje szansę na turystykę przyrodniczą i kajakową, ale brakuje "
            "noclegów i oznakowanych szlaków.",
        ),
        (
            "Energia",
            "Odnawialne źródła energii mogą obniżyć koszty gmin i rolników; partnerstwo może "
            "przygotować wspólny projekt klastra energii.",
        ),
    ),
}

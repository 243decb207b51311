"""Demo project packages of the three demo partnerships (fictitious but plausible).

Costs are PLN estimates of the kind a partnership writes into its fiches;
funding comes from the regional programme (FEWiM, FEDS, FEM 2021–2027),
FEnIKS, KPO, national funds and the JST's own money. One project of each
package is the key project, with an application outline and a sector
analysis. ``topics`` are folded word stems used to find the strategic
objective (and direction) the project serves among those the strategy
demo created; ``comments`` are stems of consultation comments it answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DemoProject:
    title: str
    leader: str
    partners: str
    location: str
    policy: str
    area: str
    description: str
    scope: str
    integrated: str
    cost: float
    readiness: str
    status: str
    #: (source, amount)
    funding: tuple[tuple[str, float], ...]
    #: (name, start ISO, end ISO)
    tasks: tuple[tuple[str, str, str], ...]
    #: (kind, name, unit, baseline, target, year, source)
    indicators: tuple[tuple[str, str, str, float, float, int, str], ...]
    topics: tuple[str, ...]
    comments: tuple[str, ...] = ()
    #: feasibility analysis: field -> text
    feasibility: dict[str, str] = field(default_factory=dict)
    #: the application outline (only for the key project): field -> text
    application: dict[str, str] = field(default_factory=dict)


_ROAD_PGZB = DemoProject(
    title="Przebudowa drogi powiatowej Braniewo–Pieniężno z ciągiem pieszo-rowerowym",
    leader="2802022",
    partners="Powiat Braniewski (zarządca drogi), Gmina Pieniężno",
    location="Gmina Braniewo (Podgórze, Żelazna Góra), gmina Pieniężno (Pieniężno, Łajsy)",
    policy="po3",
    area="transport",
    description="Przebudowa 14,2 km drogi powiatowej nr 1356N łączącej Braniewo z Pieniężnem, "
    "z poszerzeniem jezdni do 6 m, wzmocnieniem nawierzchni i budową ciągu pieszo-"
    "rowerowego wzdłuż terenu zabudowanego. Droga jest główną osią dojazdu uczniów do "
    "szkół ponadpodstawowych w Braniewie i mieszkańców do pracy w strefie przemysłowej.",
    scope="Dokumentacja projektowa i decyzja ZRID; przebudowa jezdni na odcinku 14,2 km; "
    "9,8 km ciągu pieszo-rowerowego; 6 zatok autobusowych z wiatami; oświetlenie przejść "
    "dla pieszych; kanał technologiczny.",
    integrated="Projekt dwóch gmin i powiatu; łączy transport (dojazdy do pracy i szkół), "
    "bezpieczeństwo ruchu i turystykę rowerową (połączenie ze szlakiem Zalewu Wiślanego).",
    cost=28_400_000,
    readiness="documentation",
    status="accepted",
    funding=(("regional_fe", 19_880_000), ("national", 5_680_000), ("own", 2_840_000)),
    tasks=(
        ("Dokumentacja projektowa i decyzja ZRID", "2026-02-01", "2026-12-31"),
        ("Przetarg na roboty budowlane", "2027-01-15", "2027-04-30"),
        ("Roboty budowlane — odcinek Braniewo–Podgórze", "2027-05-01", "2028-06-30"),
        ("Roboty budowlane — odcinek Podgórze–Pieniężno", "2027-09-01", "2028-10-31"),
        ("Odbiór, rozliczenie i promocja projektu", "2028-11-01", "2029-01-31"),
    ),
    indicators=(
        (
            "output",
            "Długość przebudowanych dróg powiatowych",
            "km",
            0,
            14.2,
            2029,
            "protokoły odbioru",
        ),
        (
            "output",
            "Długość wybudowanych ciągów pieszo-rowerowych",
            "km",
            0,
            9.8,
            2029,
            "protokoły odbioru",
        ),
        (
            "result",
            "Czas przejazdu Braniewo–Pieniężno",
            "min",
            28,
            21,
            2029,
            "pomiar zarządcy drogi",
        ),
        (
            "result",
            "Liczba wypadków drogowych na odcinku",
            "szt./rok",
            6,
            2,
            2030,
            "KPP w Braniewie",
        ),
    ),
    topics=("transport", "komunikac", "dostepn", "drog", "mobilnos"),
    comments=("pieniezno–lelkowo nie ma poboczy", "pieszo-rowerow"),
    feasibility={
        "need": "Nawierzchnia drogi jest w złym stanie (wskaźnik SOSN klasa D na 60% długości); "
        "brak poboczy i chodników zmusza pieszych i rowerzystów do poruszania się jezdnią.",
        "institutional": "Inwestorem jest Gmina Braniewo na podstawie porozumienia z Powiatem "
        "Braniewskim; po zakończeniu drogę utrzymuje Zarząd Dróg Powiatowych w Braniewie.",
        "risks": "Wzrost cen robót (rezerwa 10% kosztu); opóźnienie decyzji ZRID (wniosek złożony "
        "z wyprzedzeniem); kolizje z siecią energetyczną (uzgodnienia z Energą w dokumentacji).",
    },
)

_SENIORS_PGZB = DemoProject(
    title="Sieć punktów opieki nad seniorami Ziemi Braniewskiej",
    leader="2802011",
    partners="Gminy Braniewo, Frombork, Lelkowo, Pieniężno, Płoskinia, Wilczęta; "
    "Stowarzyszenie „Razem dla Seniora”; PCPR w Braniewie",
    location="Braniewo (dzienny dom pomocy), Frombork, Pieniężno, Lelkowo (kluby seniora), "
    "sołectwa gmin wiejskich (opieka wyjazdowa)",
    policy="po4",
    area="health",
    description="Wspólna sieć usług dla osób starszych: dzienny dom pomocy w Braniewie, trzy "
    "kluby seniora w gminach, opieka wytchnieniowa i usługi opiekuńcze dowożone do sołectw, "
    "z jednym centrum koordynacji i teleopieką dla osób samotnych.",
    scope="Adaptacja budynku po szkole przy ul. Królewieckiej w Braniewie na dzienny dom "
    "pomocy (30 miejsc); wyposażenie 3 klubów seniora; zakup 2 pojazdów przystosowanych; "
    "teleopieka dla 150 osób; zatrudnienie i szkolenie 18 opiekunów; centrum koordynacji.",
    integrated="Wszystkie siedem gmin partnerstwa; łączy pomoc społeczną, ochronę zdrowia "
    "(teleopieka, profilaktyka) i transport (dowóz do placówek); realizowany z organizacją "
    "pozarządową i PCPR.",
    cost=9_600_000,
    readiness="concept",
    status="in_preparation",
    funding=(("regional_fe", 8_160_000), ("own", 1_440_000)),
    tasks=(
        ("Koncepcja sieci i porozumienie gmin", "2026-01-05", "2026-04-30"),
        ("Projekt i pozwolenie na przebudowę budynku w Braniewie", "2026-03-01", "2026-09-30"),
        ("Przebudowa i wyposażenie dziennego domu pomocy", "2026-11-01", "2027-08-31"),
        ("Wyposażenie klubów seniora i zakup pojazdów", "2027-03-01", "2027-06-30"),
        ("Rekrutacja i szkolenie opiekunów", "2027-04-01", "2027-09-30"),
        ("Świadczenie usług w sieci", "2027-09-01", "2029-08-31"),
    ),
    indicators=(
        ("output", "Liczba miejsc w dziennym domu pomocy", "miejsca", 0, 30, 2027, "dane projektu"),
        ("output", "Liczba osób objętych teleopieką", "osoby", 0, 150, 2028, "dane projektu"),
        (
            "result",
            "Liczba osób korzystających z usług sieci",
            "osoby/rok",
            0,
            420,
            2029,
            "OPS gmin",
        ),
        ("result", "Osoby oczekujące na usługi opiekuńcze", "osoby", 64, 10, 2029, "OPS gmin"),
    ),
    topics=("senior", "spoleczn", "uslug", "opiek", "zdrow"),
    comments=("senior", "opiek"),
    feasibility={
        "need": "Co czwarty mieszkaniec partnerstwa ma 60 lat lub więcej, a w gminach wiejskich "
        "udział ten rośnie najszybciej w województwie. Jedyny dom dziennego pobytu działa w "
        "Braniewie (15 miejsc); ośrodki pomocy społecznej mają listy oczekujących na usługi "
        "opiekuńcze (64 osoby), a dowóz do lekarza z sołectw zapewniają głównie sąsiedzi.",
        "options": "Rozważono: (1) osobne placówki w każdej gminie — zbyt drogie w utrzymaniu "
        "przy małej liczbie podopiecznych; (2) jedną dużą placówkę w Braniewie — niedostępną "
        "dla mieszkańców odległych sołectw; (3) sieć: dzienny dom w Braniewie, kluby w gminach "
        "i usługi wyjazdowe ze wspólną koordynacją. Wybrano wariant 3.",
        "technical": "Budynek po szkole przy ul. Królewieckiej (1 240 m²) wymaga przebudowy "
        "sanitariatów, windy i termomodernizacji; kluby działają w istniejących świetlicach. "
        "Dwa pojazdy 9-osobowe z platformą dla wózków.",
        "legal": "Budynek jest własnością Gminy Miasta Braniewa; przebudowa wymaga pozwolenia "
        "na budowę. Porozumienie międzygminne o wspólnej realizacji zadań pomocy społecznej "
        "(art. 74 ustawy o samorządzie gminnym).",
        "institutional": "Liderem jest Gmina Miasta Braniewa; usługi świadczy MOPS w Braniewie "
        "we współpracy z OPS gmin i Stowarzyszeniem „Razem dla Seniora” (zlecenie zadania). "
        "Centrum koordynacji działa w MOPS.",
        "financial": "Koszt inwestycji 5,1 mln zł, usług w okresie projektu 4,5 mln zł. "
        "Utrzymanie po projekcie ok. 1,9 mln zł rocznie, dzielone między gminy według liczby "
        "podopiecznych, częściowo z odpłatności i dotacji wojewody.",
        "risks": "Brak kadr opiekuńczych (szkolenia i współpraca z CKZiU); niska frekwencja w "
        "klubach (program ustalony z radami seniorów); wzrost kosztów utrzymania (podział "
        "kosztów ustalony w porozumieniu przed złożeniem wniosku).",
        "durability": "Gminy zobowiązują się utrzymać dzienny dom pomocy i kluby przez co "
        "najmniej 5 lat po zakończeniu projektu; usługi wpisano do gminnych strategii "
        "rozwiązywania problemów społecznych.",
    },
    application={
        "programme": "Fundusze Europejskie dla Warmii i Mazur 2021–2027",
        "measure": "Działanie 10.3 Usługi społeczne i zdrowotne (EFS+), wsparcie w formule IIT",
        "call": "FEWM.10.03-IZ.00-002/26 (planowany nabór: II kwartał 2026 r.)",
        "summary": "Sieć usług dla osób starszych w siedmiu gminach Ziemi Braniewskiej: dzienny "
        "dom pomocy w Braniewie, trzy kluby seniora, usługi opiekuńcze w miejscu zamieszkania, "
        "teleopieka i transport dowożący, koordynowane przez jedno centrum.",
        "objectives": "Cel główny: zwiększenie dostępności usług społecznych dla osób starszych "
        "z obszaru partnerstwa do 2029 r.\nCele szczegółowe: skrócenie listy oczekujących na "
        "usługi opiekuńcze o 85%; objęcie teleopieką 150 osób samotnych; utworzenie 30 miejsc "
        "dziennego pobytu.",
        "target_groups": "Osoby w wieku 60+ potrzebujące wsparcia w codziennym funkcjonowaniu "
        "(ok. 420 osób rocznie), ich opiekunowie faktyczni (opieka wytchnieniowa), kadra OPS.",
        "budget": "Roboty budowlane 3,6 mln zł; wyposażenie i pojazdy 1,5 mln zł; usługi "
        "opiekuńcze i teleopieka 3,7 mln zł; szkolenia 0,3 mln zł; zarządzanie i promocja "
        "0,5 mln zł. Razem 9,6 mln zł, w tym dofinansowanie 85%.",
        "sector_context": "Usługi dla seniorów na obszarze partnerstwa świadczą ośrodki pomocy "
        "społecznej siedmiu gmin, MOPS w Braniewie i dwie organizacje pozarządowe. Strategia "
        "rozwoju województwa wskazuje starzenie się ludności jako wyzwanie obszarów "
        "przygranicznych.",
        "sector_demand": "Liczba osób w wieku 75+ wzrośnie do 2030 r. o ok. 30%; ankieta "
        "mieszkańców wskazała opiekę nad seniorami jako drugą najważniejszą potrzebę; OPS "
        "notują 64 osoby oczekujące na usługi opiekuńcze.",
        "sector_supply": "15 miejsc dziennego pobytu w Braniewie; brak klubów seniora w gminach "
        "wiejskich; usługi opiekuńcze świadczy 11 opiekunek na cały obszar; brak teleopieki "
        "i transportu dostosowanego.",
        "sector_gaps": "Brak usług poza Braniewem; brak transportu do placówek; brak "
        "koordynacji między gminami; deficyt kadr opiekuńczych.",
        "sector_conclusions": "Potrzebna jest sieć usług z jedną koordynacją i usługami "
        "wyjazdowymi; wspólne utrzymanie przez gminy obniża koszt na podopiecznego o ok. 25% "
        "w porównaniu z placówkami gminnymi.",
    },
)

_TRAIL_PGZB = DemoProject(
    title="Szlak rowerowy Zalewu Wiślanego",
    leader="2802033",
    partners="Gmina Miasta Braniewa, Gmina Braniewo; Lokalna Grupa Działania „Warmiński Zakątek”",
    location="Frombork – Braniewo – granica państwa (Grzechotki), wzdłuż wybrzeża Zalewu Wiślanego",
    policy="po5",
    area="tourism",
    description="Budowa brakującego odcinka trasy rowerowej wokół Zalewu Wiślanego od Fromborka "
    "przez Braniewo, z miejscami odpoczynku, oznakowaniem i wspólną promocją; domknięcie "
    "pętli łączącej trasę Green Velo z Mierzeją Wiślaną.",
    scope="22,5 km drogi rowerowej; 6 miejsc odpoczynku z wiatami i stojakami; 2 wieże "
    "widokowe; oznakowanie i tablice informacyjne; aplikacja i mapa szlaku.",
    integrated="Trzy gminy nadzalewowe; turystyka, ochrona przyrody (obszar Natura 2000) i "
    "codzienne dojazdy rowerowe do Braniewa.",
    cost=14_300_000,
    readiness="documentation",
    status="accepted",
    funding=(("regional_fe", 12_155_000), ("own", 2_145_000)),
    tasks=(
        ("Uzupełnienie dokumentacji i decyzja środowiskowa", "2026-01-15", "2026-07-31"),
        ("Przetarg i wybór wykonawcy", "2026-08-01", "2026-11-30"),
        ("Budowa drogi rowerowej i miejsc odpoczynku", "2027-03-01", "2028-06-30"),
        ("Oznakowanie, aplikacja i promocja szlaku", "2028-04-01", "2028-09-30"),
    ),
    indicators=(
        (
            "output",
            "Długość wybudowanych dróg rowerowych",
            "km",
            0,
            22.5,
            2028,
            "protokoły odbioru",
        ),
        (
            "result",
            "Liczba rowerzystów na szlaku",
            "os./sezon",
            0,
            38000,
            2029,
            "liczniki automatyczne",
        ),
        (
            "result",
            "Liczba noclegów udzielonych turystom",
            "szt./rok",
            41200,
            48000,
            2029,
            "GUS BDL",
        ),
    ),
    topics=("turyst", "rower", "zalew", "dziedzict", "przyrod"),
    comments=("szlak rowerowy", "zalewu"),
    feasibility={
        "need": "Trasa rowerowa wokół Zalewu Wiślanego urywa się na granicy gminy Frombork; "
        "turyści z Green Velo jadą dalej drogą wojewódzką nr 504 o dużym ruchu.",
        "institutional": "Liderem jest Gmina Frombork; każda gmina utrzymuje odcinek na swoim "
        "terenie; promocję prowadzi LGD „Warmiński Zakątek”.",
        "risks": "Uzgodnienia z RDOŚ (obszar Natura 2000) — trasa poprowadzona istniejącymi "
        "drogami gospodarczymi; sezonowość ruchu — pętla łączy też dojazdy do pracy.",
    },
)

_OZE_PGZB = DemoProject(
    title="Klaster energii odnawialnej Ziemi Braniewskiej",
    leader="2802042",
    partners="Gminy Braniewo, Płoskinia, Wilczęta; spółdzielnia energetyczna (w organizacji)",
    location="Budynki użyteczności publicznej i oczyszczalnie ścieków gmin Lelkowo, "
    "Braniewo, Płoskinia, Wilczęta",
    policy="po2",
    area="environment",
    description="Instalacje fotowoltaiczne o łącznej mocy 2,4 MW na budynkach publicznych i "
    "terenach oczyszczalni, magazyny energii i system zarządzania energią w klastrze, "
    "obniżające koszty energii gmin i emisję CO₂.",
    scope="Instalacje PV 2,4 MWp; magazyny energii 1,2 MWh; 14 pomp ciepła w szkołach i "
    "świetlicach; system zarządzania energią klastra; audyty energetyczne.",
    integrated="Cztery gminy wiejskie; energetyka, gospodarka komunalna (oczyszczalnie) i "
    "edukacja (szkoły jako budynki pokazowe).",
    cost=18_750_000,
    readiness="concept",
    status="proposed",
    funding=(("feniks", 12_000_000), ("kpo", 3_500_000), ("own", 3_250_000)),
    tasks=(
        ("Audyty energetyczne i koncepcja klastra", "2026-03-01", "2026-10-31"),
        ("Rejestracja klastra energii", "2026-09-01", "2027-01-31"),
        ("Budowa instalacji PV i magazynów energii", "2027-04-01", "2028-09-30"),
        ("Montaż pomp ciepła", "2027-06-01", "2028-06-30"),
    ),
    indicators=(
        ("output", "Moc zainstalowanych instalacji OZE", "MWp", 0, 2.4, 2028, "protokoły odbioru"),
        (
            "result",
            "Szacowany roczny spadek emisji CO₂",
            "t CO₂/rok",
            0,
            1650,
            2029,
            "audyty energetyczne",
        ),
        (
            "result",
            "Udział OZE w zużyciu energii budynków gmin",
            "%",
            4,
            45,
            2029,
            "monitoring klastra",
        ),
    ),
    topics=("energ", "klimat", "srodowisk", "odnawialn", "niskoemisyj"),
    feasibility={
        "need": "Koszty energii gmin wzrosły w latach 2021–2024 ponad dwukrotnie; budynki "
        "publiczne ogrzewane są głównie olejem opałowym i węglem.",
        "institutional": "Liderem jest Gmina Lelkowo; klaster zarządzany przez koordynatora "
        "wybranego przez gminy; instalacje utrzymują gminy-właściciele budynków.",
        "risks": "Ograniczone warunki przyłączenia do sieci (magazyny energii); zmiany "
        "systemu rozliczeń prosumenckich (autokonsumpcja w budynkach gmin).",
    },
)

_HERITAGE_PGZB = DemoProject(
    title="Szlak dziedzictwa „Warmińskie katedry i zamki”",
    leader="2802053",
    partners="Gmina Frombork, Gmina Miasta Braniewa; Muzeum Mikołaja Kopernika we Fromborku; "
    "parafie",
    location="Frombork (wzgórze katedralne), Braniewo (bazylika św. Katarzyny), "
    "Pieniężno (ruiny zamku kapitulnego)",
    policy="po5",
    area="heritage",
    description="Wspólny produkt turystyczny: oznakowanie i udostępnienie zabytków, ścieżka "
    "multimedialna, wspólna karta turysty i kalendarz wydarzeń.",
    scope="Prace zabezpieczające ruin zamku w Pieniężnie; oświetlenie iluminacyjne trzech "
    "obiektów; ścieżka multimedialna; karta turysty; 12 wydarzeń rocznie.",
    integrated="Trzy gminy, muzeum i parafie; kultura, turystyka i przedsiębiorczość "
    "(noclegi, gastronomia).",
    cost=6_200_000,
    readiness="concept",
    status="proposed",
    funding=(("regional_fe", 5_270_000), ("own", 930_000)),
    tasks=(
        ("Inwentaryzacja i program konserwatorski", "2026-05-01", "2026-12-31"),
        ("Prace zabezpieczające i iluminacja", "2027-04-01", "2028-05-31"),
        ("Ścieżka multimedialna i karta turysty", "2027-10-01", "2028-06-30"),
    ),
    indicators=(
        (
            "output",
            "Liczba udostępnionych obiektów dziedzictwa",
            "szt.",
            0,
            3,
            2028,
            "dane projektu",
        ),
        (
            "result",
            "Liczba odwiedzających obiekty szlaku",
            "os./rok",
            96000,
            120000,
            2029,
            "muzeum, parafie",
        ),
    ),
    topics=("dziedzict", "kultur", "turyst"),
    comments=("szlak dziedzictwa", "bazylika", "oferty zabytkow"),
)

_BUS_PGZB = DemoProject(
    title="Bus na telefon — transport publiczny na żądanie",
    leader="2802062",
    partners="Wszystkie gminy partnerstwa; Powiat Braniewski (organizator przewozów)",
    location="Obszar wiejski gmin Płoskinia, Lelkowo, Wilczęta, Braniewo i Pieniężno",
    policy="po3",
    area="transport",
    description="Przewozy na zamówienie (telefon, aplikacja) uzupełniające linie regularne: "
    "dowóz z sołectw do węzłów przesiadkowych, szkół i ośrodków zdrowia, także w weekendy.",
    scope="Zakup 5 elektrycznych busów 9-osobowych; system rezerwacji; 3 lata obsługi "
    "przewozów; wiaty w 12 węzłach przesiadkowych.",
    integrated="Pięć gmin i powiat; transport, dostęp do usług zdrowotnych i edukacji, "
    "przeciwdziałanie wykluczeniu seniorów i młodzieży.",
    cost=7_900_000,
    readiness="concept",
    status="accepted",
    funding=(("regional_fe", 6_320_000), ("national", 790_000), ("own", 790_000)),
    tasks=(
        ("Analiza popytu i plan przewozów", "2026-02-01", "2026-06-30"),
        ("Zakup pojazdów i systemu rezerwacji", "2026-09-01", "2027-05-31"),
        ("Uruchomienie i obsługa przewozów", "2027-06-01", "2029-05-31"),
    ),
    indicators=(
        (
            "output",
            "Liczba zakupionych pojazdów niskoemisyjnych",
            "szt.",
            0,
            5,
            2027,
            "dane projektu",
        ),
        (
            "result",
            "Liczba przejazdów na żądanie",
            "przejazdy/rok",
            0,
            26000,
            2028,
            "system rezerwacji",
        ),
    ),
    topics=("transport", "komunikac", "dostepn", "mobilnos"),
    comments=("ostatni autobus",),
)

_SCHOOL_PGZB = DemoProject(
    title="Centrum kompetencji zawodowych przy ZSZ w Braniewie",
    leader="2802011",
    partners="Powiat Braniewski (organ prowadzący szkołę); pracodawcy strefy przemysłowej",
    location="Braniewo, Zespół Szkół Zawodowych",
    policy="po4",
    area="education",
    description="Pracownie kształcenia zawodowego (mechatronika, logistyka, gastronomia) "
    "wyposażone we współpracy z pracodawcami, kursy dla dorosłych i staże uczniowskie.",
    scope="Modernizacja 4 pracowni; wyposażenie; 240 staży uczniowskich; kursy "
    "kwalifikacyjne dla 180 dorosłych.",
    integrated="Szkoła, powiat i pracodawcy; edukacja i rynek pracy całego obszaru.",
    cost=5_400_000,
    readiness="idea",
    status="proposed",
    # Deliberately short of the cost: the fiche shows the funding warning.
    funding=(("regional_fe", 4_590_000), ("own", 500_000)),
    tasks=(
        ("Program współpracy z pracodawcami", "2026-09-01", "2027-01-31"),
        ("Modernizacja i wyposażenie pracowni", "2027-03-01", "2027-12-31"),
        ("Staże i kursy", "2027-09-01", "2029-06-30"),
    ),
    indicators=(
        ("output", "Liczba uczniów objętych stażami", "osoby", 0, 240, 2029, "dane szkoły"),
        (
            "result",
            "Osoby, które uzyskały kwalifikacje",
            "osoby",
            0,
            150,
            2029,
            "OKE, dane projektu",
        ),
    ),
    topics=("eduk", "zawod", "kompetenc", "rynek pracy", "gospodar"),
    comments=("male szkoly",),
)

PGZB = (
    _ROAD_PGZB,
    _SENIORS_PGZB,
    _TRAIL_PGZB,
    _OZE_PGZB,
    _HERITAGE_PGZB,
    _BUS_PGZB,
    _SCHOOL_PGZB,
)
PGZB_KEY = 1

_TRANSPORT_MOF = DemoProject(
    title="Zintegrowany transport publiczny MOF Bolesławiec",
    leader="0201011",
    partners="Gminy Bolesławiec, Gromadka, Nowogrodziec, Osiecznica, Warta Bolesławiecka; "
    "MZK Bolesławiec",
    location="Bolesławiec (węzeł przesiadkowy przy dworcu PKP), gminy MOF",
    policy="po2",
    area="transport",
    description="Węzeł przesiadkowy kolej–autobus przy dworcu w Bolesławcu, 12 autobusów "
    "elektrycznych obsługujących linie podmiejskie, wspólny bilet i system informacji "
    "pasażerskiej w całym MOF.",
    scope="Węzeł przesiadkowy z parkingiem P&R (180 miejsc) i B&R (120 miejsc); 12 "
    "autobusów elektrycznych z ładowarkami; 40 tablic informacji pasażerskiej; wspólny "
    "system biletowy.",
    integrated="Sześć gmin MOF; transport, klimat (bezemisyjna komunikacja) i dostęp do pracy "
    "w strefie ekonomicznej przy A4.",
    cost=41_500_000,
    readiness="concept",
    status="in_preparation",
    funding=(("regional_fe", 33_200_000), ("own", 8_300_000)),
    tasks=(
        ("Plan zrównoważonej mobilności MOF", "2026-01-15", "2026-06-30"),
        ("Dokumentacja węzła i pozwolenia", "2026-05-01", "2027-02-28"),
        ("Budowa węzła przesiadkowego", "2027-05-01", "2028-10-31"),
        ("Dostawa autobusów i ładowarek", "2027-03-01", "2028-03-31"),
        ("Wspólny bilet i informacja pasażerska", "2028-01-01", "2028-12-31"),
    ),
    indicators=(
        (
            "output",
            "Liczba zakupionych autobusów bezemisyjnych",
            "szt.",
            0,
            12,
            2028,
            "dane projektu",
        ),
        ("output", "Liczba miejsc P&R i B&R", "miejsca", 0, 300, 2028, "protokoły odbioru"),
        (
            "result",
            "Liczba pasażerów linii podmiejskich",
            "mln os./rok",
            1.9,
            2.6,
            2029,
            "MZK Bolesławiec",
        ),
        ("result", "Spadek emisji CO₂ z komunikacji", "t CO₂/rok", 0, 1100, 2029, "analiza emisji"),
    ),
    topics=("transport", "mobilnos", "komunikac", "dostepn"),
    comments=("autobusy miedzy",),
    feasibility={
        "need": "Autobusy między Bolesławcem a gminami MOF kursują co dwie godziny; 68% "
        "dojeżdżających do pracy korzysta z samochodu, a tabor MZK ma średnio 16 lat.",
        "options": "Rozważono: (1) wymianę taboru bez zmian w siatce połączeń; (2) węzeł "
        "przesiadkowy i nową siatkę linii z taborem elektrycznym; (3) przewozy na żądanie. "
        "Wybrano wariant 2 uzupełniony o kursy na żądanie wieczorem.",
        "technical": "Węzeł na terenie PKP PLK i miasta (1,8 ha); ładowarki pantografowe na "
        "pętlach w Gromadce i Nowogrodźcu; zasilanie uzgodnione z Tauron Dystrybucja.",
        "legal": "Część terenu węzła wymaga nabycia od PKP S.A. (umowa przedwstępna); "
        "porozumienie międzygminne w sprawie publicznego transportu zbiorowego.",
        "institutional": "Liderem jest Gmina Miejska Bolesławiec; przewozy organizuje MZK "
        "Bolesławiec na podstawie porozumienia gmin; węzeł utrzymuje miasto.",
        "financial": "Koszt 41,5 mln zł; utrzymanie linii podmiejskich 6,2 mln zł rocznie, "
        "pokrywane z biletów (40%) i dopłat gmin proporcjonalnie do wozokilometrów.",
        "risks": "Opóźnienie dostaw autobusów (kary umowne, harmonogram z zapasem); "
        "niedobór kierowców (szkolenia z PUP).",
        "durability": "Tabor i węzeł utrzymywane przez co najmniej 5 lat; linie wpisane do "
        "planu transportowego MOF.",
    },
    application={
        "programme": "Fundusze Europejskie dla Dolnego Śląska 2021–2027",
        "measure": "Działanie 2.8 Mobilność miejska (IIT MOF Bolesławiec)",
        "call": "FEDS.02.08-IZ.00-001/26",
        "summary": "Węzeł przesiadkowy kolej–autobus, 12 autobusów elektrycznych i wspólny "
        "bilet dla sześciu gmin MOF Bolesławiec.",
        "objectives": "Wzrost udziału transportu publicznego w dojazdach do pracy i szkół w MOF "
        "do 2029 r.; ograniczenie emisji CO₂ z komunikacji o 1 100 t rocznie.",
        "target_groups": "Mieszkańcy MOF dojeżdżający do pracy i szkół (ok. 9 tys. osób "
        "dziennie), pracownicy strefy ekonomicznej, seniorzy.",
        "budget": "Węzeł przesiadkowy 17,4 mln zł; autobusy i ładowarki 21,6 mln zł; system "
        "biletowy i informacja 1,6 mln zł; zarządzanie i promocja 0,9 mln zł.",
        "sector_context": "Transport publiczny w MOF organizuje MZK Bolesławiec (linie miejskie "
        "i 5 podmiejskich); koleje Dolnośląskie obsługują linię E30.",
        "sector_demand": "Ok. 9 tys. osób dojeżdża codziennie do Bolesławca; w strefie przy A4 "
        "pracuje 4,5 tys. osób, z czego 60% spoza miasta.",
        "sector_supply": "5 linii podmiejskich z częstotliwością 120 minut; brak kursów "
        "wieczornych i weekendowych; brak wspólnego biletu z koleją.",
        "sector_gaps": "Niska częstotliwość, brak integracji taryfowej, stary tabor, brak "
        "parkingów przesiadkowych.",
        "sector_conclusions": "Węzeł z nową siatką linii i wspólnym biletem pozwoli podwoić "
        "częstotliwość przy obecnym budżecie gmin na przewozy.",
    },
)

MOF = (
    DemoProject(
        title="Rewitalizacja śródmieścia Bolesławca — Rynek i ulice staromiejskie",
        leader="0201011",
        partners="Wspólnoty mieszkaniowe, Bolesławiecki Ośrodek Kultury",
        location="Bolesławiec, obszar rewitalizacji Stare Miasto",
        policy="po5",
        area="heritage",
        description="Odnowa przestrzeni publicznych staromiejskiego centrum, remonty "
        "kamienic gminnych na lokale usługowe i mieszkania, zieleń i mała retencja.",
        scope="Przebudowa Rynku i 6 ulic; remont 9 kamienic; 120 nowych drzew; ogrody "
        "deszczowe; program lokali dla rzemiosła.",
        integrated="Miasto i organizacje; rewitalizacja, kultura, klimat i przedsiębiorczość.",
        cost=32_000_000,
        readiness="documentation",
        status="accepted",
        funding=(("regional_fe", 24_000_000), ("own", 8_000_000)),
        tasks=(
            ("Aktualizacja gminnego programu rewitalizacji", "2026-01-01", "2026-05-31"),
            ("Przebudowa Rynku", "2026-09-01", "2027-11-30"),
            ("Remonty kamienic", "2027-03-01", "2029-03-31"),
        ),
        indicators=(
            (
                "output",
                "Powierzchnia odnowionych przestrzeni publicznych",
                "ha",
                0,
                3.8,
                2028,
                "protokoły odbioru",
            ),
            (
                "result",
                "Liczba nowych lokali usługowych w centrum",
                "szt.",
                0,
                22,
                2029,
                "dane miasta",
            ),
        ),
        topics=("rewitaliz", "przestrzen", "kultur", "dziedzict"),
        comments=("srodmiescie pustoszeje",),
    ),
    _TRANSPORT_MOF,
    DemoProject(
        title="Trasy rowerowe Borów Dolnośląskich",
        leader="0201052",
        partners="Gminy Bolesławiec, Warta Bolesławiecka; Nadleśnictwo Bolesławiec",
        location="Osiecznica, Parowa, Tomisław, Kliczków",
        policy="po5",
        area="tourism",
        description="Sieć oznakowanych tras rowerowych w Borach Dolnośląskich z miejscami "
        "odpoczynku i połączeniem z Bolesławcem.",
        scope="64 km tras (w tym 18 km nowych nawierzchni); 8 miejsc odpoczynku; oznakowanie.",
        integrated="Trzy gminy i nadleśnictwo; turystyka i ochrona przyrody.",
        cost=9_800_000,
        readiness="idea",
        status="proposed",
        funding=(("regional_fe", 8_330_000), ("own", 1_470_000)),
        tasks=(
            ("Koncepcja tras i uzgodnienia z nadleśnictwem", "2026-04-01", "2026-12-31"),
            ("Budowa i oznakowanie tras", "2027-05-01", "2028-08-31"),
        ),
        indicators=(
            ("output", "Długość oznakowanych tras rowerowych", "km", 0, 64, 2028, "dane projektu"),
            ("result", "Liczba rowerzystów na trasach", "os./sezon", 0, 21000, 2029, "liczniki"),
        ),
        topics=("turyst", "rower", "przyrod"),
        comments=("tras rowerowych", "trasy rowerowe"),
    ),
    DemoProject(
        title="Termomodernizacja szkół z odnawialnymi źródłami energii",
        leader="0201032",
        partners="Gminy Nowogrodziec, Warta Bolesławiecka, Osiecznica",
        location="Szkoły podstawowe w Gromadce, Nowogrodźcu, Warcie Bolesławieckiej, Osiecznicy",
        policy="po2",
        area="environment",
        description="Głęboka termomodernizacja 6 szkół z pompami ciepła i fotowoltaiką.",
        scope="Docieplenie, wymiana stolarki i oświetlenia; pompy ciepła; PV 420 kWp.",
        integrated="Cztery gminy; edukacja i energetyka.",
        cost=16_400_000,
        readiness="documentation",
        status="accepted",
        funding=(("feniks", 9_840_000), ("kpo", 3_280_000), ("own", 3_280_000)),
        tasks=(
            ("Audyty i dokumentacja", "2026-02-01", "2026-08-31"),
            ("Roboty w okresie wakacji 2027", "2027-06-20", "2027-09-15"),
            ("Roboty w okresie wakacji 2028", "2028-06-20", "2028-09-15"),
        ),
        indicators=(
            (
                "output",
                "Liczba zmodernizowanych energetycznie budynków",
                "szt.",
                0,
                6,
                2028,
                "protokoły odbioru",
            ),
            ("result", "Roczne zużycie energii pierwotnej", "MWh/rok", 3900, 1700, 2029, "audyty"),
        ),
        topics=("energ", "klimat", "srodowisk", "eduk"),
        comments=("spoldzielni energetycznej",),
    ),
    DemoProject(
        title="Centrum Ceramiki — inkubator rzemiosła i wzornictwa",
        leader="0201011",
        partners="Cech Rzemiosł Różnych, Zakłady Ceramiczne, Zespół Szkół Ceramicznych",
        location="Bolesławiec, dawna fabryka przy ul. Gdańskiej",
        policy="po1",
        area="socio_economic",
        description="Inkubator dla pracowni ceramicznych i projektantów z pracowniami "
        "wspólnymi, piecami i doradztwem w eksporcie.",
        scope="Adaptacja 2 100 m² hali; 14 pracowni; piece i pracownia prototypów; program "
        "inkubacji dla 30 firm.",
        integrated="Miasto, rzemiosło, szkoła i przemysł ceramiczny; gospodarka i edukacja.",
        cost=12_600_000,
        readiness="concept",
        status="proposed",
        funding=(("regional_fe", 8_820_000), ("own", 3_780_000)),
        tasks=(
            ("Koncepcja i dokumentacja", "2026-06-01", "2027-03-31"),
            ("Adaptacja hali", "2027-06-01", "2028-09-30"),
            ("Program inkubacji", "2028-10-01", "2029-12-31"),
        ),
        indicators=(
            (
                "output",
                "Liczba przedsiębiorstw objętych wsparciem",
                "szt.",
                0,
                30,
                2029,
                "dane inkubatora",
            ),
            (
                "result",
                "Liczba miejsc pracy w firmach inkubatora",
                "etaty",
                0,
                65,
                2029,
                "dane inkubatora",
            ),
        ),
        topics=("gospodar", "przedsieb", "ceram", "innowac"),
        comments=("ceramiczny", "marki terytorialnej"),
    ),
    DemoProject(
        title="Sieć dziennych domów seniora MOF",
        leader="0201043",
        partners="Gminy Gromadka, Bolesławiec",
        location="Nowogrodziec, Gromadka, Kruszyn",
        policy="po4",
        area="health",
        description="Trzy dzienne domy seniora z dowozem z sołectw i programem aktywności.",
        scope="Adaptacja 3 budynków; 75 miejsc; 2 pojazdy; program zajęć.",
        integrated="Trzy gminy wiejskie; usługi społeczne i zdrowie.",
        cost=6_300_000,
        readiness="idea",
        status="proposed",
        funding=(("regional_fe", 5_355_000), ("own", 945_000)),
        tasks=(
            ("Wybór i adaptacja budynków", "2026-10-01", "2027-10-31"),
            ("Działalność domów seniora", "2027-11-01", "2029-10-31"),
        ),
        indicators=(
            (
                "output",
                "Liczba miejsc w dziennych domach seniora",
                "miejsca",
                0,
                75,
                2027,
                "dane projektu",
            ),
            ("result", "Liczba seniorów korzystających z usług", "osoby/rok", 0, 160, 2029, "OPS"),
        ),
        topics=("senior", "spoleczn", "uslug", "zdrow"),
        comments=("przychodni",),
    ),
)
MOF_KEY = 1

_HEALTH_PZL = DemoProject(
    title="Centrum opieki zdrowotnej Ziemi Łosickiej — teleopieka i dowóz do lekarza",
    leader="1410023",
    partners="Gminy Huszlew, Olszanka, Platerów, Sarnaki, Stara Kornica; Powiat Łosicki; "
    "SP ZOZ w Łosicach",
    location="Łosice (centrum koordynacji), ośrodki zdrowia w gminach",
    policy="po4",
    area="health",
    description="Wspólne centrum koordynacji opieki dla osób starszych i przewlekle chorych: "
    "teleopieka, telekonsultacje w ośrodkach zdrowia, transport do lekarzy specjalistów "
    "i program profilaktyki.",
    scope="Centrum koordynacji w Łosicach; teleopieka dla 200 osób; sprzęt do "
    "telekonsultacji w 6 ośrodkach; 3 pojazdy do dowozu; badania profilaktyczne.",
    integrated="Sześć gmin, powiat i szpital; zdrowie, pomoc społeczna i transport.",
    cost=8_700_000,
    readiness="concept",
    status="in_preparation",
    funding=(("regional_fe", 7_395_000), ("own", 1_305_000)),
    tasks=(
        ("Porozumienie z SP ZOZ i model centrum", "2026-03-01", "2026-07-31"),
        ("Adaptacja pomieszczeń centrum", "2026-09-01", "2027-03-31"),
        ("Zakup sprzętu i pojazdów", "2026-11-01", "2027-05-31"),
        ("Świadczenie usług i profilaktyka", "2027-06-01", "2029-12-31"),
    ),
    indicators=(
        ("output", "Liczba osób objętych teleopieką", "osoby", 0, 200, 2028, "dane centrum"),
        ("output", "Liczba ośrodków z telekonsultacjami", "szt.", 0, 6, 2027, "dane projektu"),
        (
            "result",
            "Liczba przewozów do lekarzy specjalistów",
            "przewozy/rok",
            0,
            3200,
            2029,
            "dane centrum",
        ),
    ),
    topics=("zdrow", "senior", "uslug", "spoleczn"),
    comments=("lekarz", "opieki nocnej"),
    feasibility={
        "need": "Najbliższe poradnie specjalistyczne są w Siedlcach i Białej Podlaskiej "
        "(50–60 km); po godzinie 17 nie ma połączeń autobusowych z Łosic do Siedlec.",
        "options": "Rozważono dowóz gminny w każdej gminie osobno oraz wspólne centrum; "
        "wybrano centrum z teleopieką, bo skraca liczbę wyjazdów.",
        "technical": "Pomieszczenia w budynku SP ZOZ (320 m²); łącze światłowodowe w "
        "ośrodkach zdrowia dostępne od 2025 r.",
        "legal": "Umowa partnerska gmin z SP ZOZ; przetwarzanie danych medycznych zgodnie z "
        "RODO (umowy powierzenia).",
        "institutional": "Liderem jest Gmina Łosice; centrum prowadzi SP ZOZ, gminy finansują "
        "dowóz przez OPS.",
        "financial": "Koszt 8,7 mln zł; utrzymanie 1,3 mln zł rocznie (NFZ za telekonsultacje, "
        "gminy za transport).",
        "risks": "Brak lekarzy specjalistów do telekonsultacji (umowy z poradniami w "
        "Siedlcach); niska cyfrowa sprawność seniorów (szkolenia w klubach seniora).",
        "durability": "Centrum wpisane do powiatowego planu potrzeb zdrowotnych; usługi "
        "utrzymane przez 5 lat.",
    },
    application={
        "programme": "Fundusze Europejskie dla Mazowsza 2021–2027",
        "measure": "Działanie 6.2 Usługi zdrowotne i społeczne (EFS+), instrument terytorialny",
        "call": "FEMA.06.02-IP.01-001/26",
        "summary": "Centrum koordynacji opieki zdrowotnej dla sześciu gmin Ziemi Łosickiej: "
        "teleopieka, telekonsultacje, dowóz do lekarzy i profilaktyka.",
        "objectives": "Poprawa dostępu mieszkańców obszaru do specjalistycznej opieki "
        "zdrowotnej; skrócenie czasu oczekiwania na wizytę o połowę.",
        "target_groups": "Osoby 65+ i przewlekle chore (ok. 2 400 osób), opiekunowie.",
        "budget": "Adaptacja 1,2 mln zł; sprzęt i pojazdy 2,1 mln zł; usługi 4,6 mln zł; "
        "zarządzanie 0,8 mln zł.",
        "sector_context": "Opieka ambulatoryjna: 6 ośrodków zdrowia (POZ) i SP ZOZ w Łosicach; "
        "specjaliści w Siedlcach i Białej Podlaskiej.",
        "sector_demand": "22% mieszkańców ma 65 lat lub więcej; w ankiecie 71% wskazało "
        "dostęp do lekarza specjalisty jako największy problem.",
        "sector_supply": "Brak poradni specjalistycznych poza kardiologią; transport "
        "publiczny do Siedlec kończy się o 17.",
        "sector_gaps": "Dostęp do specjalistów, transport, koordynacja opieki.",
        "sector_conclusions": "Telekonsultacje i wspólny dowóz zaspokoją większość potrzeb "
        "przy kosztach niższych niż własna poradnia.",
    },
)

PZL = (
    DemoProject(
        title="Modernizacja drogi powiatowej Łosice–Sarnaki",
        leader="1410",
        partners="Gmina Łosice, Gmina Sarnaki",
        location="Droga powiatowa nr 1057W, gminy Łosice i Sarnaki",
        policy="po3",
        area="transport",
        description="Przebudowa 11,6 km drogi z chodnikami w miejscowościach, dojazd do "
        "zakładów przetwórstwa i do przeprawy na Bugu.",
        scope="Przebudowa jezdni 11,6 km; 4,2 km chodników; 3 skrzyżowania.",
        integrated="Powiat i dwie gminy; transport i gospodarka rolna.",
        cost=19_800_000,
        readiness="permits",
        status="accepted",
        funding=(("national", 11_880_000), ("regional_fe", 3_960_000), ("own", 3_960_000)),
        tasks=(
            ("Przetarg", "2026-03-01", "2026-06-30"),
            ("Roboty budowlane", "2026-07-01", "2027-10-31"),
            ("Odbiór i rozliczenie", "2027-11-01", "2028-01-31"),
        ),
        indicators=(
            ("output", "Długość przebudowanych dróg", "km", 0, 11.6, 2027, "protokoły odbioru"),
            (
                "result",
                "Średni dobowy ruch pojazdów ciężarowych",
                "poj./dobę",
                310,
                420,
                2029,
                "pomiar ZDP",
            ),
        ),
        topics=("transport", "drog", "dostepn", "komunikac"),
        comments=("losice–siedlce",),
    ),
    _HEALTH_PZL,
    DemoProject(
        title="Szlak drewnianej architektury sakralnej Podlasia Nadbużańskiego",
        leader="1410052",
        partners="Gminy Platerów, Stara Kornica; parafie prawosławne i rzymskokatolickie",
        location="Sarnaki, Chłopków, Kornica, Zabuże",
        policy="po5",
        area="heritage",
        description="Szlak 14 drewnianych cerkwi i kościołów z oznakowaniem, konserwacją "
        "elewacji i przewodnikiem.",
        scope="Konserwacja 5 obiektów; oznakowanie; przewodnik i aplikacja.",
        integrated="Trzy gminy i parafie dwóch wyznań; kultura i turystyka.",
        cost=4_800_000,
        readiness="idea",
        status="proposed",
        funding=(("regional_fe", 4_080_000), ("own", 720_000)),
        tasks=(
            ("Inwentaryzacja i program szlaku", "2026-04-01", "2026-12-31"),
            ("Prace konserwatorskie i oznakowanie", "2027-04-01", "2028-10-31"),
        ),
        indicators=(
            ("output", "Liczba obiektów objętych pracami", "szt.", 0, 5, 2028, "dane projektu"),
            ("result", "Liczba turystów na szlaku", "os./rok", 0, 9000, 2029, "liczniki, parafie"),
        ),
        topics=("dziedzict", "kultur", "turyst"),
        comments=("sakraln",),
    ),
    DemoProject(
        title="Szlak kajakowy i przystanie na Bugu",
        leader="1410042",
        partners="Gmina Sarnaki; Nadbużański Park Krajobrazowy",
        location="Bug od Gnojna do Mierzwic",
        policy="po5",
        area="tourism",
        description="Cztery przystanie kajakowe z miejscami biwakowymi i wspólne oznakowanie "
        "szlaku wodnego.",
        scope="4 przystanie; 2 pola biwakowe; oznakowanie 38 km szlaku.",
        integrated="Dwie gminy i park krajobrazowy; turystyka i ochrona przyrody.",
        cost=3_900_000,
        readiness="concept",
        status="proposed",
        funding=(("regional_fe", 3_315_000), ("own", 585_000)),
        tasks=(
            ("Uzgodnienia z Wodami Polskimi i RDOŚ", "2026-05-01", "2027-02-28"),
            ("Budowa przystani", "2027-04-01", "2027-10-31"),
        ),
        indicators=(
            ("output", "Liczba przystani kajakowych", "szt.", 0, 4, 2027, "protokoły odbioru"),
            (
                "result",
                "Liczba kajakarzy na szlaku",
                "os./sezon",
                1500,
                5000,
                2029,
                "wypożyczalnie",
            ),
        ),
        topics=("turyst", "przyrod", "rzek"),
        comments=("kajak",),
    ),
    DemoProject(
        title="Odnawialne źródła energii w gospodarstwach rolnych",
        leader="1410012",
        partners="Gminy Olszanka, Stara Kornica; Mazowiecka Izba Rolnicza",
        location="Gospodarstwa rolne gmin Huszlew, Olszanka i Stara Kornica",
        policy="po2",
        area="environment",
        description="Dofinansowanie instalacji PV, pomp ciepła i magazynów energii w "
        "gospodarstwach rolnych i domach mieszkańców.",
        scope="320 mikroinstalacji; 80 magazynów energii; doradztwo energetyczne.",
        integrated="Trzy gminy i samorząd rolniczy; energetyka i rolnictwo.",
        cost=11_200_000,
        readiness="concept",
        status="proposed",
        funding=(("regional_fe", 7_840_000), ("own", 3_360_000)),
        tasks=(
            ("Nabór uczestników i audyty", "2026-06-01", "2026-12-31"),
            ("Montaż instalacji", "2027-03-01", "2028-10-31"),
        ),
        indicators=(
            ("output", "Liczba mikroinstalacji OZE", "szt.", 0, 320, 2028, "dane projektu"),
            ("result", "Produkcja energii z OZE", "MWh/rok", 0, 2600, 2029, "dane operatora"),
        ),
        topics=("energ", "klimat", "srodowisk"),
    ),
    DemoProject(
        title="Inkubator przetwórstwa spożywczego",
        leader="1410032",
        partners="Lokalna Grupa Działania „Podlasie Nadbużańskie”, Koła Gospodyń Wiejskich",
        location="Olszanka",
        policy="po1",
        area="socio_economic",
        description="Wspólna kuchnia i przetwórnia do wynajęcia dla rolników i KGW, z "
        "doradztwem w sprzedaży bezpośredniej.",
        scope="Adaptacja budynku na inkubator; wyposażenie linii przetwórczych; doradztwo.",
        integrated="Gmina, LGD i organizacje; rolnictwo i przedsiębiorczość.",
        cost=5_600_000,
        readiness="idea",
        status="proposed",
        funding=(("regional_fe", 3_920_000), ("kpo", 1_000_000), ("own", 680_000)),
        tasks=(
            ("Koncepcja i dokumentacja", "2026-09-01", "2027-04-30"),
            ("Adaptacja i wyposażenie", "2027-06-01", "2028-05-31"),
        ),
        indicators=(
            (
                "output",
                "Liczba podmiotów korzystających z inkubatora",
                "szt.",
                0,
                40,
                2029,
                "dane inkubatora",
            ),
            ("result", "Liczba nowych produktów lokalnych", "szt.", 0, 25, 2029, "dane LGD"),
        ),
        topics=("gospodar", "przedsieb", "rolni"),
        comments=("certyfikowanej kuchni", "sprzedawac bezposrednio"),
    ),
)
PZL_KEY = 1

#: (projects, index of the key project) per demo partnership's short name.
PACKAGES: dict[str, tuple[tuple[DemoProject, ...], int]] = {
    "PGZB": (PGZB, PGZB_KEY),
    "MOF Bolesławiec": (MOF, MOF_KEY),
    "PZŁ": (PZL, PZL_KEY),
}

"""The demo strategies as data (stored by ``demo_data.strategy``).

PGZB's strategy is complete: every element the law requires is there, so
its compliance list is empty. The MOF Bolesławiec IIT strategy and the PZŁ
strategy are drafts with typical gaps (no spatial objective, no graphics,
no implementation system, the art. 29 partner involvement missing …), so
their compliance lists have something to show. People are fictitious.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ResultPlan:
    description: str
    indicator: str
    unit: str
    baseline: float | None
    target: float | None
    year: int | None
    source: str
    spatial: str = ""


@dataclass(frozen=True)
class ObjectivePlan:
    title: str
    dimension: str
    description: str
    directions: tuple[tuple[str, str], ...]
    results: tuple[ResultPlan, ...] = ()


@dataclass(frozen=True)
class StrategyPlan:
    texts: dict[str, str]
    objectives: tuple[ObjectivePlan, ...]
    #: (funding source code, amount in PLN, notes)
    finance: tuple[tuple[str, float, str], ...] = ()
    #: (section, caption, drawing key of ``demo_data.strategy``)
    images: tuple[tuple[str, str, str], ...] = ()


PGZB = StrategyPlan(
    texts={
        "title": "Strategia rozwoju ponadlokalnego Partnerstwa Gmin Ziemi Braniewskiej "
        "na lata 2021–2030",
        "horizon": "2021–2030",
        "diagnosis_summary": (
            "Ludność obszaru partnerstwa zmniejszyła się w latach 2010–2020 o 7,8%, a saldo "
            "migracji jest ujemne we wszystkich gminach; najszybciej ubywa ludzi młodych.\n"
            "Stopa bezrobocia rejestrowanego w powiecie braniewskim (17,9% w 2020 r.) należy do "
            "najwyższych w kraju; bezrobocie ma charakter długotrwały i skupia się na obszarach "
            "popegeerowskich gmin Lelkowo, Płoskinia i Wilczęta.\n"
            "Dostępność komunikacyjna gmin wiejskich jest słaba: część sołectw nie ma żadnego "
            "połączenia transportem publicznym w dni wolne, a do Braniewa dojeżdża się średnio "
            "40 minut.\n"
            "Największym potencjałem gospodarczym są walory Zalewu Wiślanego i dziedzictwo "
            "Fromborka (Wzgórze Katedralne, pamiątki po Mikołaju Koperniku), dotąd "
            "wykorzystywane sezonowo i bez wspólnej oferty.\n"
            "Mieszkańcy w badaniu ankietowym najwyżej cenią spokój i przyrodę, a najniżej "
            "dostęp do opieki zdrowotnej, ofertę dla młodzieży i liczbę miejsc pracy.\n"
            "Gminy mają doświadczenie współpracy (LGD, wspólne projekty drogowe), lecz brakuje "
            "stałej struktury do wspólnego przygotowywania i realizacji przedsięwzięć."
        ),
        "vision": (
            "Ziemia Braniewska w 2030 roku to obszar, w którym warto mieszkać i pracować: "
            "dobrze skomunikowany z Elblągiem i Trójmiastem, żyjący z turystyki Zalewu "
            "Wiślanego i dziedzictwa Kopernika, z dostępnymi usługami dla seniorów i młodych "
            "rodzin, współpracujący ponad granicami gmin."
        ),
        "mission": (
            "Siedem gmin Ziemi Braniewskiej wspólnie planuje i realizuje przedsięwzięcia, "
            "których żadna z nich nie udźwignęłaby sama: łączy transport, usługi społeczne "
            "i ofertę turystyczną, a mieszkańców, przedsiębiorców i organizacje pozarządowe "
            "zaprasza do współdecydowania o rozwoju obszaru."
        ),
        "spatial_model": (
            "Strukturę funkcjonalno-przestrzenną obszaru tworzy układ jednego ośrodka "
            "subregionalnego (Braniewo), dwóch ośrodków lokalnych (Frombork, Pieniężno) "
            "i trzech wiejskich ośrodków gminnych (Lelkowo, Płoskinia, Wilczęta).\n"
            "Braniewo skupia usługi ponadlokalne: szpital powiatowy, szkoły ponadpodstawowe, "
            "urzędy i węzeł przesiadkowy (dworzec kolejowy i autobusowy). Model zakłada "
            "wzmocnienie powiązań promienistych Braniewa z pozostałymi ośrodkami.\n"
            "Główne osie powiązań tworzą: droga ekspresowa S22 (Elbląg – przejście graniczne "
            "w Grzechotkach), linia kolejowa 204, droga wojewódzka nr 504 "
            "(Braniewo–Frombork–Elbląg) oraz droga wojewódzka nr 507 "
            "(Braniewo–Pieniężno–Orneta).\n"
            "Pasmo Zalewu Wiślanego (Frombork, nadzalewowe sołectwa gminy Braniewo) jest "
            "strefą rozwoju turystyki i rekreacji; pozostała część obszaru to strefa "
            "rolniczo-leśna z doliną Pasłęki jako korytarzem ekologicznym.\n"
            "Schemat modelu przedstawia rysunek; granice stref mają charakter orientacyjny."
        ),
        "spatial_policy": (
            "Gminy partnerstwa uwzględnią model struktury funkcjonalno-przestrzennej "
            "w planach ogólnych sporządzanych do 2026 roku.\n"
            "Rekomenduje się: koncentrację nowej zabudowy mieszkaniowej w Braniewie, Fromborku "
            "i Pieniężnie oraz w istniejących wsiach gminnych, bez rozpraszania zabudowy "
            "na terenach rolnych;\n"
            "ochronę otwartych widoków na Zalew Wiślany i Wzgórze Katedralne we Fromborku "
            "(ustalenia krajobrazowe w planach ogólnych);\n"
            "rezerwę terenów pod węzeł przesiadkowy przy dworcu PKP w Braniewie oraz pod trasy "
            "rowerowe wzdłuż DW 504 i doliny Pasłęki;\n"
            "wyznaczenie terenów inwestycyjnych w Braniewie (ul. Kolejowa) i Pieniężnie "
            "z dostępem do S22 i DW 507;\n"
            "ochronę korytarza ekologicznego doliny Pasłęki i obszarów Natura 2000 "
            "(Zalew Wiślany i Mierzeja Wiślana)."
        ),
        "osi_regional": (
            "Strategia rozwoju społeczno-gospodarczego województwa warmińsko-mazurskiego "
            "do roku 2030 obejmuje obszar partnerstwa następującymi obszarami strategicznej "
            "interwencji:\n"
            "obszary zagrożone trwałą marginalizacją – gminy Braniewo, Frombork, Lelkowo, "
            "Pieniężno, Płoskinia i Wilczęta; planowane działania: aktywizacja zawodowa, "
            "usługi społeczne, dostępność transportowa (cele 1 i 3 strategii);\n"
            "obszar przygraniczny – gminy graniczące z Obwodem Kaliningradzkim (Braniewo, "
            "Lelkowo, Frombork); planowane działania: tereny inwestycyjne, turystyka, "
            "bezpieczeństwo (cel 2);\n"
            "obszar nadzalewowy – Frombork i gmina Braniewo; planowane działania: wspólny "
            "produkt turystyczny, ochrona wód Zalewu (cele 2 i 4).\n"
            "Zasięg obszarów przedstawia rysunek."
        ),
        "osi_local": (
            "Partnerstwo wyznacza dwa obszary strategicznej interwencji kluczowe dla "
            "rozwoju obszaru:\n"
            "OSI 1. Pasmo Zalewu Wiślanego – Frombork i nadzalewowe sołectwa gminy Braniewo "
            "(Rodowo, Stępień, Bemowizna); zakres działań: infrastruktura turystyczna, "
            "przystanie, trasa rowerowa wzdłuż Zalewu, ochrona wód;\n"
            "OSI 2. Obszary popegeerowskie o najwyższym natężeniu problemów społecznych – "
            "gminy Lelkowo, Płoskinia i Wilczęta oraz wiejska część gminy Pieniężno; zakres "
            "działań: centra usług społecznych, transport na żądanie, aktywizacja zawodowa.\n"
            "Zasięg obu obszarów przedstawia rysunek."
        ),
        "implementation": (
            "Strategię realizuje Rada Partnerstwa (burmistrzowie i wójtowie siedmiu gmin), "
            "która raz na kwartał przyjmuje plan działań i ocenia postęp. Obsługę zapewnia "
            "biuro partnerstwa w Urzędzie Miasta Braniewa, z koordynatorką i zespołem "
            "roboczym złożonym z pracowników wszystkich gmin.\n"
            "Monitoring: biuro co roku zbiera wartości wskaźników z rozdziału o oczekiwanych "
            "rezultatach i przedstawia Radzie raport z monitoringu; w 2026 roku zostanie "
            "przeprowadzona ewaluacja śródokresowa, a w 2031 roku ewaluacja końcowa.\n"
            "Wytyczne do sporządzania dokumentów wykonawczych: gminne programy i plany "
            "(programy rewitalizacji, plany transportowe, programy opieki nad seniorami, "
            "plany ogólne) wskazują cel strategiczny i kierunek działań, któremu służą, "
            "przyjmują wskaźniki zgodne ze strategią i są uzgadniane z Radą Partnerstwa "
            "przed uchwaleniem.\n"
            "Strategia jest aktualizowana, gdy ewaluacja wykaże, że co najmniej połowa "
            "wskaźników nie osiągnie wartości docelowych."
        ),
        "financial_framework": (
            "Szacunkowa wartość przedsięwzięć służących realizacji strategii wynosi około "
            "326 mln zł. Podstawowym źródłem finansowania będzie program regionalny "
            "Fundusze Europejskie dla Warmii i Mazur 2021–2027 (w tym instrument ZIT/IIT "
            "dla obszarów zagrożonych marginalizacją), uzupełniany programem FEnIKS, "
            "Krajowym Planem Odbudowy i środkami krajowymi.\n"
            "Wkład własny gmin zapewniają wieloletnie prognozy finansowe; przedsięwzięcia "
            "wspólne są finansowane według porozumienia, proporcjonalnie do liczby "
            "mieszkańców gmin, które z nich korzystają."
        ),
    },
    objectives=(
        ObjectivePlan(
            "Aktywni i zdrowi mieszkańcy z dostępem do dobrych usług społecznych",
            "social",
            "Odwrócenie odpływu ludności i ograniczenie wykluczenia przez lepsze usługi "
            "opiekuńcze, edukację powiązaną z rynkiem pracy i aktywizację mieszkańców "
            "obszarów popegeerowskich.",
            (
                (
                    "Rozwój usług opiekuńczych i wsparcia seniorów",
                    "Wspólne centrum usług społecznych, usługi sąsiedzkie i teleopieka.",
                ),
                (
                    "Kształcenie zawodowe powiązane z rynkiem pracy",
                    "Współpraca szkół z pracodawcami, kierunki w turystyce i logistyce.",
                ),
                (
                    "Aktywizacja społeczna i zawodowa osób zagrożonych wykluczeniem",
                    "Kluby integracji społecznej i spółdzielnie socjalne w gminach wiejskich.",
                ),
            ),
            (
                ResultPlan(
                    "Więcej osób otrzymuje usługi opiekuńcze w miejscu zamieszkania",
                    "Liczba osób objętych usługami opiekuńczymi w społeczności lokalnej",
                    "osoby",
                    120,
                    300,
                    2030,
                    "sprawozdania ośrodków pomocy społecznej",
                    "wszystkie gminy; pierwszeństwo dla Lelkowa, Płoskini i Wilcząt (OSI 2)",
                ),
                ResultPlan(
                    "Niższe bezrobocie",
                    "Stopa bezrobocia rejestrowanego w powiecie braniewskim",
                    "%",
                    17.9,
                    12.0,
                    2030,
                    "GUS, Bank Danych Lokalnych",
                    "cały obszar partnerstwa",
                ),
            ),
        ),
        ObjectivePlan(
            "Gospodarka oparta na turystyce Zalewu Wiślanego i lokalnych zasobach",
            "economic",
            "Całoroczna turystyka i nowe miejsca pracy dzięki wspólnej ofercie, terenom "
            "inwestycyjnym i przetwórstwu lokalnych produktów.",
            (
                (
                    "Wspólny produkt turystyczny „Zalew Wiślany – Kopernik – Warmia”",
                    "Szlaki, przystanie, wspólna marka i system informacji turystycznej.",
                ),
                (
                    "Przygotowanie terenów inwestycyjnych i wsparcie przedsiębiorczości",
                    "Uzbrojenie terenów w Braniewie i Pieniężnie, punkt obsługi inwestora.",
                ),
                (
                    "Krótkie łańcuchy dostaw żywności",
                    "Inkubator przetwórstwa lokalnego i targ produktów regionalnych.",
                ),
            ),
            (
                ResultPlan(
                    "Więcej turystów nocuje na obszarze partnerstwa",
                    "Liczba udzielonych noclegów",
                    "szt.",
                    98_500,
                    140_000,
                    2030,
                    "GUS, Bank Danych Lokalnych",
                    "pasmo Zalewu Wiślanego (OSI 1) i Pieniężno",
                ),
                ResultPlan(
                    "Nowe tereny dla inwestorów",
                    "Powierzchnia uzbrojonych terenów inwestycyjnych",
                    "ha",
                    0,
                    25,
                    2028,
                    "ewidencja gmin",
                    "Braniewo (ul. Kolejowa), Pieniężno",
                ),
            ),
        ),
        ObjectivePlan(
            "Dobrze skomunikowany obszar o spójnej strukturze przestrzennej",
            "spatial",
            "Sprawny transport publiczny i rowerowy łączący gminy z Braniewem oraz "
            "ożywione centra miejscowości.",
            (
                (
                    "Zintegrowany transport publiczny",
                    "Wspólna sieć linii autobusowych, węzeł przesiadkowy w Braniewie, "
                    "transport na żądanie.",
                ),
                (
                    "Sieć tras rowerowych",
                    "Połączenie z trasą Green Velo i trasa wzdłuż Zalewu Wiślanego.",
                ),
                (
                    "Rewitalizacja centrów miejscowości",
                    "Przestrzenie publiczne Braniewa, Fromborka i Pieniężna.",
                ),
            ),
            (
                ResultPlan(
                    "Częstsze połączenia gmin z Braniewem",
                    "Liczba kursów transportu publicznego do Braniewa w dniu roboczym",
                    "kursy/dobę",
                    46,
                    80,
                    2030,
                    "rozkłady jazdy przewoźników",
                    "wszystkie gminy; nowe linie do Lelkowa i Wilcząt",
                ),
                ResultPlan(
                    "Nowe trasy rowerowe",
                    "Długość wybudowanych tras rowerowych",
                    "km",
                    0,
                    42,
                    2030,
                    "protokoły odbioru inwestycji",
                    "Frombork–Braniewo–Pieniężno",
                ),
            ),
        ),
        ObjectivePlan(
            "Czyste środowisko i energia dla przyszłych pokoleń",
            "spatial",
            "Ochrona wód Zalewu Wiślanego i doliny Pasłęki, odnawialne źródła energii "
            "w budynkach publicznych.",
            (
                (
                    "Odnawialne źródła energii i termomodernizacja",
                    "Instalacje fotowoltaiczne i pompy ciepła w szkołach i urzędach.",
                ),
                (
                    "Gospodarka wodno-ściekowa",
                    "Kanalizacja miejscowości nadzalewowych i przydomowe oczyszczalnie.",
                ),
            ),
            (
                ResultPlan(
                    "Więcej energii z OZE w budynkach publicznych",
                    "Moc instalacji OZE w budynkach publicznych",
                    "kW",
                    180,
                    1200,
                    2030,
                    "dane gmin",
                    "budynki publiczne wszystkich gmin",
                ),
                ResultPlan(
                    "Więcej mieszkańców korzysta z oczyszczalni ścieków",
                    "Odsetek ludności korzystającej z oczyszczalni",
                    "%",
                    71.2,
                    85.0,
                    2030,
                    "GUS, Bank Danych Lokalnych",
                    "pasmo Zalewu Wiślanego (OSI 1)",
                ),
            ),
        ),
    ),
    finance=(
        ("regional_fe", 168_500_000, "FEWiM 2021–2027, w tym instrument terytorialny"),
        ("feniks", 42_000_000, "gospodarka wodno-ściekowa, OZE"),
        ("kpo", 18_000_000, "usługi opiekuńcze, transport zeroemisyjny"),
        ("national", 36_000_000, "Rządowy Fundusz Rozwoju Dróg, programy rządowe"),
        ("own", 52_300_000, "budżety gmin (WPF 2021–2030)"),
        ("other", 9_500_000, "Interreg Południowy Bałtyk, partnerzy prywatni"),
    ),
    images=(
        (
            "spatial_model",
            "Model struktury funkcjonalno-przestrzennej obszaru partnerstwa (schemat)",
            "model",
        ),
        (
            "osi_regional",
            "Obszary strategicznej interwencji województwa na obszarze partnerstwa",
            "osi_regional",
        ),
        (
            "osi_local",
            "Obszary strategicznej interwencji wyznaczone przez partnerstwo",
            "osi_local",
        ),
    ),
)


MOF = StrategyPlan(
    texts={
        "title": "Strategia terytorialna IIT Bolesławieckiego Partnerstwa Rozwoju "
        "na lata 2022–2030",
        "horizon": "2022–2030",
        "diagnosis_summary": (
            "Bolesławiec traci funkcje społeczno-gospodarcze: od 2010 r. liczba mieszkańców "
            "miasta spadła o 6%, a młodzież wyjeżdża na studia do Wrocławia i nie wraca.\n"
            "Gminy wiejskie obszaru (Bolesławiec, Warta Bolesławiecka) rosną dzięki "
            "suburbanizacji, co zwiększa dojazdy samochodem do miasta.\n"
            "Atutami są przemysł ceramiczny, położenie przy autostradzie A4 i rozwijająca "
            "się logistyka."
        ),
        "vision": (
            "Bolesławiec z gminami obszaru funkcjonalnego w 2030 roku: nowoczesny ośrodek "
            "ceramiki i logistyki przy A4, z ożywionym śródmieściem i szybkim dojazdem "
            "z każdej gminy."
        ),
        "mission": "",
        "spatial_model": (
            "Bolesławiec jest ośrodkiem obsługującym gminy obszaru funkcjonalnego; "
            "wzdłuż autostrady A4 i drogi krajowej nr 94 rozwija się pasmo aktywności "
            "gospodarczej (Gromadka, Nowogrodziec). Rysunek modelu zostanie dodany "
            "po warsztatach przestrzennych."
        ),
        "area_description": (
            "Obszar strategii obejmuje gminę miejską Bolesławiec, gminę wiejską "
            "Bolesławiec, gminy Gromadka, Nowogrodziec, Osiecznica i Warta Bolesławiecka "
            "w powiecie bolesławieckim (województwo dolnośląskie); zamieszkuje go "
            "około 88 tys. osób."
        ),
        "needs_analysis": (
            "Najważniejsze potrzeby to zatrzymanie odpływu młodych mieszkańców, "
            "rewitalizacja śródmieścia Bolesławca i lepszy transport publiczny. "
            "Powiązania gospodarcze tworzy wspólny rynek pracy przemysłu ceramicznego "
            "i logistyki; powiązania społeczne – dojazdy do szkół średnich i szpitala "
            "w Bolesławcu."
        ),
        "integrated_approach": (
            "Przedsięwzięcia strategii łączą kilka sektorów i gmin: węzeł przesiadkowy "
            "przy dworcu w Bolesławcu obsłuży linie autobusowe ze wszystkich gmin, "
            "a rewitalizacja śródmieścia łączy działania społeczne, gospodarcze "
            "i przestrzenne."
        ),
    },
    objectives=(
        ObjectivePlan(
            "Mieszkańcy, którzy chcą tu zostać",
            "social",
            "Oferta dla młodzieży i rodzin: mieszkania, edukacja, czas wolny.",
            (
                ("Mieszkania na wynajem dla młodych rodzin", ""),
                ("Oferta kulturalna i sportowa śródmieścia", ""),
            ),
            (
                ResultPlan(
                    "Mniejszy odpływ młodych mieszkańców",
                    "Saldo migracji na 1000 mieszkańców",
                    "‰",
                    -3.1,
                    -1.0,
                    2030,
                    "GUS, Bank Danych Lokalnych",
                    "",
                ),
            ),
        ),
        ObjectivePlan(
            "Konkurencyjna gospodarka ceramiki i logistyki",
            "economic",
            "Tereny inwestycyjne przy A4 i wsparcie marki ceramiki bolesławieckiej.",
            (("Tereny inwestycyjne przy autostradzie A4", ""),),
        ),
        ObjectivePlan(
            "Zielone i dostępne śródmieście",
            "social",
            "Rewitalizacja i zieleń w centrum Bolesławca.",
            (),
        ),
    ),
    finance=(
        ("regional_fe", 96_000_000, "FEDS 2021–2027, instrument IIT"),
        ("own", 31_000_000, "budżety gmin"),
    ),
)


PZL = StrategyPlan(
    texts={
        "title": "Strategia rozwoju ponadlokalnego Partnerstwa Ziemi Łosickiej do 2030 roku",
        "horizon": "2023–2030",
        "vision": (
            "Ziemia Łosicka – zielone zaplecze żywnościowe Mazowsza z dostępnymi usługami "
            "zdrowotnymi i dobrą szkołą blisko domu."
        ),
        "mission": (
            "Gminy powiatu łosickiego razem z powiatem wspierają rolników i przetwórców, "
            "dbają o dostęp do lekarza i szkoły oraz wspólnie zabiegają o środki na rozwój."
        ),
        "osi_local": (
            "Partnerstwo nie wyznacza własnych obszarów strategicznej interwencji: "
            "cały obszar jest objęty OSI województwa (obszar funkcjonalny małego miasta "
            "powiatowego)."
        ),
    },
    objectives=(
        ObjectivePlan(
            "Silne rolnictwo i przetwórstwo spożywcze",
            "economic",
            "",
            (
                ("Grupy producenckie i krótkie łańcuchy dostaw", ""),
                ("Inkubator przetwórstwa w Łosicach", ""),
            ),
        ),
        ObjectivePlan(
            "Dostępne usługi zdrowotne i edukacyjne",
            "social",
            "",
            (("Telemedycyna i transport do lekarza dla seniorów", ""),),
        ),
    ),
)

PLANS = {"PGZB": PGZB, "MOF Bolesławiec": MOF, "PZŁ": PZL}

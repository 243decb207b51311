"""The demo consultation events and their comments, as data (see ``demo_data.consultations``).

Kept apart from the code that stores them so each module stays readable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

Day = date | int  # a fixed date, or days from today


@dataclass(frozen=True)
class Remark:
    """(category, author, section, content, proposal, disposition, justification)."""

    category: str
    author: str
    section: str
    content: str
    proposal: str = ""
    disposition: str | None = None
    justification: str = ""


@dataclass(frozen=True)
class Event:
    held_on: Day
    subject: str
    form: str
    place: str
    teryt: str | None
    announced_on: Day | None
    comments_until: Day | None
    participants: int
    notes: str
    remarks: tuple[Remark, ...]


STRATEGY_PGZB = "Projekt Strategii Rozwoju Ponadlokalnego Partnerstwa Gmin Ziemi Braniewskiej"

PGZB: tuple[Event, ...] = (
    Event(
        date(2021, 6, 17),
        "Warsztat diagnostyczny: turystyka Zalewu Wiślanego",
        "workshop",
        "Frombork, sala Muzeum Mikołaja Kopernika",
        "2802033",
        None,
        None,
        23,
        "Warsztat w ramach diagnozy; praca w trzech grupach (port, szlaki, noclegi).",
        (
            Remark(
                "business",
                "Jan Malinowski",
                "Diagnoza – turystyka",
                "Sezon trwa za krótko, bo poza lipcem i sierpniem brak połączeń "
                "tramwaju wodnego Frombork–Krynica Morska.",
                "Wspólne zamówienie rejsów od maja do września przez gminy partnerstwa.",
                "partly",
                "Przyjęto jako kierunek działań; finansowanie do ustalenia z samorządem "
                "województwa.",
            ),
            Remark(
                "ngo",
                "Stowarzyszenie Przyjaciół Fromborka",
                "Diagnoza – dziedzictwo",
                "Brak wspólnej oferty zabytków: Frombork, Pieniężno i Braniewo promują się osobno.",
                "Szlak „Warmińskie katedry i zamki” ze wspólną kartą turysty.",
                "accepted",
                "Ujęto w celu 2.1 i w fiszce projektu „Szlak dziedzictwa”.",
            ),
            Remark(
                "lgd",
                "LGD „Warmiński Zakątek”",
                "Diagnoza – turystyka",
                "Kwatery agroturystyczne w gminach Płoskinia i Lelkowo nie są widoczne "
                "w żadnym portalu.",
                "Wspólny portal rezerwacji dla obszaru partnerstwa.",
                "explained",
                "Portal działa w ramach LGD; strategia przewiduje jego promocję, "
                "nie budowę nowego.",
            ),
            Remark(
                "residents",
                "Maria Zawadzka",
                "Diagnoza – infrastruktura",
                "Port we Fromborku wymaga pogłębienia toru wodnego; jachty o większym "
                "zanurzeniu omijają Frombork.",
                "",
                "rejected",
                "Tor wodny jest w zarządzie Urzędu Morskiego; partnerstwo może jedynie "
                "wnioskować o pogłębienie.",
            ),
            Remark(
                "solectwo",
                "Sołectwo Stara Pasłęka",
                "Diagnoza – przyroda",
                "Ujście Pasłęki to cenne miejsce obserwacji ptaków, brak tam platformy i parkingu.",
                "Wieża widokowa i mały parking przy ujściu Pasłęki.",
                "accepted",
                "Wpisano do listy projektów uzupełniających.",
            ),
        ),
    ),
    Event(
        date(2021, 11, 30),
        STRATEGY_PGZB + " – spotkanie otwarte",
        "open_meeting",
        "Braniewo, Urząd Miasta, sala sesyjna",
        "2802011",
        date(2021, 11, 15),
        date(2021, 12, 20),
        41,
        "Ogłoszenie na stronach BIP siedmiu gmin i w „Gazecie Braniewskiej”; "
        "uwagi na formularzu papierowym i e-mailem.",
        (
            Remark(
                "residents",
                "Krzysztof Lis",
                "Cel 1.2 Transport",
                "Ostatni autobus z Braniewa do Lelkowa odjeżdża o 15:10; młodzież "
                "nie może wrócić po zajęciach.",
                "Kursy popołudniowe do 18:00 w ramach wspólnego PTZ.",
                "accepted",
                "Dodano działanie 1.2.3 „Wspólna organizacja przewozów o charakterze "
                "użyteczności publicznej”.",
            ),
            Remark(
                "public",
                "Zarząd Dróg Powiatowych w Braniewie",
                "Cel 1.2 Transport",
                "Droga powiatowa Pieniężno–Lelkowo nie ma poboczy; rowerzyści jeżdżą jezdnią.",
                "Ciąg pieszo-rowerowy Pieniężno–Lelkowo.",
                "partly",
                "Ujęto odcinek do Pieniężna; odcinek do Lelkowa po analizie kosztów.",
            ),
            Remark(
                "neighbour_jst",
                "Gmina Tolkmicko",
                "Cel 2.1 Turystyka",
                "Szlak rowerowy wokół Zalewu Wiślanego kończy się na granicy gminy Frombork.",
                "Wspólny projekt domknięcia pętli Velo Zalew.",
                "accepted",
                "Wpisano jako projekt partnerski z gminą sąsiednią.",
            ),
            Remark(
                "public",
                "PGW Wody Polskie, RZGW w Gdańsku",
                "Cel 3.1 Środowisko",
                "Projekt nie uwzględnia ryzyka powodziowego na terenach depresyjnych przy Zalewie.",
                "Uzupełnić diagnozę o mapy zagrożenia powodziowego.",
                "accepted",
                "Uzupełniono rozdział 3 i model struktury funkcjonalno-przestrzennej.",
            ),
            Remark(
                "school",
                "Szkoła Podstawowa w Lelkowie",
                "Cel 1.1 Edukacja",
                "Małe szkoły wiejskie tracą uczniów; brak wspólnej oferty zajęć dodatkowych.",
                "Sieć zajęć pozalekcyjnych z dowozem między szkołami.",
                "partly",
                "Przyjęto sieć zajęć; dowóz zależy od rozwiązania z celu 1.2.",
            ),
            Remark(
                "farmer",
                "Paweł Domański",
                "Cel 3.2 Gospodarka",
                "Brak punktu skupu i przetwórstwa mleka na obszarze partnerstwa.",
                "Inkubator przetwórstwa lokalnego.",
                "rejected",
                "Inwestycja w przetwórstwo to zadanie podmiotów prywatnych; strategia "
                "wspiera je przez doradztwo w celu 3.2.",
            ),
            Remark(
                "ngo",
                "Fundacja Ziemia Warmińska",
                "Rozdział 8 System realizacji",
                "Organizacje pozarządowe nie mają miejsca w komitecie monitorującym strategię.",
                "Dwa miejsca dla NGO w komitecie.",
                "accepted",
                "Zmieniono skład komitetu monitorującego.",
            ),
            Remark(
                "osp",
                "OSP Płoskinia",
                "Cel 1.3 Bezpieczeństwo",
                "Jednostki OSP nie mają sprzętu do ratownictwa na wodzie.",
                "Zakup łodzi ratowniczych dla OSP nad Zalewem.",
                "explained",
                "Zakupy sprzętu OSP finansuje KSRG; strategia wskazuje to źródło.",
            ),
        ),
    ),
    Event(
        date(2021, 12, 20),
        STRATEGY_PGZB + " – uwagi pisemne",
        "written",
        "Braniewo (e-mail i formularz papierowy)",
        "2802011",
        date(2021, 11, 15),
        date(2021, 12, 20),
        0,
        "Uwagi zebrane przez sekretariat partnerstwa do 20 grudnia.",
        (
            Remark(
                "business",
                "Hotel Kopernik sp. z o.o.",
                "Cel 2.1 Turystyka",
                "Brak działań na rzecz turystyki zimowej i konferencyjnej.",
                "Działanie „Turystyka poza sezonem”.",
                "accepted",
                "Dodano działanie 2.1.4.",
            ),
            Remark(
                "residents",
                "Anna Zielińska",
                "Cel 3.1 Woda i ścieki",
                "W Wilczętach woda z wodociągu ma za dużo żelaza, a stacja uzdatniania "
                "jest z lat 80.",
                "Modernizacja SUW w Wilczętach.",
                "accepted",
                "Projekt dodano do pakietu (priorytet 1).",
            ),
            Remark(
                "youth",
                "Młodzieżowa Rada Miasta Braniewa",
                "Cel 1.1",
                "Młodzież wyjeżdża, bo nie ma miejsc spotkań ani oferty kulturalnej wieczorem.",
                "Centrum aktywności młodzieży w Braniewie.",
                "partly",
                "Ujęto jako działanie miękkie; lokalizacja do wyboru w konsultacjach z młodzieżą.",
            ),
            Remark(
                "parish",
                "Parafia św. Katarzyny w Braniewie",
                "Cel 2.2",
                "Bazylika w Braniewie nie jest ujęta w szlaku dziedzictwa.",
                "Włączyć bazylikę do szlaku.",
                "accepted",
                "Uzupełniono listę obiektów.",
            ),
            Remark(
                "residents",
                "Tomasz Wróbel",
                "Cel 1.2 Transport",
                "Połączenie kolejowe Braniewo–Elbląg jest zbyt rzadkie.",
                "Wnioskować do województwa o dodatkowe kursy.",
                "explained",
                "Organizatorem przewozów kolejowych jest samorząd województwa; "
                "partnerstwo przekaże wniosek.",
            ),
        ),
    ),
)

STRATEGY_MOF = "Projekt Strategii IIT Bolesławieckiego Partnerstwa Rozwoju"

MOF: tuple[Event, ...] = (
    Event(
        date(2023, 1, 19),
        "Warsztat: wnioski z diagnozy – gospodarka i przestrzeń",
        "workshop",
        "Bolesławiec, Bolesławiecki Ośrodek Kultury",
        "0201011",
        None,
        None,
        34,
        "Praca przy mapach; moderacja: doradczyni CWD.",
        (
            Remark(
                "business_org",
                "Bolesławiecka Izba Gospodarcza",
                "Wnioski – gospodarka",
                "Przemysł ceramiczny potrzebuje kadr technicznych, a szkoły branżowe "
                "kształcą w innych zawodach.",
                "Klasy patronackie ceramiki w Zespole Szkół Ponadgimnazjalnych.",
                "accepted",
                "Wpisano do wniosków i celu 2.",
            ),
            Remark(
                "business",
                "Logistyka A4 sp. z o.o.",
                "Wnioski – przestrzeń",
                "Tereny inwestycyjne przy węźle A4 w Godzieszowie nie mają uzbrojenia.",
                "Wspólne uzbrojenie terenów przez gminy Bolesławiec i Nowogrodziec.",
                "partly",
                "Ujęto uzbrojenie etapu I; etap II po pozyskaniu inwestora.",
            ),
            Remark(
                "residents",
                "Elżbieta Górska",
                "Wnioski – rewitalizacja",
                "Śródmieście pustoszeje; lokale przy Rynku stoją puste.",
                "Program najmu preferencyjnego dla rzemiosła i ceramiki.",
                "accepted",
                "Wpisano do działań rewitalizacyjnych.",
            ),
            Remark(
                "ngo",
                "Stowarzyszenie Nasza Kwisa",
                "Wnioski – środowisko",
                "Kwisa wylewa w Osiecznicy i Nowogrodźcu; brak małej retencji.",
                "Program małej retencji w zlewni Kwisy.",
                "accepted",
                "Uzupełniono wnioski o ryzyko powodziowe.",
            ),
            Remark(
                "solectwo",
                "Sołectwo Kraśnik Dolny",
                "Wnioski – usługi",
                "Mieszkańcy wsi dojeżdżają do przychodni w Bolesławcu bez komunikacji.",
                "",
                "explained",
                "Dostępność usług zdrowotnych analizuje się w celu 3; transport w celu 1.",
            ),
        ),
    ),
    Event(
        date(2023, 3, 6),
        "Formularz online: priorytety projektów partnerstwa",
        "online_form",
        "formularz internetowy na stronie partnerstwa",
        None,
        date(2023, 1, 30),
        date(2023, 3, 6),
        187,
        "187 odpowiedzi; poniżej uwagi opisowe z pytania otwartego.",
        (
            Remark(
                "residents",
                "ankieta nr 14",
                "Pakiet projektów – transport",
                "Autobusy między Bolesławcem a Gromadką jeżdżą raz na dwie godziny.",
                "Wspólna linia powiatowa co godzinę w szczycie.",
                "accepted",
                "Projekt „Zintegrowany transport MOF” w pakiecie.",
            ),
            Remark(
                "youth",
                "ankieta nr 52",
                "Pakiet projektów – sport",
                "Brak krytego basenu poza Bolesławcem.",
                "",
                "rejected",
                "Koszt utrzymania basenu przekracza możliwości gmin wiejskich; "
                "zaproponowano dowóz na basen miejski.",
            ),
            Remark(
                "residents",
                "ankieta nr 77",
                "Pakiet projektów – OZE",
                "Chcemy wspólnej spółdzielni energetycznej gmin.",
                "",
                "partly",
                "Analiza wykonalności spółdzielni w Komponencie II.",
            ),
            Remark(
                "farmer",
                "ankieta nr 103",
                "Pakiet projektów – woda",
                "Susza w Warcie Bolesławieckiej; studnie wysychają latem.",
                "Rozbudowa wodociągu do przysiółków.",
                "accepted",
                "Dodano projekt wodociągowy gminy Warta Bolesławiecka.",
            ),
            Remark(
                "residents",
                "ankieta nr 131",
                "Pakiet projektów – turystyka",
                "Bory Dolnośląskie nie mają oznakowanych tras rowerowych.",
                "Sieć tras w Borach Dolnośląskich z Osiecznicą.",
                "accepted",
                "Wpisano do pakietu (turystyka).",
            ),
        ),
    ),
    Event(
        date(2023, 5, 17),
        STRATEGY_MOF + " – spotkanie otwarte",
        "open_meeting",
        "Nowogrodziec, Miejsko-Gminny Ośrodek Kultury",
        "0201043",
        date(2023, 5, 4),
        date(2023, 6, 5),
        29,
        "Okres uwag skrócony do 32 dni z powodu terminu naboru IIT – do wyjaśnienia "
        "z urzędem marszałkowskim.",
        (
            Remark(
                "neighbour_jst",
                "Gmina Węgliniec",
                "Cel 1 Transport",
                "Linia kolejowa Bolesławiec–Węgliniec powinna być elementem strategii.",
                "Projekt przystanków kolejowych przy linii 282.",
                "accepted",
                "Dodano do pakietu jako projekt ponadlokalny.",
            ),
            Remark(
                "school",
                "Zespół Szkół w Gromadce",
                "Cel 2 Edukacja",
                "Brak pracowni zawodowych w szkołach wiejskich.",
                "Wspólne centrum kształcenia praktycznego.",
                "partly",
                "Centrum w Bolesławcu; dowóz uczniów z gmin wiejskich.",
            ),
            Remark(
                "kgw",
                "KGW Osiecznica",
                "Cel 3 Aktywność społeczna",
                "Koła gospodyń nie mają gdzie działać po zamknięciu świetlic.",
                "Remont świetlic wiejskich jako centrów aktywności.",
                "accepted",
                "",
            ),
            Remark(
                "residents",
                "Ryszard Pawlak",
                "Cel 1 Transport",
                "Obwodnica Nowogrodźca jest ważniejsza niż ścieżki rowerowe.",
                "",
                None,
                "",
            ),
            Remark(
                "public",
                "Nadleśnictwo Bolesławiec",
                "Cel 4 Środowisko",
                "Trasy rowerowe w lasach wymagają uzgodnienia z nadleśnictwem.",
                "",
                "explained",
                "Uzgodnienia przewidziano na etapie dokumentacji.",
            ),
            Remark(
                "ngo",
                "Fundacja Ceramiki Bolesławieckiej",
                "Cel 2 Gospodarka",
                "Brak marki terytorialnej „Bolesławiec – miasto ceramiki” w strategii.",
                "Wspólna marka i Święto Ceramiki jako wydarzenie MOF.",
                None,
                "",
            ),
        ),
    ),
)

PZL: tuple[Event, ...] = (
    Event(
        -60,
        "Warsztat z kołami gospodyń wiejskich i rolnikami",
        "workshop",
        "Platerów, Gminny Ośrodek Kultury",
        "1410042",
        None,
        None,
        27,
        "Warsztat diagnostyczny: przetwórstwo, sprzedaż bezpośrednia, usługi na wsi.",
        (
            Remark(
                "kgw",
                "KGW Platerów",
                "Diagnoza – gospodarka",
                "Brak certyfikowanej kuchni, w której koła mogłyby przetwarzać owoce.",
                "Inkubator przetwórstwa lokalnego w Platerowie.",
                "accepted",
                "Wpisano do wniosków z diagnozy.",
            ),
            Remark(
                "farmer",
                "Stanisław Kozłowski",
                "Diagnoza – rolnictwo",
                "Rolnicy z Huszlewa nie mają gdzie sprzedawać bezpośrednio.",
                "Targowisko „Mój Rynek” w Łosicach z dniem lokalnych producentów.",
                "accepted",
                "Ujęto jako propozycję projektu.",
            ),
            Remark(
                "solectwo",
                "Sołectwo Chlebczyn",
                "Diagnoza – woda",
                "Wodociąg w części wsi nie działa latem, ciśnienie spada.",
                "Modernizacja SUW i sieci w gminie Sarnaki.",
                "partly",
                "Ujęto modernizację SUW; sieć w przysiółkach po inwentaryzacji.",
            ),
            Remark(
                "kgw",
                "KGW Stara Kornica",
                "Diagnoza – usługi",
                "Starsze osoby z wiosek nie mają jak dojechać do lekarza w Łosicach.",
                "Bus na telefon dla seniorów.",
                "accepted",
                "Ujęto w celu 3.",
            ),
            Remark(
                "youth",
                "Oliwia Nowicka",
                "Diagnoza – młodzież",
                "Młodzież z gminy Olszanka dojeżdża do szkoły średniej ponad godzinę.",
                "",
                "explained",
                "Dojazdy do szkół ponadpodstawowych rozwiązuje się w celu 1 (transport).",
            ),
        ),
    ),
    Event(
        -12,
        "Dyżur konsultacyjny: turystyka nad Bugiem",
        "duty_hours",
        "Sarnaki, Urząd Gminy",
        "1410052",
        None,
        None,
        11,
        "Dyżur doradcy i koordynatora, dwie godziny.",
        (
            Remark(
                "business",
                "Agroturystyka „Nad Bugiem” Mierzwice",
                "Diagnoza – turystyka",
                "Brak przystani kajakowych na Bugu między Mielnikiem a Gnojnem.",
                "Sieć przystani kajakowych z parkingami.",
                "accepted",
                "Wpisano do listy pomysłów projektowych.",
            ),
            Remark(
                "ngo",
                "Stowarzyszenie Nadbużańskie",
                "Diagnoza – przyroda",
                "Dolina Bugu to Natura 2000; turystyka musi omijać tereny lęgowe.",
                "",
                None,
                "",
            ),
            Remark(
                "residents",
                "Henryk Majewski",
                "Diagnoza – infrastruktura",
                "Brak szerokopasmowego internetu w Bohukałach i Nowych Mostach.",
                "",
                None,
                "",
            ),
            Remark(
                "lgd",
                "LGD „Ziemi Łosickiej”",
                "Diagnoza – turystyka",
                "Szlak Nadbużański jest słabo oznakowany w gminie Sarnaki.",
                "Wspólne oznakowanie i mapa szlaków.",
                "accepted",
                "",
            ),
            Remark(
                "parish",
                "Parafia w Sarnakach",
                "Diagnoza – dziedzictwo",
                "Drewniane cerkwie i kościoły mogłyby tworzyć szlak sakralny.",
                "Szlak drewnianej architektury sakralnej Podlasia Nadbużańskiego.",
                None,
                "",
            ),
        ),
    ),
    Event(
        -5,
        "Projekt Strategii Rozwoju Ponadlokalnego Ziemi Łosickiej – spotkanie otwarte",
        "open_meeting",
        "Łosice, Łosicki Dom Kultury",
        "1410023",
        -20,
        16,
        38,
        "Konsultacje trwają; uwagi do rozpatrzenia przez zespół strategiczny.",
        (
            Remark(
                "residents",
                "Barbara Sokołowska",
                "Cel 1 Transport",
                "Brak połączenia autobusowego Łosice–Siedlce po godzinie 17.",
                "Kurs wieczorny w ramach PTZ powiatu.",
                None,
                "",
            ),
            Remark(
                "school",
                "Zespół Szkół w Łosicach",
                "Cel 2 Edukacja",
                "Szkoła potrzebuje pracowni mechatroniki dla przetwórstwa spożywczego.",
                "Pracownia mechatroniki i klasa patronacka z zakładami mięsnymi.",
                "accepted",
                "Ujęto w celu 2.2.",
            ),
            Remark(
                "osp",
                "OSP Huszlew",
                "Cel 4 Bezpieczeństwo",
                "Remiza w Huszlewie nie ma garażu dla nowego wozu.",
                "",
                None,
                "",
            ),
            Remark(
                "public",
                "Samodzielny Publiczny Zakład Opieki Zdrowotnej w Łosicach",
                "Cel 3 Zdrowie",
                "Brak opieki nocnej i świątecznej poza Łosicami.",
                "Punkt opieki nocnej w Sarnakach dwa dni w tygodniu.",
                "partly",
                "",
            ),
            Remark(
                "farmer",
                "Wiesław Grabowski",
                "Cel 4 Środowisko",
                "Melioracje w gminie Stara Kornica są zaniedbane; pola zalewa wiosną.",
                "Program odbudowy rowów melioracyjnych.",
                "explained",
                "Melioracje podstawowe należą do Wód Polskich; partnerstwo wystąpi o "
                "ich ujęcie w planie utrzymania wód.",
            ),
            Remark(
                "neighbour_jst",
                "Gmina Mielnik",
                "Cel 5 Turystyka",
                "Szlak kajakowy na Bugu powinien być wspólny z gminą Mielnik.",
                "Projekt partnerski przystani z gminą sąsiednią.",
                None,
                "",
            ),
        ),
    ),
)

#: Words of stakeholder names too common to tell two stakeholders apart.

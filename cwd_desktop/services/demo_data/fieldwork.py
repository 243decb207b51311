"""Demo field work: missions, working groups, meetings with minutes, attendance and actions.

Dates are offsets from today, so the demo always shows some action items
overdue, some due soon and some done. People are fictitious; places and
JST are the partnerships' real member gminy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from cwd_desktop.domain.text import fold
from cwd_desktop.services.app import Services

ORDER = 20


@dataclass(frozen=True)
class Mission:
    title: str
    start: int
    days: int
    places: str
    advisors: str
    agenda: str
    notes: str


@dataclass(frozen=True)
class Group:
    name: str
    theme: str
    #: (name, role, TERYT or "", a word of the stakeholder's name or "")
    members: tuple[tuple[str, str, str, str], ...]


@dataclass(frozen=True)
class Meeting:
    title: str
    day: int
    place: str
    teryt: str
    mission: int | None
    group: int | None
    agenda: str
    minutes: str
    decisions: str
    #: (name, role); a name starting with "-" was absent
    attendance: tuple[tuple[str, str], ...]
    #: (description, owner, due in days from today or None, status)
    actions: tuple[tuple[str, str, int | None, str], ...]


@dataclass(frozen=True)
class Plan:
    missions: tuple[Mission, ...]
    groups: tuple[Group, ...]
    meetings: tuple[Meeting, ...]


PGZB = Plan(
    missions=(
        Mission(
            "Misja diagnostyczna w gminach Ziemi Braniewskiej",
            -75,
            3,
            "2802011,2802062,2802033",
            "Marek Wiśniewski, Katarzyna Zielińska",
            "1. Spotkanie otwierające z Radą Partnerstwa w Braniewie.\n"
            "2. Wizja lokalna: dworzec PKP i przystanki autobusowe w Braniewie.\n"
            "3. Warsztat z sołtysami gminy Płoskinia.\n"
            "4. Rozmowy z branżą turystyczną we Fromborku.",
            "Sołtysi zgłaszają brak połączeń autobusowych w soboty i niedziele; uczniowie "
            "z Płoskini dojeżdżają do szkół w Braniewie ponad godzinę. We Fromborku sezon "
            "turystyczny trwa około dziesięciu tygodni.",
        ),
        Mission(
            "Misja warsztatowa: kierunki działań strategii",
            -12,
            2,
            "2802033,2802053,2802042",
            "Katarzyna Zielińska",
            "1. Warsztat z branżą turystyczną we Fromborku.\n"
            "2. Spotkanie z mieszkańcami Pieniężna o usługach dla seniorów.\n"
            "3. Uzgodnienie listy projektów kluczowych z wójtem gminy Lelkowo.",
            "Do uzupełnienia: dane GOPS o liczbie osób korzystających z usług opiekuńczych.",
        ),
    ),
    groups=(
        Group(
            "Transport publiczny",
            "Wspólna sieć połączeń autobusowych, dojazdy do szkół i pracy, "
            "przesiadki na kolej w Braniewie.",
            (
                ("Krzysztof Dąbrowski", "kierownik referatu inwestycji UM Braniewa", "2802011", ""),
                ("Halina Urbańska", "sekretarz gminy Płoskinia", "2802062", ""),
                ("Robert Pietrzak", "zastępca burmistrza Pieniężna", "2802053", ""),
                ("Józef Kaczmarek", "prezes OSP Lelkowo", "2802042", "OSP Lelkowo"),
            ),
        ),
        Group(
            "Turystyka i dziedzictwo",
            "Zalew Wiślany, Frombork i szlak kopernikowski, oferta poza sezonem letnim.",
            (
                ("Aleksandra Wróbel", "dyrektor Centrum Kultury we Fromborku", "2802033", ""),
                (
                    "Damian Sikora",
                    "prezes Stowarzyszenia Miłośników Fromborka",
                    "2802033",
                    "Miłośników",
                ),
                ("Beata Lis", "inspektor ds. promocji UG Braniewo", "2802022", ""),
            ),
        ),
        Group(
            "Usługi społeczne",
            "Opieka nad seniorami, usługi opiekuńcze i dzienne domy pobytu.",
            (
                ("Grażyna Mazur", "kierownik GOPS w Wilczętach", "2802072", ""),
                ("Teresa Kubiak", "przewodnicząca KGW „Pierzchalanki”", "2802062", "Pierzchalanki"),
                ("Paweł Szymański", "dyrektor PCPR w Braniewie", "", ""),
            ),
        ),
    ),
    meetings=(
        Meeting(
            "Spotkanie otwierające misję z Radą Partnerstwa",
            -75,
            "Urząd Miasta Braniewa, sala konferencyjna",
            "2802011",
            0,
            None,
            "1. Cel i plan misji.\n2. Wstępne wnioski z analizy danych GUS.\n"
            "3. Ustalenie terminów warsztatów w gminach.",
            "Doradcy CWD przedstawili plan misji i wstępne wnioski z danych GUS: od 2010 r. "
            "liczba mieszkańców obszaru spadła o 9%, najszybciej w gminach Lelkowo i Wilczęta. "
            "Wójtowie zwrócili uwagę na odpływ młodzieży do Elbląga i Trójmiasta oraz na "
            "zamknięte linie autobusowe. Burmistrz Fromborka zaproponował, aby turystyka "
            "Zalewu Wiślanego była jednym z filarów strategii.",
            "1. Warsztaty w gminach odbędą się zgodnie z harmonogramem misji.\n"
            "2. Gminy przekażą dane o przewozach szkolnych do końca miesiąca.",
            (
                ("Andrzej Malinowski", "burmistrz Miasta Braniewa"),
                ("Stanisław Górski", "wójt gminy Płoskinia"),
                ("Irena Bielecka", "burmistrz Fromborka"),
                ("Wojciech Rutkowski", "wójt gminy Wilczęta"),
                ("Anna Kowalczyk", "koordynator partnerstwa"),
                ("-Zdzisław Nowicki", "wójt gminy Lelkowo"),
            ),
            (
                (
                    "Przekazać dane o przewozach szkolnych (trasy, liczba uczniów)",
                    "sekretarze gmin",
                    -45,
                    "done",
                ),
                (
                    "Przygotować zestawienie linii autobusowych zawieszonych po 2015 r.",
                    "Krzysztof Dąbrowski",
                    -20,
                    "open",
                ),
            ),
        ),
        Meeting(
            "Warsztat z sołtysami gminy Płoskinia",
            -74,
            "Świetlica wiejska w Płoskini",
            "2802062",
            0,
            0,
            "1. Potrzeby mieszkańców sołectw.\n2. Dojazdy do szkół i lekarzy.\n"
            "3. Rola OSP i KGW w życiu wsi.",
            "Sołtysi z dziewięciu sołectw wskazali jako główny problem brak transportu "
            "w godzinach popołudniowych i w weekendy. Seniorzy z Chruściela i Wysokiej "
            "Braniewskiej dojeżdżają do lekarza tylko dzięki sąsiadom. Prezes OSP "
            "zaproponował wykorzystanie świetlicy remizy jako punktu usług dla seniorów. "
            "Koło Gospodyń Wiejskich prowadzi zajęcia dla dzieci, ale brakuje środków "
            "na materiały.",
            "1. Potrzeby transportowe sołectw zostaną ujęte w diagnozie.\n"
            "2. Gmina rozważy zgłoszenie remizy OSP jako lokalizacji projektu dla seniorów.",
            (
                ("Stanisław Górski", "wójt gminy Płoskinia"),
                ("Henryk Zawadzki", "sołtys wsi Płoskinia"),
                ("Maria Adamczyk", "sołtys wsi Chruściel"),
                ("Tadeusz Witkowski", "prezes OSP Płoskinia"),
                ("Elżbieta Walczak", "przewodnicząca KGW Wysoka Braniewska"),
                ("Marek Wiśniewski", "doradca CWD"),
            ),
            (
                (
                    "Zebrać od sołtysów godziny, w których brakuje połączeń",
                    "Halina Urbańska",
                    -8,
                    "in_progress",
                ),
                (
                    "Sprawdzić stan techniczny świetlicy remizy OSP",
                    "Tadeusz Witkowski",
                    14,
                    "open",
                ),
            ),
        ),
        Meeting(
            "Grupa robocza ds. transportu — posiedzenie nr 2",
            -30,
            "Starostwo Powiatowe w Braniewie",
            "2802011",
            None,
            0,
            "1. Mapa istniejących połączeń.\n2. Warianty wspólnego przewoźnika.\n"
            "3. Źródła finansowania: Fundusz rozwoju przewozów autobusowych.",
            "Przedstawiono mapę połączeń: 14 miejscowości nie ma żadnego kursu w soboty. "
            "Omówiono dwa warianty: porozumienie gmin z powiatem albo związek "
            "powiatowo-gminny. Uczestnicy uznali, że dopłaty z Funduszu rozwoju "
            "przewozów autobusowych pokryją część kosztów nowych linii.",
            "1. Grupa rekomenduje wariant porozumienia gmin z powiatem.\n"
            "2. Przygotowany zostanie projekt siatki połączeń na konsultacje.",
            (
                ("Krzysztof Dąbrowski", "kierownik referatu inwestycji UM Braniewa"),
                ("Halina Urbańska", "sekretarz gminy Płoskinia"),
                ("Robert Pietrzak", "zastępca burmistrza Pieniężna"),
                ("Józef Kaczmarek", "prezes OSP Lelkowo"),
            ),
            (
                (
                    "Opracować projekt siatki połączeń na konsultacje",
                    "Krzysztof Dąbrowski",
                    -3,
                    "open",
                ),
                ("Zapytać powiat o udział w porozumieniu", "Anna Kowalczyk", 10, "in_progress"),
            ),
        ),
        Meeting(
            "Warsztat z branżą turystyczną we Fromborku",
            -12,
            "Centrum Kultury we Fromborku",
            "2802033",
            1,
            1,
            "1. Sezonowość ruchu turystycznego.\n2. Szlak kopernikowski i Zalew Wiślany.\n"
            "3. Pomysły na wspólne produkty turystyczne.",
            "Właściciele pensjonatów potwierdzili, że poza lipcem i sierpniem obłożenie "
            "spada poniżej 20%. Zaproponowano wspólny pakiet „Śladami Kopernika” łączący "
            "Frombork, Braniewo i Pieniężno oraz rejsy po Zalewie Wiślanym w maju "
            "i wrześniu. Potrzebna jest jedna strona internetowa z ofertą całego obszaru.",
            "1. Grupa ds. turystyki opisze produkt „Śladami Kopernika” jako projekt.\n"
            "2. Gminy uzgodnią wspólny kalendarz wydarzeń na przyszły rok.",
            (
                ("Aleksandra Wróbel", "dyrektor Centrum Kultury we Fromborku"),
                ("Damian Sikora", "prezes Stowarzyszenia Miłośników Fromborka"),
                ("Beata Lis", "inspektor ds. promocji UG Braniewo"),
                ("Katarzyna Zielińska", "doradca CWD"),
                ("-Jolanta Krajewska", "właścicielka pensjonatu we Fromborku"),
            ),
            (
                (
                    "Opisać produkt „Śladami Kopernika” w formie fiszki projektowej",
                    "Aleksandra Wróbel",
                    21,
                    "open",
                ),
                ("Zebrać kalendarze wydarzeń gmin", "Beata Lis", -2, "open"),
            ),
        ),
        Meeting(
            "Spotkanie z mieszkańcami Pieniężna o usługach dla seniorów",
            -11,
            "Miejsko-Gminny Ośrodek Kultury w Pieniężnie",
            "2802053",
            1,
            2,
            "1. Usługi opiekuńcze w gminie.\n2. Dzienny dom pobytu.\n3. Wolontariat sąsiedzki.",
            "Mieszkańcy wskazali długi czas oczekiwania na usługi opiekuńcze i brak "
            "miejsca spotkań dla seniorów poza miastem. Kierownik GOPS przedstawiła dane: "
            "na usługi czeka 23 osoby. Przewodnicząca KGW zadeklarowała pomoc kół "
            "w organizacji zajęć.",
            "1. Dzienny dom pobytu zostanie wpisany do listy projektów kluczowych.",
            (
                ("Grażyna Mazur", "kierownik GOPS w Wilczętach"),
                ("Teresa Kubiak", "przewodnicząca KGW „Pierzchalanki”"),
                ("Ryszard Baran", "radny Rady Miejskiej w Pieniężnie"),
                ("Katarzyna Zielińska", "doradca CWD"),
            ),
            (
                (
                    "Przekazać dane GOPS o osobach oczekujących na usługi",
                    "Grażyna Mazur",
                    7,
                    "open",
                ),
            ),
        ),
    ),
)

MOF = Plan(
    missions=(
        Mission(
            "Misja diagnostyczna MOF Bolesławca",
            -40,
            2,
            "0201011,0201022,0201043",
            "Joanna Lewandowska",
            "1. Spotkanie z prezydentem i zespołem ds. strategii.\n"
            "2. Wizja lokalna: śródmieście i tereny poprzemysłowe.\n"
            "3. Spotkanie z przedsiębiorcami strefy przy A4.",
            "Rewitalizacja śródmieścia i tereny po zakładach ceramicznych wymagają "
            "wspólnego podejścia z gminą wiejską Bolesławiec.",
        ),
        Mission(
            "Misja: gospodarka wodna i przyroda Borów Dolnośląskich",
            -6,
            2,
            "0201052,0201032,0201062",
            "Joanna Lewandowska",
            "1. Spotkanie z nadleśnictwem i gminą Osiecznica.\n"
            "2. Warsztat o retencji i suszy rolniczej w Warcie Bolesławieckiej.",
            "Nadleśnictwo gotowe do współpracy przy małej retencji.",
        ),
    ),
    groups=(
        Group(
            "Gospodarka wodna i klimat",
            "Retencja, susza rolnicza, ochrona przed podtopieniami w dolinie Bobru.",
            (
                ("Zbigniew Kowal", "inspektor ds. ochrony środowiska UG Osiecznica", "0201052", ""),
                ("Małgorzata Król", "sołtys wsi Iwiny", "0201062", "Iwiny"),
                (
                    "Leszek Banaś",
                    "specjalista Zarządu Zlewni Wód Polskich w Legnicy",
                    "",
                    "Wody Polskie",
                ),
            ),
        ),
        Group(
            "Rewitalizacja i gospodarka",
            "Śródmieście Bolesławca, tereny poprzemysłowe, strefa aktywności przy A4.",
            (
                ("Tomasz Nowak", "koordynator partnerstwa", "0201011", ""),
                ("Sylwia Jabłońska", "prezes Bolesławieckiej Izby Gospodarczej", "", "Izb"),
                ("Kamil Ostrowski", "kierownik referatu rozwoju UG Nowogrodziec", "0201043", ""),
            ),
        ),
    ),
    meetings=(
        Meeting(
            "Spotkanie otwierające z zespołem ds. strategii",
            -40,
            "Urząd Miasta Bolesławiec",
            "0201011",
            0,
            None,
            "1. Zakres diagnozy.\n2. Podział zadań między gminy.\n3. Harmonogram.",
            "Ustalono zakres diagnozy obszaru funkcjonalnego. Prezydent podkreślił znaczenie "
            "rewitalizacji śródmieścia i przemysłu ceramicznego. Wójt gminy Gromadka "
            "zwrócił uwagę na dojazdy do pracy w strefie przy autostradzie A4.",
            "1. Każda gmina wskaże osobę do kontaktu w sprawie danych.",
            (
                ("Piotr Zieliński", "prezydent Miasta Bolesławiec"),
                ("Marta Szewczyk", "wójt gminy Gromadka"),
                ("Tomasz Nowak", "koordynator partnerstwa"),
                ("Joanna Lewandowska", "doradca CWD"),
            ),
            (
                ("Wskazać osoby do kontaktu w sprawie danych", "wójtowie gmin", -30, "done"),
                (
                    "Przekazać inwentaryzację terenów poprzemysłowych",
                    "Kamil Ostrowski",
                    -9,
                    "open",
                ),
            ),
        ),
        Meeting(
            "Spotkanie z przedsiębiorcami strefy przy A4",
            -39,
            "Bolesławiecka Izba Gospodarcza",
            "0201011",
            0,
            1,
            "1. Potrzeby kadrowe firm.\n2. Dojazdy pracowników.\n3. Tereny inwestycyjne.",
            "Przedsiębiorcy zgłosili brak pracowników technicznych i trudne dojazdy "
            "z gmin wiejskich na zmiany nocne. Izba proponuje klasę patronacką w szkole "
            "zawodowej i wspólny transport pracowniczy.",
            "1. Temat kształcenia zawodowego trafi do grupy ds. rewitalizacji i gospodarki.",
            (
                ("Sylwia Jabłońska", "prezes Bolesławieckiej Izby Gospodarczej"),
                ("Grzegorz Wójtowicz", "dyrektor zakładu ceramiki"),
                ("Tomasz Nowak", "koordynator partnerstwa"),
            ),
            (("Zebrać dane o potrzebach kadrowych firm", "Sylwia Jabłońska", 5, "in_progress"),),
        ),
        Meeting(
            "Warsztat o retencji i suszy rolniczej",
            -5,
            "Świetlica wiejska w Warcie Bolesławieckiej",
            "0201062",
            1,
            0,
            "1. Susza rolnicza w ostatnich latach.\n2. Mała retencja.\n3. Rola spółek wodnych.",
            "Rolnicy opisali straty w latach suszy; rowy melioracyjne są zaniedbane. "
            "Nadleśnictwo przedstawiło program małej retencji nizinnej. Uzgodniono "
            "potrzebę wspólnego projektu zbiorników retencyjnych.",
            "1. Grupa ds. gospodarki wodnej przygotuje fiszkę projektu małej retencji.",
            (
                ("Małgorzata Król", "sołtys wsi Iwiny"),
                ("Leszek Banaś", "specjalista Zarządu Zlewni Wód Polskich w Legnicy"),
                ("Zbigniew Kowal", "inspektor ds. ochrony środowiska UG Osiecznica"),
                ("Joanna Lewandowska", "doradca CWD"),
            ),
            (
                ("Przygotować fiszkę projektu małej retencji", "Zbigniew Kowal", 20, "open"),
                ("Uzyskać opinię RZGW Wody Polskie", "Tomasz Nowak", -1, "open"),
            ),
        ),
        Meeting(
            "Grupa robocza ds. gospodarki wodnej — posiedzenie nr 1",
            -20,
            "Urząd Gminy Osiecznica",
            "0201052",
            None,
            0,
            "1. Ukonstytuowanie grupy.\n2. Przegląd problemów wodnych obszaru.",
            "Grupa wybrała przewodniczącego i ustaliła rytm spotkań co miesiąc. "
            "Omówiono podtopienia w dolinie Bobru i suszę na terenach rolnych.",
            "1. Przewodniczącym grupy został Zbigniew Kowal.",
            (
                ("Zbigniew Kowal", "inspektor ds. ochrony środowiska UG Osiecznica"),
                ("Małgorzata Król", "sołtys wsi Iwiny"),
                ("-Leszek Banaś", "specjalista Zarządu Zlewni Wód Polskich w Legnicy"),
            ),
            (),
        ),
    ),
)

PZL = Plan(
    missions=(
        Mission(
            "Misja otwierająca w powiecie łosickim",
            -20,
            2,
            "1410023,1410042,1410",
            "Piotr Kamiński, Agnieszka Wójcik",
            "1. Spotkanie z burmistrzem i starostą.\n2. Warsztat planu pracy.\n"
            "3. Wizyta w zakładzie przetwórstwa owoców w Platerowie.",
            "Partnerstwo na etapie planu pracy; ustalić skład zespołu roboczego.",
        ),
        Mission(
            "Misja: rolnictwo i przetwórstwo",
            9,
            2,
            "1410012,1410032,1410042",
            "Agnieszka Wójcik",
            "1. Spotkania z grupami producenckimi.\n2. Rozmowy z KGW o lokalnych produktach.",
            "",
        ),
    ),
    groups=(
        Group(
            "Usługi zdrowotne i edukacja",
            "Dostęp do lekarzy specjalistów, dojazdy do szkół ponadpodstawowych.",
            (
                ("Dorota Michalska", "dyrektor SP ZOZ w Łosicach", "1410", "Zakład Opieki"),
                ("Jan Sobczak", "naczelnik wydziału oświaty Starostwa", "1410", ""),
            ),
        ),
        Group(
            "Rolnictwo i przetwórstwo spożywcze",
            "Krótkie łańcuchy dostaw, grupy producenckie, produkty lokalne KGW.",
            (
                ("Wiesław Kur", "prezes grupy producentów owoców", "1410042", ""),
                (
                    "Barbara Domańska",
                    "przewodnicząca KGW „Hruszewianki”",
                    "1410042",
                    "Hruszewianki",
                ),
            ),
        ),
    ),
    meetings=(
        Meeting(
            "Warsztat planu pracy partnerstwa",
            -19,
            "Urząd Miasta i Gminy Łosice",
            "1410023",
            0,
            None,
            "1. Zasady współpracy z CWD.\n2. Plan pracy na Komponent I.\n3. Zespół roboczy.",
            "Uzgodniono plan pracy i skład zespołu roboczego (po jednej osobie z każdej "
            "gminy i ze starostwa). Starosta zaproponował, by usługi zdrowotne były "
            "jednym z tematów diagnozy.",
            "1. Plan pracy zostanie przyjęty na najbliższym posiedzeniu rady partnerstwa.",
            (
                ("Ewa Sadowska", "koordynator partnerstwa"),
                ("Henryk Laskowski", "burmistrz Łosic"),
                ("Krystyna Borkowska", "starosta łosicki"),
                ("Piotr Kamiński", "doradca CWD"),
            ),
            (
                ("Przesłać projekt planu pracy członkom rady", "Ewa Sadowska", -12, "done"),
                ("Wyznaczyć członków zespołu roboczego", "wójtowie gmin", -4, "open"),
            ),
        ),
        Meeting(
            "Wizyta w zakładzie przetwórstwa owoców w Platerowie",
            -18,
            "Zakład przetwórstwa owoców i warzyw, Platerów",
            "1410042",
            0,
            1,
            "1. Zaopatrzenie w surowiec.\n2. Współpraca z rolnikami.",
            "Zakład skupuje owoce od 120 gospodarstw; zgłasza potrzebę chłodni i lepszych "
            "dróg dojazdowych.",
            "",
            (
                ("Wiesław Kur", "prezes grupy producentów owoców"),
                ("Agnieszka Wójcik", "doradca CWD"),
            ),
            (("Ustalić potrzeby chłodnicze grup producenckich", "Wiesław Kur", 30, "open"),),
        ),
        Meeting(
            "Grupa robocza ds. zdrowia i edukacji — posiedzenie nr 1",
            -7,
            "Starostwo Powiatowe w Łosicach",
            "1410",
            None,
            0,
            "1. Dostęp do specjalistów.\n2. Dojazdy uczniów.",
            "Kolejki do specjalistów przekraczają pół roku; uczniowie z Olszanki i Huszlewa "
            "dojeżdżają do szkół w Łosicach i Siedlcach.",
            "1. Grupa zbierze dane o dojazdach uczniów.",
            (
                ("Dorota Michalska", "dyrektor SP ZOZ w Łosicach"),
                ("Jan Sobczak", "naczelnik wydziału oświaty Starostwa"),
            ),
            (("Zebrać dane o dojazdach uczniów", "Jan Sobczak", 12, "open"),),
        ),
        Meeting(
            "Spotkanie z kołami gospodyń wiejskich",
            10,
            "Świetlica w Platerowie",
            "1410042",
            1,
            1,
            "1. Produkty lokalne.\n2. Wspólna marka ziemi łosickiej.",
            "",
            "",
            (),
            (),
        ),
    ),
)

PLANS: dict[str, Plan] = {"PGZB": PGZB, "MOF Bolesławiec": MOF, "PZŁ": PZL}


def _has_fieldwork(services: Services, partnership_id: str) -> bool:
    conn = services.store.reader()
    for table in ("field_mission", "working_group", "meeting"):
        row = conn.execute(
            f"SELECT 1 FROM {table} WHERE partnership_id = ? AND deleted_at IS NULL LIMIT 1",
            (partnership_id,),
        ).fetchone()
        if row is not None:
            return True
    return False


def _stakeholder(services: Services, partnership_id: str, hint: str, teryt: str) -> str | None:
    """A demo stakeholder whose name contains ``hint`` (the stakeholder demo may add them)."""
    if not hint:
        return None
    rows = services.store.reader().execute(
        "SELECT id, name, teryt FROM stakeholder WHERE partnership_id = ? AND deleted_at IS NULL",
        (partnership_id,),
    )
    matches = [(r[0], r[2]) for r in rows if fold(hint) in fold(str(r[1]))]
    same_place = [m for m in matches if not teryt or m[1] == teryt]
    chosen = same_place or matches
    return str(chosen[0][0]) if chosen else None


def _fill_plan(services: Services, partnership_id: str, plan: Plan) -> None:
    records = services.records
    today = date.today()
    mission_ids = records.create_many(
        "field_mission",
        partnership_id,
        [
            {
                "title": m.title,
                "start_on": today + timedelta(days=m.start),
                "end_on": today + timedelta(days=m.start + m.days - 1),
                "places": m.places,
                "advisors": m.advisors,
                "agenda": m.agenda,
                "notes": m.notes,
            }
            for m in plan.missions
        ],
    )
    group_ids = records.create_many(
        "working_group",
        partnership_id,
        [{"name": g.name, "theme": g.theme} for g in plan.groups],
    )
    members: list[Mapping[str, Any]] = [
        {
            "group_id": group_id,
            "name": name,
            "role": role,
            "teryt": teryt or None,
            "stakeholder_id": _stakeholder(services, partnership_id, hint, teryt),
        }
        for group, group_id in zip(plan.groups, group_ids, strict=True)
        for name, role, teryt, hint in group.members
    ]
    records.create_many("working_group_member", partnership_id, members)
    meeting_ids = records.create_many(
        "meeting",
        partnership_id,
        [
            {
                "title": m.title,
                "held_on": today + timedelta(days=m.day),
                "place": m.place,
                "teryt": m.teryt,
                "mission_id": mission_ids[m.mission] if m.mission is not None else None,
                "group_id": group_ids[m.group] if m.group is not None else None,
                "agenda": m.agenda,
                "minutes": m.minutes,
                "decisions": m.decisions,
            }
            for m in plan.meetings
        ],
    )
    attendance: list[Mapping[str, Any]] = []
    actions: list[Mapping[str, Any]] = []
    for meeting, meeting_id in zip(plan.meetings, meeting_ids, strict=True):
        for name, role in meeting.attendance:
            attendance.append(
                {
                    "meeting_id": meeting_id,
                    "name": name.lstrip("-"),
                    "role": role,
                    "present": not name.startswith("-"),
                }
            )
        for description, owner, due, status in meeting.actions:
            actions.append(
                {
                    "meeting_id": meeting_id,
                    "description": description,
                    "owner": owner,
                    "due_on": today + timedelta(days=due) if due is not None else None,
                    "status": status,
                }
            )
    if attendance:
        records.create_many("attendance", partnership_id, attendance)
    if actions:
        records.create_many("action_item", partnership_id, actions)


def fill(services: Services, partnerships: dict[str, str]) -> None:
    """Add the demo field work to each demo partnership that has none yet."""
    for short_name, plan in PLANS.items():
        partnership_id = partnerships.get(short_name)
        if partnership_id and not _has_fieldwork(services, partnership_id):
            _fill_plan(services, partnership_id, plan)

"""Demo implementation monitoring: what happened to the demo packages' projects in 2026.

Runs after the projects demo (``ORDER`` 70 > 60) and refers to its projects
by number and to their tasks and indicators by name, so a demo project that
is missing is simply passed over. Per partnership: projects started (some
late), tasks with actual dates and outcomes, expenses, indicator values
reported on two or three dates, funding applications selected, rejected,
in evaluation or in preparation, and four or five recommendations. The
figures are fictitious but of the size such projects have. A partnership
that already has any implementation row is left as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from cwd_desktop.services.app import Services

ORDER = 70


@dataclass(frozen=True)
class Application:
    programme: str
    call: str
    result: str
    requested: float
    submitted: str = ""
    decided: str = ""
    granted: float = 0.0
    note: str = ""


@dataclass(frozen=True)
class Progress:
    number: int
    status: str = ""
    started: str = ""
    #: (task name, actual start, actual end, outcome)
    tasks: tuple[tuple[str, str, str, str], ...] = ()
    #: (date, amount, description)
    expenses: tuple[tuple[str, float, str], ...] = ()
    #: (indicator name, date, value, note)
    reports: tuple[tuple[str, str, float, str], ...] = ()
    applications: tuple[Application, ...] = ()


#: (title, priority, project number or 0, responsible, due date, rationale, next steps)
Recommendation = tuple[str, str, int, str, str, str, str]

FEWIM = "Fundusze Europejskie dla Warmii i Mazur 2021–2027"
FEDS = "Fundusze Europejskie dla Dolnego Śląska 2021–2027"
FEM = "Fundusze Europejskie dla Mazowsza 2021–2027"
FENIKS = "Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko 2021–2027"
RFRD = "Rządowy Fundusz Rozwoju Dróg"

PGZB: tuple[Progress, ...] = (
    Progress(
        1,
        status="in_progress",
        started="2026-02-16",
        tasks=(
            (
                "Dokumentacja projektowa i decyzja ZRID",
                "2026-02-16",
                "",
                "Projekt budowlany gotowy; wniosek o decyzję ZRID złożony 28.10.2026.",
            ),
        ),
        expenses=(
            ("2026-04-30", 412_000, "Dokumentacja projektowa — I etap (koncepcja, mapy)"),
            ("2026-08-31", 598_000, "Dokumentacja projektowa — II etap (projekt budowlany)"),
            ("2026-10-15", 46_500, "Badania geotechniczne i inwentaryzacja zieleni"),
        ),
        reports=(
            ("Czas przejazdu Braniewo–Pieniężno", "2026-05-20", 28, "pomiar przed inwestycją"),
            ("Liczba wypadków drogowych na odcinku", "2026-03-31", 7, "dane KPP za 2025 r."),
        ),
        applications=(
            Application(
                RFRD,
                "Nabór 2026 — drogi powiatowe",
                "selected",
                5_680_000,
                "2026-03-31",
                "2026-07-14",
                5_680_000,
                "Umowa z wojewodą podpisana 02.09.2026.",
            ),
            Application(
                FEWIM,
                "FEWM.05.02-IZ.00-002/26 Infrastruktura drogowa",
                "in_evaluation",
                19_880_000,
                "2026-09-30",
                note="Ocena formalna zakończona pozytywnie 30.10.2026.",
            ),
        ),
    ),
    Progress(
        2,
        tasks=(
            (
                "Koncepcja sieci i porozumienie gmin",
                "2026-01-12",
                "2026-05-29",
                "Porozumienie 7 gmin podpisane 29.05.2026 (opóźnienie: uchwały rad gmin).",
            ),
            (
                "Projekt i pozwolenie na przebudowę budynku w Braniewie",
                "2026-04-15",
                "",
                "Projekt gotowy; pozwolenie na budowę jeszcze niewydane (uzupełnienia dla "
                "konserwatora).",
            ),
        ),
        expenses=(
            ("2026-07-31", 86_100, "Projekt budowlany przebudowy budynku przy ul. Kościuszki"),
        ),
        reports=(
            ("Osoby oczekujące na usługi opiekuńcze", "2026-03-31", 64, "lista GOPS i MOPS"),
            ("Osoby oczekujące na usługi opiekuńcze", "2026-09-30", 71, "lista GOPS i MOPS"),
        ),
        applications=(
            Application(
                "Program wieloletni „Senior+” (MRiPS)",
                "Edycja 2026, moduł 1",
                "selected",
                300_000,
                "2026-01-30",
                "2026-04-10",
                300_000,
            ),
            Application(
                FEWIM,
                "FEWM.08.05-IZ.00-001/26 Usługi społeczne i zdrowotne",
                "rejected",
                6_720_000,
                "2026-06-30",
                "2026-10-20",
                note="Odrzucony na ocenie merytorycznej: brak pozwolenia na budowę.",
            ),
        ),
    ),
    Progress(
        3,
        status="in_progress",
        started="2026-01-20",
        tasks=(
            (
                "Uzupełnienie dokumentacji i decyzja środowiskowa",
                "2026-01-20",
                "2026-09-18",
                "Decyzja środowiskowa RDOŚ w Olsztynie wydana 18.09.2026.",
            ),
            ("Przetarg i wybór wykonawcy", "2026-10-01", "", "Przetarg ogłoszony 01.10.2026."),
        ),
        expenses=(
            ("2026-03-31", 128_000, "Aktualizacja dokumentacji projektowej"),
            ("2026-09-18", 14_200, "Raport oddziaływania na środowisko i opłaty"),
        ),
        reports=(
            ("Liczba noclegów udzielonych turystom", "2026-01-31", 41_900, "GUS BDL, 2025 r."),
            ("Liczba noclegów udzielonych turystom", "2026-10-31", 43_650, "dane gmin, sezon 2026"),
        ),
        applications=(
            Application(
                FEWIM,
                "FEWM.03.02-IZ.00-001/26 Turystyka rowerowa",
                "selected",
                10_010_000,
                "2026-05-29",
                "2026-09-30",
                9_650_000,
                "Dofinansowanie obniżone o koszty niekwalifikowalne (oświetlenie).",
            ),
        ),
    ),
    Progress(
        4,
        tasks=(
            (
                "Audyty energetyczne i koncepcja klastra",
                "2026-03-10",
                "2026-10-30",
                "Audyty 23 budynków gminnych; koncepcję klastra przyjęła Rada Partnerstwa.",
            ),
            ("Rejestracja klastra energii", "2026-11-03", "", ""),
        ),
        expenses=(("2026-10-30", 184_500, "Audyty energetyczne 23 budynków"),),
        reports=(
            (
                "Udział OZE w zużyciu energii budynków gmin",
                "2026-10-31",
                6.5,
                "po montażu PV na szkole w Lelkowie (środki własne)",
            ),
        ),
        applications=(
            Application(
                FENIKS,
                "FENX.01.01 Efektywność energetyczna — nabór 2027",
                "preparing",
                9_375_000,
            ),
        ),
    ),
    Progress(
        5,
        tasks=(
            (
                "Inwentaryzacja i program konserwatorski",
                "2026-05-11",
                "",
                "Inwentaryzacja katedry we Fromborku i zamku w Pieniężnie zakończona.",
            ),
        ),
        applications=(
            Application(
                "Ministerstwo Kultury — Ochrona zabytków",
                "Nabór 2027",
                "submitted",
                1_500_000,
                "2026-10-31",
            ),
        ),
    ),
    Progress(
        6,
        status="in_progress",
        started="2026-02-02",
        tasks=(
            (
                "Analiza popytu i plan przewozów",
                "2026-02-02",
                "2026-06-26",
                "Ankieta 1140 mieszkańców; plan przewozów: 5 stref, 3 pojazdy w szczycie.",
            ),
            ("Zakup pojazdów i systemu rezerwacji", "2026-09-14", "", "Umowa na 2 pojazdy."),
        ),
        expenses=(
            ("2026-06-26", 58_000, "Analiza popytu i plan przewozów"),
            ("2026-10-20", 1_240_000, "Zaliczka na dostawę 2 pojazdów elektrycznych"),
        ),
        reports=(
            ("Liczba zakupionych pojazdów niskoemisyjnych", "2026-10-31", 0, "dostawa w 2027 r."),
        ),
        applications=(
            Application(
                FEWIM,
                "FEWM.02.08-IZ.00-001/26 Mobilność miejska",
                "selected",
                6_320_000,
                "2026-03-20",
                "2026-06-30",
                6_320_000,
            ),
        ),
    ),
    Progress(
        7,
        tasks=(("Program współpracy z pracodawcami", "2026-09-07", "", ""),),
        applications=(
            Application(
                FEWIM,
                "FEWM.09.03-IZ.00-002/26 Kształcenie zawodowe",
                "submitted",
                4_590_000,
                "2026-11-05",
            ),
        ),
    ),
)

MOF: tuple[Progress, ...] = (
    Progress(
        1,
        status="in_progress",
        started="2026-01-05",
        tasks=(
            (
                "Aktualizacja gminnego programu rewitalizacji",
                "2026-01-05",
                "2026-06-24",
                "Uchwała Rady Miasta z 24.06.2026 w sprawie GPR.",
            ),
            ("Przebudowa Rynku", "2026-09-14", "", "Roboty w pierzei zachodniej."),
        ),
        expenses=(
            ("2026-06-24", 96_000, "Aktualizacja gminnego programu rewitalizacji"),
            ("2026-10-30", 2_850_000, "Przebudowa Rynku — faktura częściowa nr 1"),
        ),
        reports=(("Powierzchnia odnowionych przestrzeni publicznych", "2026-10-31", 0.6, ""),),
        applications=(
            Application(
                FEDS,
                "FEDS.07.01-IZ.00-001/26 Rewitalizacja (IIT)",
                "selected",
                22_400_000,
                "2026-04-15",
                "2026-08-05",
                21_760_000,
            ),
        ),
    ),
    Progress(
        2,
        tasks=(
            (
                "Plan zrównoważonej mobilności MOF",
                "2026-01-15",
                "2026-07-17",
                "Plan przyjęty uchwałami 6 rad gmin.",
            ),
            ("Dokumentacja węzła i pozwolenia", "2026-06-01", "", ""),
        ),
        expenses=(
            ("2026-07-17", 240_000, "Plan zrównoważonej mobilności"),
            ("2026-10-15", 680_000, "Dokumentacja węzła przesiadkowego — etap I"),
        ),
        reports=(
            ("Liczba pasażerów linii podmiejskich", "2026-03-31", 1.95, "dane MZK za 2025 r."),
            ("Liczba pasażerów linii podmiejskich", "2026-09-30", 2.02, "szacunek MZK"),
        ),
        applications=(
            Application(
                "Krajowy Plan Odbudowy",
                "KPO B2.1.1 Autobusy zeroemisyjne",
                "reserve",
                8_000_000,
                "2026-05-30",
                "2026-09-12",
            ),
            Application(
                FENIKS,
                "FENX.02.08 Transport miejski — nabór 2026",
                "in_evaluation",
                25_000_000,
                "2026-09-15",
            ),
        ),
    ),
    Progress(3, tasks=(("Koncepcja tras i uzgodnienia z nadleśnictwem", "2026-04-13", "", ""),)),
    Progress(
        4,
        status="applied",
        tasks=(
            (
                "Audyty i dokumentacja",
                "2026-02-02",
                "2026-08-28",
                "Audyty 6 szkół; dokumentacja instalacji PV i pomp ciepła.",
            ),
        ),
        expenses=(("2026-08-28", 312_000, "Audyty energetyczne i dokumentacja"),),
        applications=(
            Application(
                FENIKS,
                "FENX.01.01 Efektywność energetyczna budynków publicznych",
                "in_evaluation",
                11_480_000,
                "2026-09-30",
            ),
        ),
    ),
    Progress(
        5,
        tasks=(("Koncepcja i dokumentacja", "2026-06-15", "", ""),),
        expenses=(("2026-09-30", 64_000, "Koncepcja programowo-przestrzenna hali"),),
        applications=(
            Application(
                FEDS,
                "FEDS.01.03-IZ.00-002/26 Inkubatory przedsiębiorczości",
                "rejected",
                8_820_000,
                "2026-07-15",
                "2026-10-30",
                note="Za mało listów intencyjnych przedsiębiorców (12 z wymaganych 20).",
            ),
        ),
    ),
    Progress(
        6,
        tasks=(("Wybór i adaptacja budynków", "2026-10-19", "", ""),),
        applications=(
            Application(
                "Program wieloletni „Senior+” (MRiPS)", "Edycja 2027", "preparing", 900_000
            ),
        ),
    ),
)

PZL: tuple[Progress, ...] = (
    Progress(
        1,
        status="in_progress",
        started="2026-03-02",
        tasks=(
            (
                "Przetarg",
                "2026-03-02",
                "2026-07-22",
                "Trzy oferty; umowa z wykonawcą podpisana 22.07.2026.",
            ),
            ("Roboty budowlane", "2026-08-03", "", "Odcinek Łosice–Chotycze ukończony."),
        ),
        expenses=(
            ("2026-07-22", 14_000, "Ogłoszenia i obsługa przetargu"),
            ("2026-09-30", 2_960_000, "Roboty budowlane — faktura częściowa nr 1"),
            ("2026-10-31", 3_420_000, "Roboty budowlane — faktura częściowa nr 2"),
        ),
        reports=(
            ("Długość przebudowanych dróg", "2026-09-30", 2.8, "odcinek Łosice–Chotycze"),
            ("Długość przebudowanych dróg", "2026-10-31", 5.1, ""),
            ("Średni dobowy ruch pojazdów ciężarowych", "2026-05-15", 318, "pomiar GDDKiA"),
        ),
        applications=(
            Application(
                RFRD,
                "Nabór 2026 — drogi powiatowe",
                "selected",
                11_880_000,
                "2025-11-28",
                "2026-02-20",
                11_880_000,
            ),
            Application(
                FEM,
                "FEMA.05.01-IP.00-001/26 Drogi lokalne",
                "selected",
                5_940_000,
                "2026-04-10",
                "2026-08-31",
                5_400_000,
                "Przyznano mniej o 540 tys. zł (limit alokacji).",
            ),
        ),
    ),
    Progress(
        2,
        tasks=(
            (
                "Porozumienie z SP ZOZ i model centrum",
                "2026-03-09",
                "2026-08-14",
                "Porozumienie z SP ZOZ w Łosicach podpisane 14.08.2026.",
            ),
            ("Adaptacja pomieszczeń centrum", "2026-10-05", "", ""),
        ),
        expenses=(("2026-08-14", 22_000, "Model organizacyjny centrum (ekspertyza)"),),
        reports=(
            ("Liczba ośrodków z telekonsultacjami", "2026-06-30", 0, ""),
            ("Liczba ośrodków z telekonsultacjami", "2026-10-31", 1, "pilotaż w Sarnakach"),
        ),
        applications=(
            Application(
                FEM,
                "FEMA.08.05-IP.00-002/26 Usługi zdrowotne",
                "in_evaluation",
                6_960_000,
                "2026-10-16",
            ),
        ),
    ),
    Progress(3, tasks=(("Inwentaryzacja i program szlaku", "2026-04-20", "", ""),)),
    Progress(
        4,
        tasks=(("Uzgodnienia z Wodami Polskimi i RDOŚ", "2026-05-04", "", ""),),
        applications=(
            Application(
                "Plan Strategiczny WPR 2023–2027 (LGD)",
                "LGD Podlasie Nadbużańskie — turystyka 2026",
                "submitted",
                300_000,
                "2026-09-01",
            ),
        ),
    ),
    Progress(
        5,
        tasks=(("Nabór uczestników i audyty", "2026-06-01", "", "Zgłosiło się 287 gospodarstw."),),
        applications=(Application("NFOŚiGW — Agroenergia", "Nabór 2027", "preparing", 5_600_000),),
    ),
    Progress(
        6,
        tasks=(("Koncepcja i dokumentacja", "2026-09-14", "", ""),),
        applications=(
            Application(
                FEM,
                "FEMA.01.03-IP.00-001/26 Infrastruktura dla przedsiębiorców",
                "rejected",
                3_920_000,
                "2026-05-29",
                "2026-09-30",
                note="Odrzucony: projekt bez dokumentacji technicznej i pozwoleń.",
            ),
        ),
    ),
)

PROGRESS: dict[str, tuple[Progress, ...]] = {"PGZB": PGZB, "MOF Bolesławiec": MOF, "PZŁ": PZL}

RECOMMENDATIONS: dict[str, tuple[Recommendation, ...]] = {
    "PGZB": (
        (
            "Złożyć ponownie wniosek na sieć opieki nad seniorami po uzyskaniu pozwolenia",
            "high",
            2,
            "Zespół projektu (Urząd Miasta Braniewa)",
            "2027-03-31",
            "Wniosek odrzucono w naborze FEWM.08.05 z powodu braku pozwolenia na budowę; "
            "liczba osób oczekujących na usługi opiekuńcze wzrosła z 64 do 71.",
            "Uzyskać pozwolenie na budowę do 31.01.2027; zaktualizować kosztorys; złożyć "
            "wniosek w naborze w I kwartale 2027 r.",
        ),
        (
            "Rozstrzygnąć przetarg na szlak rowerowy przed sezonem budowlanym 2027",
            "high",
            3,
            "Gmina Frombork (lider projektu)",
            "2027-02-15",
            "Decyzja środowiskowa przyszła z 49-dniowym opóźnieniem; dofinansowanie jest "
            "przyznane, a umowa wymaga zakończenia robót w 2028 r.",
            "Skrócić termin składania ofert do minimum ustawowego; przygotować umowę z "
            "wykonawcą równolegle z oceną ofert.",
        ),
        (
            "Powołać wspólny zespół ds. zamówień publicznych partnerstwa",
            "medium",
            0,
            "Rada Partnerstwa",
            "2027-01-31",
            "Cztery projekty partnerstwa ogłaszają przetargi w 2027 r.; gminy mają po jednym "
            "pracowniku ds. zamówień.",
            "Porozumienie gmin o wspólnym zespole; harmonogram przetargów na 2027 r.",
        ),
        (
            "Mierzyć wskaźniki rezultatu co pół roku od pomiaru bazowego",
            "medium",
            0,
            "Koordynator partnerstwa",
            "2026-12-31",
            "Dla 14 z 20 wskaźników nie podano jeszcze żadnej wartości.",
            "Ustalić źródło danych i osobę odpowiedzialną dla każdego wskaźnika; pierwsze "
            "wartości podać do 31.12.2026.",
        ),
        (
            "Przygotować klaster energii do naboru FEnIKS w 2027 r.",
            "low",
            4,
            "Gmina Braniewo",
            "2027-06-30",
            "Audyty są gotowe, a klaster nie został jeszcze zarejestrowany.",
            "Zarejestrować klaster; przygotować studium wykonalności i wniosek.",
        ),
    ),
    "MOF Bolesławiec": (
        (
            "Uzupełnić listy intencyjne przedsiębiorców i ponownie złożyć wniosek Centrum Ceramiki",
            "high",
            5,
            "Bolesławiecki Inkubator Przedsiębiorczości",
            "2027-04-30",
            "Wniosek odrzucono: 12 listów intencyjnych zamiast wymaganych 20.",
            "Spotkania z manufakturami ceramiki i cechem rzemiosł; zebrać co najmniej 25 "
            "listów; złożyć wniosek w kolejnym naborze FEDS.",
        ),
        (
            "Zabezpieczyć wkład własny na węzeł przesiadkowy w wieloletnich prognozach "
            "finansowych gmin",
            "high",
            2,
            "Skarbnicy gmin MOF",
            "2027-01-31",
            "Wniosek KPO jest na liście rezerwowej, a wniosek FEnIKS w ocenie; brak wkładu "
            "własnego zablokowałby podpisanie umowy.",
            "Uchwały zmieniające WPF w grudniowych sesjach rad gmin.",
        ),
        (
            "Przygotować wniosek na trasy rowerowe Borów Dolnośląskich",
            "medium",
            3,
            "Gmina Osiecznica",
            "2027-06-30",
            "Projekt nie ma jeszcze żadnego wniosku o dofinansowanie.",
            "Dokończyć uzgodnienia z nadleśnictwami; wybrać nabór FEDS lub Interreg.",
        ),
        (
            "Zgrać harmonogram robót w szkołach z kalendarzem roku szkolnego",
            "low",
            4,
            "Wydziały oświaty gmin",
            "2027-03-31",
            "Roboty zaplanowano wyłącznie na wakacje; opóźnienie oceny wniosku przesunie je o rok.",
            "Przygotować wariant robót etapowanych w trakcie roku szkolnego.",
        ),
    ),
    "PZŁ": (
        (
            "Pokryć niższe dofinansowanie drogi Łosice–Sarnaki z oszczędności przetargowych",
            "medium",
            1,
            "Starostwo Powiatowe w Łosicach",
            "2026-12-31",
            "Przyznano 5,4 mln zł zamiast wnioskowanych 5,94 mln zł.",
            "Aneks do porozumienia finansowego gmin; przesunięcie oszczędności przetargowych.",
        ),
        (
            "Wskazać źródło finansowania szlaku drewnianej architektury sakralnej",
            "high",
            3,
            "Gmina Sarnaki",
            "2027-03-31",
            "Projekt nie ma wniosku o dofinansowanie, a prace konserwatorskie zaplanowano od "
            "kwietnia 2027 r.",
            "Rozpoznać nabory MKiDN i LGD; uzgodnić zakres z parafiami i konserwatorem.",
        ),
        (
            "Rozszerzyć pilotaż telekonsultacji na kolejne ośrodki zdrowia",
            "medium",
            2,
            "SP ZOZ w Łosicach",
            "2027-06-30",
            "Pilotaż w Sarnakach działa od października 2026 r.; cel to 6 ośrodków.",
            "Wyposażyć ośrodki w Huszlewie i Olszance; przeszkolić personel.",
        ),
        (
            "Zorganizować wizytę studyjną w gminach z siecią OZE w gospodarstwach rolnych",
            "low",
            5,
            "Koordynator partnerstwa",
            "2027-05-31",
            "Zgłosiło się 287 gospodarstw, a partnerstwo nie ma doświadczenia w takich projektach.",
            "Wizyta w partnerstwie z działającym programem; spotkanie z NFOŚiGW.",
        ),
    ),
}

_TABLES = ("project_expense", "indicator_report", "funding_application", "recommendation")


def fill(services: Services, partnerships: dict[str, str]) -> None:
    """Add the demo implementation to each demo partnership that has none yet."""
    reader = services.store.reader()
    for short, progress in PROGRESS.items():
        partnership_id = partnerships.get(short)
        if partnership_id is None:
            continue
        started = any(
            reader.execute(
                f"SELECT 1 FROM {table} WHERE partnership_id = ? AND deleted_at IS NULL LIMIT 1",
                (partnership_id,),
            ).fetchone()
            for table in _TABLES
        )
        if not started:
            _fill_partnership(services, partnership_id, progress, RECOMMENDATIONS.get(short, ()))


def _fill_partnership(
    services: Services,
    partnership_id: str,
    progress: tuple[Progress, ...],
    recommendations: tuple[Recommendation, ...],
) -> None:
    reader = services.store.reader()
    numbers = {
        int(n): str(i)
        for i, n in reader.execute(
            "SELECT id, number FROM project WHERE partnership_id = ? AND deleted_at IS NULL",
            (partnership_id,),
        )
    }
    for item in progress:
        project_id = numbers.get(item.number)
        if project_id is not None:
            _fill_project(services, partnership_id, project_id, item)
    services.records.create_many(
        "recommendation",
        partnership_id,
        [
            {
                "title": title,
                "priority": priority,
                "project_id": numbers.get(number),
                "responsible": responsible,
                "due_on": due,
                "rationale": rationale,
                "next_steps": steps,
            }
            for title, priority, number, responsible, due, rationale, steps in recommendations
        ],
    )


def _fill_project(services: Services, partnership_id: str, project_id: str, item: Progress) -> None:
    records, reader = services.records, services.store.reader()
    changes: dict[str, str] = {}
    if item.status:
        changes["status"] = item.status
    if item.started:
        changes["actual_start_on"] = item.started
    if changes:
        records.update("project", project_id, changes)
    tasks = {
        str(n): str(i)
        for i, n in reader.execute(
            "SELECT id, name FROM project_task WHERE project_id = ? AND deleted_at IS NULL",
            (project_id,),
        )
    }
    for name, start, end, outcome in item.tasks:
        task_id = tasks.get(name)
        if task_id is not None:
            records.update(
                "project_task",
                task_id,
                {
                    "actual_start_on": start or None,
                    "actual_end_on": end or None,
                    "outcome": outcome,
                },
            )
    records.create_many(
        "project_expense",
        partnership_id,
        [
            {"project_id": project_id, "spent_on": on, "amount": amount, "description": text}
            for on, amount, text in item.expenses
        ],
    )
    indicators = {
        str(n): str(i)
        for i, n in reader.execute(
            "SELECT id, name FROM project_indicator WHERE project_id = ? AND deleted_at IS NULL",
            (project_id,),
        )
    }
    records.create_many(
        "indicator_report",
        partnership_id,
        [
            {
                "project_id": project_id,
                "indicator_id": indicators[name],
                "reported_on": on,
                "value": value,
                "note": note,
            }
            for name, on, value, note in item.reports
            if name in indicators
        ],
    )
    records.create_many(
        "funding_application",
        partnership_id,
        [
            {
                "project_id": project_id,
                "programme": a.programme,
                "call": a.call,
                "result": a.result,
                "amount_requested": a.requested,
                "submitted_on": a.submitted or None,
                "decided_on": a.decided or None,
                "amount_granted": a.granted,
                "note": a.note,
            }
            for a in item.applications
        ],
    )

"""Demo networking events: seminars, a study visit, a forum, a conference, regional meetings.

The events of 2025–2026 that bring the three demo partnerships together:
a transport seminar in Olsztyn, a study visit to the ZIT of the Wałbrzych
agglomeration (with the practices seen), an energy forum, the programme
conference in Warszawa and regional meetings. The people are fictitious.
Events are shared by the whole team, so "already there" is checked by title;
the seminar's programme and conclusions are added as a material (a DOCX in
the knowledge base) when the knowledge base is available.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from cwd_desktop.services.app import Services
from cwd_desktop.services.networking import NewParticipant, add_event

ORDER = 80
MOF = "MOF Bolesławiec"


@dataclass(frozen=True)
class DemoEvent:
    """One event as the demo stores it (``partnerships`` by short name)."""

    title: str
    kind: str
    theme: str
    starts_on: date
    place: str
    organiser: str
    description: str
    partnerships: tuple[str, ...]
    people: tuple[NewParticipant, ...]
    ends_on: date | None = None
    lessons: str = ""
    host_teryt: str | None = None
    host_name: str = ""
    practices_seen: str = ""
    #: (title, paragraphs) of a material written as a DOCX and attached.
    material: tuple[str, tuple[str, ...]] | None = field(default=None)


def _p(
    name: str, institution: str, role: str, partnership: str = "", email: str = ""
) -> NewParticipant:
    return NewParticipant(name, institution, role, email, partnership)


EVENTS: tuple[DemoEvent, ...] = (
    DemoEvent(
        title="Transport publiczny w obszarach funkcjonalnych – wspólna komunikacja gmin",
        kind="seminar",
        theme="transport",
        starts_on=date(2025, 3, 18),
        place="Olsztyn, Urząd Marszałkowski Województwa Warmińsko-Mazurskiego",
        organiser="Centrum Wsparcia Doradczego, Związek Miast Polskich",
        description="Seminarium sieciujące o organizacji publicznego transportu zbiorowego "
        "przez partnerstwa gmin: porozumienia międzygminne, Fundusz rozwoju przewozów "
        "autobusowych, transport na żądanie, wspólne rozkłady i bilet.",
        partnerships=("PGZB", "PZŁ", MOF),
        people=(
            _p("Krzysztof Malinowski", "Urząd Miasta Braniewa", "kierownik referatu", "PGZB"),
            _p("Halina Dąbrowska", "Urząd Gminy Wilczęta", "sekretarz gminy", "PGZB"),
            _p(
                "Robert Zając",
                "Urząd Miasta i Gminy Łosice",
                "inspektor ds. transportu",
                "PZŁ",
                "r.zajac@example.org",
            ),
            _p(
                "Marta Szczepańska",
                "Urząd Miasta Bolesławiec",
                "główny specjalista",
                MOF,
            ),
            _p("dr Paweł Górecki", "Uniwersytet Warmińsko-Mazurski", "ekspert, prelegent"),
        ),
        lessons="Gminy wiejskie mogą wspólnie zamawiać przewozy w ramach Funduszu rozwoju "
        "przewozów autobusowych; porozumienie międzygminne trzeba przygotować z rocznym "
        "wyprzedzeniem. PGZB rozważa przewozy na żądanie w gminach Lelkowo i Płoskinia.",
        material=(
            "Seminarium o transporcie publicznym – program i wnioski",
            (
                "Program: 10:00 otwarcie; 10:15 organizacja przewozów przez porozumienia "
                "międzygminne; 11:30 Fundusz rozwoju przewozów autobusowych w praktyce; "
                "13:00 transport na żądanie – doświadczenia gmin; 14:30 dyskusja.",
                "Wnioski: wspólny rozkład jazdy i bilet zwiększają liczbę pasażerów; "
                "przewozy na żądanie sprawdzają się w gminach o rozproszonej zabudowie; "
                "porozumienie międzygminne należy przygotować z rocznym wyprzedzeniem.",
            ),
        ),
    ),
    DemoEvent(
        title="Wizyta studyjna w ZIT Aglomeracji Wałbrzyskiej",
        kind="study_visit",
        theme="cooperation",
        starts_on=date(2025, 5, 14),
        ends_on=date(2025, 5, 15),
        place="Wałbrzych",
        organiser="Centrum Wsparcia Doradczego",
        description="Dwudniowa wizyta u partnerstwa realizującego Zintegrowane Inwestycje "
        "Terytorialne: jak działa związek ZIT, jak wybiera projekty i rozlicza wspólne "
        "inwestycje.",
        host_teryt="0265011",
        host_name="Aglomeracja Wałbrzyska (ZIT)",
        practices_seen="Stowarzyszenie Aglomeracja Wałbrzyska jako instytucja pośrednicząca; "
        "wspólne biuro ZIT i zasady wyboru projektów; rewitalizacja Starej Kopalni jako "
        "centrum nauki i sztuki; zintegrowany system ścieżek rowerowych gmin aglomeracji.",
        partnerships=(MOF, "PGZB"),
        people=(
            _p(
                "Tomasz Nowak",
                "Urząd Miasta Bolesławiec",
                "koordynator partnerstwa",
                MOF,
            ),
            _p("Agata Wróblewska", "Urząd Gminy Gromadka", "wójt", MOF),
            _p("Sławomir Pietrzak", "Urząd Gminy Osiecznica", "skarbnik", MOF),
            _p("Krzysztof Malinowski", "Urząd Miasta Braniewa", "kierownik referatu", "PGZB"),
        ),
        lessons="Stałe biuro partnerstwa z jednym koordynatorem przyspiesza przygotowanie "
        "projektów; MOF Bolesławiec przygotuje regulamin wyboru projektów IIT na wzór "
        "wałbrzyski.",
    ),
    DemoEvent(
        title="Forum wymiany doświadczeń: energia odnawialna i klastry energii w gminach",
        kind="forum",
        theme="environment",
        starts_on=date(2025, 9, 24),
        place="Poznań, Międzynarodowe Targi Poznańskie",
        organiser="Fundacja Fundusz Współpracy",
        description="Forum partnerstw o wspólnych inwestycjach w OZE: klastry energii, "
        "spółdzielnie energetyczne, wspólny zakup energii, termomodernizacja budynków "
        "publicznych.",
        partnerships=("PGZB", MOF, "PZŁ"),
        people=(
            _p("Halina Dąbrowska", "Urząd Gminy Wilczęta", "sekretarz gminy", "PGZB"),
            _p("Jerzy Kaczmarczyk", "Urząd Gminy Warta Bolesławiecka", "wójt", MOF),
            _p("Barbara Sikora", "Urząd Gminy Sarnaki", "zastępca wójta", "PZŁ"),
            _p("Michał Adamczyk", "Klaster Energii Doliny Baryczy", "prezes zarządu"),
        ),
        lessons="Wspólny przetarg na zakup energii dla 7 gmin PGZB może obniżyć koszty "
        "o kilkanaście procent; klaster energii wymaga lidera z zapleczem technicznym.",
    ),
    DemoEvent(
        title="Konferencja CWD: partnerstwa JST po strategii – wdrażanie i finansowanie",
        kind="conference",
        theme="cooperation",
        starts_on=date(2025, 11, 20),
        place="Warszawa, Centrum Konferencyjne Zielna",
        organiser="Ministerstwo Funduszy i Polityki Regionalnej",
        description="Ogólnopolska konferencja programu Centrum Wsparcia Doradczego: "
        "instrumenty terytorialne (ZIT, IIT), nabory w programach regionalnych FE i FEnIKS, "
        "doświadczenia partnerstw we wdrażaniu strategii ponadlokalnych.",
        partnerships=("PGZB", MOF, "PZŁ"),
        people=(
            _p(
                "Tomasz Nowak",
                "Urząd Miasta Bolesławiec",
                "koordynator partnerstwa",
                MOF,
            ),
            _p("Ewa Sadowska", "Urząd Miasta i Gminy Łosice", "koordynatorka partnerstwa", "PZŁ"),
            _p("Krzysztof Malinowski", "Urząd Miasta Braniewa", "kierownik referatu", "PGZB"),
        ),
        lessons="Nabory dla IIT w programach regionalnych ruszają w 2026 r.; warto mieć "
        "gotowe fiszki projektów z harmonogramem i wstępną analizą wykonalności.",
    ),
    DemoEvent(
        title="Regionalne spotkanie sieciujące partnerstw województwa mazowieckiego",
        kind="regional_meeting",
        theme="education",
        starts_on=date(2026, 2, 26),
        place="Siedlce, Starostwo Powiatowe",
        organiser="Mazowiecka Jednostka Wdrażania Programów Unijnych, CWD",
        description="Spotkanie partnerstw z Mazowsza o wspólnych projektach edukacyjnych: "
        "doradztwo zawodowe, szkoły branżowe, oferta dla młodzieży.",
        partnerships=("PZŁ",),
        people=(
            _p("Ewa Sadowska", "Urząd Miasta i Gminy Łosice", "koordynatorka partnerstwa", "PZŁ"),
            _p("Barbara Sikora", "Urząd Gminy Sarnaki", "zastępca wójta", "PZŁ"),
            _p("Grzegorz Wasilewski", "Zespół Szkół w Łosicach", "dyrektor", "PZŁ"),
        ),
        lessons="Powiat łosicki i gminy przygotują wspólny projekt doradztwa zawodowego "
        "z naboru FEM 2021–2027 (działanie 6.2).",
    ),
    DemoEvent(
        title="Dziedzictwo przyrodnicze i kulturowe jako produkt turystyczny",
        kind="seminar",
        theme="heritage",
        starts_on=date(2026, 5, 21),
        place="Frombork, Muzeum Mikołaja Kopernika",
        organiser="Partnerstwo Gmin Ziemi Braniewskiej, CWD",
        description="Seminarium sieciujące o szlakach turystycznych łączących zabytki i "
        "przyrodę: Zalew Wiślany, szlak kopernikowski, turystyka wodna i rowerowa.",
        partnerships=("PGZB", "PZŁ"),
        people=(
            _p("Halina Dąbrowska", "Urząd Gminy Wilczęta", "sekretarz gminy", "PGZB"),
            _p("Iwona Kubiak", "Urząd Miasta i Gminy Frombork", "promocja gminy", "PGZB"),
            _p("Robert Zając", "Urząd Miasta i Gminy Łosice", "inspektor", "PZŁ"),
        ),
        lessons="Wspólna marka turystyczna partnerstwa i jedna strona z ofertą gmin; PZŁ "
        "rozważa szlak nadbużański na wzór szlaku kopernikowskiego.",
    ),
    DemoEvent(
        title="Regionalne spotkanie sieciujące partnerstw Dolnego Śląska",
        kind="regional_meeting",
        theme="tourism",
        starts_on=date(2026, 12, 10),
        place="Wrocław, Urząd Marszałkowski Województwa Dolnośląskiego",
        organiser="Urząd Marszałkowski Województwa Dolnośląskiego, CWD",
        description="Zaplanowane spotkanie partnerstw dolnośląskich: wspólna oferta "
        "turystyczna Borów Dolnośląskich, szlaki rowerowe, promocja ceramiki bolesławieckiej.",
        partnerships=(MOF,),
        people=(
            _p("Tomasz Nowak", "Urząd Miasta Bolesławiec", "koordynator partnerstwa", MOF),
            _p("Marta Szczepańska", "Urząd Miasta Bolesławiec", "główny specjalista", MOF),
        ),
    ),
)


def fill(services: Services, partnerships: dict[str, str]) -> None:
    """Add the demo events that are not there yet (matched by title)."""
    existing = {
        str(title)
        for (title,) in services.store.reader().execute(
            "SELECT title FROM network_event WHERE deleted_at IS NULL"
        )
    }
    for event in EVENTS:
        if event.title in existing:
            continue
        taking_part = [partnerships[s] for s in event.partnerships if s in partnerships]
        people = [
            p
            if p.partnership in partnerships
            else NewParticipant(p.name, p.institution, p.role, p.email)
            for p in event.people
        ]
        event_id = add_event(
            services,
            {
                "title": event.title,
                "kind": event.kind,
                "theme": event.theme,
                "starts_on": event.starts_on,
                "ends_on": event.ends_on,
                "place": event.place,
                "organiser": event.organiser,
                "description": event.description,
                "host_teryt": event.host_teryt,
                "host_name": event.host_name,
                "practices_seen": event.practices_seen,
                "lessons": event.lessons,
            },
            taking_part,
            people,
        )
        if event.material is not None:
            _attach(services, event_id, event.theme, *event.material)


def _attach(
    services: Services, event_id: str, theme: str, title: str, paragraphs: tuple[str, ...]
) -> None:
    """A DOCX material of the event in the knowledge base (if that area is installed)."""
    try:
        from cwd_desktop.services.knowledge import add_document
    except ImportError:
        return
    from docx import Document

    document = Document()
    document.add_heading(title, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "seminarium-transport-program-i-wnioski.docx"
        document.save(str(path))
        add_document(services, path, title=title, kind="material", theme=theme, event_id=event_id)

"""The demo knowledge base: good practices, a guide (DOCX), a report (PDF), seminar notes (MD).

Team-wide, so it is added once, not per partnership: when the base already
holds a practice, nothing is added. The files are made here (python-docx, a
hand-written PDF) and go through ``knowledge.add_document`` like a user's
files, so their text is searchable: "dyspozytor" is only inside the guide,
"prosument" only inside the report. The transport-on-demand practice is
linked to the PGZB project it inspired. People and contacts are fictitious.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from cwd_desktop.services.app import Services

ORDER = 90


@dataclass(frozen=True)
class DemoPractice:
    """One good practice of the demo."""

    title: str
    teryt: str
    theme: str
    policy: str
    description: str
    results: str
    contact: str
    source: str


PRACTICES: tuple[DemoPractice, ...] = (
    DemoPractice(
        "Gminny transport na żądanie „Bus na telefon”",
        "2807043",
        "transport",
        "po5",
        "Gmina zastąpiła dwa nierentowne kursy rozkładowe busem zamawianym telefonicznie dzień "
        "wcześniej. Trasa układana jest codziennie z zamówień, a kurs łączy wsie bez komunikacji "
        "z przystankiem kolejowym, ośrodkiem zdrowia i urzędem gminy.",
        "Ok. 900 przejazdów miesięcznie; dojazd do lekarza bez pomocy sąsiadów; "
        "koszt wozokilometra niższy o jedną trzecią niż na kursach rozkładowych.",
        "Urząd Gminy, referat transportu, tel. 55 000 11 22",
        "Seminarium sieciujące CWD „Transport publiczny w gminach wiejskich”",
    ),
    DemoPractice(
        "Klaster energii odnawialnej gmin i przedsiębiorców",
        "0201043",
        "environment",
        "po2",
        "Gminy, spółdzielnia mieszkaniowa i lokalni przedsiębiorcy zawiązali klaster energii: "
        "wspólnie bilansują produkcję z instalacji fotowoltaicznych i biogazowni z zużyciem "
        "budynków publicznych, a nadwyżki trafiają do magazynu energii.",
        "Rachunki za energię budynków gminnych niższe o 28%; 1,4 MW nowych mocy OZE; "
        "wspólny wniosek do programu regionalnego na magazyn energii.",
        "Koordynator klastra, e-mail: klaster@example.pl",
        "Raport z wizyty studyjnej CWD, 2024",
    ),
    DemoPractice(
        "Centrum Usług Wspólnych dla szkół partnerstwa",
        "1410023",
        "cooperation",
        "po5",
        "Jedno centrum usług wspólnych prowadzi księgowość, kadry i zamówienia publiczne szkół "
        "kilku gmin na podstawie porozumień międzygminnych. Dyrektorzy zajmują się dydaktyką, "
        "a gminy dzielą koszt specjalistów.",
        "Obsługa 14 szkół przez 6 etatów zamiast 11; wspólny przetarg na opał i żywienie.",
        "Dyrektor CUW, tel. 83 000 33 44",
        "Forum wymiany doświadczeń partnerstw JST",
    ),
    DemoPractice(
        "Szlak rowerowy łączący gminy wokół zalewu",
        "2802053",
        "tourism",
        "po5",
        "Gminy wyznaczyły wspólnie 85 km szlaku z jednolitym oznakowaniem, miejscami odpoczynku "
        "i stojakami przy zabytkach; utrzymanie szlaku dzielą według długości odcinków.",
        "Liczniki rowerowe: 21 tys. przejazdów w sezonie; "
        "nowe kwatery agroturystyczne przy trasie.",
        "Lokalna Organizacja Turystyczna, e-mail: szlak@example.pl",
        "Wizyta studyjna CWD",
    ),
    DemoPractice(
        "Program stypendialny dla uczniów zdolnych z terenów wiejskich",
        "2802022",
        "education",
        "po4",
        "Gminy partnerstwa finansują wspólnie stypendia naukowe i artystyczne oraz opiekę mentora "
        "z lokalnej firmy; regulamin i komisja są wspólne, a każda gmina wnosi wkład według liczby "
        "uczniów.",
        "42 stypendystów w trzech edycjach; 9 z nich w szkołach średnich o profilu technicznym.",
        "Referat oświaty, tel. 55 000 44 55",
        "Seminarium sieciujące CWD „Edukacja”",
    ),
    DemoPractice(
        "Rewitalizacja rynku zaplanowana z mieszkańcami",
        "0201011",
        "heritage",
        "po5",
        "Projekt przebudowy rynku powstał po spacerach badawczych, warsztatach z kupcami i "
        "głosowaniu nad trzema wariantami; zieleń i ławki zaplanowano tam, gdzie wskazali "
        "mieszkańcy.",
        "Rynek bez samochodów w weekendy; 12 nowych lokali usługowych w kamienicach.",
        "Biuro rewitalizacji, e-mail: rynek@example.pl",
        "Poradnik dobrych praktyk rewitalizacji",
    ),
    DemoPractice(
        "Festiwal produktu lokalnego z Kołami Gospodyń Wiejskich",
        "1410052",
        "heritage",
        "po5",
        "Gmina współorganizuje z kołami gospodyń wiejskich coroczny festiwal i wspólne stoisko "
        "na targach regionalnych; koła prowadzą warsztaty kulinarne dla szkół.",
        "17 kół gospodyń wiejskich w sieci; wpis trzech potraw na listę produktów tradycyjnych.",
        "Gminny Ośrodek Kultury, tel. 83 000 55 66",
        "Forum wymiany doświadczeń",
    ),
    DemoPractice(
        "Grupa zakupowa gmin na energię elektryczną",
        "2802011",
        "environment",
        "po2",
        "Gminy powiatu przygotowały wspólny przetarg na dostawę energii do budynków i oświetlenia "
        "ulicznego, z jednym pełnomocnikiem i wspólną bazą punktów poboru.",
        "Cena niższa o 11% od ofert składanych osobno; jeden przetarg zamiast siedmiu.",
        "Pełnomocnik grupy zakupowej, e-mail: energia@example.pl",
        "Raport z realizacji zadań partnerstwa",
    ),
    DemoPractice(
        "Teleopieka dla samotnych seniorów",
        "1410",
        "other",
        "po4",
        "Powiat i gminy finansują opaski bezpieczeństwa z przyciskiem alarmowym i całodobowym "
        "centrum; wolontariusze odwiedzają seniorów raz w tygodniu.",
        "260 seniorów objętych teleopieką; średni czas reakcji na wezwanie poniżej 15 minut.",
        "Powiatowe Centrum Pomocy Rodzinie, tel. 83 000 66 77",
        "Konferencja regionalna CWD",
    ),
)

_GUIDE_TITLE = "Poradnik: jak uruchomić transport na żądanie w gminie wiejskiej"
_GUIDE = (
    "Transport na żądanie sprawdza się tam, gdzie kursy rozkładowe jeżdżą puste, a mieszkańcy "
    "nie mają jak dojechać do lekarza czy urzędu.",
    "Krok 1. Zbadaj potrzeby: ankieta w sołectwach i dane o kursach z ostatniego roku.",
    "Krok 2. Wybierz model zamawiania: telefon do dyspozytora, aplikacja albo oba.",
    "Krok 3. Ustal obszar i godziny obsługi oraz zasady łączenia kursów.",
    "Krok 4. Zamów usługę: umowa z operatorem lub własny pojazd z kierowcą.",
)
_GUIDE_TABLE = (
    ("Zadanie", "Kto", "Kiedy"),
    ("Ankieta potrzeb w sołectwach", "sołtysi, referat transportu", "styczeń–luty"),
    ("Dyspozytor przyjmuje zamówienia dzień wcześniej", "operator", "od kwietnia"),
    ("Ocena po pół roku", "rada gminy, mieszkańcy", "październik"),
)
_REPORT_TITLE = "Raport z wizyty studyjnej: klaster energii odnawialnej"
_REPORT = [
    "Uczestnicy wizyty studyjnej poznali klaster energii, w którym gminy, spółdzielnia "
    "mieszkaniowa i przedsiębiorcy bilansują wspólnie produkcję i zużycie energii.",
    "Każdy prosument w klastrze przekazuje nadwyżki do wspólnego magazynu energii; koordynator "
    "rozlicza je co miesiąc według liczników zdalnego odczytu.",
    "Wnioski dla partnerstw: zacząć od audytu energetycznego budynków gminnych, wspólnie "
    "przygotować porozumienie klastra i wniosek o dofinansowanie magazynu energii.",
]
_NOTES_TITLE = "Materiały z seminarium: Centrum Usług Wspólnych"
_NOTES = (
    "# Centrum Usług Wspólnych — notatki z seminarium\n\n"
    "- Porozumienie międzygminne określa zakres usług i podział kosztów.\n"
    "- Księgowość oświatowa prowadzona wspólnie dla wszystkich szkół.\n"
    "- Wspólne zamówienia: opał, żywienie, ubezpieczenia.\n"
    "- Ryzyko: opór dyrektorów szkół; pomaga harmonogram przejmowania zadań.\n"
)


def fill(services: Services, partnerships: dict[str, str]) -> None:
    """Add the demo knowledge base unless the base already holds a practice."""
    from cwd_desktop.services import knowledge

    reader = services.store.reader()
    if reader.execute("SELECT 1 FROM good_practice WHERE deleted_at IS NULL LIMIT 1").fetchone():
        return
    ids = [
        knowledge.create_practice(
            services,
            {
                "title": p.title,
                "owner_teryt": p.teryt,
                "theme": p.theme,
                "policy_objective": p.policy,
                "description": p.description,
                "results": p.results,
                "contact": p.contact,
                "source": p.source,
            },
        )
        for p in PRACTICES
    ]
    with tempfile.TemporaryDirectory(prefix="cwd-demo-kb-") as folder:
        guide, report, notes = _files(Path(folder))
        knowledge.add_document(
            services, guide, _GUIDE_TITLE, "guide", "transport", practice_id=ids[0]
        )
        knowledge.add_document(
            services, report, _REPORT_TITLE, "report", "environment", practice_id=ids[1]
        )
        knowledge.add_document(services, notes, _NOTES_TITLE, "material", "cooperation")
    pgzb = partnerships.get("PGZB")
    if pgzb is not None:
        row = reader.execute(
            "SELECT id FROM project WHERE partnership_id = ? AND deleted_at IS NULL"
            " AND title LIKE 'Bus na telefon%' LIMIT 1",
            (pgzb,),
        ).fetchone()
        if row is not None:
            knowledge.link_project(
                services, ids[0], str(row[0]), "Wzór dla kursów na żądanie w gminach PGZB"
            )


def _files(folder: Path) -> tuple[Path, Path, Path]:
    """The guide (DOCX with a table), the report (PDF) and the seminar notes (MD)."""
    import docx

    from cwd_desktop.services.knowledge_pdf import text_pdf

    document = docx.Document()
    document.add_heading(_GUIDE_TITLE, level=1)
    for paragraph in _GUIDE:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for cells in _GUIDE_TABLE:
        row = table.add_row()
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    guide = folder / "poradnik transport na żądanie.docx"
    document.save(str(guide))
    report = folder / "raport wizyta studyjna klaster energii.pdf"
    report.write_bytes(text_pdf(_REPORT_TITLE, _REPORT))
    notes = folder / "CUW notatki z seminarium.md"
    notes.write_text(_NOTES, encoding="utf-8")
    return guide, report, notes

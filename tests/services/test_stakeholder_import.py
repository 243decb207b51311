"""Importing a stakeholder register: formats, mapping, every kind of bad input, atomicity."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from openpyxl import Workbook

from cwd_desktop.errors import Cancelled, UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipData
from cwd_desktop.services.progress import Progress
from cwd_desktop.services.stakeholder_import import (
    execute,
    guess_mapping,
    import_file,
    plan_import,
    preview,
    read_table,
)
from cwd_desktop.services.stakeholders import StakeholderService
from cwd_desktop.store import Store

MEMBERS = ["2802011", "2802022", "2802033", "2802062"]
HEADER = ["Nazwa", "Kategoria", "Gmina", "Miejscowość", "Wpływ", "Zainteresowanie", "Uwagi"]
ROWS = [
    ["OSP Rogity", "OSP", "Braniewo (gmina wiejska)", "Rogity", 2, 3, ""],
    ["KGW Łozy", "koło gospodyń wiejskich", "Płoskinia", "Łozy", 1, 4, "nowe koło"],
    ["Stowarzyszenie „Żółw”", "stowarzyszenie / fundacja (NGO)", "2802033", "Frombork", 3, 5, ""],
]


@pytest.fixture
def pid(services: Services) -> str:
    data = PartnershipData(name="Ziemia Braniewska", short_name="ZB", members=MEMBERS)
    return services.partnerships.create(data)


@pytest.fixture
def register(services: Services) -> StakeholderService:
    return StakeholderService(services)


def state(store: Store) -> tuple[int, int, int]:
    """Stakeholders, contacts and outbox entries: what a failed import must leave as it was."""
    conn = store.reader()
    return (
        int(conn.execute("SELECT count(*) FROM stakeholder").fetchone()[0]),
        int(conn.execute("SELECT count(*) FROM contact_person").fetchone()[0]),
        store.pending_changes(),
    )


def write_csv(path: Path, rows: list[list[object]], encoding: str, sep: str) -> Path:
    text = "\r\n".join(sep.join(str(c) for c in row) for row in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_ods(path: Path, rows: list[list[object]]) -> Path:
    """A minimal OpenDocument spreadsheet, as LibreOffice Calc saves one."""

    def cell(value: object) -> str:
        if isinstance(value, int):
            return f'<table:table-cell office:value-type="float" office:value="{value}"/>'
        return (
            '<table:table-cell office:value-type="string">'
            f"<text:p>{escape(str(value))}</text:p></table:table-cell>"
        )

    body = "".join(
        "<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Arkusz1">'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


def imported(register: StakeholderService, pid: str) -> list[tuple[object, ...]]:
    return [
        (r["name"], r["category"], r["teryt"], r["place"], r["influence"], r["interest"])
        for r in register.rows(pid)
    ]


EXPECTED = [
    ("KGW Łozy", "kgw", "2802062", "Łozy", 1, 4),
    ("OSP Rogity", "osp", "2802022", "Rogity", 2, 3),
    ("Stowarzyszenie „Żółw”", "ngo", "2802033", "Frombork", 3, 5),
]


# -- formats --------------------------------------------------------------------------------------


def test_windows_1250_csv_with_semicolons_simply_works(
    tmp_path: Path, services: Services, register: StakeholderService, pid: str
) -> None:
    """The CSV Excel writes on a Polish Windows: cp1250 and ``;``."""
    path = write_csv(tmp_path / "rejestr.csv", [HEADER, *ROWS], "cp1250", ";")

    result = import_file(services, pid, path)

    assert (result.stakeholders, result.contacts, result.skipped) == (3, 0, 0)
    assert imported(register, pid) == EXPECTED
    assert register.get(result.ids[1]).notes == "nowe koło"


def test_utf8_csv_with_bom_and_commas(
    tmp_path: Path, services: Services, register: StakeholderService, pid: str
) -> None:
    rows = [HEADER, *[[f'"{c}"' if "," in str(c) else c for c in r] for r in ROWS]]
    path = write_csv(tmp_path / "rejestr.csv", rows, "utf-8-sig", ",")

    import_file(services, pid, path)

    assert imported(register, pid) == EXPECTED


@pytest.mark.parametrize("writer", [write_xlsx, write_ods], ids=["xlsx", "ods"])
def test_spreadsheets_are_read_with_their_numbers(
    tmp_path: Path, services: Services, register: StakeholderService, pid: str, writer: object
) -> None:
    suffix = ".xlsx" if writer is write_xlsx else ".ods"
    path = writer(tmp_path / f"rejestr{suffix}", [HEADER, *ROWS])  # type: ignore[operator]

    import_file(services, pid, path)

    assert imported(register, pid) == EXPECTED


def test_rows_keep_their_spreadsheet_numbers_and_blank_rows_are_skipped(tmp_path: Path) -> None:
    """A title above the header moves it down; errors must still name the real row."""
    path = write_xlsx(tmp_path / "r.xlsx", [[None], [None], HEADER, ROWS[0], [None], ROWS[1]])
    table = read_table(path)

    assert table.header_row == 3
    assert [number for number, _ in table.rows] == [4, 6]


# -- mapping and preview ---------------------------------------------------------------------------


def test_mapping_is_guessed_from_polish_or_english_headers() -> None:
    headers = [
        "Lp.",
        "Nazwa organizacji",
        "KATEGORIA",
        "Kod TERYT",
        "Gmina",
        "Sołectwo",
        "Wpływ (1-5)",
        "Zainteresowanie",
        "Osoba kontaktowa",
        "Tel.",
        "e-mail",
        "Uwagi",
    ]
    assert guess_mapping(headers) == {
        "name": 1,
        "category": 2,
        "teryt": 3,
        "jst": 4,
        "place": 5,
        "influence": 6,
        "interest": 7,
        "contact_name": 8,
        "phone": 9,
        "email": 10,
        "notes": 11,
    }
    english = ["Name", "Category", "Municipality", "Village", "Influence", "Interest", "Notes"]
    assert list(guess_mapping(english)) == [
        "name",
        "category",
        "jst",
        "place",
        "influence",
        "interest",
        "notes",
    ]


def test_preview_shows_mapped_fields_of_the_first_rows(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [HEADER, *ROWS])
    table = read_table(path)

    rows = preview(table, {"name": 0, "influence": 4}, limit=2)

    assert rows == [["OSP Rogity", "2"], ["KGW Łozy", "1"]]


def test_a_user_mapping_overrides_the_guess(
    tmp_path: Path, services: Services, register: StakeholderService, pid: str
) -> None:
    """Headers nobody could guess are mapped by hand; unmapped columns are ignored."""
    rows = [["Kto", "Co", "Skąd"], ["OSP Rogity", "osp", "Rogity"]]
    table = read_table(write_xlsx(tmp_path / "r.xlsx", rows))

    plan = plan_import(services, pid, table, {"name": 0, "category": 1, "place": 2})
    execute(services, pid, plan)

    assert imported(register, pid) == [("OSP Rogity", "osp", None, "Rogity", 3, 3)]


def test_contact_persons_are_imported_with_their_consent(
    tmp_path: Path, services: Services, register: StakeholderService, pid: str
) -> None:
    rows = [
        ["Nazwa", "Osoba kontaktowa", "Funkcja", "Telefon", "E-mail", "Cel zgody", "Data zgody"],
        [
            "KGW Łozy",
            "Anna Lis",
            "przewodnicząca",
            601222333,
            "anna@example.pl",
            "konsultacje",
            "15.03.2024",
        ],
        ["OSP Rogity", "", "", "", "", "", ""],
    ]
    result = import_file(services, pid, write_xlsx(tmp_path / "r.xlsx", rows))

    assert (result.stakeholders, result.contacts) == (2, 1)
    (person,) = register.get(result.ids[0]).contacts
    assert (person.name, person.role, person.phone, person.email) == (
        "Anna Lis",
        "przewodnicząca",
        "601222333",
        "anna@example.pl",
    )
    assert person.has_consent and person.consent_on is not None
    assert register.get(result.ids[1]).contacts == []


# -- duplicates --------------------------------------------------------------------------------


def test_duplicates_are_listed_before_anything_is_saved(
    tmp_path: Path,
    services: Services,
    register: StakeholderService,
    pid: str,
    store: Store,
) -> None:
    """Same folded name in the same JST: against the register and within the file."""
    register.add(pid, {"name": "OSP Rogity", "category": "osp", "teryt": "2802022"})
    rows = [
        HEADER,
        ["osp rogity", "OSP", "2802022", "", 2, 3, ""],
        ["KGW Łozy", "KGW", "Płoskinia", "", 1, 4, ""],
        ["KGW ŁOZY", "KGW", "Płoskinia", "", 1, 4, ""],
        ["KGW Łozy", "KGW", "Frombork", "", 1, 4, ""],
    ]
    before = state(store)

    plan = plan_import(services, pid, read_table(write_xlsx(tmp_path / "r.xlsx", rows)))

    assert state(store) == before
    assert [d.render() for d in plan.duplicates] == [
        "Wiersz 2: „osp rogity” (Braniewo (gmina wiejska)) jest już w rejestrze jako „OSP Rogity”.",
        "Wiersz 4: „KGW ŁOZY” (Płoskinia (gmina wiejska)) powtarza wiersz 3.",
    ]
    result = execute(services, pid, plan, skip_duplicates=True)
    assert (result.stakeholders, result.skipped) == (2, 2)
    assert register.count(pid) == 3


def test_dry_run_reports_and_stores_nothing(
    tmp_path: Path, services: Services, pid: str, store: Store
) -> None:
    before = state(store)
    result = import_file(
        services, pid, write_xlsx(tmp_path / "r.xlsx", [HEADER, *ROWS]), dry_run=True
    )

    assert (result.dry_run, result.stakeholders) == (True, 3)
    assert state(store) == before


# -- bad input ---------------------------------------------------------------------------------


def test_a_file_without_a_header_row_is_refused(
    tmp_path: Path, services: Services, pid: str, store: Store
) -> None:
    path = write_csv(tmp_path / "dane.csv", ROWS, "utf-8", ";")
    before = state(store)

    with pytest.raises(UserError) as caught:
        import_file(services, pid, path)

    assert str(caught.value) == (
        "Plik „dane.csv” nie ma wiersza nagłówka: wiersz 1 zawiera dane („2”), a pierwszy "
        "wiersz musi podawać nazwy kolumn, np. Nazwa, Kategoria, Gmina."
    )
    assert state(store) == before


def test_headers_without_a_name_column_are_refused(
    tmp_path: Path, services: Services, pid: str
) -> None:
    path = write_csv(tmp_path / "r.csv", [["Kto", "Gdzie"], ["OSP", "Rogity"]], "utf-8", ";")
    with pytest.raises(UserError, match="nie ma kolumny z nazwą interesariusza"):
        import_file(services, pid, path)


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        (
            ["Klub Sportowy", "klub", "Frombork", "", 2, 2, ""],
            "Wiersz 3, kolumna „Kategoria”: Nieznana kategoria interesariusza: „klub”.",
        ),
        (
            ["Klub Sportowy", "inne", "Łosice", "", 2, 2, ""],
            "Wiersz 3, kolumna „Gmina”: „Łosice” nie jest JST należącą do partnerstwa.",
        ),
        (
            ["Klub Sportowy", "inne", "Braniewo", "", 2, 2, ""],
            "Wiersz 3, kolumna „Gmina”: Nazwa „Braniewo” jest niejednoznaczna: podaj kod "
            "TERYT (2802011, 2802022).",
        ),
        (
            ["Klub Sportowy", "inne", "", "", 7, 2, ""],
            "Wiersz 3, kolumna „Wpływ”: Wpływ musi być liczbą całkowitą od 1 do 5 (podano „7”).",
        ),
        (
            ["", "inne", "", "", 2, 2, "same uwagi"],
            "Wiersz 3, kolumna „Nazwa”: Podaj nazwę interesariusza.",
        ),
    ],
)
def test_a_bad_row_names_row_and_column_and_nothing_is_imported(
    tmp_path: Path,
    services: Services,
    pid: str,
    store: Store,
    cells: list[object],
    message: str,
) -> None:
    """One bad row stops the whole import: the good row before it is not stored either."""
    path = write_csv(tmp_path / "r.csv", [HEADER, ROWS[0], cells], "cp1250", ";")
    before = state(store)

    plan = plan_import(services, pid, read_table(path))
    assert [e.render() for e in plan.errors] == [message]
    with pytest.raises(UserError) as caught:
        execute(services, pid, plan)

    assert str(caught.value) == f"Nie zaimportowano pliku „r.csv”: {message}"
    assert state(store) == before


def test_malformed_email_and_phone_are_both_reported(
    tmp_path: Path, services: Services, pid: str, store: Store
) -> None:
    rows = [
        ["Nazwa", "Osoba kontaktowa", "Telefon", "E-mail"],
        ["KGW Łozy", "Anna Lis", "601 22", "anna@"],
        ["OSP Rogity", "", "", "osp@rogity"],
    ]
    before = state(store)

    plan = plan_import(services, pid, read_table(write_xlsx(tmp_path / "r.xlsx", rows)))

    assert [e.render() for e in plan.errors] == [
        "Wiersz 2, kolumna „Telefon”: „601 22” nie jest poprawnym numerem telefonu "
        "(9–15 cyfr; dozwolone spacje, +, - i nawiasy).",
        "Wiersz 2, kolumna „E-mail”: „anna@” nie jest poprawnym adresem e-mail.",
        "Wiersz 3, kolumna „Osoba kontaktowa”: Podaj imię i nazwisko osoby kontaktowej.",
        "Wiersz 3, kolumna „E-mail”: „osp@rogity” nie jest poprawnym adresem e-mail.",
    ]
    with pytest.raises(UserError, match=r"\(4 błędów\)"):
        execute(services, pid, plan)
    assert state(store) == before


@pytest.mark.parametrize("suffix", [".xlsx", ".ods", ".xls"])
def test_a_spreadsheet_that_is_not_a_workbook_is_refused(
    tmp_path: Path, services: Services, pid: str, store: Store, suffix: str
) -> None:
    path = tmp_path / f"rejestr{suffix}"
    path.write_text("Nazwa;Kategoria\nOSP Rogity;osp\n", encoding="utf-8")
    before = state(store)

    with pytest.raises(UserError) as caught:
        import_file(services, pid, path)

    kind = suffix[1:].upper()
    assert str(caught.value) == (
        f"Plik „rejestr{suffix}” nie jest skoroszytem ({kind}), który można odczytać."
    )
    assert state(store) == before


def test_a_broken_zip_named_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    with pytest.raises(UserError, match="nie jest skoroszytem"):
        read_table(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("r.csv", b"", "Plik „r.csv” jest pusty."),
        ("r.csv", b"\r\n;;\r\n", "Plik „r.csv” jest pusty."),
        ("r.pdf", b"%PDF", "Plik „r.pdf” ma nieobsługiwany format (XLSX, XLS, ODS lub CSV)."),
    ],
)
def test_empty_and_unsupported_files_are_refused(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError) as caught:
        read_table(path)
    assert str(caught.value) == message


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"Nie można odczytać pliku „brak\.xlsx”"):
        read_table(tmp_path / "brak.xlsx")


# -- atomicity ---------------------------------------------------------------------------------


def test_a_row_refused_while_storing_rolls_back_the_whole_import(
    tmp_path: Path, services: Services, pid: str, store: Store
) -> None:
    """The plan was fine, but a member left the partnership before the import ran."""
    plan = plan_import(services, pid, read_table(write_xlsx(tmp_path / "r.xlsx", [HEADER, *ROWS])))
    assert plan.ok
    data = services.partnerships.get(pid).data
    data.members = [m for m in data.members if m != "2802033"]
    services.partnerships.update(pid, data)
    before = state(store)

    with pytest.raises(UserError) as caught:
        execute(services, pid, plan)

    assert str(caught.value) == (
        "Wiersz 4, kolumna „Gmina”: JST o kodzie 2802033 nie należy do partnerstwa."
    )
    assert state(store) == before


def test_a_cancelled_import_stores_nothing(
    tmp_path: Path, services: Services, pid: str, store: Store
) -> None:
    rows = [HEADER, *[[f"Sołectwo {n}", "sołectwo", "", "", 2, 2, ""] for n in range(250)]]
    plan = plan_import(services, pid, read_table(write_xlsx(tmp_path / "r.xlsx", rows)))
    before = state(store)
    calls: list[int] = []

    def cancel_midway(done: int, total: int, text: str) -> None:
        calls.append(done)
        if done >= 100:
            progress.cancel()

    progress = Progress(cancel_midway)
    with pytest.raises(Cancelled):
        execute(services, pid, plan, progress=progress)

    assert calls[:2] == [0, 100]
    assert state(store) == before


def test_category_labels_of_the_ui_language_are_understood(
    tmp_path: Path, services: Services, pid: str
) -> None:
    """A register exported from the English UI names categories in English."""
    english = {"OSP (ochotnicza straż pożarna)": "OSP (volunteer fire brigade)"}

    def translate(context: str, text: str) -> str:
        return english.get(text, text) if context == "vocab" else text

    rows = [["Name", "Category"], ["Rogity fire brigade", "volunteer fire brigade"]]
    table = read_table(write_xlsx(tmp_path / "r.xlsx", rows))

    assert (
        plan_import(services, pid, table, translate=translate).rows[0].stakeholder["category"]
        == "osp"
    )
    assert not plan_import(services, pid, table).ok

"""The knowledge base: files whose text is searchable, bad files refused whole, the XLSX list.

Each search test looks for a word that occurs only inside the attached file
(never in a title or description), typed with and without Polish letters.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader, PdfWriter

from cwd_desktop.domain.scope import TEAM_SCOPE
from cwd_desktop.errors import UserError
from cwd_desktop.services import knowledge
from cwd_desktop.services import knowledge_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.knowledge_pdf import text_pdf
from cwd_desktop.services.knowledge_xlsx import COLUMNS, export_practices, import_practices

REPORT = ["Każdy prosument w klastrze oddaje nadwyżki do wspólnego magazynu energii."]


def found(services: Services, query: str, kind: str | None = None) -> set[str]:
    return {h.row_id for h in knowledge.search(services, query, kind)}


def stored(services: Services) -> tuple[int, int]:
    """(document rows, blob files) on this computer."""
    rows = services.store.reader().execute("SELECT count(*) FROM knowledge_document").fetchone()
    folder = services.store.data_dir / "blobs"
    blobs = (
        len([p for p in folder.iterdir() if not p.name.startswith(".")]) if folder.exists() else 0
    )
    return int(rows[0]), blobs


def guide_docx(path: Path) -> Path:
    """A guide whose distinctive word sits in a table cell, the way guides keep schedules."""
    document = docx.Document()
    document.add_heading("Poradnik transportu na żądanie", level=1)
    document.add_paragraph("Najpierw zbadaj potrzeby mieszkańców.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Zadanie"
    table.cell(0, 1).text = "Kto"
    table.cell(1, 0).text = "Zamówienia przyjmuje dyspozytor"
    table.cell(1, 1).text = "Źdźbłowo, sołtys"
    document.save(str(path))
    return path


def encrypted_pdf(path: Path, user_password: str) -> Path:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf("Raport", REPORT))))
    writer.encrypt(user_password=user_password, owner_password="wlasciciel", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    path.write_bytes(buffer.getvalue())
    return path


@pytest.fixture
def practice(services: Services) -> str:
    return knowledge.create_practice(
        services, {"title": "Klaster energii gmin", "theme": "environment"}
    )


# -- text inside files -------------------------------------------------------------------------


def test_a_word_in_a_docx_table_finds_the_document_and_its_practice(
    services: Services, practice: str, tmp_path: Path
) -> None:
    doc = knowledge.add_document(
        services, guide_docx(tmp_path / "poradnik.docx"), "Poradnik", practice_id=practice
    )

    assert found(services, "dyspozytor") == {doc}
    assert found(services, "dyspozytor", "knowledge_document") == {doc}
    assert found(services, "ŹDŹBŁOWO") == found(services, "zdzblowo") == {doc}
    [hit] = knowledge.search(services, "dyspozytor")
    assert hit.in_file and hit.practice_id == practice
    assert "przyjmuje dyspozytor" in hit.snippet
    assert reads.practices(services.store, query="dyspozytor")[0]["id"] == practice
    assert reads.documents(services.store, query="zdzbl")[0]["snippet"].startswith("…")


def test_a_word_in_a_pdf_is_found_with_and_without_diacritics(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "raport z wizyty.pdf"
    path.write_bytes(text_pdf("Raport z wizyty studyjnej", REPORT))
    doc = knowledge.add_document(services, path, "Raport z wizyty", kind="report")

    assert found(services, "prosument") == {doc}
    assert found(services, "nadwyzki magazyn") == {doc}, "every word, as a prefix, no ż needed"
    assert found(services, "NADWYŻKI") == {doc}
    assert reads.get_document(services.store, doc)["kind"] == "report"


def test_words_in_any_sheet_of_an_xlsx_and_in_markdown_are_found(
    services: Services, tmp_path: Path
) -> None:
    workbook = Workbook()
    workbook.active.append(["Gmina", "Wynik"])
    second = workbook.create_sheet("Energia")
    second.append(["Łęknica", "fotowoltaika 120 kW"])
    workbook.save(tmp_path / "zestawienie.xlsx")
    notes = tmp_path / "notatki.md"
    notes.write_text("# Seminarium\n- teleopieka dla seniorów\n", encoding="utf-8")

    sheet = knowledge.add_document(services, tmp_path / "zestawienie.xlsx")
    note = knowledge.add_document(services, notes)

    assert found(services, "leknica fotowolt") == {sheet}
    assert found(services, "teleopieka") == {note}
    assert reads.get_document(services.store, sheet)["title"] == "zestawienie"


def test_a_pdf_locked_only_against_editing_is_read(services: Services, tmp_path: Path) -> None:
    """An owner password alone does not stop reading: such PDFs are common and welcome."""
    doc = knowledge.add_document(services, encrypted_pdf(tmp_path / "raport.pdf", ""))
    assert found(services, "prosument") == {doc}


# -- files that cannot be read -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        (
            "uszkodzony.pdf",
            text_pdf("Raport", REPORT)[:400],
            "uszkodzony albo nie jest plikiem PDF",
        ),
        ("obcy.pdf", b"to nie jest PDF, tylko tekst", "uszkodzony albo nie jest plikiem PDF"),
        ("uszkodzony.docx", b"PK\x03\x04 to nie jest dokument", "nie jest plikiem DOCX"),
        ("zdjecie.jpg", b"\xff\xd8\xff\xe0 JFIF", "nieobsługiwany format"),
        ("pusty.txt", b"", "jest pusty"),
    ],
)
def test_an_unreadable_file_is_refused_by_name_and_nothing_is_stored(
    services: Services, practice: str, tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = stored(services)

    with pytest.raises(UserError) as caught:
        knowledge.add_document(services, path, practice_id=practice)

    message = str(caught.value)
    assert f"„{name}”" in message and words in message and "nic nie zapisano" in message
    assert stored(services) == before
    assert reads.get_practice(services.store, practice)["documents"] == 0


def test_a_password_protected_pdf_is_refused_and_nothing_is_stored(
    services: Services, tmp_path: Path
) -> None:
    before = stored(services)
    with pytest.raises(UserError) as caught:
        knowledge.add_document(services, encrypted_pdf(tmp_path / "tajny.pdf", "tajne"))
    assert "„tajny.pdf” jest chroniony hasłem" in str(caught.value)
    assert stored(services) == before
    assert found(services, "prosument") == set()


def test_a_refused_row_leaves_no_blob(services: Services, tmp_path: Path) -> None:
    """A readable file with a bad value (unknown kind) stores neither the row nor the bytes."""
    path = tmp_path / "notatka.txt"
    path.write_text("spotkanie forum", encoding="utf-8")
    before = stored(services)
    with pytest.raises(UserError, match="rodzajem dokumentu"):
        knowledge.add_document(services, path, kind="plakat")
    assert stored(services) == before


# -- practices, links --------------------------------------------------------------------------


def test_practice_values_are_checked_and_the_owner_named_from_teryt(services: Services) -> None:
    practice = knowledge.create_practice(
        services,
        {
            "title": " Bus  na telefon ",
            "owner_teryt": "2807043",
            "theme": "Transport publiczny",
            "policy_objective": "PO 5",
        },
    )
    row = services.records.get("good_practice", practice)
    assert (row["title"], row["owner_name"], row["theme"], row["policy_objective"]) == (
        "Bus na telefon",
        "Kisielice (gmina miejsko-wiejska)",
        "transport",
        "po5",
    )
    assert row["partnership_id"] == TEAM_SCOPE
    for values, words in (
        ({"title": ""}, "Podaj tytuł"),
        ({"title": "X", "owner_teryt": "2807044"}, "Kod TERYT 2807044"),
        ({"title": "X", "theme": "rolnictwo"}, "„rolnictwo” nie jest tematem"),
        ({"title": "X", "policy_objective": "PO9"}, "PO1–PO5"),
    ):
        with pytest.raises(UserError, match=words):
            knowledge.create_practice(services, values)


def test_a_practice_links_to_projects_of_any_partnership_once(
    services: Services, practice: str
) -> None:
    from cwd_desktop.services.projects import create_project

    first = services.partnerships.create(DEMO_PARTNERSHIPS[0])
    second = services.partnerships.create(DEMO_PARTNERSHIPS[1])
    bus = create_project(services, first, {"title": "Bus na telefon"})
    solar = create_project(services, second, {"title": "Fotowoltaika na szkołach"})

    link = knowledge.link_project(services, practice, bus, "wzór")
    knowledge.link_project(services, practice, solar)

    assert [r["title"] for r in reads.practice_projects(services.store, practice)] == [
        "Fotowoltaika na szkołach",  # MOF Bolesławiec before PGZB
        "Bus na telefon",
    ]
    assert services.records.get("practice_project", link)["partnership_id"] == first
    assert [r["practice_id"] for r in reads.project_practices(services.store, bus)] == [practice]
    with pytest.raises(UserError, match="już powiązana"):
        knowledge.link_project(services, practice, bus)
    with pytest.raises(UserError, match="nie istnieje w tym partnerstwie"):
        services.records.create(
            "practice_project", first, {"practice_id": practice, "project_id": solar}
        )
    knowledge.unlink_project(services, link)
    assert reads.project_practices(services.store, bus) == []
    assert reads.get_practice(services.store, practice)["projects"] == 1


def test_removing_a_practice_takes_its_files_and_links_and_undo_brings_them_back(
    services: Services, practice: str, tmp_path: Path
) -> None:
    from cwd_desktop.services.projects import create_project

    pid = services.partnerships.create(DEMO_PARTNERSHIPS[0])
    project = create_project(services, pid, {"title": "Klaster energii"})
    knowledge.link_project(services, practice, project)
    doc = knowledge.add_document(services, guide_docx(tmp_path / "p.docx"), practice_id=practice)

    removed = knowledge.delete_practice(services, practice)
    assert found(services, "dyspozytor") == set()
    assert reads.project_practices(services.store, project) == []

    knowledge.restore_practice(services, removed)
    assert found(services, "dyspozytor") == {doc}
    assert [r["id"] for r in reads.project_practices(services.store, project)] != []


def test_global_search_includes_team_wide_rows_with_the_passage_found(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "raport.pdf"
    path.write_bytes(text_pdf("Raport", REPORT))
    doc = knowledge.add_document(services, path, "Raport z wizyty")

    [hit] = services.search_hits("prosument")
    assert (hit.kind, hit.row_id, hit.partnership_id) == ("knowledge_document", doc, TEAM_SCOPE)
    assert hit.context.startswith("raport.pdf: ") and "prosument" in hit.context
    pid = services.partnerships.create(DEMO_PARTNERSHIPS[0])
    assert services.search_hits("prosument", pid) == [], "a partnership's own search stays its own"


# -- the XLSX list -----------------------------------------------------------------------------


def test_export_then_import_into_another_store_and_again_adds_nothing_twice(
    services: Services, tmp_path: Path
) -> None:
    from cwd_desktop.services.demo_data.knowledge import PRACTICES
    from cwd_desktop.store import open_store

    for p in PRACTICES[:4]:
        knowledge.create_practice(
            services,
            {
                "title": p.title,
                "owner_teryt": p.teryt,
                "theme": p.theme,
                "policy_objective": p.policy,
                "description": p.description,
                "contact": p.contact,
            },
        )
    path = tmp_path / "praktyki.xlsx"
    assert export_practices(services, path) == 4
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == [h for _, h, _ in COLUMNS]

    other_store = open_store(tmp_path / "drugi")
    try:
        other = Services(other_store)
        assert import_practices(other, path).added == 4
        again = import_practices(other, path)
        assert (again.added, again.updated, again.unchanged) == (0, 0, 4)
        mine = {
            (r["title"], r["owner"], r["theme"], r["policy_objective"], r["contact"])
            for r in reads.practices(services.store)
        }
        theirs = {
            (r["title"], r["owner"], r["theme"], r["policy_objective"], r["contact"])
            for r in reads.practices(other.store)
        }
        assert theirs == mine
    finally:
        other_store.close()


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def test_import_takes_columns_in_any_order_and_case_and_updates_by_title_and_owner(
    services: Services, tmp_path: Path
) -> None:
    path = _sheet(
        tmp_path / "lista.xlsx",
        [
            [None, None, None],
            ["TEMAT", "tytul", "Jst / Partnerstwo", "Kontakt"],
            ["transport publiczny", "Bus na telefon", "Gmina Kisielice", "tel. 1"],
            ["edukacja", "Stypendia gminne", "Gmina Braniewo", ""],
        ],
    )
    first = import_practices(services, path)
    assert (first.added, first.updated) == (2, 0)
    _sheet(
        path,
        [
            ["Tytuł", "JST / partnerstwo", "Kontakt"],
            ["bus na TELEFON", "gmina kisielice", "tel. 2"],
        ],
    )
    second = import_practices(services, path)
    assert (second.added, second.updated, second.unchanged) == (0, 1, 0)
    rows = {r["title"]: r for r in reads.practices(services.store)}
    assert set(rows) == {"Bus na telefon", "Stypendia gminne"}
    assert rows["Bus na telefon"]["contact"] == "tel. 2"
    assert rows["Stypendia gminne"]["theme"] == "education"


@pytest.mark.parametrize(
    ("rows", "words"),
    [
        ([["Nazwa JST", "Opis"], ["Braniewo", "x"]], "brakuje kolumny „Tytuł”"),
        (
            [["Tytuł", "Temat"], ["Bus", "transport publiczny"], ["Klaster", "rolnictwo"]],
            "wiersz 3, kolumna „Temat”: „rolnictwo” nie jest tematem",
        ),
        (
            [["Tytuł", "TERYT"], ["Bus", "2807043"], ["Klaster", "9999999"]],
            "wiersz 3, kolumna „TERYT”: Kod TERYT 9999999",
        ),
        ([["Tytuł", "Opis"], ["Bus", "a"], ["", "opis bez tytułu"]], "wiersz 3, kolumna „Tytuł”"),
        ([["Tytuł"], ["Bus"], ["bus"]], "wiersz 3: praktyka „bus” powtarza wiersz 2"),
    ],
)
def test_a_bad_import_names_the_row_and_column_and_imports_nothing(
    services: Services, tmp_path: Path, rows: list[list[object]], words: str
) -> None:
    path = _sheet(tmp_path / "lista.xlsx", rows)
    with pytest.raises(UserError) as caught:
        import_practices(services, path)
    assert words in str(caught.value) and "„lista.xlsx”" in str(caught.value)
    assert reads.practices(services.store) == []


def test_a_password_protected_workbook_is_refused(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "zablokowany.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(UserError, match="chroniony hasłem"):
        import_practices(services, path)


def test_the_passage_shown_marks_the_word_found_even_after_ligatures_and_ellipses() -> None:
    """PDF text is full of "ﬁ" and "…", which fold to several letters; the mark stays put."""
    text = "Wstęp… ﬁnanse gmin; dalej – Źdźbłowo i zażółć gęślą jaźń."
    for query, hit in (("zdzblowo", "Źdźbłowo"), ("finanse", "ﬁnanse"), ("jazn", "jaźń")):
        found_here = reads.find_snippet(text, query)
        assert found_here is not None and found_here.hit == hit
        assert found_here.text == text
    assert reads.find_snippet(text, "kosmos") is None

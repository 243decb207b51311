"""Fuzzing the knowledge base's importers: the good-practice list and attached documents.

Two doors let outside files in: ``practice import`` (an XLSX/CSV list of good
practices) and adding a document (DOCX, PDF, XLSX, text) whose text is
extracted for search. Both must end in a clear error or a whole import:
a damaged or password-protected file is refused with nothing stored, no
row and no blob nobody refers to.
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import docx
import pytest
from hypothesis import given, note
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter

from cwd_desktop.services.app import Services
from cwd_desktop.services.blobs import BLOB_DIRNAME
from cwd_desktop.services.knowledge import add_document
from cwd_desktop.services.knowledge_pdf import text_pdf
from cwd_desktop.services.knowledge_xlsx import ImportResult, import_practices
from tests.fuzz.harness import Tally, fuzz_settings, report, run_example
from tests.fuzz.strategies import (
    FuzzFile,
    Vocabulary,
    build_xlsx,
    import_files,
    mangled,
    read_members,
    write_members,
)

PRACTICE_EXAMPLES = 500
DOCUMENT_EXAMPLES = 400
PRACTICE_TABLES = ["good_practice"]
DOCUMENT_TABLES = ["knowledge_document"]

HEADER = (
    "Tytuł",
    "JST / partnerstwo",
    "TERYT",
    "Temat",
    "Cel polityki (PO)",
    "Opis",
    "Rezultaty",
    "Kontakt",
    "Źródło",
)
VOCABULARY = Vocabulary(
    stem="praktyki",
    headers=(*HEADER, "Title", "tytul", "TYTUŁ", "Theme", "Lp."),
    values=(
        "Bus na telefon",
        "Klaster energii „Żuławy”",
        "Centrum Usług Wspólnych",
        "transport publiczny",
        "transport",
        "turystyka",
        "kosmos",
        "PO5",
        "po 2",
        "PO9",
        "2802033",
        "1465011",
        "0000000",
        "12",
        "Gmina Frombork",
        "Halina Wiśniewska, 601 234 567",
        "https://example.pl/dobre-praktyki",
        3,
        -1.5,
    ),
    sample=(
        HEADER,
        ("Bus na telefon", "Gmina Frombork", "2802033", "transport", "PO5", "Opis", "", "", ""),
        ("Klaster energii", "", "", "turystyka", "PO2", "", "Mniej CO2", "", "raport"),
    ),
)

#: Words only inside the seed documents: a readable file must be found by them.
MARKER = "Żółtodziób"


def _docx_bytes() -> bytes:
    document = docx.Document()
    document.add_heading("Poradnik transportu na żądanie", 1)
    document.add_paragraph(f"{MARKER}: zamawianie kursu telefonicznie dzień wcześniej.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Gmina"
    table.cell(1, 0).text = "Frombork"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf("Raport", [MARKER]))))
    writer.encrypt("tajne")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _xlsx_bytes() -> bytes:
    return build_xlsx([["Gmina", "Uwagi"], ["Frombork", MARKER]], [], "")


SEEDS: dict[str, bytes] = {
    ".docx": _docx_bytes(),
    ".pdf": text_pdf("Raport z wizyty studyjnej", [f"{MARKER} w Wałbrzychu.", "Wnioski."]),
    ".xlsx": _xlsx_bytes(),
    ".md": f"# Notatki\n\n{MARKER} — seminarium.\n".encode(),
}
ZIPPED = (".docx", ".xlsx")


@st.composite
def document_files(draw: st.DrawFn) -> FuzzFile:
    """A seed document, its zip parts shuffled or its bytes damaged, or a locked PDF."""
    choice = draw(st.sampled_from((*SEEDS, ".pdf-locked", ".txt-binary")))
    if choice == ".pdf-locked":
        return FuzzFile("raport.pdf", _encrypted_pdf(), "password-protected pdf")
    if choice == ".txt-binary":
        return FuzzFile("notatki.txt", draw(st.binary(max_size=400)), "binary txt")
    data, recipe = SEEDS[choice], [f"seed {choice}"]
    if choice in ZIPPED and draw(st.booleans()):
        members = read_members(data)
        names = sorted(members)
        victim = names[draw(st.integers(0, len(names) - 1))]
        how = draw(st.sampled_from(("remove", "empty", "garbage")))
        if how == "remove":
            del members[victim]
        else:
            members[victim] = b"" if how == "empty" else b"<w:document><<<"
        data = write_members(list(members.items()))
        recipe.append(f"{how} {victim}")
    data, accidents = draw(mangled(data))
    suffix = draw(st.sampled_from((choice, choice, choice, ".pdf", ".docx", ".exe")))
    return FuzzFile("dokument" + suffix, data, " ".join([*recipe, *accidents]))


def _blobs(services: Services) -> set[str]:
    folder = services.store.data_dir / BLOB_DIRNAME
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


def test_practice_import_gives_a_clear_error_or_a_whole_import(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    tally = Tally("practice import")

    def verify(
        result: ImportResult, changed: dict[str, int], outbox: Counter[tuple[str, str]]
    ) -> None:
        assert changed.get("good_practice", 0) == result.added, (changed, result)
        assert sum(outbox.values()) == result.added + result.updated, (outbox, result)
        titles = services.store.reader().execute(
            "SELECT title FROM good_practice WHERE deleted_at IS NULL"
        )
        for (title,) in titles:
            assert title.strip() and "\x00" not in title, f"stored title {title!r}"

    @fuzz_settings(PRACTICE_EXAMPLES)
    @given(file=import_files(VOCABULARY))
    def check(file: FuzzFile) -> None:
        note(file.recipe)
        path = file.write(folder)
        try:
            run_example(
                tally,
                services.store,
                PRACTICE_TABLES,
                lambda: import_practices(services, path),
                verify,  # type: ignore[arg-type]
            )
        finally:
            path.unlink()

    check()
    report(capsys, tally)


def test_a_document_is_refused_clearly_or_stored_whole_with_its_text(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    tally = Tally("knowledge documents")
    tally.success = "stored"

    @fuzz_settings(DOCUMENT_EXAMPLES)
    @given(file=document_files())
    def check(file: FuzzFile) -> None:
        note(file.recipe)
        path = file.write(folder)
        blobs_before = _blobs(services)

        def verify(doc_id: str, changed: dict[str, int], outbox: Counter[tuple[str, str]]) -> None:
            assert changed == {"knowledge_document": 1, "outbox": 1}, changed
            row = (
                services.store.reader()
                .execute(
                    "SELECT sha256, size, content_text FROM knowledge_document WHERE id = ?",
                    (doc_id,),
                )
                .fetchone()
            )
            assert row is not None and row[1] == len(file.data)
            assert row[0] in _blobs(services), "the row refers to a blob that is not there"
            assert "\x00" not in row[2]

        try:
            run_example(
                tally,
                services.store,
                DOCUMENT_TABLES,
                lambda: add_document(services, path),
                verify,  # type: ignore[arg-type]
            )
            stored = services.store.reader().execute("SELECT sha256 FROM knowledge_document")
            referred = {r[0] for r in stored}
            assert _blobs(services) - blobs_before <= referred, "a refused file left a blob"
        finally:
            path.unlink()

    check()
    report(capsys, tally)
    # The undamaged seeds are among the examples (explicit phase is off, so check directly).
    for suffix, data in SEEDS.items():
        path = folder / f"czysty{suffix}"
        path.write_bytes(data)
        add_document(services, path)
    hits = services.store.reader().execute(
        "SELECT count(*) FROM knowledge_document WHERE content_text LIKE ?", (f"%{MARKER}%",)
    )
    assert hits.fetchone()[0] >= len(SEEDS)

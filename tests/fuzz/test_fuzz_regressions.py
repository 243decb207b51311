"""Minimal reproducers of the bugs the fuzzers found, one plain test each.

Each was a strict xfail until its bug was fixed (the fuzzers count hits
of a bug listed in ``known_bugs.py`` instead of failing); all are fixed now
and pass as plain tests. Every test states the behaviour the property asks for: a clear
one-sentence ``UserError`` and an unchanged store, or a correct import.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import re
import struct
import subprocess
import sys
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.indicator_file import read_indicator_file
from cwd_desktop.services.indicator_import import import_file as import_indicators
from cwd_desktop.services.stakeholder_import import import_file as import_stakeholders
from cwd_desktop.services.stakeholder_import import read_table
from cwd_desktop.services.survey_import import parse_survey
from cwd_desktop.store import open_store
from cwd_desktop.sync.bundle import MANIFEST, MUTATIONS, SIGNATURE, export_bundle, import_bundle
from cwd_desktop.sync.bundle import sign as sign_bundle
from cwd_desktop.sync.bundle_key import require_key, set_key
from cwd_desktop.sync.server import synced_catalog
from tests.fuzz.bundle_strategies import BaseBundle
from tests.fuzz.harness import check_message, counts
from tests.fuzz.strategies import SEEDS, SHEET, read_members, write_members

TABLES = [*synced_catalog(), "applied_mutation", "sync_conflict"]
#: Files too odd to make in a few lines, each named by the test that reads it.
REGRESSIONS = Path(__file__).resolve().parent / "regressions"


def xlsx(rows: list[list[Any]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_cell_value(data: bytes, cell: str, value: bytes) -> bytes:
    """The workbook with the stored value of ``cell`` replaced (its style kept)."""
    members = read_members(data)
    pattern = rb'(<c r="' + cell.encode() + rb'"[^>]*><v>)[^<]*'
    members[SHEET] = re.sub(pattern, rb"\g<1>" + value, members[SHEET])
    return write_members(list(members.items()))


@pytest.fixture
def pid(services: Services) -> str:
    return services.partnerships.create(DEMO_PARTNERSHIPS[0])


# -- messages ------------------------------------------------------------------------------


def test_a_line_break_in_a_cell_does_not_split_the_message(
    services: Services, pid: str, tmp_path: Path
) -> None:
    """Was: a header typed with Alt+Enter was quoted as it is, over two lines.
    ``UserError.render`` now turns line breaks in parameters into a space."""
    path = tmp_path / "rejestr.csv"
    path.write_bytes(b'"Rodzaj\npodmiotu";Gmina\r\nOSP;Braniewo\r\n')

    with pytest.raises(UserError) as raised:
        import_stakeholders(services, pid, path)

    check_message(raised.value)
    assert "Rodzaj podmiotu" in str(raised.value)


# -- text files ----------------------------------------------------------------------------


def test_a_nul_byte_in_a_csv_is_a_clear_error(services: Services, pid: str, tmp_path: Path) -> None:
    """Was: the row was imported and a stakeholder name holding a NUL stored (it breaks
    searches and the XLSX export). No text file holds a NUL: the file is refused, the
    line named (a UTF-16 file with its byte order mark is read as such)."""
    path = tmp_path / "rejestr.csv"
    path.write_bytes(b"Nazwa;Kategoria\r\nOSP\x00 Rogity;osp\r\n")
    before = counts(services.store, ["stakeholder"])

    with pytest.raises(UserError) as raised:
        import_stakeholders(services, pid, path)

    check_message(raised.value)
    assert "w wierszu 2 znak NUL" in str(raised.value)
    assert counts(services.store, ["stakeholder"]) == before


# -- spreadsheets --------------------------------------------------------------------------


def corrupt_deflate(data: bytes, member: str) -> bytes:
    """The zip with the deflate stream of ``member`` starting with an invalid block type."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        offset = archive.getinfo(member).header_offset
    damaged = bytearray(data)
    name_length, extra_length = struct.unpack("<HH", damaged[offset + 26 : offset + 30])
    damaged[offset + 30 + name_length + extra_length] = 0xFF
    return bytes(damaged)


def test_a_corrupt_deflate_stream_in_a_survey_xlsx_is_a_clear_error(tmp_path: Path) -> None:
    """Was: zlib.error escaped ``_XlsxSlicer.open``, called outside the try of row_slices."""
    path = tmp_path / "ankieta.xlsx"
    data = xlsx([["Płeć", "Wiek"], ["Kobieta", 34], ["Mężczyzna", 41]])
    path.write_bytes(corrupt_deflate(data, "_rels/.rels"))

    with pytest.raises(UserError) as raised:
        parse_survey(path)

    assert str(raised.value) == (
        "Plik „ankieta.xlsx” nie jest skoroszytem (XLSX), który można odczytać."
    )


READERS: dict[str, Callable[[Path], object]] = {
    "stakeholders": read_table,
    "survey": parse_survey,
    "indicators": read_indicator_file,
}


@pytest.mark.parametrize("reader", sorted(READERS))
def test_a_panic_in_calamine_is_a_clear_error(tmp_path: Path, reader: str) -> None:
    """Was: python-calamine panicked ('TimeDelta::milliseconds out of bounds' for a date
    cell holding -inf) and pyo3's PanicException, a BaseException, passed ``except
    Exception``. Both readers now turn it into "cannot be read"."""
    path = tmp_path / "plik.xlsx"
    data = xlsx([["Nazwa", "Data zgody", "2020"], ["OSP Rogity", datetime(2024, 3, 1), 5]])
    path.write_bytes(with_cell_value(data, "B2", b"-inf"))

    with pytest.raises(UserError) as raised:
        READERS[reader](path)

    check_message(raised.value)


#: Where each importer's reader lives, for a child process to import it.
READER_FUNCTIONS = {
    "stakeholders": "cwd_desktop.services.stakeholder_import:read_table",
    "survey": "cwd_desktop.services.survey_import:parse_survey",
    "indicators": "cwd_desktop.services.indicator_file:read_indicator_file",
    "knowledge": "cwd_desktop.services.knowledge:prepare_file",  # a document's text
}


def read_in_child(path: Path, reader: str = "stakeholders") -> subprocess.CompletedProcess[str]:
    """``reader``'s read of ``path`` in a child process limited to 1.5 GB (so an abort
    stays there); it prints the UserError, if any."""
    module, function = READER_FUNCTIONS[reader].split(":")
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))\n"
        "from pathlib import Path\n"
        "from cwd_desktop.errors import UserError\n"
        f"from {module} import {function} as read\n"
        "try:\n"
        "    read(Path(sys.argv[1]))\n"
        "except UserError as exc:\n"
        "    print('UserError:', exc)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("reader", sorted(READER_FUNCTIONS))
def test_a_cell_at_the_end_of_the_sheet_does_not_abort_the_process(
    tmp_path: Path, reader: str
) -> None:
    """Was: calamine asked for 512 GiB for the rectangle up to XFD1048576 and aborted.
    ``sheet_guard`` reads the extent first (the survey reader per slice) and refuses it."""
    path = tmp_path / "rejestr.xlsx"
    members = read_members(xlsx([["Nazwa", "Kategoria"], ["OSP Rogity", "osp"]]))
    members[SHEET] = members[SHEET].replace(b'r="B2"', b'r="XFD1048576"')
    path.write_bytes(write_members(list(members.items())))

    done = read_in_child(path, reader)

    assert done.returncode == 0, done.stderr[:300]
    assert done.stdout.startswith("UserError:")
    assert "XFD1048576" in done.stdout


def test_a_far_cell_on_a_later_sheet_of_a_knowledge_document_is_refused(
    tmp_path: Path,
) -> None:
    """The knowledge base reads every sheet for search, not just the first: each is checked."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Gmina", "Uwagi"])
    second = book.create_sheet("Drugi")
    second.append(["Frombork", "klaster"])
    path = tmp_path / "raport.xlsx"
    book.save(path)
    members = read_members(path.read_bytes())
    members["xl/worksheets/sheet2.xml"] = members["xl/worksheets/sheet2.xml"].replace(
        b'r="B1"', b'r="XFD1048576"'
    )
    path.write_bytes(write_members(list(members.items())))

    done = read_in_child(path, "knowledge")

    assert done.returncode == 0, done.stderr[:300]
    assert done.stdout.startswith("UserError:")
    assert "XFD1048576" in done.stdout


def test_a_damaged_xls_does_not_exhaust_memory() -> None:
    """Was: calamine reserved ~4 GB for a mini FAT length the damaged header states.
    ``xls_guard`` checks the compound file's numbers against its size first (and on
    Linux the file is read in a memory-limited child process besides)."""
    done = read_in_child(REGRESSIONS / "uszkodzony.xls")

    assert done.returncode == 0, done.stderr[:300]
    assert done.stdout.startswith("UserError:")


def test_an_ods_repeating_empty_rows_before_a_filled_one_does_not_exhaust_memory(
    tmp_path: Path,
) -> None:
    """calamine keeps empty rows repeated before a filled one: a million of them, at
    13 columns, took 1 GB. The repeat counts are summed first and such a sheet refused."""
    with zipfile.ZipFile(SEEDS / "rejestr.ods") as seed:
        members = {info.filename: seed.read(info) for info in seed.infolist()}
    filled = b'<table:table-row><table:table-cell office:value-type="string"><text:p>x</text:p>'
    members["content.xml"] = members["content.xml"].replace(
        b"</table:table>",
        b'<table:table-row table:number-rows-repeated="1000000"><table:table-cell/>'
        b"</table:table-row>" + filled + b"</table:table-cell></table:table-row></table:table>",
        1,
    )
    path = tmp_path / "rejestr.ods"
    path.write_bytes(write_members(list(members.items())))

    done = read_in_child(path)

    assert done.returncode == 0, done.stderr[:300]
    assert done.stdout.startswith("UserError:")
    assert "M2048577" in done.stdout, done.stdout  # 4 rows, LibreOffice's 1048572 empty, ours


def test_a_nan_number_cell_in_an_indicator_xlsx_is_a_clear_error(
    services: Services, pid: str, tmp_path: Path
) -> None:
    """Was: parse_number returned NaN, which SQLite stores as NULL: a BugError on the
    NOT NULL value column. NaN and infinity are now "not a number"."""
    path = tmp_path / "bezrobocie.xlsx"
    data = xlsx([["Kod", "Nazwa", "2023", "2024"], ["042811402011", "Braniewo (1)", 12.1, 11.6]])
    path.write_bytes(with_cell_value(data, "C2", b"NaN"))
    before = counts(services.store, ["indicator", "indicator_value"])

    with pytest.raises(UserError) as raised:
        import_indicators(services, pid, path)

    check_message(raised.value)
    assert counts(services.store, ["indicator", "indicator_value"]) == before


def test_an_infinite_number_is_not_stored_as_an_indicator_value(
    services: Services, pid: str, tmp_path: Path
) -> None:
    """Was: "1e999" was stored as an infinite indicator value."""
    path = tmp_path / "bezrobocie.csv"
    path.write_text("Kod;Nazwa;2023;2024\n042811402011;Braniewo (1);12,1;1e999\n")

    with pytest.raises(UserError) as raised:
        import_indicators(services, pid, path)

    assert "1e999" in str(raised.value)


# -- bundles -------------------------------------------------------------------------------


@pytest.fixture
def bundle(tmp_path: Path) -> BaseBundle:
    """A colleague's export: a partnership, a stakeholder, an indicator value."""
    set_key("k" * 32)
    folder = tmp_path / "anna"
    folder.mkdir()
    source = Services(open_store(folder))
    try:
        pid = source.partnerships.create(DEMO_PARTNERSHIPS[0])
        source.records.create("stakeholder", pid, {"name": "OSP Rogity", "category": "osp"})
        indicator = source.records.create("indicator", pid, {"name": "Ludność", "unit": "osoba"})
        source.records.create(
            "indicator_value",
            pid,
            {"indicator_id": indicator, "teryt": "2802011", "year": 2024, "value": 16158.0},
        )
        path = folder / "anna.cwdsync"
        export_bundle(source.store, path)
        return BaseBundle.read(path.read_bytes(), require_key())
    finally:
        source.store.close()


def resigned(base: BaseBundle, folder: Path, table: str, column: str, value: Any) -> Path:
    """The bundle with ``column`` of the first insert into ``table`` set to ``value``,
    signed again with the team key (the parser and the writes, not the signature, decide)."""
    mutations = copy.deepcopy(base.mutations)
    first = next(m for m in mutations if m["table"] == table and m["op"] == "insert")
    first["changes"][column] = {"old": None, "new": value}
    jsonl = "".join(json.dumps(m) + "\n" for m in mutations).encode()
    members = [(MANIFEST, json.dumps(base.manifest).encode()), (MUTATIONS, jsonl)]
    hashes = {name: hashlib.sha256(content).hexdigest() for name, content in members}
    members.append((SIGNATURE, sign_bundle(base.key, hashes).encode()))
    path = folder / "pakiet.cwdsync"
    path.write_bytes(write_members(members))
    return path


def refused_whole(services: Services, path: Path) -> UserError:
    """Import ``path``, expecting a clear refusal that leaves the store as it was."""
    before = counts(services.store, TABLES)
    with pytest.raises(UserError) as raised:
        import_bundle(services.store, path)
    check_message(raised.value)
    assert counts(services.store, TABLES) == before
    return raised.value


def test_a_bundle_integer_beyond_sqlite_is_a_clear_error(
    services: Services, bundle: BaseBundle, tmp_path: Path
) -> None:
    refused_whole(services, resigned(bundle, tmp_path, "stakeholder", "influence", 2**63))


def test_a_bundle_integer_too_big_for_a_float_column_is_a_clear_error(
    services: Services, bundle: BaseBundle, tmp_path: Path
) -> None:
    refused_whole(services, resigned(bundle, tmp_path, "indicator_value", "value", 10**400))


def test_a_bundle_timestamp_at_the_end_of_time_is_a_clear_error(
    services: Services, bundle: BaseBundle, tmp_path: Path
) -> None:
    moment = "9999-12-31T23:59:59-14:00"
    refused_whole(services, resigned(bundle, tmp_path, "stakeholder", "deleted_at", moment))


def test_a_bundle_boolean_that_is_no_boolean_is_a_clear_error(
    services: Services, bundle: BaseBundle, tmp_path: Path
) -> None:
    refused_whole(services, resigned(bundle, tmp_path, "partnership", "crit_area", 2))


def test_a_bundle_row_without_a_required_value_is_not_called_a_duplicate(
    services: Services, bundle: BaseBundle, tmp_path: Path
) -> None:
    error = refused_whole(services, resigned(bundle, tmp_path, "stakeholder", "name", None))

    assert "powiela" not in str(error)

"""Minimal reproducers of the bugs the fuzzers found, one plain test each.

Each is a strict xfail until its bug is fixed: then it passes, the strict
mark fails the run, and the fix removes the mark here and the bug's entry
in ``known_bugs.py`` (the fuzzers count hits of a listed bug instead of
failing). Every test states the behaviour the property asks for: a clear
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
from tests.fuzz.strategies import SHEET, read_members, write_members

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


@pytest.mark.xfail(
    strict=True,
    reason="UserError messages quote file values as they are: a header typed with Alt+Enter "
    "(a line break in the cell) splits the one-sentence message over several lines",
)
def test_a_line_break_in_a_cell_splits_the_message(
    services: Services, pid: str, tmp_path: Path
) -> None:
    path = tmp_path / "rejestr.csv"
    path.write_bytes(b'"Rodzaj\npodmiotu";Gmina\r\nOSP;Braniewo\r\n')

    with pytest.raises(UserError) as raised:
        import_stakeholders(services, pid, path)

    assert "\n" not in str(raised.value)


# -- text files ----------------------------------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="tabular.decode_text accepts NUL bytes (a damaged or UTF-16 file): the row is "
    "imported and a stakeholder name holding a NUL is stored",
)
def test_a_nul_byte_in_a_csv_is_stored_as_text(
    services: Services, pid: str, tmp_path: Path
) -> None:
    path = tmp_path / "rejestr.csv"
    path.write_bytes(b"Nazwa;Kategoria\r\nOSP\x00 Rogity;osp\r\n")
    before = counts(services.store, ["stakeholder"])

    with pytest.raises(UserError) as raised:
        import_stakeholders(services, pid, path)

    check_message(raised.value)
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


@pytest.mark.xfail(
    strict=True,
    reason="survey_import/stream.py _XlsxSlicer.open does not catch zlib.error (nor "
    "EOFError) when a zip member's compressed data is damaged; it runs before the try "
    "in row_slices, so the error escapes parse_survey",
)
def test_a_corrupt_deflate_stream_in_a_survey_xlsx_is_a_clear_error(tmp_path: Path) -> None:
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


@pytest.mark.xfail(
    strict=True,
    reason="python-calamine panics (pyo3 PanicException) on some damaged files: here "
    "'TimeDelta::milliseconds out of bounds' for a date-formatted cell holding -inf (a "
    "damaged XLS gives 'range end index … out of range' in cfb.rs); PanicException is a "
    "BaseException, so the 'except Exception' in tabular.read_sheet and stream.row_slices "
    "lets it through",
)
@pytest.mark.parametrize("reader", sorted(READERS))
def test_a_panic_in_calamine_is_a_clear_error(tmp_path: Path, reader: str) -> None:
    path = tmp_path / "plik.xlsx"
    data = xlsx([["Nazwa", "Data zgody", "2020"], ["OSP Rogity", datetime(2024, 3, 1), 5]])
    path.write_bytes(with_cell_value(data, "B2", b"-inf"))

    with pytest.raises(UserError) as raised:
        READERS[reader](path)

    check_message(raised.value)


def read_in_child(path: Path) -> subprocess.CompletedProcess[str]:
    """``read_table(path)`` in a child process limited to 1.5 GB (so an abort stays there)."""
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))\n"
        "from pathlib import Path\n"
        "from cwd_desktop.errors import UserError\n"
        "from cwd_desktop.services.stakeholder_import import read_table\n"
        "try:\n"
        "    read_table(Path(sys.argv[1]))\n"
        "except UserError as exc:\n"
        "    print('UserError:', exc)\n"
    )
    return subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=120
    )


@pytest.mark.xfail(
    strict=True,
    reason="python-calamine allocates the whole range up to the farthest cell: an XLSX of "
    "5 KB with one cell at XFD1048576 makes CalamineWorkbook ask for 512 GiB and abort the "
    "process (tabular.read_sheet; no exception, no crash dialog, unsaved work lost)",
)
def test_a_cell_at_the_end_of_the_sheet_does_not_abort_the_process(tmp_path: Path) -> None:
    path = tmp_path / "rejestr.xlsx"
    members = read_members(xlsx([["Nazwa", "Kategoria"], ["OSP Rogity", "osp"]]))
    members[SHEET] = members[SHEET].replace(b'r="B2"', b'r="XFD1048576"')
    path.write_bytes(write_members(list(members.items())))

    done = read_in_child(path)

    assert done.returncode == 0, done.stderr[:300]
    assert done.stdout.startswith("UserError:")


@pytest.mark.xfail(
    strict=True,
    reason="python-calamine trusts the sizes in a damaged XLS: this 6.5 KB file (LibreOffice's "
    "XLS with a few bytes cut out) makes CalamineWorkbook.from_filelike (tabular.read_sheet) "
    "ask for ~4 GB; with no limit the process grew past 24 GB and the OOM killer ended it",
)
def test_a_damaged_xls_does_not_exhaust_memory() -> None:
    done = read_in_child(REGRESSIONS / "uszkodzony.xls")

    assert done.returncode == 0, done.stderr[:300]
    assert done.stdout.startswith("UserError:")


@pytest.mark.xfail(
    strict=True,
    reason="diagnosis_reads.parse_number returns float('nan') for a NaN number cell "
    "(<v>NaN</v>, read by calamine as a float); write_indicators then fails on "
    "indicator_value.value NOT NULL (SQLite stores NaN as NULL): BugError, not UserError",
)
def test_a_nan_number_cell_in_an_indicator_xlsx_is_a_clear_error(
    services: Services, pid: str, tmp_path: Path
) -> None:
    path = tmp_path / "bezrobocie.xlsx"
    data = xlsx([["Kod", "Nazwa", "2023", "2024"], ["042811402011", "Braniewo (1)", 12.1, 11.6]])
    path.write_bytes(with_cell_value(data, "C2", b"NaN"))
    before = counts(services.store, ["indicator", "indicator_value"])

    with pytest.raises(UserError) as raised:
        import_indicators(services, pid, path)

    check_message(raised.value)
    assert counts(services.store, ["indicator", "indicator_value"]) == before


@pytest.mark.xfail(
    strict=True,
    reason="diagnosis_reads.parse_number accepts '1e999' (and an XLSX inf): an infinite "
    "value is stored as an indicator value instead of being refused as no number",
)
def test_an_infinite_number_is_not_stored_as_an_indicator_value(
    services: Services, pid: str, tmp_path: Path
) -> None:
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


@pytest.mark.xfail(
    strict=True,
    reason="bundle_apply._valid_change accepts any Python int for an Integer column; "
    "2**63 reaches SQLite in sync.local.apply_rows: OverflowError 'Python int too large to "
    "convert to SQLite INTEGER'",
)
def test_a_bundle_integer_beyond_sqlite_is_a_clear_error(
    services: Services, bundle: BaseBundle, tmp_path: Path
) -> None:
    refused_whole(services, resigned(bundle, tmp_path, "stakeholder", "influence", 2**63))


@pytest.mark.xfail(
    strict=True,
    reason="bundle_apply._valid_change calls codec.from_json, whose float() raises "
    "OverflowError ('int too large to convert to float') for 10**400 in a Float column; "
    "only ValueError, TypeError and binascii.Error are caught",
)
def test_a_bundle_integer_too_big_for_a_float_column_is_a_clear_error(
    services: Services, bundle: BaseBundle, tmp_path: Path
) -> None:
    refused_whole(services, resigned(bundle, tmp_path, "indicator_value", "value", 10**400))


@pytest.mark.xfail(
    strict=True,
    reason="a timestamp that parses but leaves the calendar in UTC "
    "('9999-12-31T23:59:59-14:00') passes _valid_change; binding it raises "
    "StatementError(OverflowError 'date value out of range'), which Store.unit_of_work "
    "does not turn into a UserError (the same for a mutation's created_at)",
)
def test_a_bundle_timestamp_at_the_end_of_time_is_a_clear_error(
    services: Services, bundle: BaseBundle, tmp_path: Path
) -> None:
    moment = "9999-12-31T23:59:59-14:00"
    refused_whole(services, resigned(bundle, tmp_path, "stakeholder", "deleted_at", moment))


@pytest.mark.xfail(
    strict=True,
    reason="_valid_change accepts 2 for a Boolean column (codec.from_json returns bool(2)), "
    "but the row is written with the JSON value: SQLAlchemy's Boolean raises "
    "StatementError(ValueError 'Value 2 is not None, True, or False')",
)
def test_a_bundle_boolean_that_is_no_boolean_is_a_clear_error(
    services: Services, bundle: BaseBundle, tmp_path: Path
) -> None:
    refused_whole(services, resigned(bundle, tmp_path, "partnership", "crit_area", 2))


@pytest.mark.xfail(
    strict=True,
    reason="bundle_apply._Import._write turns every IntegrityError into 'rekord … powiela "
    "rekord z tego komputera … zmień skrót nazwy': a NOT NULL failure (a stakeholder "
    "without a name) is reported as a duplicate short name",
)
def test_a_bundle_row_without_a_required_value_is_not_called_a_duplicate(
    services: Services, bundle: BaseBundle, tmp_path: Path
) -> None:
    error = refused_whole(services, resigned(bundle, tmp_path, "stakeholder", "name", None))

    assert "powiela" not in str(error)

"""Spreadsheets that would make python-calamine exhaust the memory are refused first.

calamine aborts the whole process when an allocation fails, so none of these
tests lets it read a dangerous file in this process: the guards are called
directly (they never call calamine), and what calamine does with such a file
is only ever tried in a child process (``isolated``), where an abort is the
expected outcome.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from cwd_desktop.errors import UserError
from cwd_desktop.services import isolated, sheet_guard, tabular
from cwd_desktop.services.sheet_guard import check_sheet, check_slice
from cwd_desktop.services.survey_import import parse_survey
from cwd_desktop.services.xls_guard import check_xls

SEEDS = Path(__file__).resolve().parents[1] / "fuzz" / "seeds"
DAMAGED_XLS = Path(__file__).resolve().parents[1] / "fuzz" / "regressions" / "uszkodzony.xls"
SHEET = "xl/worksheets/sheet1.xml"


def xlsx(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_sheet_data(data: bytes, rows: bytes) -> bytes:
    """The workbook with its first sheet's ``<sheetData>`` holding ``rows``."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == SHEET:
                content = re.sub(
                    rb"<sheetData>.*</sheetData>",
                    b"<sheetData>" + rows + b"</sheetData>",
                    content,
                    flags=re.S,
                )
            out.writestr(info, content)
    return buffer.getvalue()


def refusal(path: Path, data: bytes) -> str:
    with pytest.raises(UserError) as raised:
        check_sheet(path, data)
    message = str(raised.value)
    assert path.name in message and "\n" not in message
    return message


# -- XLSX -----------------------------------------------------------------------------------

BASE = xlsx([["Nazwa", "Kategoria"], ["OSP Rogity", "osp"]])


def test_an_ordinary_workbook_passes_and_reads(tmp_path: Path) -> None:
    rows = [["Lp.", *[f"Pytanie {i}" for i in range(1, 41)]]]
    rows += [[n, *[f"odp. {n % 7}" for _ in range(40)]] for n in range(1, 3001)]
    data = xlsx(rows)
    path = tmp_path / "ankieta.xlsx"

    check_sheet(path, data)  # 40 columns (up to AO), 3,001 rows: nothing to refuse

    assert tabular.read_sheet(path, data)[3000][40] == "odp. 4"


@pytest.mark.parametrize(
    ("rows", "farthest"),
    [
        # One cell at the end of the grid: calamine asks for 512 GiB.
        (
            b'<row r="1"><c r="A1" t="str"><v>x</v></c><c r="XFD1048576"><v>1</v></c></row>',
            "XFD1048576",
        ),
        # The same written less usually: r not first, lower case, single quotes, a prefix.
        (b'<row r="1"><c t="n" r="xfd1048576"><v>1</v></c></row>', "XFD1048576"),
        (b"<row r='1'><c r='A1'><v>1</v></c><c r='ZZ999999'><v>1</v></c></row>", "ZZ999999"),
        (
            b'<row r="1"><x:c r="A1"><v>1</v></x:c><x:c r="AAA90000"><v>1</v></x:c></row>',
            "AAA90000",
        ),
        # No r on the cells: the row's number and the count of cells place them.
        (
            b'<row r="1"><c r="ZZZ1"><v>1</v></c></row><row r="900000"><c><v>1</v></c></row>',
            "ZZZ900000",
        ),
    ],
)
def test_a_cell_far_away_is_refused_naming_it(tmp_path: Path, rows: bytes, farthest: str) -> None:
    message = refusal(tmp_path / "rejestr.xlsx", with_sheet_data(BASE, rows))

    assert f"do komórki {farthest}," in message


def test_an_empty_cell_far_away_is_no_reason_to_refuse(tmp_path: Path) -> None:
    """calamine skips cells without a value (a formatted, empty cell)."""
    rows = (
        b'<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576" s="1"/></row>'
    )

    check_sheet(tmp_path / "rejestr.xlsx", with_sheet_data(BASE, rows))


def test_a_cell_reference_calamine_cannot_read_means_a_damaged_file(tmp_path: Path) -> None:
    message = refusal(
        tmp_path / "rejestr.xlsx", with_sheet_data(BASE, b'<row r="1"><c r="12"><v>1</v></c></row>')
    )

    assert message == "Plik „rejestr.xlsx” nie jest skoroszytem (XLSX), który można odczytać."


def test_a_second_sheet_calamine_does_not_read_is_not_judged(tmp_path: Path) -> None:
    book = Workbook()
    first = book.active
    assert first is not None
    first.append(["Nazwa"])
    book.create_sheet("Słowniki")["XFD1048576"] = "x"
    buffer = io.BytesIO()
    book.save(buffer)

    check_sheet(tmp_path / "rejestr.xlsx", buffer.getvalue())


def test_a_usual_slice_passes_and_an_unusual_one_is_judged_cell_by_cell(tmp_path: Path) -> None:
    path = tmp_path / "ankieta.xlsx"
    rows = b"".join(
        b'<row r="%d"><c r="A%d"><v>1</v></c><c r="AB%d" t="s"><v>2</v></c></row>' % (n, n, n)
        for n in range(9990, 10020)
    )
    check_slice(path, rows)
    check_slice(path, rows.replace(b'r="AB10000"', b'r="AB10500"'))  # 531 rows: fine

    with pytest.raises(UserError, match="do komórki AB900000,"):
        check_slice(path, rows.replace(b'r="AB10000"', b'r="AB900000"'))
    with pytest.raises(UserError, match="do komórki XFD900000,"):
        check_slice(path, rows.replace(b'<c r="A10001">', b'<x:c r="XFD900000">'))


def test_the_survey_reader_refuses_a_far_cell_in_a_slice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The survey import reads an XLSX slice by slice: each slice is judged before calamine
    reads it (here the guard refuses; were it not, calamine would abort this process)."""
    from cwd_desktop.services.survey_import import stream

    monkeypatch.setattr(stream, "SLICE_BYTES", 200)
    header = '<c r="A1" t="inlineStr"><is><t>Płeć</t></is></c><c r="B1" t="inlineStr">'
    header += "<is><t>Wiek</t></is></c>"
    answers = b'<c r="A%d" t="inlineStr"><is><t>Kobieta</t></is></c><c r="B%d"><v>34</v></c>'
    rows = [b'<row r="1">' + header.encode() + b"</row>"]
    rows += [b'<row r="%d">' % n + answers % (n, n) + b"</row>" for n in range(2, 61)]
    data = with_sheet_data(BASE, b"".join(rows).replace(b'<c r="B40">', b'<c r="XFD1048576">'))
    path = tmp_path / "ankieta.xlsx"
    path.write_bytes(data)

    with pytest.raises(UserError, match="do komórki XFD1048576,"):
        parse_survey(path)


def test_row_number_patterns_match_exactly_their_range() -> None:
    for low, high in [
        (1, 1),
        (1, 1500),
        (9001, 10500),
        (19001, 20500),
        (99999, 100000),
        (7, 1048576),
    ]:
        pattern = re.compile(sheet_guard._range_pattern(low, high))
        probes = {1, 9, 10, 99, 100, 999, 1000, 1048577, 2000000}
        probes |= {low - 1, low, low + 1, high - 1, high, high + 1, (low + high) // 2}
        for number in probes:
            if number > 0:
                assert bool(pattern.fullmatch(str(number))) == (low <= number <= high), (
                    low,
                    high,
                    number,
                )


# -- ODS ------------------------------------------------------------------------------------


def ods_with_rows(extra: bytes) -> bytes:
    """The stakeholder seed (LibreOffice: 4 rows, 13 columns, then a million empty rows)
    with ``extra`` rows after those."""
    source = zipfile.ZipFile(SEEDS / "rejestr.ods")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "content.xml":
                content = content.replace(b"</table:table>", extra + b"</table:table>", 1)
            out.writestr(info, content)
    return buffer.getvalue()


FILLED = (
    b'<table:table-cell office:value-type="float" office:value="1">'
    b"<text:p>1</text:p></table:table-cell>"
)


def test_libreoffice_s_trailing_empty_rows_are_no_reason_to_refuse(tmp_path: Path) -> None:
    for seed in sorted(SEEDS.glob("*.ods")):
        check_sheet(tmp_path / seed.name, seed.read_bytes())


def test_an_ods_filled_after_a_million_empty_rows_is_refused(tmp_path: Path) -> None:
    data = ods_with_rows(b"<table:table-row>" + FILLED + b"</table:table-row>")

    message = refusal(tmp_path / "rejestr.ods", data)

    assert "do komórki M1048577," in message


def test_an_ods_cell_repeated_across_the_grid_is_refused(tmp_path: Path) -> None:
    repeated = FILLED.replace(
        b"<table:table-cell ", b'<table:table-cell table:number-columns-repeated="16384" '
    )
    data = ods_with_rows(
        b'<table:table-row table:number-rows-repeated="1000">' + repeated + b"</table:table-row>"
    )

    assert "do komórki XFD" in refusal(tmp_path / "rejestr.ods", data)


# -- XLS ------------------------------------------------------------------------------------


def patched(data: bytes, old: bytes, new: bytes) -> bytes:
    assert data.count(old) == 1
    return data.replace(old, new)


def test_libreoffice_s_xls_files_pass(tmp_path: Path) -> None:
    for seed in sorted(SEEDS.glob("*.xls")):
        check_xls(tmp_path / seed.name, seed.read_bytes())


def test_a_damaged_compound_file_is_refused() -> None:
    with pytest.raises(UserError, match="nie jest skoroszytem \\(XLS\\)"):
        check_xls(DAMAGED_XLS, DAMAGED_XLS.read_bytes())


def test_an_xls_dimensions_record_claiming_billions_of_cells_is_refused(tmp_path: Path) -> None:
    """calamine reserves room for the cells DIMENSIONS states before reading one."""
    seed = (SEEDS / "rejestr.xls").read_bytes()
    dimensions = b"\x00\x02\x0e\x00" + bytes.fromhex("000000000400000000000d000000")
    huge = b"\x00\x02\x0e\x00" + struct.pack("<IIHHH", 0, 0x00F0_0000, 0, 0x4000, 0)

    with pytest.raises(UserError, match="do komórki XFD15728640,"):
        check_xls(tmp_path / "rejestr.xls", patched(seed, dimensions, huge))


def test_an_xls_cell_record_far_away_is_refused(tmp_path: Path) -> None:
    """One stray LABELSST at row 65,536, column 65,536: a rectangle of 4 billion cells."""
    seed = (SEEDS / "rejestr.xls").read_bytes()
    cell = b"\xfd\x00\x0a\x00" + bytes.fromhex("03000b000f001d000000")
    far = b"\xfd\x00\x0a\x00" + bytes.fromhex("ffffffff0f001d000000")

    with pytest.raises(UserError, match="do komórki CRXP65536,"):
        check_xls(tmp_path / "rejestr.xls", patched(seed, cell, far))


# -- the child process -----------------------------------------------------------------------

needs_isolation = pytest.mark.skipif(
    not isolated.available(), reason="Linux only: fork + RLIMIT_AS"
)


@needs_isolation
def test_a_child_s_answer_comes_back() -> None:
    assert isolated.call(sorted, [3, 1, 2]) == [1, 2, 3]


@needs_isolation
def test_a_child_that_aborts_or_fails_is_reported_not_fatal() -> None:
    import os

    with pytest.raises(isolated.ChildDied):
        isolated.call(os.abort)
    with pytest.raises(isolated.ChildDied):
        isolated.call(bytearray, isolated.MEMORY_BUDGET * 2)  # MemoryError under the limit


@needs_isolation
def test_calamine_aborting_on_a_far_cell_takes_only_the_child() -> None:
    """What the guard prevents, let happen where it can: calamine asks for 512 GiB, the
    allocation fails, the child aborts, and this process carries on."""
    data = with_sheet_data(
        BASE, b'<row r="1"><c r="A1"><v>1</v></c><c r="XFD1048576"><v>1</v></c></row>'
    )

    with pytest.raises(isolated.ChildDied):
        isolated.call(tabular.first_sheet, data)


@needs_isolation
def test_an_xls_and_an_ods_read_in_a_child_as_in_this_process(tmp_path: Path) -> None:
    for seed in sorted(SEEDS.glob("rejestr.*")):
        data = seed.read_bytes()
        outcome, rows = tabular.first_sheet(data)
        assert outcome == "rows"
        assert tabular.read_sheet(seed, data) == rows


@needs_isolation
def test_a_child_dying_reading_an_xls_is_one_clear_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    monkeypatch.setattr(tabular, "first_sheet", lambda data: os.abort())
    path = tmp_path / "rejestr.xls"

    with pytest.raises(UserError) as raised:
        tabular.read_sheet(path, (SEEDS / "rejestr.xls").read_bytes())

    assert str(raised.value).startswith("Odczyt pliku „rejestr.xls” wymagałby zbyt wiele pamięci")

"""Refusing spreadsheets whose extent would make python-calamine exhaust the memory.

calamine keeps a sheet as one dense rectangle from its first to its last
cell, 32 bytes a cell, and when an allocation fails it aborts the whole
process: no exception, no crash dialog, unsaved work lost. One cell at
XFD1048576 in a 5 KB XLSX asks for 512 GiB; an ODS that repeats an empty
row a million times before a filled one asks for gigabytes. So before
calamine sees a sheet, its extent is read from the XML (the cells' ``r``
attributes, the ODS repeat counts) and a sheet of more than ``MAX_CELLS``
is refused with one sentence naming its farthest cell. XLS files are
checked by ``xls_guard``; XLS and ODS are also read in a child process
where that is possible (``tabular.read_sheet``).

The survey import reads an XLSX in slices of rows (``survey_import.stream``):
``check_slice`` judges one slice, cheaply for the usual layout (every cell
with a plain ``r`` within the slice's rows), exactly otherwise.
"""

from __future__ import annotations

import functools
import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.tabular import NOT_A_WORKBOOK, column_letter, file_error

#: The most cells (rows × columns, from A1) a sheet may span: 320 MB in calamine.
MAX_CELLS = 10_000_000
#: Bytes of XML scanned at a time.
CHUNK = 2 << 20
#: Columns of a two-letter reference (A … ZZ).
_TWO_LETTERS = 26 + 26 * 26

TOO_BIG = QT_TRANSLATE_NOOP(
    "errors",
    "Arkusz w pliku „{file}” sięga aż do komórki {cell}, za daleko, by go odczytać; usuń "
    "zbędne wiersze i kolumny albo skopiuj dane do nowego skoroszytu.",
)


class _Damaged(Exception):
    """A cell reference calamine would refuse or misread: the file is damaged."""


@dataclass
class Extent:
    """Where the filled cells of a sheet lie (0-based), as far as the scan has seen."""

    first_row: int | None = None
    last_row: int = -1
    last_column: int = -1

    def add(self, row: int, column: int, rows: int = 1, columns: int = 1) -> None:
        """A block of ``rows`` × ``columns`` filled cells at (``row``, ``column``)."""
        if self.first_row is None or row < self.first_row:
            self.first_row = row
        self.last_row = max(self.last_row, row + rows - 1)
        self.last_column = max(self.last_column, column + columns - 1)

    def cells(self, from_top: bool) -> int:
        """Cells of the rectangle calamine and ``to_python`` build.

        A whole sheet is read with its blank top rows (``from_top``); a slice
        from its first filled row. Both pad rows with the leading columns.
        """
        if self.first_row is None:
            return 0
        rows = self.last_row + 1 if from_top else self.last_row - self.first_row + 1
        return rows * (self.last_column + 1)

    def check(self, path: Path, from_top: bool = True) -> None:
        """Refuse a sheet bigger than ``MAX_CELLS``, naming its farthest cell."""
        if self.cells(from_top) > MAX_CELLS:
            raise file_error(path, TOO_BIG, cell=farthest(self))


def check_sheet(path: Path, data: bytes) -> None:
    """Refuse an XLSX or ODS whose first sheet calamine could not hold (XLS: ``xls_guard``)."""
    suffix = path.suffix.lower()
    if suffix == ".xls":
        from cwd_desktop.services.xls_guard import check_xls

        check_xls(path, data)
        return
    kind = suffix.lstrip(".").upper()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        if suffix == ".ods":
            if "content.xml" in archive.namelist():
                with archive.open("content.xml") as stream:
                    _check_ods(path, stream)
            return
        for part in _first_sheet_parts(archive):
            _check_xlsx_part(path, archive, part)
    except UserError:
        raise
    except Exception as exc:  # a damaged zip member: zlib, CRC, an odd compression
        raise file_error(path, NOT_A_WORKBOOK, kind=kind) from exc


def check_every_sheet(path: Path, data: bytes) -> None:
    """``check_sheet`` for a reader of every sheet (the knowledge base's text of a workbook).

    ODS tables are all counted by ``check_sheet`` already and XLS has its own
    guard; an XLSX gets each worksheet part checked, not just the first.
    """
    suffix = path.suffix.lower()
    check_sheet(path, data)
    if suffix in (".xls", ".ods"):
        return
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = {
            name
            for name in archive.namelist()
            if name.lower().replace("\\", "/").startswith("xl/worksheets/")
            and name.lower().endswith(".xml")
        }
        for part in sorted(parts):
            _check_xlsx_part(path, archive, part)
    except UserError:
        raise
    except Exception as exc:  # a damaged zip member: zlib, CRC, an odd compression
        raise file_error(path, NOT_A_WORKBOOK, kind=suffix.lstrip(".").upper()) from exc


def check_slice(path: Path, rows: bytes) -> None:
    """Refuse a slice of an XLSX sheet's rows whose cells span more than ``MAX_CELLS``.

    The usual slice (every cell a ``<c r="…">`` within the rows of the slice,
    at most two letters) is judged by one regular-expression search; any
    other is scanned cell by cell, as calamine will read it.
    """
    bound = _usual_bound(rows, whole=False)
    if bound is not None and (bound.high - bound.low + 1) * bound.columns <= MAX_CELLS:
        return
    scan = _XlsxScan()
    try:
        scan.feed(rows)
    except _Damaged as exc:
        raise file_error(path, NOT_A_WORKBOOK, kind=path.suffix.lstrip(".").upper()) from exc
    scan.extent.check(path, from_top=False)


# -- XLSX -------------------------------------------------------------------------------------

#: Start and end tags of rows and cells, any namespace prefix: (slash, name, the ``r`` when
#: it comes first in double quotes, the other attributes).
_TAG = re.compile(rb'<(/?)(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s/>])(?:\s+r="([^"]*)")?([^>]*)>')
_R = re.compile(rb"""(?:^|\s)r\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_REF = re.compile(rb"([A-Za-z]{1,3})([0-9]{1,7})")
_FIRST_ROW = re.compile(rb'<row r="([1-9][0-9]{0,6})"')


class _XlsxScan:
    """Cell positions as calamine's XLSX reader finds them, fed the sheet XML in order.

    A ``<row r>`` sets the row, ``</row>`` moves to the next; a ``<c>`` takes
    its ``r`` or the next column. Empty elements (``<c/>``, ``<row/>``) are
    skipped, as calamine skips them; a cell without a value is counted
    (a little more than calamine keeps, never less).
    """

    def __init__(self) -> None:
        self.extent = Extent()
        self._row = 0
        self._column = 0

    def feed(self, xml: bytes) -> None:
        """Scan complete tags (a chunk must not end inside one)."""
        row, column = self._row, self._column
        first, last_row, last_column = self.extent.first_row, self.extent.last_row, -1
        for closing, name, ref, rest in _TAG.findall(xml):
            if closing:
                if name == b"row":
                    row, column = row + 1, 0
                continue
            if rest.endswith(b"/"):
                continue
            if not ref:
                ref = _r(rest)
            if name == b"row":
                if ref and ref.isdigit():
                    row = max(int(ref) - 1, 0)
                continue
            if ref:
                match = _REF.fullmatch(ref)
                if match is None or not int(match[2]):
                    raise _Damaged(ref)  # calamine refuses it, or misreads it past the grid
                at, column = int(match[2]) - 1, _column(match[1])
            else:
                at = row
            if first is None or at < first:
                first = at
            if at > last_row:
                last_row = at
            if column > last_column:
                last_column = column
            column += 1
        self._row, self._column = row, column
        if first is not None:
            self.extent.add(first, 0)
            self.extent.add(last_row, max(last_column, 0))


def _r(attributes: bytes) -> bytes:
    """The value of the ``r`` attribute written elsewhere than first ("" when none)."""
    found = _R.findall(attributes)
    if not found:
        return b""
    double, single = found[-1]
    return bytes(double or single)


@functools.lru_cache(maxsize=1024)
def _column(letters: bytes) -> int:
    """The 0-based index of a column's letters (``A`` 0, ``AB`` 27), any letter case."""
    column = 0
    for letter in letters.upper():
        column = column * 26 + letter - 64
    return column - 1


@dataclass(frozen=True)
class _Bound:
    """Rows ``low``…``high`` (1-based) and at most ``columns`` columns hold every cell."""

    low: int
    high: int
    columns: int


def _usual_bound(rows: bytes, whole: bool) -> _Bound | None:
    """Where the cells of usual sheet XML lie, judged without work per cell in Python.

    Usual: every cell is ``<c r="XY123"`` with a row number among the rows
    the XML holds (first and last ``<row r>``) and at most two letters. A
    regular expression searches for a cell that is not so; None when it
    finds one (the caller then scans cell by cell). ``columns`` is 702 (ZZ)
    for a slice of few rows, else (and for a ``whole`` sheet's piece, whose
    rows count from the top) the farthest column found.
    """
    first = _FIRST_ROW.search(rows)
    if first is None:
        return _Bound(1, 0, 0) if _ANY_CELL.search(rows) is None else None
    last = _FIRST_ROW.match(rows, rows.rfind(b'<row r="'))
    if last is None or _PREFIXED_CELL.search(rows):
        return None
    low, high = sorted((int(first[1]), int(last[1])))
    if _unusual_cell(_range_pattern(low, high)).search(rows):
        return None
    if not whole and (high - low + 1) * _TWO_LETTERS <= MAX_CELLS:
        return _Bound(low, high, _TWO_LETTERS)
    # Many rows: the farthest column, from the few cells past Z (none in a narrow sheet).
    letters = set(_TWO_LETTER_CELL.findall(rows))
    return _Bound(low, high, max((_column(c) + 1 for c in letters), default=26))


def _check_xlsx_part(path: Path, archive: zipfile.ZipFile, part: str) -> None:
    """Refuse a sheet part whose cells (from A1) span more than ``MAX_CELLS``: piece by
    piece of whole rows when it is usual, else cell by cell as calamine reads it."""
    rows = columns = 0
    with archive.open(part) as stream:
        for piece in _pieces(stream):
            bound = _usual_bound(piece, whole=True)
            if bound is None:
                break
            rows, columns = max(rows, bound.high), max(columns, bound.columns)
        else:
            if rows * columns <= MAX_CELLS:
                return
    scan = _XlsxScan()
    with archive.open(part) as stream:
        try:
            for xml in _tag_chunks(stream):
                scan.feed(xml)
                scan.extent.check(path)
        except _Damaged as exc:
            raise file_error(path, NOT_A_WORKBOOK, kind=path.suffix.lstrip(".").upper()) from exc


def _pieces(stream: IO[bytes], end: bytes = b"</row>") -> Iterator[bytes]:
    """The stream's bytes in pieces that end after an ``end`` tag (the last: the rest)."""
    carry = b""
    while block := stream.read(CHUNK):
        buffer = carry + block
        cut = buffer.rfind(end)
        if cut < 0:
            carry = buffer
            continue
        carry = buffer[cut + len(end) :]
        yield buffer[: cut + len(end)]
    if carry:
        yield carry


def _range_pattern(low: int, high: int) -> str:
    """A regular expression for exactly the decimal numbers ``low``…``high`` (no leading
    zeros). The range is cut where digits roll over (…9 after ``low``, …0 before
    ``high``) into pieces of fixed digits, one digit range and free digits:
    1…1500 is 1-9, 10-99, 100-999, 1000-1499 and 1500."""
    stops = {high}
    text = str(low)
    for nines in range(1, len(str(high)) + 1):
        stop = int(text[: max(len(text) - nines, 0)] + "9" * nines)
        if low <= stop < high:
            stops.add(stop)
    for zeros in range(1, len(str(high)) + 1):
        stop = (high + 1) - (high + 1) % 10**zeros - 1
        if low < stop <= high:
            stops.add(stop)
    parts, start = [], low
    for stop in sorted(stops):
        part, free = "", 0
        for a, b in zip(str(start), str(stop), strict=True):
            if a == b and not free:
                part += a
            elif a == "0" and b == "9":
                free += 1
            else:
                part += f"[{a}-{b}]"
        parts.append(part + (f"[0-9]{{{free}}}" if free else ""))
        start = stop + 1
    return "|".join(parts)


@functools.lru_cache(maxsize=256)
def _unusual_cell(numbers: str) -> re.Pattern[bytes]:
    """A cell start tag that is not ``<c r="XY123"`` with a row number matching ``numbers``
    (no ``r`` first, three letters, another row all count)."""
    return re.compile(rb'<c(?! r="[A-Za-z]{1,2}(?:' + numbers.encode() + rb')"[\s/>])[\s/>]')


#: A cell with a namespace prefix (``<x:c``): a search of its own, as one alternative more
#: would make the search above five times slower.
_PREFIXED_CELL = re.compile(rb":c[\s/>]")
#: The letters of a cell in a column past Z.
_TWO_LETTER_CELL = re.compile(rb'<c r="([A-Za-z]{2})[0-9]')
#: Any cell start tag.
_ANY_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s/>]")


def _tag_chunks(stream: IO[bytes]) -> Iterator[bytes]:
    """The stream's bytes in pieces that end before a ``<`` (so no tag is cut)."""
    carry = b""
    while block := stream.read(CHUNK):
        buffer = carry + block
        cut = buffer.rfind(b"<")
        if cut <= 0:
            carry = buffer
            continue
        carry = buffer[cut:]
        yield buffer[:cut]
    if carry:
        yield carry


_PACKAGE_RELS = "_rels/.rels"


def _first_sheet_parts(archive: zipfile.ZipFile) -> list[str]:
    """The part(s) calamine may read as the first sheet; every part when none is found.

    Two readings: the package's (``_rels/.rels`` → workbook → its first
    sheet, as ``survey_import.stream`` finds it) and calamine's own
    (``xl/workbook.xml``, targets under ``xl/``). They agree on any normal
    file; a damaged one is checked wherever calamine might look.
    """
    names = set(archive.namelist())
    found: set[str] = set()
    try:
        office = next(
            target
            for kind, target in _relationships(archive, "").values()
            if kind.endswith("/officeDocument")
        )
        found.add(_first_sheet_target(archive, office, relative=True))
    except Exception:  # no usual layout: calamine's reading below, or every part
        pass
    try:
        target = _first_sheet_target(archive, "xl/workbook.xml", relative=False)
        found.update((target, target.lower()))
    except Exception:
        pass
    lowered = {name.lower().replace("\\", "/"): name for name in names}
    parts = {name if name in names else lowered.get(name.lower(), "") for name in found}
    parts.discard("")
    return sorted(parts) if parts else sorted(names)


def _first_sheet_target(archive: zipfile.ZipFile, workbook: str, relative: bool) -> str:
    """The part of the first ``<sheet>`` of ``workbook``: resolved like a package
    relationship (``relative``), or as calamine does (strip "/", else under "xl/")."""
    root = ElementTree.fromstring(archive.read(workbook))
    first = next(e for e in root.iter() if e.tag.rsplit("}", 1)[-1] == "sheet")
    rel_id = next(v for k, v in first.attrib.items() if k.rsplit("}", 1)[-1] == "id")
    if relative:
        return _relationships(archive, workbook)[rel_id][1]
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    target = next(r.get("Target", "") for r in rels if r.get("Id") == rel_id)
    if target.startswith("/"):
        return target[1:]
    return target if target.startswith("xl/") else f"xl/{target}"


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id → (type, target part) of ``part`` (the package's when "")."""
    folder, name = posixpath.split(part)
    root = ElementTree.fromstring(archive.read(posixpath.join(folder, "_rels", name + ".rels")))
    found = {}
    for rel in root:
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        found[rel.get("Id", "")] = (rel.get("Type", ""), posixpath.normpath(path))
    return found


# -- ODS --------------------------------------------------------------------------------------

#: An end of a row or table, or a start of a row, cell or table: (end, start, attributes).
_ODS_TAG = re.compile(
    rb"<(?:/table:(table-row|table)>"
    rb"|table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*)>)"
)
_ROWS_REPEATED = re.compile(rb'table:number-rows-repeated\s*=\s*["\']([0-9]+)')
_COLUMNS_REPEATED = re.compile(rb'table:number-columns-repeated\s*=\s*["\']([0-9]+)')


def _repeat(pattern: re.Pattern[bytes], attributes: bytes) -> int:
    if b"repeated" not in attributes:
        return 1
    found = pattern.search(attributes)
    return max(int(found[1]), 1) if found else 1


class _OdsScan:
    """Where the filled cells of each table of an ODS ``content.xml`` lie, fed the XML in
    pieces of whole rows. A piece without a table start or end is read row by row with
    a few byte counts; any other, tag by tag."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.total = self.depth = 0
        self.extent = Extent()
        self.row = self.column = 0
        self.rows, self.filled = 1, False

    def feed(self, xml: bytes) -> None:
        if self.depth == 1 and _ODS_TABLE.search(xml) is None:
            self._rows(xml)
        else:
            self._tags(xml)

    def _rows(self, xml: bytes) -> None:
        parts = xml.split(b"</table:table-row>")
        for index, part in enumerate(parts):
            for start in _ODS_ROW_START.finditer(part):
                rows = _repeat(_ROWS_REPEATED, start[1])
                if not start[2] and index < len(parts) - 1:  # a row with content: the last start
                    self._row(rows, _without_trailing_empty_cells(part[start.end() :]))
                self.row += rows

    def _row(self, rows: int, cells: bytes) -> None:
        """A row's cells (as many as they repeat), repeated ``rows`` times, if filled."""
        if not _filled(cells):
            return
        width = sum(cells.count(tag) for tag in _CELL_START)
        if b"repeated" in cells:
            width += sum(max(int(n), 1) - 1 for n in _COLUMNS_REPEATED.findall(cells))
        self.extent.add(self.row, 0, rows=rows, columns=width)
        self.extent.check(self.path)

    def _tags(self, xml: bytes) -> None:
        for end, start, attributes in _ODS_TAG.findall(xml):
            if end or start == b"table":
                self._boundary(end, start, attributes)
                continue
            if self.depth != 1:
                continue  # a table inside a cell: calamine skips the cell's content
            empty = attributes.endswith(b"/")
            if start == b"table-row":
                self.rows, self.column, self.filled = _repeat(_ROWS_REPEATED, attributes), 0, False
                if empty:
                    self.row += self.rows
                continue
            columns = _repeat(_COLUMNS_REPEATED, attributes)
            if not empty or b"office:" in attributes or b"formula" in attributes:
                self.filled = True
                self.extent.add(self.row, self.column, columns=columns)
            self.column += columns

    def _boundary(self, end: bytes, start: bytes, attributes: bytes) -> None:
        """A row's end, or a table's start or end."""
        if end == b"table-row":
            if self.depth == 1:
                if self.filled:
                    self.extent.add(self.row, 0, rows=self.rows)
                    self.extent.check(self.path)
                self.row += self.rows
        elif start == b"table":
            if not attributes.endswith(b"/"):
                self.depth += 1
                if self.depth == 1:
                    self.extent, self.row = Extent(), 0
        else:
            self.depth -= 1
            if self.depth == 0:  # calamine keeps every table: they count together
                self.total += self.extent.cells(from_top=True)
                if self.total > MAX_CELLS:
                    raise file_error(self.path, TOO_BIG, cell=farthest(self.extent))


#: A table's start or end.
_ODS_TABLE = re.compile(rb"</?table:table[\s/>]")
#: A row's start tag: its attributes, "/" when it is empty.
_ODS_ROW_START = re.compile(rb"<table:table-row(?=[\s/>])([^>]*?)(/)?>")
_CELL_START = (b"<table:table-cell", b"<table:covered-table-cell")


def _without_trailing_empty_cells(cells: bytes) -> bytes:
    """A row's content without the empty cells that end it (LibreOffice repeats one to the
    end of the grid): calamine keeps no empty cell after the last filled one."""
    while cells.rstrip().endswith(b"/>"):
        start = max(cells.rfind(tag) for tag in _CELL_START)
        last = cells[start:]
        if start < 0 or b"office:" in last or b"formula" in last or last.count(b">") != 1:
            break
        cells = cells[:start]
    return cells


def _filled(cells: bytes) -> bool:
    """Whether a row's cells hold anything (a value, a formula or content)."""
    return b"office:" in cells or b"formula" in cells or b"</table:" in cells


def _check_ods(path: Path, stream: IO[bytes]) -> None:
    """Refuse an ODS ``content.xml`` whose tables span more than ``MAX_CELLS`` in all.

    calamine reads every table when it opens the file. Repeated rows and
    cells count as often as they repeat, but only when they hold something
    (a value, a formula, content): LibreOffice ends each sheet with a
    million empty rows, which calamine does not keep, but it does keep empty
    rows repeated before a filled one (the filled one's row counts).
    """
    scan = _OdsScan(path)
    for piece in _pieces(stream, b"</table:table-row>"):
        scan.feed(piece)


def farthest(extent: Extent) -> str:
    """The farthest cell of ``extent`` as the spreadsheet names it (``XFD1048576``)."""
    return f"{column_letter(max(extent.last_column, 0))}{extent.last_row + 1}"

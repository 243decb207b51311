"""Reading a big survey file in slices of rows, so that it never sits in memory whole.

python-calamine reads a whole sheet at once: for a 100,000-row export of 25
columns its own structures peak near 230 MiB before one row reaches Python,
more than the import may use in all. So the sheet's XML is streamed out of
the XLSX zip and cut at row boundaries; each slice becomes a small stored
workbook (the original workbook, relationship and style parts, the sheet's
opening up to ``<sheetData>``, the slice's rows) that calamine reads on its
own. Cell positions come from the rows' ``r`` attributes, so every slice
knows its place. calamine parses without holding the GIL, so two threads
parse slices while the caller files the rows of earlier ones.

Shared strings (how Excel and Google Sheets store texts) are not sent with
every slice, which would parse the whole table again each time: the table
is read once, and in a slice ``t="s"`` cells become ``t="str"`` ones, whose
value calamine returns as it is, the entry's number; the caller looks each
distinct number up once (``Slice.shared``). A slice that holds other text
cells (inline strings, formula results), which could not be told apart
from those numbers, carries the table instead.

Anything unusual (no ``r`` attributes, a chart sheet first, a layout this
module does not recognise) falls back to calamine's whole-sheet read, which
is always right, only bigger. XLS and ODS files are read whole; CSV files
are decoded as a stream.

calamine holds a sheet as one rectangle up to its farthest cell and aborts
the process when that does not fit in memory, so each slice is judged by
``sheet_guard.check_slice`` before calamine sees it (the whole-sheet read
is judged by ``tabular.read_sheet``).
"""

from __future__ import annotations

import csv
import io
import os
import posixpath
import re
import struct
import sys
import threading
import zipfile
import zlib
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.sheet_guard import MAX_CELLS, check_slice
from cwd_desktop.services.tabular import (
    NOT_A_WORKBOOK,
    SPREADSHEETS,
    TOO_MUCH_MEMORY,
    check_workbook,
    column_letter,
    file_error,
    is_panic,
    read_sheet,
    sniff_delimiter,
    text_encoding,
)


@dataclass
class Slice:
    """Consecutive rows of the sheet.

    ``first`` is the 0-based index of the first one in the sheet. When
    ``shared`` is set, every non-empty text cell holds the decimal index of
    its text in ``shared`` (the workbook's shared strings): resolving each
    distinct index once is far cheaper than letting calamine copy the texts
    into every slice.
    """

    first: int
    rows: list[list[Any]]
    shared: list[str] | None = None
    #: Whether a cell may be a boolean (``True == 1``: a reader keeping values in a
    #: dict must tell them apart); CSV cells never are.
    booleans: bool = True


#: How much sheet XML one slice holds: about 1,500 rows of a 25-column export.
SLICE_BYTES = 2 << 20
#: Threads that parse slices at most (calamine works without the GIL).
WORKERS = 2
#: The GIL switch interval while slices are read, in seconds (Python's default is 0.005).
SWITCH_INTERVAL = 0.0005
#: CSV records per slice.
CSV_ROWS = 5_000
_MAIN_NS = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#: Cells to a row of the sheet that reads the shared strings table.
_SHARED_WIDTH = 1000

_SHEET_DATA = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?)sheetData\b[^>]*?(/?)>")
_DIMENSION = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?dimension\b[^>]*/>")


def row_slices(path: Path, data: bytes) -> Iterator[Slice]:
    """The rows of the first sheet (or of the CSV file), slice by slice, in order.

    Rows between slices that hold no cell at all are left out: they are
    blank. A ``UserError`` names the file when it cannot be read.
    """
    suffix = path.suffix.lower()
    if suffix == ".csv" or suffix not in SPREADSHEETS:
        yield from _csv_slices(path, data)
        return
    check_workbook(path, data)
    kind = suffix.lstrip(".").upper()
    try:
        slicer = _XlsxSlicer.open(data) if suffix in (".xlsx", ".xlsm") else None
        if slicer is not None:
            slicer.path = path
            yield from slicer.slices()
            return
    except UserError:
        raise
    except _Unusual:
        pass
    except Exception as exc:  # a broken zip member or XML: calamine and zlib raise their own
        raise file_error(path, NOT_A_WORKBOOK, kind=kind) from exc
    except BaseException as exc:  # a Rust panic in calamine is no Exception
        if not is_panic(exc):
            raise
        raise file_error(path, NOT_A_WORKBOOK, kind=kind) from exc
    yield Slice(0, read_sheet(path, data))


def _csv_slices(path: Path, data: bytes) -> Iterator[Slice]:
    """CSV records in slices, decoded on the fly (no second copy of the whole text)."""
    encoding, sample = text_encoding(path, data)
    delimiter = sniff_delimiter(sample)
    text = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, newline="")
    reader = csv.reader(text, delimiter=delimiter)
    first, rows = 0, []
    try:
        for record in reader:
            rows.append(record)
            if len(rows) >= CSV_ROWS:
                yield Slice(first, rows, booleans=False)
                first, rows = first + len(rows), []
    except csv.Error as exc:
        raise file_error(
            path,
            QT_TRANSLATE_NOOP("errors", "Plik „{file}” nie jest poprawnym plikiem CSV: {reason}."),
            reason=str(exc),
        ) from exc
    if rows:
        yield Slice(first, rows, booleans=False)


class _Unusual(Exception):
    """The sheet is laid out in a way slicing does not handle: read it whole."""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attribute(element: ElementTree.Element, name: str) -> str | None:
    """An attribute by its local name, whatever its namespace (``r:id``)."""
    return next((v for k, v in element.attrib.items() if _local(k) == name), None)


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id → (type, target part) of ``part``."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", name + ".rels")
    root = ElementTree.fromstring(archive.read(rels))
    found = {}
    for rel in root:
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External":
            continue
        path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        found[rel.get("Id", "")] = (rel.get("Type", ""), posixpath.normpath(path))
    return found


#: Cells that a slice's text must not hold for ``t="s"`` to be turned into ``t="str"``:
#: other text cells (their values would pass for shared-string indices), formulas
#: (whose text could hold the pattern), attributes in single quotes.
_NOT_REWRITABLE = (b"inlineStr", b't="str"', b"<f>", b"<f ", b":f>", b":f ", b"t='")


@dataclass
class _XlsxSlicer:
    """The parts of an XLSX file that each slice's small workbook carries."""

    archive: zipfile.ZipFile
    sheet: str
    fixed: list[tuple[str, bytes]]  # parts copied into every slice
    sst: str | None  # the shared strings part
    path: Path = Path("survey.xlsx")  # the file, for messages (``row_slices`` sets it)
    _shared: list[str] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def open(cls, data: bytes) -> _XlsxSlicer | None:
        """The slicer for this file, or ``None`` when its layout is not the usual one.

        A damaged zip member (zlib, CRC) raises: the file cannot be read.
        """
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            office = next(
                target
                for kind, target in _relationships(archive, "").values()
                if kind.endswith("/officeDocument")
            )
            book = ElementTree.fromstring(archive.read(office))
            first = next(e for e in book.iter() if _local(e.tag) == "sheet")
            rels = _relationships(archive, office)
            kind, sheet = rels[_attribute(first, "id") or ""]
            if not kind.endswith("/worksheet"):
                return None
            names = set(archive.namelist())
            keep = ["[Content_Types].xml", "_rels/.rels", office, _rels_part(office)]
            keep += [t for k, t in rels.values() if k.endswith("/styles")]
            fixed = [(name, archive.read(name)) for name in keep if name in names]
            shared = [t for k, t in rels.values() if k.endswith("/sharedStrings") and t in names]
            return cls(archive, sheet, fixed, shared[0] if shared else None)
        except (KeyError, StopIteration, ElementTree.ParseError, zipfile.BadZipFile, ValueError):
            return None

    def slices(self) -> Iterator[Slice]:
        """Read the sheet slice by slice (``_Unusual`` before the first one when it can't).

        calamine parses a slice without holding the GIL, so slices are parsed
        by a few threads while this one cuts the next slices and the caller
        files the rows of earlier ones; they come out in order.
        """
        workers = max(1, min(WORKERS, os.cpu_count() or 1))
        pending: deque[Future[Slice | None]] = deque()
        interval = sys.getswitchinterval()
        # A thread back from calamine waits for the GIL up to the switch interval
        # (5 ms) while this one files rows: a shorter turn keeps the threads busy.
        sys.setswitchinterval(min(interval, SWITCH_INTERVAL))
        with ThreadPoolExecutor(workers, thread_name_prefix="survey-slice") as pool:
            # The shared strings are read while the first slices are parsed: only
            # the caller needs their texts, when it files the rows.
            texts = pool.submit(self.shared_strings) if self.sst is not None else None
            try:
                for head, body, close in self._bodies():
                    pending.append(pool.submit(self._read, head, body, close))
                    while len(pending) > workers:
                        yield from _ready(pending.popleft(), texts)
                while pending:
                    yield from _ready(pending.popleft(), texts)
            finally:
                for future in pending:
                    future.cancel()
                sys.setswitchinterval(interval)

    def _bodies(self) -> Iterator[tuple[bytes, bytes, bytes]]:
        """(the sheet's opening, rows, the closing tags) for each slice of the sheet's XML."""
        with self.archive.open(self.sheet) as stream:
            buffer = b""
            head: bytes | None = None
            prefix = close = b""
            while True:
                block = stream.read(SLICE_BYTES)
                buffer = buffer + block if buffer else block
                if head is None:
                    match = _SHEET_DATA.search(buffer)
                    if match is None:
                        if block:
                            continue
                        raise _Unusual("no sheetData")
                    if match[2]:  # <sheetData/>: no rows at all
                        return
                    prefix = match[1]
                    head = _DIMENSION.sub(b"", buffer[: match.end()])
                    buffer = buffer[match.end() :]
                    close = b"</" + prefix + b"sheetData></" + _root_name(head) + b">"
                    _check_rows(buffer, prefix)
                if block:
                    cut = buffer.rfind(b"</" + prefix + b"row>")
                    if cut < 0:
                        continue
                    cut += len(prefix) + 6
                    body, buffer = buffer[:cut], buffer[cut:]
                else:
                    end = buffer.find(b"</" + prefix + b"sheetData>")
                    if end < 0:
                        raise ValueError("the sheet ends before </sheetData>")
                    body, buffer = buffer[:end], b""
                if body.strip():
                    yield head, body, close
                if not block:
                    return

    def _read(self, head: bytes, body: bytes, close: bytes) -> Slice | None:
        """One slice through calamine; shared strings resolved later, by index, when they can be.

        The slice's extent is checked first: calamine must never see a cell far away.
        """
        check_slice(self.path, body)
        parts = [*self.fixed]
        shared = None
        if self.sst is not None:
            if any(mark in body for mark in _NOT_REWRITABLE):
                parts.append((self.sst, self._shared_xml()))
            else:
                body = body.replace(b' t="s"', b' t="str"')
                shared = _SHARED
        booleans = b't="b"' in body or b"t='b'" in body
        start, rows = _calamine_rows(_stored_zip([*parts, (self.sheet, head + body + close)]))
        if start is None:
            return None
        return Slice(start, rows, shared, booleans)

    def _shared_xml(self) -> bytes:
        with self._lock:
            assert self.sst is not None
            return self.archive.read(self.sst)

    def shared_strings(self) -> list[str]:
        """The texts of the shared strings table, read once by calamine itself.

        A sheet whose cells refer to every entry in turn (``_SHARED_WIDTH``
        to a row) gives exactly the texts calamine would put in the cells
        (rich text joined, escapes undone).
        """
        if self._shared is None:
            assert self.sst is not None
            xml = self._shared_xml()
            count = len(re.findall(rb"<(?:[A-Za-z_][\w.-]*:)?si\b", xml))
            if count > MAX_CELLS:  # as many cells as texts in the sheet that reads them
                raise file_error(self.path, TOO_MUCH_MEMORY)
            letters = [column_letter(c).encode() for c in range(_SHARED_WIDTH)]
            rows = []
            for first in range(0, count, _SHARED_WIDTH):
                r = first // _SHARED_WIDTH + 1
                cells = b"".join(
                    b'<c r="%s%d" t="s"><v>%d</v></c>' % (letters[i - first], r, i)
                    for i in range(first, min(first + _SHARED_WIDTH, count))
                )
                rows.append(b'<row r="%d">%s</row>' % (r, cells))
            sheet = b'<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (
                _MAIN_NS,
                b"".join(rows),
            )
            del rows
            blob = _stored_zip([*self.fixed, (self.sst, xml), (self.sheet, sheet)])
            del xml, sheet
            _, grid = _calamine_rows(blob, whole=True)
            del blob
            texts = [str(v) for row in grid for v in row][:count]
            self._shared = texts + [""] * (count - len(texts))
        return self._shared


#: Stands for the shared strings in a slice until their texts are read.
_SHARED: list[str] = []


def _ready(future: Future[Slice | None], texts: Future[list[str]] | None) -> Iterator[Slice]:
    """The slice of ``future`` (if it has rows), its shared strings filled in."""
    found = future.result()
    if found is not None:
        if found.shared is _SHARED:
            assert texts is not None
            found.shared = texts.result()
        yield found


def _calamine_rows(blob: bytes, whole: bool = False) -> tuple[int | None, list[list[Any]]]:
    """(index of the first row, rows) of the first sheet of an in-memory workbook."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_filelike(io.BytesIO(blob))
    del blob
    sheet = book.get_sheet_by_index(0)
    if whole:
        return 0, sheet.to_python(skip_empty_area=False)
    start = sheet.start
    if start is None:
        return None, []
    rows = sheet.to_python()
    if start[1]:
        pad = [""] * start[1]
        rows = [pad + row for row in rows]
    return start[0], rows


def _check_rows(rows: bytes, prefix: bytes) -> None:
    """Slices need the rows' ``r`` attributes (rows without one are numbered in order)."""
    match = re.search(rb"<%brow\b([^>]*)>" % re.escape(prefix), rows)
    if match is not None and not re.search(rb"""\br=["']\d+["']""", match[1]):
        raise _Unusual("rows without r attributes")


def _rels_part(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def _root_name(head: bytes) -> bytes:
    """The qualified name of the document's root element (``worksheet``, ``x:worksheet``)."""
    match = re.search(rb"<([A-Za-z_][\w.:-]*)[\s>/]", re.sub(rb"<\?.*?\?>|<!--.*?-->", b"", head))
    if match is None:
        raise _Unusual("no root element")
    return match[1]


def _stored_zip(parts: list[tuple[str, bytes]]) -> bytes:
    """A zip archive of ``parts``, uncompressed (calamine reads it at once)."""
    out: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for name, content in parts:
        encoded = name.encode("utf-8")
        crc, size = zlib.crc32(content), len(content)
        local = struct.pack(
            "<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0x800, 0, 0, 0x21, crc, size, size, len(encoded), 0
        )
        central.append(
            struct.pack(
                "<4sHHHHHHIIIHHHHHII",
                b"PK\x01\x02",
                20,
                20,
                0x800,
                0,
                0,
                0x21,
                crc,
                size,
                size,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + encoded
        )
        out += (local, encoded, content)
        offset += len(local) + len(encoded) + size
    directory = b"".join(central)
    end = struct.pack(
        "<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(parts), len(parts), len(directory), offset, 0
    )
    return b"".join((*out, directory, end))

"""Hypothesis strategies that build malformed-but-plausible import files.

A file starts plausible: a grid of the headers and cells an importer expects
(``Vocabulary``), or a committed sample. Then it goes wrong the ways real
files do, and a few ways only an attacker's would: cells of every type and
no type at all, ragged rows, duplicate and empty headers, huge fields and
NULs; CSV in the wrong encoding with odd separators, quotes and line ends;
XLSX workbooks written by openpyxl, then taken apart at the zip and the XML
level (missing or renamed parts, wrong content types, garbage in the XML,
shared strings out of range, cells far away); and finally, sometimes, bytes
flipped or cut off. Sizes stay small so hundreds of examples run in seconds.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

Grid = list[list[Any]]
Draw = Callable[[st.SearchStrategy[Any]], Any]

#: XLS and ODS files saved by LibreOffice from each importer's sample (``make_seeds.py``).
SEEDS = Path(__file__).resolve().parent / "seeds"

#: Index draws are taken modulo the length of what they index.
_INDEX = st.integers(min_value=0, max_value=1 << 16)
#: A cell bigger than Python's csv field limit (131,072 characters).
HUGE = "Ż" * 140_000


@dataclass(frozen=True)
class FuzzFile:
    """One generated file: its name (the suffix decides the reader) and its bytes."""

    name: str
    data: bytes
    recipe: str  # how it was made, shown with a failing example

    def write(self, folder: Path) -> Path:
        """The file on disk in ``folder`` (replacing an earlier example's file)."""
        path = folder / self.name
        path.write_bytes(self.data)
        return path

    def __repr__(self) -> str:  # Hypothesis prints failing examples: keep it readable
        data = repr(self.data[:4000]) + ("…" if len(self.data) > 4000 else "")
        return f"FuzzFile({self.name!r}, {len(self.data)} bytes, {self.recipe}, data={data})"


@dataclass(frozen=True)
class Vocabulary:
    """What a plausible file of one importer holds: headers, cells and a grid it accepts."""

    stem: str
    headers: tuple[Any, ...]  # mostly texts; a BDL year header may be a number
    values: tuple[Any, ...]
    sample: tuple[tuple[Any, ...], ...]  # header row first
    seeds: tuple[Path, ...] = ()  # committed files to mutate


# -- cells and grids --------------------------------------------------------------------------

SPECIAL_TEXTS = (
    "",
    " ",
    "\x00",
    "a\x00b",
    "NULL",
    "-",
    ".",
    "#N/A",
    "#DIV/0!",
    "#REF!",
    "=1/0",
    "=A1+1",
    "=SUM(A:A)",
    "1e309",
    "NaN",
    "-inf",
    "-0",
    "0x1F",
    "١٢٣",
    "２０２０",
    "2019",
    "2019/2020",
    "2019-02-30",
    "31.02.2024",
    "ogółem;2020;[%]",
    "\ufeffNazwa",
    "Nazwa\u200b",
    "ＮＡＺＷＡ",
    "'",
    '"',
    '""',
    '"a"b"',
    ";",
    ",",
    "\t",
    "\r\n",
    "a\nb",
    "\u202eRTL",
    "x" * 400,
    "1 234,5",
    "12,3,4",
    "anna@",
    "@@",
)

_TEXT = st.text(st.characters(codec="utf-8"), max_size=24)  # no lone surrogates
_WEIRD_CELLS: st.SearchStrategy[Any] = st.one_of(
    st.sampled_from(SPECIAL_TEXTS),
    _TEXT,
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 12, 31)),
    st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 12, 31)),
    st.times(),
)


def cells(vocab: Vocabulary) -> st.SearchStrategy[Any]:
    """A cell: usually one the importer knows, often anything at all."""
    return st.one_of(
        st.sampled_from(vocab.values),
        st.sampled_from(vocab.values),
        st.sampled_from(vocab.headers),
        _WEIRD_CELLS,
    )


def _at(draw: Draw, items: Sequence[Any]) -> int:
    return int(draw(_INDEX)) % len(items)


@st.composite
def grids(draw: Draw, vocab: Vocabulary) -> Grid:
    """The importer's own sample (mostly) or a random grid of its words, then edited 0–5 times."""
    if draw(st.integers(0, 2)):
        grid = [list(row) for row in vocab.sample]
    else:
        width = draw(st.integers(1, 8))
        header = draw(
            st.lists(st.one_of(st.sampled_from(vocab.headers), _WEIRD_CELLS), min_size=width)
        )
        rows = draw(st.lists(st.lists(cells(vocab), max_size=width + 2), max_size=10))
        grid = [header[:width], *rows]
    for _ in range(draw(st.sampled_from((0, 0, 1, 1, 2, 3, 5)))):
        _edit_grid(draw, grid, vocab)
    return grid


def _edit_grid(draw: Draw, grid: Grid, vocab: Vocabulary) -> None:
    """One edit of the kind people (and broken exporters) make."""
    kind = draw(
        st.sampled_from(
            (
                "cell",
                "cell",
                "cell",
                "drop_row",
                "copy_row",
                "blank_row",
                "cut_row",
                "grow_row",
                "copy_header",
                "blank_header",
                "lead_rows",
                "lead_columns",
                "huge",
                "swap_columns",
            )
        )
    )
    if not grid:
        grid.append([])
    row = grid[_at(draw, grid)]
    if kind == "cell":
        if not row:
            row.append(None)
        row[_at(draw, row)] = draw(cells(vocab))
    elif kind == "drop_row" and len(grid) > 1:
        del grid[_at(draw, grid)]
    elif kind == "copy_row":
        grid.insert(_at(draw, grid), list(row))
    elif kind == "blank_row":
        grid.insert(_at(draw, grid), draw(st.sampled_from(([], [None], ["", " "]))))
    elif kind == "cut_row" and row:
        del row[_at(draw, row) :]
    elif kind == "grow_row":
        row.extend(draw(st.lists(cells(vocab), min_size=1, max_size=3)))
    elif kind == "copy_header" and grid[0]:
        grid[0].append(grid[0][_at(draw, grid[0])])
    elif kind == "blank_header" and grid[0]:
        grid[0][_at(draw, grid[0])] = draw(st.sampled_from((None, "", " ")))
    elif kind == "lead_rows":
        grid[:0] = [[] for _ in range(draw(st.integers(1, 3)))]
    elif kind == "lead_columns":
        pad = [None] * draw(st.integers(1, 2))
        grid[:] = [pad + r for r in grid]
    elif kind == "huge":
        if not row:
            row.append(None)
        row[_at(draw, row)] = HUGE
    elif kind == "swap_columns":
        grid[:] = [r[::-1] for r in grid]


# -- bytes ------------------------------------------------------------------------------------

#: Bytes that are no character in Windows-1250, nor in UTF-8 on their own.
_UNDEFINED = (b"\x81", b"\x83", b"\x88", b"\x90", b"\x98", b"\xff\xfe", b"\xc3", b"\xe2\x82")


@st.composite
def mangled(draw: Draw, data: bytes, at_most: int = 3) -> tuple[bytes, list[str]]:
    """``data`` with 0–``at_most`` byte-level accidents: flips, cuts, NULs, stray bytes."""
    done: list[str] = []
    for _ in range(draw(st.integers(0, at_most))):
        if not data:
            break
        at = _at(draw, data)
        kind = draw(st.sampled_from(("flip", "truncate", "nul", "stray", "delete", "repeat")))
        if kind == "flip":
            data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
        elif kind == "truncate":
            data = data[:at]
        elif kind == "nul":
            data = data[:at] + b"\x00" + data[at:]
        elif kind == "stray":
            data = data[:at] + draw(st.sampled_from(_UNDEFINED)) + data[at:]
        elif kind == "delete":
            data = data[:at] + data[at + draw(st.integers(1, 64)) :]
        else:
            data = data[:at] + data[at : at + 64] * draw(st.integers(2, 50)) + data[at:]
        done.append(f"{kind}@{at}")
    return data, done


# -- CSV ----------------------------------------------------------------------------------------

CSV_ENCODINGS = (
    "utf-8",
    "utf-8",
    "utf-8-sig",
    "cp1250",
    "iso8859_2",
    "utf-16",
    "utf-16-be",
    "utf-32",
    "latin-1",
)


def _csv_text(value: Any, style: str) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M") if style == "pl" else value.isoformat(" ")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y") if style == "pl" else value.isoformat()
    if isinstance(value, float) and style == "pl":
        return repr(value).replace(".", ",")
    return str(value)


def _csv_write(rows: list[list[str]], delimiter: str, quoting: str, newline: str) -> str:
    buffer = io.StringIO(newline="")
    modes: dict[str, Literal[0, 1, 2, 3]] = {"all": csv.QUOTE_ALL, "none": csv.QUOTE_NONE}
    mode = modes.get(quoting, csv.QUOTE_MINIMAL)
    writer = csv.writer(
        buffer, delimiter=delimiter, quoting=mode, escapechar="\\", lineterminator=newline
    )
    writer.writerows(rows)
    return buffer.getvalue()


@st.composite
def csv_files(draw: Draw, vocab: Vocabulary) -> FuzzFile:
    """A grid written as CSV with a random dialect and encoding, maybe mangled afterwards."""
    grid = draw(grids(vocab))
    delimiter = draw(st.sampled_from((";", ";", ",", "\t", "|", " ")))
    quoting = draw(st.sampled_from(("minimal", "all", "none", "unbalanced")))
    newline = draw(st.sampled_from(("\r\n", "\n", "\r")))
    style = draw(st.sampled_from(("pl", "iso")))
    rows = [[_csv_text(v, style) for v in row] for row in grid]
    try:
        text = _csv_write(rows, delimiter, quoting, newline)
    except csv.Error:  # a line end inside an unquoted field: write it as Excel would
        quoting = "minimal"
        text = _csv_write(rows, delimiter, quoting, newline)
    if quoting == "unbalanced" and text:
        at = _at(draw, text)
        text = text[:at] + '"' + text[at:]
    encoding = draw(st.sampled_from(CSV_ENCODINGS))
    data = text.encode(encoding, errors="replace")
    accidents: list[str] = []
    if draw(st.integers(0, 2)) == 0:
        data, accidents = draw(mangled(data, at_most=2))
    suffix = draw(st.sampled_from((".csv", ".csv", ".csv", ".txt", ".CSV", ".xlsx")))
    recipe = f"csv {delimiter!r} {quoting} {newline!r} {encoding} {accidents}"
    return FuzzFile(vocab.stem + suffix, data, recipe)


# -- XLSX ---------------------------------------------------------------------------------------

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_SST_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
_SST_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SHEET = "xl/worksheets/sheet1.xml"
SST = "xl/sharedStrings.xml"
ODS_CONTENT = "content.xml"


def _sheet_value(value: Any) -> Any:
    """A value openpyxl can write (it refuses control characters in text)."""
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 1 << 63:
        return float(value)
    return value


def build_xlsx(grid: Grid, merges: list[tuple[int, int, int, int]], extra: str) -> bytes:
    """The grid as an XLSX workbook written by openpyxl, on the first sheet."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for r, row in enumerate(grid, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(row=r, column=c, value=_sheet_value(value))
    height, width = max(len(grid), 1), max((len(r) for r in grid), default=1) or 1
    for r, c, dr, dc in merges:
        top, left = r % height + 1, c % width + 1
        sheet.merge_cells(start_row=top, start_column=left, end_row=top + dr, end_column=left + dc)
    if extra == "empty_first":
        book.create_sheet("Pusty", 0)
    elif extra == "chart_first":
        book.create_chartsheet("Wykres", 0)
    elif extra == "hidden_first":
        hidden = book.create_sheet("Ukryty", 0)
        hidden.sheet_state = "hidden"
        hidden["A1"] = "ukryte"
    elif extra == "second":
        book.create_sheet("Drugi")["A1"] = "drugi arkusz"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def read_members(data: bytes) -> dict[str, bytes]:
    """The parts of a zip, in order."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_members(
    members: list[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED
) -> bytes:
    """A zip of the parts (duplicate names kept, as a broken tool may write them)."""
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", compression) as archive:
        warnings.simplefilter("ignore", UserWarning)  # "Duplicate name": on purpose
        for name, content in members:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = compression
            archive.writestr(info, content)
    return buffer.getvalue()


_INLINE = re.compile(rb'<c ([^>]*?)t="inlineStr"([^>]*)><is>(.*?)</is></c>', re.S)


def to_shared_strings(members: dict[str, bytes]) -> dict[str, bytes]:
    """The workbook with its texts in a shared strings table, as Excel and Google save them."""
    sheet = members.get(SHEET)
    if sheet is None:
        return members
    texts: dict[bytes, int] = {}

    def shared(match: re.Match[bytes]) -> bytes:
        index = texts.setdefault(match[3], len(texts))
        return b'<c %st="s"%s><v>%d</v></c>' % (match[1], match[2], index)

    out = dict(members)
    out[SHEET] = _INLINE.sub(shared, sheet)
    entries = b"".join(b"<si>" + text + b"</si>" for text in texts)
    out[SST] = b'<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' % (
        _MAIN.encode(),
        len(texts),
        len(texts),
        entries,
    )
    rels = "xl/_rels/workbook.xml.rels"
    if rels in out:
        link = f'<Relationship Type="{_SST_TYPE}" Target="sharedStrings.xml" Id="rIdSst"/>'
        out[rels] = out[rels].replace(b"</Relationships>", link.encode() + b"</Relationships>")
    types = "[Content_Types].xml"
    if types in out:
        part = f'<Override PartName="/{SST}" ContentType="{_SST_CONTENT}"/>'
        out[types] = out[types].replace(b"</Types>", part.encode() + b"</Types>")
    return out


_XML_GARBAGE = (
    b"\x00",
    b"<",
    b"</c>",
    b"<row>",
    b"&nbsp;",
    b"&#0;",
    b"]]>",
    b'<c r="A1" t="s"><v>999999</v></c>',
    b'<c r="ZZ9"><v>1</v></c>',
    b"\xff\xfe",
    b'<?xml version="1.0"?>',
)
#: A small "billion laughs": expat must refuse it (or expand it to a few kilobytes).
_ENTITY_BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
    b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
)


@st.composite
def _zip_accident(draw: Draw, members: dict[str, bytes]) -> str:
    """Damage the workbook's parts in place; the name of what was done."""
    names = list(members)
    kind = draw(
        st.sampled_from(
            (
                "remove",
                "rename",
                "content_types",
                "xml_garbage",
                "xml_garbage",
                "xml_cut",
                "shared_index",
                "shared_index",
                "no_row_numbers",
                "far_cell",
                "dimension",
                "entity_bomb",
                "empty_rows",
                "prefix",
                "formula_text",
                "odd_number",
                "odd_number",
                "ods_repeat",
            )
        )
    )
    if not names:
        return "empty"
    name = names[_at(draw, names)]
    if kind == "remove":
        del members[name]
    elif kind == "rename":
        new = draw(st.sampled_from(("xl/worksheets/sheet2.xml", name.upper(), name + ".bak")))
        members[new] = members.pop(name)
    elif kind == "content_types":
        members["[Content_Types].xml"] = draw(
            st.sampled_from(
                (
                    b"<Types/>",
                    b"garbage",
                    members.get("[Content_Types].xml", b"").replace(b"sheet.main", b"template"),
                    members.get("[Content_Types].xml", b"").replace(b"worksheet+xml", b"chart+xml"),
                )
            )
        )
    elif kind in ("xml_garbage", "xml_cut"):
        parts = [p for p in (SHEET, SHEET, SST, "xl/workbook.xml", ODS_CONTENT) if p in members]
        target = draw(st.sampled_from([*parts, name]))
        part = members[target]
        at = int(draw(_INDEX)) % (len(part) + 1)
        if kind == "xml_cut":
            members[target] = part[:at]
        else:
            members[target] = part[:at] + draw(st.sampled_from(_XML_GARBAGE)) + part[at:]
        name = target
    elif kind == "shared_index" and SHEET in members:
        value = draw(
            st.sampled_from((b"999999", b"-1", b"abc", b"", b"1.5", b"99999999999999999999"))
        )
        members[SHEET] = re.sub(rb'(t="s"[^>]*><v>)\d+', rb"\g<1>" + value, members[SHEET], count=1)
    elif kind == "no_row_numbers" and SHEET in members:
        members[SHEET] = re.sub(rb' r="[A-Z]*\d+"', b"", members[SHEET])
    elif kind == "far_cell" and SHEET in members:
        # Far, but bounded: a whole-sheet reference is a reproducer of its own (regressions).
        far = draw(st.sampled_from((b"XFD1", b"XFD3", b"AAA2", b"C5000", b"A20000")))
        members[SHEET] = re.sub(
            rb'<c r="[A-Z]+\d+"', b'<c r="' + far + b'"', members[SHEET], count=1
        )
    elif kind == "dimension" and SHEET in members:
        members[SHEET] = re.sub(
            rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', members[SHEET]
        )
    elif kind == "entity_bomb" and SHEET in members:
        members[SHEET] = _ENTITY_BOMB + members[SHEET].replace(b"</t>", b"&d;</t>", 1)
    elif kind == "empty_rows" and SHEET in members:
        filler = b"".join(b'<row r="%d"/>' % r for r in range(1000, 31000)) + b" " * 2_000_000
        members[SHEET] = members[SHEET].replace(b"</sheetData>", filler + b"</sheetData>")
    elif kind == "prefix" and SHEET in members:
        sheet = members[SHEET].replace(b'xmlns="', b'xmlns:x="', 1)
        members[SHEET] = re.sub(rb"<(/?)(?!\?)([a-zA-Z])", rb"<\1x:\2", sheet)
    elif kind == "odd_number" and SHEET in members:
        odd = draw(st.sampled_from(ODD_NUMBERS))
        members[SHEET] = re.sub(rb"<v>[^<]*</v>", b"<v>" + odd + b"</v>", members[SHEET], count=1)
        if draw(st.booleans()):  # every number at once
            members[SHEET] = re.sub(rb'(t="n"[^>]*><v>)[^<]*', rb"\g<1>" + odd, members[SHEET])
    elif kind == "ods_repeat" and ODS_CONTENT in members:
        # Bounded: 3,000 rows is every gmina in Poland; a million is a memory bomb of its own.
        rows, columns = draw(st.sampled_from(((2, 1), (300, 1), (3000, 1), (1, 1000), (50, 50))))
        content = members[ODS_CONTENT].replace(
            b"<table:table-row", b'<table:table-row table:number-rows-repeated="%d"' % rows, 1
        )
        members[ODS_CONTENT] = content.replace(
            b"<table:table-cell",
            b'<table:table-cell table:number-columns-repeated="%d"' % columns,
            1,
        )
    elif kind == "formula_text" and SHEET in members:
        members[SHEET] = members[SHEET].replace(b"</c>", b"<f>1+1</f></c>", 1)
    return f"{kind}:{name}"


#: Number cells no spreadsheet program writes, which a parser may still accept.
ODD_NUMBERS = (b"NaN", b"nan", b"inf", b"-inf", b"1e999", b"1,5", b" ", b"0x10")
EXTRA_SHEETS = ("", "", "", "empty_first", "chart_first", "hidden_first", "second")
XLSX_SUFFIXES = (".xlsx", ".xlsx", ".xlsx", ".xlsm", ".XLSX", ".xls", ".ods", ".csv")


@st.composite
def xlsx_files(draw: Draw, vocab: Vocabulary) -> FuzzFile:
    """A grid saved by openpyxl (maybe with shared strings), then damaged 0–3 times."""
    grid = draw(grids(vocab))
    merges = draw(
        st.lists(st.tuples(_INDEX, _INDEX, st.integers(0, 2), st.integers(0, 2)), max_size=2)
    )
    extra = draw(
        st.sampled_from(("", "", "", "empty_first", "chart_first", "hidden_first", "second"))
    )
    members = read_members(build_xlsx(grid, merges, extra))
    recipe = ["xlsx", extra]
    if draw(st.booleans()):
        members = to_shared_strings(members)
        recipe.append("shared")
    for _ in range(draw(st.integers(0, 3))):
        recipe.append(draw(_zip_accident(members)))
    items = list(members.items())
    if items and draw(st.integers(0, 9)) == 0:
        items.append(items[_at(draw, items)])  # the same part twice
        recipe.append("duplicate_part")
    compression = draw(st.sampled_from((zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED)))
    data = write_members(items, compression)
    if draw(st.integers(0, 3)) == 0:
        data, accidents = draw(mangled(data, at_most=2))
        recipe += accidents
    suffix = draw(
        st.sampled_from((".xlsx", ".xlsx", ".xlsx", ".xlsm", ".XLSX", ".xls", ".ods", ".csv"))
    )
    return FuzzFile(vocab.stem + suffix, data, " ".join(r for r in recipe if r))


# -- committed samples and plain garbage ---------------------------------------------------------


#: Formats whose parsers can exhaust memory on damaged bytes (python-calamine trusts the
#: sizes an XLS file gives, see the report): their bytes are damaged only in a child
#: process with a memory limit (``test_fuzz_office_readers.py``), never in the test process.
SANDBOXED = (".xls", ".ods")


def _damaged_seed(draw: Draw, path: Path, mangle: bool) -> FuzzFile:
    data = path.read_bytes()
    recipe = [f"seed {path.name}"]
    if zipfile.is_zipfile(io.BytesIO(data)) and draw(st.booleans()):
        try:
            members = read_members(data)
        except (zipfile.BadZipFile, OSError, EOFError):
            members = {}
        if members:
            for _ in range(draw(st.integers(1, 3))):
                recipe.append(draw(_zip_accident(members)))
            data = write_members(list(members.items()))
    if mangle:
        data, accidents = draw(mangled(data))
        recipe += accidents
    return FuzzFile(path.name, data, " ".join(recipe))


@st.composite
def seed_files(draw: Draw, vocab: Vocabulary) -> FuzzFile:
    """A committed sample file, as it is or damaged (zip parts first when it is a zip).

    XLS and ODS seeds keep their bytes here (``SANDBOXED``); an ODS may lose
    or garble its parts.
    """
    path = draw(st.sampled_from(vocab.seeds))
    return _damaged_seed(draw, path, mangle=path.suffix.lower() not in SANDBOXED)


@st.composite
def office_files(draw: Draw, paths: Sequence[Path]) -> FuzzFile:
    """An XLS or ODS seed with damaged bytes: for a reader in a memory-limited child only."""
    return _damaged_seed(draw, draw(st.sampled_from(paths)), mangle=True)


@st.composite
def garbage_files(draw: Draw, vocab: Vocabulary) -> FuzzFile:
    """Bytes that are no file of any kind, under a name that says they are."""
    data = draw(
        st.one_of(
            st.binary(max_size=600),
            st.sampled_from(
                (b"PK\x03\x04", b"PK\x05\x06" + b"\x00" * 18, b"\xef\xbb\xbf", b"\n\n")
            ),
            st.just(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600),
        )
    )
    suffix = draw(st.sampled_from((".csv", ".xlsx", ".xls", ".ods", ".txt", ".xlsm")))
    return FuzzFile(vocab.stem + suffix, data, "garbage")


def import_files(vocab: Vocabulary) -> st.SearchStrategy[FuzzFile]:
    """Every kind of file above, CSV and XLSX most often."""
    kinds = [csv_files(vocab), csv_files(vocab), xlsx_files(vocab), xlsx_files(vocab)]
    kinds.append(garbage_files(vocab))
    if vocab.seeds:
        kinds.append(seed_files(vocab))
    return st.one_of(kinds)

"""Reading the cells of a spreadsheet or CSV file, shared by every importer.

Importers (the stakeholder register, survey exports) accept whatever people
have: XLSX, XLS, ODS (read with python-calamine, which is far faster than
openpyxl on large files) and CSV in UTF-8 with or without BOM or in
Windows-1250, separated by ``;``, ``,`` or tabs. This module turns a file into
a grid of cells and a grid into a ``Table`` (header row + numbered data rows);
deciding which row is the header and what the columns mean is the importer's
business. Every failure is a ``UserError`` naming the file.
"""

from __future__ import annotations

import csv
import importlib
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP

SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods")
SUPPORTED = (*SPREADSHEETS, ".csv", ".txt")
#: Separators tried when sniffing a CSV file; the first wins a tie.
DELIMITERS = (";", ",", "\t")
#: How many records sniffing looks at.
_SNIFF_RECORDS = 50


@dataclass(frozen=True)
class Table:
    """The cells of an import file: its header row and the data rows below it.

    Row numbers are the ones the spreadsheet shows (1-based, blank rows
    counted), so messages can send the user to the right line.
    """

    source: str
    header_row: int
    headers: list[str]
    rows: list[tuple[int, list[Any]]]

    def column_name(self, index: int) -> str:
        """The header of column ``index`` (its letter when the header cell is empty)."""
        text = self.headers[index] if index < len(self.headers) else ""
        return text or column_letter(index)


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def file_error(path: Path, template: str, **params: Any) -> UserError:
    """A ``UserError`` about ``path``; ``template`` may use ``{file}`` (the file's name)."""
    return UserError(template, field="file", file=path.name, **params)


def is_blank(value: Any) -> bool:
    """An empty cell: nothing, or only whitespace."""
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: Any) -> str:
    """A cell as text: whole numbers without ``.0``, dates as DD.MM.RRRR."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime, date)):
        return value.strftime("%d.%m.%Y")
    return str(value).strip()


def read_bytes(path: Path) -> bytes:
    """The file's content, refused when its format is not supported, unreadable or empty."""
    if path.suffix.lower() not in SUPPORTED:
        raise file_error(
            path,
            QT_TRANSLATE_NOOP(
                "errors", "Plik „{file}” ma nieobsługiwany format (XLSX, XLS, ODS lub CSV)."
            ),
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise file_error(
            path,
            QT_TRANSLATE_NOOP("errors", "Nie można odczytać pliku „{file}”: {reason}."),
            reason=exc.strerror or str(exc),
        ) from exc
    if not data.strip() or not data.removeprefix(b"\xef\xbb\xbf").strip():
        raise file_error(path, QT_TRANSLATE_NOOP("errors", "Plik „{file}” jest pusty."))
    return data


def read_grid(path: Path, data: bytes | None = None) -> list[list[Any]]:
    """Every row of the first sheet (or of the CSV file), blank rows included.

    ``data`` is the file's content when the caller already read it (to hash it).
    """
    if data is None:
        data = read_bytes(path)
    if path.suffix.lower() in SPREADSHEETS:
        return read_sheet(path, data)
    return _read_csv(path, data)


def first_filled_row(grid: list[list[Any]]) -> int | None:
    """The index of the first row with a non-blank cell, ``None`` when there is none."""
    return next((i for i, row in enumerate(grid) if not all(is_blank(v) for v in row)), None)


def table_from_grid(path: Path, grid: list[list[Any]], header_index: int) -> Table:
    """A ``Table`` whose header is ``grid[header_index]``; blank rows below it are skipped."""
    headers = [cell_text(c) for c in grid[header_index]]
    rows = [
        (number + 1, row)
        for number, row in enumerate(grid)
        if number > header_index and not all(is_blank(v) for v in row)
    ]
    return Table(path.name, header_index + 1, headers, rows)


#: The signature of an OLE compound file: XLS files, and XLSX files encrypted with a password.
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: Streams of an encrypted OOXML package (MS-OFFCRYPTO), as UTF-16 names in the OLE directory.
_ENCRYPTED_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
PASSWORD_PROTECTED = QT_TRANSLATE_NOOP(
    "errors", "Plik „{file}” jest chroniony hasłem; zapisz go bez hasła i zaimportuj ponownie."
)


NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "errors", "Plik „{file}” nie jest skoroszytem ({kind}), który można odczytać."
)


def is_encrypted_workbook(path: Path, data: bytes) -> bool:
    """An Office file locked with a password: an OLE file holding an encrypted package.

    Excel saves a password-protected XLSX as an OLE compound file with
    ``EncryptionInfo`` and ``EncryptedPackage`` streams instead of a zip; an
    XLSX name on any OLE file means the same in practice. An XLS is always
    an OLE file, so for it only the streams tell.
    """
    if not data.startswith(OLE_SIGNATURE):
        return False
    if path.suffix.lower() != ".xls":
        return True
    return all(name in data for name in _ENCRYPTED_STREAMS)


def check_workbook(path: Path, data: bytes) -> None:
    """Refuse a spreadsheet that calamine cannot open: locked with a password, or not one at all."""
    kind = path.suffix.lstrip(".").upper()
    if is_encrypted_workbook(path, data):
        raise file_error(path, PASSWORD_PROTECTED)
    # XLS is an OLE file, not a zip; XLSX, XLSM and ODS are zips.
    if path.suffix.lower() != ".xls" and not zipfile.is_zipfile(io.BytesIO(data)):
        raise file_error(path, NOT_A_WORKBOOK, kind=kind)


#: Formats read in a memory-limited child process where the system allows (``isolated``):
#: calamine trusts the sizes these binary or repeated layouts state.
_ISOLATED = (".xls", ".ods")
TOO_MUCH_MEMORY = QT_TRANSLATE_NOOP(
    "errors",
    "Odczyt pliku „{file}” wymagałby zbyt wiele pamięci, więc plik jest uszkodzony albo za duży; "
    "otwórz go w arkuszu kalkulacyjnym i zapisz ponownie (najlepiej jako XLSX).",
)


class CalamineFailure(Exception):
    """What python-calamine said about a file it could not read (a UserError's cause)."""


def is_panic(exc: BaseException) -> bool:
    """A Rust panic inside python-calamine: pyo3's ``PanicException``.

    It derives from ``BaseException``, so ``except Exception`` lets it
    through; a damaged file causes it (an index out of range, a date out of
    bounds), so it is the same "cannot be read" as any other failure.
    """
    return type(exc).__name__ == "PanicException"


def read_sheet(path: Path, data: bytes) -> list[list[Any]]:
    """Every row of the first sheet, blank rows and leading empty columns included.

    A sheet too big for memory is refused before calamine sees it
    (``sheet_guard``); XLS and ODS files are read in a child process where
    possible, so that a damaged one calamine chokes on cannot end the app.
    """
    from cwd_desktop.services import isolated, sheet_guard

    importlib.import_module("python_calamine")  # loaded before a fork: the child imports nothing
    check_workbook(path, data)
    sheet_guard.check_sheet(path, data)
    if path.suffix.lower() in _ISOLATED and isolated.available():
        try:
            outcome, value = isolated.call(first_sheet, data)
        except isolated.ChildDied as exc:
            raise file_error(path, TOO_MUCH_MEMORY) from exc
    else:
        outcome, value = first_sheet(data)
    if outcome == "password":  # an XLS encrypted with a password
        raise file_error(path, PASSWORD_PROTECTED)
    if outcome != "rows":
        kind = path.suffix.lstrip(".").upper()
        raise file_error(path, NOT_A_WORKBOOK, kind=kind) from CalamineFailure(value)
    rows: list[list[Any]] = value
    return rows


def first_sheet(data: bytes) -> tuple[str, Any]:
    """("rows", the first sheet's rows), ("password", None) or ("unreadable", what
    calamine said). Never raises: it may run in a child, which answers only with this."""
    from python_calamine import CalamineWorkbook, PasswordError

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        if not workbook.sheet_names:
            return "unreadable", "no sheets"
        return "rows", workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except PasswordError:
        return "password", None
    except Exception as exc:  # calamine raises its own errors and ValueError for bad files
        return "unreadable", f"{type(exc).__name__}: {exc}"
    except BaseException as exc:
        if not is_panic(exc):
            raise
        return "unreadable", f"panic: {exc}"


#: Byte order marks of UTF-16 ("Tekst Unicode" from Excel is UTF-16 with tabs).
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def text_encoding(path: Path, data: bytes) -> tuple[str, str]:
    """(codec, the first 200,000 characters): UTF-16 when it starts with its byte order
    mark, UTF-8 (with or without BOM), else Windows-1250.

    A ``UserError`` names the first byte that fits none, or the line holding a
    NUL character: no text file has one (a UTF-16 file without its mark, or a
    damaged one), and a NUL stored in a name would break searches and exports.
    """
    codecs = ("utf-16",) if data.startswith(_UTF16_BOMS) else ("utf-8-sig", "cp1250")
    for codec in codecs:
        try:
            text = data.decode(codec)
            break
        except UnicodeDecodeError as error:
            failure = error
    else:
        raise file_error(
            path,
            QT_TRANSLATE_NOOP(
                "errors",
                "Pliku „{file}” nie da się odczytać jako tekstu w UTF-8 ani Windows-1250 "
                "(bajt nr {offset}); zapisz go ponownie jako CSV UTF-8.",
            ),
            offset=failure.start + 1,
        ) from failure
    nul = text.find("\x00")
    if nul >= 0:
        raise file_error(
            path,
            QT_TRANSLATE_NOOP(
                "errors",
                "Plik „{file}” ma w wierszu {line} znak NUL (bajt zerowy), którego nie ma "
                "w zwykłym pliku tekstowym; zapisz go ponownie jako CSV UTF-8.",
            ),
            line=text.count("\n", 0, nul) + 1,
        )
    return codec, text[:200_000]


def decode_text(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1250; a ``UserError`` when neither fits."""
    codec, _ = text_encoding(path, data)
    return data.decode(codec)


def sniff_delimiter(content: str) -> str:
    """The separator that splits the first records into the most consistent, widest rows.

    Counting characters in the first line is not enough: Google Forms
    headers are whole questions, full of commas inside quotes. So each
    candidate parses the first records properly; a separator wins when the
    records agree on a width of more than one column, the widest first.
    """
    best, best_score = DELIMITERS[0], (False, 0, 0)
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(content[:200_000], newline=""), delimiter=delimiter)
        widths = []
        try:
            for record in reader:
                if any(cell.strip() for cell in record):
                    widths.append(len(record))
                if len(widths) >= _SNIFF_RECORDS:
                    break
        except csv.Error:
            continue
        if not widths or max(widths) < 2:
            continue  # this separator splits nothing
        consistent = widths[0] > 1 and all(w == widths[0] for w in widths)
        score = (consistent, widths[0] if consistent else 0, max(widths))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path, data: bytes) -> list[list[Any]]:
    content = decode_text(path, data)
    delimiter = sniff_delimiter(content)
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    try:
        return [list(row) for row in reader]
    except csv.Error as exc:
        # Python's reasons are English and technical; the usual cause of the one people
        # meet (a field over the size limit) is a quotation mark opened and never closed.
        template = (
            QT_TRANSLATE_NOOP(
                "errors",
                "Plik „{file}” ma w okolicy wiersza {row} pole dłuższe niż 131 072 znaki, "
                "zwykle przez niezamknięty cudzysłów; popraw plik i zapisz go ponownie jako CSV.",
            )
            if "field limit" in str(exc)
            else QT_TRANSLATE_NOOP(
                "errors",
                "Plik „{file}” nie jest poprawnym plikiem CSV (wiersz {row}); zapisz go "
                "ponownie jako CSV UTF-8.",
            )
        )
        raise file_error(path, template, row=reader.line_num) from exc

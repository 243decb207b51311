"""The text inside a knowledge-base file (DOCX, PDF, XLSX, TXT, MD), for search.

Extraction runs once, when the file is added; the text is stored beside the
file's blob (``knowledge_document.content_text``) and indexed, so every synced
laptop searches inside the file without extracting it again. Libraries:
python-docx (paragraphs and tables, headers and footers), pypdf (pure Python,
well kept; reads encrypted files when they open without a password) and
python-calamine (the cells of every sheet).

A file that cannot be read is refused with one sentence naming the file and
why (damaged, locked with a password, a type the base does not take): the
caller then stores nothing.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import logging
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.progress import NO_PROGRESS, Progress

#: File types the knowledge base takes, by suffix.
SUPPORTED = (".docx", ".pdf", ".xlsx", ".xlsm", ".ods", ".txt", ".md")
#: Extracted text kept per file: enough for any guide, bounded for a 900-page scan export.
MAX_TEXT = 2_000_000
#: The signature of an OLE compound file: Office files saved with a password are OLE files.
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

UNSUPPORTED = QT_TRANSLATE_NOOP(
    "errors",
    "Plik „{file}” ma nieobsługiwany format (baza wiedzy przyjmuje pliki DOCX, PDF, XLSX, "
    "ODS, TXT i MD); nic nie zapisano.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "errors",
    "Pliku „{file}” nie da się odczytać, bo jest uszkodzony albo nie jest plikiem {kind}; "
    "nic nie zapisano.",
)
PROTECTED = QT_TRANSLATE_NOOP(
    "errors",
    "Plik „{file}” jest chroniony hasłem, więc nie da się odczytać jego treści: zapisz go "
    "bez hasła i dodaj ponownie; nic nie zapisano.",
)
UNREADABLE = QT_TRANSLATE_NOOP(
    "errors", "Nie można odczytać pliku „{file}”: {reason}; nic nie zapisano."
)
EMPTY = QT_TRANSLATE_NOOP("errors", "Plik „{file}” jest pusty; nic nie zapisano.")
NOT_TEXT = QT_TRANSLATE_NOOP(
    "errors",
    "Plik „{file}” nie jest tekstem w UTF-8 ani Windows-1250 (bajt nr {offset}); nic nie zapisano.",
)


def _error(path: Path, template: str, **params: Any) -> UserError:
    return UserError(template, field="file", file=path.name, **params)


def is_supported(path: Path) -> bool:
    """True if the knowledge base takes files of this type."""
    return path.suffix.lower() in SUPPORTED


def read_file(path: Path) -> bytes:
    """The file's bytes; a UserError for an unsupported type, an unreadable or empty file."""
    if not is_supported(path):
        raise _error(path, UNSUPPORTED)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _error(path, UNREADABLE, reason=exc.strerror or str(exc)) from exc
    if not data:
        raise _error(path, EMPTY)
    return data


def extract_text(path: Path, data: bytes, progress: Progress = NO_PROGRESS) -> str:
    """The text of a file named ``path`` holding ``data``, cleaned and capped at ``MAX_TEXT``.

    A UserError (one sentence naming the file) when it cannot be read.
    """
    suffix = path.suffix.lower()
    if suffix == ".docx":
        text = _docx_text(path, data)
    elif suffix == ".pdf":
        text = _pdf_text(path, data, progress)
    elif suffix in (".xlsx", ".xlsm", ".ods"):
        text = _sheet_text(path, data)
    elif suffix in (".txt", ".md"):
        text = _plain_text(path, data)
    else:
        raise _error(path, UNSUPPORTED)
    return clean(text)


def clean(text: str) -> str:
    """Control characters out, runs of blank lines collapsed, capped at ``MAX_TEXT``."""
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", text).strip()
    return text[:MAX_TEXT]


# -- DOCX ------------------------------------------------------------------------------


def _docx_text(path: Path, data: bytes) -> str:
    import docx

    if data.startswith(_OLE):  # Word saves a document locked with a password as an OLE file
        raise _error(path, PROTECTED)
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise _error(path, DAMAGED, kind="DOCX")
    try:
        document = docx.Document(io.BytesIO(data))
        parts = list(_blocks(document))
        for section in document.sections:
            for part in (section.header, section.footer):
                if not part.is_linked_to_previous:
                    parts.extend(p.text for p in part.paragraphs)
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors, …
        raise _error(path, DAMAGED, kind="DOCX") from exc
    return "\n".join(p for p in parts if p.strip())


def _blocks(container: Any) -> Iterator[str]:
    """Paragraph and table-cell texts in document order (nested tables too)."""
    for block in container.iter_inner_content():
        if hasattr(block, "rows"):
            yield from _table(block)
        else:
            yield block.text


def _table(table: Any) -> Iterator[str]:
    for row in table.rows:
        seen: set[int] = set()
        cells: list[str] = []
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell appears once per column it spans
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(t for t in _blocks(cell) if t.strip()))
        line = " | ".join(c for c in cells if c)
        if line:
            yield line


# -- PDF ---------------------------------------------------------------------------------


def _pdf_text(path: Path, data: bytes, progress: Progress) -> str:
    if b"%PDF-" not in data[:1024]:
        raise _error(path, DAMAGED, kind="PDF")
    # pypdf logs what it repairs ("EOF marker not found"); the user gets one sentence instead.
    with _quiet("pypdf"):
        return _read_pdf(path, data, progress)


@contextlib.contextmanager
def _quiet(logger: str) -> Iterator[None]:
    log = logging.getLogger(logger)
    level = log.level
    log.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        log.setLevel(level)


def _read_pdf(path: Path, data: bytes, progress: Progress) -> str:
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except (DependencyError, NotImplementedError) as exc:
                raise _error(path, PROTECTED) from exc
            if opened == PasswordType.NOT_DECRYPTED:
                raise _error(path, PROTECTED)
        total = len(reader.pages)
    except UserError:
        raise
    except FileNotDecryptedError as exc:
        raise _error(path, PROTECTED) from exc
    except Exception as exc:  # pypdf raises PdfReadError, ValueError, KeyError, … on damage
        raise _error(path, DAMAGED, kind="PDF") from exc
    if total == 0:
        raise _error(path, DAMAGED, kind="PDF")
    texts: list[str] = []
    failed = 0
    for number, page in enumerate(reader.pages):
        progress.update(number, total, QT_TRANSLATE_NOOP("progress", "Odczytywanie tekstu PDF…"))
        try:
            texts.append(page.extract_text() or "")
        except FileNotDecryptedError as exc:
            raise _error(path, PROTECTED) from exc
        except Exception:  # one broken page: keep the others' text
            failed += 1
    if failed == total:
        raise _error(path, DAMAGED, kind="PDF")
    return "\n".join(texts)


# -- spreadsheets and plain text ----------------------------------------------------------


def _sheet_text(path: Path, data: bytes) -> str:
    """The text of every sheet; a workbook too big or too damaged for calamine is refused.

    The same guards as the importers (``tabular.read_sheet``): the extent of
    every sheet is checked first, and XLS/ODS are read in a memory-limited
    child where the system allows, so a damaged file cannot end the app.
    """
    from cwd_desktop.services import isolated, sheet_guard
    from cwd_desktop.services.tabular import TOO_MUCH_MEMORY, check_workbook, file_error

    importlib.import_module("python_calamine")  # loaded before a fork: the child imports nothing
    kind = path.suffix.lstrip(".").upper()
    try:
        check_workbook(path, data)
    except UserError as exc:
        raise _error(path, PROTECTED if data.startswith(_OLE) else DAMAGED, kind=kind) from exc
    sheet_guard.check_every_sheet(path, data)
    if path.suffix.lower() in (".xls", ".ods") and isolated.available():
        try:
            outcome, value = isolated.call(workbook_text, data)
        except isolated.ChildDied as exc:
            raise file_error(path, TOO_MUCH_MEMORY) from exc
    else:
        outcome, value = workbook_text(data)
    if outcome != "text":
        raise _error(path, DAMAGED, kind=kind) from RuntimeError(value)
    return str(value)


def workbook_text(data: bytes) -> tuple[str, str]:
    """("text", every sheet's name and rows as lines) or ("unreadable", what calamine said).

    Never raises: it may run in a child process, which answers only with this.
    """
    from python_calamine import CalamineWorkbook

    from cwd_desktop.services.tabular import cell_text, is_panic

    lines: list[str] = []
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        for name in workbook.sheet_names:
            lines.append(str(name))
            for row in workbook.get_sheet_by_name(name).to_python(skip_empty_area=True):
                line = "\t".join(t for t in (cell_text(v) for v in row) if t)
                if line:
                    lines.append(line)
    except Exception as exc:  # calamine's own errors and ValueError for damaged files
        return "unreadable", f"{type(exc).__name__}: {exc}"
    except BaseException as exc:
        if not is_panic(exc):
            raise
        return "unreadable", f"panic: {exc}"
    return "text", "\n".join(lines)


def _plain_text(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1250")
    except UnicodeDecodeError as exc:
        raise _error(path, NOT_TEXT, offset=exc.start + 1) from exc

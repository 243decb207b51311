"""Looking inside exported DOCX files the way a reader will see them.

``reopen`` gives python-docx's view (headings, tables, pictures); ``part_xml``
and ``parts`` the raw XML for fields; ``pdf_text`` converts the file with
LibreOffice headless and returns its text as ``pdftotext`` reads it, in
reading order, skipping the calling test (only that check) when either tool
is missing. A wrapped table cell's lines may interleave with its
neighbours', so check short cell texts. Every conversion uses its own
LibreOffice profile so parallel runs don't clash.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.document import Document

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")


def reopen(path: Path) -> Document:
    """The saved file as python-docx reads it (fails if it is not a valid DOCX)."""
    return docx.Document(str(path))


def headings(document: Document) -> list[tuple[int, str]]:
    """(level, text) of every "Heading N" paragraph, in order."""
    found = []
    for p in document.paragraphs:
        name = p.style.name if p.style is not None else ""
        if name.startswith("Heading "):
            found.append((int(name.split()[1]), p.text))
    return found


def table_texts(document: Document) -> list[list[list[str]]]:
    """Every table as rows of cell texts."""
    return [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]


def part_xml(path: Path, name: str) -> str:
    """The XML of one part of the package, e.g. "word/document.xml" or "word/footer1.xml"."""
    with zipfile.ZipFile(path) as package:
        return package.read(name).decode("utf-8")


def parts(path: Path, prefix: str) -> list[str]:
    """The XML of every part whose name starts with ``prefix`` (e.g. "word/footer")."""
    with zipfile.ZipFile(path) as package:
        return [package.read(n).decode("utf-8") for n in package.namelist() if n.startswith(prefix)]


def pdf_text(path: Path, work: Path) -> str:
    """``path`` converted to PDF by LibreOffice, as text; skips if the tools are missing."""
    if SOFFICE is None or PDFTOTEXT is None:
        pytest.skip(
            "LibreOffice (soffice) or pdftotext (poppler-utils) is not installed: "
            "the PDF rendering is not checked here; the python-docx checks still ran"
        )
    out = work / "pdf"
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation=file://{work / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = out / (path.stem + ".pdf")
    result = subprocess.run(
        [str(PDFTOTEXT), str(pdf), "-"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return result.stdout.decode("utf-8")


def squeeze(text: str) -> str:
    """Text with every run of whitespace made one space (table cells wrap in a PDF)."""
    return " ".join(text.split())

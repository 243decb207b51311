"""A small, valid PDF of plain text, for the demo knowledge base and the tests.

pypdf reads PDFs but cannot lay out text, and no PDF writer is a dependency,
so this module writes the few objects a text PDF needs by hand: a catalogue,
pages, one Helvetica font and a content stream per page. Polish letters
outside Windows-1252 get codes of their own through the font's
``/Differences`` (glyph names such as ``lslash``), so viewers show them and
text extraction gives them back as Unicode.
"""

from __future__ import annotations

import textwrap

#: Polish letters missing from WinAnsiEncoding, given the codes of À–Ï (unused in Polish).
_POLISH = "ąćęłńśźżĄĆĘŁŃŚŹŻ"
_GLYPHS = [
    "aogonek",
    "cacute",
    "eogonek",
    "lslash",
    "nacute",
    "sacute",
    "zacute",
    "zdotaccent",
    "Aogonek",
    "Cacute",
    "Eogonek",
    "Lslash",
    "Nacute",
    "Sacute",
    "Zacute",
    "Zdotaccent",
]
_FIRST_CODE = 0xC0
_CODES = {char: _FIRST_CODE + i for i, char in enumerate(_POLISH)}
_WIDTH = 92  # characters per line at 10.5 pt on A4 with 2 cm margins
_LINES_PER_PAGE = 52


def _encode(line: str) -> bytes:
    out = bytearray()
    for char in line:
        if char in _CODES:
            out.append(_CODES[char])
            continue
        try:
            encoded = char.encode("cp1252")
        except UnicodeEncodeError:
            encoded = b"?"
        if encoded in (b"(", b")", b"\\"):
            out += b"\\"
        out += encoded
    return bytes(out)


def _lines(title: str, paragraphs: list[str]) -> list[tuple[str, bool]]:
    """(text, is_title) lines: the title, a blank line, the wrapped paragraphs apart."""
    lines: list[tuple[str, bool]] = [(title, True), ("", False)]
    for paragraph in paragraphs:
        lines += [(w, False) for w in textwrap.wrap(paragraph, _WIDTH) or [""]]
        lines.append(("", False))
    return lines


def _page_stream(lines: list[tuple[str, bool]]) -> bytes:
    parts = [b"BT", b"57 785 Td", b"14 TL"]
    for text, is_title in lines:
        parts.append(b"/F2 14 Tf" if is_title else b"/F1 10.5 Tf")
        parts.append(b"(" + _encode(text) + b") Tj T*")
    parts.append(b"ET")
    return b"\n".join(parts)


def text_pdf(title: str, paragraphs: list[str]) -> bytes:
    """A PDF of ``title`` (bold) and ``paragraphs``, wrapped and paged on A4."""
    lines = _lines(title, paragraphs)
    pages = [lines[i : i + _LINES_PER_PAGE] for i in range(0, len(lines), _LINES_PER_PAGE)]
    differences = f"[{_FIRST_CODE} " + " ".join(f"/{g}" for g in _GLYPHS) + "]"
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, filled in once the page numbers are known
        b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences "
        + differences.encode("ascii")
        + b" >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding 3 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding 3 0 R >>",
        b"<< /Title (" + _encode(title) + b") /Producer (cwd-desktop) >>",
    ]
    kids = []
    for page in pages:
        stream = _page_stream(page)
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
            b" /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents %d 0 R >>" % content
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)

"""Write the bad-input corpus of the survey import: ``tests/data/surveys/bad/``.

The files are committed; this script only re-makes them (run it from the
repository root: ``python tests/data/surveys/make_bad_corpus.py``). Each file
is one way a survey export goes wrong in real life, and
``tests/services/test_survey_bad_corpus.py`` holds the sentence the user gets
for it.

The password-protected workbook is a real encrypted OOXML package (an OLE
compound file with ``EncryptionInfo`` and ``EncryptedPackage`` streams, as
Excel writes it), made with msoffcrypto-tool and the password ``tajne``.
msoffcrypto-tool is needed only here, never by the application: install it
next to the script's Python (``pip install msoffcrypto-tool``) to re-make
that file; without it the committed file is left as it is.
"""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

BAD = Path(__file__).resolve().parent / "bad"
PASSWORD = "tajne"

HEADER = ["Sygnatura czasowa", "Płeć", "Wiek"]
ROWS = [
    [datetime(2026, 3, 2, 9, 15), "Kobieta", 34],
    [datetime(2026, 3, 2, 9, 40), "Mężczyzna", 41],
    [datetime(2026, 3, 2, 10, 5), "Kobieta", 19],
]


def xlsx(name: str, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    path = BAD / name
    book.save(path)
    return path


def text(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = BAD / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def csv_text(rows: list[list[object]], sep: str = ";") -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=sep, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def encrypted(name: str, plain: bytes) -> Path | None:
    """``plain`` (an XLSX) encrypted with ``PASSWORD``, as Excel's "Encrypt with password"."""
    try:
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError:
        print(f"msoffcrypto-tool is not installed: {name} left as it is", file=sys.stderr)
        return None
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(plain)).encrypt(PASSWORD, out)
    path = BAD / name
    path.write_bytes(out.getvalue())
    return path


def main() -> int:
    BAD.mkdir(parents=True, exist_ok=True)
    # empty: nothing but a byte-order mark and a line break; a workbook with an empty sheet
    text("pusty.csv", b"\xef\xbb\xbf\r\n")
    xlsx("pusty.xlsx", [])
    # a header and no answers
    text("naglowek.csv", csv_text([HEADER]))
    xlsx("naglowek.xlsx", [HEADER])
    # no header: the first row holds answers
    xlsx("bez_naglowka.xlsx", ROWS)
    # a zip cut in the middle (a download that did not finish)
    good = xlsx("dobry.xlsx", [HEADER, *ROWS]).read_bytes()
    (BAD / "dobry.xlsx").unlink()
    text("uciety.xlsx", good[: len(good) // 2])
    # a zip that holds no workbook
    with zipfile.ZipFile(BAD / "archiwum.xlsx", "w") as archive:
        archive.writestr("notatka.txt", "To jest archiwum, nie skoroszyt.")
    # locked with a password
    encrypted("haslo.xlsx", good)
    # a text file renamed to .xlsx
    text("notatki.xlsx", "Notatki ze spotkania z mieszkańcami.\nTo nie jest arkusz.\n")
    # neither UTF-8 nor Windows-1250: 0x81, 0x83, 0x88, 0x90 and 0x98 mean nothing in cp1250
    text("kodowanie.csv", "Płeć;Wiek\r\nK;34\r\n".encode("cp1250") + b"M\x98\x81;41\r\n")
    # ragged: the third row is longer than the header
    text("krzywy.csv", csv_text([["Płeć", "Wiek"], ["K", 34], ["M", 41, "nadmiarowe"]]))
    xlsx("krzywy.xlsx", [["Płeć", "Wiek"], ["K", 34], ["M", 41, "nadmiarowe"], ["K", 19]])
    # the same header twice
    text("dwa_naglowki.csv", csv_text([["Płeć", "Wiek", "Płeć"], ["K", 34, "K"]]))
    xlsx("dwa_naglowki.xlsx", [["Płeć", "Wiek", "Płeć"], ["K", 34, "K"]])
    # a header cell left empty in the middle
    text("brak_naglowka.csv", csv_text([["Płeć", "", "Wiek"], ["K", "tak", 34]]))
    xlsx("brak_naglowka.xlsx", [["Płeć", None, "Wiek"], ["K", "tak", 34]])
    for path in sorted(BAD.iterdir()):
        print(f"{path.relative_to(BAD.parent.parent.parent.parent)}: {path.stat().st_size} B")
    return 0


if __name__ == "__main__":
    sys.exit(main())

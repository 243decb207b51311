"""Reading a survey file in slices gives exactly what reading it whole gives.

``survey_import.stream`` cuts an XLSX sheet into slices of rows (and reads a
CSV file as a stream) so that a big export never sits in memory whole. Each
test makes slices tiny, so that a small file is cut many times, and compares
the parsed survey with the one read by calamine's whole-sheet read.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from cwd_desktop.services.survey_import import ParsedSurvey, parse_survey, read, stream
from cwd_desktop.services.survey_import.read import read_survey_table
from tests.services.test_survey_import import write_xlsx

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
EPOCH = datetime(1899, 12, 30)


def column(index: int) -> str:
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[index]


def write_shared_strings_xlsx(path: Path, rows: list[list[object]]) -> Path:
    """An XLSX as Excel and Google Sheets write it: texts in the shared strings table.

    A text starting with ``=`` is written as a formula with its cached text
    result (``t="str"``), as Excel stores a formula that yields text.
    """
    shared: dict[str, int] = {}
    body = []
    for r, values in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(values):
            ref = f"{column(c)}{r}"
            if value is None:
                continue
            if isinstance(value, datetime):
                days = (value - EPOCH) / timedelta(days=1)
                cells.append(f'<c r="{ref}" s="1"><v>{days!r}</v></c>')
            elif isinstance(value, (int, float)):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif str(value).startswith("="):
                cells.append(
                    f'<c r="{ref}" t="str"><f>{escape(str(value)[1:])}</f>'
                    f"<v>{escape(str(value)[1:])}</v></c>"
                )
            else:
                index = shared.setdefault(str(value), len(shared))
                cells.append(f'<c r="{ref}" t="s"><v>{index}</v></c>')
        body.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = f'<worksheet xmlns="{NS}"><sheetData>{"".join(body)}</sheetData></worksheet>'
    strings = "".join(f'<si><t xml:space="preserve">{escape(t)}</t></si>' for t in shared)
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
            f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{NS}" xmlns:r="{REL}"><sheets>'
            '<sheet name="Odpowiedzi" sheetId="1" r:id="rId1"/>'
            '<sheet name="Inne" sheetId="2" r:id="rId4"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{PKG}">'
            f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
            f'<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId4" Type="{REL}/worksheet" Target="worksheets/sheet2.xml"/>'
            "</Relationships>"
        ),
        "xl/styles.xml": (
            f'<styleSheet xmlns="{NS}"><numFmts count="1"><numFmt numFmtId="164" '
            'formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts><cellXfs count="2"><xf numFmtId="0"/>'
            '<xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>'
        ),
        "xl/sharedStrings.xml": f'<sst xmlns="{NS}">{strings}</sst>',
        "xl/worksheets/sheet1.xml": sheet,
        "xl/worksheets/sheet2.xml": f'<worksheet xmlns="{NS}"><sheetData/></worksheet>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return path


def responses(count: int) -> list[list[object]]:
    """A Google Forms export: timestamp, e-mail, choices, a scale, checkboxes, free text."""
    header = [
        "Sygnatura czasowa",
        "Adres e-mail",
        "Płeć",
        "Jak oceniasz gminę?",
        "Z czego korzystasz?",
        "Uwagi",
    ]
    rows: list[list[object]] = [header]
    services = ["Biblioteka", "Sport, rekreacja", "Ośrodek zdrowia"]
    for n in range(count):
        rows.append(
            [
                datetime(2026, 3, 2, 8) + timedelta(minutes=7 * n),
                f"osoba{n}@example.pl",
                ("Kobieta", "Mężczyzna", "  ")[n % 3],
                n % 5 + 1,
                ", ".join(services[n % 3 : n % 3 + 1 + n % 2]) if n % 5 else None,
                f"Uwaga nr {n} <ważna> & pilna" if n % 4 else None,
            ]
        )
    rows.insert(40, [None] * len(header))  # a blank row in the middle
    return rows


def whole(path: Path, monkeypatch: pytest.MonkeyPatch) -> ParsedSurvey:
    """The file parsed from calamine's whole-sheet read (no slicing)."""
    with monkeypatch.context() as patch:
        patch.setattr(stream._XlsxSlicer, "open", classmethod(lambda cls, data: None))
        patch.setattr(stream, "CSV_ROWS", 10**9)
        return parse_survey(path)


def sliced(path: Path, monkeypatch: pytest.MonkeyPatch) -> ParsedSurvey:
    """The file parsed in slices of about 1 KiB of sheet XML (CSV: 7 records).

    The free-text column soon has mostly new values in a slice, so it stops
    being kept in a dictionary of values ("wide"); the choices do not.
    """
    with monkeypatch.context() as patch:
        patch.setattr(stream, "SLICE_BYTES", 1024)
        patch.setattr(stream, "CSV_ROWS", 7)
        patch.setattr(read, "_WIDE_AFTER", 6)  # free-text columns stop being remembered
        return parse_survey(path)


def assert_same(a: ParsedSurvey, b: ParsedSurvey) -> None:
    assert a.rows == b.rows
    assert [(q.key, q.type, q.options, q.rows) for q in a.questions] == [
        (q.key, q.type, q.options, q.rows) for q in b.questions
    ]
    assert a.answers == b.answers
    assert a.metadata == b.metadata


def test_shared_strings_workbook_read_in_slices(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_shared_strings_xlsx(tmp_path / "google.xlsx", responses(300))
    survey = sliced(path, monkeypatch)
    assert_same(survey, whole(path, monkeypatch))
    assert survey.response_count == 300
    assert survey.rows[38:42] == [40, 42, 43, 44]  # the blank row 41 is skipped
    assert survey.answers["Uwagi"][1] == "Uwaga nr 1 <ważna> & pilna"
    assert survey.answers["Płeć"][:3] == ["Kobieta", "Mężczyzna", None]
    assert survey.answers["Z czego korzystasz?"][:5] == [
        None,
        ("Sport, rekreacja", "Ośrodek zdrowia"),
        ("Ośrodek zdrowia",),
        ("Biblioteka", "Sport, rekreacja"),
        ("Sport, rekreacja",),
    ]


def test_formula_texts_among_shared_strings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = responses(120)
    for n in range(5, 120, 9):
        rows[n][5] = f"=Wyliczone {n}"  # a formula's text result next to shared strings
    path = write_shared_strings_xlsx(tmp_path / "formuly.xlsx", rows)
    survey = sliced(path, monkeypatch)
    assert_same(survey, whole(path, monkeypatch))
    assert "Wyliczone 14" in survey.answers["Uwagi"]


def test_inline_strings_workbook_read_in_slices(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "openpyxl.xlsx", responses(200))
    survey = sliced(path, monkeypatch)
    assert_same(survey, whole(path, monkeypatch))
    assert survey.response_count == 200


def test_rows_without_numbers_are_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_xlsx(tmp_path / "numbered.xlsx", responses(60))
    path = tmp_path / "bez_numerow.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as copy:
        for name in original.namelist():
            content = original.read(name)
            if name.startswith("xl/worksheets/"):
                content = content.replace(b'<row r="', b'<row x="')
            copy.writestr(name, content)
    survey = sliced(path, monkeypatch)
    assert_same(survey, whole(source, monkeypatch))


def test_csv_read_in_slices(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Płeć", "Uwagi"])
    for n in range(50):
        writer.writerow([("K", "M")[n % 2], f"Linia pierwsza\nlinia druga {n}" if n % 3 else ""])
    path = tmp_path / "ankieta.csv"
    path.write_bytes(buffer.getvalue().encode("cp1250"))
    survey = sliced(path, monkeypatch)
    assert_same(survey, whole(path, monkeypatch))
    assert survey.answers["Uwagi"][1] == "Linia pierwsza\nlinia druga 1"


def test_columns_set_aside_by_header_are_not_kept(tmp_path: Path) -> None:
    table = read_survey_table(write_xlsx(tmp_path / "g.xlsx", responses(10)))
    assert table.columns[0] is None and table.columns[1] is None  # timestamp, e-mail
    assert table.filled([2]) == 7  # "  " is blank
    assert table.table.rows[0][1][2] == "Kobieta"


def test_the_benchmark_export_reads_the_same_in_both_layouts(tmp_path: Path) -> None:
    """The benchmark's generated Google Forms export: 20 questions of the intended types."""
    import random

    from tests.benchmarks import survey_import as bench

    inline, shared = tmp_path / "inline.xlsx", tmp_path / "shared.xlsx"
    bench.write_inline(inline, 400, random.Random("seed"))
    bench.write_shared(shared, 400, random.Random("seed"))
    a, b = parse_survey(inline), parse_survey(shared)
    assert_same(a, b)
    kinds = Counter(q.type.value for q in a.questions)
    assert kinds == {"single": 7, "scale": 6, "multiple": 3, "grid": 1, "number": 1, "text": 2}
    assert len(a.questions) == 20 and a.response_count == 400
    assert [m.role.value for m in a.metadata] == ["timestamp", "email"]


# -- storing what was read ------------------------------------------------------------------


@pytest.mark.parametrize(
    "values",
    [
        [("Biblioteka", "Sport, rekreacja"), None, ("Biblioteka",)] * 20,
        [{"Drogi": "Dobra", "Szkoły": "Zła"}] * 30 + [None, {"Drogi": "Zła"}],
        ["Kobieta", "Mężczyzna", None, "Kobieta"] * 25 + ["„cudzysłów” \\ ukośnik"],
        [1.0, 5.0, None] * 30 + [float("nan")],
        [1, 1.0, True, 0, 0.0, False] * 10,  # equal in a dict, not in JSON
        list(range(2, 200)),
        [],
    ],
)
def test_packed_answers_are_the_json_of_the_list(values: list[object]) -> None:
    import json
    import zlib

    from cwd_desktop.services.survey_data import pack, pack_many, unpack

    text = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    assert zlib.decompress(pack(values)).decode("utf-8") == text
    assert pack_many([values, values]) == [pack(values), pack(values)]
    assert json.dumps(unpack(pack(values)), ensure_ascii=False, separators=(",", ":")) == text

"""The DOCX writer every Word export uses: content, fields, templates, safe saving."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from PySide6.QtCharts import QBarSeries, QBarSet, QChart
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from cwd_desktop.errors import UserError
from cwd_desktop.exports.docx.template import shipped_template
from cwd_desktop.exports.docx.writer import WRITER_STYLES, DocxWriter, plural
from tests.exports.docx_check import (
    headings,
    part_xml,
    parts,
    pdf_text,
    reopen,
    squeeze,
    table_texts,
)


@pytest.fixture
def png(tmp_path: Path) -> Path:
    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    path = tmp_path / "obraz.png"
    assert image.save(str(path))
    return path


def full_document(path: Path, png: Path) -> Path:
    writer = DocxWriter(author="Anna Kowalczyk")
    writer.title_page(
        "Strategia rozwoju ponadlokalnego",
        "Partnerstwo Gmin Ziemi Braniewskiej",
        ["Braniewo, marzec 2024 r."],
    )
    writer.header_footer("PGZB — strategia")
    writer.toc()
    writer.heading("Diagnoza sytuacji", 1)
    writer.paragraph("Zażółć gęślą jaźń — żółw płynie przez Zalew Wiślany.\nDruga linia.")
    writer.notice("Dokument musi zawierać:", ["wnioski z diagnozy", "model funkcjonalny"])
    writer.heading("Ludność", 2)
    writer.bullets(["Braniewo", "Frombork"])
    writer.numbered(["pierwszy", "drugi"])
    writer.numbered(["znowu pierwszy"])
    writer.facts([("Data", "12.03.2024"), ("Miejsce", "Urząd Miasta Braniewa")])
    writer.table(
        ["Gmina", "Ludność", "Zmiana"],
        [["Braniewo", "16 907", "−9,1%"], ["Frombork", "2 310", "−8,4%\nod 2010 r."]],
        caption="Ludność gmin",
        number_columns=(1, 2),
    )
    writer.picture(png, width_cm=12, caption="Mapa obszaru")
    with writer.landscape():
        writer.heading("Zestawienie projektów", 1)
        writer.table(["Nr", "Projekt"], [["1", "Ścieżka rowerowa wokół Zalewu"]])
    writer.heading("Wdrażanie", 3)
    return writer.save(path)


def test_a_document_reopens_with_its_headings_tables_and_pictures(
    tmp_path: Path, png: Path
) -> None:
    path = full_document(tmp_path / "strategia.docx", png)
    document = reopen(path)

    assert headings(document) == [
        (1, "Diagnoza sytuacji"),
        (2, "Ludność"),
        (1, "Zestawienie projektów"),
        (3, "Wdrażanie"),
    ]
    texts = [p.text for p in document.paragraphs]
    assert "Zażółć gęślą jaźń — żółw płynie przez Zalew Wiślany." in texts
    assert "Druga linia." in texts
    assert "Data: 12.03.2024" in texts
    assert "Tabela 1. Ludność gmin" in texts
    assert "Rysunek 1. Mapa obszaru" in texts
    assert table_texts(document) == [
        [
            ["Gmina", "Ludność", "Zmiana"],
            ["Braniewo", "16 907", "−9,1%"],
            ["Frombork", "2 310", "−8,4%\nod 2010 r."],
        ],
        [["Nr", "Projekt"], ["1", "Ścieżka rowerowa wokół Zalewu"]],
    ]
    assert len(document.inline_shapes) == 1
    assert document.core_properties.title == "Strategia rozwoju ponadlokalnego"
    assert document.core_properties.author == "Anna Kowalczyk"


def test_toc_page_numbers_and_landscape_are_real_word_features(tmp_path: Path, png: Path) -> None:
    path = full_document(tmp_path / "strategia.docx", png)
    body = part_xml(path, "word/document.xml")
    settings = part_xml(path, "word/settings.xml")

    assert 'TOC \\o "1-3"' in body
    assert '<w:updateFields w:val="true"/>' in settings  # Word refreshes the TOC on open
    footers = "".join(parts(path, "word/footer"))
    assert '<w:instrText xml:space="preserve"> PAGE </w:instrText>' in footers
    assert '<w:instrText xml:space="preserve"> NUMPAGES </w:instrText>' in footers
    assert "Strona " in footers
    assert any("PGZB — strategia" in h for h in parts(path, "word/header"))
    orientations = [s.orientation for s in reopen(path).sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    assert reopen(path).sections[1].page_width > reopen(path).sections[1].page_height


def test_each_numbered_list_starts_from_one(tmp_path: Path) -> None:
    writer = DocxWriter()
    writer.numbered(["a", "b"])
    writer.numbered(["c"])
    path = writer.save(tmp_path / "listy.docx")

    paragraphs = reopen(path).paragraphs
    num_ids = [p._p.pPr.numPr.numId.val for p in paragraphs if p.text in ("a", "b", "c")]
    assert num_ids[0] == num_ids[1] != num_ids[2]
    numbering = part_xml(path, "word/numbering.xml")
    assert numbering.count('<w:startOverride w:val="1"/>') == 2


def test_the_shipped_template_has_every_style_the_writer_uses() -> None:
    writer = DocxWriter()
    writer.require_styles(*WRITER_STYLES)  # raises if one is missing
    section = writer.document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert round(section.left_margin.cm, 1) == 2.5


def test_a_users_template_without_a_style_is_refused_by_name(tmp_path: Path) -> None:
    template = tmp_path / "moj-szablon.docx"
    docx.Document().save(str(template))  # python-docx's own: no CWD styles
    writer = DocxWriter(template)
    writer.heading("Wstęp", 1)  # built-in styles are there

    with pytest.raises(UserError) as caught:
        writer.table(["A"], [["1"]])
    assert str(caught.value) == (
        f"Szablon „{template}” nie ma stylu „CWD Tabela nagłówek”; "
        "dodaj go albo wybierz inny szablon."
    )


def test_a_dotx_template_is_used_like_a_docx(tmp_path: Path) -> None:
    source = zipfile.ZipFile(shipped_template())
    dotx = tmp_path / "szablon.dotx"
    with zipfile.ZipFile(dotx, "w") as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            out.writestr(info, data)

    writer = DocxWriter(dotx)
    writer.table(["Gmina"], [["Lelkowo"]], caption="Gminy")
    path = writer.save(tmp_path / "z-dotx.docx")

    assert table_texts(reopen(path)) == [[["Gmina"], ["Lelkowo"]]]


def test_a_template_that_is_not_a_word_file_is_one_sentence(tmp_path: Path) -> None:
    fake = tmp_path / "szablon.docx"
    fake.write_text("to nie jest Word", encoding="utf-8")
    with pytest.raises(UserError, match=r"nie jest szablonem programu Word"):
        DocxWriter(fake)
    with pytest.raises(UserError, match=r"Nie można otworzyć szablonu dokumentów .*brak\.docx"):
        DocxWriter(tmp_path / "brak.docx")


def test_template_body_text_is_dropped_but_its_styles_kept(tmp_path: Path) -> None:
    template = tmp_path / "z-tekstem.docx"
    sample = docx.Document(str(shipped_template()))
    sample.add_paragraph("Przykładowy tekst szablonu")
    sample.save(str(template))

    path = DocxWriter(template).save(tmp_path / "pusty.docx")

    assert [p.text for p in reopen(path).paragraphs] == []


@pytest.mark.parametrize("where", ["brak-folderu/raport.docx", "plik.txt/raport.docx"])
def test_an_unwritable_path_is_one_sentence_and_leaves_nothing(tmp_path: Path, where: str) -> None:
    (tmp_path / "plik.txt").write_text("x", encoding="utf-8")
    writer = DocxWriter()
    writer.paragraph("Treść")
    target = tmp_path / where

    with pytest.raises(UserError) as caught:
        writer.save(target)

    message = str(caught.value)
    assert message.startswith(f"Nie można zapisać dokumentu {target}: ")
    assert message.endswith("; nic nie zapisano.")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plik.txt"]


def test_saving_over_an_old_file_replaces_it_whole(tmp_path: Path) -> None:
    target = tmp_path / "raport.docx"
    target.write_bytes(b"stara wersja")
    writer = DocxWriter()
    writer.paragraph("Nowa wersja")

    writer.save(target)

    assert [p.text for p in reopen(target).paragraphs] == ["Nowa wersja"]
    assert [p.name for p in tmp_path.iterdir()] == ["raport.docx"]


def test_pasted_control_characters_do_not_break_the_file(tmp_path: Path) -> None:
    writer = DocxWriter()
    writer.paragraph("Uwaga\x0bz pionowym\x01 tabulatorem")
    writer.table(["Treść"], [["a\x0cb"]])
    path = writer.save(tmp_path / "znaki.docx")

    document = reopen(path)
    assert document.paragraphs[0].text == "Uwagaz pionowym tabulatorem"
    assert table_texts(document) == [[["Treść"], ["ab"]]]


def test_automatic_widths_fill_the_text_width_and_favour_long_text() -> None:
    writer = DocxWriter()
    table = writer.table(
        ["Lp.", "Treść uwagi", "Rozstrzygnięcie"],
        [
            [str(n), "Proszę o ścieżkę rowerową wzdłuż Zalewu Wiślanego " * 3, "uwzględniona"]
            for n in range(1, 20)
        ],
    )
    widths = [c.width.cm for c in table.rows[0].cells]

    assert sum(widths) == pytest.approx(16.0, abs=0.05)  # A4 less 2 × 2.5 cm
    assert widths[0] < widths[2] < widths[1]
    assert widths[2] >= len("Rozstrzygnięcie") * 0.18  # the longest word is not broken


def test_a_picture_that_is_not_an_image_is_one_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "wykres.png"
    bad.write_bytes(b"not a png")
    writer = DocxWriter()
    with pytest.raises(UserError, match=r"Nie można wstawić obrazu .*wykres\.png"):
        writer.picture(bad)
    path = writer.save(tmp_path / "bez-obrazu.docx")
    assert len(reopen(path).inline_shapes) == 0
    assert reopen(path).paragraphs == []


def _bar_chart() -> QChart:
    chart = QChart()
    bars = QBarSet("Odpowiedzi")
    bars.append([3.0, 5.0, 2.0])
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    chart.setTitle("Ocena transportu")
    return chart


def test_a_chart_made_on_a_background_thread_is_drawn_on_the_gui_thread(
    qtbot: QtBot, tmp_path: Path
) -> None:
    writer = DocxWriter()
    failures: list[BaseException] = []
    done = threading.Event()

    def work() -> None:
        try:
            writer.chart(_bar_chart, caption="Ocena transportu")
        except BaseException as exc:
            failures.append(exc)
        finally:
            done.set()

    thread = threading.Thread(target=work)
    thread.start()
    qtbot.waitUntil(done.is_set, timeout=30_000)
    thread.join()
    path = writer.save(tmp_path / "wykres.docx")

    assert failures == []
    document = reopen(path)
    assert len(document.inline_shapes) == 1
    assert "Rysunek 1. Ocena transportu" in [p.text for p in document.paragraphs]
    image = next(part for part in document.part.package.parts if part.content_type == "image/png")
    assert QImage.fromData(image.blob).width() == 1600


def test_polish_plurals() -> None:
    assert [plural(n, "uwaga", "uwagi", "uwag") for n in (1, 2, 5, 12, 22, 25)] == [
        "1 uwaga",
        "2 uwagi",
        "5 uwag",
        "12 uwag",
        "22 uwagi",
        "25 uwag",
    ]


def test_libreoffice_shows_the_text_headers_and_page_numbers(tmp_path: Path, png: Path) -> None:
    path = full_document(tmp_path / "strategia.docx", png)

    text = pdf_text(path, tmp_path)

    flat = squeeze(text)
    assert "Zażółć gęślą jaźń — żółw płynie przez Zalew Wiślany." in flat
    assert "Spis treści" in flat
    assert "Tabela 1. Ludność gmin" in flat
    assert "Ścieżka rowerowa wokół Zalewu" in flat
    assert "PGZB — strategia" in flat
    pages = text.split("\f")
    assert "Strona 2 z" in squeeze(pages[1])
    assert "PGZB — strategia" not in pages[0]  # no header on the title page

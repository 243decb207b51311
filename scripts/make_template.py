"""Build ``resources/templates/cwd-szablon.docx``, the Word template of every export.

    .venv/bin/python scripts/make_template.py [OUTPUT]

The template is python-docx's default document with the styles the writer
(``cwd_desktop/exports/docx/writer.py``) uses rewritten: Calibri 11 pt
(LibreOffice shows it as the metric-compatible Carlito), Polish as the
proofing language, A4 portrait with 2.5 cm margins, and the CWD styles
("CWD Tabela", "CWD Podpis", "CWD Uwaga", …). A user's own template must have
the same style names; the easiest way to make one is to open this file in
Word, restyle it and save it under another name.

The output is byte-for-byte reproducible: fixed document properties and
fixed timestamps inside the ZIP, so rebuilding it changes nothing in git.
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.shared import Cm

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "resources" / "templates" / "cwd-szablon.docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'
FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)

FONT = "Calibri"
DARK = "1F3864"  # headings, title
ACCENT = "2E5597"  # lower headings, notice border
GREY = "595959"  # header, footer, captions
RULE = "A6A6A6"  # table borders
HEAD_FILL = "DCE4F2"  # table header row
NOTICE_FILL = "EEF3FA"


def fonts(size_half_points: int | None = None, *, bold: bool = False, color: str = "") -> str:
    """An ``rPr`` body: Calibri for every script, optional size, bold and colour."""
    parts = [f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>']
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size_half_points:
        parts.append(f'<w:sz w:val="{size_half_points}"/><w:szCs w:val="{size_half_points}"/>')
    return "".join(parts)


def paragraph_style(
    style_id: str,
    name: str,
    ppr: str,
    rpr: str,
    *,
    based_on: str = "Normal",
    next_style: str = "",
    outline: int | None = None,
    priority: int = 10,
    default: bool = False,
) -> str:
    """The XML of one paragraph style."""
    outline_xml = f'<w:outlineLvl w:val="{outline}"/>' if outline is not None else ""
    next_xml = f'<w:next w:val="{next_style}"/>' if next_style else ""
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    is_default = ' w:default="1"' if default else ""
    return (
        f'<w:style {NS} w:type="paragraph"{is_default} w:styleId="{style_id}">'
        f'<w:name w:val="{name}"/>{based}{next_xml}<w:uiPriority w:val="{priority}"/><w:qFormat/>'
        f"<w:pPr>{ppr}{outline_xml}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


def table_style() -> str:
    """The "CWD Tabela" style: thin grey grid, small cell margins, a filled bold header row."""
    border = f'w:val="single" w:sz="4" w:space="0" w:color="{RULE}"'
    borders = "".join(
        f"<w:{side} {border}/>" for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    return (
        f'<w:style {NS} w:type="table" w:styleId="CWDTabela">'
        '<w:name w:val="CWD Tabela"/><w:basedOn w:val="TableNormal"/>'
        '<w:uiPriority w:val="40"/><w:qFormat/>'
        '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        f"<w:rPr>{fonts(19)}</w:rPr>"
        f"<w:tblPr><w:tblBorders>{borders}</w:tblBorders>"
        '<w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
        '<w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
        "</w:tblPr>"
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr>'
        f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{HEAD_FILL}"/></w:tcPr>'
        "</w:tblStylePr></w:style>"
    )


def styles_xml() -> list[str]:
    """Every style the writer needs, replacing the default template's ones."""
    body = '<w:spacing w:before="0" w:after="120" w:line="264" w:lineRule="auto"/>'
    heading = '<w:keepNext/><w:keepLines/><w:spacing w:before="{b}" w:after="{a}"/>'
    cell = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
    box = (
        "<w:pBdr>"
        + "".join(
            f'<w:{side} w:val="single" w:sz="8" w:space="4" w:color="{ACCENT}"/>'
            for side in ("top", "left", "bottom", "right")
        )
        + "</w:pBdr>"
        f'<w:shd w:val="clear" w:color="auto" w:fill="{NOTICE_FILL}"/>'
        '<w:spacing w:before="0" w:after="40"/><w:ind w:left="170" w:right="170"/>'
    )
    return [
        paragraph_style("Normal", "Normal", body, fonts(22), based_on="", priority=0, default=True),
        paragraph_style(
            "Title",
            "Title",
            '<w:spacing w:before="0" w:after="240" w:line="240" w:lineRule="auto"/>',
            fonts(48, bold=True, color=DARK),
            next_style="Normal",
        ),
        paragraph_style(
            "Subtitle",
            "Subtitle",
            '<w:spacing w:before="0" w:after="360"/>',
            fonts(30, color=ACCENT),
            next_style="Normal",
        ),
        paragraph_style(
            "Heading1",
            "heading 1",
            heading.format(b=360, a=120),
            fonts(32, bold=True, color=DARK),
            next_style="Normal",
            outline=0,
        ),
        paragraph_style(
            "Heading2",
            "heading 2",
            heading.format(b=240, a=80),
            fonts(26, bold=True, color=ACCENT),
            next_style="Normal",
            outline=1,
        ),
        paragraph_style(
            "Heading3",
            "heading 3",
            heading.format(b=200, a=60),
            fonts(23, bold=True, color=ACCENT),
            next_style="Normal",
            outline=2,
        ),
        paragraph_style(
            "TOCHeading",
            "TOC Heading",
            heading.format(b=0, a=160),
            fonts(32, bold=True, color=DARK),
            next_style="Normal",
            priority=39,
        ),
        *(
            paragraph_style(
                f"TOC{level}",
                f"toc {level}",
                f'<w:spacing w:after="60"/><w:ind w:left="{(level - 1) * 284}"/>'
                '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs>',
                fonts(22, bold=level == 1),
                priority=39,
            )
            for level in (1, 2, 3)
        ),
        paragraph_style(
            "Header",
            "header",
            '<w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/>'
            '</w:tabs><w:spacing w:after="0"/>',
            fonts(18, color=GREY),
            priority=99,
        ),
        paragraph_style(
            "Footer",
            "footer",
            '<w:jc w:val="center"/><w:spacing w:after="0"/>',
            fonts(18, color=GREY),
            priority=99,
        ),
        paragraph_style(
            "CWDPodpis",
            "CWD Podpis",
            '<w:spacing w:before="120" w:after="80"/>',
            fonts(19, color=GREY) + "<w:i/><w:iCs/>",
        ),
        paragraph_style("CWDTabelatekst", "CWD Tabela tekst", cell, fonts(19)),
        paragraph_style(
            "CWDTabelanaglowek",
            "CWD Tabela nagłówek",
            cell + "<w:keepNext/>",
            fonts(19, bold=True),
        ),
        paragraph_style("CWDUwaga", "CWD Uwaga", box, fonts(21)),
        paragraph_style(
            "CWDMetryka",
            "CWD Metryka",
            '<w:spacing w:after="60"/>',
            fonts(22, color=GREY),
        ),
    ]


def replace_style(styles_el: object, xml: str) -> None:
    """Put the style in, replacing one with the same id."""
    new = parse_xml(xml)
    style_id = new.get(f"{{{W}}}styleId")
    for old in styles_el.findall(f"{{{W}}}style"):  # type: ignore[attr-defined]
        if old.get(f"{{{W}}}styleId") == style_id:
            styles_el.remove(old)  # type: ignore[attr-defined]
    styles_el.append(new)  # type: ignore[attr-defined]


def build() -> bytes:
    """The template's bytes."""
    document = docx.Document()
    styles_el = document.styles.element
    defaults = styles_el.find(f"{{{W}}}docDefaults")
    if defaults is not None:
        styles_el.remove(defaults)
    styles_el.insert(
        0,
        parse_xml(
            f"<w:docDefaults {NS}><w:rPrDefault><w:rPr>{fonts(22)}"
            '<w:lang w:val="pl-PL" w:eastAsia="pl-PL" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
            '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/>'
            "</w:pPr></w:pPrDefault></w:docDefaults>"
        ),
    )
    for xml in styles_xml():
        replace_style(styles_el, xml)
    replace_style(styles_el, table_style())
    for name in ("List Bullet", "List Number"):
        style = document.styles[name]
        style.font.name = FONT
        style.paragraph_format.space_after = Cm(0.1)

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    section.header_distance = section.footer_distance = Cm(1.25)

    settings = document.settings.element
    for lang in settings.findall(f"{{{W}}}themeFontLang"):
        settings.remove(lang)
    settings.append(parse_xml(f'<w:themeFontLang {NS} w:val="pl-PL"/>'))

    props = document.core_properties
    props.author = props.last_modified_by = "CWD Desktop"
    props.title = "Szablon dokumentów CWD"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    body = io.BytesIO()
    document.save(body)
    return _fixed_zip(body.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same ZIP with fixed timestamps and order, so the file is reproducible."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in sorted(source.infolist(), key=lambda i: (i.filename != "[Content_Types].xml",)):
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def main(argv: list[str]) -> int:
    """Write the template (to OUTPUT or the shipped path)."""
    target = Path(argv[0]) if argv else OUTPUT
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(build())
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

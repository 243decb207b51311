"""``DocxWriter``: the one way exports write Word documents.

Every export kind builds its document through these methods, so all of
them look alike and follow the template's styles (``template.py``): the
writer only names styles, it never sets fonts or colours itself. A style the
template lacks is a UserError naming the style and the template file, raised
before anything is written.

Documents are written in Polish whatever the UI language: they are the
programme's official deliverables (strategy, minutes, the art. 6 report).

Paragraphs and tables are built as XML strings and parsed once, and new
body elements go straight before the final section properties: python-docx's
own ``add_table``/``cell()`` path is quadratic in the table size, and a
strategy with 200 project tables must export in about a second.
"""

from __future__ import annotations

import contextlib
import copy
import io
import re
import tempfile
import uuid
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from docx.image.exceptions import UnrecognizedImageError
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.shape import CT_Inline
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Cm, Emu, Length
from docx.table import Table
from docx.text.paragraph import Paragraph

from cwd_desktop.errors import UserError
from cwd_desktop.exports.docx.template import open_template, shipped_template
from cwd_desktop.exports.files import write_atomically as write_file
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.progress import NO_PROGRESS, Progress

if TYPE_CHECKING:
    from docx.document import Document

#: Characters XML 1.0 (and so Word) refuses; they come from pasted text.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_W = nsdecls("w")
_TWIPS_PER_CM = 1440 / 2.54
#: Average width of a character of table text (9.5 pt) and the cell's side margins, cm.
_CHAR_CM = 0.2
_CELL_PAD_CM = 0.4
_LONG_WORD = 16

STYLE_TITLE = "Title"
STYLE_SUBTITLE = "Subtitle"
STYLE_NORMAL = "Normal"
STYLE_HEADINGS = ("Heading 1", "Heading 2", "Heading 3")
STYLE_BULLET = "List Bullet"
STYLE_NUMBER = "List Number"
STYLE_TABLE = "CWD Tabela"
STYLE_CELL = "CWD Tabela tekst"
STYLE_HEADER_CELL = "CWD Tabela nagłówek"
STYLE_CAPTION = "CWD Podpis"
STYLE_NOTICE = "CWD Uwaga"
STYLE_META = "CWD Metryka"
STYLE_TOC_HEADING = "TOC Heading"
STYLE_PAGE_HEADER = "Header"
STYLE_PAGE_FOOTER = "Footer"
#: Every style the writer can use: what a user's own template must define.
WRITER_STYLES = (
    STYLE_TITLE,
    STYLE_SUBTITLE,
    STYLE_NORMAL,
    *STYLE_HEADINGS,
    STYLE_BULLET,
    STYLE_NUMBER,
    STYLE_TABLE,
    STYLE_CELL,
    STYLE_HEADER_CELL,
    STYLE_CAPTION,
    STYLE_NOTICE,
    STYLE_META,
    STYLE_TOC_HEADING,
    STYLE_PAGE_HEADER,
    STYLE_PAGE_FOOTER,
)


def clean(text: object) -> str:
    """``text`` as a string Word accepts (control characters removed)."""
    return _ILLEGAL.sub("", "" if text is None else str(text))


def plural(count: int, one: str, few: str, many: str) -> str:
    """``count`` with the Polish noun form it takes: 1 uwaga, 2 uwagi, 5 uwag, 22 uwagi."""
    if count == 1:
        return f"{count} {one}"
    if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        return f"{count} {few}"
    return f"{count} {many}"


def _runs(text: str, rpr: str = "") -> str:
    """Run XML for one line of text; tabs become Word tabs."""
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    parts = []
    for number, chunk in enumerate(text.split("\t")):
        if number:
            parts.append(f"<w:r>{props}<w:tab/></w:r>")
        if chunk:
            parts.append(f'<w:r>{props}<w:t xml:space="preserve">{escape(chunk)}</w:t></w:r>')
    return "".join(parts)


def _field(instruction: str, shown: str) -> str:
    """A field (PAGE, NUMPAGES, SEQ …) showing ``shown`` until Word updates it.

    A complex field (begin / instruction / separate / result / end runs) rather
    than ``w:fldSimple``, so the shown value is an ordinary run that every
    reader, python-docx included, sees as text.
    """
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r><w:t xml:space="preserve">{escape(shown)}</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def write_atomically(path: Path, data: bytes) -> Path:
    """Write a document whole or not at all (``exports.files``), with the document's message."""
    return write_file(
        path,
        data,
        QT_TRANSLATE_NOOP(
            "errors", "Nie można zapisać dokumentu {path}: {reason}; nic nie zapisano."
        ),
    )


class DocxWriter:
    """A Word document being built from the template, saved atomically.

    ``author`` and ``title`` go into the document properties; ``progress``
    lets a builder report steps (and notice Cancel) during long exports.
    """

    def __init__(
        self,
        template: Path | None = None,
        *,
        progress: Progress | None = None,
        author: str = "",
    ) -> None:
        self.template = template or shipped_template()
        self.document: Document = open_template(self.template)
        self.progress = progress or NO_PROGRESS
        self.author = author
        self.title = ""
        self._body = self.document.element.body
        end = self._body.find(qn("w:sectPr"))
        if end is None:
            end = parse_xml(f"<w:sectPr {_W}/>")
            self._body.append(end)
        self._end: BaseOxmlElement = end
        self._style_ids: dict[str, str] = {}
        self._headings: list[tuple[int, str]] = []
        self._toc: BaseOxmlElement | None = None
        self._toc_from = 0
        self._tables = 0
        self._figures = 0
        self._temp: tempfile.TemporaryDirectory[str] | None = None
        self._next_shape_id: int | None = None

    # -- styles -------------------------------------------------------------------------

    def require_styles(self, *names: str) -> None:
        """Make sure the template defines these styles, else a UserError naming the first."""
        for name in names:
            if name in self._style_ids:
                continue
            try:
                style = self.document.styles[name]
            except KeyError:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Szablon „{file}” nie ma stylu „{style}”; "
                        "dodaj go albo wybierz inny szablon.",
                    ),
                    field="docx_template",
                    file=str(self.template),
                    style=name,
                ) from None
            self._style_ids[name] = str(style.style_id)

    def _sid(self, name: str) -> str:
        """The style id of a style name (checked on first use)."""
        if name not in self._style_ids:
            self.require_styles(name)
        return self._style_ids[name]

    # -- low level ----------------------------------------------------------------------

    def _add(self, xml: str) -> BaseOxmlElement:
        """Parse one body element and put it at the end of the document."""
        element = parse_xml(xml)
        self._end.addprevious(element)
        return element

    def _p_xml(self, text: str, style: str, ppr: str = "", rpr: str = "") -> str:
        return (
            f'<w:p {_W}><w:pPr><w:pStyle w:val="{self._sid(style)}"/>{ppr}</w:pPr>'
            f"{_runs(clean(text), rpr)}</w:p>"
        )

    def _paragraph(self, element: BaseOxmlElement) -> Paragraph:
        return Paragraph(element, self.document._body)

    @property
    def section(self) -> Section:
        """The section being written (the last one)."""
        return Section(self._end, self.document.part)

    def text_width_cm(self) -> float:
        """The width between the margins of the section being written."""
        section = self.section
        width = (section.page_width or Cm(21)) - (section.left_margin or 0)
        return float(Emu(width - (section.right_margin or 0)).cm)

    # -- text ---------------------------------------------------------------------------

    def title_page(self, title: str, subtitle: str = "", lines: Iterable[str] = ()) -> None:
        """The first page: title, subtitle and a few lines (partnership, date …), then a break.

        The header and footer are left off this page.
        """
        self.title = clean(title)
        self._add(self._p_xml(title, STYLE_TITLE, '<w:spacing w:before="2400"/>'))
        if subtitle:
            self._add(self._p_xml(subtitle, STYLE_SUBTITLE))
        for line in lines:
            self._add(self._p_xml(line, STYLE_META))
        self.section.different_first_page_header_footer = True
        self.page_break()

    def heading(self, text: str, level: int = 1) -> Paragraph:
        """A heading of level 1-3 (it goes into the table of contents)."""
        level = min(max(level, 1), 3)
        self._headings.append((level, clean(text)))
        return self._paragraph(self._add(self._p_xml(text, STYLE_HEADINGS[level - 1])))

    def paragraph(self, text: str, style: str | None = None) -> Paragraph | None:
        """Text as paragraphs, one per non-empty line; the last one (None if all blank)."""
        last = None
        for line in clean(text).splitlines():
            if line.strip():
                last = self._add(self._p_xml(line, style or STYLE_NORMAL))
        return self._paragraph(last) if last is not None else None

    def facts(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Lines of "label: value" with the label in bold (dates, places, people …)."""
        sid = self._sid(STYLE_NORMAL)
        for name, value in pairs:
            self._add(
                f'<w:p {_W}><w:pPr><w:pStyle w:val="{sid}"/><w:spacing w:after="40"/></w:pPr>'
                f"{_runs(clean(name) + ': ', '<w:b/><w:bCs/>')}{_runs(clean(value))}</w:p>"
            )

    def bullets(self, items: Iterable[str]) -> None:
        """A bulleted list."""
        for item in items:
            self._add(self._p_xml(item, STYLE_BULLET))

    def numbered(self, items: Iterable[str]) -> None:
        """A numbered list starting from 1 (each list restarts its numbering)."""
        num_id = self._restarted_numbering(STYLE_NUMBER)
        ppr = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>' if num_id else ""
        for item in items:
            self._add(self._p_xml(item, STYLE_NUMBER, ppr))

    def _restarted_numbering(self, style: str) -> str:
        """A new numbering instance of the style's list, starting at 1 ("" if it has none)."""
        style_el = self.document.styles[style].element
        num = style_el.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        if num is None:
            return ""
        numbering = self.document.part.numbering_part.element
        abstract = numbering.xpath(f'w:num[@w:numId="{num.get(qn("w:val"))}"]/w:abstractNumId')
        if not abstract:
            return ""
        ids = [int(n) for n in numbering.xpath("w:num/@w:numId")]
        new_id = str(max(ids, default=0) + 1)
        numbering.append(
            parse_xml(
                f'<w:num {_W} w:numId="{new_id}">'
                f'<w:abstractNumId w:val="{abstract[0].get(qn("w:val"))}"/>'
                '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            )
        )
        return new_id

    def notice(self, title: str, items: Iterable[str]) -> None:
        """A boxed list, e.g. what a document must still contain, on its first page."""
        sid = self._sid(STYLE_NOTICE)
        head = _runs(clean(title), "<w:b/><w:bCs/>")
        self._add(f'<w:p {_W}><w:pPr><w:pStyle w:val="{sid}"/></w:pPr>{head}</w:p>')
        for item in items:
            self._add(self._p_xml("•\t" + clean(item), STYLE_NOTICE, _NOTICE_ITEM))
        self._add(f'<w:p {_W}><w:pPr><w:pStyle w:val="{self._sid(STYLE_NORMAL)}"/></w:pPr></w:p>')

    def page_break(self) -> None:
        """Start a new page."""
        self._add(
            f'<w:p {_W}><w:pPr><w:pStyle w:val="{self._sid(STYLE_NORMAL)}"/>'
            '<w:spacing w:after="0"/></w:pPr><w:r><w:br w:type="page"/></w:r></w:p>'
        )

    # -- tables -------------------------------------------------------------------------

    def caption(self, label: str, text: str, *, keep_with_next: bool) -> Paragraph:
        """A caption "Tabela 3. text" / "Rysunek 2. text", numbered by a SEQ field."""
        if label == "Tabela":
            self._tables += 1
            number = self._tables
        else:
            self._figures += 1
            number = self._figures
        keep = "<w:keepNext/>" if keep_with_next else ""
        seq = _field(f"SEQ {label} " + "\\* ARABIC", str(number))
        element = self._add(
            f'<w:p {_W}><w:pPr><w:pStyle w:val="{self._sid(STYLE_CAPTION)}"/>{keep}</w:pPr>'
            f"{_runs(label + ' ')}{seq}"
            f"{_runs('. ' + clean(text))}</w:p>"
        )
        return self._paragraph(element)

    def table(
        self,
        header: Sequence[str],
        rows: Iterable[Sequence[object]],
        *,
        widths_cm: Sequence[float] | None = None,
        caption: str | None = None,
        number_columns: Iterable[int] = (),
    ) -> Table:
        """A table with a header row repeated on every page.

        ``widths_cm`` default to the text width shared by how much each
        column holds; ``number_columns`` are right-aligned; a caption goes
        above ("Tabela N. …"). Multi-line cell text keeps its lines.
        """
        body = [[clean(c) for c in row] for row in rows]
        columns = len(header)
        widths = self._widths(header, body, widths_cm)
        right = set(number_columns)
        if caption:
            self.caption("Tabela", caption, keep_with_next=True)
        head_sid, cell_sid = self._sid(STYLE_HEADER_CELL), self._sid(STYLE_CELL)
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        parts = [
            f'<w:tbl {_W}><w:tblPr><w:tblStyle w:val="{self._sid(STYLE_TABLE)}"/>'
            f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0"'
            ' w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>",
            "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>",
        ]
        for column, text in enumerate(header):
            parts.append(self._cell(clean(text), widths[column], head_sid, column in right))
        parts.append("</w:tr>")
        for row in body:
            parts.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            for column in range(columns):
                text = row[column] if column < len(row) else ""
                parts.append(self._cell(text, widths[column], cell_sid, column in right))
            parts.append("</w:tr>")
        parts.append("</w:tbl>")
        element = self._add("".join(parts))
        # A paragraph after every table: two tables in a row would otherwise merge.
        self._add(
            f'<w:p {_W}><w:pPr><w:pStyle w:val="{self._sid(STYLE_NORMAL)}"/>'
            '<w:spacing w:after="0"/></w:pPr></w:p>'
        )
        return Table(element, self.document._body)

    @staticmethod
    def _cell(text: str, width: int, sid: str, right: bool) -> str:
        align = '<w:jc w:val="right"/>' if right else ""
        paras = "".join(
            f'<w:p><w:pPr><w:pStyle w:val="{sid}"/>{align}</w:pPr>{_runs(line)}</w:p>'
            for line in (text.splitlines() or [""])
        )
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{paras}</w:tc>'

    def _widths(
        self, header: Sequence[str], body: list[list[str]], widths_cm: Sequence[float] | None
    ) -> list[int]:
        """Column widths in twips: given, or shared by content over the text width."""
        columns = len(header)
        if widths_cm is not None:
            if len(widths_cm) != columns:
                raise ValueError("one width per column")
            return [round(w * _TWIPS_PER_CM) for w in widths_cm]
        total = self.text_width_cm()
        minimum, extra = [], []
        for column in range(columns):
            texts = [row[column] for row in body[:300] if column < len(row)]
            words = [len(w) for text in [header[column], *texts] for w in text.split()]
            # Every column gets room for its longest word (up to a long one) …
            least = min(max(words, default=3), _LONG_WORD) * _CHAR_CM + _CELL_PAD_CM
            minimum.append(least)
            # … and the rest of the width goes to the columns holding long texts.
            average = sum(len(t) for t in texts) / len(texts) if texts else 0.0
            extra.append(max(min(average, 400.0) * _CHAR_CM - least, 0.0) ** 0.75)
        spare = total - sum(minimum)
        if spare <= 0 or sum(extra) == 0:
            cm = [w * total / sum(minimum) for w in minimum]
        else:
            cm = [m + spare * e / sum(extra) for m, e in zip(minimum, extra, strict=True)]
        return [round(w * _TWIPS_PER_CM) for w in cm]

    # -- pictures -----------------------------------------------------------------------

    def picture(self, path: Path, *, width_cm: float = 16, caption: str | None = None) -> Paragraph:
        """An image centred on its own line, at most the text width; a caption below."""
        width = min(width_cm, self.text_width_cm())
        keep = "<w:keepNext/>" if caption else ""
        element = self._add(
            f'<w:p {_W}><w:pPr><w:pStyle w:val="{self._sid(STYLE_NORMAL)}"/>{keep}'
            '<w:spacing w:before="120" w:after="0"/><w:jc w:val="center"/></w:pPr></w:p>'
        )
        paragraph = self._paragraph(element)
        try:
            self._add_picture(paragraph, path, Cm(width))
        except (OSError, UnrecognizedImageError) as exc:
            element.getparent().remove(element)
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors", "Nie można wstawić obrazu {path} do dokumentu: {reason}."
                ),
                path=str(path),
                reason=getattr(exc, "strerror", None) or str(exc) or type(exc).__name__,
            ) from exc
        if caption:
            self.caption("Rysunek", caption, keep_with_next=False)
        return paragraph

    def _add_picture(self, paragraph: Paragraph, path: Path, width: Length) -> None:
        """``run.add_picture`` without its per-picture scan of the whole document.

        python-docx finds a free drawing id by reading every ``id`` in the
        document for each picture, so 200 pictures cost seconds; the writer
        counts the ids itself, starting after the highest one in use.
        """
        part = self.document.part
        r_id, image = part.get_or_add_image(str(path))
        cx, cy = image.scaled_dimensions(width, None)
        if self._next_shape_id is None:
            self._next_shape_id = part.next_id
        inline = CT_Inline.new_pic_inline(self._next_shape_id, r_id, image.filename, cx, cy)
        self._next_shape_id += 1
        paragraph.add_run()._r.add_drawing(inline)

    def chart(
        self,
        chart: Any,
        *,
        width_cm: float = 16,
        caption: str | None = None,
    ) -> Paragraph:
        """A chart drawn as on screen (``exports/charts``), inserted as a picture.

        Qt draws only on the GUI thread: from a background export pass a
        function that makes the chart; it is then made and drawn on the GUI
        thread while this one waits.
        """
        if self._temp is None:
            self._temp = tempfile.TemporaryDirectory(prefix="cwd-docx-")
        path = Path(self._temp.name) / f"chart-{self._figures + 1}-{uuid.uuid4().hex[:6]}.png"
        from cwd_desktop.exports.charts.drawing import draw_chart_png

        draw_chart_png(chart, path)
        return self.picture(path, width_cm=width_cm, caption=caption)

    # -- fields -------------------------------------------------------------------------

    def toc(self, title: str = "Spis treści") -> None:
        """A table of contents: a TOC field Word fills in when the document is opened.

        Until then it lists the headings (without page numbers), so a viewer
        that does not update fields still shows the contents.
        """
        self._add(self._p_xml(title, STYLE_TOC_HEADING))
        self._toc = self._add(f"<w:p {_W}/>")
        self._toc_from = len(self._headings)
        settings = self.document.settings.element
        if settings.find(qn("w:updateFields")) is None:
            settings.append(parse_xml(f'<w:updateFields {_W} w:val="true"/>'))

    def _fill_toc(self) -> None:
        if self._toc is None:
            return
        instruction = (
            '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText>'
            '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        entries = self._headings[self._toc_from :] or [(1, "")]
        toc_ids = {
            lvl: self._style_ids.get(f"toc {lvl}") or self._toc_style(lvl) for lvl in (1, 2, 3)
        }
        xml = []
        for number, (level, text) in enumerate(entries):
            first = instruction if number == 0 else ""
            last = end if number == len(entries) - 1 else ""
            style = f'<w:pStyle w:val="{toc_ids[level]}"/>' if toc_ids[level] else ""
            xml.append(f"<w:p {_W}><w:pPr>{style}</w:pPr>{first}{_runs(text)}{last}</w:p>")
        for item in xml:
            self._toc.addprevious(parse_xml(item))
        self._toc.getparent().remove(self._toc)
        self._toc = None

    def _toc_style(self, level: int) -> str:
        """The id of the template's "toc N" style, or "" (Word then uses its own)."""
        try:
            return str(self.document.styles[f"toc {level}"].style_id)
        except KeyError:
            return ""

    def header_footer(self, header_text: str) -> None:
        """Text in the page header and "Strona X z Y" in the footer of every page.

        Pictures the template's header or footer holds (a logo) are kept.
        """
        sections = self.document.sections
        first = sections[0]
        header_sid, footer_sid = self._sid(STYLE_PAGE_HEADER), self._sid(STYLE_PAGE_FOOTER)
        if first.different_first_page_header_footer:
            # An empty header and footer of their own on the title page.
            first.first_page_header.is_linked_to_previous = False
            first.first_page_footer.is_linked_to_previous = False
        for later in list(sections)[1:]:
            later.header.is_linked_to_previous = True
            later.footer.is_linked_to_previous = True
        for part, xml in (
            (
                first.header,
                f'<w:p {_W}><w:pPr><w:pStyle w:val="{header_sid}"/></w:pPr>'
                f"{_runs(clean(header_text))}</w:p>",
            ),
            (
                first.footer,
                f'<w:p {_W}><w:pPr><w:pStyle w:val="{footer_sid}"/></w:pPr>'
                f"{_runs('Strona ')}{_field('PAGE', '1')}{_runs(' z ')}"
                f"{_field('NUMPAGES', '1')}</w:p>",
            ),
        ):
            container = part._element
            for p in container.findall(qn("w:p")):
                if not p.xpath(".//w:drawing|.//w:pict"):
                    container.remove(p)
            container.append(parse_xml(xml))

    # -- sections -----------------------------------------------------------------------

    @contextlib.contextmanager
    def landscape(self) -> Iterator[None]:
        """Write the block's content on landscape pages (wide tables), then go back."""
        self._new_section(landscape=True)
        try:
            yield
        finally:
            self._new_section(landscape=False)

    def _new_section(self, *, landscape: bool) -> None:
        ended = copy.deepcopy(self._end)
        ended.attrib.clear()
        self._add(f"<w:p {_W}><w:pPr/></w:p>").find(qn("w:pPr")).append(ended)
        for child in self._end.xpath("w:headerReference|w:footerReference|w:titlePg"):
            self._end.remove(child)
        section = self.section
        width, height = section.page_width or Cm(21), section.page_height or Cm(29.7)
        if (width > height) != landscape:
            section.page_width, section.page_height = height, width
        section.orientation = 1 if landscape else 0  # type: ignore[assignment]

    # -- saving -------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        """The finished document (table of contents filled in, properties set)."""
        self._fill_toc()
        props = self.document.core_properties
        props.title = self.title
        props.author = props.last_modified_by = self.author
        props.created = props.modified = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
        props.language = "pl-PL"
        props.revision = 1
        out = io.BytesIO()
        self.document.save(out)
        return out.getvalue()

    def save(self, path: Path) -> Path:
        """Write the document to ``path`` atomically; a UserError if it cannot be written."""
        data = self.to_bytes()
        self.close()
        return write_atomically(path, data)

    def close(self) -> None:
        """Remove the temporary chart images."""
        if self._temp is not None:
            self._temp.cleanup()
            self._temp = None


_NOTICE_ITEM = (
    '<w:tabs><w:tab w:val="left" w:pos="397"/></w:tabs><w:ind w:left="567" w:hanging="397"/>'
)

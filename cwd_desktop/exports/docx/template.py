"""Finding and opening the Word template an export starts from.

The shipped template is ``resources/templates/cwd-szablon.docx`` (built by
``scripts/make_template.py``). A user may choose their own (setting
``docx_template``): a .docx or .dotx with the same style names, typically
the shipped one restyled in Word. Whatever text the template's body holds is
dropped; its styles, numbering, page set-up, headers and footers are kept.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.document import Document

from cwd_desktop.config import Settings
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.resources import resources_dir

TEMPLATE_SETTING = "docx_template"
_DOTX = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCX = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_DOTM = b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml"


def shipped_template() -> Path:
    """The template that comes with the app."""
    return resources_dir() / "templates" / "cwd-szablon.docx"


def template_path(settings: Settings | None) -> Path:
    """The user's chosen template if one is set, else the shipped one."""
    chosen = str(settings.get(TEMPLATE_SETTING)) if settings is not None else ""
    return Path(chosen).expanduser() if chosen.strip() else shipped_template()


def open_template(path: Path) -> Document:
    """The template as a python-docx Document with an empty body.

    A .dotx is opened as a document (its content type is rewritten in
    memory; the file itself is not touched). A missing or unreadable file is
    a UserError naming it.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Nie można otworzyć szablonu dokumentów {path}: {reason}; "
                "wybierz inny szablon w ustawieniach.",
            ),
            field="docx_template",
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    try:
        document = docx.Document(io.BytesIO(_as_document(data)))
    except Exception as exc:  # python-docx raises zip, XML and its own errors alike
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Plik {path} nie jest szablonem programu Word (.docx lub .dotx); "
                "wybierz inny szablon w ustawieniach.",
            ),
            field="docx_template",
            path=str(path),
        ) from exc
    _clear_body(document)
    return document


def _as_document(data: bytes) -> bytes:
    """The bytes of a .docx: a template's main part gets the document content type."""
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        types = source.read("[Content_Types].xml")
    except (zipfile.BadZipFile, KeyError):
        return data  # python-docx will say it is not a Word file
    if _DOTX not in types and _DOTM not in types:
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                body = body.replace(_DOTX, _DOCX).replace(_DOTM, _DOCX)
            target.writestr(info, body)
    return out.getvalue()


def _clear_body(document: Document) -> None:
    """Drop the template's sample text, keeping the final section properties."""
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)


def check_template(path: Path) -> None:
    """A UserError unless ``path`` opens as a Word template defining every style exports use."""
    from cwd_desktop.exports.docx.writer import WRITER_STYLES

    document = open_template(path)
    names = {style.name for style in document.styles}
    missing = [name for name in WRITER_STYLES if name not in names]
    if missing:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Szablon „{file}” nie ma stylu „{style}” (brakujących stylów: {count}); "
                "dodaj je albo wybierz inny szablon.",
            ),
            field="docx_template",
            file=str(path),
            style=missing[0],
            count=len(missing),
        )

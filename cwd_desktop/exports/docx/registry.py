"""Which Word documents exist and how each is built.

An export kind is a module in this package that decorates its builder::

    @exporter(DocumentKind.MINUTES, subject="meeting", choices=meeting_choices)
    def build(services, partnership_id, writer, *, meeting, **_) -> str:
        ...  # write through ``writer``; return the document's title

``exporters()`` imports every module of the package once, so a new kind
appears in the CLI (``cwd-desktop export KIND``) and the Documents page
without being listed anywhere else.

``subject`` names the parameter that picks the one record a document is
about (the meeting of minutes, the project of an application); it is
required, stored as the version's ``subject_id``, and ``choices(services,
partnership_id)`` lists the records to pick from as (id, label) pairs.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cwd_desktop.domain.vocab import DocumentKind, label
from cwd_desktop.errors import UserError
from cwd_desktop.exports.docx.template import template_path
from cwd_desktop.exports.docx.writer import DocxWriter
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.progress import Progress

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services

Builder = Callable[..., str]
Choices = Callable[["Services", str], list[tuple[str, str]]]

#: Modules of the package that are infrastructure, not export kinds.
_INFRASTRUCTURE = frozenset({"writer", "registry", "template"})


@dataclass(frozen=True)
class Exporter:
    """One export kind: its builder and the record it is about, if any."""

    kind: DocumentKind
    build: Builder
    subject: str | None = None
    choices: Choices | None = None

    @property
    def label(self) -> str:
        """The kind's Polish name (vocabulary context)."""
        return label(self.kind)


_REGISTRY: dict[DocumentKind, Exporter] = {}
_loaded = False


def exporter(
    kind: DocumentKind, *, subject: str | None = None, choices: Choices | None = None
) -> Callable[[Builder], Builder]:
    """Register ``build`` as the builder of ``kind`` (see the module docstring)."""

    def register(build: Builder) -> Builder:
        _REGISTRY[DocumentKind(kind)] = Exporter(DocumentKind(kind), build, subject, choices)
        return build

    return register


def exporters() -> dict[DocumentKind, Exporter]:
    """Every registered kind, in the vocabulary's order (modules imported on first call)."""
    global _loaded
    if not _loaded:
        package = __name__.rsplit(".", 1)[0]
        path = [str(Path(__file__).parent)]
        for info in pkgutil.iter_modules(path):
            if info.name not in _INFRASTRUCTURE and not info.name.startswith("_"):
                importlib.import_module(f"{package}.{info.name}")
        _loaded = True
    return {kind: _REGISTRY[kind] for kind in DocumentKind if kind in _REGISTRY}


def get_exporter(kind: str | DocumentKind) -> Exporter:
    """The exporter of a kind, or a UserError naming the kind."""
    found = exporters().get(DocumentKind(kind)) if kind in set(DocumentKind) else None
    if found is None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Nie ma eksportu dokumentu rodzaju „{kind}”."),
            field="kind",
            kind=str(kind),
        )
    return found


def check_subject(found: Exporter, params: dict[str, Any]) -> str | None:
    """The id of the record the document is about; a UserError if it is required and missing."""
    if found.subject is None:
        return None
    value = params.get(found.subject)
    if not value:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Dokument „{kind}” dotyczy jednego rekordu: wskaż go (opcja --{param}).",
            ),
            field=found.subject,
            kind=found.label,
            param=found.subject,
        )
    return str(value)


def build(
    services: Services,
    kind: str | DocumentKind,
    partnership_id: str,
    *,
    progress: Progress | None = None,
    author: str = "",
    **params: Any,
) -> tuple[DocxWriter, str]:
    """Build a document in memory: (the writer, ready to save; the document's title)."""
    found = get_exporter(kind)
    check_subject(found, params)
    writer = DocxWriter(template_path(services.store.settings), progress=progress, author=author)
    try:
        title = found.build(services, partnership_id, writer, **params)
    except BaseException:
        writer.close()
        raise
    writer.title = writer.title or title
    return writer, title


def build_document(
    services: Services,
    kind: str | DocumentKind,
    partnership: str,
    path: Path,
    **params: Any,
) -> Path:
    """Build the document of ``partnership`` (id or short name) and save it at ``path``.

    Nothing is recorded as a version; ``services.documents.export`` does that.
    """
    partnership_id = services.partnerships.get(partnership).id
    writer, _ = build(services, kind, partnership_id, **params)
    return writer.save(path)

"""``export KIND --partnership P -o FILE.docx``: the Word deliverables from scripts.

The kinds are those registered in ``exports/docx`` (``registry.exporters``),
so a new export module appears here by itself. Each export is kept as a
document version (``services.documents``); the command prints the file and
the version id. A kind about one record takes it as ``--meeting`` or
``--project``; leaving it out is one sentence and exit status 1.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cwd_desktop.services.app import Services


class RegisteredKinds:
    """The registered export kinds as argparse ``choices``, read only when needed.

    Building the parser happens on every start (the GUI's too); the registry
    imports every exporter, so it is consulted only when an ``export``
    command is parsed or its help is shown.
    """

    def _kinds(self) -> list[str]:
        from cwd_desktop.exports.docx.registry import exporters

        return [kind.value for kind in exporters()]

    def __contains__(self, value: object) -> bool:
        return value in self._kinds()

    def __iter__(self) -> Iterator[str]:
        return iter(self._kinds())


def register(sub: Any, add: Any) -> None:
    """Add the ``export`` command to the top-level parser."""
    command = add(sub, "export", cmd_export, "dokument Word (plan pracy, strategia, protokół…)")
    command.add_argument(
        "kind", metavar="KIND", choices=RegisteredKinds(), help="rodzaj dokumentu: %(choices)s"
    )
    command.add_argument("--partnership", required=True, help="id lub skrót nazwy partnerstwa")
    command.add_argument("-o", "--output", required=True, help="plik .docx")
    command.add_argument("--meeting", help="id spotkania (dla protokołu)")
    command.add_argument("--project", help="id projektu (dla wniosku)")
    command.add_argument("--author", help="autor zapisany w dokumencie i w wersji")


def cmd_export(services: Services, args: argparse.Namespace) -> None:
    """Export one document and record its version."""
    from cwd_desktop.cli import _print
    from cwd_desktop.services.documents import DocumentService

    params = {
        name: value
        for name, value in (("meeting", args.meeting), ("project", args.project))
        if value
    }
    version = DocumentService(services).export(
        args.kind, args.partnership, Path(args.output), args.author, **params
    )
    _print(
        args,
        {
            "path": str(version.path),
            "version": version.id,
            "kind": version.kind,
            "title": version.title,
            "size": version.size,
            "sha256": version.sha256,
        },
        f"Zapisano {version.path} (wersja {version.id}).",
    )

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
    register_template(sub, add)


def register_template(sub: Any, add: Any) -> None:
    """``template show|set FILE|reset``: the Word template every export starts from."""
    group = sub.add_parser("template", help="szablon dokumentów Word")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    add(actions, "show", cmd_template_show, "pokaż używany szablon")
    chosen = add(actions, "set", cmd_template_set, "używaj własnego szablonu (.docx/.dotx)")
    chosen.add_argument("file", help="szablon z tymi samymi nazwami stylów co domyślny")
    add(actions, "reset", cmd_template_reset, "wróć do szablonu dostarczonego z programem")


def cmd_template_show(services: Services, args: argparse.Namespace) -> None:
    from cwd_desktop.cli import _print

    path = services.documents.template()
    _print(args, {"template": str(path)}, str(path))


def cmd_template_set(services: Services, args: argparse.Namespace) -> None:
    from cwd_desktop.cli import _print

    services.documents.set_template(Path(args.file))
    path = services.documents.template()
    _print(args, {"template": str(path)}, f"Eksporty będą używać szablonu {path}.")


def cmd_template_reset(services: Services, args: argparse.Namespace) -> None:
    from cwd_desktop.cli import _print

    services.documents.set_template(None)
    path = services.documents.template()
    _print(args, {"template": str(path)}, f"Eksporty będą używać szablonu domyślnego {path}.")


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

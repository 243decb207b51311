"""``bundle export|import FILE`` and ``bundle key show|set|generate``: sync without a network.

An advisor with no connection exports the pending changes into a signed
``.cwdsync`` file and a colleague imports it. The team key that signs
bundles is kept in the OS keyring; ``bundle key set`` reads it from the
terminal (or standard input), never from the command line, where it would
stay in the shell history.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from cwd_desktop.cli import _print
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.app import Services


def register(sub: Any, add: Any) -> None:
    """Add ``bundle`` to the CLI."""
    group = sub.add_parser("bundle", help="pakiety .cwdsync: wymiana zmian bez sieci")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = add(actions, "export", cmd_export, "zapisz oczekujące zmiany do podpisanego pakietu")
    export.add_argument("file", help="plik pakietu (.cwdsync)")
    load = add(actions, "import", cmd_import, "wczytaj pakiet od innego doradcy")
    load.add_argument("file", help="plik pakietu (.cwdsync)")

    key = actions.add_parser("key", help="klucz zespołu podpisujący pakiety")
    key_actions = key.add_subparsers(dest="key_action", metavar="ACTION", required=True)
    add(key_actions, "show", cmd_key_show, "pokaż zapisany klucz zespołu")
    add(key_actions, "set", cmd_key_set, "zapisz klucz zespołu (wczytany z terminala)")
    generate = add(key_actions, "generate", cmd_key_generate, "utwórz nowy klucz zespołu")
    generate.add_argument(
        "--force", action="store_true", help="zastąp klucz, który jest już zapisany"
    )


def cmd_export(services: Services, args: argparse.Namespace) -> None:
    """Write the outbox into a signed bundle."""
    from cwd_desktop.sync.bundle import export_bundle

    report = export_bundle(services.store, Path(args.file))
    _print(
        args,
        report.to_json(),
        f"Zapisano pakiet {report.path}: zmian {report.mutations}, plików {report.blobs}.",
    )


def cmd_import(services: Services, args: argparse.Namespace) -> None:
    """Apply a bundle; print what it did."""
    from cwd_desktop.sync.bundle import import_bundle

    report = import_bundle(services.store, Path(args.file))
    text = (
        f"Wczytano pakiet {report.path}: zastosowano zmian {report.applied}, "
        f"już były {report.already_there}, nowe konflikty {report.new_conflicts}."
    )
    if report.missing_rows:
        text += (
            f"\nCzeka {report.missing_rows} zmian rekordów, których jeszcze tu nie ma; "
            "wczytaj pakiet ponownie po synchronizacji."
        )
    _print(args, report.to_json(), text)


def cmd_key_show(services: Services, args: argparse.Namespace) -> None:
    """Print the stored team key (to hand it to a new colleague)."""
    from cwd_desktop.sync.bundle_key import get_key, require_key

    require_key()
    key = get_key() or ""
    _print(args, {"key": key}, key)


def _read_key() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("Klucz zespołu: ")
    return sys.stdin.readline()


def cmd_key_set(services: Services, args: argparse.Namespace) -> None:
    """Store the team key typed in (or piped to standard input)."""
    from cwd_desktop.sync.bundle_key import set_key

    set_key(_read_key())
    _print(args, {"stored": True}, "Zapisano klucz zespołu w systemowym magazynie haseł.")


def cmd_key_generate(services: Services, args: argparse.Namespace) -> None:
    """Make a new team key, store it and print it once for the coordinator to hand out."""
    from cwd_desktop.sync.bundle_key import generate_key, get_key

    if get_key() and not args.force:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Klucz zespołu jest już zapisany; nowy (--force) unieważni pakiety podpisane "
                "starym i trzeba go będzie przekazać całemu zespołowi.",
            ),
            field="key",
        )
    key = generate_key()
    _print(
        args,
        {"key": key},
        f"{key}\nTo nowy klucz zespołu; przekaż go doradcom bezpiecznym kanałem "
        "(każdy wpisuje go poleceniem „cwd-desktop bundle key set”).",
    )

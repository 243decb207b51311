"""``sync`` and ``conflicts list|resolve``: the central store from the command line.

``sync --server DSN`` pushes this device's pending changes and pulls its
colleagues'. The DSN names the server and the advisor's role; its password,
if the DSN has none, comes from the OS keyring entry the Synchronizacja page
saved (or libpq's own ``PGPASSWORD`` / ``.pgpass``), never from a plain
settings file. Without ``--server`` the configured server is used.
"""

from __future__ import annotations

import argparse
from typing import Any

from cwd_desktop.cli import _print
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.app import Services


def register(sub: Any, add: Any) -> None:
    """Add ``sync`` and ``conflicts`` to the CLI."""
    sync = add(sub, "sync", cmd_sync, "synchronizacja z serwerem centralnym (wyślij i pobierz)")
    sync.add_argument(
        "--server", default="", help="adres serwera (DSN libpq); domyślnie ten z ustawień"
    )
    sync.add_argument("--batch-size", type=int, default=2000, help=argparse.SUPPRESS)

    group = sub.add_parser("conflicts", help="konflikty synchronizacji")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = add(actions, "list", cmd_list, "otwarte konflikty")
    listing.add_argument("--partnership", "-p", default="", help="id lub skrót partnerstwa")
    settle = add(actions, "resolve", cmd_resolve, "rozstrzygnij konflikt")
    settle.add_argument("id", help="id konfliktu (z „conflicts list”)")
    choice = settle.add_mutually_exclusive_group(required=True)
    choice.add_argument("--current", action="store_true", help="zostaw wartość z rekordu")
    choice.add_argument("--other", action="store_true", help="weź drugą wartość")
    choice.add_argument("--value", help="wpisz własną wartość")


def cmd_sync(services: Services, args: argparse.Namespace) -> None:
    """Push, then pull; print the counts (and the conflicts that need a person)."""
    from cwd_desktop.sync.client import configured_dsn, synchronise, with_keyring_password

    store = services.store
    dsn = with_keyring_password(args.server) if args.server else configured_dsn(store)
    report = synchronise(store, dsn, batch_size=max(1, int(args.batch_size)))
    text = (
        f"Wysłano zmian: {report.pushed} (już na serwerze: {report.already_there}), "
        f"pobrano rekordów: {report.pulled}, nowe konflikty: {report.new_conflicts}, "
        f"otwarte konflikty: {report.open_conflicts}, pliki wysłane/pobrane: "
        f"{report.blobs_sent}/{report.blobs_received}."
    )
    if report.held_back:
        text += (
            f"\nCzeka {report.held_back} zmian w partnerstwach, których serwer "
            "nie przydzielił temu doradcy."
        )
    if report.open_conflicts:
        text += "\nKonflikty do rozstrzygnięcia (cwd-desktop conflicts resolve ID …):\n"
        text += _conflict_lines(services)
    _print(args, report.to_json(), text)


def _conflict_lines(services: Services, partnership_id: str | None = None) -> str:
    from cwd_desktop.sync.conflicts import display, open_conflicts

    return "\n".join(
        f"{v.id}  {v.kind} „{v.title}” · {v.field}: "
        f"w rekordzie {display(v.current)} ({v.current_by}) | "
        f"druga {display(v.other)} ({v.other_by})"
        for v in open_conflicts(services.store, partnership_id)
    )


def cmd_list(services: Services, args: argparse.Namespace) -> None:
    """Open conflicts, both values side by side."""
    from cwd_desktop.sync.conflicts import open_conflicts

    pid = services.partnerships.get(args.partnership).id if args.partnership else None
    views = open_conflicts(services.store, pid)
    text = _conflict_lines(services, pid) if views else "Brak konfliktów."
    _print(args, [v.to_json() for v in views], text)


def cmd_resolve(services: Services, args: argparse.Namespace) -> None:
    """Settle one conflict with the record's value, the other one, or a typed value."""
    from cwd_desktop.sync.conflicts import display, open_conflicts, parse_value, resolve

    store = services.store
    view = next((v for v in open_conflicts(store) if v.id == args.id), None)
    if view is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Nie ma otwartego konfliktu {id}."), id=args.id)
    if args.current:
        value = view.current
    elif args.other:
        value = view.other
    else:
        value = parse_value(store, view.id, args.value)
    resolve(store, view.id, value)
    _print(
        args,
        {"id": view.id, "field": view.field, "value": value},
        f"Rozstrzygnięto: {view.field} = {display(value)}.",
    )

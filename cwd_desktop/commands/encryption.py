"""``encrypt``, ``decrypt``, ``unlock`` and ``recovery-key``: at-rest encryption from the CLI.

``encrypt`` turns the store and its backups into SQLCipher files in one
step (``store.conversion``) and prints the recovery key once; ``decrypt``
turns them back. ``unlock`` takes the recovery key of an encrypted store
whose key is not in this computer's keyring (a new laptop, a lost keyring)
and puts it there; it runs without opening the store, which it cannot open
yet. Asked on the terminal when ``--key`` is not given, so the key does not
end up in the shell history.
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

KEEP_SAFE = (
    "Zapisz klucz odzyskiwania w bezpiecznym miejscu (np. wydrukuj go i schowaj): "
    "bez niego utrata systemowego magazynu haseł lub komputera oznacza utratę dostępu do bazy "
    "i jej kopii."
)
NOT_COVERED = (
    "Załączniki i wyeksportowane dokumenty (folder blobs) oraz pliki zapisane poza programem "
    "nie są szyfrowane."
)


def register(sub: Any, add: Any) -> None:
    """Add ``encrypt``, ``decrypt``, ``unlock`` and ``recovery-key`` to the CLI."""
    add(sub, "encrypt", cmd_encrypt, "zaszyfruj bazę i jej kopie zapasowe (SQLCipher)")
    add(sub, "decrypt", cmd_decrypt, "odszyfruj bazę i jej kopie zapasowe")
    unlock = add(
        sub, "unlock", cmd_unlock, "podaj klucz odzyskiwania zaszyfrowanej bazy (nowy komputer)"
    )
    unlock.set_defaults(store_free=cmd_unlock)
    unlock.add_argument(
        "--key", help="klucz odzyskiwania (bez tej opcji program zapyta o niego w terminalu)"
    )
    add(sub, "recovery-key", cmd_recovery_key, "pokaż klucz odzyskiwania zaszyfrowanej bazy")


def _backups_text(converted: int, skipped: tuple[Path, ...]) -> str:
    text = f"Przepisano kopii zapasowych: {converted}."
    if skipped:
        names = ", ".join(str(p) for p in skipped)
        text += f" Nie udało się odczytać (pozostały bez zmian): {names}."
    return text


def cmd_encrypt(services: Services, args: argparse.Namespace) -> None:
    """Encrypt the store and its backups; print the recovery key once."""
    from cwd_desktop.store.conversion import convert_store

    store = services.store
    report = convert_store(store, encrypt=True)
    head = (
        f"Zaszyfrowano bazę {store.path} (SQLCipher, AES-256); klucz jest w systemowym "
        "magazynie haseł."
        if report.changed
        else f"Baza {store.path} już była zaszyfrowana."
    )
    lines = [
        head,
        _backups_text(report.backups.converted, report.backups.skipped),
        f"Klucz odzyskiwania: {report.recovery_key}",
        KEEP_SAFE,
        NOT_COVERED,
    ]
    payload = {
        "encrypted": True,
        "changed": report.changed,
        "store": str(store.path),
        "backup": str(report.backup) if report.backup else None,
        "backups_converted": report.backups.converted,
        "backups_skipped": [str(p) for p in report.backups.skipped],
        "recovery_key": report.recovery_key,
    }
    _print(args, payload, "\n".join(lines))


def cmd_decrypt(services: Services, args: argparse.Namespace) -> None:
    """Decrypt the store and its backups (the key stays in the keyring for older copies)."""
    from cwd_desktop.store.conversion import convert_store

    store = services.store
    report = convert_store(store, encrypt=False)
    head = (
        f"Odszyfrowano bazę {store.path}; klucz pozostaje w systemowym magazynie haseł, "
        "aby dało się otworzyć starsze zaszyfrowane kopie."
        if report.changed
        else f"Baza {store.path} nie była zaszyfrowana."
    )
    payload = {
        "encrypted": False,
        "changed": report.changed,
        "store": str(store.path),
        "backup": str(report.backup) if report.backup else None,
        "backups_converted": report.backups.converted,
        "backups_skipped": [str(p) for p in report.backups.skipped],
    }
    text = head + "\n" + _backups_text(report.backups.converted, report.backups.skipped)
    _print(args, payload, text)


def _ask_key() -> str:
    if not sys.stdin.isatty():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "Nie ma kogo zapytać o klucz odzyskiwania; podaj go opcją --key."
            )
        )
    return getpass.getpass("Klucz odzyskiwania: ")


def cmd_unlock(data_dir: Path, args: argparse.Namespace) -> int:
    """Check the recovery key against the store, keep it in the keyring, prove the store opens."""
    from cwd_desktop.config import DB_FILENAME
    from cwd_desktop.store import open_store
    from cwd_desktop.store.encryption import unlock

    unlock(data_dir, args.key if args.key is not None else _ask_key())
    open_store(data_dir).close()
    db = data_dir / DB_FILENAME
    _print(
        args,
        {"store": str(db), "unlocked": True},
        f"Klucz pasuje do bazy {db} i zapisano go w systemowym magazynie haseł; "
        "program otworzy ją teraz bez pytania.",
    )
    return 0


def cmd_recovery_key(services: Services, args: argparse.Namespace) -> None:
    """Print the recovery key of the (encrypted) store."""
    from cwd_desktop.store.encryption import format_recovery_key

    store = services.store
    if store.key is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "Baza {path} nie jest zaszyfrowana, więc nie ma klucza odzyskiwania."
            ),
            path=str(store.path),
        )
    key = format_recovery_key(store.key)
    _print(args, {"store": str(store.path), "recovery_key": key}, f"{key}\n{KEEP_SAFE}")

"""``backup``, ``restore FILE`` and ``check``: keeping the local store safe from the CLI.

``restore`` runs without opening the store (it replaces it, and must work
when the store was damaged and moved aside), so it is registered with
``store_free`` and receives the data folder. It verifies the file first and
asks before replacing anything; with no terminal to ask on, ``--yes`` is
required.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cwd_desktop.cli import _print
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.app import Services

if TYPE_CHECKING:
    from cwd_desktop.services.check import SyncLag

#: How the CLI names the reason in a backup's file name.
REASONS = {
    "manual": "ręczna",
    "daily": "codzienna",
    "before-restore": "przed przywróceniem",
    "before-encryption": "przed zaszyfrowaniem",
    "before-decryption": "przed odszyfrowaniem",
}


def register(sub: Any, add: Any) -> None:
    """Add ``backup``, ``restore`` and ``check`` to the CLI."""
    backup = add(sub, "backup", cmd_backup, "zapisz kopię zapasową (lub pokaż listę kopii)")
    backup.add_argument("-o", "--output", help="plik kopii (domyślnie folder backups/)")
    mode = backup.add_mutually_exclusive_group()
    mode.add_argument(
        "--daily", action="store_true", help="tylko jeśli dziś nie zrobiono jeszcze kopii"
    )
    mode.add_argument("--list", action="store_true", help="pokaż kopie w folderze backups/")

    restore = add(sub, "restore", cmd_restore, "przywróć bazę z kopii zapasowej")
    restore.set_defaults(store_free=cmd_restore)
    restore.add_argument("file", help="plik kopii (np. z folderu backups/)")
    restore.add_argument("--yes", "-y", action="store_true", help="nie pytaj o potwierdzenie")

    check = add(sub, "check", cmd_check, "sprawdź spójność bazy i zaległości synchronizacji")
    check.add_argument("--repair", action="store_true", help="odbuduj indeks wyszukiwania")


def reason_text(reason: str) -> str:
    """The Polish name of why a backup was made."""
    if reason in REASONS:
        return REASONS[reason]
    if reason.startswith("before-"):
        return f"przed aktualizacją schematu do {reason.removeprefix('before-')}"
    return reason or "—"


def size_text(size: int) -> str:
    """A file size as people read it: "850 kB", "12.4 MB"."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{size / (1024 * 1024):.1f} MB"


def cmd_backup(services: Services, args: argparse.Namespace) -> None:
    """Write a verified backup, the day's backup if due, or list the backups."""
    from cwd_desktop.store.backup import backup_database

    store = services.store
    if args.list:
        from cwd_desktop.store.encryption import is_encrypted

        infos = store.backups()
        payload = [
            {
                "path": str(i.path),
                "made_at": i.made_at.isoformat(),
                "reason": i.reason,
                "size": i.size,
                "encrypted": is_encrypted(i.path),
            }
            for i in infos
        ]
        lines = [
            f"{i.made_at:%Y-%m-%d %H:%M}  {size_text(i.size):>9}  "
            f"{reason_text(i.reason):<24} {i.path}"
            for i in infos
        ]
        _print(args, payload, "\n".join(lines) or "Brak kopii zapasowych.")
        return
    if args.daily:
        made = store.daily_backup()
        text = (
            f"Zapisano codzienną kopię zapasową: {made}"
            if made
            else "Dzisiejsza kopia zapasowa już istnieje (lub kopie codzienne są wyłączone)."
        )
        _print(args, {"backup": str(made) if made else None}, text)
        return
    # A backup of an encrypted store is encrypted with its key, wherever it is written.
    target = (
        backup_database(store.path, Path(args.output), store.key) if args.output else store.backup()
    )
    _print(args, {"backup": str(target)}, f"Zapisano kopię zapasową: {target}")


def _confirmed(args: argparse.Namespace, question: str) -> bool:
    """``--yes``, or the user's answer on the terminal; without a terminal, refuse."""
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Przywrócenie kopii zastępuje bazę danych, a nie ma kogo zapytać o zgodę; "
                "potwierdź je opcją --yes.",
            )
        )
    answer = input(f"{question} [t/N] ").strip().lower()
    return answer in {"t", "tak", "y", "yes"}


def cmd_restore(data_dir: Path, args: argparse.Namespace) -> int:
    """Verify FILE, ask, back up the current store, put FILE in its place and open it."""
    from cwd_desktop.config import DB_FILENAME, Settings, ensure_writable_dir
    from cwd_desktop.store import open_store
    from cwd_desktop.store.restore import discard, finish_restore, prepare_restore

    ensure_writable_dir(data_dir)
    prepared = prepare_restore(data_dir, Path(args.file))
    try:
        question = (
            f"Przywrócić bazę z kopii {prepared.source}? Obecna baza {data_dir / DB_FILENAME} "
            "zostanie zachowana jako kopia „przed przywróceniem”."
        )
        if not _confirmed(args, question):
            print("Przerwano; niczego nie zmieniono.", file=sys.stderr)
            return 1
    except BaseException:
        discard(prepared)
        raise
    report = finish_restore(prepared, int(Settings(data_dir).get("backups_keep")))
    open_store(data_dir).close()  # migrates an older copy now and proves that it opens
    kept = report.current_backup or report.moved_aside
    payload = {
        "restored_from": str(report.source),
        "store": str(report.store),
        "revision": report.revision,
        "before_restore": str(report.current_backup) if report.current_backup else None,
        "moved_aside": str(report.moved_aside) if report.moved_aside else None,
    }
    text = f"Przywrócono bazę {report.store} z kopii {report.source}."
    if kept:
        text += f" Poprzednia baza została zachowana jako {kept}."
    _print(args, payload, text)
    return 0


def cmd_check(services: Services, args: argparse.Namespace) -> int:
    """Integrity, keys, schema, outbox and search index; then how far behind sync is."""
    from cwd_desktop.services.check import rebuild_search_index, run_checks, sync_lag

    if args.repair:
        rebuild_search_index(services.store)
    results = run_checks(services.store)
    lag = sync_lag(services.store)
    ok = all(r.ok for r in results)
    encryption = encryption_json(services)
    payload = {
        "ok": ok,
        "checks": [r.__dict__ for r in results],
        "encryption": encryption,
        "sync": lag.as_json(),
    }
    lines = [f"{'OK ' if r.ok else 'BŁĄD'} {r.name}: {r.detail}" for r in results]
    lines.append(encryption_text(encryption))
    lines.append(sync_text(lag))
    _print(args, payload, "\n".join(lines))
    return 0 if ok else 1


def encryption_json(services: Services) -> dict[str, Any]:
    """Whether the store and its backups are encrypted (``check``)."""
    from cwd_desktop.store.backup import list_backups
    from cwd_desktop.store.encryption import is_encrypted

    backups = list_backups(services.store.backup_dir)
    sealed = sum(1 for path in backups if is_encrypted(path))
    return {
        "store_encrypted": services.store.encrypted,
        "encrypted_backups": sealed,
        "plain_backups": len(backups) - sealed,
    }


def encryption_text(state: dict[str, Any]) -> str:
    """One line on at-rest encryption: the store, and backups left unencrypted."""
    if not state["store_encrypted"]:
        return "SZYFR baza nie jest zaszyfrowana (cwd-desktop encrypt)."
    text = "SZYFR baza zaszyfrowana (SQLCipher)"
    if state["plain_backups"]:
        return text + (
            f"; niezaszyfrowanych kopii zapasowych: {state['plain_backups']} "
            "(cwd-desktop encrypt je przepisze)."
        )
    return text + "; kopie zapasowe też."


def sync_text(lag: SyncLag) -> str:
    """One line on sync: what waits, since when, the last sync, open conflicts."""
    from cwd_desktop.services.check import describe_age

    oldest, since = lag.oldest_pending_age, lag.since_last_sync
    if lag.pending and oldest is not None:
        waiting = f"czeka zmian: {lag.pending} (najstarsza od {describe_age(oldest)})"
    else:
        waiting = "wszystkie zmiany wysłane"
    if lag.last_sync is not None and since is not None:
        local: datetime = lag.last_sync.astimezone()
        last = f"{local:%d.%m.%Y %H:%M} ({describe_age(since)} temu)"
    else:
        last = "nigdy"
    return (
        f"SYNC synchronizacja: {waiting}; ostatnia synchronizacja: {last}; "
        f"konflikty do rozwiązania: {lag.open_conflicts}."
    )

"""At-rest encryption of the store: the key, where it lives, and telling files apart.

An encrypted store is a SQLCipher 4 file (AES-256, every page with an HMAC)
keyed with a random 256-bit raw key: no passphrase, so no key-derivation
cost, and the store opens as fast as a plain one. The key lives in the OS
keyring (Windows Credential Manager, macOS Keychain, Secret Service) under
the service ``KEYRING_SERVICE`` and a random *key id*; the id (never the
key) is kept in ``KEY_ID_FILE`` beside the database, so the data folder can
move and a second data folder has its own key. Backups of an encrypted store
are encrypted with the same key.

The same key, written as 64 hexadecimal digits in groups
(``format_recovery_key``), is the *recovery key* the user is shown once
when encrypting: on a new laptop, or after the keyring was lost, ``unlock``
checks it against the file and puts it back in the keyring.

Whether a file is encrypted is read from its header: a plain SQLite file
starts with "SQLite format 3\\0", a SQLCipher file with a random salt.
Nothing here imports ``keyring`` or SQLCipher until a file needs them.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

from cwd_desktop.config import BACKUP_DIRNAME, DB_FILENAME
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.store.backup import list_backups
from cwd_desktop.store.sqlite import (
    CIPHER_MODULE,
    KEY_BYTES,
    connect_read_only,
    db_errors,
    looks_like_sqlite,
)

KEYRING_SERVICE = "cwd-desktop-store"
#: Beside the database: the name of the key's keyring entry (not the key).
KEY_ID_FILE = "store-key-id"
_HEX = re.compile(r"[0-9a-fA-F]{64}")


class MissingKey(UserError):
    """The store is encrypted and its key is not in the keyring: ask for the recovery key."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Baza {path} jest zaszyfrowana, a jej klucza nie ma w systemowym magazynie "
                "haseł; podaj klucz odzyskiwania (polecenie: cwd-desktop unlock).",
            ),
            path=str(path),
        )


class WrongKey(UserError):
    """The key given (or found in the keyring) does not open the file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Klucz nie pasuje do zaszyfrowanej bazy {path} (albo plik jest uszkodzony); "
                "niczego nie zmieniono.",
            ),
            path=str(path),
        )


def available() -> bool:
    """True if this installation can encrypt (the ``sqlcipher3`` module is installed).

    Looked up without importing it, so asking costs nothing at start-up.
    """
    if CIPHER_MODULE in sys.modules:  # imported already, or blocked (None)
        return sys.modules[CIPHER_MODULE] is not None
    return importlib.util.find_spec(CIPHER_MODULE) is not None


def unavailable_error(path: Path | None = None) -> UserError:
    """Why an encrypted store (or the conversion) cannot be handled by this installation."""
    if path is None:
        return UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Szyfrowanie bazy jest niedostępne w tej instalacji programu (brak modułu "
                "sqlcipher3).",
            )
        )
    return UserError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Baza {path} jest zaszyfrowana, a ta instalacja programu nie obsługuje szyfrowania "
            "(brak modułu sqlcipher3); zainstaluj pełną wersję programu.",
        ),
        path=str(path),
    )


def new_key() -> bytes:
    """A fresh random 256-bit key."""
    return os.urandom(KEY_BYTES)


def format_recovery_key(key: bytes) -> str:
    """The key as people copy it: 64 hex digits in groups of four ("3F9A-…")."""
    digits = key.hex().upper()
    return "-".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def parse_recovery_key(text: str) -> bytes:
    """The key from what the user typed: spaces, dashes and case do not matter."""
    digits = re.sub(r"[\s\-]", "", text)
    if not _HEX.fullmatch(digits):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Klucz odzyskiwania to 64 znaki 0–9 i A–F (myślniki i spacje można pominąć); "
                "podano {count} takich znaków — sprawdź, czy przepisano go w całości.",
            ),
            field="key",
            count=len(re.findall(r"[0-9a-fA-F]", digits)),
        )
    return bytes.fromhex(digits)


# -- the keyring ---------------------------------------------------------------------


def key_id(data_dir: Path) -> str | None:
    """The keyring entry name of this data folder's key, if it was ever encrypted."""
    try:
        text = (data_dir / KEY_ID_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text or None


def _write_key_id(data_dir: Path, value: str) -> None:
    """Write the key id atomically (a torn file would orphan the key)."""
    target = data_dir / KEY_ID_FILE
    tmp = target.with_name(target.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        handle.write(value + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, target)


def stored_key(data_dir: Path) -> bytes | None:
    """This data folder's key from the OS keyring; None when there is none (or no keyring)."""
    name = key_id(data_dir)
    if name is None:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        value = keyring.get_password(KEYRING_SERVICE, name)
    except KeyringError:
        return None
    if not value or not _HEX.fullmatch(value):
        return None
    return bytes.fromhex(value)


def remember_key(data_dir: Path, key: bytes) -> None:
    """Put ``key`` in the OS keyring for this data folder (a UserError if there is none).

    The keyring is written before the id file, so the id never names a key
    that is not there.
    """
    import keyring
    from keyring.errors import KeyringError

    name = key_id(data_dir) or f"store-{uuid.uuid4()}"
    try:
        keyring.set_password(KEYRING_SERVICE, name, key.hex())
        # Read back: a "null" backend accepts the key and forgets it at once.
        if keyring.get_password(KEYRING_SERVICE, name) != key.hex():
            raise KeyringError("the keyring did not keep the key")
    except KeyringError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Systemowy magazyn haseł jest niedostępny ({reason}), a bez niego klucza "
                "szyfrowania nie da się bezpiecznie przechować; baza pozostała bez zmian.",
            ),
            reason=str(exc) or type(exc).__name__,
        ) from exc
    if key_id(data_dir) != name:
        try:
            _write_key_id(data_dir, name)
        except OSError as exc:
            with contextlib.suppress(KeyringError):
                keyring.delete_password(KEYRING_SERVICE, name)
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors", "Nie udało się zapisać pliku {path}: {reason}; niczego nie zmieniono."
                ),
                path=str(data_dir / KEY_ID_FILE),
                reason=exc.strerror or str(exc),
            ) from exc


# -- files ---------------------------------------------------------------------------


def is_encrypted(path: Path) -> bool:
    """True if ``path`` exists, is not empty and has no plain SQLite header."""
    try:
        return path.stat().st_size > 0 and not looks_like_sqlite(path)
    except OSError:
        return False


def verify_key(path: Path, key: bytes) -> None:
    """Raise ``WrongKey`` unless ``key`` opens ``path`` (read-only: nothing changes)."""
    try:
        conn = connect_read_only(path, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except db_errors() as exc:
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise WrongKey(path) from exc
        raise


def key_for(data_dir: Path, db: Path | None = None) -> bytes | None:
    """The key that opens the store file ``db`` (None: a plain file, or not a database).

    An encrypted store whose key is not at hand is a ``MissingKey``; a key
    that does not open it is a ``WrongKey``. Without a key id the folder was
    never encrypted, so a file with no SQLite header is no database (or a
    damaged one): None, and the caller says so (``unlock`` still accepts the
    recovery key of a store copied without its key id).
    """
    db = db or data_dir / DB_FILENAME
    if not is_encrypted(db) or key_id(data_dir) is None:
        return None
    if not available():
        raise unavailable_error(db)
    key = stored_key(data_dir)
    if key is None:
        raise MissingKey(db)
    verify_key(db, key)
    return key


def current_key(data_dir: Path) -> bytes | None:
    """The key of the store in ``data_dir`` if it is encrypted and its key is at hand."""
    db = data_dir / DB_FILENAME
    if not is_encrypted(db) or not available():
        return None
    return stored_key(data_dir)


def unlock(data_dir: Path, recovery_key: str) -> bytes:
    """Check the recovery key against the store and keep it in the keyring; return it.

    With no encrypted store in place (a damaged one was moved aside) the key
    is checked against the newest encrypted backup, which is then restorable.
    """
    db = data_dir / DB_FILENAME
    key = parse_recovery_key(recovery_key)
    candidates = [db, *list_backups(data_dir / BACKUP_DIRNAME)]
    target = next((path for path in candidates if is_encrypted(path)), None)
    if target is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "Baza {path} nie jest zaszyfrowana; klucz nie jest potrzebny."
            ),
            path=str(db),
        )
    if not available():
        raise unavailable_error(target)
    verify_key(target, key)
    remember_key(data_dir, key)
    return key


@dataclass(frozen=True)
class EncryptionStatus:
    """What the encryption dialog and ``check`` say about a data folder."""

    available: bool
    encrypted: bool
    key_in_keyring: bool
    plain_backups: int
    encrypted_backups: int


def status(data_dir: Path, backup_files: list[Path]) -> EncryptionStatus:
    """Whether the store and each backup are encrypted, and whether the key is at hand."""
    encrypted = is_encrypted(data_dir / DB_FILENAME)
    sealed = sum(1 for path in backup_files if is_encrypted(path))
    return EncryptionStatus(
        available=available(),
        encrypted=encrypted,
        key_in_keyring=encrypted and current_key(data_dir) is not None,
        plain_backups=len(backup_files) - sealed,
        encrypted_backups=sealed,
    )

"""The team key that signs ``.cwdsync`` bundles, kept only in the OS keyring.

A bundle travels on a USB stick or by e-mail; its signature (HMAC-SHA256)
proves it was made by someone holding the team's key and was not changed on
the way. The coordinator generates the key once (``bundle key generate``)
and hands it to each advisor, who types it in (``bundle key set``). Like the
server password it never lands in a plain file or on a command line.
"""

from __future__ import annotations

import secrets

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP

KEYRING_SERVICE = "cwd-desktop-bundle"
KEYRING_NAME = "team"
#: A typed-in key shorter than this is too easy to guess.
MIN_KEY_LENGTH = 16


def _no_keyring(exc: Exception) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Systemowy magazyn haseł jest niedostępny ({reason}); klucz zespołu do "
            "podpisywania pakietów nie został zapisany.",
        ),
        reason=str(exc) or type(exc).__name__,
    )


def get_key() -> str | None:
    """The team key, or None when none is stored (or there is no keyring)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, KEYRING_NAME) or None
    except KeyringError:
        return None


def require_key() -> bytes:
    """The team key as HMAC key bytes; a UserError telling how to set it when absent."""
    key = get_key()
    if not key:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Brak klucza zespołu do podpisywania pakietów: wpisz klucz otrzymany od "
                "koordynatora poleceniem „cwd-desktop bundle key set” (nowy klucz dla "
                "zespołu tworzy „cwd-desktop bundle key generate”).",
            ),
            field="key",
        )
    return key.encode("utf-8")


def set_key(key: str) -> None:
    """Store the team key typed by the user; a UserError if it is too short."""
    import keyring
    from keyring.errors import KeyringError

    key = key.strip()
    if len(key) < MIN_KEY_LENGTH:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Klucz zespołu musi mieć co najmniej {min} znaków; wpisz cały klucz "
                "otrzymany od koordynatora.",
            ),
            field="key",
            min=MIN_KEY_LENGTH,
        )
    try:
        keyring.set_password(KEYRING_SERVICE, KEYRING_NAME, key)
    except KeyringError as exc:
        raise _no_keyring(exc) from exc


def generate_key() -> str:
    """Make a new random key (256 bits), store it and return it to be handed to the team."""
    key = secrets.token_urlsafe(32)
    set_key(key)
    return key

"""Where the central store is and how to log in, without ever writing a password to a file.

The server address, database, role and CA file are plain settings
(``settings.json``); the password lives only in the operating system's
keyring (``keyring``: Windows Credential Manager, macOS Keychain, Secret
Service on Linux), filed under the server and role. When a CA file is set,
TLS is required and the server's certificate and host name are verified
(``sslmode=verify-full``); otherwise libpq's default (``prefer``) applies.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from cwd_desktop.config import Settings
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP

KEYRING_SERVICE = "cwd-desktop-sync"


@dataclass(frozen=True)
class ServerConfig:
    """The central store as the Synchronizacja page shows it."""

    host: str
    user: str
    port: int = 5432
    dbname: str = "cwd"
    ca_file: str = ""

    @property
    def keyring_key(self) -> str:
        """The keyring entry name: one password per role on one server."""
        return f"{self.user}@{self.host}:{self.port}/{self.dbname}"

    @property
    def where(self) -> str:
        """host:port/database, for messages."""
        return f"{self.host}:{self.port}/{self.dbname}"

    def dsn(self, password: str | None) -> str:
        """A libpq connection string; TLS verify-full when a CA file is configured."""
        from psycopg.conninfo import make_conninfo

        params: dict[str, str | int] = {
            "host": self.host,
            "port": self.port,
            "dbname": self.dbname,
            "user": self.user,
            "connect_timeout": 10,
            "application_name": "cwd-desktop",
        }
        if password:
            params["password"] = password
        if self.ca_file:
            params["sslmode"] = "verify-full"
            params["sslrootcert"] = self.ca_file
        return make_conninfo("", **params)


def load_config(settings: Settings) -> ServerConfig | None:
    """The configured server, or None when sync has not been set up."""
    host = str(settings.get("sync_host"))
    if not host:
        return None
    return ServerConfig(
        host=host,
        user=str(settings.get("sync_user")),
        port=int(settings.get("sync_port")),
        dbname=str(settings.get("sync_dbname")),
        ca_file=str(settings.get("sync_ca_file")),
    )


def save_config(settings: Settings, config: ServerConfig) -> None:
    """Remember the server (never the password) in the data folder's settings."""
    settings.set("sync_host", config.host)
    settings.set("sync_user", config.user)
    settings.set("sync_port", int(config.port))
    settings.set("sync_dbname", config.dbname)
    settings.set("sync_ca_file", config.ca_file)


def _no_keyring(exc: Exception) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Systemowy magazyn haseł jest niedostępny ({reason}); hasło nie zostało "
            "zapisane i trzeba je podawać przy każdej synchronizacji.",
        ),
        reason=str(exc) or type(exc).__name__,
    )


def get_password(config: ServerConfig) -> str | None:
    """The advisor's password from the OS keyring, or None if none is stored."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, config.keyring_key)
    except KeyringError:
        return None


def set_password(config: ServerConfig, password: str) -> None:
    """Keep the password in the OS keyring (never in a file); a UserError if there is none."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, config.keyring_key, password)
    except KeyringError as exc:
        raise _no_keyring(exc) from exc


def forget_password(config: ServerConfig) -> None:
    """Remove the stored password, if any."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(KEYRING_SERVICE, config.keyring_key)

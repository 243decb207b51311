"""Paths and the typed settings registry.

Every option is declared once in ``SETTINGS`` with its type and default, as
Picard does; the values live in ``settings.json`` in the data folder so that a
data folder is self-contained (tests and benchmarks always use their own).
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from cwd_desktop import APP_NAME
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP

DB_FILENAME = "cwd.sqlite3"
SETTINGS_FILENAME = "settings.json"
BACKUP_DIRNAME = "backups"


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: ``--data-dir``, else ``CWD_DATA_DIR``, else the platform's."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get("CWD_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """Where crash tracebacks are written (``CWD_LOG_DIR`` overrides)."""
    env = os.environ.get("CWD_LOG_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def ensure_writable_dir(path: Path) -> Path:
    """Create ``path`` if needed and prove it is writable, or raise a UserError.

    A probe file is written because permission bits alone lie on network and
    read-only mounts.
    """
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".probe-"):
            pass
    except OSError as exc:
        raise _unwritable(path, exc) from exc
    return path


def _unwritable(path: Path, exc: OSError) -> UserError:
    """The reason a data folder cannot be written, with what to do about it."""
    if exc.errno == errno.EROFS:
        template = QT_TRANSLATE_NOOP(
            "errors",
            "Folder danych {path} leży na dysku tylko do odczytu; wybierz inny folder "
            "(opcja --data-dir lub zmienna CWD_DATA_DIR) albo podłącz dysk do zapisu.",
        )
    elif exc.errno in (errno.EACCES, errno.EPERM):
        template = QT_TRANSLATE_NOOP(
            "errors",
            "Brak uprawnień do zapisu w folderze danych {path}; nadaj je albo wybierz inny "
            "folder (opcja --data-dir lub zmienna CWD_DATA_DIR).",
        )
    elif exc.errno in (errno.ENOSPC, errno.EDQUOT):
        template = QT_TRANSLATE_NOOP(
            "errors", "Brak miejsca na dysku w folderze danych {path}; zwolnij miejsce."
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "errors", "Nie można zapisywać w folderze danych {path}: {reason}."
        )
    return UserError(template, path=str(path), reason=exc.strerror or str(exc))


@dataclass(frozen=True)
class Setting:
    """One declared option: its key, Python type and default."""

    key: str
    type: type
    default: Any
    doc: str


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("language", str, "pl", "UI language: 'pl' (source) or 'en'."),
        Setting("backups_keep", int, 10, "How many backups to keep (the newest N)."),
        Setting("backups_daily", bool, True, "Make a backup on the first start of each day."),
        Setting("last_partnership", str, "", "Id of the partnership selected at exit."),
        Setting(
            "docx_template", str, "", "The user's own Word template for exports ('' = shipped)."
        ),
        Setting("sync_host", str, "", "Central PostgreSQL host name ('' = sync not set up)."),
        Setting("sync_port", int, 5432, "Central PostgreSQL port."),
        Setting("sync_dbname", str, "cwd", "Central PostgreSQL database name."),
        Setting("sync_user", str, "", "Advisor PostgreSQL role (password: keyring)."),
        Setting("sync_ca_file", str, "", "CA certificate file; when set, TLS is verify-full."),
    )
}


def _has_type(value: Any, expected: type) -> bool:
    """``isinstance`` except that a bool is not taken for an int (``true`` is not 1 backup)."""
    return isinstance(value, expected) and (expected is bool or not isinstance(value, bool))


class Settings:
    """Typed access to ``settings.json``; unknown keys are refused, bad values reset."""

    def __init__(self, data_dir: Path) -> None:
        self._path = data_dir / SETTINGS_FILENAME
        self._values: dict[str, Any] = {}
        try:
            raw = json.loads(self._path.read_text(encoding="utf-8"))
            if isinstance(raw, dict):
                self._values = raw
        except (OSError, ValueError):
            self._values = {}

    def get(self, key: str) -> Any:
        """The stored value if it has the declared type, else the default."""
        setting = SETTINGS[key]
        value = self._values.get(key, setting.default)
        return value if _has_type(value, setting.type) else setting.default

    def set(self, key: str, value: Any) -> None:
        """Store a value, writing the file atomically (temp file + rename)."""
        setting = SETTINGS[key]
        if not _has_type(value, setting.type):
            raise TypeError(f"setting {key} expects {setting.type.__name__}")
        self._values[key] = value
        tmp = self._path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._values, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self._path)

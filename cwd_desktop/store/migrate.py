"""Schema migrations with Alembic, run at start-up after a backup.

Revisions are numbered ``0001``, ``0002``, … so that a database written by a
newer app (a higher number than ``HEAD_REVISION``) is recognised and refused
without importing Alembic; Alembic itself is imported only when there is
something to upgrade, which keeps start-up fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP

#: The newest revision this version of the app knows (a test keeps it in step).
HEAD_REVISION = "0006"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Autogenerate filter: the FTS5 search tables are managed by hand, not by models."""
    del obj, reflected, compare_to
    return not (type_ == "table" and (name or "").startswith("search_"))


def current_revision(conn: Connection) -> str | None:
    """The revision stamped in the file, or None for a new, empty database."""
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def needs_upgrade(revision: str | None, db_path: Path) -> bool:
    """True if the file is older than the app; raise if it is newer or foreign."""
    if revision == HEAD_REVISION:
        return False
    if revision is not None and (not revision.isdigit() or int(revision) > int(HEAD_REVISION)):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Baza danych {path} pochodzi z nowszej wersji programu (schemat {revision}); "
                "zaktualizuj program, aby ją otworzyć.",
            ),
            path=str(db_path),
            revision=revision,
        )
    return True


def upgrade(conn: Connection) -> None:
    """Bring the schema on ``conn`` to ``HEAD_REVISION`` inside its transaction."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = conn
    command.upgrade(config, HEAD_REVISION)


def alembic_heads() -> list[str]:
    """The head revisions Alembic finds in the scripts (used by tests)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return list(ScriptDirectory.from_config(config).get_heads())

"""Schema revisions: the app knows its head, and the migrated schema matches the models."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.exc import SAWarning

from cwd_desktop.domain import Base
from cwd_desktop.errors import UserError
from cwd_desktop.store import Store
from cwd_desktop.store.migrate import HEAD_REVISION, alembic_heads, current_revision, needs_upgrade


def test_head_revision_is_the_alembic_head() -> None:
    """The revision the app refuses to go past is the last migration it ships."""
    assert alembic_heads() == [HEAD_REVISION]


def test_migrated_schema_matches_the_models(store: Store) -> None:
    """A store built by the migrations has exactly the tables and columns the code uses."""
    with store.engine.connect() as conn:
        assert current_revision(conn) == HEAD_REVISION
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        with warnings.catch_warnings():
            # SQLAlchemy cannot reflect the lower(short_name) index; it is checked below.
            warnings.filterwarnings("ignore", "Skipped unsupported reflection", SAWarning)
            warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified")
            differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_live_short_names_are_unique_in_the_database_too(store: Store) -> None:
    """The partial unique index guards short names of live partnerships, ignoring tombstones."""
    with store.engine.connect() as conn:
        sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'uq_partnership_short_name_live'"
        ).scalar()
    assert sql is not None
    assert "UNIQUE" in sql.upper()
    assert "lower(short_name)" in sql
    assert "deleted_at IS NULL" in sql


@pytest.mark.parametrize("revision", ["0002", "9999", "abc"])
def test_newer_or_unknown_revision_is_refused(revision: str, tmp_path: Path) -> None:
    """A file stamped by a newer app (or by something unknown) is refused with the revision."""
    db = tmp_path / "cwd.sqlite3"
    with pytest.raises(UserError) as caught:
        needs_upgrade(revision, db)
    assert revision in str(caught.value)
    assert str(db) in str(caught.value)


def test_new_and_current_files_need_the_right_treatment(tmp_path: Path) -> None:
    """An empty file is migrated; a file at the head is opened as it is."""
    db = tmp_path / "cwd.sqlite3"
    assert needs_upgrade(None, db) is True
    assert needs_upgrade(HEAD_REVISION, db) is False

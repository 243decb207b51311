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
from cwd_desktop.store.migrate import (
    HEAD_REVISION,
    alembic_heads,
    current_revision,
    include_object,
    needs_upgrade,
)


def test_head_revision_is_the_alembic_head() -> None:
    """The revision the app refuses to go past is the last migration it ships."""
    assert alembic_heads() == [HEAD_REVISION]


def test_migrated_schema_matches_the_models(store: Store) -> None:
    """A store built by the migrations has exactly the tables and columns the code uses."""
    with store.engine.connect() as conn:
        assert current_revision(conn) == HEAD_REVISION
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
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


@pytest.mark.parametrize("revision", ["0099", "9999", "abc"])
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


NEXT_MIGRATION_TEMPLATE = '''"""Test-only revision: adds a column, to exercise the upgrade path."""

import sqlalchemy as sa
from alembic import op

revision = "{next}"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("partnership") as batch:
        batch.add_column(sa.Column("test_extra", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("partnership") as batch:
        batch.drop_column("test_extra")
'''


def test_upgrade_backs_up_first_and_keeps_data(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a store written by the previous version migrates it after a verified backup."""
    import shutil
    import sqlite3

    from cwd_desktop.services.app import Services
    from cwd_desktop.services.demo import fill_demo
    from cwd_desktop.store import migrate, open_store

    old = open_store(data_dir)
    fill_demo(Services(old))
    old.close()

    head = migrate.HEAD_REVISION
    following = f"{int(head) + 1:04d}"
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts)
    (scripts / "versions" / f"{following}_test_extra.py").write_text(
        NEXT_MIGRATION_TEMPLATE.replace("{next}", following).replace("{head}", head),
        encoding="utf-8",
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(migrate, "HEAD_REVISION", following)

    new = open_store(data_dir)
    try:
        assert Services(new).partnerships.count() == 3
    finally:
        new.close()
    with sqlite3.connect(data_dir / "cwd.sqlite3") as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (following,)
        columns = {row[1] for row in conn.execute("PRAGMA table_info(partnership)")}
        assert "test_extra" in columns
    (backup,) = (data_dir / "backups").glob(f"cwd-*-before-{following}.sqlite3")
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
        assert conn.execute("SELECT count(*) FROM partnership").fetchone() == (3,)

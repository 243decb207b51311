"""Sync bookkeeping on the device: conflicts, pull cursors, applied mutations (issue 6).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("server_id", sa.String(length=36), nullable=True),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("base_value", sa.JSON(), nullable=True),
        sa.Column("current_value", sa.JSON(), nullable=True),
        sa.Column("current_by", sa.String(length=200), nullable=False),
        sa.Column("current_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("other_value", sa.JSON(), nullable=True),
        sa.Column("other_by", sa.String(length=200), nullable=False),
        sa.Column("other_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolution", sa.JSON(), nullable=True),
        sa.Column("resolution_pending", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_row_id"), ["row_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_conflict_server_id"), ["server_id"], unique=False)
    op.create_table(
        "sync_cursor",
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("txid", sa.String(length=30), nullable=False),
        sa.PrimaryKeyConstraint("partnership_id", name=op.f("pk_sync_cursor")),
    )
    op.create_table(
        "applied_mutation",
        sa.Column("mutation_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("mutation_id", name=op.f("pk_applied_mutation")),
    )


def downgrade() -> None:
    op.drop_table("applied_mutation")
    op.drop_table("sync_cursor")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_server_id"))
        batch_op.drop_index(batch_op.f("ix_sync_conflict_row_id"))
    op.drop_table("sync_conflict")

"""Initial schema: reference TERYT, local meta, outbox, partnerships and members.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "local_meta",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_meta")),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("mutation_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
        sa.UniqueConstraint("mutation_id", name=op.f("uq_outbox_mutation_id")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_row_id"), ["row_id"], unique=False)

    op.create_table(
        "partnership",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("short_name", sa.String(length=60), nullable=False),
        sa.Column("voivodeship", sa.String(length=2), nullable=True),
        sa.Column("osi", sa.String(length=30), nullable=False),
        sa.Column("edition", sa.String(length=20), nullable=False),
        sa.Column("strategy_type", sa.String(length=20), nullable=False),
        sa.Column("formal_basis", sa.String(length=30), nullable=True),
        sa.Column("formal_basis_note", sa.Text(), nullable=False),
        sa.Column("leader_teryt", sa.String(length=7), nullable=True),
        sa.Column("council", sa.Text(), nullable=False),
        sa.Column("coordinator", sa.String(length=200), nullable=False),
        sa.Column("advisors", sa.Text(), nullable=False),
        sa.Column("stage", sa.String(length=30), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("crit_area", sa.Boolean(), nullable=False),
        sa.Column("crit_council", sa.Boolean(), nullable=False),
        sa.Column("crit_commitment", sa.Boolean(), nullable=False),
        sa.Column("crit_coordinator", sa.Boolean(), nullable=False),
        sa.Column("crit_remote_tools", sa.Boolean(), nullable=False),
        sa.Column("crit_publish", sa.Boolean(), nullable=False),
        sa.Column("crit_public_services", sa.Boolean(), nullable=False),
        sa.Column("crit_scope", sa.Boolean(), nullable=False),
        sa.Column("merit_srw", sa.Integer(), nullable=False),
        sa.Column("merit_links", sa.Integer(), nullable=False),
        sa.Column("merit_experience", sa.Integer(), nullable=False),
        sa.Column("formed_on", sa.Date(), nullable=True),
        sa.Column("selected_on", sa.Date(), nullable=True),
        sa.Column("advisory_start", sa.Date(), nullable=True),
        sa.Column("strategy_adopted_on", sa.Date(), nullable=True),
        sa.Column("advisory_end", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership")),
    )
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partnership_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "teryt_unit",
        sa.Column("code", sa.String(length=7), nullable=False),
        sa.Column("woj", sa.String(length=2), nullable=False),
        sa.Column("pow", sa.String(length=2), nullable=False),
        sa.Column("gmi", sa.String(length=2), nullable=False),
        sa.Column("rodz", sa.String(length=1), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("valid_on", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_teryt_unit")),
    )
    with op.batch_alter_table("teryt_unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_teryt_unit_woj"), ["woj"], unique=False)

    op.create_table(
        "partnership_jst",
        sa.Column("teryt", sa.String(length=7), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnership.id"],
            name=op.f("fk_partnership_jst_partnership_id_partnership"),
        ),
        sa.ForeignKeyConstraint(
            ["teryt"], ["teryt_unit.code"], name=op.f("fk_partnership_jst_teryt_teryt_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership_jst")),
    )
    with op.batch_alter_table("partnership_jst", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partnership_jst_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index("uq_partnership_jst_member", ["partnership_id", "teryt"], unique=True)
    op.create_index(
        "uq_partnership_short_name_live",
        "partnership",
        [sa.text("lower(short_name)")],
        unique=True,
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("uq_partnership_short_name_live", table_name="partnership")

    with op.batch_alter_table("partnership_jst", schema=None) as batch_op:
        batch_op.drop_index("uq_partnership_jst_member")
        batch_op.drop_index(batch_op.f("ix_partnership_jst_partnership_id"))

    op.drop_table("partnership_jst")
    with op.batch_alter_table("teryt_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_teryt_unit_woj"))

    op.drop_table("teryt_unit")
    with op.batch_alter_table("partnership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnership_partnership_id"))

    op.drop_table("partnership")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_row_id"))

    op.drop_table("outbox")
    op.drop_table("local_meta")

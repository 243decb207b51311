"""Implementation monitoring, networking events and the knowledge base (issue 8).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "good_practice",
        sa.Column("title", sa.String(length=400), nullable=False),
        sa.Column("owner_name", sa.String(length=300), nullable=False),
        sa.Column("owner_teryt", sa.String(length=7), nullable=True),
        sa.Column("owner_partnership_id", sa.String(length=36), nullable=True),
        sa.Column("theme", sa.String(length=20), nullable=False),
        sa.Column("policy_objective", sa.String(length=10), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("results", sa.Text(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_good_practice")),
    )
    with op.batch_alter_table("good_practice", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_good_practice_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "network_event",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=400), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("theme", sa.String(length=20), nullable=False),
        sa.Column("organiser", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("host_partnership_id", sa.String(length=36), nullable=True),
        sa.Column("host_name", sa.String(length=300), nullable=False),
        sa.Column("host_teryt", sa.String(length=7), nullable=True),
        sa.Column("practices_seen", sa.Text(), nullable=False),
        sa.Column("lessons", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_event")),
    )
    with op.batch_alter_table("network_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_network_event_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "event_participant",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("institution", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("member_partnership_id", sa.String(length=36), nullable=True),
        sa.Column("contact_person_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["network_event.id"],
            name=op.f("fk_event_participant_event_id_network_event"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_participant")),
    )
    with op.batch_alter_table("event_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_participant_event_id"), ["event_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_event_participant_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "event_partnership",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("member_partnership_id", sa.String(length=36), nullable=False),
        sa.Column("member_name", sa.String(length=300), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["network_event.id"],
            name=op.f("fk_event_partnership_event_id_network_event"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_partnership")),
    )
    with op.batch_alter_table("event_partnership", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_partnership_event_id"), ["event_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_event_partnership_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "knowledge_document",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=400), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("theme", sa.String(length=20), nullable=False),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=True),
        sa.Column("content_text", sa.Text(), nullable=False),
        sa.Column("practice_id", sa.String(length=36), nullable=True),
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["network_event.id"],
            name=op.f("fk_knowledge_document_event_id_network_event"),
        ),
        sa.ForeignKeyConstraint(
            ["practice_id"],
            ["good_practice.id"],
            name=op.f("fk_knowledge_document_practice_id_good_practice"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_document")),
    )
    with op.batch_alter_table("knowledge_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_knowledge_document_event_id"), ["event_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_knowledge_document_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_knowledge_document_practice_id"), ["practice_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_knowledge_document_sha256"), ["sha256"], unique=False)

    op.create_table(
        "funding_application",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("programme", sa.String(length=300), nullable=False),
        sa.Column("call", sa.String(length=300), nullable=False),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("amount_requested", sa.Float(), nullable=False),
        sa.Column("result", sa.String(length=20), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("amount_granted", sa.Float(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_funding_application_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_application")),
    )
    with op.batch_alter_table("funding_application", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_funding_application_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_funding_application_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "practice_project",
        sa.Column("practice_id", sa.String(length=36), nullable=False),
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["practice_id"],
            ["good_practice.id"],
            name=op.f("fk_practice_project_practice_id_good_practice"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_practice_project_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_project")),
    )
    with op.batch_alter_table("practice_project", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_practice_project_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_practice_project_practice_id"), ["practice_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_practice_project_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "project_expense",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("spent_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_project_expense_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_expense")),
    )
    with op.batch_alter_table("project_expense", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_expense_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_expense_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "recommendation",
        sa.Column("title", sa.String(length=400), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.Column("priority", sa.String(length=10), nullable=False),
        sa.Column("responsible", sa.String(length=300), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("project_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_recommendation_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation")),
    )
    with op.batch_alter_table("recommendation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recommendation_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_recommendation_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "indicator_report",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("indicator_id", sa.String(length=36), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=60), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["project_indicator.id"],
            name=op.f("fk_indicator_report_indicator_id_project_indicator"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_indicator_report_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_report")),
    )
    with op.batch_alter_table("indicator_report", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_indicator_report_indicator_id"), ["indicator_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_indicator_report_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_indicator_report_project_id"), ["project_id"], unique=False
        )

    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.add_column(sa.Column("actual_start_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("actual_end_on", sa.Date(), nullable=True))

    with op.batch_alter_table("project_task", schema=None) as batch_op:
        batch_op.add_column(sa.Column("actual_start_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("actual_end_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("outcome", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("project_task", schema=None) as batch_op:
        batch_op.drop_column("outcome")
        batch_op.drop_column("actual_end_on")
        batch_op.drop_column("actual_start_on")

    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_column("actual_end_on")
        batch_op.drop_column("actual_start_on")

    with op.batch_alter_table("indicator_report", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_report_project_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_report_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_report_indicator_id"))

    op.drop_table("indicator_report")
    with op.batch_alter_table("recommendation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recommendation_project_id"))
        batch_op.drop_index(batch_op.f("ix_recommendation_partnership_id"))

    op.drop_table("recommendation")
    with op.batch_alter_table("project_expense", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_expense_project_id"))
        batch_op.drop_index(batch_op.f("ix_project_expense_partnership_id"))

    op.drop_table("project_expense")
    with op.batch_alter_table("practice_project", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practice_project_project_id"))
        batch_op.drop_index(batch_op.f("ix_practice_project_practice_id"))
        batch_op.drop_index(batch_op.f("ix_practice_project_partnership_id"))

    op.drop_table("practice_project")
    with op.batch_alter_table("funding_application", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_funding_application_project_id"))
        batch_op.drop_index(batch_op.f("ix_funding_application_partnership_id"))

    op.drop_table("funding_application")
    with op.batch_alter_table("knowledge_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_knowledge_document_sha256"))
        batch_op.drop_index(batch_op.f("ix_knowledge_document_practice_id"))
        batch_op.drop_index(batch_op.f("ix_knowledge_document_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_knowledge_document_event_id"))

    op.drop_table("knowledge_document")
    with op.batch_alter_table("event_partnership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_partnership_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_event_partnership_event_id"))

    op.drop_table("event_partnership")
    with op.batch_alter_table("event_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_participant_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_event_participant_event_id"))

    op.drop_table("event_participant")
    with op.batch_alter_table("network_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_network_event_partnership_id"))

    op.drop_table("network_event")
    with op.batch_alter_table("good_practice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_good_practice_partnership_id"))

    op.drop_table("good_practice")

"""Work plan, diagnosis, strategy, project package and document versions (issue 5).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "conclusion",
        sa.Column("area", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conclusion")),
    )
    with op.batch_alter_table("conclusion", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_conclusion_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "document_version",
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=400), nullable=False),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("subject_id", sa.String(length=36), nullable=True),
        sa.Column("params", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_version")),
    )
    with op.batch_alter_table("document_version", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_version_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_document_version_sha256"), ["sha256"], unique=False)

    op.create_table(
        "finance_source",
        sa.Column("source", sa.String(length=30), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finance_source")),
    )
    with op.batch_alter_table("finance_source", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_finance_source_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "indicator",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("unit", sa.String(length=60), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("area", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
    )
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_indicator_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "strategic_objective",
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=400), nullable=False),
        sa.Column("dimension", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategic_objective")),
    )
    with op.batch_alter_table("strategic_objective", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_strategic_objective_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "strategy",
        sa.Column("title", sa.String(length=400), nullable=False),
        sa.Column("type", sa.String(length=20), nullable=False),
        sa.Column("horizon", sa.String(length=40), nullable=False),
        sa.Column("vision", sa.Text(), nullable=False),
        sa.Column("mission", sa.Text(), nullable=False),
        sa.Column("diagnosis_summary", sa.Text(), nullable=False),
        sa.Column("spatial_model", sa.Text(), nullable=False),
        sa.Column("spatial_policy", sa.Text(), nullable=False),
        sa.Column("osi_regional", sa.Text(), nullable=False),
        sa.Column("osi_local", sa.Text(), nullable=False),
        sa.Column("implementation", sa.Text(), nullable=False),
        sa.Column("financial_framework", sa.Text(), nullable=False),
        sa.Column("area_description", sa.Text(), nullable=False),
        sa.Column("needs_analysis", sa.Text(), nullable=False),
        sa.Column("integrated_approach", sa.Text(), nullable=False),
        sa.Column("partner_involvement", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy")),
    )
    with op.batch_alter_table("strategy", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_strategy_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "strategy_image",
        sa.Column("section", sa.String(length=40), nullable=False),
        sa.Column("caption", sa.String(length=400), nullable=False),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_strategy_image")),
    )
    with op.batch_alter_table("strategy_image", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_strategy_image_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "swot_item",
        sa.Column("quadrant", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_swot_item")),
    )
    with op.batch_alter_table("swot_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_swot_item_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "work_task",
        sa.Column("stage", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=False),
        sa.Column("responsible", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_task")),
    )
    with op.batch_alter_table("work_task", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_work_task_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "action_direction",
        sa.Column("objective_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=400), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["strategic_objective.id"],
            name=op.f("fk_action_direction_objective_id_strategic_objective"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_direction")),
    )
    with op.batch_alter_table("action_direction", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_direction_objective_id"), ["objective_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_action_direction_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "diagnosis_survey",
        sa.Column("survey_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["survey_id"], ["survey.id"], name=op.f("fk_diagnosis_survey_survey_id_survey")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_diagnosis_survey")),
    )
    with op.batch_alter_table("diagnosis_survey", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_diagnosis_survey_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "expected_result",
        sa.Column("objective_id", sa.String(length=36), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("indicator", sa.String(length=300), nullable=False),
        sa.Column("unit", sa.String(length=60), nullable=False),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("spatial", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["strategic_objective.id"],
            name=op.f("fk_expected_result_objective_id_strategic_objective"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expected_result")),
    )
    with op.batch_alter_table("expected_result", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_expected_result_objective_id"), ["objective_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_expected_result_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "indicator_value",
        sa.Column("indicator_id", sa.String(length=36), nullable=False),
        sa.Column("teryt", sa.String(length=7), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name=op.f("fk_indicator_value_indicator_id_indicator"),
        ),
        sa.ForeignKeyConstraint(
            ["teryt"], ["teryt_unit.code"], name=op.f("fk_indicator_value_teryt_teryt_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_value")),
    )
    with op.batch_alter_table("indicator_value", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_indicator_value_indicator_id"), ["indicator_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_indicator_value_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "project",
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=400), nullable=False),
        sa.Column("leader_teryt", sa.String(length=7), nullable=True),
        sa.Column("partners", sa.Text(), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("policy_objective", sa.String(length=10), nullable=False),
        sa.Column("thematic_area", sa.String(length=30), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("integrated", sa.Text(), nullable=False),
        sa.Column("cost", sa.Float(), nullable=False),
        sa.Column("readiness", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=True),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("is_key", sa.Boolean(), nullable=False),
        sa.Column("need", sa.Text(), nullable=False),
        sa.Column("options", sa.Text(), nullable=False),
        sa.Column("technical", sa.Text(), nullable=False),
        sa.Column("legal", sa.Text(), nullable=False),
        sa.Column("institutional", sa.Text(), nullable=False),
        sa.Column("financial", sa.Text(), nullable=False),
        sa.Column("risks", sa.Text(), nullable=False),
        sa.Column("durability", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["leader_teryt"], ["teryt_unit.code"], name=op.f("fk_project_leader_teryt_teryt_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
    )
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "project_application",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("programme", sa.String(length=300), nullable=False),
        sa.Column("measure", sa.String(length=300), nullable=False),
        sa.Column("call", sa.String(length=300), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("objectives", sa.Text(), nullable=False),
        sa.Column("target_groups", sa.Text(), nullable=False),
        sa.Column("budget", sa.Text(), nullable=False),
        sa.Column("sector_context", sa.Text(), nullable=False),
        sa.Column("sector_demand", sa.Text(), nullable=False),
        sa.Column("sector_supply", sa.Text(), nullable=False),
        sa.Column("sector_gaps", sa.Text(), nullable=False),
        sa.Column("sector_conclusions", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_project_application_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_application")),
    )
    with op.batch_alter_table("project_application", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_application_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_application_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "project_funding",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("source", sa.String(length=30), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_project_funding_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_funding")),
    )
    with op.batch_alter_table("project_funding", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_funding_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_funding_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "project_indicator",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("unit", sa.String(length=60), nullable=False),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_project_indicator_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_indicator")),
    )
    with op.batch_alter_table("project_indicator", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_indicator_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_indicator_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "project_link",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("objective_id", sa.String(length=36), nullable=False),
        sa.Column("direction_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["direction_id"],
            ["action_direction.id"],
            name=op.f("fk_project_link_direction_id_action_direction"),
        ),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["strategic_objective.id"],
            name=op.f("fk_project_link_objective_id_strategic_objective"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_project_link_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_link")),
    )
    with op.batch_alter_table("project_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_link_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_link_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "project_task",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_project_task_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_task")),
    )
    with op.batch_alter_table("project_task", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_task_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_task_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "project_comment",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("comment_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("partnership_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["comment_id"], ["comment.id"], name=op.f("fk_project_comment_comment_id_comment")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_project_comment_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_comment")),
    )
    with op.batch_alter_table("project_comment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_comment_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_comment_project_id"), ["project_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("project_comment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_comment_project_id"))
        batch_op.drop_index(batch_op.f("ix_project_comment_partnership_id"))

    op.drop_table("project_comment")
    with op.batch_alter_table("project_task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_task_project_id"))
        batch_op.drop_index(batch_op.f("ix_project_task_partnership_id"))

    op.drop_table("project_task")
    with op.batch_alter_table("project_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_link_project_id"))
        batch_op.drop_index(batch_op.f("ix_project_link_partnership_id"))

    op.drop_table("project_link")
    with op.batch_alter_table("project_indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_indicator_project_id"))
        batch_op.drop_index(batch_op.f("ix_project_indicator_partnership_id"))

    op.drop_table("project_indicator")
    with op.batch_alter_table("project_funding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_funding_project_id"))
        batch_op.drop_index(batch_op.f("ix_project_funding_partnership_id"))

    op.drop_table("project_funding")
    with op.batch_alter_table("project_application", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_application_project_id"))
        batch_op.drop_index(batch_op.f("ix_project_application_partnership_id"))

    op.drop_table("project_application")
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_partnership_id"))

    op.drop_table("project")
    with op.batch_alter_table("indicator_value", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_value_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_value_indicator_id"))

    op.drop_table("indicator_value")
    with op.batch_alter_table("expected_result", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expected_result_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_expected_result_objective_id"))

    op.drop_table("expected_result")
    with op.batch_alter_table("diagnosis_survey", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_diagnosis_survey_partnership_id"))

    op.drop_table("diagnosis_survey")
    with op.batch_alter_table("action_direction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_direction_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_action_direction_objective_id"))

    op.drop_table("action_direction")
    with op.batch_alter_table("work_task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_work_task_partnership_id"))

    op.drop_table("work_task")
    with op.batch_alter_table("swot_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_swot_item_partnership_id"))

    op.drop_table("swot_item")
    with op.batch_alter_table("strategy_image", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_strategy_image_partnership_id"))

    op.drop_table("strategy_image")
    with op.batch_alter_table("strategy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_strategy_partnership_id"))

    op.drop_table("strategy")
    with op.batch_alter_table("strategic_objective", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_strategic_objective_partnership_id"))

    op.drop_table("strategic_objective")
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_partnership_id"))

    op.drop_table("indicator")
    with op.batch_alter_table("finance_source", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_finance_source_partnership_id"))

    op.drop_table("finance_source")
    with op.batch_alter_table("document_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_version_sha256"))
        batch_op.drop_index(batch_op.f("ix_document_version_partnership_id"))

    op.drop_table("document_version")
    with op.batch_alter_table("conclusion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conclusion_partnership_id"))

    op.drop_table("conclusion")

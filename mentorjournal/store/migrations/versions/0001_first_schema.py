"""first schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 11:20:26.239739
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("owner_name", sa.String(length=200), nullable=False),
        sa.Column("institution", sa.String(length=200), nullable=False),
        sa.Column("default_cadence_days", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal")),
        sa.UniqueConstraint("public_id", name=op.f("uq_journal_public_id")),
    )
    op.create_table(
        "mentee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("preferred_name", sa.String(length=200), nullable=False),
        sa.Column("programme", sa.String(length=200), nullable=False),
        sa.Column("cohort", sa.String(length=200), nullable=False),
        sa.Column("level", sa.String(length=100), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column(
            "mentoring_model",
            sa.Enum(
                "one_to_one", "group", "peer", name="mentoringmodel", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "paused",
                "completed",
                "withdrawn",
                name="menteestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("contact", sa.String(length=500), nullable=False),
        sa.Column("private_notes", sa.String(), nullable=False),
        sa.Column("cadence_days", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentee")),
        sa.UniqueConstraint("public_id", name=op.f("uq_mentee_public_id")),
    )
    with op.batch_alter_table("mentee", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentee_status"), ["status"], unique=False)

    op.create_table(
        "mentoring_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "one_to_one",
                "group",
                "peer",
                "workplace_visit",
                "virtual",
                name="sessionkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("topics", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("private_note", sa.String(), nullable=False),
        sa.Column("next_meeting_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentoring_session")),
        sa.UniqueConstraint("public_id", name=op.f("uq_mentoring_session_public_id")),
    )
    with op.batch_alter_table("mentoring_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mentoring_session_started_at"), ["started_at"], unique=False
        )

    op.create_table(
        "tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag")),
        sa.UniqueConstraint("key", name=op.f("uq_tag_key")),
    )
    op.create_table(
        "action_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column(
            "owner",
            sa.Enum("mentor", "mentee", name="actionowner", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done_date", sa.Date(), nullable=True),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_action_item_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mentoring_session.id"],
            name=op.f("fk_action_item_session_id_mentoring_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
        sa.UniqueConstraint("public_id", name=op.f("uq_action_item_public_id")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_item_mentee_id"), ["mentee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_session_id"), ["session_id"], unique=False)

    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("specific", sa.String(), nullable=False),
        sa.Column("measure", sa.String(), nullable=False),
        sa.Column("target_value", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=50), nullable=False),
        sa.Column("achievable", sa.String(), nullable=False),
        sa.Column("relevant", sa.String(), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column(
            "category",
            sa.Enum(
                "technical_skill",
                "soft_skill",
                "career",
                "personal",
                name="goalcategory",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "not_started",
                "in_progress",
                "achieved",
                "dropped",
                name="goalstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["mentee_id"], ["mentee.id"], name=op.f("fk_goal_mentee_id_mentee"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mentoring_session.id"],
            name=op.f("fk_goal_session_id_mentoring_session"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
        sa.UniqueConstraint("public_id", name=op.f("uq_goal_public_id")),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_mentee_id"), ["mentee_id"], unique=False)

    op.create_table(
        "mentee_tag",
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_mentee_tag_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_mentee_tag_tag_id_tag"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("mentee_id", "tag_id", name=op.f("pk_mentee_tag")),
    )
    with op.batch_alter_table("mentee_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentee_tag_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "reflection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column(
            "author",
            sa.Enum("mentor", "mentee", name="reflectionauthor", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("what_happened", sa.String(), nullable=False),
        sa.Column("went_well", sa.String(), nullable=False),
        sa.Column("to_change", sa.String(), nullable=False),
        sa.Column("next_steps", sa.String(), nullable=False),
        sa.Column("is_private", sa.Boolean(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_reflection_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mentoring_session.id"],
            name=op.f("fk_reflection_session_id_mentoring_session"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reflection")),
        sa.UniqueConstraint("public_id", name=op.f("uq_reflection_public_id")),
    )
    with op.batch_alter_table("reflection", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reflection_mentee_id"), ["mentee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reflection_session_id"), ["session_id"], unique=False)

    op.create_table(
        "session_attendee",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("confidence", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "confidence IS NULL OR confidence BETWEEN 1 AND 5",
            name=op.f("ck_session_attendee_confidence"),
        ),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_session_attendee_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mentoring_session.id"],
            name=op.f("fk_session_attendee_session_id_mentoring_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "mentee_id", name=op.f("pk_session_attendee")),
    )
    with op.batch_alter_table("session_attendee", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_attendee_mentee_id"), ["mentee_id"], unique=False
        )

    op.create_table(
        "goal_check_in",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("percent", sa.Float(), nullable=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "percent IS NULL OR percent BETWEEN 0 AND 100", name=op.f("ck_goal_check_in_percent")
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name=op.f("fk_goal_check_in_goal_id_goal"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mentoring_session.id"],
            name=op.f("fk_goal_check_in_session_id_mentoring_session"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_check_in")),
        sa.UniqueConstraint("public_id", name=op.f("uq_goal_check_in_public_id")),
    )
    with op.batch_alter_table("goal_check_in", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_check_in_goal_id"), ["goal_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("goal_check_in", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_check_in_goal_id"))

    op.drop_table("goal_check_in")
    with op.batch_alter_table("session_attendee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_attendee_mentee_id"))

    op.drop_table("session_attendee")
    with op.batch_alter_table("reflection", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reflection_session_id"))
        batch_op.drop_index(batch_op.f("ix_reflection_mentee_id"))

    op.drop_table("reflection")
    with op.batch_alter_table("mentee_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentee_tag_tag_id"))

    op.drop_table("mentee_tag")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_mentee_id"))

    op.drop_table("goal")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_session_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_mentee_id"))

    op.drop_table("action_item")
    op.drop_table("tag")
    with op.batch_alter_table("mentoring_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentoring_session_started_at"))

    op.drop_table("mentoring_session")
    with op.batch_alter_table("mentee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentee_status"))

    op.drop_table("mentee")
    op.drop_table("journal")

"""entity tags: tags on sessions, goals and reflections

Three link tables to the existing `tag` vocabulary (shared with mentees, unique by casefold
key). Each link cascades with its record and its tag; `tag_id` is indexed because filters
("sessions tagged welding") and the clean-up of unused tags look links up by tag.

The mentee list now also counts overdue action items per mentee: the index on open actions
gets the due date as a third column, so that count reads the index alone (87 ms -> a few ms
on the "large" journal); the old two-column index is its prefix and goes.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 14:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# (link table, record column, record table)
LINKS = (
    ("session_tag", "session_id", "mentoring_session"),
    ("goal_tag", "goal_id", "goal"),
    ("reflection_tag", "reflection_id", "reflection"),
)


def upgrade() -> None:
    for table, column, target in LINKS:
        op.create_table(
            table,
            sa.Column(column, sa.Integer(), nullable=False),
            sa.Column("tag_id", sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(
                [column],
                [f"{target}.id"],
                name=op.f(f"fk_{table}_{column}_{target}"),
                ondelete="CASCADE",
            ),
            sa.ForeignKeyConstraint(
                ["tag_id"], ["tag.id"], name=op.f(f"fk_{table}_tag_id_tag"), ondelete="CASCADE"
            ),
            sa.PrimaryKeyConstraint(column, "tag_id", name=op.f(f"pk_{table}")),
        )
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f"ix_{table}_tag_id"), ["tag_id"], unique=False)
    op.create_index(
        "ix_action_item_mentee_done_due", "action_item", ["mentee_id", "done_date", "due_date"]
    )
    op.drop_index("ix_action_item_mentee_done", table_name="action_item")


def downgrade() -> None:
    op.create_index("ix_action_item_mentee_done", "action_item", ["mentee_id", "done_date"])
    op.drop_index("ix_action_item_mentee_done_due", table_name="action_item")
    for table, _column, _target in reversed(LINKS):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_tag_id"))
        op.drop_table(table)

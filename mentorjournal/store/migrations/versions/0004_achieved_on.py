"""achieved on: the day a goal was achieved, for "goals achieved this month"

Goals achieved before this revision get the day of their last check-in, or else the day they
were last changed (the best record of when they were marked achieved).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 12:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("achieved_on", sa.Date(), nullable=True))
    op.execute(
        "UPDATE goal SET achieved_on = coalesce("
        " (SELECT max(checked_on) FROM goal_check_in WHERE goal_check_in.goal_id = goal.id),"
        " date(updated_at))"
        " WHERE status = 'achieved'"
    )


def downgrade() -> None:
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_column("achieved_on")

"""faster lists: the session start copied onto attendees, and open actions indexed by mentee

The mentee list shows each mentee's last session and open action count. Both used to read
every session and action row of the journal; these indexes answer them from the index alone.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 11:32:44
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_mentee_id"))
        batch_op.create_index(
            "ix_action_item_mentee_done", ["mentee_id", "done_date"], unique=False
        )

    with op.batch_alter_table("session_attendee", schema=None) as batch_op:
        batch_op.add_column(sa.Column("session_started_at", sa.DateTime(), nullable=True))
    op.execute(
        "UPDATE session_attendee SET session_started_at = ("
        " SELECT started_at FROM mentoring_session"
        " WHERE mentoring_session.id = session_attendee.session_id)"
    )
    with op.batch_alter_table("session_attendee", schema=None) as batch_op:
        batch_op.alter_column("session_started_at", existing_type=sa.DateTime(), nullable=False)
        batch_op.drop_index(batch_op.f("ix_session_attendee_mentee_id"))
        batch_op.create_index(
            "ix_session_attendee_mentee_started", ["mentee_id", "session_started_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("session_attendee", schema=None) as batch_op:
        batch_op.drop_index("ix_session_attendee_mentee_started")
        batch_op.create_index(
            batch_op.f("ix_session_attendee_mentee_id"), ["mentee_id"], unique=False
        )
        batch_op.drop_column("session_started_at")

    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index("ix_action_item_mentee_done")
        batch_op.create_index(batch_op.f("ix_action_item_mentee_id"), ["mentee_id"], unique=False)

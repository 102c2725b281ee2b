"""tags on sessions, goals and reflections

(Reserved early so that parallel work keeps one linear chain of revisions;
issue 7 (tags and filters) fills it in.)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 14:30:00
"""

from alembic import op  # noqa: F401

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

"""search: the full-text index (FTS5) over everything a trainer writes

(Reserved early so that parallel work keeps one linear chain of revisions;
issue 7 (search) fills it in.)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 14:30:00
"""

from alembic import op  # noqa: F401

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

"""drafts: unsaved editor text kept until it is saved or discarded

(Reserved early so that parallel work keeps one linear chain of revisions;
issue 6 (crash safety) fills it in.)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 14:30:00
"""

from alembic import op  # noqa: F401

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

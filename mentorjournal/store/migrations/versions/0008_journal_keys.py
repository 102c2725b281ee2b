"""the journal's age identity (passphrase-encrypted) for encrypted backups

(Reserved early so that parallel work keeps one linear chain of revisions;
issue 5 (backups) fills it in.)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 14:30:00
"""

from alembic import op  # noqa: F401

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

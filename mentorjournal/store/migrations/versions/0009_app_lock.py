"""the optional app-lock passphrase (a verifier, never the passphrase itself)

(Reserved early so that parallel work keeps one linear chain of revisions;
issue 6 (app lock) fills it in.)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 14:30:00
"""

from alembic import op  # noqa: F401

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

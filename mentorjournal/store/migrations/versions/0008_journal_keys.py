"""journal keys: the journal's age identity (passphrase-encrypted) for encrypted backups

One row at most: the public recipient that backups are encrypted to, and the secret key
encrypted with the trainer's passphrase (issue 5, item 6).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 14:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journal_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recipient", sa.String(length=100), nullable=False),
        sa.Column("encrypted_identity", sa.LargeBinary(), nullable=False),
        sa.Column("encrypt_backups", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_key")),
        sa.UniqueConstraint("public_id", name=op.f("uq_journal_key_public_id")),
    )


def downgrade() -> None:
    op.drop_table("journal_key")

"""the optional app-lock passphrase (a verifier, never the passphrase itself)

At most one row: a salted scrypt verifier with its cost parameters (services/lock.py). No row
means the journal has no app passphrase, which is how every journal before this revision reads.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 14:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_lock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kdf", sa.String(length=16), nullable=False),
        sa.Column("salt", sa.String(length=128), nullable=False),
        sa.Column("cost", sa.Integer(), nullable=False),
        sa.Column("block_size", sa.Integer(), nullable=False),
        sa.Column("parallelism", sa.Integer(), nullable=False),
        sa.Column("verifier", sa.String(length=256), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_lock")),
    )


def downgrade() -> None:
    op.drop_table("app_lock")

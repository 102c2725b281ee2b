"""search: the full-text index (FTS5) over everything a trainer writes

Creates the `search_index` FTS5 table, fills it from the records already in the journal, and
adds the triggers that keep it in step (see `mentorjournal.store.search_index`). The index is
not part of the SQLModel metadata: it is SQLite-only, and the store's search module owns it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 14:30:00
"""

from alembic import op

from mentorjournal.store import search_index

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    search_index.install(op.get_bind())


def downgrade() -> None:
    search_index.uninstall(op.get_bind())

"""Alembic environment: runs on the connection that `store.schema` hands over, never on a URL."""

from alembic import context
from sqlmodel import SQLModel

import mentorjournal.models
from mentorjournal.store import search_index

mentorjournal.models.load_all()  # every table on the metadata (the package loads lazily)
connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them (DESIGN.md, convention 3)
    compare_type=True,
    # The full-text index is SQLite's own (FTS5), made by the search module, not the models.
    include_name=search_index.include_name,
)
with context.begin_transaction():
    context.run_migrations()

"""Small helpers the services share: loading a row or failing plainly, copying fields."""

from __future__ import annotations

from typing import TypeVar

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from ..models import Stamped, utcnow
from ..store.errors import NotFound

RowT = TypeVar("RowT", bound=Stamped)


def get_or_fail(session: Session, model: type[RowT], row_id: int, kind: str) -> RowT:
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(kind, row_id)
    return row


def copy_fields(target: SQLModel, source: SQLModel, fields_class: type[SQLModel]) -> None:
    """Set on `target` every field that `fields_class` declares, taken from `source`."""
    for name in fields_class.model_fields:
        setattr(target, name, getattr(source, name))


def touch(row: Stamped) -> None:
    row.updated_at = utcnow()


def table_of(model: type[SQLModel]) -> sa.Table:
    """The Core table behind a table model, for queries that select plain columns."""
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, sa.Table)
    return table

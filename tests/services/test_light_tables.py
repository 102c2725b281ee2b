"""The light table clauses that read tags without building table classes, and the plain SQL
that reads the mentee list before SQLAlchemy loads (issue 7, cold start), name real tables and
columns, of the models' types."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

import mentorjournal.models as models
from mentorjournal.services import mentee_list, tags

CLAUSES = [
    tags._TAG,
    *(link for link, _column in tags._LINKS.values()),
]


@pytest.mark.parametrize("clause", CLAUSES, ids=lambda c: str(c.name))
def test_a_light_clause_matches_its_models_table(clause: sa.TableClause) -> None:
    models.load_all()
    table = SQLModel.metadata.tables[str(clause.name)]
    for column in clause.columns:
        real = table.c[column.key]
        # The same kind of type (SQLAlchemy's "affinity": integer, string, date, datetime,
        # enum), so values are bound and read alike.
        assert real.type._type_affinity is column.type._type_affinity, column.key
        if isinstance(real.type, sa.Enum):
            assert isinstance(column.type, sa.Enum)
            assert column.type.enums == real.type.enums


def test_each_link_clause_names_its_record_column() -> None:
    for kind, (link, column) in tags._LINKS.items():
        assert str(link.name) == f"{kind}_tag" and column in link.c and "tag_id" in link.c


@pytest.mark.parametrize("table_name", sorted(mentee_list.TABLES_READ))
def test_the_mentee_lists_sql_names_real_columns(table_name: str) -> None:
    models.load_all()
    table = SQLModel.metadata.tables[table_name]
    for column in mentee_list.TABLES_READ[table_name]:
        assert column in table.c, f"{table_name}.{column}"

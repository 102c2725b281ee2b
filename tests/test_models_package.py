"""The models package loads its modules on first use (issue 7, cold start), yet every name it
offers imports from it, `load_all` registers every table, and a table's module always brings
the tables its foreign keys name (without them SQLAlchemy cannot write a row)."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest
from sqlmodel import SQLModel

import mentorjournal.models as models_package

TABLE_MODULES = (
    "app_lock",
    "draft",
    "goal",
    "journal",
    "journal_key",
    "mentee",
    "reflection",
    "session",
    "skill",
    "tags",
    "template",
)


def _fresh(code: str) -> object:
    """Run `code` in a fresh interpreter (this one has long loaded every model); it prints
    one JSON value."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_importing_the_package_loads_no_table() -> None:
    loaded = _fresh(
        "import json, sys, mentorjournal.models\n"
        "from sqlmodel import SQLModel\n"
        "print(json.dumps([sorted(m for m in sys.modules if m.startswith("
        "'mentorjournal.models.')), sorted(SQLModel.metadata.tables)]))"
    )
    assert loaded == [[], []]


@pytest.mark.parametrize("name", models_package.__all__)
def test_every_offered_name_imports_from_the_package(name: str) -> None:
    value = getattr(importlib.import_module("mentorjournal.models"), name)
    assert getattr(value, "__name__", name) == name or name.isupper()


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_table"):
        _ = models_package.no_such_table


def test_load_all_registers_every_table() -> None:
    models_package.load_all()
    assert len(SQLModel.metadata.tables) == 20
    assert {"mentee", "goal_check_in", "skill_rating", "draft", "reflection_tag"} <= set(
        SQLModel.metadata.tables
    )


@pytest.mark.parametrize("module", TABLE_MODULES)
def test_a_table_module_brings_the_tables_its_foreign_keys_name(module: str) -> None:
    missing = _fresh(
        "import importlib, json\n"
        "from sqlmodel import SQLModel\n"
        f"importlib.import_module('mentorjournal.models.{module}')\n"
        "tables = SQLModel.metadata.tables\n"
        "print(json.dumps(sorted({fk.target_fullname.split('.')[0] for t in tables.values()\n"
        "    for fk in t.foreign_keys} - set(tables))))"
    )
    assert missing == []


def test_the_inputs_load_apart_from_the_tables_the_first_window_reads() -> None:
    loaded = _fresh(
        "import json, sys\n"
        "from mentorjournal.models import Mentee, SessionAttendee, ActionItem\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith("
        "'mentorjournal.models.'))))"
    )
    assert isinstance(loaded, list)
    assert "mentorjournal.models.inputs" not in loaded
    assert "mentorjournal.models.goal" not in loaded

"""The journal's owner (the trainer) and journal-wide defaults such as the session cadence."""

from __future__ import annotations

from sqlmodel import select

from ..models import JournalInfo, JournalOwnerFields
from ..store.journal import Journal
from ._common import copy_fields, touch
from .validation import Problems, text_fields


class OwnerService:
    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def get(self) -> JournalInfo:
        with self._journal.reading() as s:
            return s.exec(select(JournalInfo)).one()

    def update(self, data: JournalOwnerFields) -> JournalInfo:
        p = Problems()
        p.no_nul(text_fields(data, ("owner_name", "institution")))
        p.in_range(
            "default_cadence_days", data.default_cadence_days, 1, 365, "Days between sessions"
        )
        p.raise_if_any()
        with self._journal.transaction() as s:
            info = s.exec(select(JournalInfo)).one()
            copy_fields(info, data, JournalOwnerFields)
            touch(info)
            s.add(info)
        return info

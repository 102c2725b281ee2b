"""Use cases on reflections: the mentor's, or the mentee's as told to the mentor."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import col, select

from ..models import Mentee, MentoringSession, Reflection, ReflectionFields, ReflectionInput
from ..store.journal import Journal
from . import tags as tagging
from ._common import copy_fields, get_or_fail, touch
from .validation import Problems, text_fields

PROMPTS = ("what_happened", "went_well", "to_change", "next_steps")


class ReflectionService:
    """Reflections of one journal. Every method is one transaction."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def get(self, reflection_id: int) -> Reflection:
        with self._journal.reading() as s:
            return get_or_fail(s, Reflection, reflection_id, "reflection")

    def list_for_mentee(self, mentee_id: int) -> list[Reflection]:
        """Newest first."""
        with self._journal.reading() as s:
            return list(
                s.exec(
                    select(Reflection)
                    .where(Reflection.mentee_id == mentee_id)
                    .order_by(col(Reflection.written_on).desc(), col(Reflection.id).desc())
                ).all()
            )

    def tags(self, reflection_id: int) -> list[str]:
        with self._journal.reading() as s:
            return tagging.tags_of(s, "reflection", reflection_id)

    def tags_for_mentee(self, mentee_id: int) -> dict[int, list[str]]:
        """Tags of each of the mentee's reflections that has some, by reflection id."""
        ids = select(Reflection.id).where(Reflection.mentee_id == mentee_id)
        with self._journal.reading() as s:
            return tagging.tags_of_many(s, "reflection", [i for i in s.exec(ids).all() if i])

    def create(self, data: ReflectionInput, *, tags: Sequence[str] = ()) -> Reflection:
        clean_tags = _validate(data, tags)
        with self._journal.transaction() as s:
            get_or_fail(s, Mentee, data.mentee_id, "mentee")
            if data.session_id is not None:
                get_or_fail(s, MentoringSession, data.session_id, "session")
            reflection = Reflection.model_validate(data.model_dump())
            s.add(reflection)
            if clean_tags:
                s.flush()
                assert reflection.id is not None
                tagging.set_tags(s, "reflection", reflection.id, clean_tags)
        return reflection

    def update(
        self, reflection_id: int, data: ReflectionFields, *, tags: Sequence[str] | None = None
    ) -> Reflection:
        """Change a reflection; its tags become `tags` (None keeps them as they are)."""
        clean_tags = _validate(data, tags or ())
        with self._journal.transaction() as s:
            reflection = get_or_fail(s, Reflection, reflection_id, "reflection")
            copy_fields(reflection, data, ReflectionFields)
            touch(reflection)
            s.add(reflection)
            if tags is not None:
                tagging.set_tags(s, "reflection", reflection_id, clean_tags)
        return reflection

    def delete(self, reflection_id: int) -> None:
        with self._journal.transaction() as s:
            s.delete(get_or_fail(s, Reflection, reflection_id, "reflection"))
            s.flush()
            tagging.prune_unused(s)


def _validate(data: ReflectionFields, tags: Sequence[str] = ()) -> list[str]:
    p = Problems()
    clean_tags = tagging.check_tags(p, tags)
    p.sensible_date("written_on", data.written_on, "Date")
    if not any(getattr(data, f).strip() for f in ("text", *PROMPTS)):
        p.add("text", "Write the reflection, or answer at least one prompt.")
    p.no_nul(text_fields(data, ("text", *PROMPTS)))
    p.raise_if_any()
    return clean_tags

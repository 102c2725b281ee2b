"""Small additions to `SkillService` for the competency framework editor: putting skills in a
new order in one transaction, and knowing which skills have ratings (removing those retires
them, which the editor says before doing it)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import col, select

from ..models import Skill, SkillRating
from ..store.journal import Journal
from ._common import get_or_fail, touch


def reorder_skills(journal: Journal, skill_ids: Sequence[int]) -> None:
    """Give the skills `skill_ids` the positions 1, 2, 3... in that order (one transaction)."""
    with journal.transaction() as s:
        for position, skill_id in enumerate(skill_ids, start=1):
            skill = get_or_fail(s, Skill, skill_id, "skill")
            if skill.position != position:
                skill.position = position
                touch(skill)
                s.add(skill)


def rated_skill_ids(journal: Journal) -> set[int]:
    """The ids of the skills that have at least one rating (of any mentee)."""
    with journal.reading() as s:
        return set(s.exec(select(col(SkillRating.skill_id)).distinct()).all())

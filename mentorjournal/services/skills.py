"""Use cases on the competency framework (skills) and on rating mentees against it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session, col, select

from ..models import (
    Mentee,
    MentoringSession,
    Rater,
    RatingFields,
    RatingInput,
    Skill,
    SkillFields,
    SkillGroup,
    SkillRating,
)
from ..store.journal import Journal
from ._common import copy_fields, get_or_fail, touch
from .validation import Problems, text_fields


@dataclass(frozen=True, slots=True)
class SkillProgress:
    """A mentee on one skill: the first and the latest rating (by the given rater)."""

    skill: Skill
    first: SkillRating | None
    latest: SkillRating | None


@dataclass(frozen=True, slots=True)
class RatingEntry:
    """One row of the quick rating table: a skill and the rating given (None: not rated)."""

    skill_id: int
    rating: int | None
    note: str = ""


class SkillService:
    """Skills and skill ratings of one journal. Every method is one transaction."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    # --- the framework -------------------------------------------------------------------
    def framework(self, *, include_retired: bool = False) -> list[Skill]:
        """The skills, technical first, each group in the trainer's order."""
        technical_first = sa.case((col(Skill.group) == SkillGroup.TECHNICAL, 0), else_=1)
        query = select(Skill).order_by(technical_first, col(Skill.position), col(Skill.name))
        if not include_retired:
            query = query.where(col(Skill.retired).is_(False))
        with self._journal.reading() as s:
            return list(s.exec(query).all())

    def create(self, data: SkillFields) -> Skill:
        _validate_skill(data)
        with self._journal.transaction() as s:
            if data.position == 0:
                highest = s.exec(select(sa.func.max(Skill.position))).one()
                data = data.model_copy(update={"position": (highest or 0) + 1})
            skill = Skill.model_validate(data.model_dump())
            s.add(skill)
        return skill

    def update(self, skill_id: int, data: SkillFields) -> Skill:
        _validate_skill(data)
        with self._journal.transaction() as s:
            skill = get_or_fail(s, Skill, skill_id, "skill")
            copy_fields(skill, data, SkillFields)
            touch(skill)
            s.add(skill)
        return skill

    def reorder(self, skill_ids: Sequence[int]) -> None:
        """Give the skills `skill_ids` the positions 1, 2, 3... in that order."""
        with self._journal.transaction() as s:
            for position, skill_id in enumerate(skill_ids, start=1):
                skill = get_or_fail(s, Skill, skill_id, "skill")
                if skill.position != position:
                    skill.position = position
                    touch(skill)
                    s.add(skill)

    def rated_skill_ids(self) -> set[int]:
        """The skills that have at least one rating (removing those retires them)."""
        with self._journal.reading() as s:
            return set(s.exec(select(col(SkillRating.skill_id)).distinct()).all())

    def delete(self, skill_id: int) -> None:
        """Delete a skill that was never rated; a rated skill is retired instead (keeps history)."""
        with self._journal.transaction() as s:
            skill = get_or_fail(s, Skill, skill_id, "skill")
            rated = s.exec(select(SkillRating.id).where(SkillRating.skill_id == skill_id)).first()
            if rated is None:
                s.delete(skill)
            else:
                skill.retired = True
                touch(skill)
                s.add(skill)

    # --- ratings -------------------------------------------------------------------------
    def rate(self, data: RatingInput) -> SkillRating:
        """Record a rating; rating the same skill again on the same day by the same rater
        corrects that day's rating instead of adding a second one."""
        _validate_rating(data)
        with self._journal.transaction() as s:
            return _store_rating(s, data)

    def rate_many(
        self,
        *,
        mentee_id: int,
        rated_on: date,
        rater: Rater,
        entries: Sequence[RatingEntry],
        session_id: int | None = None,
    ) -> list[SkillRating]:
        """Rate several skills at once (the quick table); entries without a rating are skipped.

        All or nothing: one bad entry refuses the whole table, naming its row.
        """
        inputs = [
            RatingInput(
                mentee_id=mentee_id,
                skill_id=e.skill_id,
                session_id=session_id,
                rated_on=rated_on,
                rater=rater,
                rating=e.rating,
                note=e.note,
            )
            for e in entries
            if e.rating is not None
        ]
        for item in inputs:
            _validate_rating(item)
        with self._journal.transaction() as s:
            return [_store_rating(s, item) for item in inputs]

    def update_rating(self, rating_id: int, data: RatingFields) -> SkillRating:
        _validate_rating(data)
        with self._journal.transaction() as s:
            rating = get_or_fail(s, SkillRating, rating_id, "skill rating")
            copy_fields(rating, data, RatingFields)
            touch(rating)
            s.add(rating)
        return rating

    def delete_rating(self, rating_id: int) -> None:
        with self._journal.transaction() as s:
            s.delete(get_or_fail(s, SkillRating, rating_id, "skill rating"))

    def ratings_for_mentee(self, mentee_id: int, skill_id: int | None = None) -> list[SkillRating]:
        """A mentee's ratings, oldest first (of one skill if `skill_id` is given)."""
        query = select(SkillRating).where(SkillRating.mentee_id == mentee_id)
        if skill_id is not None:
            query = query.where(SkillRating.skill_id == skill_id)
        query = query.order_by(col(SkillRating.rated_on), col(SkillRating.id))
        with self._journal.reading() as s:
            return list(s.exec(query).all())

    def progress(self, mentee_id: int, rater: Rater | None = Rater.MENTOR) -> list[SkillProgress]:
        """First and latest rating per skill the mentee was rated on (by `rater`, or anyone)."""
        skills = {k.id: k for k in self.framework(include_retired=True)}
        first: dict[int, SkillRating] = {}
        latest: dict[int, SkillRating] = {}
        for r in self.ratings_for_mentee(mentee_id):
            if rater is not None and r.rater != rater:
                continue
            first.setdefault(r.skill_id, r)
            latest[r.skill_id] = r
        return [
            SkillProgress(skill=skills[sid], first=first[sid], latest=latest[sid])
            for sid in sorted(latest, key=lambda i: (skills[i].group, skills[i].position))
        ]


def _validate_skill(data: SkillFields) -> None:
    p = Problems()
    p.required_text("name", data.name, "The skill's name")
    if len(data.name) > 200:
        p.add("name", "The name is too long: at most 200 characters.")
    p.no_nul(text_fields(data, ("name", "description")))
    p.raise_if_any()


def _validate_rating(data: RatingFields) -> None:
    p = Problems()
    p.sensible_date("rated_on", data.rated_on, "Date")
    p.in_range("rating", data.rating, 1, 5, "The rating")
    p.no_nul(text_fields(data, ("note",)))
    p.raise_if_any()


def _store_rating(s: Session, data: RatingInput) -> SkillRating:
    _check_links(s, data.mentee_id, data.skill_id, data.session_id)
    rating = s.exec(
        select(SkillRating).where(
            SkillRating.mentee_id == data.mentee_id,
            SkillRating.skill_id == data.skill_id,
            SkillRating.rated_on == data.rated_on,
            SkillRating.rater == data.rater,
        )
    ).first()
    if rating is None:
        rating = SkillRating.model_validate(data.model_dump())
    else:
        rating.sqlmodel_update(data.model_dump(include={"rating", "note", "session_id"}))
        touch(rating)
    s.add(rating)
    s.flush()
    return rating


def _check_links(s: Session, mentee_id: int, skill_id: int, session_id: int | None) -> None:
    get_or_fail(s, Mentee, mentee_id, "mentee")
    get_or_fail(s, Skill, skill_id, "skill")
    if session_id is not None:
        get_or_fail(s, MentoringSession, session_id, "session")

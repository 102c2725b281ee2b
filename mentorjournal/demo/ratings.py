"""Skill ratings of the demo journal: for each mentee, the mentor rates 6-9 skills of the
default framework about once a month over their time in the programme, and now and then the
mentee rates themselves (often a bit higher early on).

Levels drift upward plausibly: each skill has its own start and pace, some stall, and for some
mentees one skill drops back once before recovering. Most ratings are linked to the session of
that day. Deterministic for the random generator it is given.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..models import Rater, SkillGroup
from ..models.skill import Skill
from ..services import RatingEntry, Services
from . import texts

RATE_EVERY_DAYS = 28


@dataclass
class _Track:
    """How one mentee moves on one skill over their time in the programme (0 to 1)."""

    skill: Skill
    start: float
    gain: float
    drop_at: int | None = None  # the occasion at which it slips back once
    last: int | None = None

    def level(self, progress: float, occasion: int, rng: random.Random) -> int:
        value = self.start + self.gain * progress + rng.gauss(0, 0.25)
        level = max(1, min(5, round(value)))
        if self.last is not None:
            level = max(level, self.last)  # skills rarely go back...
        if occasion == self.drop_at and self.last is not None and self.last > 1:
            level = self.last - 1  # ...but this one does, once
        return level


def write_ratings(
    services: Services,
    rng: random.Random,
    *,
    mentee_id: int,
    sessions: Sequence[tuple[int, date]],
    first_day: date,
    last_day: date,
) -> int:
    """Write the mentee's ratings (mentor and self) on the dates of their sessions; returns
    how many ratings were written."""
    if not sessions:
        return 0
    framework = services.skills.framework()
    technical = [s for s in framework if s.group == SkillGroup.TECHNICAL]
    soft = [s for s in framework if s.group == SkillGroup.SOFT]
    count = rng.randint(6, 9)
    n_technical = min(len(technical), rng.randint(4, 5))
    chosen = rng.sample(technical, n_technical) + rng.sample(
        soft, min(len(soft), count - n_technical)
    )
    chosen.sort(key=lambda s: (s.group, s.position))
    tracks = [_track(rng, s) for s in chosen]
    occasions = _occasions(sessions)
    if len(occasions) >= 4 and rng.random() < 0.6:
        rng.choice(tracks).drop_at = rng.randint(2, len(occasions) - 2)

    span = max(1, (last_day - first_day).days)
    written = 0
    for n, (session_id, day) in enumerate(occasions):
        progress = min(1.0, max(0.0, (day - first_day).days / span))
        # The first time every chosen skill; later most of them.
        rated = tracks if n == 0 else [t for t in tracks if rng.random() < 0.8] or tracks[:1]
        linked = session_id if rng.random() < 0.8 else None
        mentor: list[RatingEntry] = []
        levels: dict[int, int] = {}
        for t in rated:
            level = t.level(progress, n, rng)
            note = _note(rng, t, level, n)
            t.last = level
            levels[int(t.skill.id or 0)] = level
            mentor.append(RatingEntry(skill_id=int(t.skill.id or 0), rating=level, note=note))
        services.skills.rate_many(
            mentee_id=mentee_id,
            rated_on=day,
            rater=Rater.MENTOR,
            entries=mentor,
            session_id=linked,
        )
        written += len(mentor)
        if n % 2 == 0 or n == len(occasions) - 1:
            written += _self_ratings(services, rng, mentee_id, day, linked, levels, progress)
    return written


def _track(rng: random.Random, skill: Skill) -> _Track:
    start = rng.uniform(1.0, 2.3) if skill.group == SkillGroup.TECHNICAL else rng.uniform(1.5, 3.0)
    # Most skills grow two levels or so over the year; about one in five stalls.
    gain = rng.uniform(0.0, 0.6) if rng.random() < 0.2 else rng.uniform(1.5, 2.8)
    return _Track(skill=skill, start=start, gain=gain)


def _occasions(sessions: Sequence[tuple[int, date]]) -> list[tuple[int, date]]:
    """About one session a month: the first, then the first one at least four weeks later."""
    out: list[tuple[int, date]] = []
    for session_id, day in sorted(sessions, key=lambda s: (s[1], s[0])):
        if not out or day >= out[-1][1] + timedelta(days=RATE_EVERY_DAYS):
            out.append((session_id, day))
    return out


def _note(rng: random.Random, t: _Track, level: int, occasion: int) -> str:
    if occasion == t.drop_at and t.last is not None and level < t.last:
        return rng.choice(texts.RATING_NOTES_DROP)
    if rng.random() >= 0.12 or t.last is None:
        return ""
    pool = texts.RATING_NOTES_UP if level > t.last else texts.RATING_NOTES_STALL
    return rng.choice(pool)


def _self_ratings(
    services: Services,
    rng: random.Random,
    mentee_id: int,
    day: date,
    session_id: int | None,
    mentor_levels: dict[int, int],
    progress: float,
) -> int:
    """The mentee rates a few of the same skills; early on they often rate themselves higher."""
    skill_ids = rng.sample(sorted(mentor_levels), min(len(mentor_levels), rng.randint(3, 6)))
    entries = []
    for skill_id in skill_ids:
        lift = 1 if rng.random() < 0.65 * (1 - progress) + 0.1 else rng.choice((0, 0, -1))
        level = max(1, min(5, mentor_levels[skill_id] + lift))
        note = rng.choice(texts.SELF_RATING_NOTES) if rng.random() < 0.08 else ""
        entries.append(RatingEntry(skill_id=skill_id, rating=level, note=note))
    services.skills.rate_many(
        mentee_id=mentee_id, rated_on=day, rater=Rater.SELF, entries=entries, session_id=session_id
    )
    return len(entries)

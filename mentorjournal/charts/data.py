"""What the charts draw: small frozen dataclasses, built by `services.progress` from a journal.

No database and no matplotlib here, so services can build them cheaply and tests can write
them by hand. Sequences are tuples so the values stay immutable (and hashable).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# The rater of a skill rating, as stored (models.enums.Rater values).
MENTOR = "mentor"
SELF = "self"


@dataclass(frozen=True, slots=True)
class GoalSeries:
    """One goal's progress over time: (check-in date, percent 0-100), oldest first."""

    title: str
    points: tuple[tuple[date, float], ...]
    target_date: date | None = None
    achieved: bool = False


@dataclass(frozen=True, slots=True)
class SkillRow:
    """A skill's first and latest rating (1-5) for one mentee."""

    skill: str
    group: str  # shown as the section the skill belongs to, e.g. "Technical"
    first: int
    latest: int
    first_on: date | None = None
    latest_on: date | None = None


@dataclass(frozen=True, slots=True)
class SkillComparison:
    """First vs latest rating per skill, in framework order (grouped by skill group)."""

    rows: tuple[SkillRow, ...]
    rater: str = MENTOR


@dataclass(frozen=True, slots=True)
class RatingPoint:
    day: date
    rating: int
    rater: str  # MENTOR or SELF


@dataclass(frozen=True, slots=True)
class SkillHistory:
    """Every rating of one skill for one mentee, oldest first, by the mentor and by the mentee."""

    skill: str
    points: tuple[RatingPoint, ...]


@dataclass(frozen=True, slots=True)
class ConfidencePoint:
    """The mentee's own confidence (1-5) at one session."""

    day: date
    confidence: int


@dataclass(frozen=True, slots=True)
class SessionDates:
    """The days a mentee met the trainer, oldest first, and how often they are meant to meet.

    `today`, when given, makes a gap since the last session show too (someone the trainer is
    losing touch with).
    """

    days: tuple[date, ...]
    cadence_days: int
    today: date | None = None


@dataclass(frozen=True, slots=True)
class Gap:
    """A stretch between two sessions (or the last session and today) longer than the cadence."""

    start: date
    end: date
    ongoing: bool = False  # ends today, not at a session

    @property
    def days(self) -> int:
        return (self.end - self.start).days


def long_gaps(sessions: SessionDates) -> list[Gap]:
    """Stretches without a session longer than the expected cadence."""
    days = sorted(set(sessions.days))
    gaps = [
        Gap(a, b)
        for a, b in zip(days, days[1:], strict=False)
        if (b - a).days > sessions.cadence_days
    ]
    if (
        days
        and sessions.today is not None
        and (sessions.today - days[-1]).days > sessions.cadence_days
    ):
        gaps.append(Gap(days[-1], sessions.today, ongoing=True))
    return gaps


def sessions_per_month(days: tuple[date, ...] | list[date]) -> list[tuple[date, int]]:
    """(first of month, number of sessions) for every month from the first to the last session,
    months without a session included as 0 so the bars show the silence."""
    if not days:
        return []
    counts: dict[tuple[int, int], int] = {}
    for d in days:
        counts[(d.year, d.month)] = counts.get((d.year, d.month), 0) + 1
    first, last = min(days), max(days)
    out = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append((date(year, month, 1), counts.get((year, month), 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out

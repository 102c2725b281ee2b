"""Summaries to share: one mentee over a period, or the whole programme, as plain data.

Every renderer (Markdown, HTML, CSV, calendar, later PDF) reads these frozen dataclasses and
nothing else, so what may leave the journal is decided here, once:

- Private texts are ABSENT unless `include_private` is asked for: the mentee's private notes,
  the sessions' private notes and private reflections are never loaded into the data, so no
  renderer can leak them by mistake.
- `anonymise` replaces every mentee name by a code (M-001, M-002... in the order the mentees
  were added to the journal, so the same journal always gives the same codes), in attendee
  lists and in free text too, and leaves out contact details and preferred names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Session, col, select

from ..models import (
    ActionItem,
    ActionOwner,
    Goal,
    GoalCategory,
    GoalCheckIn,
    GoalStatus,
    JournalInfo,
    Mentee,
    MenteeStatus,
    MentoringModel,
    MentoringSession,
    Rater,
    Reflection,
    ReflectionAuthor,
    SessionAttendee,
    SessionKind,
    Skill,
    SkillGroup,
    SkillRating,
)
from ..store.journal import Journal
from ._common import get_or_fail, table_of
from .dashboard import DashboardService
from .goals import progress_percent
from .mentees import MenteeService, _tags_of, fold

# Names shorter than this are not replaced inside free text (too likely to hit other words).
_MIN_NAME_IN_TEXT = 3


class Section(StrEnum):
    """The parts of a mentee summary a trainer can choose to share."""

    PROFILE = "profile"
    GOALS = "goals"
    SKILLS = "skills"
    SESSIONS = "sessions"
    REFLECTIONS = "reflections"


ALL_SECTIONS: frozenset[Section] = frozenset(Section)


def mentee_code(position: int) -> str:
    """The anonymous code of the mentee added `position`-th (1-based) to the journal."""
    return f"M-{position:03d}"


# --- the data ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ProfileData:
    public_id: str
    name: str  # the full name, or the code when anonymised
    preferred_name: str  # "" when anonymised
    programme: str
    cohort: str
    level: str
    start_date: date | None
    mentoring_model: MentoringModel
    status: MenteeStatus
    contact: str  # "" when anonymised
    tags: tuple[str, ...]
    private_notes: str | None  # None unless include_private


@dataclass(frozen=True, slots=True)
class CheckInData:
    checked_on: date
    percent: float | None
    value: float | None
    progress_percent: float | None  # percent, or value over the goal's target
    note: str


@dataclass(frozen=True, slots=True)
class GoalData:
    public_id: str
    title: str
    category: GoalCategory
    status: GoalStatus
    target_date: date | None
    achieved_on: date | None
    measure: str
    target_value: float | None
    unit: str
    progress_percent: float | None  # at the latest check-in up to the period's end
    check_ins: tuple[CheckInData, ...]  # in the period, oldest first


@dataclass(frozen=True, slots=True)
class RatingData:
    rated_on: date
    rating: int
    rater: Rater
    note: str


@dataclass(frozen=True, slots=True)
class SkillData:
    name: str
    group: SkillGroup
    first: RatingData  # the mentor's first rating (anyone's if the mentor never rated it)
    latest: RatingData  # the latest such rating up to the period's end
    ratings: tuple[RatingData, ...]  # every rating in the period, by anyone, oldest first


@dataclass(frozen=True, slots=True)
class ActionData:
    public_id: str
    text: str
    owner: ActionOwner
    due_date: date | None
    done_date: date | None
    session_public_id: str | None
    overdue: bool  # open and due before `today`

    @property
    def is_open(self) -> bool:
        return self.done_date is None


@dataclass(frozen=True, slots=True)
class SessionData:
    public_id: str
    started_at: datetime
    duration_minutes: int | None
    kind: SessionKind
    topics: str
    notes: str
    private_note: str | None  # None unless include_private
    next_meeting_date: date | None
    attendees: tuple[str, ...]  # names (or codes) of everyone who attended
    actions: tuple[ActionData, ...]  # this mentee's items agreed in the session


@dataclass(frozen=True, slots=True)
class ReflectionData:
    public_id: str
    written_on: date
    author: ReflectionAuthor
    text: str
    what_happened: str
    went_well: str
    to_change: str
    next_steps: str
    is_private: bool  # only ever True with include_private


@dataclass(frozen=True, slots=True)
class NextMeeting:
    """The next planned meeting, as set in the session it was agreed in."""

    on: date
    session_public_id: str


@dataclass(frozen=True, slots=True)
class MenteeSummaryData:
    """One mentee's summary over a period, with only what may be shared."""

    today: date
    period_from: date | None
    period_to: date | None
    sections: frozenset[Section]
    include_private: bool
    anonymised: bool
    owner_name: str
    institution: str
    mentee: ProfileData
    goals: tuple[GoalData, ...]
    skills: tuple[SkillData, ...]
    sessions: tuple[SessionData, ...]  # in the period, oldest first
    # Open items (whatever their date) and items done in the period; for the to-do list,
    # the calendar and the CSV. Empty unless SESSIONS is among the sections.
    actions: tuple[ActionData, ...]
    reflections: tuple[ReflectionData, ...]  # in the period, oldest first
    next_meeting: NextMeeting | None

    def has(self, section: Section) -> bool:
        return section in self.sections


@dataclass(frozen=True, slots=True)
class ProgrammeLine:
    name: str  # or the code when anonymised
    programme: str
    cohort: str
    status: MenteeStatus
    last_session: date | None
    sessions: int
    open_actions: int
    overdue_actions: int
    goals_achieved: int
    goals_active: int  # not started or in progress


@dataclass(frozen=True, slots=True)
class ProgrammeData:
    """The programme report: the dashboard's figures and one line per mentee."""

    today: date
    anonymised: bool
    owner_name: str
    institution: str
    active_mentees: int
    sessions_this_month: int
    goals_achieved: int
    goals_achieved_this_month: int
    overdue_actions: int
    lines: tuple[ProgrammeLine, ...]  # by name (by code when anonymised)


# --- building it ---------------------------------------------------------------------------
class _Names:
    """Mentee names as they may appear in a summary: real, or codes when anonymising."""

    def __init__(self, s: Session, anonymise: bool) -> None:
        self.anonymise = anonymise
        rows = s.exec(
            select(Mentee.id, Mentee.full_name, Mentee.preferred_name).order_by(
                col(Mentee.created_at), col(Mentee.id)
            )
        ).all()
        self._names: dict[int, str] = {}
        replacements: list[tuple[str, str]] = []
        for position, (mentee_id, full_name, preferred) in enumerate(rows, start=1):
            assert mentee_id is not None
            code = mentee_code(position)
            self._names[mentee_id] = code if anonymise else full_name
            for known in (full_name, preferred):
                if len(known.strip()) >= _MIN_NAME_IN_TEXT:
                    replacements.append((known.strip(), code))
        # Longest first: "Selam Tadesse" goes before "Selam".
        self._replacements = sorted(replacements, key=lambda r: -len(r[0]))

    def of(self, mentee_id: int) -> str:
        return self._names[mentee_id]

    def text(self, value: str) -> str:
        """Free text with every mentee's name replaced by their code when anonymising."""
        if not self.anonymise:
            return value
        for known, code in self._replacements:
            value = value.replace(known, code)
        return value


def _in_period(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


class SummaryService:
    """Builds the data of the shared summaries. Read-only; each call is one read."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def build(
        self,
        mentee_id: int,
        *,
        period_from: date | None,
        period_to: date | None,
        sections: frozenset[Section] = ALL_SECTIONS,
        include_private: bool = False,
        anonymise: bool = False,
        today: date,
    ) -> MenteeSummaryData:
        with self._journal.reading() as s:
            names = _Names(s, anonymise)
            mentee = get_or_fail(s, Mentee, mentee_id, "mentee")
            info = s.exec(select(JournalInfo)).one()
            period = (period_from, period_to)
            sessions, actions, next_meeting = (
                _sessions(s, mentee_id, names, period, include_private, today)
                if Section.SESSIONS in sections
                else ((), (), None)
            )
            return MenteeSummaryData(
                today=today,
                period_from=period_from,
                period_to=period_to,
                sections=frozenset(sections),
                include_private=include_private,
                anonymised=anonymise,
                owner_name=info.owner_name,
                institution=info.institution,
                mentee=_profile(s, mentee, names, include_private),
                goals=_goals(s, mentee_id, names, period) if Section.GOALS in sections else (),
                skills=_skills(s, mentee_id, names, period) if Section.SKILLS in sections else (),
                sessions=sessions,
                actions=actions,
                reflections=(
                    _reflections(s, mentee_id, names, period, include_private)
                    if Section.REFLECTIONS in sections
                    else ()
                ),
                next_meeting=next_meeting,
            )

    def build_all(
        self,
        *,
        period_from: date | None,
        period_to: date | None,
        sections: frozenset[Section] = ALL_SECTIONS,
        include_private: bool = False,
        anonymise: bool = False,
        today: date,
    ) -> list[MenteeSummaryData]:
        """A summary of every mentee, in the order of their codes (the order they were added)."""
        with self._journal.reading() as s:
            ids = s.exec(select(Mentee.id).order_by(col(Mentee.created_at), col(Mentee.id))).all()
        return [
            self.build(
                mentee_id,
                period_from=period_from,
                period_to=period_to,
                sections=sections,
                include_private=include_private,
                anonymise=anonymise,
                today=today,
            )
            for mentee_id in ids
            if mentee_id is not None
        ]

    def programme(self, today: date, *, anonymise: bool = False) -> ProgrammeData:
        dashboard = DashboardService(self._journal).build(today)
        summaries = MenteeService(self._journal).list_summaries()
        with self._journal.reading() as s:
            names = _Names(s, anonymise)
            info = s.exec(select(JournalInfo)).one()
            overdue = _count_by_mentee(
                s,
                ActionItem,
                col(ActionItem.done_date).is_(None),
                col(ActionItem.due_date) < today,
            )
            achieved = _count_by_mentee(s, Goal, col(Goal.status) == GoalStatus.ACHIEVED)
            active = _count_by_mentee(
                s, Goal, col(Goal.status).in_([GoalStatus.NOT_STARTED, GoalStatus.IN_PROGRESS])
            )
        lines = [
            ProgrammeLine(
                name=names.of(m.id),
                programme=m.programme,
                cohort=m.cohort,
                status=m.status,
                last_session=m.last_session_at.date() if m.last_session_at else None,
                sessions=m.sessions,
                open_actions=m.open_actions,
                overdue_actions=overdue.get(m.id, 0),
                goals_achieved=achieved.get(m.id, 0),
                goals_active=active.get(m.id, 0),
            )
            for m in summaries
        ]
        lines.sort(key=lambda line: fold(line.name))
        return ProgrammeData(
            today=today,
            anonymised=anonymise,
            owner_name=info.owner_name,
            institution=info.institution,
            active_mentees=dashboard.active_mentees,
            sessions_this_month=dashboard.sessions_this_month,
            goals_achieved=dashboard.goals_achieved,
            goals_achieved_this_month=dashboard.goals_achieved_this_month,
            overdue_actions=dashboard.overdue_actions,
            lines=tuple(lines),
        )


Period = tuple[date | None, date | None]


def _count_by_mentee(
    s: Session, model: type[ActionItem] | type[Goal], *where: sa.ColumnElement[bool]
) -> dict[int, int]:
    mentee = table_of(model).c.mentee_id
    query = sa.select(mentee, sa.func.count()).where(*where).group_by(mentee)
    return {int(m): int(n) for m, n in s.connection().execute(query).all()}


def _profile(s: Session, m: Mentee, names: _Names, include_private: bool) -> ProfileData:
    assert m.id is not None
    return ProfileData(
        public_id=m.public_id,
        name=names.of(m.id),
        preferred_name="" if names.anonymise else m.preferred_name,
        programme=m.programme,
        cohort=m.cohort,
        level=m.level,
        start_date=m.start_date,
        mentoring_model=m.mentoring_model,
        status=m.status,
        contact="" if names.anonymise else m.contact,
        tags=tuple(_tags_of(s, m.id)),
        private_notes=names.text(m.private_notes) if include_private else None,
    )


def _goals(s: Session, mentee_id: int, names: _Names, period: Period) -> tuple[GoalData, ...]:
    start, end = period
    goals = s.exec(
        select(Goal)
        .where(Goal.mentee_id == mentee_id)
        .order_by(col(Goal.target_date).is_(None), col(Goal.target_date), col(Goal.id))
    ).all()
    check_ins = s.exec(
        select(GoalCheckIn)
        .where(col(GoalCheckIn.goal_id).in_([g.id for g in goals]))
        .order_by(col(GoalCheckIn.checked_on), col(GoalCheckIn.id))
    ).all()
    out = []
    for g in goals:
        mine = [c for c in check_ins if c.goal_id == g.id]
        up_to_end = [c for c in mine if end is None or c.checked_on <= end]
        out.append(
            GoalData(
                public_id=g.public_id,
                title=names.text(g.title),
                category=g.category,
                status=g.status,
                target_date=g.target_date,
                achieved_on=g.achieved_on,
                measure=names.text(g.measure),
                target_value=g.target_value,
                unit=g.unit,
                progress_percent=progress_percent(g, up_to_end[-1]) if up_to_end else None,
                check_ins=tuple(
                    CheckInData(
                        checked_on=c.checked_on,
                        percent=c.percent,
                        value=c.value,
                        progress_percent=progress_percent(g, c),
                        note=names.text(c.note),
                    )
                    for c in mine
                    if _in_period(c.checked_on, start, end)
                ),
            )
        )
    return tuple(out)


def _rating(r: SkillRating, names: _Names) -> RatingData:
    return RatingData(rated_on=r.rated_on, rating=r.rating, rater=r.rater, note=names.text(r.note))


def _skills(s: Session, mentee_id: int, names: _Names, period: Period) -> tuple[SkillData, ...]:
    start, end = period
    rows = s.exec(
        select(SkillRating, Skill)
        .join(Skill, col(Skill.id) == SkillRating.skill_id)
        .where(SkillRating.mentee_id == mentee_id)
        .order_by(col(SkillRating.rated_on), col(SkillRating.id))
    ).all()
    by_skill: dict[int, tuple[Skill, list[SkillRating]]] = {}
    for rating, skill in rows:
        by_skill.setdefault(rating.skill_id, (skill, []))[1].append(rating)
    out = []
    for skill, ratings in by_skill.values():
        up_to_end = [r for r in ratings if end is None or r.rated_on <= end]
        in_period = [r for r in ratings if _in_period(r.rated_on, start, end)]
        if not up_to_end:
            continue
        mentor = [r for r in up_to_end if r.rater == Rater.MENTOR] or up_to_end
        out.append(
            SkillData(
                name=skill.name,
                group=skill.group,
                first=_rating(mentor[0], names),
                latest=_rating(mentor[-1], names),
                ratings=tuple(_rating(r, names) for r in in_period),
            )
        )
    group_order = {SkillGroup.TECHNICAL: 0, SkillGroup.SOFT: 1}
    positions = {skill.name: skill.position for skill, _ in by_skill.values()}
    out.sort(key=lambda k: (group_order[k.group], positions[k.name], k.name))
    return tuple(out)


def _action(a: ActionItem, session_ids: dict[int, str], names: _Names, today: date) -> ActionData:
    return ActionData(
        public_id=a.public_id,
        text=names.text(a.text),
        owner=a.owner,
        due_date=a.due_date,
        done_date=a.done_date,
        session_public_id=session_ids.get(a.session_id) if a.session_id else None,
        overdue=a.done_date is None and a.due_date is not None and a.due_date < today,
    )


def _sessions(
    s: Session,
    mentee_id: int,
    names: _Names,
    period: Period,
    include_private: bool,
    today: date,
) -> tuple[tuple[SessionData, ...], tuple[ActionData, ...], NextMeeting | None]:
    start, end = period
    query = (
        select(MentoringSession)
        .join(SessionAttendee, col(SessionAttendee.session_id) == MentoringSession.id)
        .where(SessionAttendee.mentee_id == mentee_id)
        .order_by(col(MentoringSession.started_at), col(MentoringSession.id))
    )
    attended = list(s.exec(query).all())
    session_ids = {x.id: x.public_id for x in attended if x.id is not None}
    chosen = [
        x
        for x in attended
        if (start is None or x.started_at >= datetime.combine(start, time.min))
        and (end is None or x.started_at < datetime.combine(end, time.max))
    ]
    attendees: dict[int, list[str]] = {}
    att = table_of(SessionAttendee)
    for session_id, other in s.connection().execute(
        sa.select(att.c.session_id, att.c.mentee_id).where(
            att.c.session_id.in_([x.id for x in chosen])
        )
    ):
        attendees.setdefault(session_id, []).append(names.of(other))
    items = s.exec(
        select(ActionItem).where(ActionItem.mentee_id == mentee_id).order_by(col(ActionItem.id))
    ).all()
    actions = [_action(a, session_ids, names, today) for a in items]
    by_session: dict[str, list[ActionData]] = {}
    for a in actions:
        if a.session_public_id is not None:
            by_session.setdefault(a.session_public_id, []).append(a)
    sessions = tuple(
        SessionData(
            public_id=x.public_id,
            started_at=x.started_at,
            duration_minutes=x.duration_minutes,
            kind=x.kind,
            topics=names.text(x.topics),
            notes=names.text(x.notes),
            private_note=names.text(x.private_note) if include_private else None,
            next_meeting_date=x.next_meeting_date,
            attendees=tuple(sorted(attendees.get(x.id or 0, []), key=fold)),
            actions=tuple(by_session.get(x.public_id, [])),
        )
        for x in chosen
    )
    shared = tuple(
        a
        for a in sorted(actions, key=lambda a: (a.done_date is not None, a.due_date or date.max))
        if a.done_date is None or _in_period(a.done_date, start, end)
    )
    planned = [x for x in attended if x.next_meeting_date is not None]
    next_meeting = None
    if planned:
        last = planned[-1]
        assert last.next_meeting_date is not None
        if last.next_meeting_date >= today:
            next_meeting = NextMeeting(on=last.next_meeting_date, session_public_id=last.public_id)
    return sessions, shared, next_meeting


def _reflections(
    s: Session, mentee_id: int, names: _Names, period: Period, include_private: bool
) -> tuple[ReflectionData, ...]:
    start, end = period
    query = select(Reflection).where(Reflection.mentee_id == mentee_id)
    if not include_private:
        query = query.where(col(Reflection.is_private).is_(False))
    rows = s.exec(query.order_by(col(Reflection.written_on), col(Reflection.id))).all()
    return tuple(
        ReflectionData(
            public_id=r.public_id,
            written_on=r.written_on,
            author=r.author,
            text=names.text(r.text),
            what_happened=names.text(r.what_happened),
            went_well=names.text(r.went_well),
            to_change=names.text(r.to_change),
            next_steps=names.text(r.next_steps),
            is_private=r.is_private,
        )
        for r in rows
        if _in_period(r.written_on, start, end)
    )

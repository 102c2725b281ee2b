"""Filling a journal with a year of invented but believable mentoring, through the services.

Deterministic for a seed and a `today`: the same arguments give the same names, dates, texts
and counts (public ids and timestamps differ, as they do for anything a trainer creates).
The plan is made first in memory (who meets when), then written in date order.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from ..models import (
    ActionItemFields,
    ActionItemInput,
    ActionOwner,
    Attendance,
    CheckInInput,
    GoalInput,
    GoalStatus,
    JournalOwnerFields,
    MenteeInput,
    MenteeStatus,
    MentoringModel,
    ReflectionAuthor,
    ReflectionInput,
    SessionInput,
    SessionKind,
)
from ..services import Services
from . import texts
from .batch import one_transaction
from .people import PEER_PAIRS, PEOPLE, Person
from .ratings import write_ratings
from .texts import GoalText, TradeTexts

START_TIMES = (time(8, 30), time(10, 0), time(11, 0), time(13, 30), time(15, 0))
GROUP_EVERY_DAYS = 35
PEER_EVERY_DAYS = 28


@dataclass(frozen=True)
class DemoCounts:
    """What `fill_demo_journal` created."""

    mentees: int
    programmes: int
    sessions: int
    action_items: int
    goals: int
    check_ins: int
    reflections: int
    skill_ratings: int = 0

    def describe(self) -> str:
        return (
            f"{self.mentees} mentees in {self.programmes} programmes, {self.sessions} sessions, "
            f"{self.action_items} action items, {self.goals} goals with {self.check_ins} "
            f"check-ins, {self.reflections} reflections, {self.skill_ratings} skill ratings"
        )


@dataclass
class _Mentee:
    person: Person
    id: int
    first_day: date
    last_day: date
    # (session id, date) of the sessions this mentee attended, filled as they are written.
    sessions: list[tuple[int, date]] = field(default_factory=list)

    @property
    def trade(self) -> TradeTexts:
        return texts.TRADES[self.person.trade]

    def progress(self, day: date) -> float:
        """How far into their mentoring year `day` is, 0 to 1."""
        span = max(1, (self.last_day - self.first_day).days)
        return min(1.0, max(0.0, (day - self.first_day).days / span))


@dataclass
class _Planned:
    day: date
    kind: SessionKind
    attendees: list[_Mentee]


@dataclass
class _Counter:
    sessions: int = 0
    actions: int = 0
    goals: int = 0
    check_ins: int = 0
    reflections: int = 0
    skill_ratings: int = 0


def fill_demo_journal(services: Services, *, today: date, seed: int = 7) -> DemoCounts:
    """Fill an empty journal with the demo sample, ending at `today`, in one transaction."""
    rng = random.Random(seed)
    with one_transaction(services.journal) as batch:
        return _Filler(Services.for_journal(batch), rng, today).fill()


class _Filler:
    def __init__(self, services: Services, rng: random.Random, today: date) -> None:
        self.s = services
        self.rng = rng
        self.today = today
        self.count = _Counter()
        # The session's identity map holds rows weakly: keeping the mentees and sessions here
        # lets the services check later links to them without a query (and its autoflush).
        self._keep: list[object] = []

    def fill(self) -> DemoCounts:
        self.s.owner.update(
            JournalOwnerFields(owner_name=texts.OWNER_NAME, institution=texts.INSTITUTION)
        )
        mentees = [self._create_mentee(p) for p in PEOPLE]
        plan = self._plan(mentees)
        plan.sort(key=lambda p: (p.day, p.kind.value, p.attendees[0].id))
        for planned in plan:
            self._write_session(planned)
        for m in mentees:
            self._write_goals(m)
            self._write_reflections(m)
        for m in mentees:
            self.count.skill_ratings += write_ratings(
                self.s,
                self.rng,
                mentee_id=m.id,
                sessions=m.sessions,
                first_day=m.first_day,
                last_day=m.last_day,
            )
        return DemoCounts(
            mentees=len(mentees),
            programmes=len({p.trade for p in PEOPLE}),
            sessions=self.count.sessions,
            action_items=self.count.actions,
            goals=self.count.goals,
            check_ins=self.count.check_ins,
            reflections=self.count.reflections,
            skill_ratings=self.count.skill_ratings,
        )

    # --- mentees -------------------------------------------------------------------------
    def _create_mentee(self, p: Person) -> _Mentee:
        rng = self.rng
        start = self.today - timedelta(days=p.started_days_ago)
        intake = "A" if start.month < 7 else "B"
        contact = f"+251 9{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        mentee = self.s.mentees.create(
            MenteeInput(
                full_name=p.full_name,
                preferred_name=p.preferred_name,
                programme=texts.TRADES[p.trade].programme,
                cohort=f"{texts.TRADES[p.trade].code}-{start.year}{intake}",  # by intake
                level=p.level,
                start_date=start,
                mentoring_model=p.model,
                status=p.status,
                consent_date=start + timedelta(days=rng.randint(0, 6)),
                contact=contact,
                private_notes=p.private_notes,
                cadence_days=p.cadence_days,
                tags=list(p.tags),
            )
        )
        assert mentee.id is not None
        self._keep.append(mentee)
        first = _weekday(start + timedelta(days=rng.randint(3, 10)))
        last = _weekday(self.today - timedelta(days=p.last_session_days_ago))
        return _Mentee(person=p, id=mentee.id, first_day=first, last_day=last)

    # --- the plan: who meets when ----------------------------------------------------------
    def _plan(self, mentees: list[_Mentee]) -> list[_Planned]:
        plan: list[_Planned] = []
        for m in mentees:
            plan.extend(self._individual_sessions(m))
        by_trade: dict[str, list[_Mentee]] = {}
        for m in mentees:
            by_trade.setdefault(m.person.trade, []).append(m)
        for group in by_trade.values():
            plan.extend(self._group_sessions(group))
        by_name = {m.person.preferred_name: m for m in mentees}
        for leader, partner in PEER_PAIRS:
            plan.extend(self._peer_sessions(by_name[leader], by_name[partner]))
        return plan

    def _individual_sessions(self, m: _Mentee) -> list[_Planned]:
        """Every ~2 weeks (less for group and peer mentees), counted back from the last one,
        with the irregularity of real life: a week late, a holiday, an exam fortnight."""
        rng = self.rng
        cadence = {MentoringModel.ONE_TO_ONE: 14, MentoringModel.GROUP: 28}.get(m.person.model, 21)
        days: list[date] = []
        day = m.last_day
        while day >= m.first_day:
            days.append(day)
            step = cadence + rng.randint(-3, 4)
            if rng.random() < 0.1:
                step += rng.randint(7, 14)
            day = _weekday(day - timedelta(days=step))
        out = []
        for d in sorted(set(days)):
            roll = rng.random()
            if "industry attachment" in m.person.tags and m.progress(d) > 0.4 and roll < 0.25:
                kind = SessionKind.WORKPLACE_VISIT
            elif roll > 0.95:
                kind = SessionKind.VIRTUAL
            else:
                kind = SessionKind.ONE_TO_ONE
            out.append(_Planned(d, kind, [m]))
        return out

    def _group_sessions(self, trade_mentees: list[_Mentee]) -> list[_Planned]:
        rng = self.rng
        out = []
        first = min(m.first_day for m in trade_mentees) + timedelta(days=rng.randint(14, 28))
        day = _weekday(first)
        while day <= self.today:
            present = [m for m in trade_mentees if m.first_day <= day <= m.last_day]
            # Group-model mentees always come; the others when they can.
            present.sort(key=lambda m: (m.person.model != MentoringModel.GROUP, rng.random()))
            chosen = present[: rng.choice((3, 3, 4))]
            if len(chosen) >= 3:
                out.append(_Planned(day, SessionKind.GROUP, chosen))
            day = _weekday(day + timedelta(days=GROUP_EVERY_DAYS + rng.randint(-4, 6)))
        return out

    def _peer_sessions(self, leader: _Mentee, partner: _Mentee) -> list[_Planned]:
        rng = self.rng
        out = []
        day = _weekday(max(leader.first_day, partner.first_day) + timedelta(days=10))
        end = min(leader.last_day, partner.last_day)
        while day <= end:
            out.append(_Planned(day, SessionKind.PEER, [leader, partner]))
            day = _weekday(day + timedelta(days=PEER_EVERY_DAYS + rng.randint(-5, 5)))
        return out

    # --- sessions and their action items -------------------------------------------------
    def _write_session(self, p: _Planned) -> None:
        rng = self.rng
        main = p.attendees[0]
        trade = main.trade
        progress = main.progress(p.day)
        topic_index = _clamp(int(progress * len(trade.topics)) + rng.randint(-1, 1), 0, 11)
        topic = trade.topics[topic_index % len(trade.topics)]
        next_topic = trade.topics[min(topic_index + 1, len(trade.topics) - 1)]
        names = _join_names([m.person.preferred_name for m in p.attendees])
        company = trade.workplaces[main.id % len(trade.workplaces)]

        if p.kind == SessionKind.GROUP:
            topics = f"Group session: {topic}"
            notes = self._sentences(rng.choice(texts.GROUP_NOTES), trade, main, next_topic, 1)
            duration = rng.choice((90, 120))
        elif p.kind == SessionKind.PEER:
            topics = f"Peer session: {topic}"
            notes = self._sentences(rng.choice(texts.PEER_NOTES), trade, main, next_topic, 0)
            duration = 60
        elif p.kind == SessionKind.WORKPLACE_VISIT:
            topics = f"Workplace visit: {company}"
            notes = self._sentences(rng.choice(trade.workplace_notes), trade, main, next_topic, 1)
            duration = rng.choice((60, 90, 120))
        elif p.kind == SessionKind.VIRTUAL:
            topics = "Phone check-in"
            notes = rng.choice(texts.VIRTUAL_NOTES)
            duration = rng.choice((15, 20))
        else:
            second = trade.topics[min(topic_index + 1, len(trade.topics) - 1)]
            topics = topic if rng.random() < 0.6 or second == topic else f"{topic}; {second}"
            notes = self._one_to_one_notes(trade, main, next_topic)
            duration = rng.choice((30, 45, 45, 60, 60, 60, 90))
        notes = notes.format(
            name=main.person.preferred_name,
            names=names,
            company=company,
            next_topic=_in_sentence(next_topic),
        )

        attendance = [
            Attendance(mentee_id=m.id, confidence=self._confidence(m, p.day)) for m in p.attendees
        ]
        ends = p.day >= main.last_day and main.person.status in (
            MenteeStatus.COMPLETED,
            MenteeStatus.WITHDRAWN,
        )
        cadence = main.person.cadence_days or 14
        data = SessionInput(
            started_at=datetime.combine(p.day, rng.choice(START_TIMES)),
            duration_minutes=duration,
            kind=p.kind,
            topics=topics,
            notes=notes,
            private_note=rng.choice(texts.PRIVATE_SESSION_NOTES) if rng.random() < 0.12 else "",
            next_meeting_date=None if ends else p.day + timedelta(days=cadence),
            attendees=attendance,
        )
        if len(p.attendees) == 1:
            actions = self._actions(main, p.day, rng.choice((2, 2, 3)))
            session = self.s.sessions.create(data, actions)
            self.count.actions += len(actions)
        else:
            session = self.s.sessions.create(data)
            for m in p.attendees:
                for action in self._actions(m, p.day, 1, mentee_only=True):
                    self.s.actions.create(
                        ActionItemInput.model_validate(
                            action.model_dump() | {"mentee_id": m.id, "session_id": session.id}
                        )
                    )
                    self.count.actions += 1
        assert session.id is not None
        self._keep.append(session)
        for m in p.attendees:
            m.sessions.append((session.id, p.day))
        self.count.sessions += 1

    def _sentences(
        self, first: str, trade: TradeTexts, m: _Mentee, next_topic: str, extra: int
    ) -> str:
        rng = self.rng
        parts = [first]
        pool = list(trade.observations) + list(texts.GENERAL_OBSERVATIONS)
        parts += rng.sample(pool, rng.randint(0, extra))
        return " ".join(parts)

    def _one_to_one_notes(self, trade: TradeTexts, m: _Mentee, next_topic: str) -> str:
        rng = self.rng
        language = m.person.language
        if language != "en" and rng.random() < 0.35:
            pool = (
                (texts.NOTES_AM + trade.notes_am)
                if language == "am"
                else (texts.NOTES_AR + trade.notes_ar)
            )
            return " ".join(rng.sample(pool, 2))
        count = rng.choice((1, 2, 2, 3))
        parts = rng.sample(trade.observations, 1)
        parts += rng.sample(texts.GENERAL_OBSERVATIONS + trade.observations, count - 1)
        if rng.random() < 0.5:
            parts.append(rng.choice(texts.PLANS))
        return " ".join(dict.fromkeys(parts))  # no sentence twice

    def _confidence(self, m: _Mentee, day: date) -> int | None:
        """Self-rated confidence 1-5: drifts upward over the year, with good and bad days."""
        if self.rng.random() < 0.15:
            return None  # not asked that day
        p = m.person
        value = p.confidence_start + p.confidence_gain * m.progress(day) + self.rng.gauss(0, 0.5)
        return _clamp(round(value), 1, 5)

    def _actions(
        self, m: _Mentee, day: date, count: int, *, mentee_only: bool = False
    ) -> list[ActionItemFields]:
        rng = self.rng
        trade = m.trade
        out = []
        for i in range(count):
            if i == 1 and not mentee_only and rng.random() < 0.6:
                owner = ActionOwner.MENTOR
                text = rng.choice(trade.mentor_actions + texts.GENERAL_MENTOR_ACTIONS)
            else:
                owner = ActionOwner.MENTEE
                text = rng.choice(trade.mentee_actions + texts.GENERAL_MENTEE_ACTIONS)
            due = day + timedelta(days=rng.choice((7, 10, 14, 14)))
            out.append(
                ActionItemFields(
                    text=text, owner=owner, due_date=due, done_date=self._done(day, due)
                )
            )
        return out

    def _done(self, agreed: date, due: date) -> date | None:
        """Most items get done around their due date; recent ones are still open; a few slip."""
        rng = self.rng
        if due < self.today - timedelta(days=30):
            chance = 0.985
        elif due < self.today:
            chance = 0.75
        else:
            chance = 0.25
        if rng.random() >= chance:
            return None
        done = due + timedelta(days=rng.randint(-6, 3))
        return min(max(done, agreed), self.today)

    # --- goals and check-ins -------------------------------------------------------------
    def _write_goals(self, m: _Mentee) -> None:
        rng = self.rng
        if not m.sessions:
            return
        pool = list(m.trade.goals)
        chosen: list[GoalText] = rng.sample(pool, rng.randint(2, 3))
        if rng.random() < 0.4:
            chosen.append(rng.choice(texts.COMMON_GOALS))
        dropped_one = False
        for n, goal in enumerate(chosen):
            # Goals are set early on and at later reviews; the last one sometimes very recently.
            at = min(len(m.sessions) - 1, n * max(1, len(m.sessions) // 4))
            if (
                n == len(chosen) - 1
                and rng.random() < 0.3
                and m.last_day > self.today - timedelta(days=21)
            ):
                at = len(m.sessions) - 1
            session_id, set_on = m.sessions[at]
            target_date = set_on + timedelta(days=30 * goal.months)
            later = [(sid, d) for sid, d in m.sessions[at + 1 :]]
            status = self._goal_status(m, target_date, later, dropped_one)
            dropped_one = dropped_one or status == GoalStatus.DROPPED
            created = self.s.goals.create(
                GoalInput(
                    mentee_id=m.id,
                    session_id=session_id,
                    title=goal.title,
                    specific=goal.specific,
                    measure=goal.measure,
                    target_value=goal.target_value,
                    unit=goal.unit,
                    achievable=goal.achievable,
                    relevant=goal.relevant,
                    target_date=target_date,
                    category=goal.category,
                    # Achieved at its last check-in, below; until then it was worked on.
                    status=GoalStatus.IN_PROGRESS if status == GoalStatus.ACHIEVED else status,
                )
            )
            assert created.id is not None
            self.count.goals += 1
            last = self._write_check_ins(created.id, goal, status, set_on, target_date, later)
            if status == GoalStatus.ACHIEVED:
                self.s.goals.set_status(created.id, status, achieved_on=last or set_on)

    def _goal_status(
        self,
        m: _Mentee,
        target_date: date,
        later: Sequence[tuple[int, date]],
        dropped_one: bool,
    ) -> GoalStatus:
        rng = self.rng
        status = m.person.status
        if not later:
            return GoalStatus.NOT_STARTED
        if status == MenteeStatus.COMPLETED:
            return GoalStatus.ACHIEVED
        if status == MenteeStatus.WITHDRAWN:
            return GoalStatus.DROPPED
        if not dropped_one and rng.random() < 0.12:
            return GoalStatus.DROPPED
        if target_date <= later[-1][1] and rng.random() < 0.8:
            return GoalStatus.ACHIEVED
        return GoalStatus.IN_PROGRESS

    def _write_check_ins(
        self,
        goal_id: int,
        goal: GoalText,
        status: GoalStatus,
        set_on: date,
        target_date: date,
        later: Sequence[tuple[int, date]],
    ) -> date | None:
        """Write the check-ins of one goal; returns the day of the last one."""
        rng = self.rng
        if status == GoalStatus.NOT_STARTED:
            return None
        span = max(1, (target_date - set_on).days)
        points = [s for i, s in enumerate(later) if i % 2 == 1 or i == len(later) - 1]
        if status == GoalStatus.DROPPED:
            points = points[: max(1, len(points) // 3)]
        elif status == GoalStatus.ACHIEVED:
            # Reached at the last check-in before the target date (or the first one after).
            points = [p for p in points if p[1] <= target_date] or points[:1]
        previous = 0.0
        for n, (session_id, day) in enumerate(points):
            t = min(1.0, (day - set_on).days / span)
            share = min(1.0, max(0.05, t**0.8 + rng.gauss(0, 0.08)))
            last = n == len(points) - 1
            if status == GoalStatus.ACHIEVED:
                if last:
                    share = 1.0
            else:
                share = min(share, 0.9)
            note = rng.choice(texts.CHECK_IN_NOTES)
            if last and status == GoalStatus.DROPPED:
                note = texts.DROPPED_NOTE
            elif last and status == GoalStatus.ACHIEVED:
                note = "Target reached."
            if goal.unit != "%":
                # Counts only grow; a rate such as "% of welds passing" may dip.
                share = max(share, previous)
            previous = share
            if goal.target_value is None:
                percent: float | None = float(5 * round(20 * share))
                value = None
            else:
                percent = None
                value = float(round(goal.target_value * share))
            self.s.goals.add_check_in(
                CheckInInput(
                    goal_id=goal_id,
                    session_id=session_id,
                    checked_on=day,
                    percent=percent,
                    value=value,
                    note=note,
                )
            )
            self.count.check_ins += 1
        return points[-1][1] if points else None

    # --- reflections -----------------------------------------------------------------------
    def _write_reflections(self, m: _Mentee) -> None:
        rng = self.rng
        name = m.person.preferred_name
        for i, (session_id, day) in enumerate(m.sessions):
            if i % 6 == 3:
                author = ReflectionAuthor.MENTOR
                if rng.random() < 0.5:
                    prompts = rng.choice(texts.MENTOR_PROMPTS)
                    text = ""
                else:
                    prompts = ("", "", "", "")
                    text = rng.choice(texts.MENTOR_REFLECTIONS)
            elif i % 8 == 5:
                author = ReflectionAuthor.MENTEE
                language = m.person.language
                if language != "en" and rng.random() < 0.5:
                    pool = (
                        texts.MENTEE_REFLECTIONS_AM
                        if language == "am"
                        else texts.MENTEE_REFLECTIONS_AR
                    )
                    prompts, text = ("", "", "", ""), rng.choice(pool)
                elif rng.random() < 0.5:
                    prompts, text = rng.choice(texts.MENTEE_PROMPTS), ""
                else:
                    prompts, text = ("", "", "", ""), rng.choice(texts.MENTEE_REFLECTIONS)
            else:
                continue
            what, well, change, steps = (x.format(name=name) for x in prompts)
            self.s.reflections.create(
                ReflectionInput(
                    mentee_id=m.id,
                    session_id=session_id,
                    written_on=min(day + timedelta(days=rng.randint(0, 2)), self.today),
                    author=author,
                    text=text.format(name=name),
                    what_happened=what,
                    went_well=well,
                    to_change=change,
                    next_steps=steps,
                    is_private=author == ReflectionAuthor.MENTOR and rng.random() < 0.2,
                )
            )
            self.count.reflections += 1


def _weekday(day: date) -> date:
    """The day itself, or the Friday before it if it falls on a weekend."""
    return day - timedelta(days=max(0, day.weekday() - 4))


def _in_sentence(title: str) -> str:
    """A topic title as it reads inside a sentence: "Cable sizing" -> "cable sizing", but
    "RCD testing" keeps its capitals."""
    if len(title) > 1 and title[1].islower():
        return title[0].lower() + title[1:]
    return title


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


def _join_names(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]

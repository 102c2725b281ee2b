"""Closed vocabularies of the journal: the values a trainer picks from a list.

Values are stored as their lowercase string value, so the database stays readable with any
SQLite tool and the export format (docs/export-format.md) can use the same words.
"""

from __future__ import annotations

from enum import StrEnum


class MentoringModel(StrEnum):
    ONE_TO_ONE = "one_to_one"
    GROUP = "group"
    PEER = "peer"


class MenteeStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


class SessionKind(StrEnum):
    ONE_TO_ONE = "one_to_one"
    GROUP = "group"
    PEER = "peer"
    WORKPLACE_VISIT = "workplace_visit"
    VIRTUAL = "virtual"


class ActionOwner(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"


class GoalCategory(StrEnum):
    TECHNICAL_SKILL = "technical_skill"
    SOFT_SKILL = "soft_skill"
    CAREER = "career"
    PERSONAL = "personal"


class GoalStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class ReflectionAuthor(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"


# Labels a trainer reads. The GUI translates them (Qt's tr) when it shows them; the CLI and
# reports use them as they are.
LABELS: dict[StrEnum, str] = {
    MentoringModel.ONE_TO_ONE: "One-to-one",
    MentoringModel.GROUP: "Group",
    MentoringModel.PEER: "Peer",
    MenteeStatus.ACTIVE: "Active",
    MenteeStatus.PAUSED: "Paused",
    MenteeStatus.COMPLETED: "Completed",
    MenteeStatus.WITHDRAWN: "Withdrawn",
    SessionKind.ONE_TO_ONE: "One-to-one",
    SessionKind.GROUP: "Group",
    SessionKind.PEER: "Peer",
    SessionKind.WORKPLACE_VISIT: "Workplace visit",
    SessionKind.VIRTUAL: "Virtual",
    ActionOwner.MENTOR: "Mentor",
    ActionOwner.MENTEE: "Mentee",
    GoalCategory.TECHNICAL_SKILL: "Technical skill",
    GoalCategory.SOFT_SKILL: "Soft skill",
    GoalCategory.CAREER: "Career",
    GoalCategory.PERSONAL: "Personal",
    GoalStatus.NOT_STARTED: "Not started",
    GoalStatus.IN_PROGRESS: "In progress",
    GoalStatus.ACHIEVED: "Achieved",
    GoalStatus.DROPPED: "Dropped",
    ReflectionAuthor.MENTOR: "Mentor",
    ReflectionAuthor.MENTEE: "Mentee",
}


def label(value: StrEnum) -> str:
    """The English label of a vocabulary value."""
    return LABELS[value]


class SkillGroup(StrEnum):
    TECHNICAL = "technical"
    SOFT = "soft"


class Rater(StrEnum):
    MENTOR = "mentor"
    SELF = "self"


LABELS.update(
    {
        SkillGroup.TECHNICAL: "Technical",
        SkillGroup.SOFT: "Soft",
        Rater.MENTOR: "Mentor",
        Rater.SELF: "Self",
    }
)

# The workshop-friendly rating scale: words first, the number only as a shorthand.
RATING_SCALE: dict[int, str] = {
    1: "Not yet",
    2: "Assisted",
    3: "Supervised",
    4: "Independent",
    5: "Can teach others",
}

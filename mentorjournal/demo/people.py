"""The twelve demo mentees and the shape of their year: who they are, in which trade, how
their mentoring went. Invented people; the words they and their trainer write are in texts.py."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import MenteeStatus, MentoringModel
from .texts import AM, EI, WF


@dataclass(frozen=True)
class Person:
    """A demo mentee and the shape of their year (days are counted back from today)."""

    full_name: str
    preferred_name: str
    trade: str  # a key of TRADES
    level: str
    model: MentoringModel
    status: MenteeStatus
    started_days_ago: int
    last_session_days_ago: int
    language: str = "en"  # "am" (Amharic) or "ar" (Arabic): some notes in that language
    tags: tuple[str, ...] = ()
    private_notes: str = ""
    cadence_days: int | None = None
    confidence_start: int = 2
    confidence_gain: float = 2.2


PEOPLE: tuple[Person, ...] = (
    Person(
        "Dawit Bekele",
        "Dawit",
        EI,
        "Level III",
        MentoringModel.ONE_TO_ONE,
        MenteeStatus.ACTIVE,
        362,
        3,
        tags=("industry attachment", "COC candidate"),
    ),
    Person(
        "ሰላም ታደሰ",
        "ሰላም",
        EI,
        "Level III",
        MentoringModel.ONE_TO_ONE,
        MenteeStatus.ACTIVE,
        350,
        6,
        language="am",
        tags=("women in trades", "COC candidate"),
        private_notes="Lives with her grandmother in Shiro Meda; leaves at 16:00 to collect "
        "her little brother from school.",
        confidence_start=1,
        confidence_gain=3.0,
    ),
    Person(
        "Grace Wanjiru",
        "Grace",
        EI,
        "Level II",
        MentoringModel.GROUP,
        MenteeStatus.ACTIVE,
        300,
        44,
        tags=("women in trades",),
        private_notes="Supports two younger siblings. Works evenings at a restaurant.",
        cadence_days=21,
    ),
    Person(
        "Yonas Haile",
        "Yonas",
        EI,
        "Level III",
        MentoringModel.ONE_TO_ONE,
        MenteeStatus.COMPLETED,
        365,
        96,
        tags=("industry attachment",),
        confidence_start=3,
        confidence_gain=1.8,
    ),
    Person(
        "ليلى حسن",
        "ليلى",
        WF,
        "Level II",
        MentoringModel.ONE_TO_ONE,
        MenteeStatus.ACTIVE,
        240,
        2,
        language="ar",
        tags=("women in trades", "scholarship"),
        private_notes="Arrived from Khartoum last year. Her COC registration waits for a "
        "copy of her school certificate.",
        confidence_start=1,
        confidence_gain=2.8,
    ),
    Person(
        "Meron Alemu",
        "Meron",
        WF,
        "Level II",
        MentoringModel.GROUP,
        MenteeStatus.ACTIVE,
        330,
        27,  # a meeting overdue: amber on the dashboard
        tags=("peer leader",),
        cadence_days=21,
    ),
    Person(
        "Samuel Okafor",
        "Sam",
        WF,
        "Level III",
        MentoringModel.ONE_TO_ONE,
        MenteeStatus.PAUSED,
        340,
        71,
        private_notes="Paused for three months to care for his mother after her operation; "
        "plans to return next term.",
    ),
    Person(
        "ብርሃኑ ወልዴ",
        "ብርሃኑ",
        WF,
        "Level III",
        MentoringModel.ONE_TO_ONE,
        MenteeStatus.ACTIVE,
        355,
        4,
        language="am",
        tags=("industry attachment",),
    ),
    Person(
        "عمر الفاروق",
        "عمر",
        AM,
        "Level II",
        MentoringModel.ONE_TO_ONE,
        MenteeStatus.ACTIVE,
        270,
        38,
        language="ar",
        tags=("scholarship", "needs laptop"),
        private_notes="Shares a room with three cousins; no quiet place to study. The ICT "
        "office may lend a laptop.",
    ),
    Person(
        "Tigist Mengistu",
        "Tigist",
        AM,
        "Level IV",
        MentoringModel.PEER,
        MenteeStatus.ACTIVE,
        363,
        1,
        tags=("peer leader", "women in trades"),
        cadence_days=21,
        confidence_start=3,
        confidence_gain=1.6,
    ),
    Person(
        "Kevin Otieno",
        "Kevin",
        AM,
        "Level II",
        MentoringModel.ONE_TO_ONE,
        MenteeStatus.WITHDRAWN,
        320,
        152,
        private_notes="Withdrew to take a full-time job as a minibus driver. Said he may come "
        "back for Level III later.",
        confidence_gain=0.6,
    ),
    Person(
        "Hiwot Desta",
        "Hiwot",
        AM,
        "Level II",
        MentoringModel.PEER,
        MenteeStatus.ACTIVE,
        205,
        5,
        tags=("first year",),
        cadence_days=21,
    ),
)

# Who peer-mentors whom (preferred names): the first leads, the trainer observes now and then.
PEER_PAIRS: tuple[tuple[str, str], ...] = (("Tigist", "Hiwot"),)

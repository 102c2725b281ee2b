"""skills, ratings and templates, with a default framework and templates for workshop trades

The defaults are written out here, not imported, so this migration seeds the same rows forever.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 11:28:33.706294
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reflection_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reflection_template")),
        sa.UniqueConstraint("public_id", name=op.f("uq_reflection_template_public_id")),
    )
    op.create_table(
        "session_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "one_to_one",
                "group",
                "peer",
                "workplace_visit",
                "virtual",
                name="sessionkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("topics", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_template")),
        sa.UniqueConstraint("public_id", name=op.f("uq_session_template_public_id")),
    )
    op.create_table(
        "skill",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "group",
            sa.Enum("technical", "soft", name="skillgroup", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill")),
        sa.UniqueConstraint("public_id", name=op.f("uq_skill_public_id")),
    )
    op.create_table(
        "skill_rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rated_on", sa.Date(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column(
            "rater",
            sa.Enum("mentor", "self", name="rater", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("rating BETWEEN 1 AND 5", name=op.f("ck_skill_rating_rating")),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentee.id"],
            name=op.f("fk_skill_rating_mentee_id_mentee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mentoring_session.id"],
            name=op.f("fk_skill_rating_session_id_mentoring_session"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"],
            ["skill.id"],
            name=op.f("fk_skill_rating_skill_id_skill"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_rating")),
        sa.UniqueConstraint("public_id", name=op.f("uq_skill_rating_public_id")),
    )
    with op.batch_alter_table("skill_rating", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_skill_rating_mentee_id"), ["mentee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_skill_rating_skill_id"), ["skill_id"], unique=False)

    _seed()


DEFAULT_SKILLS = [
    ("technical", "Safe use of tools and equipment", "Chooses, checks and uses tools safely."),
    ("technical", "Reading drawings and diagrams", "Works from drawings, schematics, specs."),
    ("technical", "Measuring and marking out", "Measures accurately with the right instrument."),
    ("technical", "Following procedures", "Follows method statements and safe systems."),
    ("technical", "Quality checking own work", "Inspects and tests own work before handover."),
    ("technical", "Workshop housekeeping", "Keeps the workspace clean, tidy and safe."),
    ("soft", "Teamwork", "Works with others and shares the load."),
    ("soft", "Communication", "Explains, listens and asks for help in time."),
    ("soft", "Punctuality and attendance", "Arrives on time, ready to work."),
    ("soft", "Problem solving", "Finds causes and tries sensible fixes."),
    ("soft", "Taking initiative", "Starts tasks without being told."),
]

SESSION_TEMPLATES = [
    (
        "First meeting",
        "one_to_one",
        60,
        "Introductions; expectations; goals for the programme",
        "Background and experience:\nWhat they want from mentoring:\n"
        "Ground rules and how we will meet:\nFirst goals:",
    ),
    (
        "Progress review",
        "one_to_one",
        45,
        "Review of action items and goals",
        "Action items since last time:\nProgress on goals:\nWhat is getting in the way:\n"
        "Agreed next steps:",
    ),
    (
        "Workplace visit",
        "workplace_visit",
        90,
        "Observation at the workplace; talk with the supervisor",
        "Tasks observed:\nSafety and working practice:\nSupervisor's feedback:\nAgreed next steps:",
    ),
    (
        "End of programme",
        "one_to_one",
        60,
        "Looking back; next steps after the programme",
        "Goals achieved:\nWhat they are proudest of:\nWhat next (job, further study):\n"
        "Feedback on the mentoring:",
    ),
]

REFLECTION_TEMPLATES = [
    (
        "Gibbs' reflective cycle",
        "Description — what happened?\n\nFeelings — what was I thinking and feeling?\n\n"
        "Evaluation — what was good and bad about it?\n\nAnalysis — what sense can I make "
        "of it?\n\nConclusion — what else could I have done?\n\nAction plan — what will I "
        "do next time?\n",
    ),
    (
        "What? So what? Now what?",
        "What? — what happened?\n\nSo what? — why does it matter, what did I learn?\n\n"
        "Now what? — what will I do differently?\n",
    ),
]


def _seed() -> None:
    now = datetime.now(UTC)

    def stamp() -> dict[str, object]:
        return {"public_id": str(uuid.uuid4()), "created_at": now, "updated_at": now}

    skill = sa.table(
        "skill",
        *(sa.column(c) for c in ("public_id", "created_at", "updated_at")),
        sa.column("name"),
        sa.column("group"),
        sa.column("description"),
        sa.column("position"),
        sa.column("retired"),
    )
    op.bulk_insert(
        skill,
        [
            {**stamp(), "group": g, "name": n, "description": d, "position": i, "retired": False}
            for i, (g, n, d) in enumerate(DEFAULT_SKILLS)
        ],
    )
    session_template = sa.table(
        "session_template",
        *(sa.column(c) for c in ("public_id", "created_at", "updated_at")),
        sa.column("name"),
        sa.column("kind"),
        sa.column("duration_minutes"),
        sa.column("topics"),
        sa.column("notes"),
    )
    op.bulk_insert(
        session_template,
        [
            {**stamp(), "name": n, "kind": k, "duration_minutes": m, "topics": t, "notes": b}
            for n, k, m, t, b in SESSION_TEMPLATES
        ],
    )
    reflection_template = sa.table(
        "reflection_template",
        *(sa.column(c) for c in ("public_id", "created_at", "updated_at")),
        sa.column("name"),
        sa.column("body"),
    )
    op.bulk_insert(
        reflection_template, [{**stamp(), "name": n, "body": b} for n, b in REFLECTION_TEMPLATES]
    )


def downgrade() -> None:
    with op.batch_alter_table("skill_rating", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skill_rating_skill_id"))
        batch_op.drop_index(batch_op.f("ix_skill_rating_mentee_id"))

    op.drop_table("skill_rating")
    op.drop_table("skill")
    op.drop_table("session_template")
    op.drop_table("reflection_template")

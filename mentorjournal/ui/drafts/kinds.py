"""Which editors keep drafts, how a draft names its record and mentee, and how to open the
editor again for it. The record panels of the templates and framework dialogs are listed
apart (`PANEL_KINDS`): they are reopened through their dialog, not built on their own.

An editor's draft key comes from its kind and the keyword arguments it was opened with
(`EditorDialog.editor_args`): `reflection_id=12` makes "reflection:12"; a new record's key
names what it hangs off ("session:new:mentee_id=3"). The mentee a draft is about is looked
up here, so erasing that mentee erases the draft (the journal's foreign key cascades).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ...services import Services

if TYPE_CHECKING:
    from ..editors.base import EditorDialog


@dataclass(frozen=True)
class EditorKind:
    """One kind of editor that keeps drafts."""

    name: str
    module: str  # where the class lives, imported when a draft is restored
    class_name: str
    record_arg: str | None  # the keyword naming the edited record, if any
    mentee_of: Callable[[Services, Mapping[str, Any]], int | None]

    def editor_class(self) -> type[EditorDialog]:
        cls = getattr(importlib.import_module(self.module), self.class_name)
        return cls  # type: ignore[no-any-return]


def _given(args: Mapping[str, Any]) -> int | None:
    value = args.get("mentee_id")
    return value if isinstance(value, int) else None


def _session_mentee(services: Services, args: Mapping[str, Any]) -> int | None:
    if (given := _given(args)) is not None:
        return given
    session_id = args.get("session_id")
    if session_id is None:
        return None
    attendees = services.sessions.get(session_id).attendees
    # A session with one attendee is about them; a group session stays for the others.
    return attendees[0].mentee_id if len(attendees) == 1 else None


def _record_mentee(getter: str, arg: str) -> Callable[[Services, Mapping[str, Any]], int | None]:
    def mentee_of(services: Services, args: Mapping[str, Any]) -> int | None:
        if (given := _given(args)) is not None:
            return given
        record_id = args.get(arg)
        if record_id is None:
            return None
        service = getattr(services, getter)
        return int(service.get(record_id).mentee_id)

    return mentee_of


_E = "mentorjournal.ui.editors"
KINDS: tuple[EditorKind, ...] = (
    EditorKind("mentee", f"{_E}.mentee", "MenteeEditor", "mentee_id", lambda _s, a: _given(a)),
    EditorKind("session", f"{_E}.session", "SessionEditor", "session_id", _session_mentee),
    EditorKind("goal", f"{_E}.goal", "GoalEditor", "goal_id", _record_mentee("goals", "goal_id")),
    EditorKind(
        "check_in",
        f"{_E}.checkin",
        "CheckInEditor",
        "check_in_id",
        _record_mentee("goals", "goal_id"),
    ),
    EditorKind(
        "action",
        f"{_E}.action",
        "ActionEditor",
        "action_id",
        _record_mentee("actions", "action_id"),
    ),
    EditorKind(
        "reflection",
        f"{_E}.reflection",
        "ReflectionEditor",
        "reflection_id",
        _record_mentee("reflections", "reflection_id"),
    ),
    EditorKind("ratings", f"{_E}.ratings", "SkillRatingDialog", None, lambda _s, a: _given(a)),
    EditorKind("owner", f"{_E}.owner", "OwnerEditor", None, lambda _s, _a: None),
)
BY_NAME = {k.name: k for k in KINDS}
BY_CLASS = {k.class_name: k for k in KINDS}


@dataclass(frozen=True)
class PanelKind(EditorKind):
    """A record panel inside a journal-wide dialog (templates, competency framework) that
    keeps drafts (ui/drafts/panels.py): the dialog is opened again by the main window's
    command `opener`, and the panel is its attribute `panel`."""

    opener: str
    panel: str


def _nobody(_services: Services, _args: Mapping[str, Any]) -> int | None:
    return None  # templates and skills belong to the whole journal, no mentee


PANEL_KINDS: tuple[PanelKind, ...] = (
    PanelKind(
        "session_template",
        f"{_E}.templates",
        "SessionTemplatesPanel",
        "template_id",
        _nobody,
        "edit_templates",
        "sessions",
    ),
    PanelKind(
        "reflection_template",
        f"{_E}.templates",
        "ReflectionTemplatesPanel",
        "template_id",
        _nobody,
        "edit_templates",
        "reflections",
    ),
    PanelKind(
        "skill", f"{_E}.framework", "SkillsPanel", "skill_id", _nobody, "edit_framework", "panel"
    ),
)
PANEL_BY_NAME = {k.name: k for k in PANEL_KINDS}


def kind_of(editor: EditorDialog) -> EditorKind | None:
    return BY_CLASS.get(type(editor).__name__)


def key_for(kind: EditorKind, args: Mapping[str, Any]) -> str:
    record_id = args.get(kind.record_arg) if kind.record_arg else None
    others = {k: v for k, v in args.items() if k != kind.record_arg}
    if kind.record_arg == "mentee_id":
        others = {}
    from ...services.drafts import draft_key  # loaded with the first editor, not at start

    return draft_key(kind.name, record_id, **others)

"""Use cases on session and reflection templates (pre-filled text a trainer reuses)."""

from __future__ import annotations

from sqlmodel import col, select

from ..models import (
    ReflectionTemplate,
    ReflectionTemplateFields,
    SessionTemplate,
    SessionTemplateFields,
)
from ..store.journal import Journal
from ._common import copy_fields, get_or_fail, touch
from .validation import Problems, text_fields


class TemplateService:
    """Session and reflection templates of one journal."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def session_templates(self) -> list[SessionTemplate]:
        with self._journal.reading() as s:
            return list(s.exec(select(SessionTemplate).order_by(col(SessionTemplate.id))).all())

    def reflection_templates(self) -> list[ReflectionTemplate]:
        with self._journal.reading() as s:
            query = select(ReflectionTemplate).order_by(col(ReflectionTemplate.id))
            return list(s.exec(query).all())

    def save_session_template(
        self, data: SessionTemplateFields, template_id: int | None = None
    ) -> SessionTemplate:
        p = Problems()
        p.required_text("name", data.name, "The template's name")
        p.no_nul(text_fields(data, ("name", "topics", "notes")))
        p.in_range("duration_minutes", data.duration_minutes, 1, 24 * 60, "Duration")
        p.raise_if_any()
        with self._journal.transaction() as s:
            if template_id is None:
                template = SessionTemplate.model_validate(data.model_dump())
            else:
                template = get_or_fail(s, SessionTemplate, template_id, "session template")
                copy_fields(template, data, SessionTemplateFields)
                touch(template)
            s.add(template)
        return template

    def save_reflection_template(
        self, data: ReflectionTemplateFields, template_id: int | None = None
    ) -> ReflectionTemplate:
        p = Problems()
        p.required_text("name", data.name, "The template's name")
        p.no_nul(text_fields(data, ("name", "body")))
        p.raise_if_any()
        with self._journal.transaction() as s:
            if template_id is None:
                template = ReflectionTemplate.model_validate(data.model_dump())
            else:
                template = get_or_fail(s, ReflectionTemplate, template_id, "reflection template")
                copy_fields(template, data, ReflectionTemplateFields)
                touch(template)
            s.add(template)
        return template

    def delete_session_template(self, template_id: int) -> None:
        with self._journal.transaction() as s:
            s.delete(get_or_fail(s, SessionTemplate, template_id, "session template"))

    def delete_reflection_template(self, template_id: int) -> None:
        with self._journal.transaction() as s:
            s.delete(get_or_fail(s, ReflectionTemplate, template_id, "reflection template"))

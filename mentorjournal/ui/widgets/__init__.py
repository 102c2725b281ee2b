"""Small reusable form widgets: optional dates, optional numbers, tags, a searchable checklist,
and the helpers that give every editor the same labels, hints and error lines."""

from .checklist import SearchableChecklist
from .dates import (
    OptionalDateEdit,
    date_edit,
    datetime_edit,
    format_date,
    from_qdate,
    short_date_format,
    to_qdate,
)
from .form import (
    PRIVATE_BACKGROUND,
    error_label,
    hint_label,
    make_form,
    mark_private,
    text_area,
)
from .numbers import OptionalNumberEdit, format_number
from .tags import TagsEdit, split_tags

__all__ = [
    "PRIVATE_BACKGROUND",
    "OptionalDateEdit",
    "OptionalNumberEdit",
    "SearchableChecklist",
    "TagsEdit",
    "date_edit",
    "datetime_edit",
    "error_label",
    "format_date",
    "format_number",
    "from_qdate",
    "hint_label",
    "make_form",
    "mark_private",
    "short_date_format",
    "split_tags",
    "text_area",
    "to_qdate",
]

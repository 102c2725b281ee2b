"""The language a shared summary is written in: one small value the GUI fills from the app's
language (Qt's translator, QLocale's dates and digits) and passes down to every renderer.

Qt-free: the default `ENGLISH` writes what the summaries always wrote ("5 Mar 2026", Western
digits), and is what the command line uses. Texts in the renderers are passed to `tr` as
literal strings (packaging/translations.py finds them there); sentences are whole templates
with `{name}` placeholders, never English pieces glued together.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from ..charts.style import ENGLISH as ENGLISH_CHARTS
from ..charts.style import WESTERN_DIGITS, ChartLocale
from ..models import LABELS, RATING_SCALE
from .brief_html import Translate, default_date

RATING_TOP = 5  # the rating scale runs 1 to 5


def _same(text: str) -> str:
    return text


def _time(value: datetime) -> str:
    return f"{value:%H:%M}"


def _percent(value: float) -> str:
    return f"{round(value)} %"


@dataclass(frozen=True)
class Wording:
    """How a shared summary says things: translated texts, dates, times and numbers.

    `number` writes whole numbers (the locale's digits), `percent` a percentage, `charts` the
    same language for the charts; `language` and `right_to_left` go on the HTML document."""

    tr: Translate = _same
    format_date: Callable[[date], str] = default_date
    format_time: Callable[[datetime], str] = _time
    number: Callable[[int], str] = str
    percent: Callable[[float], str] = _percent
    charts: ChartLocale = field(default=ENGLISH_CHARTS)
    language: str = "en"
    right_to_left: bool = False

    def label(self, value: StrEnum) -> str:
        """A vocabulary word (session kind, status…): the label tables are translated too."""
        return self.tr(LABELS[value])

    def rating_word(self, rating: int) -> str:
        return self.tr(RATING_SCALE[rating]) if rating in RATING_SCALE else self.number(rating)

    def western_digits(self) -> bool:
        """True when numbers come out in the digits 0-9 (a PDF's page total can then be left to
        the PDF library, which writes it in those)."""
        return "".join(self.number(d) for d in range(10)) == WESTERN_DIGITS


ENGLISH = Wording()


def fill(template: str, escape: Callable[[str], str], /, **parts: str) -> str:
    """`template` ("Check-in {date}, {progress}") with its own words escaped by `escape` and
    its `{name}` fields replaced by `parts`, which are already escaped (or marked up): for a
    translated sentence around user text in Markdown or HTML."""
    out: list[str] = []
    for literal, name, _spec, _conversion in string.Formatter().parse(template):
        out.append(escape(literal))
        if name is not None:
            out.append(parts[name])
    return "".join(out)


__all__ = ["ENGLISH", "RATING_TOP", "Wording", "fill"]

"""The `ChartLocale` for the user's QLocale: month names, date order, digits, percent sign,
rating words and Qt's translations, so the (Qt-free) charts read in the trainer's language."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, QLocale

from ..charts.style import WESTERN_DIGITS, ChartLocale
from ..models import RATING_SCALE

# Chart texts are translated in this context (the chart modules call `locale.tr`).
CONTEXT = "charts"


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def date_order(pattern: str) -> str:
    """The order of day, month and year in a Qt date format: "dd/MM/yyyy" -> "dmy".

    Quoted literals ('de') are skipped; a part the pattern lacks goes at the end (d, m, y).
    """
    order = ""
    quoted = False
    for ch in pattern:
        if ch == "'":
            quoted = not quoted
            continue
        part = {"d": "d", "M": "m", "y": "y"}.get(ch)
        if not quoted and part and part not in order:
            order += part
    return order + "".join(p for p in "dmy" if p not in order)


def _visible(text: str) -> str:
    # Without the bidi marks Qt adds around Arabic signs ("٪" + ALM): matplotlib draws them
    # as boxes, and a chart's label has no neighbouring text for them to order.
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def chart_locale(locale: QLocale | None = None) -> ChartLocale:
    """A ChartLocale from `locale` (the default QLocale when None)."""
    locale = locale or QLocale()
    months = tuple(
        locale.monthName(m, QLocale.FormatType.ShortFormat) or str(m) for m in range(1, 13)
    )
    order = date_order(locale.dateFormat(QLocale.FormatType.ShortFormat))
    if order.startswith("y"):  # ISO-like: 2026 Mar 5
        short, day_month, month_year = "{year} {month} {day}", "{month} {day}", "{year} {month}"
    elif order.startswith("m"):  # US-like: Mar 5, 2026
        short, day_month, month_year = "{month} {day}, {year}", "{month} {day}", "{month} {year}"
    else:  # 5 Mar 2026
        short, day_month, month_year = "{day} {month} {year}", "{day} {month}", "{month} {year}"
    digits = "".join(_visible(locale.toString(d)) for d in range(10))
    if len(digits) != 10:  # a locale writing a digit in several characters: keep Western ones
        digits = WESTERN_DIGITS
    return ChartLocale(
        month_abbr=months,
        short_date=short,
        day_month=day_month,
        month_year=month_year,
        rating_words={v: QCoreApplication.translate("labels", w) for v, w in RATING_SCALE.items()},
        tr=_translate,
        digits=digits,
        percent_sign=_visible(locale.percent()),
    )

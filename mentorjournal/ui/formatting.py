"""How dates, durations and percentages are written on screen, in the user's locale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from ..services import previews


def _locale() -> QLocale:
    return QLocale()


def _is_c_locale(locale: QLocale) -> bool:
    # The C locale's short date ("5 03 2026") reads badly; use an unambiguous form instead.
    return locale.language() == QLocale.Language.C


def short_date(value: date | datetime | None, empty: str = "") -> str:
    """A date in the locale's short format ("05/03/2026"), or `empty` when there is none."""
    if value is None:
        return empty
    if isinstance(value, datetime):
        value = value.date()
    locale = _locale()
    qdate = QDate(value.year, value.month, value.day)
    if _is_c_locale(locale):
        return locale.toString(qdate, "d MMM yyyy")
    return locale.toString(qdate, QLocale.FormatType.ShortFormat)


def long_date(value: date | datetime | None, empty: str = "") -> str:
    """A date with the month written out, for headers and reading panes."""
    if value is None:
        return empty
    if isinstance(value, datetime):
        value = value.date()
    return _locale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def date_time(value: datetime | None, empty: str = "") -> str:
    """A date and a time of day, both in the locale's short formats."""
    if value is None:
        return empty
    return f"{short_date(value)} {time_of_day(value)}"


def time_of_day(value: datetime) -> str:
    """A time of day ("14:05", "2:05 PM") in the locale's short format and digits."""
    return _locale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def duration(minutes: int | None) -> str:
    """ "1 h 30 min", in the locale's digits."""
    if minutes is None:
        return ""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return QCoreApplication.translate("formatting", "{h} h {m} min").format(
            h=count(hours), m=count(rest)
        )
    if hours:
        return QCoreApplication.translate("formatting", "{h} h").format(h=count(hours))
    return QCoreApplication.translate("formatting", "{m} min").format(m=count(rest))


def count(value: int) -> str:
    """A whole number as the locale writes it ("1 234" in French, Arabic-Indic digits in
    Egyptian Arabic): numbers in sentences and cells next to the locale's dates."""
    return _locale().toString(value)


def percent(value: float | None) -> str:
    """ "40 %" in the locale's digits and percent sign (Arabic: "٤٠ ٪")."""
    if value is None:
        return ""
    locale = _locale()
    # The space is the app's house style (reports print "40 %" too), kept in every language.
    return f"{locale.toString(round(value))} {locale.percent()}"


def number(value: float | None) -> str:
    """A measured value without a trailing ".0" when it is whole."""
    if value is None:
        return ""
    if float(value).is_integer():
        return _locale().toString(int(value))
    return _locale().toString(float(value), "g", 6)


def first_line(text: str, limit: int = 90) -> str:
    """The start of a text on one line, for list cells."""
    # Only the head: a list cell of a note of several megabytes is asked for on every paint.
    # previews.first_line never cuts inside a character (emoji, combining marks).
    return previews.first_line(text, limit)

"""The `Wording` of a shared summary in the app's language: Qt's translator for the texts,
the chosen locale (QLocale's default, set by ui/translation.py) for dates, times and digits,
and the same locale for the charts, so a French trainer's PDF reads "5 nov. 2026" throughout
and an Arabic one has Arabic-Indic digits in its text and its charts alike."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication

from ...reports.wording import Wording
from .. import formatting
from ..chart_locale import chart_locale

CONTEXT = "reports"  # any context reaches the app's one (ui/translation.py)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def summary_date(value: date) -> str:
    """ "5 Mar 2026" with the month and the digits of the locale ("5 nov. 2026")."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def _time(value: datetime) -> str:
    return formatting.time_of_day(value)


def _percent(value: float) -> str:
    return formatting.percent(value)


def app_wording() -> Wording:
    """The wording for summaries made now, in the app's language and locale."""
    locale = QLocale()
    language = locale.name().split("_")[0]
    if language in ("C", ""):
        language = "en"
    app = QApplication.instance()
    rtl = isinstance(app, QApplication) and (
        app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    )
    return Wording(
        tr=_tr,
        format_date=summary_date,
        format_time=_time,
        number=formatting.count,
        percent=_percent,
        charts=chart_locale(locale),
        language=language,
        right_to_left=rtl,
    )


__all__ = ["app_wording", "summary_date"]

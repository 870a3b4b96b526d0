"""Numbers and dates as the user's locale writes them (1 234 567 and 28/11/2026 in French,
1 234 567 and 2026-11-28 in Swedish), for everything the GUI shows: tables, counts, the status
bar, charts, pages.

The locale is QLocale's default, which gui/i18n.py sets to match the interface language (the
"C" locale, where no locale was set, e.g. in tests, keeps neutral forms: 1,234 and ISO dates). The
workspace stores ISO text (2026-11-28, 2026-11-28T09:30:00+00:00); these functions take that text
(or a date/datetime) and return what to show. Fields the user edits keep ISO input.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


def format_count(n: int | float | None) -> str:
    """A whole number with the locale's digit grouping ("" for None)."""
    if n is None:
        return ""
    locale = QLocale()
    if locale.language() == QLocale.C:
        return f"{int(n):,}"
    return locale.toString(int(n))


def format_labelled_count(label: str, n: int) -> str:
    """'Label: 12' in the user's language ('Libellé : 12' in French, with its space)."""
    return QCoreApplication.translate("formatting", "{label}: {n}").format(
        label=label, n=format_count(n)
    )


def format_percent(share: float, decimals: int = 0) -> str:
    """A share (0.42) as a percentage in the locale ("42 %" in French, "42%" in English)."""
    locale = QLocale()
    number = locale.toString(share * 100, "f", decimals)
    # English writes 42%; French and Swedish put a (no-break) space before the sign.
    space = "" if locale.language() == QLocale.English else "\u00a0"
    return f"{number}{space}{locale.percent()}"


def _parse(value: str | dt.date | dt.datetime | None) -> dt.date | dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):  # datetime is a date too
        return value
    text = str(value).strip()
    try:
        if len(text) > 10:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def format_date(value: str | dt.date | dt.datetime | None) -> str:
    """The date of an ISO text (or a date/datetime) in the locale's short format; a moment with
    its time zone is first taken to local time. Text that is no ISO date is shown as it is."""
    parsed = _parse(value)
    if parsed is None:
        return "" if value is None else str(value)
    if isinstance(parsed, dt.datetime):
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone()
        parsed = parsed.date()
    if QLocale().language() == QLocale.C:
        return parsed.isoformat()
    return QLocale().toString(QDate(parsed.year, parsed.month, parsed.day), QLocale.ShortFormat)


def format_datetime(value: str | dt.date | dt.datetime | None, *, seconds: bool = False) -> str:
    """A moment (ISO text or datetime) in local time, the locale's short date and time (with the
    seconds when asked: the audit trail); a plain date is written as a date. Text that is no
    ISO date is shown as it is."""
    parsed = _parse(value)
    if parsed is None:
        return "" if value is None else str(value)
    if not isinstance(parsed, dt.datetime):
        return format_date(parsed)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone()
    if QLocale().language() == QLocale.C:
        return parsed.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    moment = QDateTime(
        QDate(parsed.year, parsed.month, parsed.day),
        QTime(parsed.hour, parsed.minute, parsed.second),
    )
    locale = QLocale()
    if not seconds:
        return locale.toString(moment, QLocale.ShortFormat)
    time_format = locale.timeFormat(QLocale.ShortFormat)
    if "ss" not in time_format:
        time_format = time_format.replace("mm", "mm:ss", 1)
    day = locale.toString(moment.date(), QLocale.ShortFormat)
    return f"{day} {locale.toString(moment.time(), time_format)}"

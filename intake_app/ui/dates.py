"""Dates and times shown to the person, in the interface language, with four-digit years.

Qt's short formats write the year with two digits in English ("11/25/26 1:47 PM"): a
report list or a date question then cannot tell 1998 from 2098. These keep the language's
order and separators and only widen the year.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt


def date_format(locale: QLocale) -> str:
    """The language's short date format, always with a four-digit year."""
    text = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def local_time(iso: str) -> str:
    """An ISO 8601 time from the vault, as the person's language writes it, in local time
    ("" if it cannot be read)."""
    when = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not when.isValid():
        when = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not when.isValid():
        return ""
    locale = QLocale()
    pattern = f"{date_format(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"
    return locale.toString(when.toLocalTime(), pattern)

"""Dates: a full date with a calendar, a partial date, and a range of partial dates.

People often remember only the year, or the month, of an arrest or a notice: the partial
date offers a year, then an optional month, then an optional day ("I don't remember the
day"). Years run from this year back to 1900; a stored year outside that is still shown.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from forms.expressions.dates import is_partial_date
from intake_app.ui.dates import date_format
from intake_app.ui.forms_view.base import FieldWidget, object_name

FIRST_YEAR = 1900


# The date edit's minimum stands for "no date" (shown as the special text).
_NO_DATE = QDate(1800, 1, 1)


class DateField(FieldWidget):
    """A full date typed or picked from a calendar; it may be left empty."""

    input: QDateEdit

    def build_input(self) -> QWidget:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(_NO_DATE)
        edit.setMaximumDate(QDate(9999, 12, 31))
        edit.setSpecialValueText(QCoreApplication.translate("DateFields", "No date"))
        edit.setDisplayFormat(date_format(QLocale()))  # four-digit years
        edit.setDate(_NO_DATE)
        edit.dateChanged.connect(self.changed)
        edit.installEventFilter(self)
        calendar = edit.calendarWidget()
        calendar.installEventFilter(self)
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if "input" not in self.__dict__:  # events while the row is still being built
            return super().eventFilter(watched, event)
        empty = self.input.date() == _NO_DATE
        # An empty date's calendar would open in the year 1800 (the "no date" value):
        # show this month instead, without choosing a date.
        if event.type() == QEvent.Type.Show and empty and watched is not self.input:
            today = QDate.currentDate()
            self.input.calendarWidget().setCurrentPage(today.year(), today.month())
        if event.type() == QEvent.Type.KeyPress and watched is self.input:
            assert isinstance(event, QKeyEvent)
            return self._start_typing(event) if empty else self._clear_on_delete(event)
        return super().eventFilter(watched, event)

    def _clear_on_delete(self, event: QKeyEvent) -> bool:
        """Delete or Backspace with the whole date selected (as Tab leaves it) empties
        the date again - "No date" - as in a text field; True if the key was used."""
        if event.key() not in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            return False
        line = self.input.findChild(QLineEdit)
        if line is None or not line.hasSelectedText() or line.selectedText() != line.text():
            return False
        self.input.setDate(_NO_DATE)
        return True

    def _start_typing(self, event: QKeyEvent) -> bool:
        """Typing into an empty date starts from today's date, all of it selected, so
        "25.11.2020" typed replaces it; Up/Down start from today too. (Typed into
        the "No date" text, the digits were added to it and the date could not be
        typed at all; the arrows stepped from the year 1800.) True if the key was used."""
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.input.setDate(QDate.currentDate())
            return True
        if event.text()[:1].isdigit():
            self.input.setDate(QDate.currentDate())
            self.input.selectAll()
        return False  # the key itself goes on to the date edit

    def value(self) -> Any:
        date = self.input.date()
        return None if date == _NO_DATE else date.toString("yyyy-MM-dd")

    def show_value(self, value: Any) -> None:
        date = QDate.fromString(value, "yyyy-MM-dd") if isinstance(value, str) else QDate()
        self.input.setDate(date if date.isValid() else _NO_DATE)


class PartialDatePicker(QWidget):
    """Year, optional month, optional day: ``"2024"``, ``"2024-05"`` or ``"2024-05-31"``.

    The month list is enabled once a year is chosen, the day list once a month is.
    ``on_change`` is called after each choice.
    """

    def __init__(self, name: str, spoken: str, on_change: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._on_change = on_change
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        locale = QLocale()
        self.year = QComboBox(self)
        self.year.setObjectName(f"{name}_year")
        self.year.setAccessibleName(
            f"{spoken}: " + QCoreApplication.translate("DateFields", "Year")
        )
        self.year.addItem(QCoreApplication.translate("DateFields", "Year not given"), "")
        for year in range(dt.date.today().year, FIRST_YEAR - 1, -1):
            self.year.addItem(str(year), f"{year:04d}")
        self.month = QComboBox(self)
        self.month.setObjectName(f"{name}_month")
        self.month.setAccessibleName(
            f"{spoken}: " + QCoreApplication.translate("DateFields", "Month")
        )
        self.month.addItem(
            QCoreApplication.translate("DateFields", "I don't remember the month"), ""
        )
        for month in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(month), f"{month:02d}")
        self.day = QComboBox(self)
        self.day.setObjectName(f"{name}_day")
        self.day.setAccessibleName(f"{spoken}: " + QCoreApplication.translate("DateFields", "Day"))
        self.day.addItem(QCoreApplication.translate("DateFields", "I don't remember the day"), "")
        for day in range(1, 32):
            self.day.addItem(locale.toString(day), f"{day:02d}")
        for combo in (self.year, self.month, self.day):
            layout.addWidget(combo)
            combo.currentIndexChanged.connect(self._changed)
        layout.addStretch(1)
        self._sync_enabled()

    def value(self) -> str | None:
        """The partial date chosen, or None when no year is."""
        year, month, day = (c.currentData() for c in (self.year, self.month, self.day))
        if not year:
            return None
        if not month:
            return str(year)
        return f"{year}-{month}" if not day else f"{year}-{month}-{day}"

    def set_value(self, value: Any) -> None:
        """Show a stored partial date (anything else shows as empty)."""
        parts = value.split("-") if isinstance(value, str) and is_partial_date(value) else []
        parts += [""] * (3 - len(parts))
        for combo, part in zip((self.year, self.month, self.day), parts, strict=True):
            index = combo.findData(part)
            if index < 0 and combo is self.year:  # a year outside the list (kept as stored)
                combo.addItem(part, part)
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))
        self._sync_enabled()

    def controls(self) -> tuple[QComboBox, QComboBox, QComboBox]:
        """The year, month and day lists (in tab order)."""
        return self.year, self.month, self.day

    def _changed(self, *_args: object) -> None:
        self._sync_enabled()
        self._on_change()

    def _sync_enabled(self) -> None:
        has_year = bool(self.year.currentData())
        has_month = has_year and bool(self.month.currentData())
        if self.month.isEnabled() != has_year:
            self.month.setEnabled(has_year)
        if self.day.isEnabled() != has_month:
            self.day.setEnabled(has_month)


class PartialDateField(FieldWidget):
    """A date of which the person may remember only the year, or year and month."""

    input: PartialDatePicker

    def build_input(self) -> QWidget:
        return PartialDatePicker(object_name(self.path), self.label_text, self.changed, self)

    def focus_target(self) -> QWidget:
        return self.input.year

    def value(self) -> Any:
        return self.input.value()

    def show_value(self, value: Any) -> None:
        self.input.set_value(value)


class DateRangeField(FieldWidget):
    """From one partial date until another; the end may be left open ("still going on")."""

    input: QWidget

    def build_input(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        name = object_name(self.path)
        self.start = PartialDatePicker(
            f"{name}_start",
            f"{self.label_text}, " + QCoreApplication.translate("DateFields", "from"),
            self.changed,
            box,
        )
        self.end = PartialDatePicker(
            f"{name}_end",
            f"{self.label_text}, " + QCoreApplication.translate("DateFields", "until"),
            self.changed,
            box,
        )
        for text, picker in (
            (QCoreApplication.translate("DateFields", "From"), self.start),
            (QCoreApplication.translate("DateFields", "Until (leave empty if it still goes on)"),
             self.end),
        ):  # fmt: skip
            label = QLabel(text, box)
            label.setBuddy(picker.year)
            layout.addWidget(label)
            layout.addWidget(picker)
        return box

    def focus_target(self) -> QWidget:
        return self.start.year

    def value(self) -> Any:
        start, end = self.start.value(), self.end.value()
        if start is None and end is None:
            return None
        result = {}
        if start is not None:
            result["start"] = start
        if end is not None:
            result["end"] = end
        return result

    def show_value(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        self.start.set_value(value.get("start"))
        self.end.set_value(value.get("end"))

"""Questions answered by typing: text, long text, numbers, email, phone - and notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QDoubleValidator, QIntValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from forms import Field
from forms.values import max_length
from intake_app.ui.forms_view.base import FieldContext, FieldWidget, plain_label


class TextField(FieldWidget):
    """Short text in a line edit, limited to the field's maximum length."""

    input: QLineEdit

    def build_input(self) -> QWidget:
        edit = QLineEdit(self)
        edit.setMaxLength(max_length(self.field))
        edit.textChanged.connect(self.changed)
        return edit

    def value(self) -> Any:
        return self.input.text() or None

    def show_value(self, value: Any) -> None:
        self.input.setText(value if isinstance(value, str) else "")


class EmailField(TextField):
    """An email address; the form engine checks its shape and says what is wrong."""

    def build_input(self) -> QWidget:
        edit = super().build_input()
        edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        return edit


class PhoneField(TextField):
    """A phone number; the form engine checks the characters."""

    def build_input(self) -> QWidget:
        edit = super().build_input()
        edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        return edit


class LongTextField(FieldWidget):
    """Several paragraphs. Tab moves to the next question instead of typing a tab."""

    input: QPlainTextEdit

    def build_input(self) -> QWidget:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(96)
        edit.textChanged.connect(self.changed)
        return edit

    def value(self) -> Any:
        return self.input.toPlainText() or None

    def show_value(self, value: Any) -> None:
        self.input.setPlainText(value if isinstance(value, str) else "")


class IntegerField(FieldWidget):
    """A whole number, typed as the person's language writes numbers."""

    input: QLineEdit

    def build_input(self) -> QWidget:
        edit = QLineEdit(self)
        validator = QIntValidator(edit)
        validator.setLocale(QLocale())
        edit.setValidator(validator)
        edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        edit.textChanged.connect(self.changed)
        return edit

    def value(self) -> Any:
        text = self.input.text().strip()
        if not text:
            return None
        number, ok = QLocale().toLongLong(text)
        return int(number) if ok else text

    def show_value(self, value: Any) -> None:
        if isinstance(value, int) and not isinstance(value, bool):
            self.input.setText(QLocale().toString(value).replace(QLocale().groupSeparator(), ""))
        else:
            self.input.setText(value if isinstance(value, str) else "")


class DecimalField(FieldWidget):
    """A number with decimals; the decimal sign is the person's language's."""

    input: QLineEdit

    def build_input(self) -> QWidget:
        edit = QLineEdit(self)
        validator = QDoubleValidator(edit)
        validator.setLocale(QLocale())
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        edit.setValidator(validator)
        edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        edit.textChanged.connect(self.changed)
        return edit

    def value(self) -> Any:
        text = self.input.text().strip()
        if not text:
            return None
        number, ok = QLocale().toDouble(text)
        if not ok:
            return text
        return int(number) if number.is_integer() and abs(number) < 2**53 else number

    def show_value(self, value: Any) -> None:
        if isinstance(value, int | float) and not isinstance(value, bool):
            text = QLocale().toString(float(value), "g", 15)
            self.input.setText(text.replace(QLocale().groupSeparator(), ""))
        else:
            self.input.setText(value if isinstance(value, str) else "")


class NoteField(FieldWidget):
    """Read-only text of the form (an explanation); takes no answer.

    The note's text is its label; the input is a second label so screen readers reach it.
    """

    input: QLabel

    def __init__(self, f: Field, path: str, ctx: FieldContext, parent: QWidget | None = None):
        super().__init__(f, path, ctx, parent)
        self.label.setVisible(False)  # the note's text is shown once, by the input below

    def build_input(self) -> QWidget:
        label = plain_label(self.ctx.text(self.field.label), self, "")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                      | Qt.TextInteractionFlag.TextSelectableByMouse)  # fmt: skip
        return label

    def value(self) -> Any:
        return None

    def show_value(self, value: Any) -> None:
        return None

    def set_read_only(self, read_only: bool) -> None:
        return None  # nothing to change; keep it readable

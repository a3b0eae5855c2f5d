"""What every question widget shares: its label, hint, input and inline message.

A ``FieldWidget`` is one row of the form: the question's label (with a required marker),
the input (one subclass per field type, see ``registry.py``), a hint in smaller text and
an inline validation message that appears only when there is something to fix. Its input
control is named ``field_<path>`` (``field_detentions_0_det_place``) and carries the
question's label as its accessible name, so tests and screen readers find it.

Texts from a form definition are always shown as plain text: forms can come from partner
organisations, and Qt's rich-text labels would otherwise render their markup (or fetch
what it points to).

Edits are reported by calling ``FieldContext.edited()`` - a plain call, not a signal, as
it runs on every keystroke and the view does all the work once per edit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from forms import Field, FormDefinition, localized_text

_PATH_SEPARATORS = re.compile(r"[\[\].]+")

# Asks the report window to attach a file for the question at ``path``; once the file is
# stored it calls back with the new attachment's id and display name.
AttachFn = Callable[[str, Callable[[str, str], None]], None]


def object_name(path: str, prefix: str = "field") -> str:
    """``detentions[0].det_place`` -> ``field_detentions_0_det_place``."""
    return f"{prefix}_" + _PATH_SEPARATORS.sub("_", path).strip("_")


@dataclass
class FieldContext:
    """What the widgets of one form view share.

    ``edited`` is called after every change of an answer; ``attach`` (None: attaching is
    not offered) starts attaching a file; ``attachment_names`` maps the case's attachment
    ids to their display names.
    """

    form: FormDefinition
    language: str
    edited: Callable[[], None]
    attach: AttachFn | None = None
    attachment_names: dict[str, str] = field(default_factory=dict)

    def text(self, value: dict[str, str] | None) -> str:
        """A form text in the view's language (the form's default language as fallback)."""
        return localized_text(value, self.language, self.form.default_language)


def plain_label(text: str, parent: QWidget, name: str) -> QLabel:
    """A word-wrapped label that never interprets markup."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    return label


class FieldWidget(QWidget):
    """One question. Subclasses build ``self.input`` and implement the value methods.

    Contract of the value methods: ``value()`` returns the answer as the forms package
    stores it (``None`` when unanswered; text the person typed that is not of the right
    kind is returned as it is, so validation can say what is wrong), and
    ``set_value(answer)`` shows a stored answer without calling ``edited``.
    """

    def __init__(self, f: Field, path: str, ctx: FieldContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = f
        self.path = path
        self.ctx = ctx
        self._issue: str | None = None
        self._loading = False
        self.setObjectName(object_name(path, "row"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        self.label_text = ctx.text(f.label)
        self.label = plain_label(self._label_with_marker(), self, object_name(path, "label"))
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        layout.addWidget(self.label)
        self.input = self.build_input()
        self.input.setObjectName(object_name(path))
        self.input.setAccessibleName(self.label_text)
        layout.addWidget(self.input)
        self.label.setBuddy(self.focus_target())
        self.hint: QLabel | None = None
        hint = ctx.text(f.hint)
        if hint:
            self.hint = plain_label(hint, self, object_name(path, "hint"))
            small = self.hint.font()
            small.setPointSizeF(max(small.pointSizeF() * 0.9, 7.0))
            self.hint.setFont(small)
            self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            layout.addWidget(self.hint)
        self.issue_label = plain_label("", self, object_name(path, "issue"))
        palette = self.issue_label.palette()
        # Red-ish, readable on light and dark themes alike.
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#c0392b"))
        self.issue_label.setPalette(palette)
        self.issue_label.setVisible(False)
        layout.addWidget(self.issue_label)
        self._describe()

    # -- for subclasses --------------------------------------------------------------

    def build_input(self) -> QWidget:
        """Create the input control (its objectName and accessible name are set after)."""
        raise NotImplementedError

    def value(self) -> Any:
        """The current answer (see the class docstring)."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show ``value``; never reports an edit."""
        self._loading = True
        try:
            self.show_value(value)
        finally:
            self._loading = False

    def show_value(self, value: Any) -> None:
        """Put ``value`` into the controls (called with edits muted)."""
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        """The control that takes focus for this question (the input by default)."""
        return self.input

    def changed(self, *_args: object) -> None:
        """Slot for the controls' change signals: report an edit unless loading."""
        if not self._loading:
            self.ctx.edited()

    # -- for the view ----------------------------------------------------------------

    def set_issue(self, message: str | None) -> None:
        """Show (or, with None, hide) the inline message; also read out by screen readers."""
        if message == self._issue:
            return  # most edits change nothing here: touch no widget then
        self._issue = message
        self.issue_label.setText(message or "")
        self.issue_label.setVisible(bool(message))
        self._describe()

    @property
    def issue(self) -> str | None:
        """The inline message shown now, if any."""
        return self._issue

    def set_offered(self, values: frozenset[str]) -> None:
        """Offer only these choices (a ``choice_filter`` applied); other types ignore it."""
        return None

    def set_read_only(self, read_only: bool) -> None:
        """Make the answer unchangeable (a sent report); the text stays readable."""
        self.input.setEnabled(not read_only)

    def contains_widget(self, widget: QWidget | None) -> bool:
        """True if ``widget`` is this row or inside it."""
        return widget is not None and (widget is self or self.isAncestorOf(widget))

    # -- internals -------------------------------------------------------------------

    def _label_with_marker(self) -> str:
        # Only always-required questions get the marker: a conditional one would be
        # marked even when it does not apply. Its message appears when it does.
        return f"{self.label_text} *" if self.field.required is True else self.label_text

    def _describe(self) -> None:
        parts = []
        if self.field.required is True:
            parts.append(QCoreApplication.translate("FieldWidget", "Needs an answer."))
        hint = self.ctx.text(self.field.hint)
        if hint:
            parts.append(hint)
        if self._issue:
            parts.append(self._issue)
        self.input.setAccessibleDescription(" ".join(parts))

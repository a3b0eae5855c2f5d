"""Questions answered by choosing: one choice, several choices, yes/no/unknown, a country.

Up to ``MAX_RADIOS`` choices are shown as radio buttons (all visible at once, one key
press each); longer lists become a drop-down. Radio answers can be taken back with a
"Clear answer" button - a radio group alone cannot be emptied again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from forms import YES_NO_UNKNOWN_LABELS, FieldType, countries, localized_text
from intake_app.ui.forms_view.base import FieldWidget, object_name
from intake_app.ui.forms_view.country_search import (
    SEARCH_ROLE,
    CountryCompleter,
    fold,
    names_to_codes,
    search_text,
)
from intake_app.ui.forms_view.wrapping import WrappingCheckBox, WrappingRadioButton

MAX_RADIOS = 6


def _value_name(value: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in value)


class _RadioChoice(FieldWidget):
    """Radio buttons over ``options()`` (value, label) pairs, with a clear button."""

    def options(self) -> list[tuple[str, str]]:
        """The (stored value, shown label) pairs, in order."""
        return [(c.value, self.ctx.text(c.label)) for c in self.field.choices]

    def build_input(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.group = QButtonGroup(box)
        self.group.setExclusive(True)
        self.buttons: dict[str, QRadioButton] = {}
        name = object_name(self.path)
        for value, text in self.options():
            button: QRadioButton = WrappingRadioButton(text, box)
            button.setObjectName(f"{name}_{_value_name(value)}")
            self.group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button)
        self.clear_button = QPushButton(
            QCoreApplication.translate("ChoiceFields", "Clear answer"), box
        )
        self.clear_button.setObjectName(f"{name}_clear")
        self.clear_button.setAccessibleName(
            f"{self.label_text}: " + QCoreApplication.translate("ChoiceFields", "Clear answer")
        )
        self.clear_button.setFlat(True)
        self.clear_button.clicked.connect(self._clear)
        self.clear_button.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.clear_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.group.buttonToggled.connect(self._toggled)
        return box

    def focus_target(self) -> QWidget:
        checked = self.group.checkedButton()
        return checked if checked is not None else next(iter(self.buttons.values()), self.input)

    def value(self) -> Any:
        for value, button in self.buttons.items():
            if button.isChecked():
                return value
        return None

    def show_value(self, value: Any) -> None:
        button = self.buttons.get(value) if isinstance(value, str) else None
        if button is not None:
            button.setChecked(True)
        else:
            self._uncheck()
        self._sync_clear()

    def set_offered(self, values: frozenset[str]) -> None:
        for value, button in self.buttons.items():
            offered = value in values or button.isChecked()  # never hide the answer given
            if button.isVisibleTo(self.input) != offered:
                button.setVisible(offered)

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._sync_clear()
            self.changed()

    def _clear(self) -> None:
        self._uncheck()
        self._sync_clear()
        self.focus_target().setFocus()
        self.changed()

    def _uncheck(self) -> None:
        self.group.setExclusive(False)  # an exclusive group refuses to uncheck its last one
        for button in self.buttons.values():
            button.setChecked(False)
        self.group.setExclusive(True)

    def _sync_clear(self) -> None:
        has_answer = self.group.checkedButton() is not None
        if self.clear_button.isVisible() != has_answer:
            self.clear_button.setVisible(has_answer)


class RadioChoiceField(_RadioChoice):
    """A single choice among a few options."""


class YesNoUnknownField(_RadioChoice):
    """Yes, No or "I don't know", in the form's language."""

    def options(self) -> list[tuple[str, str]]:
        return [
            (value, localized_text(YES_NO_UNKNOWN_LABELS[value], self.ctx.language, "en"))
            for value in ("yes", "no", "unknown")
        ]


class ComboChoiceField(FieldWidget):
    """A single choice among many options, as a drop-down with an empty first entry."""

    input: QComboBox

    def build_input(self) -> QWidget:
        combo = QComboBox(self)
        combo.addItem(QCoreApplication.translate("ChoiceFields", "(not answered)"), "")
        for choice in self.field.choices:
            combo.addItem(self.ctx.text(choice.label), choice.value)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def value(self) -> Any:
        return self.input.currentData() or None

    def show_value(self, value: Any) -> None:
        index = self.input.findData(value) if isinstance(value, str) else -1
        self.input.setCurrentIndex(max(index, 0))

    def set_offered(self, values: frozenset[str]) -> None:
        current = self.input.currentData()
        wanted = [c for c in self.field.choices if c.value in values or c.value == current]
        shown = [self.input.itemData(i) for i in range(1, self.input.count())]
        if shown == [c.value for c in wanted]:
            return
        self._loading = True  # rebuilding the list is not an edit
        try:
            self.input.clear()
            self.input.addItem(QCoreApplication.translate("ChoiceFields", "(not answered)"), "")
            for choice in wanted:
                self.input.addItem(self.ctx.text(choice.label), choice.value)
            self.input.setCurrentIndex(max(self.input.findData(current), 0))
        finally:
            self._loading = False


class MultipleChoiceField(FieldWidget):
    """Any number of options, as check boxes; the answer lists them in the form's order."""

    def build_input(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        name = object_name(self.path)
        for choice in self.field.choices:
            check: QCheckBox = WrappingCheckBox(self.ctx.text(choice.label), box)
            check.setObjectName(f"{name}_{_value_name(choice.value)}")
            check.toggled.connect(self.changed)
            self.boxes[choice.value] = check
            layout.addWidget(check)
        return box

    def focus_target(self) -> QWidget:
        return next(iter(self.boxes.values()), self.input)

    def value(self) -> Any:
        chosen = [value for value, check in self.boxes.items() if check.isChecked()]
        return chosen or None

    def show_value(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for choice_value, check in self.boxes.items():
            check.setChecked(choice_value in chosen)

    def set_offered(self, values: frozenset[str]) -> None:
        for value, check in self.boxes.items():
            offered = value in values or check.isChecked()  # never hide an answer given
            if check.isVisibleTo(self.input) != offered:
                check.setVisible(offered)


class CountryField(FieldWidget):
    """A country, found by typing any part of its name in the person's language.

    The list holds every country's localised name (CLDR, through the forms package); the
    completer matches anywhere in the name, ignoring case and accents, and also finds the
    English name and names still in use (``country_search``): "stan" offers Kazakhstan
    and Uzbekistan, "turkey" offers Türkiye. Text that names no country is kept as typed
    and validation says so.
    """

    input: QComboBox

    def build_input(self) -> QWidget:
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem("", "")
        pairs = countries(self.ctx.language)
        for code, name in pairs:
            combo.addItem(name, code)
            combo.setItemData(combo.count() - 1, search_text(code, name), SEARCH_ROLE)
        self._codes = names_to_codes(pairs)
        completer = CountryCompleter(combo)
        completer.setModel(combo.model())
        combo.setCompleter(completer)
        line = combo.lineEdit()
        assert line is not None  # an editable combo always has one
        line.setPlaceholderText(
            QCoreApplication.translate("ChoiceFields", "Type to search for a country")
        )
        line.setObjectName(f"{object_name(self.path)}_search")
        line.setAccessibleName(self.label_text)
        combo.currentIndexChanged.connect(self.changed)
        line.textEdited.connect(self.changed)
        line.editingFinished.connect(self._settle)
        return combo

    def _settle(self) -> None:
        """Show a country typed without choosing it ("turkey") under its listed name
        ("Türkiye"), so the person sees it was understood; the answer stays the same."""
        value = self.value()
        index = self.input.findData(value) if isinstance(value, str) else -1
        if index > 0 and self.input.currentText() != self.input.itemText(index):
            self.input.setCurrentIndex(index)
            self.input.setEditText(self.input.itemText(index))

    @property
    def completer(self) -> QCompleter:
        """The completer that filters country names as the person types."""
        completer = self.input.completer()
        assert completer is not None
        return completer

    def value(self) -> Any:
        text = self.input.currentText().strip()
        if not text:
            return None
        index = self.input.findText(text, Qt.MatchFlag.MatchFixedString)  # any case
        if index > 0:
            return self.input.itemData(index)
        # Typed without choosing from the list: "turkiye", "Turkey" and "türkiye" all
        # name Türkiye. Text that names no country is kept as typed (validation says so).
        return self._codes.get(fold(text), text)

    def show_value(self, value: Any) -> None:
        index = self.input.findData(value) if isinstance(value, str) and value else 0
        if index < 0:
            self.input.setCurrentIndex(0)
            self.input.setEditText(str(value))
        else:
            self.input.setCurrentIndex(index)


def single_choice_class(field_type: FieldType, choice_count: int) -> type[FieldWidget]:
    """Radio buttons for a few choices, a drop-down for many."""
    if field_type is FieldType.YES_NO_UNKNOWN:
        return YesNoUnknownField
    return RadioChoiceField if choice_count <= MAX_RADIOS else ComboChoiceField

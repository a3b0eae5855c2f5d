"""Building the widgets of a list of form items, and the repeatable group.

``FieldSet`` lays out the items of one answer level - a page's items at the top level, or
one instance of a repeat - with groups as titled sections. It knows every block by name
(to show or hide it as relevance changes) and every answer widget (to read and fill the
answers). ``RepeatWidget`` holds a list of ``FieldSet`` instances with Add and Remove.

``WIDGETS`` is the registry: one widget class per field type.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from forms import Field, FieldType, Group, Item, Repeat, initial_answers
from intake_app.ui.forms_view.attachment_field import AttachmentField
from intake_app.ui.forms_view.base import FieldContext, FieldWidget, object_name, plain_label
from intake_app.ui.forms_view.choice_fields import (
    ComboChoiceField,
    CountryField,
    MultipleChoiceField,
    RadioChoiceField,
    YesNoUnknownField,
)
from intake_app.ui.forms_view.date_fields import DateField, DateRangeField, PartialDateField
from intake_app.ui.forms_view.text_fields import (
    DecimalField,
    EmailField,
    IntegerField,
    LongTextField,
    NoteField,
    PhoneField,
    TextField,
)

# One widget class per field type.
WIDGETS: dict[FieldType, type[FieldWidget]] = {
    FieldType.TEXT: TextField,
    FieldType.LONG_TEXT: LongTextField,
    FieldType.INTEGER: IntegerField,
    FieldType.DECIMAL: DecimalField,
    FieldType.DATE: DateField,
    FieldType.PARTIAL_DATE: PartialDateField,
    FieldType.DATE_RANGE: DateRangeField,
    FieldType.SINGLE_CHOICE: RadioChoiceField,
    FieldType.MULTIPLE_CHOICE: MultipleChoiceField,
    FieldType.COUNTRY: CountryField,
    FieldType.YES_NO_UNKNOWN: YesNoUnknownField,
    FieldType.EMAIL: EmailField,
    FieldType.PHONE: PhoneField,
    FieldType.ATTACHMENT: AttachmentField,
    FieldType.NOTE: NoteField,
}

# Longer lists of choices become a drop-down instead of radio buttons.
MAX_RADIOS = 6


def widget_class(f: Field) -> type[FieldWidget]:
    """The widget class for ``f`` (a long single-choice list gets the drop-down)."""
    if f.type is FieldType.SINGLE_CHOICE and len(f.choices) > MAX_RADIOS:
        return ComboChoiceField
    return WIDGETS[f.type]


class FieldSet:
    """The widgets of ``items`` at one answer level, added to ``layout``.

    ``prefix`` is what this level's paths start with ("" or ``detentions[0].``).
    """

    def __init__(
        self, items: tuple[Item, ...], prefix: str, ctx: FieldContext, host: QWidget
    ) -> None:
        self.prefix = prefix
        self.ctx = ctx
        self.fields: dict[str, FieldWidget] = {}
        self.repeats: dict[str, RepeatWidget] = {}
        # Every field, group and repeat by name, with what shows it, in form order.
        self.blocks: dict[str, QWidget] = {}
        self._visible: dict[str, bool] = {}
        self.layout = QVBoxLayout(host)
        self.layout.setContentsMargins(0, 0, 0, 0)
        self._add_items(items, self.layout, host)

    def _add_items(self, items: tuple[Item, ...], layout: QVBoxLayout, host: QWidget) -> None:
        for item in items:
            path = self.prefix + item.name
            block: QWidget
            if isinstance(item, Repeat):
                block = RepeatWidget(item, path, self.ctx, host)
                self.repeats[item.name] = block
            elif isinstance(item, Group):
                box = QGroupBox(self.ctx.text(item.label), host)
                box.setObjectName(object_name(path, "group"))
                inner = QVBoxLayout(box)
                hint = self.ctx.text(item.hint)
                if hint:
                    inner.addWidget(plain_label(hint, box, object_name(path, "hint")))
                self._add_items(item.items, inner, box)
                block = box
            elif isinstance(item, Field):
                block = widget_class(item)(item, path, self.ctx, host)
                self.fields[item.name] = block
            else:  # pragma: no cover - the loader allows nothing else on a page
                continue
            self.blocks[item.name] = block
            self._visible[item.name] = True
            layout.addWidget(block)

    # -- answers ---------------------------------------------------------------------

    def answers(self) -> dict[str, Any]:
        """The answers of this level (unanswered questions left out)."""
        result: dict[str, Any] = {}
        for name, widget in self.fields.items():
            value = widget.value()
            if value is not None:
                result[name] = value
        for name, repeat in self.repeats.items():
            instances = repeat.answers()
            if instances:
                result[name] = instances
        return result

    def set_answers(self, answers: dict[str, Any]) -> None:
        """Show stored answers (missing ones as empty); reports no edit."""
        for name, widget in self.fields.items():
            widget.set_value(answers.get(name))
        for name, repeat in self.repeats.items():
            value = answers.get(name)
            repeat.set_answers(value if isinstance(value, list) else [])

    # -- relevance, messages, state --------------------------------------------------

    def apply_relevance(self, relevant: set[str]) -> None:
        """Show what applies, hide what does not (touching only what changed)."""
        for name, block in self.blocks.items():
            visible = self.prefix + name in relevant
            if self._visible[name] != visible:
                self._visible[name] = visible
                block.setVisible(visible)
        for repeat in self.repeats.values():
            repeat.apply_relevance(relevant)

    def is_shown(self, name: str) -> bool:
        """Whether the block ``name`` applies now (its own relevance, not its page's)."""
        return self._visible.get(name, False)

    def walk(self) -> Iterator[FieldWidget]:
        """Every field widget of this level and of the repeats in it, in form order."""
        for name in self.blocks:
            if name in self.fields:
                yield self.fields[name]
            elif name in self.repeats:
                yield from self.repeats[name].walk()

    def walk_repeats(self) -> Iterator[RepeatWidget]:
        """Every repeat of this level and of the repeats in it."""
        for repeat in self.repeats.values():
            yield repeat
            for instance in repeat.instances:
                yield from instance.walk_repeats()

    def walk_shown(self) -> Iterator[FieldWidget]:
        """The field widgets that apply now."""
        for name in self.blocks:
            if not self._visible[name]:
                continue
            if name in self.fields:
                yield self.fields[name]
            elif name in self.repeats:
                yield from self.repeats[name].walk_shown()

    def set_read_only(self, read_only: bool) -> None:
        """Lock or unlock every answer of this level."""
        for widget in self.fields.values():
            widget.set_read_only(read_only)
        for repeat in self.repeats.values():
            repeat.set_read_only(read_only)


class RepeatWidget(QGroupBox):
    """A repeatable group: one section per entry, with Add and Remove.

    Respects the repeat's minimum (Remove is disabled at it) and maximum (Add is disabled
    at it). Removing an entry renumbers the ones after it, so paths stay those of the
    stored answers.
    """

    def __init__(self, repeat: Repeat, path: str, ctx: FieldContext, parent: QWidget) -> None:
        super().__init__(ctx.text(repeat.label), parent)
        self.repeat = repeat
        self.path = path
        self.ctx = ctx
        self.setObjectName(object_name(path, "repeat"))
        self.instances: list[FieldSet] = []
        self._frames: list[QFrame] = []
        self._read_only = False
        layout = QVBoxLayout(self)
        hint = ctx.text(repeat.hint)
        if hint:
            layout.addWidget(plain_label(hint, self, object_name(path, "hint")))
        self._entries = QVBoxLayout()
        layout.addLayout(self._entries)
        self.add_button = QPushButton(
            QCoreApplication.translate("RepeatWidget", "Add an entry"), self
        )
        self.add_button.setObjectName(object_name(path, "add"))
        self.add_button.setAccessibleName(
            f"{ctx.text(repeat.label)}: "
            + QCoreApplication.translate("RepeatWidget", "Add an entry")
        )
        self.add_button.clicked.connect(self._add_clicked)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.issue_label = plain_label("", self, object_name(path, "issue"))
        palette = self.issue_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#c0392b"))
        self.issue_label.setPalette(palette)
        self.issue_label.setVisible(False)
        layout.addWidget(self.issue_label)
        self.issue: str | None = None
        self._sync_buttons()

    def set_issue(self, message: str | None) -> None:
        """Show (or hide) the message about the entries as a whole ("Add at least 1")."""
        if message != self.issue:
            self.issue = message
            self.issue_label.setText(message or "")
            self.issue_label.setVisible(bool(message))
            self.add_button.setAccessibleDescription(message or "")

    def answers(self) -> list[dict[str, Any]]:
        """One answer object per entry (empty entries included: the person added them)."""
        return [instance.answers() for instance in self.instances]

    def set_answers(self, answers: list[Any]) -> None:
        """Rebuild the entries for stored answers."""
        self._rebuild([a if isinstance(a, dict) else {} for a in answers])

    def add_entry(self) -> FieldSet | None:
        """Add an empty entry (with the form's defaults); None when the maximum is reached."""
        if len(self.instances) >= self.repeat.max_count:
            return None
        instance = self._append(initial_answers(self.ctx.form, self.repeat.name))
        self._sync_buttons()
        return instance

    def remove_entry(self, index: int) -> None:
        """Remove entry ``index`` (no-op at the minimum); later entries move up."""
        if len(self.instances) <= self.repeat.min_count or not 0 <= index < len(self.instances):
            return
        kept = [inst.answers() for i, inst in enumerate(self.instances) if i != index]
        self._rebuild(kept)
        self.ctx.edited()
        if self.instances:
            first = next(self.instances[min(index, len(self.instances) - 1)].walk(), None)
            if first is not None:
                first.focus_target().setFocus()
        else:
            self.add_button.setFocus()

    def apply_relevance(self, relevant: set[str]) -> None:
        """Pass relevance on to every entry."""
        for instance in self.instances:
            instance.apply_relevance(relevant)

    def walk(self) -> Iterator[FieldWidget]:
        """Every field widget of every entry."""
        for instance in self.instances:
            yield from instance.walk()

    def walk_shown(self) -> Iterator[FieldWidget]:
        """The field widgets of every entry that apply now."""
        for instance in self.instances:
            yield from instance.walk_shown()

    def set_read_only(self, read_only: bool) -> None:
        """Lock or unlock the entries and the Add/Remove buttons."""
        self._read_only = read_only
        for instance in self.instances:
            instance.set_read_only(read_only)
        self._sync_buttons()

    # -- internals -------------------------------------------------------------------

    def _add_clicked(self) -> None:
        instance = self.add_entry()
        if instance is None:
            return
        self.ctx.edited()  # the view re-evaluates relevance with the new entry in it
        first = next(instance.walk(), None)
        if first is not None:
            first.focus_target().setFocus()

    def _append(self, answers: dict[str, Any]) -> FieldSet:
        index = len(self.instances)
        prefix = f"{self.path}[{index}]."
        frame = QFrame(self)
        frame.setObjectName(object_name(f"{self.path}[{index}]", "entry"))
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(frame)
        title = plain_label(
            QCoreApplication.translate("RepeatWidget", "Entry %1").replace("%1", str(index + 1)),
            frame,
            object_name(prefix, "title"),
        )
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        outer.addWidget(title)
        body = QWidget(frame)
        instance = FieldSet(self.repeat.items, prefix, self.ctx, body)
        outer.addWidget(body)
        remove = QPushButton(QCoreApplication.translate("RepeatWidget", "Remove this entry"), frame)
        remove.setObjectName(object_name(f"{self.path}[{index}]", "remove"))
        remove.setAccessibleName(
            f"{self.ctx.text(self.repeat.label)}: "
            + QCoreApplication.translate("RepeatWidget", "Remove entry %1").replace(
                "%1", str(index + 1)
            )
        )
        remove.clicked.connect(lambda _checked=False, i=index: self.remove_entry(i))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(remove)
        outer.addLayout(row)
        instance.set_answers(answers)
        self.instances.append(instance)
        self._frames.append(frame)
        self._entries.addWidget(frame)
        frame.show()  # at once: a child added to a shown widget would appear only later
        if self._read_only:
            instance.set_read_only(True)
        return instance

    def _rebuild(self, answers: list[dict[str, Any]]) -> None:
        for frame in self._frames:
            frame.hide()
            frame.deleteLater()
        self._frames.clear()
        self.instances.clear()
        for entry in answers[: self.repeat.max_count]:
            self._append(entry)
        self._sync_buttons()  # relevance follows from the view's next evaluation

    def _sync_buttons(self) -> None:
        count = len(self.instances)
        self.add_button.setEnabled(not self._read_only and count < self.repeat.max_count)
        can_remove = not self._read_only and count > self.repeat.min_count
        for frame in self._frames:
            for button in frame.findChildren(QPushButton):
                if button.objectName().startswith("remove_"):
                    button.setEnabled(can_remove)

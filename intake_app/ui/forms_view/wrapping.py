"""Check boxes and radio buttons whose text wraps onto several lines.

Qt's own ``QCheckBox`` and ``QRadioButton`` draw their text on one line and ask for its
full width. Choice labels of a form can be a whole sentence ("Red notice (a request to
police in all member countries to find and arrest a person)"), and in Russian or Turkish
they are longer still: one such button made the whole page wider than the window, cut the
text off at the edge and added a horizontal scroll bar. These buttons instead take the
width the page gives them and wrap their text to it, like a word-wrapped label.

Everything else is Qt's: the indicator, the focus frame, the palette, mirroring in a
right-to-left layout (the style's own rectangles are used), and the accessible name (the
button's text). A click anywhere on the wrapped text toggles the button.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QWidget,
)

_TEXT_FLAGS = int(Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic)
# The narrowest a choice gets, in average characters (it then wraps more).
_MIN_CHARS = 12


def _option(button: QCheckBox | QRadioButton) -> QStyleOptionButton:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    return option


def _indicator_extent(button: QCheckBox | QRadioButton, contents: QStyle.SubElement) -> int:
    """The width the indicator and its spacing take before the text starts."""
    option = _option(button)
    option.rect = QRect(0, 0, 1000, 100)
    return 1000 - button.style().subElementRect(contents, option, button).width()


def _min_size(button: QCheckBox | QRadioButton, contents: QStyle.SubElement, height: int) -> QSize:
    chars = button.fontMetrics().averageCharWidth() * _MIN_CHARS
    return QSize(_indicator_extent(button, contents) + chars, height)


def _height_for_width(
    button: QCheckBox | QRadioButton, contents: QStyle.SubElement, width: int, minimum: int
) -> int:
    text_width = max(width - _indicator_extent(button, contents), 1)
    bounds = button.fontMetrics().boundingRect(
        QRect(0, 0, text_width, 1_000_000), _TEXT_FLAGS, button.text()
    )
    return max(bounds.height() + 2, minimum)


def _text_area(button: QCheckBox | QRadioButton, contents: QStyle.SubElement) -> QRect:
    area = button.style().subElementRect(contents, _option(button), button)
    area.setTop(0)
    area.setBottom(button.height() - 1)
    return area


def _hit(button: QCheckBox | QRadioButton, contents: QStyle.SubElement, pos: QPoint) -> bool:
    """On the indicator or on the (wrapped) text - not the empty space beside it."""
    area = _text_area(button, contents)
    align = int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter) | _TEXT_FLAGS
    text = button.fontMetrics().boundingRect(area, align, button.text())
    if button.isRightToLeft():
        text.moveRight(area.right())
    indicator = QRect(button.rect())
    if button.isRightToLeft():
        indicator.setLeft(area.right())
    else:
        indicator.setRight(area.left())
    return text.contains(pos) or indicator.contains(pos)


def _paint(
    button: QCheckBox | QRadioButton,
    control: QStyle.ControlElement,
    contents: QStyle.SubElement,
) -> None:
    painter = QStylePainter(button)
    option = _option(button)
    text = option.text
    has_focus = bool(option.state & QStyle.StateFlag.State_HasFocus)
    option.text = ""  # the style draws the indicator; the wrapped text is drawn here
    option.state &= ~QStyle.StateFlag.State_HasFocus
    painter.drawControl(control, option)
    area = _text_area(button, contents)
    align = int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    button.style().drawItemText(
        painter, area, align | _TEXT_FLAGS, button.palette(), button.isEnabled(), text,
        QPalette.ColorRole.WindowText,
    )  # fmt: skip
    if has_focus:
        focus = QStyleOptionFocusRect()
        focus.initFrom(button)
        focus.rect = painter.boundingRect(area, align | _TEXT_FLAGS, text).adjusted(-2, 0, 2, 0)
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)


class WrappingCheckBox(QCheckBox):
    """A ``QCheckBox`` whose text wraps to the width it is given."""

    _CONTENTS = QStyle.SubElement.SE_CheckBoxContents

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(_wrapping_policy())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return _height_for_width(self, self._CONTENTS, width, super().minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return _min_size(self, self._CONTENTS, super().minimumSizeHint().height())

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt's name
        return _hit(self, self._CONTENTS, pos)  # the wrapped text is part of the button

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        _paint(self, QStyle.ControlElement.CE_CheckBox, self._CONTENTS)


class WrappingRadioButton(QRadioButton):
    """A ``QRadioButton`` whose text wraps to the width it is given."""

    _CONTENTS = QStyle.SubElement.SE_RadioButtonContents

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(_wrapping_policy())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return _height_for_width(self, self._CONTENTS, width, super().minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return _min_size(self, self._CONTENTS, super().minimumSizeHint().height())

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt's name
        return _hit(self, self._CONTENTS, pos)  # the wrapped text is part of the button

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        _paint(self, QStyle.ControlElement.CE_RadioButton, self._CONTENTS)


def _wrapping_policy() -> QSizePolicy:
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    return policy

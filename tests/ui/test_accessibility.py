"""Every interactive control of the shell has an objectName (tests, automation) and a name a
screen reader can say (its accessible name or its own text)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from intake_app.ui.controller import AppController
from intake_app.ui.windows.passphrase_dialog import ChangePassphraseDialog
from intake_app.ui.windows.settings import SettingsDialog

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTableView)


def _reachable(widget: QWidget, root: QWidget) -> bool:
    """A control of ``root``'s own window that Tab can land on, or one of the usual
    interactive kinds (even while disabled or hidden: it can become reachable)."""
    if widget.window() is not root.window() and widget is not root:
        return False  # a popup's insides (a combo's list, a date edit's calendar)
    return isinstance(widget, INTERACTIVE) or bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _problems(root: QWidget) -> list[str]:
    """Every control a keyboard or screen-reader user can reach without an objectName, or
    without a name to be read out: its accessible name, its own text, or a label's text
    whose buddy it is."""
    problems = []
    labelled = {
        id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None
    }
    for widget in [root, *root.findChildren(QWidget)]:
        if not _reachable(widget, root):
            continue
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own helpers (table corner, menu overflow), named by Qt
        label = type(widget).__name__
        if not widget.objectName():
            problems.append(f"{label} without objectName in {root.objectName()}")
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.replace("&", "") or id(widget) in labelled):
            problems.append(f"{widget.objectName() or label} has no accessible name")
    return problems


def test_every_control_has_an_object_name_and_an_accessible_name(
    qtbot: QtBot, controller: AppController
) -> None:
    controller.start(first_run=True)
    wizard = controller.wizard
    assert wizard is not None
    roots: list[QWidget] = [
        wizard,
        controller.unlock_window,
        controller.main_window,
        SettingsDialog(controller.runner, controller.languages.language, controller.main_window),
        ChangePassphraseDialog(controller.runner, controller.main_window),
    ]
    problems = [p for root in roots for p in _problems(root)]
    assert problems == [], "\n".join(problems)

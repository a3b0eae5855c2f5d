"""Every interactive control of the shell has an objectName (tests, automation) and a name a
screen reader can say (its accessible name or its own text)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from intake_app.ui.controller import AppController
from intake_app.ui.windows.passphrase_dialog import ChangePassphraseDialog
from intake_app.ui.windows.settings import SettingsDialog

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTableView)


def _problems(root: QWidget) -> list[str]:
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE):
            continue
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own helpers (table corner, menu overflow), named by Qt
        label = type(widget).__name__
        if not widget.objectName():
            problems.append(f"{label} without objectName in {root.objectName()}")
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.replace("&", "")):
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

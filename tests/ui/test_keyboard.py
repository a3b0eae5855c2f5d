"""Keyboard-only use of the main window, as seen in a real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from intake_app.ui.controller import AppController
from intake_app.ui.windows.new_report import NewReportDialog


def test_enter_on_a_focused_button_of_the_main_window_presses_it(
    qtbot: QtBot, unlocked: AppController, existing_vault: Path
) -> None:
    panel = unlocked.main_window.reports
    button = panel.new_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.findChild(NewReportDialog) is not None)
    dialog = panel.findChild(NewReportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()

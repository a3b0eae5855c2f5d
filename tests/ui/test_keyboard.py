"""Keyboard-only use of the main window, as seen in a real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox
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


def test_the_main_window_fits_a_small_screen_whole(qtbot: QtBot, unlocked: AppController) -> None:
    # Offscreen, the screen is 800x600: smaller than the window's 900x560 plus its frame.
    window = unlocked.main_window
    qtbot.waitExposed(window)
    screen = window.screen()
    assert screen is not None
    area = screen.availableGeometry()
    assert area.contains(window.frameGeometry())
    assert window.width() <= area.width()


def test_after_unlocking_the_list_has_the_focus_and_enter_opens_the_report(
    qtbot: QtBot, controller: AppController, existing_vault: Path
) -> None:
    from .test_reports import _seed, _unlock

    case_id = _seed(existing_vault)
    panel = _unlock(qtbot, controller)
    window = controller.main_window
    assert window.focusWidget() is panel.table
    assert panel.selected() is not None
    with qtbot.waitSignal(panel.report_opened) as opened:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    editor = opened.args[0]
    assert editor.case.id == case_id
    # In the report too: Enter on the focused "Next" turns the page.
    view = editor.view
    view.next_button.setFocus()
    with qtbot.waitSignal(view.page_changed) as changed:
        qtbot.keyClick(view.next_button, Qt.Key.Key_Return)
    assert changed.args == [1]


def test_help_lists_every_keyboard_shortcut_including_the_page_keys(
    qtbot: QtBot, unlocked: AppController
) -> None:
    window = unlocked.main_window
    action = window.keys_action
    assert action in window.help_menu.actions()
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)  # F1
    action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "keyboardShortcuts") is not None)
    box = window.findChild(QMessageBox, "keyboardShortcuts")
    assert box is not None
    text = box.text()
    for keys in ("Ctrl+N", "Ctrl+PgDown", "Alt+Left", "Ctrl+L", "Ctrl+Shift+Q", "Ctrl+Q"):
        assert keys in text
    # The screens added later (evidence, sending, partners, my card) are listed too.
    for keys in ("Ctrl+E", "Ctrl+Shift+E", "Ctrl+Shift+P", "Ctrl+Shift+I"):
        assert f"\n{keys}:" in text
    box.close()

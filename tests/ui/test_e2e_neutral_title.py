"""The optional neutral window title and icon, switched on in the settings dialog."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from intake_app.ui.controller import AppController
from intake_app.ui.i18n import Language
from intake_app.ui.windows.settings import SettingsDialog


def _save_neutral(qtbot: QtBot, ctl: AppController, on: bool) -> None:
    dialog = SettingsDialog(ctl.runner, ctl.languages.language, ctl.main_window)
    dialog.settings_saved.connect(ctl._apply_settings)
    qtbot.waitUntil(dialog.neutral_title.isEnabled)
    dialog.neutral_title.setChecked(on)
    with qtbot.waitSignal(dialog.settings_saved):
        dialog.buttons.accepted.emit()


def test_neutral_title_hides_the_program_name_until_switched_off(
    qtbot: QtBot, unlocked: AppController
) -> None:
    main, unlock = unlocked.main_window, unlocked.unlock_window
    assert main.windowTitle() == "Intake Desk"
    try:
        _save_neutral(qtbot, unlocked, True)
        assert main.windowTitle() == "Notes"
        assert unlock.windowTitle() == "Notes"
        unlocked.set_language(Language.RUSSIAN)  # the windows re-set their titles
        qtbot.waitUntil(lambda: main.windowTitle() == "Заметки")  # LanguageChange is posted
        unlocked.set_language(Language.ENGLISH)
        qtbot.waitUntil(lambda: main.windowTitle() == "Notes")
        with qtbot.waitSignal(unlocked.locked):
            unlocked.lock()
        assert unlock.windowTitle() == "Notes"
        assert "Intake Desk" not in unlock.windowTitle()
    finally:
        unlocked.neutral.set_enabled(False)
    assert main.windowTitle() == "Intake Desk"

"""The settings dialog: auto-lock minutes stored in the vault, keychain state shown inline."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from intake_app.core.vault import unlock_vault
from intake_app.ui.controller import AppController
from intake_app.ui.windows.settings import SettingsDialog

from .conftest import PASSPHRASE


def _open_settings(qtbot: QtBot, ctl: AppController) -> SettingsDialog:
    ctl.open_settings()
    dialogs = ctl.main_window.findChildren(SettingsDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitUntil(lambda: dialog.autolock.isEnabled())  # loaded on the database thread
    return dialog


def test_settings_store_the_autolock_minutes_in_the_vault(
    qtbot: QtBot, unlocked: AppController
) -> None:
    dialog = _open_settings(qtbot, unlocked)
    assert dialog.autolock.value() == 5  # the default
    dialog.autolock.setValue(12)
    with qtbot.waitSignal(dialog.settings_saved):
        dialog.buttons.accepted.emit()
    assert unlocked.inactivity.interval_ms == 12 * 60_000
    with qtbot.waitSignal(unlocked.locked):
        unlocked.lock()
    session = unlock_vault(unlocked.vault_dir, PASSPHRASE.encode())
    try:
        assert session.settings.autolock_minutes == 12
    finally:
        session.close()


def test_keychain_choice_is_offered_only_when_safe_with_the_reason_inline(
    qtbot: QtBot, unlocked: AppController
) -> None:
    dialog = _open_settings(qtbot, unlocked)
    assert dialog._loaded is not None
    available = dialog._loaded.keychain.available
    assert dialog.remember.isEnabled() is available
    assert dialog.keychain_reason.isVisibleTo(dialog) is (not available)
    if not available:
        assert "You will type it each time." in dialog.keychain_reason.text()
    assert "Anyone who can use this computer account" in dialog.remember_warning.text()

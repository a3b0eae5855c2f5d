"""The first-run wizard: language, passphrase twice with an honest hint, keychain opt-in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from intake_app.core import keychain
from intake_app.core.strength import Strength
from intake_app.core.vault import VaultState, unlock_vault, vault_state
from intake_app.ui.controller import AppController, ShellState
from intake_app.ui.i18n import Language
from intake_app.ui.windows.wizard import FirstRunWizard

STRONG = "plum kettle orbit seventeen"


def _start_wizard(qtbot: QtBot, controller: AppController) -> FirstRunWizard:
    controller.start(first_run=True)
    wizard = controller.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    wizard.next()  # language page -> passphrase page
    return wizard


def _type_passphrases(qtbot: QtBot, wizard: FirstRunWizard, first: str, second: str) -> None:
    pair = wizard.passphrase_page.pair
    pair.first.setText(first)
    pair.second.setText(second)
    # The strength estimate arrives from the CPU pool.
    qtbot.waitUntil(lambda: pair._estimate is not None)


def test_wizard_creates_the_vault_and_opens_the_main_window(
    qtbot: QtBot, controller: AppController, vault_dir: Path
) -> None:
    wizard = _start_wizard(qtbot, controller)
    assert vault_state(vault_dir) is VaultState.MISSING
    _type_passphrases(qtbot, wizard, STRONG, STRONG)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.keychain_page
    assert not wizard.keychain_page.remember.isChecked()  # off by default
    assert "anyone who can use this computer account" in wizard.keychain_page.warning.text()
    page = wizard.keychain_page
    if not keychain.status().available:  # e.g. CI: no keychain service at all
        qtbot.waitUntil(lambda: not page.remember.isEnabled())
        assert "You will type it each time." in page.keychain_reason.text()
    field = wizard.passphrase_page.pair.first
    left_in_field: list[str] = []
    wizard.vault_created.connect(lambda: left_in_field.append(field.text()))
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert left_in_field == [""]
    assert controller.state is ShellState.UNLOCKED
    assert controller.main_window.isVisible()
    assert vault_state(vault_dir) is VaultState.VAULT
    with qtbot.waitSignal(controller.locked):
        controller.lock()
    # The vault really opens with the passphrase typed in the wizard.
    unlock_vault(vault_dir, STRONG.encode()).close()


def test_wizard_shows_a_mismatch_inline_and_will_not_go_on(
    qtbot: QtBot, controller: AppController, vault_dir: Path
) -> None:
    wizard = _start_wizard(qtbot, controller)
    _type_passphrases(qtbot, wizard, STRONG, STRONG + "x")
    pair = wizard.passphrase_page.pair
    assert pair.mismatch_label.text() == "The two passphrases are different."
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    pair.second.setText(STRONG)
    assert pair.mismatch_label.text() == ""
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert vault_state(vault_dir) is VaultState.MISSING


def test_wizard_calls_a_common_password_very_weak_and_refuses_it(
    qtbot: QtBot, controller: AppController
) -> None:
    wizard = _start_wizard(qtbot, controller)
    _type_passphrases(qtbot, wizard, "password123", "password123")
    pair = wizard.passphrase_page.pair
    assert pair._estimate is not None and pair._estimate.strength is Strength.VERY_WEAK
    assert pair.strength_label.text().startswith("Very weak")
    assert pair.meter.value() == int(Strength.VERY_WEAK)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_choosing_russian_in_the_wizard_switches_the_wizard_at_once(
    qtbot: QtBot, controller: AppController
) -> None:
    controller.start(first_run=True)
    wizard = controller.wizard
    assert wizard is not None
    choice = wizard.language_page.choice
    choice.setCurrentIndex(choice.findData(Language.RUSSIAN))
    qtbot.waitUntil(lambda: wizard.language_page.title() == "Добро пожаловать в Intake Desk")
    assert controller.languages.language is Language.RUSSIAN
    # Qt's own wizard buttons follow too (QWizard alone would keep them in English).
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Далее >"
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Отмена"


def test_enter_on_the_last_page_creates_the_vault_and_never_goes_back(
    qtbot: QtBot, controller: AppController, vault_dir: Path
) -> None:
    wizard = _start_wizard(qtbot, controller)
    _type_passphrases(qtbot, wizard, STRONG, STRONG)
    wizard.next()
    page = wizard.keychain_page
    if not keychain.status().available:  # the box is disabled once the check returns
        qtbot.waitUntil(lambda: not page.remember.isEnabled())
    focused = wizard.focusWidget()
    assert focused is not None
    assert focused is not wizard.button(QWizard.WizardButton.BackButton)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert vault_state(vault_dir) is VaultState.VAULT


def test_window_titles_do_not_repeat_the_name_qt_already_adds(
    qtbot: QtBot, controller: AppController
) -> None:
    # Qt shows "TITLE — Intake Desk" (the application's display name, or the neutral one):
    # a title that starts with the name too read "Intake Desk - Unlock — Intake Desk".
    controller.start(first_run=True)
    wizard = controller.wizard
    assert wizard is not None
    name = QApplication.applicationDisplayName()
    assert name
    for window in (wizard, controller.unlock_window):
        assert window.windowTitle()
        assert name not in window.windowTitle()
    assert wizard.windowTitle() == "Create your vault"


def test_the_passphrase_page_says_what_to_do_before_anything_is_typed(
    qtbot: QtBot, controller: AppController
) -> None:
    wizard = _start_wizard(qtbot, controller)
    pair = wizard.passphrase_page.pair
    assert pair.strength_label.text() == "Choose a passphrase only you know."
    assert pair.meter.value() == 0
    # A thin gauge: the empty bar looked like a second field to type into.
    assert pair.meter.height() < pair.first.height()

"""Unlocking, locking, auto-lock and panic, driven through the real widgets."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from intake_app.core.errors import NotAVaultError
from intake_app.core.session import Session
from intake_app.core.vault import create_vault, unlock_vault
from intake_app.ui.app import create_application
from intake_app.ui.clipboard import PASSWORD_MANAGER_HINT
from intake_app.ui.controller import AppController, ShellState
from intake_app.ui.i18n import Language
from intake_app.ui.tasks import DbOp, TaskContext
from intake_app.ui.windows.passphrase_dialog import ChangePassphraseDialog

from .conftest import PASSPHRASE


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_wrong_passphrase_shows_inline_error_reenables_inputs_and_changes_nothing(
    qtbot: QtBot, controller: AppController, existing_vault: Path
) -> None:
    before = _fingerprint(existing_vault)
    controller.start(first_run=False)
    window = controller.unlock_window
    qtbot.waitExposed(window)
    window.passphrase.setText("not the passphrase")
    with qtbot.waitSignal(window.unlock_failed) as failed:
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    assert failed.args == ["That passphrase is not right. Try again."]
    assert window.error_label.isVisible()
    assert window.error_label.text() == failed.args[0]
    assert window.passphrase.isEnabled() and window.unlock_button.isEnabled()
    assert window.passphrase.hasSelectedText()
    assert window.passphrase.selectedText() == "not the passphrase"
    assert not window.busy.isVisible()
    assert not controller.main_window.isVisible()
    assert _fingerprint(existing_vault) == before


def test_right_passphrase_opens_main_window_and_clears_field(
    qtbot: QtBot, controller: AppController, existing_vault: Path
) -> None:
    controller.start(first_run=False)
    window = controller.unlock_window
    window.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked):
        qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    assert window.passphrase.text() == ""
    assert not window.isVisible()
    main = controller.main_window
    assert main.isVisible()
    qtbot.waitUntil(lambda: controller.runner.is_idle)
    assert main.stack.currentWidget() is main.empty_state
    assert main.empty_state.text().startswith("No reports yet")
    assert main.state_label.text() == "Unlocked"


def test_vault_open_elsewhere_is_reported_inline(
    qtbot: QtBot, controller: AppController, existing_vault: Path
) -> None:
    other = unlock_vault(existing_vault, PASSPHRASE.encode())
    try:
        controller.start(first_run=False)
        window = controller.unlock_window
        window.passphrase.setText(PASSPHRASE)
        with qtbot.waitSignal(window.unlock_failed) as failed:
            window.unlock_button.click()
        assert "another Intake Desk window" in failed.args[0]
        assert window.error_label.isVisible()
    finally:
        other.close()


def test_ctrl_l_locks_and_returns_to_the_unlock_window(
    qtbot: QtBot, unlocked: AppController
) -> None:
    main = unlocked.main_window
    qtbot.waitExposed(main)
    main.activateWindow()
    with qtbot.waitSignal(unlocked.locked):
        qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert unlocked.state is ShellState.LOCKED
    assert not unlocked.runner.has_session
    assert not main.isVisible()
    assert unlocked.unlock_window.isVisible()
    assert unlocked.unlock_window.passphrase.text() == ""
    # Locked really means locked: database work now fails instead of reaching the vault.
    errors: list[BaseException] = []
    DbOp(unlocked.runner, lambda s: s.cases.list()).failure(errors.append).run()
    qtbot.waitUntil(lambda: bool(errors))


def test_lock_closes_open_dialogs(qtbot: QtBot, unlocked: AppController) -> None:
    unlocked.open_settings()
    dialogs = [w for w in unlocked.main_window.findChildren(QDialog) if w.isVisible()]
    assert dialogs
    with qtbot.waitSignal(unlocked.locked):
        unlocked.lock()
    assert not any(d.isVisible() for d in unlocked.main_window.findChildren(QDialog))


def test_autolock_fires_after_inactivity(qtbot: QtBot, unlocked: AppController) -> None:
    with qtbot.waitSignal(unlocked.locked, timeout=5000):
        unlocked.set_autolock_interval_ms(50)
    assert unlocked.unlock_window.isVisible()
    assert not unlocked.main_window.isVisible()


def test_panic_hides_everything_locks_and_clears_our_clipboard_text(
    qtbot: QtBot, unlocked: AppController
) -> None:
    unlocked.clipboard.copy("a secret case number")
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "a secret case number"
    mime = clipboard.mimeData(QClipboard.Mode.Clipboard)
    assert mime is not None and bytes(mime.data(PASSWORD_MANAGER_HINT).data()) == b"secret"
    main = unlocked.main_window
    qtbot.waitExposed(main)
    with qtbot.waitSignal(unlocked.locked):
        qtbot.keyClick(
            main,
            Qt.Key.Key_Q,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert clipboard.text() == ""
    assert not unlocked.main_window.isVisible()
    assert unlocked.unlock_window.isMinimized()
    assert not unlocked.runner.has_session


def test_window_stays_responsive_while_the_real_kdf_runs(
    qtbot: QtBot, controller: AppController, vault_dir: Path
) -> None:
    # Production KDF parameters (calibrated to about half a second) on purpose.
    create_vault(vault_dir, PASSPHRASE.encode()).close()
    controller.start(first_run=False)
    window = controller.unlock_window
    ticks: list[bool] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(window.busy.isVisible()))
    timer.start()
    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    assert not window.passphrase.isEnabled() and not window.unlock_button.isEnabled()
    with qtbot.waitSignal(controller.unlocked, timeout=20_000):
        pass
    timer.stop()
    # The GUI thread kept running its timers while the key was derived.
    assert sum(ticks) >= 3


def test_russian_interface_shows_russian_strings(
    qtbot: QtBot, existing_vault: Path, fast_kdf: object
) -> None:
    from .conftest import _tear_down, make_controller

    create_application()
    ctl = make_controller(existing_vault, fast_kdf, Language.RUSSIAN)  # type: ignore[arg-type]
    try:
        ctl.start(first_run=False)
        window = ctl.unlock_window
        assert window.title.text() == "Откройте своё хранилище"
        assert window.unlock_button.text() == "&Открыть"
        window.passphrase.setText("wrong")
        with qtbot.waitSignal(window.unlock_failed) as failed:
            window.unlock_button.click()
        assert failed.args[0] == "Неверная парольная фраза. Попробуйте ещё раз."
        window.passphrase.setText(PASSPHRASE)
        with qtbot.waitSignal(ctl.unlocked):
            window.unlock_button.click()
        assert ctl.main_window.empty_state.text().startswith("Отчётов пока нет")
    finally:
        _tear_down(ctl)


def test_minimising_the_main_window_locks_by_default(qtbot: QtBot, unlocked: AppController) -> None:
    with qtbot.waitSignal(unlocked.locked):
        unlocked.main_window.showMinimized()
    assert unlocked.state is ShellState.LOCKED


def test_a_folder_that_is_not_a_vault_is_said_inline_at_start(
    qtbot: QtBot, controller: AppController, vault_dir: Path
) -> None:
    vault_dir.mkdir()
    (vault_dir / "holiday.txt").write_text("not a vault")
    controller.start(first_run=False)
    controller.unlock_window.show_problem(NotAVaultError())
    assert controller.unlock_window.error_label.isVisibleTo(controller.unlock_window)
    assert "not an Intake Desk vault" in controller.unlock_window.error_label.text()
    assert (vault_dir / "holiday.txt").read_text() == "not a vault"


def test_panic_key_works_under_a_modal_dialog(qtbot: QtBot, unlocked: AppController) -> None:
    unlocked.open_change_passphrase()
    dialog = unlocked.main_window.findChildren(ChangePassphraseDialog)[0]
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(unlocked.locked):
        qtbot.keyClick(
            dialog.pair.first,
            Qt.Key.Key_Q,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert not shiboken6.isValid(dialog)  # closed (and deleted) by the lock
    assert not unlocked.main_window.isVisible()
    assert unlocked.unlock_window.isMinimized()


def test_lock_lets_a_queued_save_finish_but_cancels_long_work(
    qtbot: QtBot, unlocked: AppController
) -> None:
    runner = unlocked.runner
    gate = threading.Event()
    events: list[str] = []

    def slow_read(session: Session) -> None:
        gate.wait(10)

    def save(session: Session) -> None:
        session.settings.autolock_minutes = 7
        events.append("saved")

    def long_work(session: Session, ctx: TaskContext) -> None:
        ctx.report(0, 1)

    DbOp(runner, slow_read).run()
    DbOp(runner, save).run()
    long_op = DbOp.tracked(runner, long_work)
    long_op.failure(lambda error: events.append(type(error).__name__)).run()
    unlocked.lock()
    gate.set()
    qtbot.waitUntil(lambda: unlocked.state is ShellState.LOCKED)
    assert events == ["saved", "TaskCancelledError"]
    session = unlock_vault(unlocked.vault_dir, PASSPHRASE.encode())
    try:
        assert session.settings.autolock_minutes == 7
    finally:
        session.close()


def test_without_a_keychain_entry_start_quietly_waits_for_the_passphrase(
    qtbot: QtBot, existing_vault: Path, fast_kdf: object
) -> None:
    from intake_app.core.vault import unlock_from_keychain

    from .conftest import _tear_down

    create_application()
    ctl = AppController(
        existing_vault,
        creator=lambda path, secret: create_vault(path, secret),
        unlocker=unlock_vault,
        keychain_opener=unlock_from_keychain,
        language=Language.ENGLISH,
    )
    try:
        ctl.start(first_run=False)
        qtbot.waitUntil(lambda: ctl.runner.is_idle)  # the keychain attempt has ended
        assert ctl.state is ShellState.LOCKED
        assert ctl.unlock_window.isVisible()
        assert not ctl.unlock_window.error_label.isVisibleTo(ctl.unlock_window)
        assert ctl.unlock_window.passphrase.isEnabled()
    finally:
        _tear_down(ctl)

"""The application's state machine: first run, locked, unlocked - and locking.

``AppController`` owns the task runner, the windows and the safety machinery (auto-lock,
screen-lock watcher, panic shortcut, clipboard guard). Locking (KeePassXC's order):
stop the inactivity timer, hide and empty the main window, close every dialog, clear what
we put on the clipboard, cancel running work, then close the session on the database
thread - queued behind any operation in flight, so an in-flight save finishes first - and
show the unlock window. Long work (backup, export) is cancelled; plain database operations
such as saves are never dropped. The "remember on this device" keychain entry is used only
at launch, never to reopen a vault that was locked.

Panic (Ctrl+Shift+Q in any window or dialog, see ``panic.py``; also Vault > Hide and lock
now): the same lock at once, and the unlock window comes back minimised, so nothing of the
app stays on screen.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from intake_app.ui import vault_api
from intake_app.ui.autolock import AppStateWatcher, InactivityWatcher
from intake_app.ui.clipboard import ClipboardGuard
from intake_app.ui.exchange_screens import ExchangeScreens
from intake_app.ui.i18n import Language, LanguageSwitcher
from intake_app.ui.neutral import NeutralTitle
from intake_app.ui.panic import PanicWatcher
from intake_app.ui.tasks import DbOp, SessionLike, TaskRunner
from intake_app.ui.windows.backup import BackupDialog, choose_backup_file
from intake_app.ui.windows.main_window import MainWindow
from intake_app.ui.windows.passphrase_dialog import ChangePassphraseDialog
from intake_app.ui.windows.settings import SettingsDialog
from intake_app.ui.windows.unlock import UnlockWindow
from intake_app.ui.windows.wizard import FirstRunWizard

VaultOpener = Callable[[Path, bytearray], SessionLike]
KeychainOpener = Callable[[Path], SessionLike | None]


class ShellState(enum.Enum):
    """Where the app is."""

    FIRST_RUN = enum.auto()
    LOCKED = enum.auto()
    UNLOCKED = enum.auto()
    LOCKING = enum.auto()


class _NotRememberedError(Exception):
    """No keychain entry for this vault (quietly falls back to the unlock window)."""


class AppController(QObject):
    """Drives the windows. Signals (GUI thread):

    - ``unlocked()``: the session is open, the main window shown and the vault's own
      settings (auto-lock time, language) applied.
    - ``locked()``: the session is closed and the unlock window back (or minimised).
    """

    unlocked = Signal()
    locked = Signal()

    def __init__(
        self,
        vault_dir: Path,
        *,
        creator: VaultOpener,
        unlocker: VaultOpener,
        keychain_opener: KeychainOpener | None,
        language: Language | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_dir = vault_dir
        self._creator = creator
        self._unlocker = unlocker
        self._keychain_opener = keychain_opener
        self._lock_on_minimize = True
        self.state = ShellState.LOCKED
        self._panicking = False
        self._quit_after_lock = False

        self.runner = TaskRunner(self)
        self.clipboard = ClipboardGuard(self)
        self.languages = LanguageSwitcher(self)
        # Before unlocking we only know the system's language (the choice is in the vault).
        self.languages.apply(language or Language.system_default())
        self.inactivity = InactivityWatcher(self)
        self.inactivity.timed_out.connect(self.lock)
        self.app_state = AppStateWatcher(self)
        self.app_state.went_away.connect(self._on_went_away)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.inactivity)

        self.unlock_window = UnlockWindow(self.runner, vault_dir, unlocker)
        self.unlock_window.unlock_succeeded.connect(self._on_session_opened)
        self.unlock_window.quit_requested.connect(self.quit)
        self.unlock_window.language_chosen.connect(self.languages.apply)
        self.main_window = MainWindow(self.runner, vault_dir)
        self.main_window.lock_requested.connect(self.lock)
        self.main_window.quit_requested.connect(self.quit)
        self.main_window.settings_requested.connect(self.open_settings)
        self.main_window.change_passphrase_requested.connect(self.open_change_passphrase)
        self.main_window.backup_requested.connect(self.open_backup)
        self.main_window.minimized.connect(self._on_minimized)
        self.wizard: FirstRunWizard | None = None
        self.main_window.panic_requested.connect(self.panic)
        self.panic_watcher = PanicWatcher(self)
        self.panic_watcher.panic_requested.connect(self.panic)
        if app is not None:
            app.installEventFilter(self.panic_watcher)
        self.exchange = ExchangeScreens(self)  # partners, identity, evidence, export
        self.neutral = NeutralTitle([self.main_window, self.unlock_window], self)

    # -- start ------------------------------------------------------------------------

    def start(self, *, first_run: bool) -> None:
        """Show the first-run wizard or the unlock window (trying the keychain once)."""
        if first_run:
            self.state = ShellState.FIRST_RUN
            wizard = FirstRunWizard(
                self.runner, self.vault_dir, self._creator, self.languages.language
            )
            wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            wizard.language_chosen.connect(self.languages.apply)
            wizard.vault_created.connect(self._on_vault_created)
            wizard.rejected.connect(self.quit)
            self.wizard = wizard
            wizard.show()
            return
        self.state = ShellState.LOCKED
        self._reset_unlock_window()
        self.unlock_window.show()
        if self._keychain_opener is not None:
            self._try_keychain(self._keychain_opener)

    def _try_keychain(self, opener: KeychainOpener) -> None:
        vault_dir = self.vault_dir

        def from_keychain() -> SessionLike:
            session = opener(vault_dir)
            if session is None:
                raise _NotRememberedError()
            return session

        # Failure is quiet: the person simply types the passphrase.
        DbOp.open_session(self.runner, from_keychain, parent=self.unlock_window).success(
            lambda _r: self._on_session_opened()
        ).run()

    # -- unlocked ---------------------------------------------------------------------

    def _on_vault_created(self) -> None:
        language = self.languages.language
        DbOp(self.runner, lambda s: vault_api.write_language(s, language)).run()
        self._on_session_opened()

    def _on_session_opened(self) -> None:
        if self.state is ShellState.UNLOCKED:
            return
        self.state = ShellState.UNLOCKED
        self.wizard = None
        self.unlock_window.hide()
        self.main_window.show()
        self.main_window.raise_()
        self.main_window.activateWindow()
        self.main_window.refresh_cases()
        self.inactivity.arm()
        op = DbOp(self.runner, vault_api.read_shell_settings, parent=self.main_window)
        op.success(self._apply_settings)
        op.finished.connect(lambda _outcome: self._announce_unlocked())
        op.run()

    def _announce_unlocked(self) -> None:
        if self.state is ShellState.UNLOCKED:
            self.unlocked.emit()

    def _apply_settings(self, settings: vault_api.ShellSettings) -> None:
        self.set_autolock_interval_ms(settings.autolock_minutes * 60_000)
        self._lock_on_minimize = settings.lock_on_minimize
        self.neutral.set_enabled(settings.neutral_title)
        if settings.language is not self.languages.language:
            self.languages.apply(settings.language)

    def set_autolock_interval_ms(self, milliseconds: int) -> None:
        """Lock after this much idle time (from settings; tests use tiny values)."""
        self.inactivity.set_interval_ms(milliseconds)

    def set_language(self, language: Language) -> None:
        """Switch the interface language now (the settings dialog stores it in the vault)."""
        self.languages.apply(language)

    # -- dialogs ----------------------------------------------------------------------

    def _open_dialog(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal, non-blocking: lock can always close it
        return dialog

    def open_settings(self) -> None:
        """Show the settings dialog over the main window."""
        dialog = SettingsDialog(self.runner, self.languages.language, self.main_window)
        dialog.settings_saved.connect(self._apply_settings)
        dialog.language_chosen.connect(self.set_language)
        self._open_dialog(dialog)

    def open_change_passphrase(self) -> None:
        """Show the change-passphrase dialog."""
        self._open_dialog(ChangePassphraseDialog(self.runner, self.main_window))

    def open_backup(self) -> None:
        """Ask where, then write the backup with progress."""
        destination = choose_backup_file(
            self.main_window, QCoreApplication.translate("BackupDialog", "Backup")
        )
        if destination is not None and self.state is ShellState.UNLOCKED:
            self._open_dialog(BackupDialog(self.runner, destination, self.main_window))

    # -- locking ----------------------------------------------------------------------

    def lock(self) -> None:
        """Lock now (see the module docstring for the order); no-op unless unlocked."""
        if self.state is not ShellState.UNLOCKED:
            return
        self.state = ShellState.LOCKING
        self.inactivity.disarm()
        self.main_window.forget_contents()
        self.main_window.hide()
        self._close_secondary_windows()
        self.clipboard.clear()
        self.runner.cancel_long_work()
        self.runner.close_session().finished.connect(lambda _o: self._on_session_closed())

    def panic(self) -> None:
        """Lock at once, clear our clipboard text, and leave nothing on screen."""
        self.clipboard.clear()
        if self.state is ShellState.FIRST_RUN:
            if self.wizard is not None:  # nothing to lock yet: just get off the screen
                self.wizard.showMinimized()
            return
        self._panicking = True
        if self.state is ShellState.UNLOCKED:
            self.lock()
        else:
            self._close_secondary_windows()
            self._reset_unlock_window()
            self.unlock_window.showMinimized()
            self._panicking = False

    def quit(self) -> None:
        """Lock (closing the session cleanly), then leave the event loop."""
        if self.state is ShellState.UNLOCKED:
            self._quit_after_lock = True
            self.lock()
        elif self.state is not ShellState.LOCKING:
            self._quit_now()

    def shutdown(self) -> None:
        """At exit: stop the database thread after closing the session (blocks briefly)."""
        self.runner.shutdown()

    def _on_session_closed(self) -> None:
        self.state = ShellState.LOCKED
        if self._quit_after_lock:
            self._quit_now()
            return
        self._reset_unlock_window()
        if self._panicking:
            self._panicking = False
            self.unlock_window.showMinimized()
        else:
            self.unlock_window.showNormal()
            self.unlock_window.raise_()
            self.unlock_window.activateWindow()
        self.locked.emit()

    def _quit_now(self) -> None:
        self.main_window.quit_without_asking()
        for window in (self.main_window, self.unlock_window):
            window.hide()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def _reset_unlock_window(self) -> None:
        self.unlock_window.reset()
        self.unlock_window.show_language(self.languages.language)

    def _on_went_away(self) -> None:
        self.lock()

    def _on_minimized(self) -> None:
        if self._lock_on_minimize:
            self.lock()

    def _close_secondary_windows(self) -> None:
        keep: set[QWidget] = {self.main_window, self.unlock_window}
        for widget in QApplication.topLevelWidgets():
            if widget in keep or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            widget.close()

"""The main window skeleton: menu, case list (with its empty state) and status bar.

Later screens (report editor, partners, export) slot into the central stack; dialogs are
children of this window so locking can close them all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
)

from intake_app.ui.panic import PANIC_SHORTCUT
from intake_app.ui.tasks import TaskRunner
from intake_app.ui.widgets.screen_fit import fit_to_screen
from intake_app.ui.windows.report_list import ReportsPanel
from intake_app.ui.windows.unlock import short_path

LOCK_SHORTCUT = QKeySequence("Ctrl+L")


class MainWindow(QMainWindow):
    """The unlocked vault's window.

    Signals (requests the controller acts on): ``lock_requested()``, ``quit_requested()``,
    ``settings_requested()``, ``change_passphrase_requested()``, ``backup_requested()``;
    ``minimized()`` when the person minimises the window (the vault may lock on it);
    ``panic_requested()`` from the menu (the key itself is caught app-wide, see panic.py).
    """

    lock_requested = Signal()
    quit_requested = Signal()
    settings_requested = Signal()
    change_passphrase_requested = Signal()
    backup_requested = Signal()
    minimized = Signal()
    panic_requested = Signal()

    def __init__(self, runner: TaskRunner, vault_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._runner = runner
        self._vault_dir = vault_dir
        self._quitting = False

        # The reports panel (report_list.py): the list, its empty state and the open report.
        self.reports = ReportsPanel(runner, self)
        self.reports.problem.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.stack = self.reports.stack
        self.empty_state = self.reports.empty_state
        self.case_table = self.reports.table
        self.case_model = self.reports.model
        self.setCentralWidget(self.reports)

        self.path_label = QLabel(self)
        self.path_label.setObjectName("statusVaultPath")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("statusLockState")
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.state_label)

        self._build_menus()
        self._retranslate()
        self.resize(900, 560)
        self._placed = False  # centred on its screen at the first showing only

    # -- public -----------------------------------------------------------------------

    def refresh_cases(self) -> None:
        """Reload the case list from the vault (on the database thread)."""
        self.reports.refresh()

    def forget_contents(self) -> None:
        """Drop everything shown from the vault (called on lock, before hiding).

        Results of reads that were in flight are ignored when they arrive. An open report
        queues the save of what was typed first, so it lands before the session closes.
        """
        self.reports.forget()
        self.statusBar().clearMessage()

    def quit_without_asking(self) -> None:
        """Let the next close really close (the controller is quitting)."""
        self._quitting = True

    # -- internals --------------------------------------------------------------------

    def _build_menus(self) -> None:
        def action(name: str, slot: Any, shortcut: QKeySequence | None = None) -> QAction:
            act = QAction(self)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(shortcut)
            act.triggered.connect(slot)
            self.addAction(act)  # shortcuts work even with the menu bar hidden
            return act

        self.lock_action = action("lockAction", self.lock_requested.emit, LOCK_SHORTCUT)
        self.panic_action = action("panicAction", self.panic_requested.emit)
        # Shown in the menu for discoverability only; PanicWatcher handles the key itself
        # (a registered shortcut would be blocked under modal dialogs).
        self.panic_action.setShortcut(PANIC_SHORTCUT)
        self.panic_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.change_passphrase_action = action(
            "changePassphraseAction", self.change_passphrase_requested.emit
        )
        self.backup_action = action("backupAction", self.backup_requested.emit)
        self.settings_action = action(
            "settingsAction", self.settings_requested.emit, QKeySequence("Ctrl+,")
        )
        self.quit_action = action(
            "quitAction", self.quit_requested.emit, QKeySequence(QKeySequence.StandardKey.Quit)
        )
        self.about_action = action("aboutAction", self._show_about)
        self.keys_action = action(
            "keyboardShortcutsAction",
            self.show_shortcuts,
            QKeySequence(QKeySequence.StandardKey.HelpContents),
        )

        self.vault_menu = self.menuBar().addMenu("")
        self.vault_menu.setObjectName("vaultMenu")
        self.vault_menu.addAction(self.lock_action)
        self.vault_menu.addAction(self.panic_action)
        self.vault_menu.addSeparator()
        self.vault_menu.addAction(self.change_passphrase_action)
        self.vault_menu.addAction(self.backup_action)
        self.vault_menu.addAction(self.settings_action)
        self.vault_menu.addSeparator()
        self.vault_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.addAction(self.keys_action)
        self.help_menu.addAction(self.about_action)

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Intake Desk"),
            self.tr(
                "Intake Desk keeps your reports encrypted on this computer and hands them, "
                "signed and encrypted, to the organisations you choose."
            ),
        )

    def show_shortcuts(self) -> None:
        """List every keyboard shortcut (Help > Keyboard shortcuts, F1): the form's page
        keys are in no menu, and a person working without a mouse must find them."""
        rows = [
            ("Ctrl+N", self.tr("New report")),
            (
                self.tr("Enter"),
                self.tr("Open the selected report; press the button that has the focus"),
            ),
            (self.tr("Delete"), self.tr("Delete the selected report (it asks first)")),
            ("Tab, Shift+Tab", self.tr("Next or previous question or button")),
            ("Ctrl+PgDown, Alt+Right", self.tr("Next page of the form")),
            ("Ctrl+PgUp, Alt+Left", self.tr("Previous page of the form")),
            (
                LOCK_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText),
                self.tr("Lock the vault"),
            ),
            (
                PANIC_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText),
                self.tr("Hide everything and lock at once"),
            ),
            ("Ctrl+,", self.tr("Settings")),
            ("Ctrl+Q", self.tr("Quit (locks first)")),
        ]
        # Screens that add their own actions (evidence, sending, partners, my card) are
        # listed by their menu text, so a new shortcut can never be missing here.
        listed = {keys for keys, _ in rows}
        for act in self.actions():
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and keys not in listed and act.text():
                rows.append((keys, act.text().replace("&", "").rstrip(".…")))
                listed.add(keys)
        box = QMessageBox(self)
        box.setObjectName("keyboardShortcuts")
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText("\n".join(f"{keys}:  {what}" for keys, what in rows))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, not blocking: locking can always close it

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Qt's push buttons answer Enter only inside dialogs and pass it on to their
        # window otherwise: someone who moved with Tab to "Open" or "Next" and pressed
        # Enter saw nothing happen (only the space bar worked). Press the button here.
        focused = self.focusWidget()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and isinstance(focused, QPushButton)
            and focused.isEnabled()
        ):
            if not event.isAutoRepeat():  # a held Enter presses it once
                focused.animateClick()
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # Whole on the screen (900x560 is more than a small screen with a panel has).
        fit_to_screen(self, center=not self._placed)
        self._placed = True
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            self.minimized.emit()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._quitting:
            super().closeEvent(event)
            return
        event.ignore()  # closing the window means quitting, which locks first
        self.quit_requested.emit()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Intake Desk"))
        self.vault_menu.setTitle(self.tr("&Vault"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.lock_action.setText(self.tr("&Lock"))
        self.panic_action.setText(self.tr("&Hide and lock now"))
        self.change_passphrase_action.setText(self.tr("Change &passphrase..."))
        self.backup_action.setText(self.tr("&Backup..."))
        self.settings_action.setText(self.tr("&Settings..."))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About Intake Desk"))
        self.keys_action.setText(self.tr("&Keyboard shortcuts"))
        self.path_label.setText(
            self.tr("Vault: %1").replace(
                "%1", short_path(self._vault_dir, 480, QFontMetrics(self.path_label.font()))
            )
        )
        self.path_label.setAccessibleName(self.tr("Vault folder"))
        self.state_label.setText(self.tr("Unlocked"))

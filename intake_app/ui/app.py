"""Starting the desktop app: ``run_desktop`` is what ``intake`` runs with no subcommand."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLoggingCategory, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from intake_app.core.vault import (
    VaultState,
    create_vault,
    unlock_from_keychain,
    unlock_vault,
    vault_state,
)
from intake_app.ui.controller import AppController


def _quiet_qt() -> None:
    """Make Qt log nothing but fatal problems, and never a message's text.

    Qt's warnings can carry file names, window titles or clipboard contents; a log is a
    file on disk. Filter rules silence the categories; the handler drops whatever is left
    except critical/fatal, which it reports by category only.
    """
    QLoggingCategory.setFilterRules("*.debug=false\n*.info=false\n*.warning=false")

    def handler(kind: QtMsgType, context: object, _message: str) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            category = getattr(context, "category", "qt") or "qt"
            print(f"Intake Desk: internal problem in {category}.", file=sys.stderr)

    qInstallMessageHandler(handler)


def create_application() -> QApplication:
    """The QApplication, configured once (idempotent for tests that already have one)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Intake Desk")
    app.setApplicationDisplayName("Intake Desk")
    app.setOrganizationName("IntakeDesk")
    QGuiApplication.setDesktopFileName("intake-desk")
    # Locking hides the main window before the unlock window returns; Qt must not take
    # "no visible window" for "quit". The controller quits explicitly.
    app.setQuitOnLastWindowClosed(False)
    return app


def build_controller(vault_dir: Path) -> AppController:
    """The controller with the real vault functions (production KDF)."""
    return AppController(
        vault_dir,
        creator=lambda path, secret: create_vault(path, secret),
        unlocker=lambda path, secret: unlock_vault(path, secret),
        keychain_opener=unlock_from_keychain,
    )


def run_desktop(vault_dir: Path) -> int:
    """Open the desktop app on ``vault_dir``; returns the process exit status.

    Shows the first-run wizard when the folder has no vault yet, the unlock window
    otherwise (a folder that is something else gets the unlock window's inline error on
    the first attempt; the folder is never touched).
    """
    _quiet_qt()
    app = create_application()
    controller = build_controller(vault_dir)
    app.aboutToQuit.connect(controller.shutdown)
    controller.start(first_run=vault_state(vault_dir) is VaultState.MISSING)
    return app.exec()

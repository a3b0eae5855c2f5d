"""Starting the desktop app: ``run_desktop`` is what ``intake`` runs with no subcommand."""

from __future__ import annotations

import signal
import socket
import sys
from pathlib import Path

from PySide6.QtCore import (
    QLoggingCategory,
    QObject,
    QSocketNotifier,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from intake_app.core.errors import NotAVaultError
from intake_app.core.vault import (
    VaultState,
    create_vault,
    unlock_from_keychain,
    unlock_vault,
    vault_state,
)
from intake_app.ui.controller import AppController

ICON_PATH = Path(__file__).resolve().parents[2] / "resources" / "icons" / "intake-desk.svg"


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
    app.setWindowIcon(QIcon(str(ICON_PATH)))
    # Locking hides the main window before the unlock window returns; Qt must not take
    # "no visible window" for "quit". The controller quits explicitly.
    app.setQuitOnLastWindowClosed(False)
    return app


def _quit_cleanly_on_signals(controller: AppController) -> None:
    """Ctrl+C or SIGTERM lock the vault and quit, like Vault > Quit, instead of dying.

    Python runs signal handlers only between bytecodes, never inside Qt's C++ loop; the
    wake-up socket makes the loop notice the signal at once (the usual Qt recipe).
    """
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, controller)

    def on_signal() -> None:
        reader.recv(64)
        controller.quit()

    notifier.activated.connect(on_signal)
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda _signum, _frame: None)  # the wake-up byte does the work
    _keep_alive.extend([reader, writer, notifier])


#: Objects that must live as long as the process (the signal wake-up socket pair).
_keep_alive: list[object] = []


class _Probe(QObject):
    fired = Signal()


def binding_is_sound() -> bool:
    """False if this PySide6 build corrupts the interpreter when Python emits a signal.

    PySide6 6.12.0 drops a reference to ``True`` on every ``emit()``; on Python 3.11 the
    process aborts after a few hundred emits - possibly while someone is typing. We test
    the behaviour itself (not a version number) and refuse to start on a bad build.
    """
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.fired.emit()
    return sys.getrefcount(True) > before - 8


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
    otherwise; a folder that holds something else gets the unlock window with the inline
    "not a vault" sentence, and is never touched.
    """
    if not binding_is_sound():
        print(
            "Intake Desk cannot run with this PySide6 version (6.12.0 has a known fault). "
            "Run 'make setup' to install a working version.",
            file=sys.stderr,
        )
        return 1
    _quiet_qt()
    app = create_application()
    controller = build_controller(vault_dir)
    app.aboutToQuit.connect(controller.shutdown)
    _quit_cleanly_on_signals(controller)
    state = vault_state(vault_dir)
    controller.start(first_run=state is VaultState.MISSING)
    if state is VaultState.NOT_A_VAULT:
        controller.unlock_window.show_problem(NotAVaultError())
    return app.exec()

"""Change passphrase and backup, through their dialogs and the task runner."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from intake_app.core.errors import WrongPassphraseError
from intake_app.core.vault import unlock_vault
from intake_app.ui.controller import AppController, ShellState
from intake_app.ui.tasks import DbOp
from intake_app.ui.windows.backup import BackupDialog
from intake_app.ui.windows.passphrase_dialog import ChangePassphraseDialog

from .conftest import PASSPHRASE

NEW = "lantern quietly seventeen harbour"


def test_change_passphrase_dialog_changes_it(qtbot: QtBot, unlocked: AppController) -> None:
    unlocked.open_change_passphrase()
    dialog = unlocked.main_window.findChildren(ChangePassphraseDialog)[0]
    assert not dialog.change_button.isEnabled()
    dialog.pair.first.setText(NEW)
    dialog.pair.second.setText(NEW)
    qtbot.waitUntil(dialog.change_button.isEnabled)
    with qtbot.waitSignal(dialog.passphrase_changed, timeout=10_000):
        dialog.change_button.click()
    with qtbot.waitSignal(unlocked.locked):
        unlocked.lock()
    unlock_vault(unlocked.vault_dir, NEW.encode()).close()
    try:
        unlock_vault(unlocked.vault_dir, PASSPHRASE.encode()).close()
    except WrongPassphraseError:
        pass
    else:
        raise AssertionError("the old passphrase still opens the vault")


def test_backup_dialog_writes_the_backup(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    destination = tmp_path / "backup.intake"
    dialog = BackupDialog(unlocked.runner, destination, unlocked.main_window)
    progress: list[int] = []
    dialog._op.progressed.connect(lambda p: progress.append(p.done))
    with qtbot.waitSignal(dialog.backup_finished, timeout=20_000) as done:
        dialog.open()
    assert done.args == [destination]
    assert destination.stat().st_size > 0
    assert progress  # the bar moved


def test_backup_cancelled_by_lock_leaves_no_file(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    gate = threading.Event()
    DbOp(unlocked.runner, lambda _s: gate.wait(10)).run()  # the backup queues behind it
    destination = tmp_path / "backup.intake"
    dialog = BackupDialog(unlocked.runner, destination, unlocked.main_window)
    outcomes: list[bool] = []
    dialog._op.finished.connect(lambda outcome: outcomes.append(outcome.cancelled))
    dialog.open()
    unlocked.lock()
    assert not dialog.isVisible()  # lock closed it at once
    gate.set()
    qtbot.waitUntil(lambda: unlocked.state is ShellState.LOCKED)
    assert outcomes == [True]
    assert list(tmp_path.glob("backup.intake*")) == []

"""Backing the vault up to one encrypted file, with progress and Cancel.

The file dialog is Qt's own (not the platform's): native dialogs on some desktops add
the chosen file to a "recently used" list, which would leave a trace of the backup.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from intake_app.ui.messages import describe
from intake_app.ui.tasks import DbOp, TaskContext, TaskProgress, TaskRunner
from intake_app.ui.widgets.buttons import name_standard_buttons


def choose_backup_file(parent: QWidget, title: str) -> Path | None:
    """Ask where to write the backup (Qt's own dialog: no recent-files entry)."""
    dialog = QFileDialog(parent, title)
    dialog.setObjectName("backupFileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile("vault-backup.intake")
    dialog.setHistory([])
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


class BackupDialog(QDialog):
    """Runs ``session.backup(dest, progress)`` on the database thread.

    Signals: ``backup_finished(Path)`` after the backup was written and checked.
    """

    backup_finished = Signal(object)

    def __init__(
        self, runner: TaskRunner, destination: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self._destination = destination
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("backupProgress")
        self.progress.setRange(0, 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("backupButtons")
        name_standard_buttons(self.buttons, "backup")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._retranslate()

        def backup(session: object, ctx: TaskContext) -> None:
            session.backup(destination, ctx.report)  # type: ignore[attr-defined]

        self._op = DbOp.tracked(runner, backup, parent=self)
        self._op.on_progress(self._on_progress).success(self._on_done).failure(self._on_failed)
        self.buttons.rejected.connect(self._cancel)
        self._op.run()

    def _on_progress(self, progress: TaskProgress) -> None:
        if progress.total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * progress.done / progress.total))

    def _cancel(self) -> None:
        self._op.cancel()
        self.buttons.setEnabled(False)

    def _on_done(self, _result: object) -> None:
        self.backup_finished.emit(self._destination)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.label.setText(describe(error))
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        name_standard_buttons(self.buttons, "backup")
        self.buttons.setEnabled(True)
        self.buttons.rejected.connect(self.reject)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backup"))
        self.label.setText(self.tr("Writing an encrypted backup of the vault..."))
        self.progress.setAccessibleName(self.tr("Backup progress"))

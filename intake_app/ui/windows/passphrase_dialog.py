"""Changing the passphrase: the vault key is re-wrapped; the database is not rewritten."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.ui.messages import describe
from intake_app.ui.tasks import DbOp, TaskRunner
from intake_app.ui.widgets.buttons import name_standard_buttons
from intake_app.ui.widgets.passphrase import PassphrasePairWidget


class ChangePassphraseDialog(QDialog):
    """Asks for the new passphrase twice and changes it on the database thread.

    Signals: ``passphrase_changed()`` after the new passphrase is in effect.
    """

    passphrase_changed = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self._runner = runner
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.pair = PassphrasePairWidget(runner, self)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("changeBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("changeError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("changeButtons")
        name_standard_buttons(self.buttons, "change")
        self.change_button = QPushButton(self)
        self.change_button.setObjectName("changeButton")
        self.buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.pair)
        layout.addWidget(self.busy)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._change)
        self.buttons.rejected.connect(self.reject)
        self.pair.changed.connect(self._update_button)
        self._retranslate()
        self._update_button()

    def _update_button(self) -> None:
        self.change_button.setEnabled(self.pair.is_acceptable and not self.busy.isVisible())

    def _change(self) -> None:
        if not self.pair.is_acceptable:
            return
        secret = self.pair.passphrase_bytes()

        def change(session: object) -> None:
            try:
                session.change_passphrase(secret)  # type: ignore[attr-defined]
            finally:
                secret[:] = bytes(len(secret))

        self.busy.setVisible(True)
        self.pair.setEnabled(False)
        self._update_button()
        DbOp(self._runner, change, parent=self).success(self._on_changed).failure(
            self._on_failed
        ).run()

    def _on_changed(self, _result: object) -> None:
        self.pair.clear()
        self.passphrase_changed.emit()
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        self.pair.setEnabled(True)
        self.error_label.setText(describe(error))
        self._update_button()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change passphrase"))
        self.intro.setText(self.tr("Choose a new passphrase. The old one stops working at once."))
        self.change_button.setText(self.tr("&Change passphrase"))

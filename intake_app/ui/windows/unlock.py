"""The unlock window, behaving like a good password manager's (KeePassXC's).

While the key is derived the inputs are disabled and a busy bar runs; the window keeps
painting because the work runs on the task runner's database thread. Errors appear inline
(never a modal box); after a wrong passphrase the field keeps focus with its text selected,
and after success the field is cleared.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.ui.i18n import Language
from intake_app.ui.messages import describe
from intake_app.ui.tasks import DbOp, SessionLike, TaskRunner

#: Opens the vault with a passphrase; runs on the database thread.
Unlocker = Callable[[Path, bytearray], SessionLike]


def short_path(path: Path, width_px: int, metrics: QFontMetrics) -> str:
    """``path`` with the home folder as ``~`` and the middle elided to fit ``width_px``."""
    text = str(path)
    home = str(Path.home())
    if text.startswith(home + "/") or text == home:
        text = "~" + text[len(home) :]
    return metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, width_px)


class UnlockWindow(QWidget):
    """Asks for the passphrase and opens the vault on the database thread.

    Signals: ``unlock_succeeded()`` after the session opened (field already cleared);
    ``unlock_failed(str)`` with the sentence shown inline; ``quit_requested()``;
    ``language_chosen(Language)`` from the language picker (applied, never stored: the
    stored choice is inside the vault).
    """

    unlock_succeeded = Signal()
    unlock_failed = Signal(str)
    quit_requested = Signal()
    language_chosen = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        vault_dir: Path,
        unlocker: Unlocker,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockWindow")
        self._runner = runner
        self._vault_dir = vault_dir
        self._unlocker = unlocker
        self._op: DbOp[None] | None = None

        self.title = QLabel(self)
        self.title.setObjectName("unlockTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        self.path_label = QLabel(self)
        self.path_label.setObjectName("vaultPath")
        self.prompt = QLabel(self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphraseField")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.prompt.setBuddy(self.passphrase)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("unlockBusy")
        self.busy.setRange(0, 0)  # "busy" animation: derivation time is not predictable
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("unlockError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setVisible(False)

        self.language = QComboBox(self)
        self.language.setObjectName("unlockLanguage")
        for lang in Language:
            self.language.addItem(lang.native_name, lang)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData())
        )

        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.path_label)
        layout.addSpacing(12)
        layout.addWidget(self.prompt)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.language)
        layout.addLayout(bottom)
        self.resize(460, 240)

        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self._retranslate()

    @property
    def is_busy(self) -> bool:
        """True while a derivation runs."""
        return self._op is not None

    def show_language(self, language: Language) -> None:
        """Show ``language`` as selected in the picker (without emitting)."""
        self.language.blockSignals(True)
        self.language.setCurrentIndex(list(Language).index(language))
        self.language.blockSignals(False)

    def show_problem(self, error: BaseException) -> None:
        """Show ``error``'s sentence inline (e.g. a folder that is not a vault, at start)."""
        self._show_error(describe(error))

    def reset(self) -> None:
        """Back to a fresh state: empty field, no error, inputs enabled, focus in field."""
        self.passphrase.clear()
        self._show_error("")
        self._set_busy(False)
        self.passphrase.setFocus()

    def try_unlock(self) -> None:
        """Start deriving the key from the typed passphrase (ignored while busy or empty)."""
        if self._op is not None or not self.passphrase.text():
            return
        secret = bytearray(self.passphrase.text().encode("utf-8"))
        unlocker, vault_dir = self._unlocker, self._vault_dir

        def open_vault() -> SessionLike:
            try:
                return unlocker(vault_dir, secret)
            finally:
                secret[:] = bytes(len(secret))  # best effort: Python may hold copies

        self._show_error("")
        self._set_busy(True)
        op = DbOp.open_session(self._runner, open_vault, parent=self)
        op.success(self._on_unlocked).failure(self._on_failed)
        self._op = op
        op.run()

    # -- internals --------------------------------------------------------------------

    def _on_unlocked(self, _result: object) -> None:
        self._op = None
        self.passphrase.clear()
        self._set_busy(False)
        self.unlock_succeeded.emit()

    def _on_failed(self, error: BaseException) -> None:
        self._op = None
        self._set_busy(False)
        sentence = describe(error)
        self._show_error(sentence)
        self.passphrase.setFocus()
        self.passphrase.selectAll()
        self.unlock_failed.emit(sentence)

    def _set_busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.busy.setVisible(busy)

    def _show_error(self, sentence: str) -> None:
        self.error_label.setText(sentence)
        self.error_label.setVisible(bool(sentence))
        self.error_label.setAccessibleName(sentence)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.quit_requested.emit()
        super().closeEvent(event)

    def _retranslate(self) -> None:
        # Qt adds the application's display name: "Unlock your vault — Intake Desk".
        self.setWindowTitle(self.tr("Unlock your vault"))
        self.title.setText(self.tr("Unlock your vault"))
        self.prompt.setText(self.tr("&Passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.busy.setAccessibleName(self.tr("Opening the vault"))
        self.path_label.setText(
            short_path(self._vault_dir, 420, QFontMetrics(self.path_label.font()))
        )
        self.path_label.setAccessibleName(self.tr("Vault folder"))
        self.language.setAccessibleName(self.tr("Interface language"))

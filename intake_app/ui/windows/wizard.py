"""The first-run wizard: language, passphrase (twice, with a strength hint), keychain.

Finishing creates the vault on the task runner's database thread (the key derivation is
calibrated to about half a second) while a busy bar runs; the wizard never freezes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from intake_app.core import keychain
from intake_app.ui import vault_api
from intake_app.ui.cpu_ops import CpuOp
from intake_app.ui.i18n import Language
from intake_app.ui.messages import describe, describe_keychain_problem
from intake_app.ui.tasks import DbOp, SessionLike, TaskRunner
from intake_app.ui.widgets.passphrase import PassphrasePairWidget

#: Creates the vault with a passphrase; runs on the database thread.
Creator = Callable[[Path, bytearray], SessionLike]


class _Page(QWizardPage):
    """A page that re-sets its texts when the language changes."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text (called at start and on language change)."""


class LanguagePage(_Page):
    """Welcome and interface language."""

    def __init__(self, current: Language) -> None:
        super().__init__()
        self.setObjectName("languagePage")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.choice = QComboBox(self)
        self.choice.setObjectName("wizardLanguage")
        for lang in Language:
            self.choice.addItem(lang.native_name, lang)
        self.choice.setCurrentIndex(list(Language).index(current))
        self.label = QLabel(self)
        self.label.setBuddy(self.choice)
        form = QFormLayout()
        form.addRow(self.label, self.choice)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Intake Desk"))
        self.intro.setText(
            self.tr(
                "Intake Desk keeps what you write encrypted on this computer. "
                "First, create your vault: it takes a minute."
            )
        )
        self.label.setText(self.tr("&Language:"))
        self.choice.setAccessibleName(self.tr("Interface language"))


class PassphrasePage(_Page):
    """The passphrase, typed twice, with the honest strength hint."""

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__()
        self.setObjectName("passphrasePage")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.pair = PassphrasePairWidget(runner, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.pair)
        self.pair.changed.connect(self.completeChanged)
        self.retranslate()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.pair.is_acceptable

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose a passphrase"))
        self.intro.setText(
            self.tr(
                "Only this passphrase opens your vault. Nobody can recover it for you: "
                "if you forget it, what you wrote is lost. A few unrelated words are "
                "strong and easy to remember."
            )
        )


class KeychainPage(_Page):
    """The keychain opt-in (off by default), then the creation itself with a busy bar.

    When the page opens it asks (on the CPU pool: keyring may talk to D-Bus) whether this
    computer has a safe keychain; if not, the box is disabled and the reason shown.
    """

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__()
        self.setObjectName("keychainPage")
        self._runner = runner
        self.keychain_usable = True  # until the check says otherwise
        self.keychain_reason = QLabel(self)
        self.keychain_reason.setObjectName("wizardKeychainUnavailable")
        self.keychain_reason.setWordWrap(True)
        self.keychain_reason.setVisible(False)
        self.remember = QCheckBox(self)
        self.remember.setObjectName("wizardRememberOnDevice")
        self.remember.setChecked(False)
        self.warning = QLabel(self)
        self.warning.setObjectName("wizardRememberWarning")
        self.warning.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("createBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("createStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.remember)
        layout.addWidget(self.warning)
        layout.addWidget(self.keychain_reason)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Remember on this computer?"))
        self.remember.setText(self.tr("&Remember the passphrase on this computer"))
        self.remember.setAccessibleName(self.tr("Remember the passphrase on this computer"))
        self.warning.setText(
            self.tr(
                "If you tick this, anyone who can use this computer account can open "
                "your vault without the passphrase. Leave it off if the computer could "
                "be taken or searched."
            )
        )
        self.busy.setAccessibleName(self.tr("Creating the vault"))

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        CpuOp(self._runner, lambda _ctx: keychain.status(), parent=self).success(
            self._on_keychain_status
        ).run()

    def _on_keychain_status(self, status: keychain.KeychainStatus) -> None:
        if status.available:
            return
        self.keychain_usable = False
        self.remember.setChecked(False)
        self.remember.setEnabled(False)
        self.keychain_reason.setText(describe_keychain_problem(status.problem))
        self.keychain_reason.setVisible(True)
        # The disabled box had the focus: Qt would hand it to "Back", and Enter - the
        # natural key on this last page - would then go back instead of creating the vault.
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.FinishButton).setFocus()


class FirstRunWizard(QWizard):
    """Creates a vault. Signals: ``vault_created()`` once the session is open;
    ``language_chosen(Language)`` as soon as the person picks a language."""

    vault_created = Signal()
    language_chosen = Signal(object)

    def __init__(
        self,
        runner: TaskRunner,
        vault_dir: Path,
        creator: Creator,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self._runner = runner
        self._vault_dir = vault_dir
        self._creator = creator
        self._created = False
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.language_page = LanguagePage(language)
        self.passphrase_page = PassphrasePage(runner)
        self.keychain_page = KeychainPage(runner)
        self.addPage(self.language_page)
        self.addPage(self.passphrase_page)
        self.addPage(self.keychain_page)
        self.language_page.choice.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language_page.choice.currentData())
        )
        self._retranslate()
        self.resize(560, 420)

    def accept(self) -> None:
        """Finish: create the vault in the background, then close (once)."""
        if self._created:
            self._finish()
            return
        if not self.passphrase_page.pair.is_acceptable:
            return
        secret = self.passphrase_page.pair.passphrase_bytes()
        creator, vault_dir = self._creator, self._vault_dir

        def create() -> SessionLike:
            try:
                return creator(vault_dir, secret)
            finally:
                secret[:] = bytes(len(secret))

        self._set_busy(True)
        page = self.keychain_page
        page.status.setText(self.tr("Creating your vault..."))
        DbOp.open_session(self._runner, create, parent=self).success(self._on_created).failure(
            self._on_create_failed
        ).run()

    def _on_created(self, _result: object) -> None:
        self._created = True
        self.passphrase_page.pair.clear()
        if self.keychain_page.remember.isChecked():
            DbOp(self._runner, lambda s: vault_api.set_remembered(s, True), parent=self).success(
                lambda _info: self._finish()
            ).failure(self._on_remember_failed).run()
        else:
            self._finish()

    def _finish(self) -> None:
        self._set_busy(False)
        self.vault_created.emit()
        super().accept()

    def reject(self) -> None:
        """Cancel, except while the vault is being created (that cannot stop half-way)."""
        if self.keychain_page.busy.isVisible():
            return
        super().reject()

    def _on_remember_failed(self, error: BaseException) -> None:
        # The vault exists and is open; only remembering failed. Say so and let them go on.
        self._set_busy(False)
        self.keychain_page.remember.setChecked(False)
        self.keychain_page.remember.setEnabled(False)
        self.keychain_page.status.setText(
            self.tr("Your vault is ready, but this computer cannot remember the passphrase:")
            + " "
            + describe(error)
        )

    def _on_create_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.keychain_page.status.setText(describe(error))

    def _set_busy(self, busy: bool) -> None:
        self.keychain_page.busy.setVisible(busy)
        self.keychain_page.remember.setEnabled(not busy and self.keychain_page.keychain_usable)
        for which in (
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(which).setEnabled(not busy)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        # Qt adds the application's display name: "Create your vault — Intake Desk".
        self.setWindowTitle(self.tr("Create your vault"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create vault"))
        # QWizard words its Back/Next/Cancel buttons once and not again on a language
        # change, so after switching language on the first page they would stay in the
        # old language. Set them from Qt's own translations (context "QWizard", shipped
        # with Qt; the alias keeps lupdate from copying them into our files).
        for which, text in _QT_WIZARD_TEXTS.items():
            self.setButtonText(which, _qt_translate("QWizard", text))


#: Qt's own texts for the classic-style wizard buttons (QWizard source, buttonDefaultText).
_QT_WIZARD_TEXTS = {
    QWizard.WizardButton.BackButton: "< &Back",
    QWizard.WizardButton.NextButton: "&Next >",
    QWizard.WizardButton.CancelButton: "Cancel",
}
_qt_translate = QCoreApplication.translate

"""The settings dialog: auto-lock time, lock on minimise, keychain, interface language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intake_app.core.session import Session
from intake_app.ui import vault_api
from intake_app.ui.i18n import Language
from intake_app.ui.messages import describe, describe_keychain_problem
from intake_app.ui.tasks import DbOp, TaskRunner
from intake_app.ui.widgets.buttons import name_standard_buttons


class SettingsDialog(QDialog):
    """Loads the settings on open (database thread), saves them on OK.

    Signals: ``settings_saved(ShellSettings)`` after everything was stored;
    ``language_chosen(Language)`` when the person picks another language.
    """

    settings_saved = Signal(object)
    language_chosen = Signal(object)

    def __init__(
        self, runner: TaskRunner, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._runner = runner
        self._loaded: vault_api.ShellSettings | None = None

        self.autolock = QSpinBox(self)
        self.autolock.setObjectName("autolockMinutes")
        self.autolock.setRange(1, 240)
        self._autolock_label = QLabel(self)
        self._autolock_label.setBuddy(self.autolock)
        self.lock_on_minimize = QCheckBox(self)
        self.lock_on_minimize.setObjectName("lockOnMinimize")
        self.neutral_title = QCheckBox(self)
        self.neutral_title.setObjectName("neutralTitle")
        self.remember = QCheckBox(self)
        self.remember.setObjectName("rememberOnDevice")
        self.remember_warning = QLabel(self)
        self.remember_warning.setObjectName("rememberWarning")
        self.remember_warning.setWordWrap(True)
        self.keychain_reason = QLabel(self)
        self.keychain_reason.setObjectName("keychainUnavailable")
        self.keychain_reason.setWordWrap(True)
        self.keychain_reason.setVisible(False)
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        for lang in Language:
            self.language.addItem(lang.native_name, lang)
        self.language.setCurrentIndex(list(Language).index(language))
        self._language_label = QLabel(self)
        self._language_label.setBuddy(self.language)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("settingsError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("settingsButtons")
        name_standard_buttons(self.buttons, "settings")

        form = QFormLayout()
        form.addRow(self._autolock_label, self.autolock)
        form.addRow(self._language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.lock_on_minimize)
        layout.addWidget(self.neutral_title)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_warning)
        layout.addWidget(self.keychain_reason)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        # Wrapped labels need a width to compute their height; without one they overlap.
        self.setMinimumWidth(520)

        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData())
        )
        self._set_enabled(False)
        self._retranslate()
        DbOp(self._runner, vault_api.read_shell_settings, parent=self).success(
            self._on_loaded
        ).failure(self._show_error).run()

    def _on_loaded(self, settings: vault_api.ShellSettings) -> None:
        self._loaded = settings
        self.autolock.setValue(settings.autolock_minutes)
        self.lock_on_minimize.setChecked(settings.lock_on_minimize)
        self.neutral_title.setChecked(settings.neutral_title)
        self.remember.setChecked(settings.keychain.remembered)
        self.remember.setEnabled(settings.keychain.available)
        if not settings.keychain.available:
            self.keychain_reason.setText(describe_keychain_problem(settings.keychain.problem))
            self.keychain_reason.setVisible(True)
        self._set_enabled(True)
        self.adjustSize()  # the reason line may have appeared: make room for it

    def _save(self) -> None:
        loaded = self._loaded
        if loaded is None:
            return
        minutes = self.autolock.value()
        lock_on_minimize = self.lock_on_minimize.isChecked()
        neutral_title = self.neutral_title.isChecked()
        remember = self.remember.isChecked()
        change_keychain = loaded.keychain.available and remember != loaded.keychain.remembered

        language = self.language.currentData()

        def store(session: Session) -> vault_api.ShellSettings:
            vault_api.write_autolock_minutes(session, minutes)
            vault_api.write_lock_on_minimize(session, lock_on_minimize)
            vault_api.write_neutral_title(session, neutral_title)
            vault_api.write_language(session, language)
            if change_keychain:
                vault_api.set_remembered(session, remember)
            return vault_api.read_shell_settings(session)

        self._set_enabled(False)
        DbOp(self._runner, store, parent=self).success(self._on_saved).failure(
            self._on_save_failed
        ).run()

    def _on_saved(self, settings: vault_api.ShellSettings) -> None:
        self.settings_saved.emit(settings)
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        self._set_enabled(True)
        self._show_error(error)

    def _show_error(self, error: BaseException) -> None:
        self.error_label.setText(describe(error))

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.autolock, self.lock_on_minimize, self.neutral_title, self.buttons):
            widget.setEnabled(enabled)
        if self._loaded is not None:
            self.remember.setEnabled(enabled and self._loaded.keychain.available)
        else:
            self.remember.setEnabled(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self._autolock_label.setText(self.tr("&Lock after this many idle minutes:"))
        self.autolock.setAccessibleName(self.tr("Minutes before the vault locks itself"))
        self.lock_on_minimize.setText(self.tr("Lock when the window is &minimised"))
        self.neutral_title.setText(
            self.tr("Show a neutral window &title and icon (\u201cNotes\u201d)")
        )
        self._language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.remember.setText(self.tr("&Remember the passphrase on this computer"))
        self.remember_warning.setText(
            self.tr(
                "Anyone who can use this computer account can then open the vault "
                "without the passphrase. Leave this off if the computer could be taken "
                "or searched."
            )
        )

"""Adding a partner from its contact card: pasted text or a card file.

The card is parsed strictly by the core; a bad card is one inline sentence under the
text box. A card that claims a partner we already have but carries other keys is never
taken quietly: a red, blocking warning names the partner and shows both fingerprints,
and only a separate, deliberate action (tick "they confirmed", then "Replace keys")
replaces the keys - after which the partner is unverified again.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.core.errors import PartnerKeyChangedError
from intake_app.core.session import Session
from intake_app.ui import exchange_api
from intake_app.ui.exchange_api import AddedPartner, PartnerView
from intake_app.ui.messages import describe
from intake_app.ui.tasks import DbOp, TaskRunner
from intake_app.ui.widgets.buttons import name_standard_buttons
from intake_app.ui.widgets.file_dialogs import choose_files_to_open
from intake_app.ui.widgets.fingerprint import FingerprintLabel

#: A contact card is a few kilobytes; anything much larger is not one (never read it all).
MAX_CARD_FILE = 64 * 1024

_ERROR_STYLE = "color: #b00020;"
_WARNING_STYLE = (
    "QFrame#keyChangedWarning { border: 3px solid #b00020; border-radius: 4px;"
    " background: #fdecea; } QFrame#keyChangedWarning QLabel { color: #5f0010; }"
)


class AddPartnerDialog(QDialog):
    """Paste or open a card; adds it as an unverified partner.

    Signals: ``partner_added(PartnerView)`` when a new partner was stored (or the same
    keys were already known); ``keys_replaced(PartnerView)`` after the explicit
    replacement.
    """

    partner_added = Signal(object)
    keys_replaced = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addPartnerDialog")
        self._runner = runner
        self._card: bytes | str | None = None
        self._claimed_name: str | None = None

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.card_text = QPlainTextEdit(self)
        self.card_text.setObjectName("cardText")
        self.card_text.setTabChangesFocus(True)
        self.card_text.setMinimumHeight(140)
        self.open_file_button = QPushButton(self)
        self.open_file_button.setObjectName("openCardFileButton")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("addPartnerError")
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)

        self.warning = QFrame(self)
        self.warning.setObjectName("keyChangedWarning")
        self.warning.setStyleSheet(_WARNING_STYLE)
        self.warning_title = QLabel(self.warning)
        self.warning_title.setObjectName("keyChangedTitle")
        title_font = self.warning_title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self.warning_title.setFont(title_font)
        self.warning_title.setWordWrap(True)
        self.warning_text = QLabel(self.warning)
        self.warning_text.setWordWrap(True)
        self.known_label = QLabel(self.warning)
        self.known_fingerprint = FingerprintLabel(self.warning, factor=1.3)
        self.known_fingerprint.setObjectName("knownFingerprint")
        self.offered_label = QLabel(self.warning)
        self.offered_fingerprint = FingerprintLabel(self.warning, factor=1.3)
        self.offered_fingerprint.setObjectName("offeredFingerprint")
        self.confirm_replace = QCheckBox(self.warning)
        self.confirm_replace.setObjectName("confirmReplaceKeys")
        self.replace_button = QPushButton(self.warning)
        self.replace_button.setObjectName("replaceKeysButton")
        self.replace_button.setEnabled(False)
        box = QVBoxLayout(self.warning)
        for widget in (self.warning_title, self.warning_text, self.known_label,
                       self.known_fingerprint, self.offered_label, self.offered_fingerprint,
                       self.confirm_replace):  # fmt: skip
            box.addWidget(widget)
        box.addWidget(self.replace_button, 0, Qt.AlignmentFlag.AlignRight)
        self.warning.setVisible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        name_standard_buttons(self.buttons, "addPartner")
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_file_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.card_text, 1)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)

        self.open_file_button.clicked.connect(self._open_file)
        self.buttons.accepted.connect(self._add)
        self.buttons.rejected.connect(self.reject)
        self.card_text.textChanged.connect(self._on_text_changed)
        self.confirm_replace.toggled.connect(self.replace_button.setEnabled)
        self.replace_button.clicked.connect(self._replace)
        self._retranslate()
        self.resize(620, 420)

    # -- input ------------------------------------------------------------------------

    def load_card_file(self, path: Path) -> None:
        """Use the card in ``path`` (binary or text); shows an inline error if unreadable."""
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_CARD_FILE + 1)
        except OSError as exc:
            self._show_error(describe(exc))
            return
        if len(data) > MAX_CARD_FILE:
            self._show_error(self.tr("This file is too large to be a contact card."))
            return
        text: str | None = None
        with contextlib.suppress(UnicodeDecodeError):
            text = data.decode("ascii")
        if text is not None and "BEGIN" in text:
            self.card_text.setPlainText(text)
        else:
            self.card_text.blockSignals(True)
            self.card_text.setPlainText(self.tr("(card file: %1)").replace("%1", path.name))
            self.card_text.blockSignals(False)
            self._card = data
            self._hide_messages()

    def _open_file(self) -> None:
        chosen = choose_files_to_open(self, self.tr("Open a contact card"))
        if chosen:
            self.load_card_file(chosen[0])

    def _on_text_changed(self) -> None:
        self._card = self.card_text.toPlainText()
        self._hide_messages()

    # -- actions ----------------------------------------------------------------------

    def _add(self) -> None:
        card = self._card
        if not card or (isinstance(card, str) and not card.strip()):
            self._show_error(self.tr("Paste the organisation's card first, or open its file."))
            return
        self._set_busy(True)
        DbOp(self._runner, lambda s: exchange_api.add_partner(s, card), parent=self).success(
            self._on_added
        ).failure(self._on_add_failed).run()

    def _on_added(self, added: AddedPartner) -> None:
        self._set_busy(False)
        self.partner_added.emit(added.partner)
        self.accept()

    def _on_add_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, PartnerKeyChangedError):
            self._show_key_changed(error)
        else:
            self._show_error(describe(error))

    def _show_key_changed(self, error: PartnerKeyChangedError) -> None:
        self._claimed_name = error.partner_name
        self.warning_title.setText(
            self.tr("Warning: the keys of \u201c%1\u201d are different").replace(
                "%1", error.partner_name
            )
        )
        self.known_fingerprint.set_fingerprint(error.known_fingerprint)
        self.offered_fingerprint.set_fingerprint(error.offered_fingerprint)
        self.confirm_replace.setChecked(False)
        self.warning.setVisible(True)
        self.add_button.setEnabled(False)
        self.error_label.setVisible(False)
        self.warning.setAccessibleName(self.warning_title.text())
        self.confirm_replace.setFocus()

    def _replace(self) -> None:
        name, card = self._claimed_name, self._card
        if name is None or card is None or not self.confirm_replace.isChecked():
            return

        def replace(session: Session) -> PartnerView:
            partner = exchange_api.partner_named(session, name)
            return exchange_api.replace_partner_keys(session, partner.id, card)

        self._set_busy(True)
        DbOp(self._runner, replace, parent=self).success(self._on_replaced).failure(
            self._on_replace_failed
        ).run()

    def _on_replaced(self, partner: PartnerView) -> None:
        self._set_busy(False)
        self.keys_replaced.emit(partner)
        self.accept()

    def _on_replace_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_error(describe(error))

    # -- state ------------------------------------------------------------------------

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def _hide_messages(self) -> None:
        self.error_label.setVisible(False)
        self.warning.setVisible(False)
        self.add_button.setEnabled(True)
        self._claimed_name = None

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.card_text, self.open_file_button, self.buttons, self.warning):
            widget.setEnabled(not busy)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a partner organisation"))
        self.intro.setText(
            self.tr(
                "Paste the contact card the organisation gave you (the text from "
                "-----BEGIN to END-----), or open the card file."
            )
        )
        self.card_text.setAccessibleName(self.tr("Contact card text"))
        self.open_file_button.setText(self.tr("&Open card file..."))
        self.add_button.setText(self.tr("&Add partner"))
        self.warning_text.setText(
            self.tr(
                "This card uses the name of a partner you already have, but its keys are "
                "different. It was NOT added. Someone may be trying to read what you send. "
                "Call the organisation on a number you already know before you do anything "
                "else."
            )
        )
        self.known_label.setText(self.tr("Digits of the partner you already have:"))
        self.offered_label.setText(self.tr("Digits on this new card:"))
        self.confirm_replace.setText(
            self.tr("The organisation told me themselves that they changed their keys")
        )
        self.replace_button.setText(self.tr("&Replace keys"))
        self.known_fingerprint.setAccessibleName(self.tr("Digits of the partner you already have"))
        self.offered_fingerprint.setAccessibleName(self.tr("Digits on this new card"))

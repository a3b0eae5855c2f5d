"""My identity: this vault's own contact card, to hand to organisations.

Shows the card's name and fingerprint, saves the card to a file, copies its text (through
the ``ClipboardGuard``: cleared after a short time and on lock) and shows it as a QR code
(segno draws the PNG in memory from ``ContactCard.qr_payload``; nothing is written to
disk). The card is public - it holds no secret - but it links this laptop to whoever it
is given to, so copying it still goes through the guard.
"""

from __future__ import annotations

import io
from pathlib import Path

import segno
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_app.ui import exchange_api
from intake_app.ui.clipboard import ClipboardGuard
from intake_app.ui.cpu_ops import CpuOp
from intake_app.ui.exchange_api import IdentityView
from intake_app.ui.messages import describe
from intake_app.ui.tasks import DbOp, TaskContext, TaskRunner
from intake_app.ui.widgets.buttons import name_standard_buttons
from intake_app.ui.widgets.file_dialogs import choose_file_to_save
from intake_app.ui.widgets.fingerprint import FingerprintLabel
from intake_app.ui.widgets.screen_fit import fit_to_screen

#: File name suggested for the card: says what it is, nothing about who.
CARD_FILE_NAME = "contact-card.intakecard"


def qr_png(payload: bytes, scale: int = 3) -> bytes:
    """A PNG of ``payload`` as one QR code (byte mode, error correction L or better).

    Whole pixels per module (``scale``) keep the code sharp; a card with a post-quantum
    key needs a large symbol (version 40 at most), so 3 pixels per module fit a screen.
    """
    code = segno.make(payload, error="l", mode="byte", micro=False, boost_error=True)
    out = io.BytesIO()
    code.save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


class IdentityDialog(QDialog):
    """Shows this vault's card. Signals: ``card_saved(Path)``, ``card_copied()``."""

    card_saved = Signal(object)
    card_copied = Signal()

    def __init__(
        self, runner: TaskRunner, clipboard: ClipboardGuard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("identityDialog")
        self._runner = runner
        self._clipboard = clipboard
        self.identity: IdentityView | None = None

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self._name_label = QLabel(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("identityName")
        self.name_edit.setMaxLength(64)
        self._name_label.setBuddy(self.name_edit)
        self.rename_button = QPushButton(self)
        self.rename_button.setObjectName("renameIdentityButton")
        self._fingerprint_caption = QLabel(self)
        self.fingerprint = FingerprintLabel(self)
        self.fingerprint.setObjectName("ownFingerprint")
        self.qr = QLabel(self)
        self.qr.setObjectName("identityQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_area = QScrollArea(self)
        self.qr_area.setObjectName("identityQrArea")
        self.qr_area.setWidget(self.qr)
        self.qr_area.setWidgetResizable(True)
        # Small enough that the buttons below stay on a 1024x600 screen; it scrolls.
        self.qr_area.setMinimumHeight(200)
        self.qr_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveCardButton")
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyCardButton")
        self.message = QLabel(self)
        self.message.setObjectName("identityMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        name_standard_buttons(self.buttons, "identity")

        name_row = QHBoxLayout()
        name_row.addWidget(self._name_label)
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.rename_button)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.copy_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(name_row)
        layout.addWidget(self._fingerprint_caption)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.qr_area, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.rename_button.clicked.connect(self._rename)
        self.name_edit.returnPressed.connect(self._rename)
        self.save_button.clicked.connect(self._choose_file)
        self.copy_button.clicked.connect(self.copy_card_text)
        self._set_ready(False)
        self._retranslate()
        self.resize(680, 820)
        DbOp(self._runner, exchange_api.own_identity, parent=self).success(self._show).failure(
            self._show_error
        ).run()

    # -- public -----------------------------------------------------------------------

    def copy_card_text(self) -> None:
        """Put the card's text on the clipboard (cleared again after a short time)."""
        if self.identity is None:
            return
        self._clipboard.copy(self.identity.card_text)
        self._say(self.tr("The card was copied. It will be removed from the clipboard soon."))
        self.card_copied.emit()

    def save_card(self, dest: Path) -> None:
        """Write the card to the new file ``dest`` (never overwrites)."""
        identity = self.identity
        if identity is None:
            return
        card = identity.card_bytes

        def write(_ctx: TaskContext) -> Path:
            exchange_api.write_card_file(card, dest)
            return dest

        CpuOp(self._runner, write, parent=self).success(self._on_saved).failure(
            self._show_error
        ).run()

    # -- internals --------------------------------------------------------------------

    def _show(self, identity: IdentityView) -> None:
        self.identity = identity
        self.name_edit.setText(identity.name)
        self.fingerprint.set_fingerprint(identity.fingerprint)
        payload = identity.card_bytes
        CpuOp(self._runner, lambda _ctx: qr_png(payload), parent=self).success(
            self._show_qr
        ).failure(self._show_error).run()
        self._set_ready(True)
        self.copy_button.setFocus()

    def _show_qr(self, png: bytes) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.qr.setPixmap(pixmap)

    def _rename(self) -> None:
        name = self.name_edit.text()
        self._set_ready(False)
        DbOp(self._runner, lambda s: exchange_api.rename_identity(s, name), parent=self).success(
            self._on_renamed
        ).failure(self._on_rename_failed).run()

    def _on_renamed(self, identity: IdentityView) -> None:
        self._show(identity)
        self._say(self.tr("The name on your card was changed. The digits stay the same."))

    def _on_rename_failed(self, error: BaseException) -> None:
        self._set_ready(True)
        self._show_error(error)

    def _choose_file(self) -> None:
        dest = choose_file_to_save(self, self.tr("Save your contact card"), CARD_FILE_NAME)
        if dest is not None:
            self.save_card(dest)

    def _on_saved(self, dest: Path) -> None:
        self._say(self.tr("Your card was saved as %1.").replace("%1", dest.name))
        self.card_saved.emit(dest)

    def _say(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def _show_error(self, error: BaseException) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(describe(error))

    def _set_ready(self, ready: bool) -> None:
        for widget in (self.name_edit, self.rename_button, self.save_button, self.copy_button):
            widget.setEnabled(ready)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # The QR code makes the dialog taller than a small screen: keep the buttons on it.
        super().showEvent(event)
        fit_to_screen(self)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("My contact card"))
        self.intro.setText(
            self.tr(
                "Give this card to an organisation so it can check that reports really come "
                "from you. The card holds no secret. Its name does not have to be your real "
                "name."
            )
        )
        self._name_label.setText(self.tr("&Name on the card:"))
        self.name_edit.setAccessibleName(self.tr("Name on the card"))
        self.rename_button.setText(self.tr("Change &name"))
        self._fingerprint_caption.setText(
            self.tr("Your digits (the organisation may ask you to read them out):")
        )
        self.fingerprint.setAccessibleName(self.tr("Your fingerprint"))
        self.qr.setAccessibleName(self.tr("Your contact card as a QR code"))
        self.qr_area.setAccessibleName(self.tr("Your contact card as a QR code"))
        self.save_button.setText(self.tr("&Save card to a file..."))
        self.copy_button.setText(self.tr("&Copy card text"))

"""The partners screen: the organisations this vault can send to, and verifying them.

A partner added from its card is *unverified* until the person confirms, over another
channel, that the 30 digits they see here are the organisation's. Confirming means
typing what they were told (or read on the organisation's website): the core compares
in constant time, so "they match" is never one careless click. Unverified partners are
marked by an icon and by words, and the export wizard will not offer them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.core.session import Session
from intake_app.ui import exchange_api
from intake_app.ui.exchange_api import PartnerView
from intake_app.ui.messages import describe
from intake_app.ui.models.partners import PartnerListModel, status_text
from intake_app.ui.tasks import DbOp, TaskRunner
from intake_app.ui.widgets.buttons import name_standard_buttons
from intake_app.ui.widgets.fingerprint import FingerprintLabel
from intake_app.ui.windows.partner_add import AddPartnerDialog

_ERROR_STYLE = "color: #b00020;"
_OK_STYLE = "color: #1b5e20;"


class PartnersDialog(QDialog):
    """List, add, verify and re-key partners.

    Signals: ``partners_changed()`` after any partner was added, verified or re-keyed.
    """

    partners_changed = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnersDialog")
        self._runner = runner
        self._select_after_load: str | None = None

        self.model = PartnerListModel(self)
        self.list = QListView(self)
        self.list.setObjectName("partnerList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumWidth(240)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addPartnerButton")
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("partnersEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.details = QGroupBox(self)
        self.details.setObjectName("partnerDetails")
        self.name_label = QLabel(self.details)
        self.name_label.setObjectName("partnerName")
        name_font = self.name_label.font()
        name_font.setPointSizeF(name_font.pointSizeF() * 1.3)
        name_font.setBold(True)
        self.name_label.setFont(name_font)
        self.name_label.setWordWrap(True)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label = QLabel(self.details)
        self.status_label.setObjectName("partnerStatus")
        self.status_label.setWordWrap(True)
        self.fingerprint = FingerprintLabel(self.details)
        self.fingerprint.setObjectName("partnerFingerprint")
        self.instructions = QLabel(self.details)
        self.instructions.setObjectName("verifyInstructions")
        self.instructions.setWordWrap(True)
        self.digits = QLineEdit(self.details)
        self.digits.setObjectName("verifyDigits")
        self.digits.setMaxLength(60)
        self.digits.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._digits_label = QLabel(self.details)
        self._digits_label.setBuddy(self.digits)
        self.verify_button = QPushButton(self.details)
        self.verify_button.setObjectName("verifyButton")
        self.verify_message = QLabel(self.details)
        self.verify_message.setObjectName("verifyMessage")
        self.verify_message.setWordWrap(True)
        self.verify_message.setVisible(False)
        self.replace_button = QPushButton(self.details)
        self.replace_button.setObjectName("replacePartnerKeysButton")

        self.verify_box = QWidget(self.details)
        form = QFormLayout()
        form.addRow(self._digits_label, self.digits)
        verify_layout = QVBoxLayout(self.verify_box)
        verify_layout.setContentsMargins(0, 0, 0, 0)
        verify_layout.addWidget(self.instructions)
        verify_layout.addLayout(form)
        verify_layout.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignRight)
        details_layout = QVBoxLayout(self.details)
        details_layout.addWidget(self.name_label)
        details_layout.addWidget(self.status_label)
        details_layout.addWidget(self.fingerprint)
        details_layout.addWidget(self.verify_box)
        details_layout.addWidget(self.verify_message)
        details_layout.addStretch(1)
        details_layout.addWidget(self.replace_button, 0, Qt.AlignmentFlag.AlignRight)

        self.right = QStackedWidget(self)
        self.right.addWidget(self.empty_label)
        self.right.addWidget(self.details)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        name_standard_buttons(self.buttons, "partners")
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.add_button)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(self.right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.verify_button.clicked.connect(self._verify)
        self.digits.returnPressed.connect(self._verify)
        self.replace_button.clicked.connect(self._open_replace)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.model.modelReset.connect(self._show_current)
        self._retranslate()
        self._show_current()
        self.resize(820, 480)
        self.reload()

    # -- public -----------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Reload the list from the vault; select ``select`` (a partner id) afterwards."""
        self._select_after_load = select
        DbOp(self._runner, exchange_api.list_partners, parent=self).success(
            self._on_loaded
        ).failure(self._show_error).run()

    def current_partner(self) -> PartnerView | None:
        """The partner shown on the right, if any."""
        return self.model.partner_at(self.list.currentIndex().row())

    def open_add_dialog(self) -> AddPartnerDialog:
        """Open the add-a-card dialog over this one (window-modal, so lock can close it)."""
        dialog = AddPartnerDialog(self._runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.partner_added.connect(self._on_partner_added)
        dialog.keys_replaced.connect(self._on_partner_added)
        dialog.open()
        return dialog

    # -- internals --------------------------------------------------------------------

    def _on_loaded(self, partners: list[PartnerView]) -> None:
        self.model.set_partners(partners)
        wanted = self._select_after_load
        row = self.model.row_of(wanted) if wanted else (0 if partners else -1)
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._show_current()

    def _on_partner_added(self, partner: PartnerView) -> None:
        self.partners_changed.emit()
        self.reload(select=partner.id)
        self.digits.setFocus()

    def _show_current(self) -> None:
        partner = self.current_partner()
        self.right.setCurrentWidget(self.details if partner else self.empty_label)
        self.verify_message.setVisible(False)
        self.digits.clear()
        if partner is None:
            return
        self.name_label.setText(partner.name)
        self.fingerprint.set_fingerprint(partner.fingerprint)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of %1").replace("%1", partner.name))
        self.verify_box.setVisible(not partner.verified)
        if partner.verified and partner.looks_like is None:
            self.status_label.setText("\u2714 " + status_text(partner))
            self.status_label.setStyleSheet(_OK_STYLE)
        else:
            self.status_label.setText("\u26a0 " + status_text(partner))
            self.status_label.setStyleSheet(_ERROR_STYLE)
        added = QLocale().toString(
            QLocale().toDate(partner.added_at[:10], "yyyy-MM-dd"), QLocale.FormatType.LongFormat
        )
        self.details.setTitle(self.tr("Added on %1").replace("%1", added))

    def _verify(self) -> None:
        partner = self.current_partner()
        typed = self.digits.text()
        if partner is None or partner.verified:
            return
        if not typed.strip():
            self._show_verify_message(self.tr("Type the 30 digits you were told."), error=True)
            return
        self.verify_button.setEnabled(False)

        def verify(session: Session) -> PartnerView:
            return exchange_api.verify_partner(session, partner.id, typed)

        DbOp(self._runner, verify, parent=self).success(self._on_verified).failure(
            self._on_verify_failed
        ).run()

    def _on_verified(self, partner: PartnerView) -> None:
        self.verify_button.setEnabled(True)
        self.partners_changed.emit()
        self.reload(select=partner.id)

    def _on_verify_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self._show_verify_message(describe(error), error=True)
        self.digits.selectAll()
        self.digits.setFocus()

    def _show_verify_message(self, text: str, *, error: bool) -> None:
        self.verify_message.setText(text)
        self.verify_message.setStyleSheet(_ERROR_STYLE if error else _OK_STYLE)
        self.verify_message.setVisible(True)

    def _open_replace(self) -> None:
        dialog = self.open_add_dialog()
        dialog.setWindowTitle(self.tr("Replace the keys of a partner"))

    def _show_error(self, error: BaseException) -> None:
        self.empty_label.setText(describe(error))
        self.right.setCurrentWidget(self.empty_label)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._show_current()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Partner organisations"))
        self.list.setAccessibleName(self.tr("Partner organisations"))
        self.add_button.setText(self.tr("&Add a partner..."))
        self.empty_label.setText(
            self.tr(
                "No partner organisations yet.\n\nAsk the organisation for its contact "
                "card, then choose \u201cAdd a partner\u201d."
            )
        )
        self.instructions.setText(
            self.tr(
                "Call the organisation or check its website and compare these 30 digits. "
                "Then type the digits they give you here. Do not send anything until "
                "they match."
            )
        )
        self._digits_label.setText(self.tr("&Digits they gave you:"))
        self.digits.setAccessibleName(self.tr("The 30 digits the organisation gave you"))
        self.digits.setPlaceholderText(self.tr("12345 67890 ... (spaces do not matter)"))
        self.verify_button.setText(self.tr("They &match"))
        self.replace_button.setText(self.tr("Replace &keys..."))

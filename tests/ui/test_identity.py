"""My contact card: digits, QR code, saved file, copied text cleared on lock, renaming."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from crypto.cards import parse_card
from intake_app.ui.controller import AppController
from intake_app.ui.windows.identity import IdentityDialog, qr_png

from .exchange_fixtures import run_db


def _dialog(qtbot: QtBot, ctl: AppController) -> IdentityDialog:
    dialog = ctl.exchange.open_identity()
    qtbot.waitUntil(lambda: dialog.identity is not None and not dialog.qr.pixmap().isNull())
    return dialog


def test_shows_the_vaults_own_digits_and_a_qr_code_of_the_card(
    qtbot: QtBot, unlocked: AppController
) -> None:
    dialog = _dialog(qtbot, unlocked)
    assert dialog.identity is not None
    card = parse_card(dialog.identity.card_bytes)
    assert dialog.fingerprint.text().split() == list(card.fingerprint.groups())
    assert dialog.fingerprint.accessibleDescription() == ", ".join(card.fingerprint.groups())
    assert dialog.qr.pixmap().width() >= 4 * 21  # at least a version-1 symbol at scale 4
    assert qr_png(card.qr_payload()).startswith(b"\x89PNG")


def test_copied_card_text_is_marked_secret_and_cleared_on_lock(
    qtbot: QtBot, unlocked: AppController
) -> None:
    dialog = _dialog(qtbot, unlocked)
    assert dialog.identity is not None
    with qtbot.waitSignal(dialog.card_copied):
        dialog.copy_button.click()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == dialog.identity.card_text
    assert "removed from the clipboard" in dialog.message.text()
    with qtbot.waitSignal(unlocked.locked):
        unlocked.lock()
    assert clipboard.text() == ""


def test_saved_card_file_is_the_card_and_is_never_overwritten(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, unlocked)
    assert dialog.identity is not None
    dest = tmp_path / "card.intakecard"
    with qtbot.waitSignal(dialog.card_saved):
        dialog.save_card(dest)
    assert parse_card(dest.read_bytes()).fingerprint.matches(
        parse_card(dialog.identity.card_bytes).fingerprint
    )
    dialog.save_card(dest)
    qtbot.waitUntil(lambda: "already exists" in dialog.message.text())
    assert dest.read_bytes() == dialog.identity.card_bytes


def test_renaming_changes_the_card_name_not_the_digits(
    qtbot: QtBot, unlocked: AppController
) -> None:
    dialog = _dialog(qtbot, unlocked)
    before = dialog.fingerprint.fingerprint
    dialog.name_edit.setText("Aziz")
    dialog.rename_button.click()
    qtbot.waitUntil(lambda: "name on your card was changed" in dialog.message.text())
    assert dialog.identity is not None and dialog.identity.name == "Aziz"
    assert dialog.fingerprint.fingerprint == before
    info = run_db(qtbot, unlocked, lambda s: s.settings.get("identity_name"))
    assert info == "Aziz"
    dialog.name_edit.setText("bad/name")
    dialog.rename_button.click()
    qtbot.waitUntil(lambda: "cannot be used" in dialog.message.text())

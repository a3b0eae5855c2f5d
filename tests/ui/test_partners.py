"""The partners screen: add from pasted text or a file, verify by typing the digits,
unverified marked by icon and words, a changed key blocks with both fingerprints."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crypto.cards import ContactCard
from intake_app.ui.controller import AppController
from intake_app.ui.windows.partner_add import AddPartnerDialog
from intake_app.ui.windows.partners import PartnersDialog

from .exchange_fixtures import organisation, run_db


def _add_by_paste(qtbot: QtBot, dialog: PartnersDialog, text: str) -> AddPartnerDialog:
    add = dialog.open_add_dialog()
    add.card_text.setPlainText(text)
    return add


def _added(qtbot: QtBot, dialog: PartnersDialog, card: ContactCard) -> None:
    add = _add_by_paste(qtbot, dialog, "Hello, here is our card:\n" + card.to_text())
    with qtbot.waitSignal(add.partner_added):
        add.add_button.click()
    qtbot.waitUntil(lambda: dialog.current_partner() is not None)


def test_pasted_card_is_added_unverified_and_shows_thirty_digits_in_six_groups(
    qtbot: QtBot, unlocked: AppController
) -> None:
    _identity, card = organisation()
    dialog = unlocked.exchange.open_partners()
    _added(qtbot, dialog, card)
    partner = dialog.current_partner()
    assert partner is not None and not partner.verified
    assert dialog.name_label.text() == card.name
    shown = dialog.fingerprint.text().split()
    assert shown == list(card.fingerprint.groups()) and all(len(g) == 5 for g in shown)
    assert dialog.fingerprint.font().fixedPitch() or dialog.fingerprint.font().styleHint()
    assert "not verified" in dialog.status_label.text()
    assert "not verified" in dialog.model.data(dialog.model.index(0))
    assert dialog.model.data(dialog.model.index(0), Qt.ItemDataRole.DecorationRole) is not None
    assert "compare these 30 digits" in dialog.instructions.text()
    assert dialog.verify_box.isVisibleTo(dialog)


def test_typing_the_right_digits_verifies_and_wrong_digits_are_refused_inline(
    qtbot: QtBot, unlocked: AppController
) -> None:
    _identity, card = organisation()
    dialog = unlocked.exchange.open_partners()
    _added(qtbot, dialog, card)
    wrong = "".join(str((int(d) + 1) % 10) for d in card.fingerprint.digits)
    dialog.digits.setText(wrong)
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.verify_message.isVisible())
    assert "do not match" in dialog.verify_message.text()
    assert not dialog.current_partner().verified  # type: ignore[union-attr]
    dialog.digits.setText("123")
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: "30 digits" in dialog.verify_message.text())
    with qtbot.waitSignal(dialog.partners_changed):
        dialog.digits.setText(card.fingerprint.digits)  # no spaces: also accepted
        qtbot.keyClick(dialog.digits, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.current_partner() and dialog.current_partner().verified))  # type: ignore[union-attr]
    assert "verified" in dialog.status_label.text() and "not" not in dialog.status_label.text()
    assert not dialog.verify_box.isVisibleTo(dialog)


def test_bad_card_text_is_one_inline_sentence_and_adds_nothing(
    qtbot: QtBot, unlocked: AppController
) -> None:
    dialog = unlocked.exchange.open_partners()
    add = _add_by_paste(qtbot, dialog, "-----BEGIN INTAKE DESK CONTACT CARD-----\nAAAA\n")
    add.add_button.click()
    qtbot.waitUntil(lambda: add.error_label.isVisible())
    assert add.error_label.text().startswith("This is not a valid contact card")
    assert add.isVisible()
    assert run_db(qtbot, unlocked, lambda s: s.partners.list()) == []


def test_card_file_is_added(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    _identity, card = organisation()
    path = tmp_path / "org.intakecard"
    path.write_bytes(card.to_bytes())
    dialog = unlocked.exchange.open_partners()
    add = dialog.open_add_dialog()
    add.load_card_file(path)
    with qtbot.waitSignal(add.partner_added) as added:
        add.add_button.click()
    assert added.args[0].fingerprint == str(card.fingerprint)


def test_changed_key_is_a_blocking_red_warning_with_both_fingerprints(
    qtbot: QtBot, unlocked: AppController
) -> None:
    _identity, card = organisation()
    dialog = unlocked.exchange.open_partners()
    _added(qtbot, dialog, card)
    _impostor_identity, impostor = organisation(card.name)
    add = _add_by_paste(qtbot, dialog, impostor.to_text())
    add.add_button.click()
    qtbot.waitUntil(lambda: add.warning.isVisible())
    assert card.name in add.warning_title.text()
    assert add.known_fingerprint.fingerprint == str(card.fingerprint)
    assert add.offered_fingerprint.fingerprint == str(impostor.fingerprint)
    assert "#b00020" in add.warning.styleSheet()
    assert "NOT added" in add.warning_text.text()  # words, not colour alone
    assert not add.add_button.isEnabled()
    assert not add.replace_button.isEnabled()  # needs the explicit confirmation first
    partners = run_db(qtbot, unlocked, lambda s: s.partners.list())
    assert [p.fingerprint for p in partners] == [card.fingerprint.digits]


def test_replace_keys_needs_confirmation_and_leaves_the_partner_unverified(
    qtbot: QtBot, unlocked: AppController
) -> None:
    _identity, card = organisation()
    dialog = unlocked.exchange.open_partners()
    _added(qtbot, dialog, card)
    dialog.digits.setText(str(card.fingerprint))
    with qtbot.waitSignal(dialog.partners_changed):
        dialog.verify_button.click()
    _new_identity, new_card = organisation(card.name)
    add = _add_by_paste(qtbot, dialog, new_card.to_text())
    add.add_button.click()
    qtbot.waitUntil(lambda: add.warning.isVisible())
    add.confirm_replace.setChecked(True)
    with qtbot.waitSignal(add.keys_replaced) as replaced:
        add.replace_button.click()
    assert replaced.args[0].fingerprint == str(new_card.fingerprint)
    assert not replaced.args[0].verified
    qtbot.waitUntil(
        lambda: bool(
            dialog.current_partner()
            and dialog.current_partner().fingerprint == str(new_card.fingerprint)  # type: ignore[union-attr]
        )
    )
    assert "not verified" in dialog.status_label.text()


def test_lock_closes_the_partners_screen_and_its_add_dialog(
    qtbot: QtBot, unlocked: AppController
) -> None:
    dialog = unlocked.exchange.open_partners()
    add = dialog.open_add_dialog()
    add.card_text.setPlainText("something")
    with qtbot.waitSignal(unlocked.locked):
        unlocked.lock()
    assert not _shown(dialog) and not _shown(add)


def _shown(widget: QWidget) -> bool:
    return shiboken6.isValid(widget) and widget.isVisible()

"""The partners screen marks a partner whose name only looks like a verified partner's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crypto.cards import parse_card
from intake_app.core.session import Session
from intake_app.ui.controller import AppController

from .exchange_fixtures import add_partner, organisation, run_db

REAL, LOOK_ALIKE = "Fair Trials Desk", "Fair TriaIs Desk"  # capital I for small l


def test_a_look_alike_of_a_verified_partner_is_marked_in_the_list_and_the_details(
    qtbot: QtBot, unlocked: AppController
) -> None:
    _identity, real = organisation(REAL)
    real_id = add_partner(qtbot, unlocked, real)
    _other, forged = organisation(LOOK_ALIKE)

    def store_as_an_older_vault_could(session: Session) -> str:
        # Adding it now is refused as a claim on REAL; a vault from before look-alike
        # names were compared (or a partner added before) can still hold one.
        card = parse_card(forged.to_bytes())
        return session.partners.add(
            display_name=LOOK_ALIKE,
            card=forged.to_bytes(),
            signing_key=card.public_keys.signing_key,
            fingerprint=card.fingerprint.digits,
        ).id

    forged_id = run_db(qtbot, unlocked, store_as_an_older_vault_could)
    dialog = unlocked.exchange.open_partners()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    warning = f"looks like the verified partner \u201c{REAL}\u201d"

    forged_row = dialog.model.index(dialog.model.row_of(forged_id))
    assert warning in dialog.model.data(forged_row)
    assert warning in dialog.model.data(forged_row, Qt.ItemDataRole.AccessibleTextRole)
    assert warning in dialog.model.data(forged_row, Qt.ItemDataRole.ToolTipRole)
    real_row = dialog.model.index(dialog.model.row_of(real_id))
    assert "looks like" not in dialog.model.data(real_row)

    dialog.list.setCurrentIndex(forged_row)
    qtbot.waitUntil(lambda: warning in dialog.status_label.text())
    assert dialog.status_label.text().startswith("\u26a0")
